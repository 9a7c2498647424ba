# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer through CPack's NSIS generator (included by packaging/CPackConfig.cmake on WIN32).
# NOT BUILT OR RUN HERE: this project is built and tested on Debian only; see packaging/README.md, "Windows",
# for what was checked and what was not.
#
#   cmake --preset release -DCMAKE_PREFIX_PATH=C:/Qt/6.x/msvc2022_64 …   (Visual Studio or MinGW, with NSIS 3)
#   cmake --build --preset release --target package   → build/release/branddesk-VERSION-win64.exe
set(CPACK_GENERATOR "NSIS")
# Program Files for every user of the PC (the IT officer installs as administrator); each user's database is
# their own: %APPDATA%\BrandDesk\BrandDesk\branddesk.sqlite (QStandardPaths::AppDataLocation), never touched
# by installing, upgrading or uninstalling.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BrandDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "BrandDesk")
set(CPACK_NSIS_PACKAGE_NAME "BrandDesk 服务品牌督查台")
set(CPACK_NSIS_DISPLAY_NAME "BrandDesk 服务品牌督查台 ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/packaging/icons/branddesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/packaging/icons/branddesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\branddesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# The Start menu entry, named as the Linux menu entry is.
set(CPACK_PACKAGE_EXECUTABLES "branddesk" "服务品牌督查台")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The IT officer's set-up commands are run as "C:\Program Files\BrandDesk\bin\branddesk.exe users …": the
# installer leaves PATH alone.
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_CONTACT "${BRANDDESK_PACKAGE_CONTACT}")

# windeployqt copies Qt's DLLs and the plugins the program loads (platforms\qwindows.dll, sqldrivers\qsqlite.dll
# and qsqlpsql.dll, imageformats, styles) beside branddesk.exe in the install tree CPack packs. The translations
# are compiled into the program, so Qt's own are left out. The other libraries the program links (libsodium,
# libxlsxwriter, minizip, sqlite3, and libpq for qsqlpsql) come with the toolchain's package manager (vcpkg or
# MSYS2) and are copied the same way by file(GET_RUNTIME_DEPENDENCIES) below.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-translations --compiler-runtime
                            \"\${CMAKE_INSTALL_PREFIX}/bin/branddesk.exe\"
                    RESULT_VARIABLE deployed)
    if(NOT deployed EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${deployed}\")
    endif()
    file(GET_RUNTIME_DEPENDENCIES EXECUTABLES \"\${CMAKE_INSTALL_PREFIX}/bin/branddesk.exe\"
         RESOLVED_DEPENDENCIES_VAR libraries UNRESOLVED_DEPENDENCIES_VAR unresolved
         PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
         POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]indows\")
    foreach(library IN LISTS libraries)
        file(COPY \"\${library}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
    endforeach()
")
