#!/usr/bin/env python3
"""Summarises a Stryker.NET JSON report: score per file and overall, and every surviving or uncovered mutant.

Usage: scripts/mutation-summary.py artifacts/mutation-runtime/reports/mutation-report.json [--all]
Score = killed (timeouts included) / (killed + survived + no coverage), as docs/mutation-testing.md defines it.
"""
import json
import sys

COUNTED = {"Killed", "Timeout", "Survived", "NoCoverage"}


def main(path, show_all):
    report = json.load(open(path, encoding="utf-8"))
    total = {"killed": 0, "survived": 0, "nocov": 0}
    rows, open_mutants = [], []
    for name, f in sorted(report["files"].items()):
        lines = f["source"].split("\n")
        k = s = n = 0
        for m in f["mutants"]:
            status = m["status"]
            if status not in COUNTED:
                continue
            if status in ("Killed", "Timeout"):
                k += 1
                continue
            if status == "Survived":
                s += 1
            else:
                n += 1
            line = m["location"]["start"]["line"]
            open_mutants.append((short(name), line, status, m["mutatorName"], m.get("replacement", ""), lines[line - 1].strip()))
        if k + s + n:
            rows.append((short(name), k, s, n))
        total["killed"] += k
        total["survived"] += s
        total["nocov"] += n
    print("| file | killed | survived | no coverage | score |\n|---|---|---|---|---|")
    for name, k, s, n in rows:
        print(f"| `{name}` | {k} | {s} | {n} | {score(k, s, n)} |")
    k, s, n = total["killed"], total["survived"], total["nocov"]
    print(f"| **all** | {k} | {s} | {n} | **{score(k, s, n)}** |")
    if show_all:
        print()
        for name, line, status, mutator, replacement, source in open_mutants:
            print(f"{name}:{line} {status} [{mutator}] {replacement!r}  <<  {source[:140]}")


def short(name):
    i = name.find("/src/")
    return name[i + 1:] if i >= 0 else name


def score(k, s, n):
    return f"{100.0 * k / (k + s + n):.2f} %" if k + s + n else "-"


if __name__ == "__main__":
    main(sys.argv[1], "--all" in sys.argv[2:])
