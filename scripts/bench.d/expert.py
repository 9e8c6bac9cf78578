#!/usr/bin/env python3
"""The benchmark's questions on any school: picks the classes and subjects a question names,
renders bench/expert/NAME.ejq and NAME.sql for one store, and compares two answers.

    expert.py params  --db F --today D [--set K=V …]           # the picks, one K=V a line
    expert.py render  --db F --today D --out DIR [--set K=V …]  # DIR/NAME.ejq, DIR/NAME.sql, DIR/params
    expert.py compare OURS.json THEIRS.json [--ordered]          # exit 1 when the rows differ
    expert.py summary RESULTS.tsv [--school NAME]                # medians and worst of scripts/bench

The templates name their picks in braces: {A} and {B} two classes of one grade ({GRADE}; 7А and
7Б on the sample school), {C5} a class of grade 5, {C10} a senior class (10А), {FAMILY} a subject
taught in {A} with courses where one has them (math), {COURSE} and {COURSE2} two courses of it
taught in {B} (alg, geom), {LANG} a foreign language taught in groups in {C5} (eng), {TODAY} the
as-of date. A school without such a thing gets the nearest kind (see pick()); --set overrides.
{A_SUBJECTS} are the subjects of {A}'s load in the school's order of subjects (space-separated
codes): a summary sheet has a column for each, so its template repeats a fragment per subject as
`{EACH_A_SUBJECT:max(CASE WHEN subject = '$S' THEN v END)}` ($S the code), joined by ", ".
"""

import argparse
import json
import math
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "..", "..", "bench", "expert")


def pick(db, today):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = lambda sql, *args: con.execute(sql, args).fetchall()
    year = q("SELECT year FROM school")[0][0]
    classes = q("SELECT id, name, grade FROM class WHERE year = ? ORDER BY grade, name", year)
    by_grade = {}
    for cid, name, grade in classes:
        by_grade.setdefault(grade, []).append((cid, name))

    # Two classes of one grade: grade 7 where it has two, else the middle grade with most classes.
    grades = sorted(by_grade, key=lambda g: (-(len(by_grade[g]) >= 2), abs(g - 7), g))
    grade = grades[0]
    a = by_grade[grade][0]
    b = by_grade[grade][1] if len(by_grade[grade]) > 1 else a
    # A class of grade 5 (else the nearest grade), and a senior one (10, else the highest).
    c5 = by_grade[min(by_grade, key=lambda g: (abs(g - 5), g))][0]
    c10 = by_grade[10][0] if 10 in by_grade else by_grade[max(by_grade)][0]

    def load(cls):
        return q(
            """SELECT t.subject, s.parent, max(t.hours_per_week) AS h, max(t.group_id IS NOT NULL),
                      s.is_foreign_language
               FROM teaching_load t JOIN subject s ON s.code = t.subject
               WHERE t.class_id = ? GROUP BY t.subject ORDER BY h DESC, t.subject""",
            cls[0],
        )

    load_a, load_b, load_c5 = load(a), load(b), load(c5)
    maths = q("SELECT code FROM subject WHERE name = 'Математика' OR code = 'math' ORDER BY code = 'math' DESC")
    maths = maths[0][0] if maths else "math"
    # A subject with courses taught in A (math: alg and geom), else mathematics where A has it, else
    # A's subject of most hours; two courses of it taught in B, else B's two subjects of most hours.
    parents = [p for _, p, _, _, _ in load_a if p]
    if parents:
        family = max(sorted(set(parents)), key=parents.count)
        courses = [s for s, p, _, _, _ in load_b if p == family] or [s for s, p, _, _, _ in load_a if p == family]
    else:
        family = maths if any(s == maths for s, _, _, _, _ in load_a) else load_a[0][0]
        courses = [s for s, _, _, _, _ in load_b if s != family]
    course = courses[0]
    course2 = courses[1] if len(courses) > 1 else [s for s, _, _, _, _ in load_b if s != course][0]
    # A foreign language taught in groups in C5, else any group subject there, else its first.
    langs = [s for s, _, _, g, f in load_c5 if f and g] or [s for s, _, _, g, _ in load_c5 if g] or [load_c5[0][0]]
    return {
        "TODAY": today,
        "GRADE": str(grade),
        "A": a[1],
        "B": b[1],
        "C5": c5[1],
        "C10": c10[1],
        "FAMILY": family,
        "COURSE": course,
        "COURSE2": course2,
        "LANG": langs[0],
        "MATH": maths,
        "A_SUBJECTS": " ".join(
            code
            for (code,) in q(
                """SELECT DISTINCT t.subject FROM teaching_load t WHERE t.class_id = ?
                   ORDER BY (SELECT rowid FROM subject WHERE code = t.subject)""",
                a[0],
            )
        ),
    }


def params(args):
    values = pick(args.db, args.today)
    for item in args.set or []:
        key, value = item.split("=", 1)
        values[key] = value
    return values


def render_text(text, values):
    subjects = values.get("A_SUBJECTS", "").split()
    text = re.sub(
        r"\{EACH_A_SUBJECT:([^{}]*)\}", lambda m: ", ".join(m.group(1).replace("$S", s) for s in subjects), text
    )
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def names():
    return sorted(f[:-4] for f in os.listdir(TEMPLATES) if f.endswith(".ejq"))


