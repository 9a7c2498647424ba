# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installation and packages: `cmake --build --preset release --target package` makes the Debian package
# (build/release/branddesk_VERSION_ARCH.deb); on Windows the same target makes the NSIS installer
# (packaging/windows/, not buildable here). See packaging/README.md.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "branddesk")
set(CPACK_PACKAGE_VENDOR "BrandDesk developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "service brand campaign supervision desk (服务品牌督查台)")
set(BRANDDESK_PACKAGE_CONTACT "BrandDesk developers <dev@branddesk.invalid>"
    CACHE STRING "The packages' Maintainer: the office or team that answers for this build")
set(CPACK_PACKAGE_CONTACT "${BRANDDESK_PACKAGE_CONTACT}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
# Packages are made from a fresh install tree: nothing of a previous one, and no world-writable directory.
set(CPACK_SET_DESTDIR OFF)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

if(WIN32)
    include("${PROJECT_SOURCE_DIR}/packaging/windows/nsis.cmake")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BRANDDESK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # The libraries the program links come from dpkg-shlibdeps; what it loads at run time is named here: the
    # SQLite and PostgreSQL drivers, the window-system plugins, and the fonts the printed documents are set in
    # (core/documents/documentfonts.cpp: AR PL UKai for the body where FangSong is missing, its nearest face,
    # AR PL UMing after it, WenQuanYi Micro Hei for headings, Noto CJK for the screens).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-arphic-ukai, fonts-arphic-uming, fonts-wqy-microhei, fonts-noto-cjk")
    # CPack puts the summary first and indents these lines itself; an empty line separates paragraphs.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "BrandDesk keeps a city's register of departments and their service brands,
follows the yearly campaign's calendar and weekly reports, records
inspections, enterprise problems and evaluations, and prints the office's
documents (summaries, inspection sheets, ledgers) as PDF.

It works offline on one SQLite file per office, or shared by several PCs on
a PostgreSQL server. The user interface is in Chinese, with English.")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
include(CPack)

set(_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(_gen "${PROJECT_BINARY_DIR}/packaging")
# The icon: PNGs for the hicolor theme and branddesk.ico for Windows, rendered from the SVG by Qt at build time.
add_executable(branddesk_iconrender "${_pkg}/iconrender.cpp")
target_link_libraries(branddesk_iconrender PRIVATE Qt6::Gui Qt6::Svg branddesk_options)
set(_icon_sizes 16 22 24 32 48 64 128 256)
set(_icons "")
foreach(size IN LISTS _icon_sizes)
    list(APPEND _icons "${_gen}/icons/${size}/branddesk.png")
endforeach()
add_custom_command(OUTPUT ${_icons} "${_gen}/icons/branddesk.ico"
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:branddesk_iconrender>
            "${PROJECT_SOURCE_DIR}/resources/icons/branddesk.svg" "${_gen}/icons" ${_icon_sizes}
    DEPENDS branddesk_iconrender "${PROJECT_SOURCE_DIR}/resources/icons/branddesk.svg"
    COMMENT "Rendering the icon at ${_icon_sizes} px")
set(_package_files ${_icons} "${_gen}/icons/branddesk.ico")

if(NOT WIN32)
    # The menu entry, AppStream metadata and icons.
    install(FILES "${_pkg}/org.branddesk.BrandDesk.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_pkg}/org.branddesk.BrandDesk.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/branddesk.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    foreach(size IN LISTS _icon_sizes)
        install(FILES "${_gen}/icons/${size}/branddesk.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    # The manual page and the changelog, compressed as Debian wants them (gzip -9n: no name, no time stamp).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    add_custom_command(OUTPUT "${_gen}/branddesk.1.gz" "${_gen}/changelog.gz"
        COMMAND ${GZIP_EXECUTABLE} -9nc "${_pkg}/branddesk.1" > "${_gen}/branddesk.1.gz"
        COMMAND ${GZIP_EXECUTABLE} -9nc "${_pkg}/changelog" > "${_gen}/changelog.gz"
        DEPENDS "${_pkg}/branddesk.1" "${_pkg}/changelog"
        COMMENT "Compressing the manual page and the changelog")
    list(APPEND _package_files "${_gen}/branddesk.1.gz" "${_gen}/changelog.gz")
    install(FILES "${_gen}/branddesk.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${_gen}/changelog.gz" "${_pkg}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/branddesk")
endif()
add_custom_target(branddesk_package_files ALL DEPENDS ${_package_files})
