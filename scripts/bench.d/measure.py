#!/usr/bin/env python3
"""Times two commands against each other, RUNS times each, alternating: the median seconds of each.

    measure.py --runs 3 --clock cpu --ours-args ARGS.json --theirs-args ARGS.json [--theirs-stdin FILE]

Each side is a command line (a JSON list of arguments); the second may read its standard input from a
file. The clock is `cpu` (the child's user + system time, from getrusage: what the process itself
cost, unmoved by the other work of a shared machine) or `wall` (elapsed time). Prints the two medians.
"""
import argparse
import json
import resource
import statistics
import subprocess
import time


def run(arguments, stdin_path, clock):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(stdin_path or "/dev/null", "rb") as stdin:
        subprocess.run(arguments, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if clock == "wall":
        return elapsed
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu")
    parser.add_argument("--ours-args", required=True)
    parser.add_argument("--theirs-args", required=True)
    parser.add_argument("--theirs-stdin")
    args = parser.parse_args()
    ours_command = json.load(open(args.ours_args, encoding="utf-8"))
    theirs_command = json.load(open(args.theirs_args, encoding="utf-8"))
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(run(ours_command, None, args.clock))
        theirs.append(run(theirs_command, args.theirs_stdin, args.clock))
    print(f"{statistics.median(ours):.6f} {statistics.median(theirs):.6f}")


if __name__ == "__main__":
    main()
