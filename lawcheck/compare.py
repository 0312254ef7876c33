"""Compare many reports: coverage matrix, year-over-year changes, near-duplicates,
evidence density and timeliness, as pandas DataFrames (for notebooks and the CLI).

Near-duplicate detection (shingles, MinHash, LSH, exact verification) lives in
``neardup.py``; its names stay importable from here.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Iterable

from .errors import InputError
# Near-duplicate names re-exported: notebooks, tests and bench/speed.py use them as ``compare.X``.
from .neardup import (BANDS, BUCKET_CAP, DEFAULT_THRESHOLD, NUM_PERM, ROWS, SHINGLE, Passage,  # noqa: F401
                      _permutations, candidate_pairs, fingerprint_text, jaccard, lsh_candidates, minhash,
                      shared_passages, shingles)
from .normalize import to_simplified
from .read import expand_paths  # noqa: F401  (re-exported for notebooks)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .batch import Batch

    from .check import CheckResult

# -- loading --------------------------------------------------------------------------

def check_many(paths: Iterable[str], rules=None, jobs: int = 1, budget=None) -> "Batch":
    """Check every report under ``paths``; a bad file is recorded and the rest go on.
    ``budget`` (a ``batch.Budget``) bounds each file's time and memory (see batch.py)."""
    from .batch import check_paths

    return check_paths(paths, rules, jobs, budget)


def label(result: "CheckResult") -> str:
    """A short row name: issuer and year, else the file name."""
    md = result.document.metadata
    if md.issuer and md.year:
        return f"{md.issuer} {md.year}"
    return os.path.basename(result.document.file)


# -- tables ---------------------------------------------------------------------------

def reports_table(results: list["CheckResult"]) -> "pd.DataFrame":
    import pandas as pd

    names = unique_labels(results)
    rows = []
    for r in results:
        md = r.document.metadata
        rows.append({"report": names[id(r)], "file": r.document.file, "issuer": md.issuer, "issuer_type": md.issuer_type,
                     "level": md.level, "region": md.region, "year": md.year, "format": r.document.format,
                     "signed_date": md.signed_date, "published_date": md.published_date,
                     "document_type": md.document_type,
                     "mandatory_missing": sum(1 for f in r.findings if f.severity == "mandatory" and f.verdict == "fail"),
                     "warnings": sum(1 for f in r.findings if f.verdict == "warn")})
    return pd.DataFrame(rows).sort_values(["issuer", "year", "file"], na_position="last").reset_index(drop=True)


def unique_labels(results: list["CheckResult"]) -> dict[int, str]:
    """Row names by result id; two files of one issuer and year keep apart by file name."""
    counts: dict[str, int] = {}
    for r in results:
        counts[label(r)] = counts.get(label(r), 0) + 1
    return {id(r): label(r) if counts[label(r)] == 1 else f"{label(r)}（{os.path.basename(r.document.file)}）"
            for r in results}


def coverage_matrix(results: list["CheckResult"], value: str = "verdict", rules: list[str] | None = None) -> "pd.DataFrame":
    """Reports × rules -> verdict (or ``value="coverage"``), rows sorted by issuer and year."""
    import pandas as pd

    names = unique_labels(results)
    data = {}
    for r in results:
        data[names[id(r)]] = {f.rule: getattr(f, value) for f in r.findings if rules is None or f.rule in rules}
    order = [names[id(r)] for r in sorted(results, key=_sort_key)]
    cols = rules or list(dict.fromkeys(f.rule for r in results for f in r.findings))
    return pd.DataFrame.from_dict(data, orient="index").reindex(index=order, columns=cols)


def _sort_key(r: "CheckResult"):
    md = r.document.metadata
    return (md.issuer or "\uffff", md.year or 0, r.document.file)


_GAIN = {("fail", "pass"), ("warn", "pass"), ("fail", "warn")}


def consecutive_years(results: list["CheckResult"]):
    """(issuer, previous, current) for each issuer's reports in year order.

    With several files for one issuer and year, each is compared with the latest
    earlier year, never with its same-year twin.
    """
    by_issuer: dict[str, list] = {}
    for r in results:
        md = r.document.metadata
        if md.issuer and md.year:
            by_issuer.setdefault(md.issuer, []).append(r)
    for issuer, rs in sorted(by_issuer.items()):
        rs.sort(key=_sort_key)
        for cur in rs:
            earlier = [p for p in rs if p.document.metadata.year < cur.document.metadata.year]
            if earlier:
                latest = max(p.document.metadata.year for p in earlier)
                prev = next(p for p in earlier if p.document.metadata.year == latest)
                yield issuer, prev, cur


