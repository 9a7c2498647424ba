# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when core/ depends on Qt Widgets: core is the domain, storage and services library that the
# command line and the tests use without a display, so it must never include a widget header or link
# a module built on QtWidgets (Widgets, PrintSupport, Charts, SvgWidgets, OpenGLWidgets).
#
#   cmake -DCORE_DIR=<source>/core [-DQT_HEADERS_DIR=<qt include root>] [-DCORE_LINK_LIBRARIES=a|b|c]
#         -P core_has_no_widgets.cmake
#
# CORE_DIR             the folder to check (required)
# QT_HEADERS_DIR       Qt's include root; when given, every header of the forbidden modules is known by name
# CORE_LINK_LIBRARIES  everything core links, directly or through other targets, separated by "|"
cmake_minimum_required(VERSION 3.25)

if(NOT CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "core_has_no_widgets: CORE_DIR '${CORE_DIR}' is not a folder.")
endif()

# Modules that are, or are built on, QtWidgets; and the modules core may use.
set(forbidden_modules QtWidgets QtPrintSupport QtCharts QtSvgWidgets QtOpenGLWidgets)
set(allowed_modules QtCore QtGui QtSql QtSvg QtConcurrent QtNetwork QtXml)
set(forbidden_cmake_pattern "Widgets|(^|[^A-Za-z0-9_])(PrintSupport|Charts)([^A-Za-z0-9_]|$)")

# Widget headers known by name even without QT_HEADERS_DIR, so the check never silently weakens.
set(forbidden_headers
    QApplication QWidget QDialog QMainWindow QMessageBox QFileDialog QInputDialog QProgressDialog QColorDialog
    QFontDialog QWizard QErrorMessage QLabel QPushButton QToolButton QRadioButton QCheckBox QLineEdit QTextEdit
    QPlainTextEdit QComboBox QSpinBox QDoubleSpinBox QDateEdit QTimeEdit QDateTimeEdit QCalendarWidget QSlider
    QProgressBar QGroupBox QFrame QSplitter QScrollArea QTabWidget QTabBar QStackedWidget QToolBox QDockWidget
    QMenu QMenuBar QToolBar QStatusBar QSystemTrayIcon QLayout QBoxLayout QVBoxLayout QHBoxLayout QGridLayout
    QFormLayout QStackedLayout QSizePolicy QAbstractItemView QListView QTableView QTreeView QHeaderView QListWidget
    QTableWidget QTreeWidget QStyledItemDelegate QItemDelegate QCompleter QStyle QStyleOption QProxyStyle
    QGraphicsView QGraphicsScene QGraphicsItem QUndoView QDialogButtonBox QShortcut QWhatsThis QToolTip
    QPrinter QPrintDialog QPrintPreviewDialog QPrintPreviewWidget QPageSetupDialog QPrinterInfo
    QChart QChartView QSvgWidget QOpenGLWidget QtWidgets QtPrintSupport QtCharts QtSvgWidgets QtOpenGLWidgets)
set(lower_case_headers "")
foreach(header IN LISTS forbidden_headers)
    string(TOLOWER "${header}.h" lower)
    list(APPEND lower_case_headers "${lower}")
endforeach()
list(APPEND forbidden_headers ${lower_case_headers})

if(QT_HEADERS_DIR AND IS_DIRECTORY "${QT_HEADERS_DIR}/QtCore")
    set(allowed_headers "")
    foreach(module IN LISTS allowed_modules)
        file(GLOB names RELATIVE "${QT_HEADERS_DIR}/${module}" "${QT_HEADERS_DIR}/${module}/*")
        list(APPEND allowed_headers ${names})
    endforeach()
    foreach(module IN LISTS forbidden_modules)
        file(GLOB names RELATIVE "${QT_HEADERS_DIR}/${module}" "${QT_HEADERS_DIR}/${module}/*")
        list(APPEND forbidden_headers ${names})
    endforeach()
    # Qt keeps a few forwarding headers (qaction.h, qshortcut.h …) in QtWidgets for code written for Qt 5;
    # the real ones live in QtGui, which core may use.
    list(REMOVE_ITEM forbidden_headers ${allowed_headers})
elseif(QT_HEADERS_DIR)
    message(WARNING "core_has_no_widgets: '${QT_HEADERS_DIR}' holds no Qt headers; using the built-in list only.")
