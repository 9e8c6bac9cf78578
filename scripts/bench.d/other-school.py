#!/usr/bin/env python3
"""A school of another shape than `ejournal demo` makes, as a CSV folder in the import format
(data-format.md), for the benchmark:

- every class on half-years (no quarters at all);
- no parent subjects: mathematics is one subject ("Математика", code `mt`, no algebra or
  geometry courses), and no subject code is the demo's (`rya`, `ang`, `fiz`, …);
- classes named with other letters (5Д, 5Е, 5Ж … 11Ж: grades 5 to 11, three classes each, or
  up to 21 a grade with --letters: 5Д … 11Щ, 147 classes);
- 30 students a class, one student in seven with no patronymic;
- both foreign languages taught in two groups, informatics in two groups from grade 7;
- lessons from 2026-09-01 to 2027-05-26, cut at `today` (2027-03-15 unless given): half 1 has
  ended and has its period grades, half 2 is under way.

    other-school.py FOLDER [--seed N] [--letters N] [--today YYYY-MM-DD]

The same seed gives the same folder.
"""

import argparse
import csv
import datetime as dt
import os
import random

YEAR = "2026/2027"
HALVES = [(1, dt.date(2026, 9, 1), dt.date(2026, 12, 28)), (2, dt.date(2027, 1, 11), dt.date(2027, 5, 26))]
HOLIDAYS = {dt.date(2026, 11, 4), dt.date(2027, 2, 23), dt.date(2027, 3, 8), dt.date(2027, 5, 1), dt.date(2027, 5, 9)}
LETTERS = ["Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ"]

SUBJECTS = [
    ("rya", "Русский язык"),
    ("lit", "Литература"),
    ("mt", "Математика"),
    ("ang", "Английский язык"),
    ("nem", "Немецкий язык"),
    ("ist", "История"),
    ("obs", "Обществознание"),
    ("geo", "География"),
    ("bio", "Биология"),
    ("fiz", "Физика"),
    ("him", "Химия"),
    ("ikt", "Информатика"),
    ("izo", "Изобразительное искусство"),
    ("muz", "Музыка"),
    ("fk", "Физическая культура"),
]
NAMES = dict(SUBJECTS)
GROUPED = {"ang", "nem"}  # always in two groups; informatics too from grade 7


def load_of(grade):
    """Hours a week per subject for a grade (the whole week sums to 26-32 lessons)."""
    hours = {"rya": 5 if grade < 7 else 4 if grade < 10 else 2, "lit": 3 if grade < 10 else 3, "mt": 5 if grade < 10 else 6}
    hours.update({"ang": 3, "ist": 2, "geo": 1 if grade < 7 else 2, "bio": 1 if grade < 7 else 2, "fk": 2})
    if grade >= 6:
        hours["obs"] = 1
    if grade >= 7:
        hours.update({"fiz": 2 if grade < 10 else 3, "ikt": 1, "nem": 2})
    if grade >= 8:
        hours["him"] = 2
    if grade <= 7:
        hours.update({"izo": 1, "muz": 1})
    return hours


LAST = ["Орлов", "Зуев", "Гришин", "Лаптев", "Медведев", "Субботин", "Тихонов", "Шубин", "Ефимов", "Рябов", "Ершов",
        "Карпов", "Носков", "Панов", "Савин", "Фомин", "Хохлов", "Чернов", "Щукин", "Юдин", "Ярцев", "Блинов"]
MALE = ["Глеб", "Роман", "Тимур", "Арсений", "Мирон", "Лев", "Фёдор", "Денис", "Степан", "Илья", "Марк", "Данила"]
FEMALE = ["Алиса", "Вера", "Злата", "Ксения", "Майя", "Ника", "Полина", "Ульяна", "Эмилия", "Яна", "Олеся", "Лада"]
FATHERS = ["Игорь", "Олег", "Павел", "Роман", "Сергей", "Юрий", "Борис", "Вадим", "Геннадий", "Константин"]


def patronymic(father, male):
    stem = father[:-1] + "ь" if father.endswith("й") else father
    if father.endswith("й"):
        return father[:-1] + ("евич" if male else "евна")
    return stem + ("ович" if male else "овна")


def feminine(last):
    return last + "а"


