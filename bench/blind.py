"""Accuracy on the blind evaluation set (tests/blind/), against the keyword baseline on the same text.

    python bench/blind.py [--set blind|blind2|blind3|blind4|blind5|blind6|blind7] [--split test|dev|all] [--details] [--json OUT] [--code DIR]

The documents under tests/blind/w*/ were written and labelled by writers who never saw lawcheck's
code (tests/blind/README.md). Labels are frozen: tests/blind/FROZEN.sha256 holds their hashes and
this script refuses to score a set whose files no longer match. Tune on ``--split dev`` only;
``--split test`` is reported once per release in bench/RESULTS.md.

``--set`` picks the round: ``blind`` (tests/blind/, round 1, frozen for release 0.2; its test half has
since been read, so it now serves for tuning) or ``blind2`` (tests/blind2/, round 2, new writers and a
new brief, frozen before any run; reported once, then spent) or ``blind3`` (tests/blind3/, round 3, six more
writers; reported once, then spent) or ``blind4`` (tests/blind4/, round 4; reported once, then spent) or ``blind5``
(tests/blind5/, round 5, eight writers; reported once, then spent) or ``blind6`` (tests/blind6/, round 6, eight more
writers; reported once, then spent) or ``blind7`` (tests/blind7/, round 7, eight writers asked for the everyday mix an
auditor receives; its test half is the newest one).

``--code DIR`` scores another checkout's ``lawcheck`` (e.g. the previous release) on the same files.
The baseline reads the text that lawcheck extracted, so the comparison is about judgement, not
reading: keyword anywhere → pass, else fail; dates not read (timing always pass).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLIND = os.path.join(ROOT, "tests", "blind")
PROBLEM = ("warn", "fail")
CONTENT_RULES = ("content.measures", "content.shortcomings", "content.first_responsibility",
                 "content.next_year", "content.other", "decision.catalog", "counsel.legal_adviser")
# The naive reader (the same as bench/evaluate.py): one keyword per rule, anywhere in the text.
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


def sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def verify_frozen() -> None:
    """Every file listed in FROZEN.sha256 still has its hash (labels and documents)."""
    frozen = os.path.join(BLIND, "FROZEN.sha256")
    with open(frozen, encoding="utf-8") as fh:
        for line in fh:
            digest, rel = line.rstrip("\n").split("  ", 1)
            if sha256(os.path.join(BLIND, rel)) != digest:
                raise SystemExit(f"{os.path.relpath(BLIND, ROOT)}/{rel} changed after freezing; log the edit in its CHANGES.md "
                                 "and re-freeze with bench/blind.py --freeze")


def freeze() -> None:
    rels = []
    for w in sorted(os.listdir(BLIND)):
        d = os.path.join(BLIND, w)
        if not (os.path.isdir(d) and re.match(r"w\d+$", w)):
            continue
        for f in sorted(os.listdir(d)):
            if f == "labels.yaml" or re.match(r"t\d+", f):
                rels.append(f"{w}/{f}")
    rels.append("SPLIT.txt")
    with open(os.path.join(BLIND, "FROZEN.sha256"), "w", encoding="utf-8") as fh:
        for rel in rels:
            fh.write(f"{sha256(os.path.join(BLIND, rel))}  {rel}\n")


def make_split() -> None:
    """Dev/test halves, stratified by writer: sort each writer's files by the hash of their name, alternate."""
    lines = []
    for w in sorted(x for x in os.listdir(BLIND) if re.match(r"w\d+$", x)):
        for i, e in enumerate(sorted(load_labels(w), key=lambda e: hashlib.sha256(e["file"].encode()).hexdigest())):
            lines.append(f"{'dev' if i % 2 == 0 else 'test'}  {w}/{e['file']}")
    with open(os.path.join(BLIND, "SPLIT.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(lines, key=lambda s: s.split()[1])) + "\n")


def load_labels(writer: str) -> list[dict]:
    import yaml

    with open(os.path.join(BLIND, writer, "labels.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def entries(split: str) -> list[tuple[str, dict]]:
    with open(os.path.join(BLIND, "SPLIT.txt"), encoding="utf-8") as fh:
        halves = dict(reversed(line.split()) for line in fh if line.strip())
    out = []
    for w in sorted(x for x in os.listdir(BLIND) if re.match(r"w\d+$", x)):
        for e in load_labels(w):
            rel = f"{w}/{e['file']}"
            if split == "all" or halves.get(rel) == split:
                out.append((rel, e))
    return out


def baseline(rule: str, text: str) -> str:
    from lawcheck.normalize import to_simplified

    if rule.startswith("timing."):
        return "pass"
    kw = BASELINE_KEYWORDS.get(rule)
    return "pass" if kw and re.search(kw, to_simplified(text)) else "fail"


def _date(v) -> str | None:
    return v.isoformat() if isinstance(v, dt.date) else (str(v) if v else None)


def _issuer_key(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", "", s)
    return re.sub(r"人民政府$", "", s) or s


def _title_key(s: str) -> str:
    from lawcheck.normalize import to_simplified  # labels of traditional-script files are simplified or not

    s = re.sub(r"\s+", "", to_simplified(s or ""))
    s = re.sub(r"^(第[一二三四五六七八九十]+(部分|章)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])", "", s)
    return s.rstrip("。：:；;，,.")


def _same_title(a: str, b: str) -> bool:
    a, b = _title_key(a), _title_key(b)
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def score(split: str) -> dict:
    import lawcheck
    from lawcheck.rulebook import load_rulebook

    book = load_rulebook()
    rows = []  # dicts: file, format, writer, rule, expected, got, base, exp_cov, got_cov
    meta_rows = []  # file, format, field, expected, got
    outline_rows = []  # file, format, top_ok, n2_ok
    for rel, e in entries(split):
        path = os.path.join(BLIND, rel)
        fmt = e.get("format") or os.path.splitext(rel)[1].lstrip(".")
        writer = rel.split("/")[0]
        try:
            result = lawcheck.check(path, rules=book)
        except Exception as exc:  # a reading failure scores every label as wrong
            result = None
            err = f"{type(exc).__name__}: {exc}"
        findings = {f.rule: f for f in result.findings} if result else {}
        text = result.document.text if result else ""
        for rule, expected in e["expected"].items():
            f = findings.get(rule)
            rows.append({"file": rel, "format": fmt, "writer": writer, "rule": rule, "expected": expected,
                         "got": f.verdict if f else ("error" if result is None else None),
                         "base": baseline(rule, text) if result else "fail",
                         "exp_cov": (e.get("coverage") or {}).get(rule),
                         "got_cov": f.coverage if f else None})
        md = result.document.metadata if result else None
        for key, expected in (e.get("metadata") or {}).items():
            got = getattr(md, key, None) if md else "error"
            if key in ("signed_date", "published_date"):
                expected, got = _date(expected), _date(got)
            elif key == "issuer":
                expected, got = _issuer_key(expected), _issuer_key(got)
            elif key == "document_type":
                got = None if got == "error" else ("annual_report" if got == "annual_report" else "not_annual_report")
            meta_rows.append({"file": rel, "format": fmt, "field": key, "expected": expected, "got": got})
        ol = e.get("outline") or {}
        if ol and result:
            tops = [s.title for s in result.document.sections]
            want = ol.get("top") or []
            top_ok = len(tops) == len(want) and all(_same_title(a, b) for a, b in zip(tops, want))
            n2 = sum(len(s.children) for s in result.document.sections)
            outline_rows.append({"file": rel, "format": fmt, "top_ok": top_ok, "n2_ok": n2 == ol.get("n_level2"),
                                 "tops": tops, "want": want, "n2": n2, "want_n2": ol.get("n_level2")})
        elif ol:
            outline_rows.append({"file": rel, "format": fmt, "top_ok": False, "n2_ok": False, "error": err})
    return {"rows": rows, "meta": meta_rows, "outline": outline_rows}


def _acc(pairs) -> float | None:
    pairs = list(pairs)
    return sum(1 for a, b in pairs if a == b) / len(pairs) if pairs else None


def _pr_fail(pairs) -> tuple[float | None, float | None]:
    """Precision and recall of 'fail' (a missed gap and a false alarm cost differently)."""
    tp = sum(1 for e, g in pairs if e == "fail" and g == "fail")
    fp = sum(1 for e, g in pairs if e != "fail" and g == "fail")
    fn = sum(1 for e, g in pairs if e == "fail" and g != "fail")
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def summarize(res: dict) -> dict:
    rows = res["rows"]
    by = defaultdict(list)
    for r in rows:
        by[("rule", r["rule"])].append(r)
        by[("format", r["format"])].append(r)
        by[("writer", r["writer"])].append(r)
    table = {}
    for (kind, key), rs in sorted(by.items()):
        lc = [(r["expected"], r["got"]) for r in rs]
        bl = [(r["expected"], r["base"]) for r in rs]
        table[f"{kind}:{key}"] = {"n": len(rs), "lawcheck": _acc(lc), "baseline": _acc(bl),
                                  "fail_pr": _pr_fail(lc), "base_fail_pr": _pr_fail(bl)}
    cov = [(r["exp_cov"], r["got_cov"]) for r in rows if r["exp_cov"] and r["rule"] in CONTENT_RULES]
    meta, meta_by_format = {}, {}
    for key in sorted({m["field"] for m in res["meta"]}):
        meta[key] = _acc((m["expected"], m["got"]) for m in res["meta"] if m["field"] == key)
        for fmt in sorted({m["format"] for m in res["meta"]}):
            meta_by_format.setdefault(fmt, {})[key] = _acc(
                (m["expected"], m["got"]) for m in res["meta"] if m["field"] == key and m["format"] == fmt)
    ol = res["outline"]
    return {
        "n_files": len({r["file"] for r in rows}),
        "overall": {"n": len(rows), "lawcheck": _acc((r["expected"], r["got"]) for r in rows),
                    "baseline": _acc((r["expected"], r["base"]) for r in rows)},
        "coverage": {"n": len(cov), "lawcheck": _acc(cov)},
        "table": table,
        "metadata": meta,
        "metadata_by_format": meta_by_format,
        "outline": {"n": len(ol), "top": _acc((True, o["top_ok"]) for o in ol),
                    "n_level2": _acc((True, o["n2_ok"]) for o in ol)},
    }


def _f(x) -> str:
    return "—" if x is None else f"{x:.2f}"


def report(s: dict) -> str:
    o = s["overall"]
    lines = [f"Files: {s['n_files']}; verdicts: {o['n']}; lawcheck **{o['lawcheck']:.3f}**, "
             f"keyword baseline {o['baseline']:.3f}; coverage {_f(s['coverage']['lawcheck'])} (n={s['coverage']['n']})",
             "", "| subset | n | lawcheck | baseline | fail P | fail R | base fail P | base fail R |",
             "|---|---|---|---|---|---|---|---|"]
    for key, t in s["table"].items():
        (p, r), (bp, br) = t["fail_pr"], t["base_fail_pr"]
        lines.append(f"| {key} | {t['n']} | {_f(t['lawcheck'])} | {_f(t['baseline'])} | {_f(p)} | {_f(r)} | "
                     f"{_f(bp)} | {_f(br)} |")
    lines.append("")
    lines.append("Metadata accuracy: " + ", ".join(f"{k} {_f(v)}" for k, v in s["metadata"].items()))
    for fmt, accs in s["metadata_by_format"].items():
        lines.append(f"  {fmt}: " + ", ".join(f"{k} {_f(v)}" for k, v in accs.items()))
    ol = s["outline"]
    lines.append("")
    lines.append(f"Outline (n={ol['n']}): top-level headings {_f(ol['top'])}, number of level-2 headings {_f(ol['n_level2'])}")
    return "\n".join(lines)


def side_by_side(before: dict, after: dict) -> str:
    """Markdown: before, after and the baseline for every subset of two ``--json`` summaries."""
    f = lambda x: "—" if x is None else f"{x:.2f}"  # noqa: E731
    pr = lambda t: "—" if not t or t[0] is None else f"{f(t[0])} / {f(t[1])}"  # noqa: E731
    out = [f"Files {after['n_files']}, verdicts {after['overall']['n']}: before **{before['overall']['lawcheck']:.3f}**, "
           f"after **{after['overall']['lawcheck']:.3f}**, keyword baseline {after['overall']['baseline']:.3f}; "
           f"coverage {before['coverage']['lawcheck']:.3f} → {after['coverage']['lawcheck']:.3f}.", "",
           "| subset | n | before | after | baseline | fail P / R after |", "|---|---|---|---|---|---|"]
    for key, row in after["table"].items():
        out.append(f"| {key} | {row['n']} | {f(before['table'].get(key, {}).get('lawcheck'))} | {f(row['lawcheck'])} "
                   f"| {f(row['baseline'])} | {pr(row.get('fail_pr'))} |")
    out += ["", "| metadata | before | after |", "|---|---|---|"]
    out += [f"| {k} | {f(before['metadata'].get(k))} | {f(v)} |" for k, v in after["metadata"].items()]
    out.append(f"| outline: top-level titles | {f(before['outline']['top'])} | {f(after['outline']['top'])} |")
    out.append(f"| outline: number of level-2 headings | {f(before['outline']['n_level2'])} | {f(after['outline']['n_level2'])} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"), default="blind", help="which round of blind documents")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    ap.add_argument("--json", help="write the summary as JSON to this file")
    ap.add_argument("--code", help="score the lawcheck package of another checkout")
    ap.add_argument("--freeze", action="store_true", help="write SPLIT.txt and FROZEN.sha256 (once, before any run)")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE.json", "AFTER.json"),
                    help="print two --json summaries side by side (Markdown) and exit")
    args = ap.parse_args()
    if args.compare:
        with open(args.compare[0], encoding="utf-8") as fb, open(args.compare[1], encoding="utf-8") as fa:
            print(side_by_side(json.load(fb), json.load(fa)))
        return 0
    global BLIND
    BLIND = os.path.join(ROOT, "tests", args.set)
    sys.path.insert(0, os.path.abspath(args.code) if args.code else ROOT)
    if args.freeze:
        make_split()
        freeze()
        return 0
    verify_frozen()
    res = score(args.split)
    s = summarize(res)
    print(report(s))
    if args.details:
        print("\nDisagreements (file, rule, expected, lawcheck, baseline, coverage expected/got):")
        for r in res["rows"]:
            if r["expected"] != r["got"] or (r["exp_cov"] and r["rule"] in CONTENT_RULES and r["exp_cov"] != r["got_cov"]):
                print("  ", r["file"], r["rule"], r["expected"], r["got"], r["base"], r["exp_cov"], r["got_cov"])
        for m in res["meta"]:
            if m["expected"] != m["got"]:
                print("   metadata", m["file"], m["field"], m["expected"], m["got"])
        for o in res["outline"]:
            if not (o["top_ok"] and o["n2_ok"]):
                print("   outline", o["file"], o.get("tops"), "want", o.get("want"), o.get("n2"), "want", o.get("want_n2"),
                      o.get("error", ""))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(s, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