endif()
list(REMOVE_DUPLICATES forbidden_headers)

set(problems "")

# 1. Includes (and Designer forms) in any source file under core/.
file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${CORE_DIR}/*.h" "${CORE_DIR}/*.hh" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.hxx" "${CORE_DIR}/*.h++"
    "${CORE_DIR}/*.c" "${CORE_DIR}/*.cc" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cxx" "${CORE_DIR}/*.c++"
    "${CORE_DIR}/*.ipp" "${CORE_DIR}/*.inl" "${CORE_DIR}/*.tpp" "${CORE_DIR}/*.mm")
list(LENGTH sources source_count)
if(source_count EQUAL 0)
    message(FATAL_ERROR "core_has_no_widgets: no source files under '${CORE_DIR}'; is CORE_DIR right?")
endif()
foreach(source IN LISTS sources)
    file(RELATIVE_PATH shown "${CORE_DIR}/.." "${source}")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*(include|include_next|import)[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        if(NOT line MATCHES "#[ \t]*[a-z_]+[ \t]*[<\"]([^>\"]+)[>\"]")
            continue()
        endif()
        set(header "${CMAKE_MATCH_1}")
        string(REGEX REPLACE "^.*/" "" base "${header}")
        set(module "")
        if(header MATCHES "^([A-Za-z]+)/")
            set(module "${CMAKE_MATCH_1}")
        endif()
        if(module IN_LIST forbidden_modules OR (NOT module IN_LIST allowed_modules AND base IN_LIST forbidden_headers))
            list(APPEND problems "${shown} includes the widget header <${header}>")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE forms LIST_DIRECTORIES false "${CORE_DIR}/*.ui")
foreach(form IN LISTS forms)
    file(RELATIVE_PATH shown "${CORE_DIR}/.." "${form}")
    list(APPEND problems "${shown} is a Designer form, which belongs in ui/")
endforeach()

# 2. CMake files under core/ must not name a widget module (comments do not count).
file(GLOB_RECURSE cmake_files LIST_DIRECTORIES false "${CORE_DIR}/CMakeLists.txt" "${CORE_DIR}/*.cmake")
foreach(cmake_file IN LISTS cmake_files)
    file(RELATIVE_PATH shown "${CORE_DIR}/.." "${cmake_file}")
    file(READ "${cmake_file}" content)
    # Bracket comments: #[[ … ]], #[==[ … ]==].
    while(content MATCHES "#\\[(=*)\\[")
        set(open "${CMAKE_MATCH_0}")
        set(close "]${CMAKE_MATCH_1}]")
        string(FIND "${content}" "${open}" start)
        string(SUBSTRING "${content}" 0 ${start} before)
        math(EXPR rest_start "${start} + 2")
        string(SUBSTRING "${content}" ${rest_start} -1 rest)
        string(FIND "${rest}" "${close}" end)
        if(end EQUAL -1)
            set(content "${before}")
        else()
            string(LENGTH "${close}" close_length)
            math(EXPR after_start "${end} + ${close_length}")
            string(SUBSTRING "${rest}" ${after_start} -1 after)
            set(content "${before}${after}")
        endif()
    endwhile()
    # Line by line; ';', '[' and ']' would be taken as list syntax, so they are masked first.
    string(REPLACE "\r" "" content "${content}")
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "[" "<open>" content "${content}")
    string(REPLACE "]" "<close>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # Drop a line comment: a '#' outside double quotes, and everything after it.
        string(REGEX REPLACE "^(([^\"#]|\"[^\"]*\")*)#.*$" "\\1" code "${line}")
        if(code MATCHES "${forbidden_cmake_pattern}")
            string(STRIP "${code}" code)
            list(APPEND problems "${shown}:${number} names a widget module: ${code}")
        endif()
    endforeach()
endforeach()

# 3. What core links, followed through every target it links.
string(REPLACE "|" ";" links "${CORE_LINK_LIBRARIES}")
foreach(link IN LISTS links)
    if(link MATCHES "Widgets|PrintSupport|Charts")
        list(APPEND problems "core links ${link}, which is built on Qt Widgets")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "core/ must not depend on Qt Widgets:\n  ${text}")
endif()
list(LENGTH links link_count)
message(STATUS "core_has_no_widgets: ${source_count} source files and ${link_count} linked libraries checked; "
               "no widget dependency.")
