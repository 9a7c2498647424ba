#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything BrandDesk needs to build, run and test on Debian 12, by package name.
# Idempotent: packages already installed are skipped, so it is safe to run before every build.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev
    catch2 libxlsxwriter-dev libsqlite3-dev sqlite3 libsodium-dev libminizip-dev
    fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei
    poppler-utils xvfb xauth python3-openpyxl clang-format clang-tidy-16
    sqlitebrowser python3-xlib
    libreoffice-writer-nogui fonts-liberation2
    postgresql openssl
    libcurl4-openssl-dev libgmime-3.0-dev libpoppler-qt6-dev dovecot-imapd python3-aiosmtpd
    lintian desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
