# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs clang-tidy (the repository's .clang-tidy) over every .cpp of core/, ui/ and app/; fails on any finding.

    python3 tests/architecture/clang_tidy.py --build-dir build/release [--jobs 2] [--clang-tidy clang-tidy-16]
        [core/storage/database.cpp ...]

The translation units come from the build's compile_commands.json. A build with CMAKE_UNITY_BUILD (the release
preset) lists its batch files (build/.../Unity/unity_N_cxx.cxx) instead of the sources in them: each batch is
checked once, so Qt's headers are parsed once per batch rather than once per source, and since a batch includes
its sources by their absolute paths, every finding names the real file and line. Which of those files are
reported is the .clang-tidy's HeaderFilterRegex (the project's own core/ui/app files, never Qt's nor the moc/uic
output in the build folder). Every .cpp under core/, ui/ and app/ must be in some translation unit: a source that
no target compiles fails the run instead of escaping it.

The compile commands are GCC's. clang-tidy 16 is clang 16, which knows C++23 as -std=c++2b, and needs
__cpp_concepts raised to read libstdc++ 12's <expected> (as the fuzz preset does); -Werror is taken off so that
clang's own warnings (-Wall -Wextra -Wpedantic) are reported as findings like the checks' (clang-diagnostic-*)
instead of stopping the file. Files named on the command line (paths under core/, ui/ or app/) restrict the
run to the translation units that hold them.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

# GCC's options clang does not know or that would stop a file instead of reporting on it.
DROPPED = {"-Werror", "-fno-fat-lto-objects", "-Winvalid-pch", "-fconcepts-diagnostics-depth=2"}
EXTRA_ARGS = [
    "--extra-arg=-Wno-unknown-warning-option",
    "--extra-arg=-Wno-builtin-macro-redefined",
    "--extra-arg=-U__cpp_concepts",
    "--extra-arg=-D__cpp_concepts=202002L",
]
LAYERS = ("core", "ui", "app")
DIAGNOSTIC = re.compile(r"^(?P<file>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<kind>warning|error): (?P<text>.*?)"
                        r"(?: \[(?P<check>[^\]]+)\])?$")
UNITY_BATCH = re.compile(r"/Unity/unity_\d+_cxx\.cxx$")
UNITY_INCLUDE = re.compile(r'^#include "(?P<path>[^"]+)"', re.MULTILINE)


def fail(message):
    print(f"clang-tidy test: {message}", file=sys.stderr)
    sys.exit(1)


def find_clang_tidy(requested):
    path = shutil.which(requested)
    if not path:
        fail(f"'{requested}' is not installed. It is Debian 12's clang-tidy-16 package, which "
             "packaging/install-deps.sh installs: run `bash packaging/install-deps.sh` (as root).")
    version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
    match = re.search(r"version (\d+)", version)
    if not match or int(match.group(1)) < 16:
        fail(f"{path} is not clang-tidy 16 or newer ({version.strip()!r}); clang-tidy 14 cannot read this "
             "C++23 + Qt 6 build. Install Debian's clang-tidy-16 (packaging/install-deps.sh).")
    return path


def is_project_source(path, source_dir):
    relative = os.path.relpath(path, source_dir)
    return relative.split(os.sep)[0] in LAYERS and relative.endswith(".cpp") and not relative.startswith("..")


def translation_units(build_dir, source_dir):
    """Maps each translation unit to check (a source or a unity batch) to the project sources it holds."""
    database = os.path.join(build_dir, "compile_commands.json")
    if not os.path.isfile(database):
        fail(f"{database} does not exist: configure the build first (CMAKE_EXPORT_COMPILE_COMMANDS is ON).")
    with open(database, encoding="utf-8") as handle:
        entries = json.load(handle)
    units = {}
    for entry in entries:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if is_project_source(path, source_dir):
            units[path] = [path]
        elif UNITY_BATCH.search(path):
            with open(path, encoding="utf-8") as handle:
                held = [os.path.normpath(p) for p in UNITY_INCLUDE.findall(handle.read())]
            held = [p for p in held if is_project_source(p, source_dir)]
            if held:
                units[path] = held
    return units


def all_sources(source_dir):
    found = []
    for layer in LAYERS:
        for root, _, files in os.walk(os.path.join(source_dir, layer)):
            found += [os.path.join(root, name) for name in files if name.endswith(".cpp")]
    return sorted(found)


