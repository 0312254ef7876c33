"""Speed: CLI start-up, per-report check time, near-duplicate detection at scale.

    python bench/speed.py [--docs 1000 5000]

Prints medians of repeated runs; single-threaded. Record results in bench/RESULTS.md
with the machine they came from. Not a test: timings on shared VMs move by ±30 %.
"""
from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def wall(cmd: list[str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, nargs="*", default=[1000, 5000])
    args = ap.parse_args()
    py = sys.executable
    print(f"python -m lawcheck --version: {wall([py, '-m', 'lawcheck', '--version']):.3f} s (median of 5)")
    print(f"python -m lawcheck check (sample, text): {wall([py, '-m', 'lawcheck', 'check']):.3f} s")

    import lawcheck
    from lawcheck.checker import check_document
    from lawcheck.rulebook import load_rulebook

    book = load_rulebook()
    files = sorted(glob.glob(os.path.join(ROOT, "corpus", "**", "*.*"), recursive=True))
    files = [f for f in files if f.endswith((".txt", ".docx", ".html")) and "/tools/" not in f]
    by_fmt: dict[str, list[float]] = {}
    for _ in range(3):
        for f in files:
            t = time.perf_counter()
            check_document(lawcheck.outline(f), book)
            by_fmt.setdefault(os.path.splitext(f)[1], []).append(time.perf_counter() - t)
    for ext, ts in sorted(by_fmt.items()):
        print(f"outline+check per report {ext}: median {1000 * statistics.median(ts):.1f} ms (n={len(ts)})")

    import numpy as np

    from lawcheck import compare

    texts = [lawcheck.outline(f).text for f in files]
    rng = np.random.default_rng(1)
    for n in args.docs:
        # n reports: corpus texts with sentences shuffled and figures changed, so few pairs are similar.
        docs = []
        for i in range(n):
            sents = texts[i % len(texts)].split("。")
            rng.shuffle(sents)
            docs.append("。".join(s.replace("2", str(i % 10)) for s in sents[: max(5, len(sents) // 2)]))
        t = time.perf_counter()
        hashes = [np.sort(compare.shingles(d)) for d in docs]
        t_sh = time.perf_counter() - t
        perms = compare._permutations()
        t = time.perf_counter()
        sigs = [compare.minhash(h, perms) for h in hashes]
        t_mh = time.perf_counter() - t
        t = time.perf_counter()
        cands = compare.candidate_pairs(sigs)
        t_lsh = time.perf_counter() - t
        t = time.perf_counter()
        flagged = sum(1 for i, j in cands if compare.jaccard(hashes[i], hashes[j]) >= compare.DEFAULT_THRESHOLD)
        t_ver = time.perf_counter() - t
        total = n * (n - 1) // 2
        print(f"near-duplicates, {n} reports: shingles {t_sh:.2f} s, minhash {t_mh:.2f} s, LSH {t_lsh:.2f} s, "
              f"verify {t_ver:.2f} s; {len(cands)} candidates of {total} pairs, {flagged} flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
