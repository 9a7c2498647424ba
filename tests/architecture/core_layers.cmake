# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a folder of core/ reaches past its room. core has three kinds of folder:
#   storage   the database: connections, schema, SQL, repositories. It may include any other folder of core.
#   services  what needs the database on behalf of the domain: the services, the audit log, the account
#             service, backups, collectors that read through the Session. May include storage and the domain.
#   demo      the demo and large-dataset seeders, tools that write whole databases (they use storage directly
#             for bulk inserts).
# Every other folder is domain: pure types and computation, tested without a database. A domain folder never
# includes core/storage or core/services. New folders are domain unless they are added to the list below.
#
#   cmake -DCORE_DIR=<source>/core -P core_layers.cmake
cmake_minimum_required(VERSION 3.25)

get_filename_component(CORE_DIR "${CORE_DIR}" ABSOLUTE)
if(NOT CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "core_layers: CORE_DIR '${CORE_DIR}' is not a folder.")
endif()

set(non_domain_folders storage services demo)
set(upper_layers storage services)

file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(problems "")
set(checked 0)
foreach(source IN LISTS sources)
    if(NOT source MATCHES "^([^/]+)/")
        continue() # files at core/'s top (error.h, clock.*) are domain too, checked below
    endif()
    set(folder "${CMAKE_MATCH_1}")
    if(folder IN_LIST non_domain_folders)
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${CORE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"core/")
    foreach(line IN LISTS includes)
        if(line MATCHES "\"core/([^/\"]+)/")
            if(CMAKE_MATCH_1 IN_LIST upper_layers)
                string(STRIP "${line}" line)
                list(APPEND problems "core/${source} (domain folder '${folder}') ${line}")
            endif()
        endif()
    endforeach()
endforeach()
file(GLOB top_sources LIST_DIRECTORIES false RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
foreach(source IN LISTS top_sources)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${CORE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"core/(storage|services)/")
    foreach(line IN LISTS includes)
        list(APPEND problems "core/${source} ${line}")
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "core_layers: no domain sources under '${CORE_DIR}'; is CORE_DIR right?")
endif()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "A domain folder of core/ includes storage or services; move what needs the database to "
                        "core/services/ and keep the computation pure:\n  ${text}")
endif()
message(STATUS "core_layers: ${checked} domain files checked; none includes core/storage or core/services.")
