"""Near-duplicate detection (照搬照抄) over many texts, without all-pairs loops.

Each text becomes a set of character shingles over its fingerprint (simplified,
punctuation and spaces dropped, every number replaced by 0 so a copy with the
figures changed still matches); MinHash signatures and LSH banding propose
candidate pairs; only candidates are scored with exact Jaccard similarity and
aligned to find the longest shared passages.

Shingling, MinHash and alignment run on ``jobs`` worker processes over chunks
of texts or pairs; the results are the same as with one process (chunks come
back in order, and every step is deterministic). LSH banding and the exact
Jaccard check of candidates stay here: together under 1 s for 10,000 texts.
An LSH bucket larger than ``BUCKET_CAP`` (boilerplate shared by hundreds of
reports) is split by further signature rows and sampled; the number of such
buckets and of pairs left out is reported, never silently dropped.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .normalize import normalize, to_simplified

SHINGLE = 8  # characters; short enough to survive edits, long enough to skip stock phrases
NUM_PERM = 128
BANDS, ROWS = 32, 4  # LSH: candidate when any 4-row band agrees; ~50 % chance at Jaccard 0.45
# Pairs at or above this Jaccard similarity of 8-character shingles are flagged.
# Measured on the bundled corpus: copied pairs 0.64–0.87, honest pairs at most 0.08.
DEFAULT_THRESHOLD = 0.5
BUCKET_CAP = 500  # largest LSH bucket whose pairs are all verified (124,750 pairs)
RING = 2  # neighbours each member of an over-cap bucket is verified against, whatever the split
_MERSENNE = (1 << 61) - 1
_EMPTY = (1 << 64) - 1  # the signature value of a text with no shingles
_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_DIGITS = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万]+(?=[件次项个人场起宗%])")


# -- signatures -----------------------------------------------------------------------

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
    out = np.full(a.shape, np.iinfo(np.uint64).max, dtype=np.uint64)
    if hashes.size == 0:
        return out
    # One hash (a*x + b) mod p per permutation, as datasketch computes it: the product
    # wraps modulo 2**64 first, which keeps it well mixed. The minimum is the signature.
    # The remainder by the Mersenne prime p = 2**61 - 1 without a division (numpy's uint64 % is not vectorised):
    # x = hi * 2**61 + lo is lo + hi mod p, and lo + hi < p + 8 needs one more subtraction of p at most.
    # Blocks of columns keep the work in the core's cache: two workers then slow each other down less.
    p, shift = np.uint64(_MERSENNE), np.uint64(61)
    x = hashes.astype(np.uint64, copy=False)
    width = min(_BLOCK, x.size)
    v, t = np.empty((a.size, width), dtype=np.uint64), np.empty((a.size, width), dtype=np.uint64)
    for lo in range(0, x.size, width):
        part = x[lo:lo + width]
        vv, tt = v[:, :part.size], t[:, :part.size]
        np.multiply(a[:, None], part[None, :], out=vv)
        np.add(vv, b[:, None], out=vv)
        np.right_shift(vv, shift, out=tt)
        np.bitwise_and(vv, p, out=vv)
        np.add(vv, tt, out=vv)
        np.subtract(vv, p, out=tt)  # wraps around below p, so the smaller of the two is the remainder
        np.minimum(vv, tt, out=vv)
        np.minimum(out, vv.min(axis=1), out=out)
    return out


_BLOCK = 512  # shingles per block: 128 x 512 x 8 bytes, twice, fit a core's L2 cache


def jaccard(h1, h2) -> float:
    """Exact Jaccard similarity of two sorted arrays of distinct shingle hashes."""
    import numpy as np

    if h1.size == 0 or h2.size == 0:
        return 0.0
    if h1.size > h2.size:
        h1, h2 = h2, h1
    # Both sorted and unique: look the smaller up in the larger (no concatenation and re-sort).
    at = np.searchsorted(h2, h1)
    inter = int(np.count_nonzero(h2[np.minimum(at, h2.size - 1)] == h1))
    return inter / (h1.size + h2.size - inter)


@dataclass
class Signed:
    """Per text: its sorted shingle hashes (uint32: crc32 values) and one MinHash row."""
    hashes: list
    signatures: "object"  # numpy uint64 array, texts × NUM_PERM


def _sign(texts: Sequence[str]) -> tuple:
    """(every text's sorted shingle hashes end to end, where each ends, signatures): three arrays travel back from
    a worker faster than a list of one array per text."""
    import numpy as np

    perms = _permutations()
    hashes = [np.sort(shingles(t)).astype(np.uint32) for t in texts]  # crc32 fits: half the memory
    sigs = np.empty((len(texts), NUM_PERM), dtype=np.uint64)
    for i, h in enumerate(hashes):
        sigs[i] = minhash(h, perms)
    ends = np.cumsum([h.size for h in hashes], dtype=np.int64)
    return (np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint32)), ends, sigs


def sign(texts: Sequence[str], jobs: int = 1) -> Signed:
    """Shingle hashes and MinHash signatures of every text, on ``jobs`` processes (same result)."""
    import numpy as np

    parts = _map(jobs, _sign, [texts[lo:hi] for lo, hi in _chunks(len(texts), jobs)])
    if not parts:
        return Signed([], np.zeros((0, NUM_PERM), dtype=np.uint64))
    hashes = []
    for flat, ends, _ in parts:  # views into each chunk's array, not copies
        hashes += np.split(flat, ends[:-1])
    return Signed(hashes, np.concatenate([sigs for _, _, sigs in parts]))


# -- candidates ------------------------------------------------------------------------

@dataclass
class Candidates:
    pairs: set = field(default_factory=set)  # (i, j) with i < j
    large_buckets: int = 0  # buckets above the cap: split by more signature rows, then sampled
    skipped_pairs: int = 0  # pairs of those buckets not proposed there (an upper bound: other bands may)


def lsh_candidates(signatures, bands: int = BANDS, rows: int = ROWS, cap: int = BUCKET_CAP) -> Candidates:
    """LSH banding: texts sharing any band of their signature become candidates.

    Texts without shingles never pair (their Jaccard similarity is 0). A bucket of
    more than ``cap`` texts is split and sampled (``_split``): at most about
    ``size * (cap / 2 + RING)`` pairs from it, the rest counted in ``skipped_pairs``.
    """
    import numpy as np

    sigs = np.asarray(signatures, dtype=np.uint64).reshape(len(signatures), -1) if len(signatures) else \
        np.zeros((0, bands * rows), dtype=np.uint64)
    out = Candidates()
    live = np.flatnonzero(~(sigs == np.uint64(_EMPTY)).all(axis=1)) if len(sigs) else np.zeros(0, dtype=np.int64)
    for band in range(bands):
        for ids in _groups(sigs, live, band * rows, (band + 1) * rows):
            if len(ids) <= cap:
                _all_pairs(ids, out.pairs)
                continue
            out.large_buckets += 1
            kept = _split(sigs, ids, band, bands, rows, cap, out.pairs)
            out.skipped_pairs += len(ids) * (len(ids) - 1) // 2 - kept
    return out


def candidate_pairs(signatures, bands: int = BANDS, rows: int = ROWS, cap: int = BUCKET_CAP) -> set[tuple[int, int]]:
    """The candidate pairs of ``lsh_candidates`` (for callers that need only them)."""
    return lsh_candidates(signatures, bands, rows, cap).pairs


def _groups(sigs, ids, lo: int, hi: int) -> list:
    """``ids`` grouped by equal ``sigs[:, lo:hi]``, groups of two or more, each in ascending order."""
    import numpy as np

    if len(ids) < 2:
        return []
    keys = np.ascontiguousarray(sigs[ids, lo:hi]).view(np.dtype((np.void, 8 * (hi - lo)))).ravel()
    order = np.argsort(keys, kind="stable")
    ks = keys[order]
    bounds = np.concatenate(([0], np.flatnonzero(ks[1:] != ks[:-1]) + 1, [len(ks)]))
    many = np.diff(bounds) > 1  # most keys are unique: slice out only the groups that pair
    return [ids[order[a:b]] for a, b in zip(bounds[:-1][many].tolist(), bounds[1:][many].tolist())]


def _all_pairs(ids, pairs: set) -> None:
    ids = [int(i) for i in ids]
    for x in range(len(ids)):
        a = ids[x]
        for b in ids[x + 1:]:
            pairs.add((a, b))


def _split(sigs, ids, band: int, bands: int, rows: int, cap: int, pairs: set) -> int:
    """Pairs proposed from a bucket over ``cap``; how many.

    Every member meets ``RING`` others on a fixed random ring (so none goes unchecked), and
    the bucket is split by the later bands' rows into pieces whose pairs are all proposed;
    a piece whose whole signature agrees (near-certain copies) is sampled on a denser ring.
    """
    local: set = set()
    _ring_sample(ids, RING, local)
    pieces = [ids]
    for extra in range(1, bands):
        b = (band + extra) % bands
        nxt = []
        for p in pieces:
            if len(p) <= cap:
                _all_pairs(p, local)
            else:
                nxt.extend(_groups(sigs, p, b * rows, (b + 1) * rows))  # singletons drop: the ring has them
        pieces = nxt
        if not pieces:
            break
    for p in pieces:
        _ring_sample(p, max(RING, cap * (cap - 1) // 2 // len(p)), local)
    pairs |= local
    return len(local)


def _ring_sample(ids, k: int, pairs: set) -> None:
    """Each text paired with its next ``k`` neighbours on a random ring seeded by the members."""
    import numpy as np

    n = len(ids)
    k = min(k, n // 2)
    ring = np.random.default_rng(int(ids[0]) * 1_000_003 + n).permutation(np.asarray(ids))
    for x in range(n):
        for step in range(1, k + 1):
            a, b = int(ring[x]), int(ring[(x + step) % n])
            pairs.add((a, b) if a < b else (b, a))


# -- verification ---------------------------------------------------------------------

@dataclass
class Similar:
    """Pairs at or above the threshold, with how the candidate search went."""
    pairs: list  # (i, j, similarity) with i < j, in (i, j) order
    candidates: int = 0
    large_buckets: int = 0
    skipped_pairs: int = 0


def find_similar(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD, jobs: int = 1,
                 cap: int = BUCKET_CAP, timings: dict | None = None) -> Similar:
    """Pairs of texts whose shingle Jaccard similarity is at least ``threshold``.
    ``timings``, when given, receives the seconds of each step (sign, lsh, verify)."""
    import time

    t0 = time.perf_counter()
    signed = sign(texts, jobs)
    t1 = time.perf_counter()
    cands = lsh_candidates(signed.signatures, cap=cap)
    todo = sorted(cands.pairs)
    t2 = time.perf_counter()
    # Here, not on the workers: ~0.1 ms a pair, and shipping the hashes would cost more.
    hashes = signed.hashes
    found = [(i, j, s) for i, j in todo if (s := jaccard(hashes[i], hashes[j])) >= threshold]
    if timings is not None:
        timings.update(sign=t1 - t0, lsh=t2 - t1, verify=time.perf_counter() - t2)
    return Similar(found, len(todo), cands.large_buckets, cands.skipped_pairs)


def passages_of(texts: Sequence[str], pairs: list[tuple[int, int]], jobs: int = 1) -> list[list["Passage"]]:
    """``shared_passages(texts[a], texts[b])`` for every (a, b), on ``jobs`` processes."""
    parts = _map(jobs, _passages_chunk, [[(texts[a], texts[b]) for a, b in chunk] for chunk in _slices(pairs, jobs, 8)])
    return [ps for part in parts for ps in part]


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


# -- worker processes -----------------------------------------------------------------

def _passages_chunk(task: list[tuple[str, str]]) -> list:
    return [shared_passages(a, b) for a, b in task]


def _chunks(n: int, jobs: int) -> list[tuple[int, int]]:
    """Spans of texts, from 256 down to 16 as fewer remain (a share of what is left each): few chunks to send,
    and small ones at the end, so that no worker sits idle while another finishes a big one."""
    out, lo = [], 0
    while lo < n:
        size = max(16, min(256, -(-(n - lo) // max(1, jobs * 4))))
        out.append((lo, min(n, lo + size)))
        lo += size
    return out


def _slices(items: list, jobs: int, most: int) -> list[list]:
    size = max(1, min(most, -(-len(items) // max(1, jobs * 8))))
    return [items[lo:lo + size] for lo in range(0, len(items), size)]


def _worker_start() -> None:
    """A worker leaves Ctrl-C to the parent, ends on the pool's SIGTERM, and dies with its own parent."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent (Linux)
    except Exception:  # elsewhere the pool's daemon flag and closed pipes end it
        pass


def _map(jobs: int, fn: Callable, tasks: list) -> list:
    """``[fn(t) for t in tasks]``, in order, on ``jobs`` worker processes when there is more than one task.

    Workers start from a fork server (a small process), not by forking this one: after a batch
    check this process holds every report, and forked workers would keep its pages alive while
    it goes on allocating (copy-on-write doubled them: 1.7 GiB for 10,000 reports, 1.1 without).
    Tasks carry their texts instead.
    """
    import multiprocessing as mp

    if jobs <= 1 or len(tasks) <= 1:
        return [fn(t) for t in tasks]
    method = _start_method()
    ctx = mp.get_context(method)
    if method == "forkserver":
        # Not the default ``__main__``: the server would run a script's top level once more.
        ctx.set_forkserver_preload(["lawcheck.neardup", "numpy"])
    with ctx.Pool(min(jobs, len(tasks)), initializer=_worker_start) as pool:
        return pool.map(fn, tasks, chunksize=1)


def _start_method() -> str:
    """forkserver where workers can start that way; else fork (Linux), else spawn.

    A fork-server worker re-imports the main script (``python -m`` modules are skipped, as
    multiprocessing does); a main read from stdin has no file to import, so it forks.
    """
    import multiprocessing as mp
    import os
    import sys

    methods = mp.get_all_start_methods()
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if "forkserver" in methods and (getattr(main, "__spec__", None) is not None or path is None or os.path.isfile(path)):
        return "forkserver"
    return "fork" if "fork" in methods else "spawn"