def render(args):
    values = params(args)
    os.makedirs(args.out, exist_ok=True)
    for name in names():
        for ext in ("ejq", "sql"):
            with open(os.path.join(TEMPLATES, f"{name}.{ext}"), encoding="utf-8") as f:
                text = render_text(f.read(), values)
            with open(os.path.join(args.out, f"{name}.{ext}"), "w", encoding="utf-8") as f:
                f.write(text)
    with open(os.path.join(args.out, "params"), "w", encoding="utf-8") as f:
        f.write(" ".join(f"{k}={v}" for k, v in values.items()) + "\n")


def rows(path):
    """Every row of every JSON array in the file (ejournal's and sqlite3's -json), as text cells."""
    text = open(path, encoding="utf-8").read()
    # Pairs, not a dict: sqlite3 names columns by their expression, and two may share a name.
    decoder, at, out = json.JSONDecoder(object_pairs_hook=lambda pairs: pairs), 0, []
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return out
        value, at = decoder.raw_decode(text, at)
        # A report of several tables is one object: each title's rows (an array is one table's rows).
        tables = [rows for _, rows in value] if value and isinstance(value[0], tuple) else [value]
        for table in tables:
            for row in table:
                out.append(tuple(cell(v) for _, v in row))


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        number = float(value)
        return str(int(number)) if math.isfinite(number) and number == int(number) else repr(round(number, 6))
    return str(value)


def compare(args):
    ours, theirs = rows(args.ours), rows(args.theirs)
    if not args.ordered:
        ours, theirs = sorted(ours), sorted(theirs)
    if ours == theirs:
        print(len(ours))
        return 0
    only_ours = [r for r in ours if r not in theirs][:3]
    only_theirs = [r for r in theirs if r not in ours][:3]
    print(
        f"rows differ: ejournal {len(ours)}, expert {len(theirs)}; only ejournal {only_ours}; only expert {only_theirs}",
        file=sys.stderr,
    )
    return 1


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def summary(args):
    """RESULTS.tsv: school, question, ejournal s, sqlite3 s, ratio, rows (or DIFF), query."""
    results = []
    for line in open(args.results, encoding="utf-8"):
        school, name, ours, theirs, ratio, rows, query = line.rstrip("\n").split("\t")
        results.append((school, name, float(ours), float(theirs), float(ratio), rows, query))
    schools = list(dict.fromkeys(r[0] for r in results))
    if args.school:
        schools = [args.school]

    def line_of(school):
        mine = [r for r in results if r[0] == school and r[5] != "DIFF"]
        worst = sorted(mine, key=lambda r: -r[4])[:3]
        differ = sum(1 for r in results if r[0] == school and r[5] == "DIFF")
        text = f"median {median([r[4] for r in mine]):.2f}, worst " + ", ".join(f"{r[1]} {r[4]:.2f}" for r in worst)
        return text + (f"; {differ} answers differ (not counted)" if differ else "")

    if args.school:
        print(f"  {args.school}: {line_of(args.school)}")
        return 0
    print("ejournal ÷ sqlite3 with the expert SQL, per school (the median of its questions, and its worst):")
    for school in schools:
        print(f"  {school:<12} {line_of(school)}")
    counted = [r for r in results if r[5] != "DIFF"]
    worst = max(counted, key=lambda r: r[4])
    print(f"  overall: median {median([r[4] for r in counted]):.2f}, worst {worst[4]:.2f} ({worst[1]} on {worst[0]}: {worst[6]})")
    print("per question (ratio on each school; the median over the schools):")
    names = list(dict.fromkeys(r[1] for r in results))
    print("  " + f"{'':5}" + "".join(f"{s[:11]:>12}" for s in schools) + f"{'median':>9}")
    for name in names:
        row = {r[0]: r for r in results if r[1] == name}
        cells = "".join(
            f"{('DIFF' if row[s][5] == 'DIFF' else format(row[s][4], '.2f')) if s in row else '-':>12}" for s in schools
        )
        counted_here = [row[s][4] for s in schools if s in row and row[s][5] != "DIFF"]
        print(f"  {name:5}{cells}{median(counted_here) if counted_here else float('nan'):9.2f}")
    return 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    for command in ("params", "render"):
        p = sub.add_parser(command)
        p.add_argument("--db", required=True)
        p.add_argument("--today", required=True)
        p.add_argument("--set", action="append")
        if command == "render":
            p.add_argument("--out", required=True)
    p = sub.add_parser("compare")
    p.add_argument("ours")
    p.add_argument("theirs")
    p.add_argument("--ordered", action="store_true")
    p = sub.add_parser("summary")
    p.add_argument("results")
    p.add_argument("--school")
    args = parser.parse_args()
    if args.command == "summary":
        sys.exit(summary(args))
    if args.command == "params":
        for key, value in params(args).items():
            print(f"{key}={value}")
    elif args.command == "render":
        render(args)
    else:
        sys.exit(compare(args))


if __name__ == "__main__":
    main()
