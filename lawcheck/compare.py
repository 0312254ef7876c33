"""Compare many reports: coverage matrix, year-over-year changes, near-duplicates,
evidence density and timeliness, as pandas DataFrames (for notebooks and the CLI).

Near-duplicate detection (照搬照抄) scales without all-pairs loops: each report
becomes a set of character shingles over its normalized text (simplified,
punctuation and spaces dropped, every number replaced by 0 so a copy with the
figures changed still matches); MinHash signatures and LSH banding propose
candidate pairs; only candidates are scored with exact Jaccard similarity and
aligned to find the longest shared passages.
"""
from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .errors import InputError
from .normalize import normalize, to_simplified
from .read import expand_paths  # noqa: F401  (re-exported for notebooks)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .batch import Batch

    from .check import CheckResult

SHINGLE = 8  # characters; short enough to survive edits, long enough to skip stock phrases
NUM_PERM = 128
BANDS, ROWS = 32, 4  # LSH: candidate when any 4-row band agrees; ~50 % chance at Jaccard 0.45
# Pairs at or above this Jaccard similarity of 8-character shingles are flagged.
# Measured on the bundled corpus: copied pairs 0.64–0.87, honest pairs at most 0.08.
DEFAULT_THRESHOLD = 0.5
_MERSENNE = (1 << 61) - 1
_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_DIGITS = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万]+(?=[件次项个人场起宗%])")


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

def fingerprint_text(text: str) -> str:
    """Simplified, numbers folded to 0, punctuation and spaces dropped."""
    s = to_simplified(text)
    s = _DIGITS.sub("0", s)
    return _DROP.sub("", s)


def shingles(text: str, k: int = SHINGLE):
    """Hashes of the k-character shingles of the fingerprint text (a numpy uint64 array)."""
    import numpy as np

    s = fingerprint_text(text)
    if len(s) < k:
        return np.zeros(0, dtype=np.uint64)
    grams = {s[i:i + k] for i in range(len(s) - k + 1)}
    # crc32 is stable across processes (Python's hash() is salted per run).
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))


def _permutations(num_perm: int = NUM_PERM):
    import numpy as np

    rng = np.random.default_rng(20240127)  # fixed: signatures must be comparable across runs
    # Large multipliers matter: with a*x + b < p the hash would be monotone in x and
    # every signature would just pick the smallest shingle hash.
    a = rng.integers(1, _MERSENNE, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, _MERSENNE, size=num_perm, dtype=np.uint64)
    return a, b


def minhash(hashes, perms) -> "object":
    import numpy as np

    a, b = perms
    if hashes.size == 0:
        return np.full(a.shape, np.iinfo(np.uint64).max, dtype=np.uint64)
    # One hash (a*x + b) mod p per permutation, as datasketch computes it: the product
    # wraps modulo 2**64 first, which keeps it well mixed. The minimum is the signature.
    return ((np.outer(a, hashes) + b[:, None]) % np.uint64(_MERSENNE)).min(axis=1)


def candidate_pairs(signatures, bands: int = BANDS, rows: int = ROWS) -> set[tuple[int, int]]:
    """LSH banding: documents sharing any band of their signature become candidates."""
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[int]] = {}
        lo, hi = band * rows, (band + 1) * rows
        for i, sig in enumerate(signatures):
            buckets.setdefault(sig[lo:hi].tobytes(), []).append(i)
        for ids in buckets.values():
            if 1 < len(ids) <= 500:  # a huge bucket is boilerplate (e.g. empty texts), not a copy
                for x in range(len(ids)):
                    for y in range(x + 1, len(ids)):
                        pairs.add((ids[x], ids[y]))
    return pairs


def jaccard(h1, h2) -> float:
    import numpy as np

    if h1.size == 0 or h2.size == 0:
        return 0.0
    inter = np.intersect1d(h1, h2, assume_unique=True).size
    return inter / (h1.size + h2.size - inter)


@dataclass
class Passage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    quote_a: str
    quote_b: str


def shared_passages(text_a: str, text_b: str, top: int = 3, min_len: int = 20) -> list[Passage]:
    """The longest passages two texts share, quoted verbatim from each."""
    from difflib import SequenceMatcher

    na, nb = normalize(text_a), normalize(text_b)
    sm = SequenceMatcher(None, na.text, nb.text, autojunk=False)
    blocks = sorted((m for m in sm.get_matching_blocks() if m.size >= min_len), key=lambda m: -m.size)[:top]
    out = []
    for m in blocks:
        a0, a1 = na.orig_span(m.a, m.a + m.size)
        b0, b1 = nb.orig_span(m.b, m.b + m.size)
        out.append(Passage(a0, a1, b0, b1, text_a[a0:a1], text_b[b0:b1]))
    return out


def near_duplicates(results: list["CheckResult"], threshold: float = DEFAULT_THRESHOLD,
                    passages: bool = True) -> "pd.DataFrame":
    """Pairs of reports whose shingle Jaccard similarity is at least ``threshold``."""
    import numpy as np
    import pandas as pd

    names = unique_labels(results)
    texts = [r.document.text for r in results]
    hashes = [np.sort(shingles(t)) for t in texts]
    perms = _permutations()
    sigs = [minhash(h, perms) for h in hashes]
    rows = []
    for i, j in sorted(candidate_pairs(sigs)):
        sim = jaccard(hashes[i], hashes[j])
        if sim < threshold:
            continue
        a, b = sorted((results[i], results[j]), key=_sort_key)
        row = {"a": a.document.file, "b": b.document.file, "a_report": names[id(a)], "b_report": names[id(b)],
               "similarity": round(sim, 3), "same_issuer": a.document.metadata.issuer == b.document.metadata.issuer
               and a.document.metadata.issuer is not None}
        if passages:
            ps = shared_passages(a.document.text, b.document.text)
            row["longest_shared"] = max((p.a_end - p.a_start for p in ps), default=0)
            row["passages"] = ps
        rows.append(row)
    cols = ["a", "b", "a_report", "b_report", "similarity", "same_issuer"] + (["longest_shared", "passages"] if passages else [])
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["similarity", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


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
    return {"reports": reports, "similar_pairs": similar,
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
    pairs = near_duplicates(batch.results, threshold)
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
    return "\n".join(lines)