def sanitized_database(build_dir, scratch_dir):
    """Writes the build's compile commands as clang 16 reads them into SCRATCH_DIR; returns that folder."""
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as handle:
        entries = json.load(handle)
    for entry in entries:
        arguments = entry.pop("arguments", None) or shlex.split(entry.pop("command"))
        kept = []
        index = 0
        while index < len(arguments):
            argument = arguments[index]
            index += 1
            if argument == "-include" and index < len(arguments) and "cmake_pch" in arguments[index]:
                index += 1  # CMake's precompiled header: the GCC .gch beside it is no file clang can read.
            elif argument not in DROPPED and not argument.startswith("-std="):
                kept.append(argument)
        entry["arguments"] = kept[:1] + ["-std=c++2b"] + kept[1:]
    os.makedirs(scratch_dir, exist_ok=True)
    with open(os.path.join(scratch_dir, "compile_commands.json"), "w", encoding="utf-8") as handle:
        json.dump(entries, handle)
    return scratch_dir


def run_unit(clang_tidy, database_dir, unit):
    """Runs clang-tidy on one translation unit; returns its output, exit code, wall and CPU seconds."""
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        # A unity batch is a file of #include "….cpp" lines by design; in a real source the check stays on.
        batch = ["--checks=-bugprone-suspicious-include"] if UNITY_BATCH.search(unit) else []
        process = subprocess.Popen([clang_tidy, "-p", database_dir, "--quiet", *batch, *EXTRA_ARGS, unit],
                                   stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return unit, out.read(), err.read(), process.returncode, time.monotonic() - started, \
            usage.ru_utime + usage.ru_stime


def parse(output):
    """Splits clang-tidy's output into findings: the warning line with the notes and source lines after it."""
    findings = []
    for line in output.splitlines():
        match = DIAGNOSTIC.match(line)
        if match:
            findings.append((match, [line]))
        elif findings and not line.startswith(("Suppressed ", "Use -header-filter", "Error while processing")) \
                and not re.match(r"^\d+ (warnings?|errors?)( and \d+ errors?)? generated\.$", line):
            findings[-1][1].append(line)
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", default=os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))))
    parser.add_argument("--clang-tidy", default="clang-tidy-16")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("files", nargs="*", help="only the translation units holding these sources")
    args = parser.parse_args()

    source_dir = os.path.realpath(args.source_dir)
    build_dir = os.path.realpath(args.build_dir)
    clang_tidy = find_clang_tidy(args.clang_tidy)
    units = translation_units(build_dir, source_dir)

    covered = {source for held in units.values() for source in held}
    missing = [s for s in all_sources(source_dir) if s not in covered]
    if missing:
        fail("these sources are in no translation unit of " + os.path.join(build_dir, "compile_commands.json")
             + " (is a target missing them, or the build not configured?):\n  " + "\n  ".join(missing))
    if args.files:
        wanted = {os.path.realpath(f) for f in args.files}
        units = {unit: held for unit, held in units.items() if wanted & set(held)}
        if not units:
            fail("none of the named files is a .cpp of core/, ui/ or app/ in the build")

    started = time.monotonic()
    # The biggest batches first, so that two workers finish together.
    order = sorted(units, key=lambda unit: -len(units[unit]))
    findings = {}
    broken = []
    database_dir = sanitized_database(build_dir, os.path.join(build_dir, "clang-tidy"))
    cpu = 0.0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        jobs = [pool.submit(run_unit, clang_tidy, database_dir, unit) for unit in order]
        for job in concurrent.futures.as_completed(jobs):
            unit, output, errors, returncode, seconds, cpu_seconds = job.result()
            cpu += cpu_seconds
            found = parse(output)
            for match, lines in found:
                key = (match["file"], int(match["line"]), int(match["col"]), match["check"] or "")
                if key not in findings:  # a header's finding comes once per translation unit including it
                    findings[key] = match
                    print("\n".join(lines).replace(source_dir + os.sep, ""), flush=True)
            if returncode != 0 and not found:
                broken.append((unit, returncode, errors))
            shown = os.path.relpath(unit, build_dir if unit.startswith(build_dir) else source_dir)
            print(f"  {seconds:5.1f} s ({cpu_seconds:5.1f} s CPU)  {len(found):3d} findings  {shown} "
                  f"({len(units[unit])} sources)", flush=True)

    per_check = collections.Counter()
    for match in findings.values():
        per_check[(match["check"] or "clang-diagnostic").replace(",-warnings-as-errors", "")] += 1
    for unit, returncode, errors in broken:
        print(f"clang-tidy failed on {unit} (exit {returncode}) without a finding:\n{errors}")

    total = sum(len(held) for held in units.values())
    print(f"\n{len(units)} translation units ({total} sources of core/, ui/, app/) in "
          f"{time.monotonic() - started:.0f} s with {args.jobs} jobs, {cpu:.0f} s CPU (user + sys)")
    if findings or broken:
        for check, count in sorted(per_check.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:4d}  {check}")
        fail(f"{len(findings)} findings; fix them, or justify a disabled check in .clang-tidy "
             "(or a NOLINT(check) with the reason beside it for a single case)")
    print("clang-tidy: no findings")


if __name__ == "__main__":
    main()
