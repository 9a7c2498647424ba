// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <optional>

namespace branddesk {

/// Another database the user asked to open while one was open (File › Connect to Server…, File › Use the File
/// on This PC). The window closes; the program's start-up loop closes the session and opens the other one.
class DatabaseSwitch {
public:
    /// Where to go: a server, or (nullopt) this PC's file.
    using Target = std::optional<ServerSettings>;

    static void set(const Target& target) { s_target = target; }
    /// The requested switch, once; nullopt when none was asked for.
    static std::optional<Target> take()
    {
        std::optional<Target> target = s_target;
        s_target.reset();
        return target;
    }

private:
    static inline std::optional<Target> s_target;
};

} // namespace branddesk
