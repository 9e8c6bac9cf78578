#!/usr/bin/env python3
"""The plans alone: each question's SQL as ejournal generates it against the expert's, both run in
one sqlite3 process, so that neither program's start-up is counted.

    scripts/bench.d/sql-only.py SCHOOL [NAME ...]      e.g. demo-60-1 q01 q11

Run `scripts/bench queries` first: it makes the schools and the questions (.build/bench/SCHOOL/) and
the release build. ejournal's SQL comes from `explain` with its parameters written in; each side
runs N times (default 20) in one sqlite3, the best of five such runs, less sqlite3's own start.
"""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
WORK = os.path.join(ROOT, ".build", "bench")
BINARY = os.path.join(ROOT, ".build", "release", "ejournal")


def generated(db, today, query):
    """ejournal's SQL of a query, its parameters written in as SQL literals."""
    out = subprocess.run(
        [BINARY, "--db", db, "--today", today, "-c", "explain " + query], capture_output=True, text=True, check=True
    ).stdout
    lines = out.rstrip("\n").split("\n")
    values = {}
    if lines[-1].startswith("-- parameters:"):
        for m in re.finditer(r"\?(\d+) = ('(?:[^']|'')*'|[-0-9.]+|NULL)", lines[-1]):
            values[m.group(1)] = m.group(2)
        lines = lines[:-1]
    return re.sub(r"\?(\d+)", lambda m: values[m.group(1)], "\n".join(lines))


def timed(db, sql, times):
    statement = sql.strip().rstrip(";") + ";\n"
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(["sqlite3", db], input=statement * times, capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    school = sys.argv[1]
    folder = os.path.join(WORK, school)
    db = os.path.join(WORK, school + ".sqlite")
    today = open(os.path.join(WORK, school + ".today"), encoding="utf-8").read().strip()
    names = sys.argv[2:] or sorted(f[:-4] for f in os.listdir(folder) if f.startswith("q") and f.endswith(".ejq"))
    times = int(os.environ.get("N", "20"))
    start = timed(db, "SELECT 1", 1)
    for name in names:
        query = open(os.path.join(folder, name + ".ejq"), encoding="utf-8").read().strip()
        expert = open(os.path.join(folder, name + ".sql"), encoding="utf-8").read()
        ours = (timed(db, generated(db, today, query), times) - start) / times * 1000
        theirs = (timed(db, expert, times) - start) / times * 1000
        print(f"{school} {name}  ejournal {ours:8.2f} ms  expert {theirs:8.2f} ms  ratio {ours / max(theirs, 0.01):5.2f}  {query}")


if __name__ == "__main__":
    main()
