#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package as an IT officer gets it: `deb_install_test.sh BUILD_DIR VERSION` packs the built tree
# with CPack into a scratch folder, checks the package (its fields, that it has no maintainer script and
# installs only under /usr, lintian, the menu entry and AppStream data), unpacks it into a scratch root with
# `dpkg-deb -x`, and runs the installed program there: --version, a screenshot of a demo database, `check`,
# and the first administrator of a new office. Everything it makes is removed on exit.
# Exit 77 (ctest: skipped) with the reason when not root or when dpkg is not there.
set -euo pipefail

build=$1
version=$2

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || skip "the package test runs as root only (as on CI); this is uid $(id -u)"
for tool in dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (no dpkg here)"
done
for tool in lintian desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The package.
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack could not make the package"; }
deb=$(echo "$scratch"/out/branddesk_"$version"_*.deb)
[ -f "$deb" ] || fail "no branddesk_${version}_*.deb in $(ls "$scratch/out")"

[ "$(dpkg-deb -f "$deb" Package)" = branddesk ] || fail "the package is not called branddesk"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not the project's $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libsqlite3-0 libqt6sql6-sqlite qt6-qpa-plugins \
    fonts-arphic-ukai fonts-arphic-uming fonts-wqy-microhei fonts-noto-cjk; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

# Removing the package cannot touch an office's data: no maintainer script, and every file under /usr.
dpkg-deb -e "$deb" "$scratch/control"
for script in preinst postinst prerm postrm config; do
    [ ! -e "$scratch/control/$script" ] || fail "the package has a $script script"
done
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -Ev '^\./$|^\./usr/' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

lintian --fail-on error,warning "$deb" \
    >"$scratch/lintian.log" 2>&1 || { cat "$scratch/lintian.log" >&2; fail "lintian found errors or warnings"; }

# The installed files.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
desktop="$share/applications/org.branddesk.BrandDesk.desktop"
for file in usr/bin/branddesk usr/share/applications/org.branddesk.BrandDesk.desktop \
    usr/share/metainfo/org.branddesk.BrandDesk.metainfo.xml usr/share/icons/hicolor/scalable/apps/branddesk.svg \
    usr/share/man/man1/branddesk.1.gz usr/share/doc/branddesk/copyright usr/share/doc/branddesk/changelog.gz; do
    [ -s "$root/$file" ] || fail "the package does not install /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/branddesk.png"
    [ -s "$png" ] || fail "no ${size}px icon"
    # The PNG header's width (bytes 16-19, big-endian) is the size of its folder.
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}')
    [ "$width" = "$size" ] || fail "the ${size}px icon is $width px wide"
done
zcat "$share/doc/branddesk/changelog.gz" | head -1 | grep -q "^branddesk ($version) " ||
    fail "the changelog's newest entry is not version $version"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$share/man/man1/branddesk.1.gz" 2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "the manual page has warnings: $man_warnings"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/org.branddesk.BrandDesk.metainfo.xml" >"$scratch/appstream.log" 2>&1 ||
    { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
grep -qx 'Name\[zh_CN\]=服务品牌督查台' "$desktop" || fail "the menu entry has no Chinese name"
grep -Eq '^Categories=(.*;)?Office;' "$desktop" || fail "the menu entry is not in Office"

# The menu entry starts the installed program: Exec's program is on PATH of the installed tree.
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
case "$exec_program" in
/*) resolved="$root$exec_program" ;;
*) resolved="$root/usr/bin/$exec_program" ;;
esac
[ -x "$resolved" ] || fail "the menu entry's Exec=$exec_program is not an installed program"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -s "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the menu entry's Icon=$icon is not installed"

# The installed program, with its own home so nothing of the user's is read or written.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
branddesk="$resolved"
[ "$("$branddesk" --version)" = "BrandDesk $version" ] || fail "the installed branddesk --version"
# The manual page describes every command and every global option the program has.
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$share/man/man1/branddesk.1.gz" 2>/dev/null)
help_text=$("$branddesk" --lang en --help)
commands=$(sed -n '/^Commands/,/^$/p' <<<"$help_text" | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "branddesk --help lists no command"
for command in $commands; do
    grep -Eq "^ +$command( |$)" <<<"$man_text" || fail "the manual page does not describe the command $command"
done
for option in $(sed -n '/^Options:/,/^$/p' <<<"$help_text" | grep -oE -- '--[a-z-]+' | sort -u); do
    grep -q -- "$option" <<<"$man_text" || fail "the manual page does not describe the option $option"
done
"$branddesk" --lang en --demo --database "$scratch/demo.sqlite" --screenshot "$scratch/shot.png" ||
    fail "the installed program cannot render a demo database"
width=$(od -An -tu1 -j16 -N4 "$scratch/shot.png" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}')
[ "$width" = 1280 ] || fail "the screenshot is $width px wide, not 1280"
"$branddesk" --lang en --database "$scratch/demo.sqlite" check >"$scratch/check.log" ||
    { cat "$scratch/check.log" >&2; fail "the installed branddesk check"; }
printf 'office admin 1\noffice admin 1\n' |
    "$branddesk" --lang en --database "$scratch/office.sqlite" users add 管理员 --role administrator >/dev/null ||
    fail "the installed program cannot create the first administrator"
printf 'office admin 1\n' |
    "$branddesk" --lang en --database "$scratch/office.sqlite" users list --user 管理员 | grep -q "^管理员	admin	" ||
    fail "the first administrator is not listed"
echo "the package $(basename "$deb") installs and runs"
