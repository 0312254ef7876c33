"""Near-duplicate detection at scale: worker processes give the same signatures and pairs as one
process, and LSH buckets over the cap are split or sampled and counted, never silently dropped.
All texts are generated reports (bench/scale_corpus.py), not mocks."""
from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest

from lawcheck import compare, neardup

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import scale_corpus  # noqa: E402


@pytest.fixture(scope="module")
def generated():
    return scale_corpus.generate(300, seed=5, planted=0.1)


@pytest.fixture(scope="module")
def template_family():
    """One generated report and 80 edits of it (a few sentences each): one large LSH family."""
    import random

    rng = random.Random(3)
    texts, _ = scale_corpus.generate(12, seed=9, planted=0)
    pool = scale_corpus.sentence_pool()
    base = texts[0].split("\n")
    out = []
    for _ in range(80):
        lines = list(base)
        k = rng.randrange(2, len(lines) - 3)
        lines[k] = lines[k][: len(lines[k]) // 2] + rng.choice(pool) + lines[k][len(lines[k]) // 2:]
        out.append("\n".join(lines))
    return out + texts[1:]


def test_parallel_signatures_equal_serial(generated):
    texts, _ = generated
    one, two = neardup.sign(texts, 1), neardup.sign(texts, 2)
    assert one.signatures.dtype == np.uint64 and one.signatures.shape == (len(texts), neardup.NUM_PERM)
    assert np.array_equal(one.signatures, two.signatures)
    assert all(np.array_equal(a, b) for a, b in zip(one.hashes, two.hashes))
    # The same values the per-text functions give (what compare computed before the split).
    perms = compare._permutations()
    for i in (0, 7, len(texts) - 1):
        h = np.sort(compare.shingles(texts[i]))
        assert np.array_equal(h, one.hashes[i].astype(np.uint64))
        assert np.array_equal(compare.minhash(h, perms), one.signatures[i])


def test_parallel_pairs_and_passages_equal_serial(generated):
    texts, planted = generated
    one, two = neardup.find_similar(texts, jobs=1), neardup.find_similar(texts, jobs=2)
    assert one == two
    found = {(i, j) for i, j, _ in one.pairs}
    assert len(found & planted) >= 0.6 * len(planted)  # most planted copies clear the threshold
    pairs = sorted(found)[:6]
    assert neardup.passages_of(texts, pairs, 1) == neardup.passages_of(texts, pairs, 2)


def test_jaccard_matches_set_arithmetic(generated):
    texts, _ = generated
    hs = [np.sort(neardup.shingles(t)) for t in texts[:6]]
    for a in hs:
        for b in hs:
            sa, sb = set(a.tolist()), set(b.tolist())
            assert neardup.jaccard(a, b) == pytest.approx(len(sa & sb) / len(sa | sb))


def test_large_buckets_are_split_and_counted(template_family):
    sigs = neardup.sign(template_family).signatures
    full = neardup.lsh_candidates(sigs, cap=10_000)
    capped = neardup.lsh_candidates(sigs, cap=20)
    assert full.large_buckets == 0 and full.skipped_pairs == 0
    assert capped.large_buckets > 0 and capped.skipped_pairs > 0
    assert capped.pairs <= full.pairs
    assert len(full.pairs - capped.pairs) <= capped.skipped_pairs  # an upper bound on what is left out
    # Every edited copy still meets some other copy (splitting keeps the family connected enough to report).
    seen = {i for p in capped.pairs for i in p if i < 80}
    assert seen == set(range(80))


def test_identical_signatures_over_the_cap_are_sampled(generated):
    texts, _ = generated
    same = [texts[0]] * 60 + texts[1:40]
    cands = neardup.lsh_candidates(neardup.sign(same).signatures, cap=10)
    copies = [p for p in cands.pairs if p[0] < 60 and p[1] < 60]
    assert cands.large_buckets == neardup.BANDS  # the one family, in every band
    assert 60 <= len(copies) <= 10 * 9 // 2 * neardup.BANDS  # bounded, yet every copy is paired
    assert {i for p in copies for i in p} == set(range(60))
    assert cands.skipped_pairs >= neardup.BANDS * 60 * 59 // 2 - neardup.BANDS * len(copies)


def test_texts_without_shingles_never_fill_a_bucket(generated):
    texts, _ = generated
    many = ["一。"] * 600 + texts[:50]  # 600 texts too short for one shingle: the old 500 cap dropped them silently
    cands = neardup.lsh_candidates(neardup.sign(many).signatures)
    assert cands.large_buckets == 0
    assert all(i >= 600 and j >= 600 for i, j in cands.pairs)


def test_compare_reports_split_buckets_in_json_and_text(tmp_path, template_family):
    from lawcheck.batch import Batch  # noqa: F401  (the type check_many returns)

    for i, t in enumerate(template_family[:30]):
        (tmp_path / f"r{i:03d}.txt").write_text(t, encoding="utf-8")
    batch = compare.check_many([str(tmp_path)])
    pairs = compare.near_duplicates(batch.results, bucket_cap=8)
    search = pairs.attrs["near_duplicates"]
    assert search["large_buckets"] > 0 and search["skipped_pairs"] > 0
    out = compare.to_json(batch, pairs)
    assert out["near_duplicates"]["large_buckets"] == search["large_buckets"]
    json.dumps(out, ensure_ascii=False)
    text = compare._text(batch, pairs, compare.DEFAULT_THRESHOLD)
    assert f"注意：{search['large_buckets']} 个相似分桶超过 8 份报告" in text
    plain = compare.near_duplicates(batch.results, passages=False)
    assert plain.attrs["near_duplicates"]["large_buckets"] == 0
    assert "相似分桶" not in compare._text(batch, plain.assign(passages=[[]] * len(plain)), 0.5)


def test_minhash_takes_the_remainder_exactly_without_a_division():
    """The folded remainder (lo + hi, then at most one subtraction of p) equals ``% p`` everywhere, including the
    values just above p and the top of uint64, and over more shingles than one block."""
    p = np.uint64(neardup._MERSENNE)
    one = (np.array([1], dtype=np.uint64), np.array([0], dtype=np.uint64))
    for values, expected in ([p + np.uint64(3), np.uint64(5)], 3), ([p - np.uint64(1)], int(p) - 1), \
            ([p, np.uint64(2**64 - 1)], 0), ([np.uint64(2**64 - 1)], (2**64 - 1) % int(p)):
        assert int(neardup.minhash(np.array(values, dtype=np.uint64), one)[0]) == expected
    perms = neardup._permutations()
    a, b = perms
    rng = np.random.default_rng(7)
    for size in (1, 7, neardup._BLOCK, neardup._BLOCK + 1, 3 * neardup._BLOCK + 5):
        h = rng.integers(0, 2**32, size=size, dtype=np.uint64)
        plain = ((np.outer(a, h) + b[:, None]) % p).min(axis=1)
        assert np.array_equal(neardup.minhash(h, perms), plain)
