"""Accuracy of lawcheck on the hand-labelled evaluation set, against a keyword baseline.

    python bench/evaluate.py [--labels tests/eval/labels.yaml] [--details]

For each labelled rule it prints verdict accuracy and, treating "the report has a
problem here" (warn or fail) as the positive class, precision and recall, for
lawcheck and for a naive baseline: keyword anywhere in the text -> pass, else
fail; dates are not read (timing always pass). Metadata (issuer, year, dates,
document type) is scored too. Results are recorded in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

# The naive reader: one keyword per rule, anywhere in the text.
BASELINE_KEYWORDS = {
    "doc.type": "法治政府建设",
    "content.measures": "举措|成效",
    "content.shortcomings": "不足",
    "content.first_responsibility": "第一责任人",
    "content.next_year": "下一年度|下一步",
    "content.other": "其他需要报告",
    "decision.catalog": "重大行政决策事项目录",
    "counsel.legal_adviser": "法律顾问|公职律师",
}
PROBLEM = ("warn", "fail")


def load_labels(path: str) -> list[dict]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def baseline(rule: str, text: str) -> str:
    from lawcheck.normalize import to_simplified

    if rule.startswith("timing."):
        return "pass"
    kw = BASELINE_KEYWORDS.get(rule)
    return "pass" if kw and re.search(kw, to_simplified(text)) else "fail"


def evaluate(labels_path: str) -> dict:
    import lawcheck
    from lawcheck.rulebook import load_rulebook

    book = load_rulebook()
    base_dir = os.path.dirname(os.path.abspath(labels_path))
    rows = []  # (file, rule, expected, lawcheck, baseline)
    meta_rows = []  # (file, field, expected, got)
    for entry in load_labels(labels_path):
        path = os.path.join(base_dir, entry["file"])
        result = lawcheck.check(path, rules=book)
        got = result.verdicts
        for rule, expected in entry["expected"].items():
            rows.append((entry["file"], rule, expected, got.get(rule), baseline(rule, result.document.text)))
        md = result.document.metadata
        for key, expected in (entry.get("metadata") or {}).items():
            if isinstance(expected, (dt.date,)):
                expected = expected.isoformat()
            meta_rows.append((entry["file"], key, expected, getattr(md, key)))
    return {"rows": rows, "meta": meta_rows}


def _prf(pairs: list[tuple[str, str]]) -> tuple[float, float | None, float | None]:
    acc = sum(1 for e, g in pairs if e == g) / len(pairs)
    tp = sum(1 for e, g in pairs if e in PROBLEM and g in PROBLEM)
    fp = sum(1 for e, g in pairs if e not in PROBLEM and g in PROBLEM)
    fn = sum(1 for e, g in pairs if e in PROBLEM and g not in PROBLEM)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return acc, precision, recall


def summarize(res: dict) -> dict:
    rules = sorted({r[1] for r in res["rows"]}, key=lambda r: [r[1] for r in res["rows"]].index(r))
    per_rule = {}
    for rule in rules:
        rows = [r for r in res["rows"] if r[1] == rule]
        per_rule[rule] = {
            "n": len(rows),
            "lawcheck": _prf([(r[2], r[3]) for r in rows]),
            "baseline": _prf([(r[2], r[4]) for r in rows]),
        }
    all_rows = res["rows"]
    overall = {
        "lawcheck": sum(1 for r in all_rows if r[2] == r[3]) / len(all_rows),
        "baseline": sum(1 for r in all_rows if r[2] == r[4]) / len(all_rows),
        "n": len(all_rows),
    }
    meta = {}
    for key in sorted({m[1] for m in res["meta"]}):
        rows = [m for m in res["meta"] if m[1] == key]
        meta[key] = sum(1 for m in rows if m[2] == m[3]) / len(rows)
    return {"per_rule": per_rule, "overall": overall, "metadata": meta}


def _f(x):
    return "  —  " if x is None else f"{x:.2f}"


def report(summary: dict) -> str:
    lines = ["| rule | n | lawcheck acc | P | R | baseline acc | P | R |", "|---|---|---|---|---|---|---|---|"]
    for rule, s in summary["per_rule"].items():
        a, p, r = s["lawcheck"]
        ba, bp, br = s["baseline"]
        lines.append(f"| {rule} | {s['n']} | {_f(a)} | {_f(p)} | {_f(r)} | {_f(ba)} | {_f(bp)} | {_f(br)} |")
    o = summary["overall"]
    lines.append(f"| **overall** | {o['n']} | **{o['lawcheck']:.3f}** | | | {o['baseline']:.3f} | | |")
    lines.append("")
    lines.append("Metadata accuracy: " + ", ".join(f"{k} {v:.2f}" for k, v in summary["metadata"].items()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=os.path.join(ROOT, "tests", "eval", "labels.yaml"))
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    res = evaluate(args.labels)
    print(report(summarize(res)))
    if args.details:
        print("\nDisagreements (file, rule, expected, lawcheck, baseline):")
        for r in res["rows"]:
            if r[2] != r[3]:
                print("  ", *r)
        for m in res["meta"]:
            if m[2] != m[3]:
                print("   metadata", *m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
