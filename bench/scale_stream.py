"""Scale (#13, parts 1-2): memory of a streamed batch, and the cost of a re-run with the result cache.

    python bench/scale_stream.py [--quick] [--keep DIR]

``run(tmpdir, quick=False)`` returns the figures as dicts (figure, value, reference, target,
ok); ``bench/scale.py`` calls it. Each measurement runs ``lawcheck check`` in a fresh
interpreter on generated small .txt reports (``make_reports``), so the numbers are those of the
command line: peak RSS of the parent (``ru_maxrss`` of the process) and of the largest worker
(``ru_maxrss`` of its children), and wall-clock time.

- Streaming: ``--format jsonl -o`` on N and 10 × N reports (N = 2,000; 200 with ``quick``),
  target: peak RSS at 10 × N ≤ 1.2 × peak RSS at N (the largest process of the run).
- Cache: the same N reports checked with ``--cache`` into a new file, then again unchanged,
  in jsonl and in json; target: the second run ≤ 0.1 × the first (wall-clock).

Not a test: timings on shared machines move by ±30 %. Record results in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_SECTIONS = [
    ("一、{y}年推进法治政府建设的主要举措和成效",
     ["（一）深入学习贯彻习近平法治思想。局党组召开会议{a}次专题研究法治建设工作，开展集中学法{b}次。",
      "（二）依法全面履行职能。修订权责清单{a}项，办理行政许可{b}件，全部在法定时限内办结。",
      "（三）严格规范公正文明执法。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，审核案件{a}件。",
      "（四）推进重大行政决策科学化。编制并公布{y}年度重大行政决策事项目录，{a}项决策履行法定程序。"]),
    ("二、{y}年推进法治政府建设存在的不足和原因",
     ["一是执法人员法律素养有待提高，{a}名执法人员尚未参加专门培训。原因是培训计划安排不够。",
      "二是普法宣传针对性不强，形式较为单一。"]),
    ("三、党政主要负责人履行推进法治建设第一责任人职责情况",
     ["主要负责人认真履行第一责任人职责，亲自部署、亲自过问法治建设工作，全年主持召开专题会议{a}次，带头述法。"]),
    ("四、{n}年推进法治政府建设的主要安排",
     ["（一）持续深化法治学习，计划开展集中学法{b}次。", "（二）健全执法监督机制，开展案卷评查{a}次。"]),
]


def make_reports(folder: str, n: int, seed: int = 13) -> list[str]:
    """``n`` small .txt reports (about 1 KB each, all different; about one in five lacks a required part)."""
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for k in range(n):
        y = 2020 + k % 5
        county = f"示例{k:05d}县"
        lines = [f"{county}司法局{y}年法治政府建设年度报告", ""]
        skip = rng.randrange(len(_SECTIONS)) if rng.random() < 0.2 else None
        for s, (head, paras) in enumerate(_SECTIONS):
            if s == skip:
                continue
            lines.append(head.format(y=y, n=y + 1))
            for p in paras:
                lines.append(p.format(a=rng.randint(2, 60), b=rng.randint(100, 9000), y=y))
        lines += ["", f"{county}司法局", f"{y + 1}年2月{rng.randint(1, 28)}日"]
        path = os.path.join(folder, f"{k // 1000:03d}", f"{county}-{y}.txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        paths.append(path)
    return paths


_PROBE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from lawcheck.cli import main
t = time.perf_counter()
code = main({argv!r})
wall = time.perf_counter() - t
ru = resource.getrusage
print(json.dumps({{"code": code, "wall": wall, "self_kb": ru(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kb": ru(resource.RUSAGE_CHILDREN).ru_maxrss}}), file=sys.stderr)
"""