def year_over_year(results: list["CheckResult"]) -> "pd.DataFrame":
    """For each issuer, each rule whose verdict changed between consecutive years."""
    import pandas as pd

    rows = []
    for issuer, prev, cur in consecutive_years(results):
        before = prev.verdicts
        for f in cur.findings:
            old = before.get(f.rule)
            if old is None or old == f.verdict or "skip" in (old, f.verdict):
                continue
            change = "gained" if (old, f.verdict) in _GAIN else "lost"
            rows.append({"issuer": issuer, "from_year": prev.document.metadata.year,
                         "to_year": cur.document.metadata.year, "rule": f.rule, "title": f.title,
                         "severity": f.severity, "before": old, "after": f.verdict, "change": change})
    cols = ["issuer", "from_year", "to_year", "rule", "title", "severity", "before", "after", "change"]
    return pd.DataFrame(rows, columns=cols)


_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%|百分之")
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:件|次|场次|人次|起|宗|项|个|场|期|条|份|人)")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def evidence_density(results: list["CheckResult"]) -> "pd.DataFrame":
    """Figures, percentages and counts per 1,000 characters of body text (运用事例少)."""
    import pandas as pd

    names = unique_labels(results)
    rows = []
    for r in results:
        doc = r.document
        body = "".join(doc.text[p.start:p.end] for p in doc.paragraphs if p.role in ("preamble", "heading", "body"))
        body = to_simplified(body)
        body = re.sub(r"\d{4}\s*年", "年", body)  # years are dates, not evidence
        n = len(_HAN.findall(body)) or 1
        rows.append({"report": names[id(r)], "characters": n,
                     "figures_per_1k": round(1000 * len(_FIGURE.findall(body)) / n, 2),
                     "percentages_per_1k": round(1000 * len(_PERCENT.findall(body)) / n, 2),
                     "counts_per_1k": round(1000 * len(_COUNT.findall(body)) / n, 2)})
    return pd.DataFrame(rows).sort_values("report").reset_index(drop=True)


def timeliness(results: list["CheckResult"]) -> "pd.DataFrame":
    import pandas as pd

    names = unique_labels(results)
    rows = []
    for r in results:
        md = r.document.metadata
        rep, pub = r.finding("timing.report_deadline"), r.finding("timing.publication_deadline")
        rows.append({"report": names[id(r)], "year": md.year, "signed_date": md.signed_date,
                     "report_deadline": rep.verdict if rep else None, "published_date": md.published_date,
                     "publication_deadline": pub.verdict if pub else None,
                     "note": "；".join(f.message for f in (rep, pub) if f and f.verdict == "fail")})
    return pd.DataFrame(rows).sort_values("report").reset_index(drop=True)


# -- near-duplicates ------------------------------------------------------------------

