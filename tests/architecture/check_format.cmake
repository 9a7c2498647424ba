# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file under app/, core/, ui/ or tests/ differs from what clang-format (with the
# repository's .clang-format) would write. Fix with: clang-format -i <file>.
# Usage: cmake -DSOURCE_DIR=<repo> -DCLANG_FORMAT=<path> -P check_format.cmake
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format finds ${count} files not all formatted:\n${errors}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