# Linux keeps a process's peak RSS across exec, so a probe started straight from a big process (bench/scale.py holds
# 10,000 reports) would report that process's size. The probe is started from this small launcher instead.
_LAUNCH = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-c", sys.argv[1]])
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def measure(argv: list[str]) -> dict:
    """``lawcheck argv`` in a fresh interpreter: exit code, seconds, peak RSS (KB) of parent and workers."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("LAWCHECK_DEBUG", None)
    p = subprocess.run([sys.executable, "-c", _LAUNCH, _PROBE.format(root=ROOT, argv=argv)], capture_output=True,
                       text=True, cwd=ROOT, env=env)
    last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
    try:
        res = json.loads(last)
    except ValueError:
        raise RuntimeError(f"lawcheck failed: {p.stderr[-2000:]}") from None
    res["peak_kb"] = max(res["self_kb"], res["children_kb"])
    return res


def _figure(figure: str, value, reference, target: str, ok: bool | None) -> dict:
    return {"figure": figure, "value": value, "reference": reference, "target": target, "ok": ok}


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)


def run(tmpdir: str, quick: bool = False) -> list[dict]:
    """The figures of parts 1 and 2 of #13, measured under ``tmpdir`` (left for the caller to remove)."""
    small = 200 if quick else 2000
    jobs = "2"
    out: list[dict] = []

    # 1. Streaming: peak RSS at N and 10 x N reports, jsonl to a file.
    few, many = os.path.join(tmpdir, "few"), os.path.join(tmpdir, "many")
    make_reports(few, small)
    make_reports(many, 10 * small)
    a = measure(["check", few, "--format", "jsonl", "-o", os.path.join(tmpdir, "few.jsonl"), "-q", "-j", jobs])
    b = measure(["check", many, "--format", "jsonl", "-o", os.path.join(tmpdir, "many.jsonl"), "-q", "-j", jobs])
    with open(os.path.join(tmpdir, "many.jsonl"), encoding="utf-8") as fh:
        lines = sum(1 for _ in fh)
    n1, n2 = f"{small:,}", f"{10 * small:,}"
    out.append(_figure(f"jsonl {n1} reports: peak RSS, parent (MB)", _mb(a["self_kb"]), None, "", None))
    out.append(_figure(f"jsonl {n2} reports: peak RSS, parent (MB)", _mb(b["self_kb"]), _mb(a["self_kb"]), "", None))
    out.append(_figure(f"jsonl {n1} reports: peak RSS, largest worker (MB)", _mb(a["children_kb"]), None, "", None))
    out.append(_figure(f"jsonl {n2} reports: peak RSS, largest worker (MB)", _mb(b["children_kb"]),
                       _mb(a["children_kb"]), "", None))
    ratio = b["peak_kb"] / a["peak_kb"]
    out.append(_figure(f"peak RSS ratio {n2} / {n1} reports (jsonl, largest process)", round(ratio, 3), 1.0,
                       "<= 1.2", ratio <= 1.2))
    ratio = b["self_kb"] / a["self_kb"]
    out.append(_figure(f"peak RSS ratio {n2} / {n1} reports (jsonl, parent)", round(ratio, 3), 1.0, "<= 1.2",
                       ratio <= 1.2))
    out.append(_figure(f"jsonl {n2} reports: lines written (reports + summary)", lines, 10 * small + 1,
                       "== reports + 1", lines == 10 * small + 1))
    out.append(_figure(f"jsonl {n2} reports: seconds", round(b["wall"], 1), round(a["wall"], 1), "", None))

    # 2. Cache: the same reports again, unchanged (jsonl, the streamed format; and json, pretty-printed).
    for fmt in ("jsonl", "json"):
        db = os.path.join(tmpdir, f"results-{fmt}.sqlite")
        cold_out, warm_out = os.path.join(tmpdir, f"cold.{fmt}"), os.path.join(tmpdir, f"warm.{fmt}")
        cold = measure(["check", few, "--format", fmt, "-o", cold_out, "-q", "-j", jobs, "--cache", db])
        warm = measure(["check", few, "--format", fmt, "-o", warm_out, "-q", "-j", jobs, "--cache", db])
        with open(cold_out, "rb") as f1, open(warm_out, "rb") as f2:
            same = f1.read() == f2.read()
        out.append(_figure(f"cache {fmt}, {n1} reports: first run (s)", round(cold["wall"], 2), None, "", None))
        out.append(_figure(f"cache {fmt}, {n1} reports: unchanged re-run (s)", round(warm["wall"], 2), None, "", None))
        ratio = warm["wall"] / cold["wall"]
        out.append(_figure(f"cache {fmt}: re-run / first run (time)", round(ratio, 3), 1.0, "<= 0.1", ratio <= 0.1))
        out.append(_figure(f"cache {fmt}: re-run output identical to first run", same, True, "== True", same))
        out.append(_figure(f"cache {fmt}: file size (MB)", round(os.path.getsize(db) / 1e6, 1), None, "", None))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 / 2,000 reports instead of 2,000 / 20,000")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    args = ap.parse_args()
    t = time.perf_counter()
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        rows = run(args.keep, args.quick)
    else:
        with tempfile.TemporaryDirectory(prefix="lawcheck-scale-") as tmp:
            rows = run(tmp, args.quick)
    for r in rows:
        mark = "" if r["ok"] is None else ("  ok" if r["ok"] else "  NOT MET")
        ref = "" if r["reference"] is None else f"  (reference {r['reference']})"
        print(f"{r['figure']}: {r['value']}{ref}  {r['target']}{mark}")
    print(f"({time.perf_counter() - t:.0f} s)")
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
