#!/usr/bin/env python3
"""Writes scripts/build-release.order: the functions a start and the benchmark's questions run,
in the order a run first meets them, as the linker's input sections (`.text.NAME`).

scripts/build-release compiles every module with one section a function and hands this file to
the linker (gold's --section-ordering-file), which places these functions together: a start then
touches some 80 windows of 64 KB of code instead of 144 spread over 20 MB, each its own page
fault (see README, Benchmarks). Functions the file does not name (new ones, renamed ones) keep
their place; a stale name is skipped. Run it again after large changes:

    scripts/build-release && python3 scripts/bench.d/link-order.py

It needs valgrind (callgrind lists every function a run executes; installed when missing) and
makes a 4-class demo school and the benchmark's questions in a temporary folder.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, ".build", "release", "ejournal")
OUT = os.path.join(ROOT, "scripts", "build-release.order")
TODAY = "2026-11-27"


def functions(callgrind_out, program):
    """The functions of `program` a callgrind output names, in the order the file first names them
    (callgrind writes a function's costs when the run first leaves it)."""
    names, objects, current, found = {}, {}, None, []
    for line in open(callgrind_out, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                objects[m.group(2)] = m.group(3)
            if m.group(1) == "ob":
                current = objects.get(m.group(2))
            continue
        m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                names[m.group(2)] = m.group(3)
            if m.group(1) == "fn" and current == program:
                # callgrind marks a recursive call's cost as NAME'2
                found.append(re.sub(r"'\d+$", "", names[m.group(2)]))
    return found


def main():
    if not os.path.exists(BIN):
        sys.exit("no release build: run scripts/build-release first")
    if not shutil.which("valgrind"):
        print("installing valgrind …", file=sys.stderr)
        subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind",
                       shell=True, check=True, stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="link-order.")
    try:
        # valgrind cannot read the DWARF 5 of the release build: a copy without it.
        program = os.path.join(work, "ejournal")
        subprocess.run(["objcopy", "--strip-debug", BIN, program], check=True)
        school = os.path.join(work, "school.sqlite")
        subprocess.run([program, "demo", "--db", school, "--classes", "4", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        questions = os.path.join(work, "questions")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench.d", "expert.py"), "render",
                        "--db", school, "--today", TODAY, "--out", questions], check=True,
                       stdout=subprocess.DEVNULL)
        # First a start with one small query (its functions lead the file), then every question.
        runs = [["-c", "classes in 5 show name"]]
        for name in sorted(os.listdir(questions)):
            if name.endswith(".ejq"):
                with open(os.path.join(questions, name), encoding="utf-8") as f:
                    runs.append(["--today", TODAY, "--format", "csv", "-c", f.read()])

        def profile(index):
            out = os.path.join(work, f"{index}.callgrind")
            subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
                            program, "--db", school] + runs[index], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return out

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            outs = list(pool.map(profile, range(len(runs))))
        # A function's section is named after one of the names of its address (a C++ constructor's
        # C1 and C2, …), not always the one callgrind reports: every name of the address.
        aliases, at = {}, {}
        listing = subprocess.run(["nm", "--defined-only", program], check=True, capture_output=True, text=True)
        for line in listing.stdout.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in "tTwW":
                aliases.setdefault(parts[0], []).append(parts[2])
                at[parts[2]] = parts[0]
        seen, order = set(), []
        for out in outs:
            for name in functions(out, program):
                # a function without a symbol is named by its address: the local ones are placed
                # all together below
                for alias in aliases.get(at.get(name), [name]):
                    if alias not in seen and not alias.startswith("0x"):
                        seen.add(alias)
                        order.append(alias)
        with open(OUT, "w", encoding="utf-8") as f:
            # The static constructors (all of them run at start, 3 KB) and the functions that have no
            # symbol (Swift's merged and destroying functions, 50 KB) first, whole.
            f.write(".text.startup\n.text.startup.*\n.text..L*\n")
            for name in order:
                f.write(f".text.{name}\n")
        print(f"{OUT}: {len(order)} functions from {len(runs)} runs", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