def school_days(until):
    for _, start, end in HALVES:
        day = start
        while day <= min(end, until):
            if day.weekday() < 5 and day not in HOLIDAYS:
                yield day
            day += dt.timedelta(days=1)


def stamp(day, minutes):
    return (dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--letters", type=int, default=3, choices=range(1, len(LETTERS) + 1))
    parser.add_argument("--today", default="2027-03-15")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    today = dt.date.fromisoformat(args.today)
    os.makedirs(args.folder, exist_ok=True)
    files = {}

    def table(name, header):
        f = open(os.path.join(args.folder, name + ".csv"), "w", encoding="utf-8", newline="")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        files[name] = f
        return w

    table("school", ["name", "year", "today"]).writerow(["Гимназия № 3 «Полугодие»", YEAR, args.today])
    w = table("subjects", ["code", "name", "parent"])
    for code, name in SUBJECTS:
        w.writerow([code, name, ""])
    w = table("periods", ["year", "scheme", "number", "start", "end"])
    for number, start, end in HALVES:
        w.writerow([YEAR, "half", number, start.isoformat(), end.isoformat()])

    # Staff: three administrators, then teachers per subject, enough for the hours.
    staff = table("staff", ["id", "last_name", "first_name", "middle_name", "roles", "email", "phone"])
    people = 0

    def person(male=None):
        male = rnd.random() < 0.5 if male is None else male
        last = rnd.choice(LAST)
        return (last if male else feminine(last)), rnd.choice(MALE if male else FEMALE), patronymic(rnd.choice(FATHERS), male)

    def add_staff(roles):
        nonlocal people
        people += 1
        sid = f"U{people:03d}"
        last, first, middle = person()
        staff.writerow([sid, last, first, middle, roles, f"u{people:03d}@gym3.ru", f"+7 901 {rnd.randint(100, 999)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}"])
        return sid

    director = add_staff("director")
    add_staff("deputy|teacher")
    add_staff("operator")
    classes = [(grade, f"{grade}{letter}") for grade in range(5, 12) for letter in LETTERS[: args.letters]]
    need = {}
    for grade, _ in classes:
        for subject, hours in load_of(grade).items():
            groups = 2 if subject in GROUPED or (subject == "ikt") else 1
            need[subject] = need.get(subject, 0) + hours * groups
    teachers = {}
    for subject, hours in need.items():
        teachers[subject] = [add_staff("teacher") for _ in range(max(1, round(hours / 22)))]
    class_teachers = {}
    pool = [t for ts in teachers.values() for t in ts]
    rnd.shuffle(pool)
    for i, (_, name) in enumerate(classes):
        class_teachers[name] = pool[i % len(pool)]
    files["staff"].close()
    # Class teachers get the role too: rewrite staff.csv with it.
    rows = list(csv.reader(open(os.path.join(args.folder, "staff.csv"), encoding="utf-8")))
    marked = set(class_teachers.values())
    with open(os.path.join(args.folder, "staff.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            if row[0] in marked:
                row[4] += "|class_teacher"
            w.writerow(row)

    w = table("classes", ["name", "grade", "year", "scheme", "class_teacher"])
    for grade, name in classes:
        w.writerow([name, grade, YEAR, "half", class_teachers[name]])

    # Students, 30 a class; parents, one or two a student, some siblings sharing them.
    students_w = table("students", ["id", "last_name", "first_name", "middle_name", "sex", "birth_date", "class", "risk_group"])
    roster = {}
    n = 0
    for grade, name in classes:
        roster[name] = []
        for _ in range(30):
            n += 1
            sid = f"P{n:05d}"
            male = rnd.random() < 0.5
            last, first, middle = person(male)
            if rnd.random() < 1 / 7:
                middle = ""
            born = dt.date(2026 - grade - 6, 1, 1) + dt.timedelta(days=rnd.randint(0, 364))
            risk = "неуспеваемость" if rnd.random() < 0.02 else ""
            students_w.writerow([sid, last, first, middle, "m" if male else "f", born.isoformat(), name, risk])
            roster[name].append((sid, last))
    parents_w = table("parents", ["id", "last_name", "first_name", "middle_name", "phone", "email", "children"])
    parents = []
    pn = 0
    for name in roster:
        for sid, last in roster[name]:
            for _ in range(1 if rnd.random() < 0.4 else 2):
                pn += 1
                pid = f"R{pn:05d}"
                male = rnd.random() < 0.5
                _, first, middle = person(male)
                plast = last if male == (not last.endswith("а")) else (last[:-1] if last.endswith("а") else feminine(last))
                children = [sid]
                parents_w.writerow([pid, plast, first, middle, f"+7 902 {rnd.randint(100, 999)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}",
                                    f"r{pn:05d}@mail.ru" if rnd.random() < 0.7 else "", "|".join(children)])
                parents.append(pid)

    # Load: the whole class, or two groups (the first and second half of the roster).
    groups_w = table("groups", ["name", "class", "subject", "students"])
    load_w = table("load", ["class", "group", "subject", "teacher", "hours_per_week"])
    lessons_of = {}  # class -> list of (group name or "", subject, teacher, members)
    turn = {subject: 0 for subject in teachers}
    for grade, name in classes:
        lessons_of[name] = []
        for subject, hours in load_of(grade).items():
            grouped = subject in GROUPED or (subject == "ikt" and grade >= 7)
            parts = [("", [s for s, _ in roster[name]])]
            if grouped:
                half = len(roster[name]) // 2
                parts = [(f"{name}-{subject}-{i + 1}", [s for s, _ in roster[name]][i * half:(i + 1) * half]) for i in range(2)]
            for group, members in parts:
                ts = teachers[subject]
                teacher = ts[turn[subject] % len(ts)]
                turn[subject] += 1
                if group:
                    groups_w.writerow([group, name, subject, "|".join(members)])
                load_w.writerow([name, group, subject, teacher, hours])
                lessons_of[name].append((group, subject, teacher, members, hours))

    # Timetable: each load line's hours spread over the week; a class's groups share their slots.
    timetable_w = table("timetable", ["class", "group", "weekday", "number", "subject", "teacher", "room", "valid_from", "valid_to"])
    week = {}  # class -> {weekday: [entries in lesson order]}
    for grade, name in classes:
        slots = []
        by_subject = {}
        for entry in lessons_of[name]:
            by_subject.setdefault(entry[1], []).append(entry)
        for subject, entries in by_subject.items():
            slots += [entries] * entries[0][4]
        rnd.shuffle(slots)
        days = {d: [] for d in range(1, 6)}
        for i, slot in enumerate(slots):
            days[i % 5 + 1].append(slot)
        week[name] = days
        for weekday, day in days.items():
            for number, slot in enumerate(day, start=1):
                for group, subject, teacher, _, _ in slot:
                    timetable_w.writerow([name, group, weekday, number, subject, teacher, str(100 + number), "2026-09-01", "2027-05-26"])

    # Lessons, marks and attendance up to today.
    lessons_w = table("lessons", ["id", "date", "number", "class", "group", "subject", "teacher", "substitute", "topic", "homework", "entered_at"])
    plan_w = table("plan", ["class", "group", "subject", "number", "topic", "planned_date"])
    marks_w = table("marks", ["id", "lesson_id", "student_id", "value", "kind", "entered_at", "entered_by"])
    attendance_w = table("attendance", ["lesson_id", "student_id", "code", "entered_at"])
    kinds = {"rya": ["answer", "classwork", "homework", "dictation", "control", "exposition", "essay"],
             "lit": ["answer", "essay", "homework", "test"], "fiz": ["answer", "lab", "control", "independent"],
             "him": ["answer", "lab", "practical", "control"], "bio": ["answer", "lab", "test"],
             "ang": ["answer", "classwork", "test", "control", "essay"], "nem": ["answer", "classwork", "test", "control"],
             "mt": ["answer", "classwork", "homework", "independent", "test", "control"]}
    written = {"control", "test", "dictation", "independent", "essay", "exposition"}
    ability = {s: rnd.gauss(3.8, 0.5) for name in roster for s, _ in roster[name]}
    sums = {}  # (student, subject, half) -> [sum, count]
    counter = {}
    lesson_n = mark_n = 0
    all_teachers = [t for ts in teachers.values() for t in ts]
    for day in school_days(min(today, HALVES[-1][2])):
        half = 1 if day <= HALVES[0][2] else 2
        for grade, name in classes:
            for number, slot in enumerate(week[name][day.weekday() + 1], start=1):
                for group, subject, teacher, members, _ in slot:
                    lesson_n += 1
                    lid = f"K{lesson_n:07d}"
                    key = (name, group, subject)
                    counter[key] = counter.get(key, 0) + 1
                    topic = f"Тема {counter[key]}" if rnd.random() < 0.96 else ""
                    homework = f"стр. {rnd.randint(5, 250)}, № {rnd.randint(1, 40)}" if rnd.random() < 0.88 else ""
                    substitute = rnd.choice([t for t in all_teachers if t != teacher]) if rnd.random() < 0.03 else ""
                    who = substitute or teacher
                    entered = stamp(day, rnd.randint(300, 700))
                    lessons_w.writerow([lid, day.isoformat(), number, name, group, subject, teacher, substitute, topic, homework, entered])
                    plan_w.writerow([name, group, subject, counter[key], f"Тема {counter[key]}", day.isoformat()])
                    absent = set()
                    for sid in members:
                        r = rnd.random()
                        if r < 0.07:
                            code = rnd.choice(["sick", "sick", "absent", "excused", "late"])
                            attendance_w.writerow([lid, sid, code, entered])
                            if code != "late":
                                absent.add(sid)
                    for sid in members:
                        if sid in absent or rnd.random() > 0.22:
                            continue
                        mark_n += 1
                        kind = rnd.choice(kinds.get(subject, ["answer", "classwork", "homework", "practical"]))
                        value = max(1 if rnd.random() < 0.01 else 2, min(5, round(rnd.gauss(ability[sid], 0.9))))
                        delay = 0
                        if kind in written:
                            delay = rnd.choice([0, 1, 2, 3, 3, 4, 5, 8, 9])
                        elif rnd.random() < 0.04:
                            delay = rnd.randint(1, 3)
                        at = stamp(day + dt.timedelta(days=delay), rnd.randint(360, 780))
                        marks_w.writerow([f"N{mark_n:08d}", lid, sid, value, kind, at, who])
                        acc = sums.setdefault((sid, subject, half), [0, 0])
                        acc[0] += value
                        acc[1] += 1

    # Period grades of half 1 (it has ended), entered on its last days.
    grades_w = table("grades", ["student_id", "subject", "year", "period", "value", "entered_at", "entered_by"])
    if today > HALVES[0][2]:
        for grade, name in classes:
            for group, subject, teacher, members, _ in lessons_of[name]:
                for sid in members:
                    total, count = sums.get((sid, subject, 1), [0, 0])
                    if subject == "fk" and rnd.random() < 0.02:
                        value = "осв"
                    elif count < 3:
                        value = "н/а"
                    else:
                        value = str(max(2, min(5, int(total / count + 0.5))))
                    grades_w.writerow([sid, subject, YEAR, "1", value, "2026-12-25 15:00", teacher])

    # Log-ins: students and parents on some days, staff on most.
    visits_w = table("visits", ["user_id", "at"])
    users = [(s, 0.25) for name in roster for s, _ in roster[name]] + [(p, 0.15) for p in parents] + [(t, 0.8) for t in all_teachers]
    day = dt.date(2026, 9, 1)
    while day <= today:
        for user, chance in users:
            if rnd.random() < chance * (0.4 if day.weekday() >= 5 else 1):
                visits_w.writerow([user, stamp(day, rnd.randint(-60, 900))])
        day += dt.timedelta(days=1)

    # Corrections: a few marks whose value was changed with the director's approval.
    corrections_w = table("corrections", ["mark_id", "old_value", "new_value", "requested_by", "approved_by", "at", "reason"])
    files["marks"].close()
    marks = list(csv.reader(open(os.path.join(args.folder, "marks.csv"), encoding="utf-8")))[1:]
    for row in rnd.sample(marks, min(60, len(marks))):
        value = int(row[3])
        old = value - 1 if value > 1 else value + 1
        at = (dt.datetime.strptime(row[5], "%Y-%m-%d %H:%M") + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
        corrections_w.writerow([row[0], old, value, row[6], director, at, "ошибка при выставлении"])

    for f in files.values():
        if not f.closed:
            f.close()


if __name__ == "__main__":
    main()
