# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes OUTPUT: the compile database INPUT without the precompiled header's flags. Clang-based tools (clang-tidy,
# clangd) take GCC's cmake_pch.hxx.gch for a PCH of their own and stop ("is not a valid precompiled PCH file");
# without `-include …/cmake_pch.hxx` they read the headers themselves. Run by the top CMakeLists.txt when
# BRANDDESK_PCH is on: point the tools at ${CMAKE_BINARY_DIR}/without-pch.
file(READ "${INPUT}" database)
string(REGEX REPLACE " -Winvalid-pch" "" database "${database}")
string(REGEX REPLACE " -include [^ \"]*/cmake_pch\\.hxx" "" database "${database}")
file(WRITE "${OUTPUT}.tmp" "${database}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
