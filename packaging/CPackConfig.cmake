# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package: `cmake --build --preset release --target package`.
set(CPACK_PACKAGE_NAME "branddesk")
set(CPACK_PACKAGE_VENDOR "BrandDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "服务品牌督查台 — service brand campaign supervision desk")
set(CPACK_PACKAGE_CONTACT "branddesk@localhost")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk, fonts-arphic-uming")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)

install(FILES "${PROJECT_SOURCE_DIR}/packaging/branddesk.desktop" DESTINATION share/applications)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/org.branddesk.BrandDesk.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/branddesk.svg"
        DESTINATION share/icons/hicolor/scalable/apps)