def near_duplicates(results: list["CheckResult"], threshold: float = DEFAULT_THRESHOLD,
                    passages: bool = True, jobs: int = 1, bucket_cap: int = BUCKET_CAP) -> "pd.DataFrame":
    """Pairs of reports whose shingle Jaccard similarity is at least ``threshold``.

    ``jobs`` worker processes share shingling, MinHash and passage alignment
    (the same rows as with one). ``df.attrs["near_duplicates"]`` says how the search
    went: candidates verified, LSH buckets over the cap and pairs they left out.
    """
    import pandas as pd

    from .batch import worker_count
    from .neardup import find_similar, passages_of

    names = unique_labels(results)
    texts = [r.document.text for r in results]
    jobs = worker_count(jobs, max(1, len(texts)))  # as for checking: 0 = every core, never more than cores
    found = find_similar(texts, threshold, jobs, bucket_cap)
    rank = {id(r): k for k, r in enumerate(sorted(results, key=_sort_key))}
    ordered = [(i, j) if rank[id(results[i])] <= rank[id(results[j])] else (j, i) for i, j, _ in found.pairs]
    quoted = passages_of(texts, ordered, jobs) if passages else [None] * len(ordered)
    rows = []
    for (ai, bi), (_, _, sim), ps in zip(ordered, found.pairs, quoted):
        a, b = results[ai], results[bi]
        row = {"a": a.document.file, "b": b.document.file, "a_report": names[id(a)], "b_report": names[id(b)],
               "similarity": round(sim, 3), "same_issuer": a.document.metadata.issuer == b.document.metadata.issuer
               and a.document.metadata.issuer is not None}
        if passages:
            row["longest_shared"] = max((p.a_end - p.a_start for p in ps), default=0)
            row["passages"] = ps
        rows.append(row)
    cols = ["a", "b", "a_report", "b_report", "similarity", "same_issuer"] + (["longest_shared", "passages"] if passages else [])
    df = pd.DataFrame(rows, columns=cols)
    df = df.sort_values(["similarity", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)
    df.attrs["near_duplicates"] = {"candidates": found.candidates, "large_buckets": found.large_buckets,
                                   "skipped_pairs": found.skipped_pairs, "bucket_cap": bucket_cap}
    return df


def similarity_matrix(results: list["CheckResult"], labels: list[str] | None = None) -> "pd.DataFrame":
    """Shingle Jaccard similarity of every pair, for heatmaps of a few hundred reports.

    Intersections come from one sparse matrix product (documents × shingles), not
    a Python loop over pairs; for thousands of reports use ``near_duplicates``.
    """
    import numpy as np
    import pandas as pd
    from scipy import sparse

    names = labels if labels is not None else [unique_labels(results)[id(r)] for r in results]
    hashes = [np.sort(shingles(r.document.text)) for r in results]
    vocab, cols = np.unique(np.concatenate(hashes) if hashes else np.zeros(0, np.uint64), return_inverse=True)
    rows = np.repeat(np.arange(len(hashes)), [h.size for h in hashes])
    x = sparse.csr_matrix((np.ones(len(cols), dtype=np.int32), (rows, cols)), shape=(len(hashes), len(vocab)))
    inter = (x @ x.T).toarray().astype(float)
    sizes = np.array([h.size for h in hashes], dtype=float)
    union = sizes[:, None] + sizes[None, :] - inter
    sim = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    np.fill_diagonal(sim, 1.0)
    return pd.DataFrame(sim.round(3), index=names, columns=names)


def previous_year_similarity(results: list["CheckResult"]) -> "pd.DataFrame":
    """Each report's similarity to the same issuer's previous-year report (no threshold)."""
    import numpy as np
    import pandas as pd

    rows = []
    for issuer, prev, cur in consecutive_years(results):
        sim = jaccard(np.sort(shingles(prev.document.text)), np.sort(shingles(cur.document.text)))
        rows.append({"issuer": issuer, "year": cur.document.metadata.year,
                     "previous_year": prev.document.metadata.year, "similarity": round(sim, 3)})
    return pd.DataFrame(rows, columns=["issuer", "year", "previous_year", "similarity"])


# -- CLI ------------------------------------------------------------------------------

def to_json(batch: "Batch", pairs: "pd.DataFrame") -> dict:
    reports = []
    for r in sorted(batch.results, key=_sort_key):
        md = r.document.metadata
        reports.append({"file": r.document.file, "issuer": md.issuer, "year": md.year, "level": md.level,
                        "issuer_type": md.issuer_type, "document_type": md.document_type,
                        "verdicts": r.verdicts})
    similar = []
    for row in pairs.itertuples(index=False):
        item = {"a": row.a, "b": row.b, "similarity": row.similarity, "same_issuer": bool(row.same_issuer)}
        if "passages" in pairs.columns:
            item["passages"] = [{"a_start": p.a_start, "a_end": p.a_end, "b_start": p.b_start, "b_end": p.b_end,
                                 "quote": p.quote_a} for p in row.passages]
        similar.append(item)
    search = pairs.attrs.get("near_duplicates", {})
    return {"reports": reports, "similar_pairs": similar,
            "near_duplicates": {"candidates": search.get("candidates", 0),
                                "large_buckets": search.get("large_buckets", 0),
                                "skipped_pairs": search.get("skipped_pairs", 0),
                                "bucket_cap": search.get("bucket_cap", BUCKET_CAP)},
            "errors": [{"file": e.path, "reason": e.reason, "hint": e.hint} for e in batch.errors]}


def run_cli(args, write_output, book) -> int:
    import json
    import sys

    from .errors import UsageError

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    if not 0 < threshold <= 1:
        raise UsageError("--threshold 应在 0 到 1 之间")
    if args.format == "xlsx" and not args.output:
        raise UsageError("xlsx 格式需要用 -o 指定输出文件，例如 -o 比对结果.xlsx")
    from .batch import Budget

    batch = check_many(args.paths, book, args.jobs, Budget.from_env())
    for e in batch.errors:
        print(f"lawcheck: {e.line()}", file=sys.stderr)
    if not batch.results:  # nothing readable: the errors above are the whole answer
        return 2
    pairs = near_duplicates(batch.results, threshold, jobs=args.jobs)
    if args.format == "json":
        write_output(args.output, json.dumps(to_json(batch, pairs), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_output(args.output, _matrix_with_meta(batch.results).to_csv(index=False))
    elif args.format == "xlsx":
        from .render.workbook import workbook_bytes

        write_output(args.output, workbook_bytes(**workbook_tables(batch.results, pairs)))
    else:
        write_output(args.output, _text(batch, pairs, threshold))
    return 2 if batch.errors else 0


def workbook_tables(results: list["CheckResult"], pairs: "pd.DataFrame") -> dict:
    """The tables of ``compare --format xlsx``, for ``render.workbook.workbook_bytes`` (which never imports compare)."""
    return {"reports": reports_table(results), "matrix": coverage_matrix(results), "changes": year_over_year(results),
            "pairs": pairs, "density": evidence_density(results), "timeliness": timeliness(results),
            "titles": {f.rule: f.title for r in results for f in r.findings}}


def _matrix_with_meta(results) -> "pd.DataFrame":
    meta = reports_table(results)[["report", "file", "issuer", "level", "year"]]
    m = coverage_matrix(results)
    return meta.merge(m, left_on="report", right_index=True)


def _text(batch: "Batch", pairs: "pd.DataFrame", threshold: float) -> str:
    from .render import VERDICT_MARK

    results = sorted(batch.results, key=_sort_key)
    names = unique_labels(results)
    key = ["doc.type", "content.measures", "content.shortcomings", "content.first_responsibility",
           "content.next_year", "content.other", "timing.report_deadline", "timing.publication_deadline"]
    short = ["类型", "举措", "不足", "一把手", "下年", "其他", "报送", "公开"]
    lines = [f"共 {len(results)} 份报告" + (f"，{len(batch.errors)} 个文件无法读取" if batch.errors else ""), "",
             "覆盖情况（✓通过 !提示 ✗缺失 -跳过）：", "  " + " ".join(short) + "  报告"]
    for r in results:
        v = r.verdicts
        marks = " ".join(f"{VERDICT_MARK.get(v.get(k), '?'):^{len(s) * 2 - 1}}" for k, s in zip(key, short))
        lines.append(f"  {marks}  {names[id(r)]}")
    lines.append("")
    if pairs.empty:
        lines.append(f"未发现雷同报告（相似度阈值 {threshold}）。")
    else:
        lines.append(f"疑似雷同（照搬照抄）的报告（相似度 ≥ {threshold}）：")
        for row in pairs.itertuples(index=False):
            kind = "与本单位上年报告雷同" if row.same_issuer else "与其他单位报告雷同"
            lines.append(f"  {row.similarity:.2f}  {row.a_report} ↔ {row.b_report}（{kind}）")
            for p in row.passages[:1]:
                q = p.quote_a.replace("\n", " ")
                q = q if len(q) <= 60 else q[:60] + "……"
                lines.append(f"        最长相同段落（{p.a_end - p.a_start} 字）：“{q}”")
    search = pairs.attrs.get("near_duplicates", {})
    if search.get("large_buckets"):
        # Never silent: a bucket over the cap was split and sampled, so some pairs went unverified.
        lines.append(f"注意：{search['large_buckets']} 个相似分桶超过 {search['bucket_cap']} 份报告（多为模板化文字），"
                     f"已拆分并抽样核对，其中至多 {search['skipped_pairs']:,} 对报告未逐对比较。")
    return "\n".join(lines)
