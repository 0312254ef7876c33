"""A normalized copy of the text for matching, with a map back to the original.

Matching runs on simplified characters with half-width ASCII punctuation, so one
pattern serves ``（一）`` and ``(一)``, 繁體 and 简体. Quotes and offsets always
come from the original text: ``NormText.orig_span`` maps a match back.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from dataclasses import dataclass

# Pinyin left behind by some converters: 統(tǒng)籌 -> 統籌. Only marked syllables
# (with a tone mark) are removed, so "(1)" or "(一)" are never touched.
_PINYIN_ARTEFACT = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Char -> char translation: traditional -> simplified, full-width -> half-width.

    Only one-to-one mappings are kept so the normalized text stays aligned.
    """
    table: dict[int, str] = {}
    # Full-width ASCII block and the ideographic space.
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "
    try:
        import opencc  # opencc-python-reimplemented ships the character table

        path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                src, _, dst = line.rstrip("\n").partition("\t")
                dst = dst.split(" ")[0]
                if len(src) == 1 and len(dst) == 1 and src != dst:
                    table[ord(src)] = dst
    except (ImportError, OSError):  # pragma: no cover - dependency is declared
        pass
    # Keep 。 and 、: they carry structure (sentence end, list marker).
    table.pop(ord("。"), None)
    table.pop(ord("、"), None)
    return table


LONG = 1_000_000  # characters: a longer string is translated in one vectorised pass (numpy loads in 0.15 s)


def to_simplified(s: str) -> str:
    """Normalize a short string (a title, a pattern subject) without offsets."""
    if len(s) > 64:
        return _translate(_PINYIN_ARTEFACT.sub("", s))  # (zeros fixed there)
    out = _SHORT.get(s)  # titles and lines recur: each is normalized once
    if out is None:
        if len(_SHORT) >= _SHORT_MAX:
            _SHORT.clear()
        out = _SHORT[s] = ocr_zeros(_PINYIN_ARTEFACT.sub("", s).translate(_table()))
    return out


_SHORT: dict[str, str] = {}
# Recurring strings recur within a report or across the few headings every report shares; a worker checks
# thousands of reports, and a larger memo only grows with their unique titles (100,000 entries: ~30 MB).
_SHORT_MAX = 4096


def simplified_spans(text: str, spans) -> list[str]:
    """``[to_simplified(text[a:b]) for a, b in spans]``; without a pinyin artefact in ``text`` (so in none of
    its parts), slices of the text translated once (translation goes character by character)."""
    if _PINYIN_ARTEFACT.search(text):
        return [to_simplified(text[a:b]) for a, b in spans]
    translated = _translate(text)
    return [translated[a:b] for a, b in spans]


def _translate(s: str) -> str:
    """``s.translate(_table())``; a long string through a lookup array (str.translate costs 150 ns a character).

    The table maps single characters to single characters, so a gather over code points is the
    same translation. The last long result is kept (the line-role pass and ``normalize`` both ask
    for the whole text) until ``forget`` is called at the end of the pipeline.
    """
    if len(s) < LONG:
        return ocr_zeros(s.translate(_table()))
    if _LAST and _LAST[0] == s:
        return _LAST[1]
    try:
        import numpy as np

        codes = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        out = _lookup()[codes].tobytes().decode("utf-32-le", "surrogatepass")
    except (ImportError, ValueError, MemoryError, UnicodeError):
        out = s.translate(_table())
    out = ocr_zeros(out)
    _LAST[:] = [s, out]
    return out


# Scanned copies read the digit zero as the letter O ("2O23年", "二O二四年", "1OO%"). Between digits
# a letter O is a zero; the character count stays the same, so offsets do not move.
_O = "OoО"
_OCR_ZERO = re.compile(rf"(?<=[0-9])[{_O}](?=[0-9{_O}年月日%])|(?<=[12])[{_O}](?=[0-9{_O}])")
_OCR_LING = re.compile(rf"(?<=[〇一二三四五六七八九])[{_O}](?=[〇一二三四五六七八九{_O}年])|(?<=二)[{_O}](?=[〇一二三四五六七八九])")


def ocr_zeros(s: str) -> str:
    """The letter O read for a zero, turned back into 0 or 〇 (length unchanged)."""
    if "O" not in s and "o" not in s and "О" not in s:
        return s
    return _OCR_LING.sub("〇", _OCR_ZERO.sub("0", s))


_LAST: list[str] = []  # [the last long string translated, its translation]
forget = _LAST.clear  # drop the kept long translation (tens of megabytes for the longest text)


@functools.lru_cache(maxsize=1)
def _lookup():
    import numpy as np

    lut = np.arange(0x110000, dtype="<u4")
    for cp, ch in _table().items():
        lut[cp] = ord(ch)
    return lut


@dataclass(frozen=True)
class NormText:
    """The normalized text and its map back: kept segments of the original, in order.

    ``_index`` is None when nothing was removed (offsets are the same), else a pair of tuples:
    where each kept segment starts in the normalized text and in the original. Removed spans
    are only pinyin artefacts, so there are a handful of segments whatever the text's length.
    """

    text: str  # normalized
    _index: tuple[tuple[int, ...], tuple[int, ...]] | None  # (normalized starts, original starts); None = identity
    orig_len: int

    def orig(self, i: int) -> int:
        if self._index is None:
            return i
        if i >= len(self.text):
            return self.orig_len
        norm_starts, orig_starts = self._index
        k = bisect.bisect_right(norm_starts, i) - 1
        return orig_starts[k] + (i - norm_starts[k])

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span -> normalized span (the inverse of ``orig_span``)."""
        if self._index is None:
            return start, end
        return self._kept_before(start), self._kept_before(end)

    def _kept_before(self, x: int) -> int:
        """How many kept characters lie before original offset ``x``."""
        norm_starts, orig_starts = self._index
        k = bisect.bisect_right(orig_starts, x) - 1  # orig_starts[0] is 0: k < 0 only for x < 0
        size = (norm_starts[k + 1] if k + 1 < len(norm_starts) else len(self.text)) - norm_starts[k]
        return norm_starts[k] + min(max(x - orig_starts[k], 0), size) if k >= 0 else 0

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if self._index is None:
            return start, end
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


def normalize(text: str) -> NormText:
    """Normalize ``text`` for matching; keep a map back when lengths differ."""
    removed = list(_PINYIN_ARTEFACT.finditer(text))
    translated = _translate(text)
    if not removed:
        return NormText(translated, None, len(text))
    bounds = [0] + [x for m in removed for x in m.span()] + [len(text)]
    kept = list(zip(bounds[::2], bounds[1::2]))  # (start, end) in the original, between removed spans
    norm_starts = tuple(itertools.accumulate((b - a for a, b in kept[:-1]), initial=0))
    return NormText("".join(translated[a:b] for a, b in kept), (norm_starts, tuple(bounds[::2])), len(text))


# -- matching in long texts ---------------------------------------------------------------------
#
# Most rule patterns start with a group or an alternation, which the regex engine cannot skip ahead
# to: it tries every position, 100 ns or more a character (a second a pattern on a 7-million-character
# line). What a pattern's parse tree says makes the same matches cheaper (``_plan``):
# - its anchors: literal strings one of which every match contains ("行政处罚案件" … for
#   ``行政(处罚|强制|检查)(案件|决定|事项)``), found by the engine's fast literal scan;
# - its first characters: a lookahead ``(?=[…])`` in front rejects most positions after one test.

PREFILTER_MIN = 100_000  # texts shorter than this are scanned the plain way
_PLANS: dict = {}
_CAP = 64  # most literal strings an anchor set may have


def finditer(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None, min_len: int = PREFILTER_MIN):
    """``rx.finditer(text, pos, endpos)``, the same matches, faster on a long text (``min_len`` or more).

    When a match is at most ``width`` long, only windows around the anchors' occurrences can hold
    one. A window reaches ``2 * width`` (plus what a lookahead may see) past every anchor in it, so
    each attempt there sees what it would see in the whole text, and no match is cut.
    """
    endpos = len(text) if endpos is None else min(endpos, len(text))
    if endpos - pos < min_len:
        return rx.finditer(text, pos, endpos)
    anchor, reach, fast, _ = _anchor_plan(rx)
    if reach is None:
        if anchor is not None and anchor.search(text, pos, endpos) is None:
            return iter(())  # every match holds an anchor, and there is none
        return fast.finditer(text, pos, endpos)
    return _windows(anchor, reach, fast, text, pos, endpos)


def _windows(anchor: re.Pattern, reach: int, rx: re.Pattern, text: str, pos: int, endpos: int):
    m = anchor.search(text, pos, endpos)
    while m is not None:
        ws, we = max(pos, m.start() - reach), min(endpos, m.end() + 2 * reach)
        while we < endpos:
            # An occurrence starting before ``we - reach`` is inside the window with all its reach.
            m = anchor.search(text, max(m.end(), we - reach), endpos)
            if m is None or m.start() - reach > we:
                break
            we = min(endpos, m.end() + 2 * reach)
        else:
            m = None
        yield from rx.finditer(text, ws, we)


def quick(rx: re.Pattern) -> re.Pattern:
    """``rx`` led by a lookahead of the characters its matches start with (the same matches); else ``rx``."""
    return _anchor_plan(rx)[2]


def anchors(rx: re.Pattern) -> re.Pattern | None:
    """A regex finding literal strings one of which every match of ``rx`` contains; None when unknown."""
    return _anchor_plan(rx)[0]


def first_chars(rx: re.Pattern) -> re.Pattern | None:
    """A one-character class holding the first character of every match of ``rx``; None when unknown."""
    return re.compile(f"[{_anchor_plan(rx)[3]}]", rx.flags) if _anchor_plan(rx)[3] else None


def _anchor_plan(rx: re.Pattern):
    """(anchors regex or None, reach or None (unbounded), ``rx`` with its first-character lookahead, class)."""
    key = (rx.pattern, rx.flags)
    if key not in _PLANS:
        anchor, reach, first, fast = None, None, None, rx
        try:
            anchor, reach, first = _plan(rx) or (None, None, None)
            if first:  # consumes and captures nothing: the same matches
                fast = re.compile(f"(?=[{first}])(?:{rx.pattern})", rx.flags)
        except (_NoAnchor, RecursionError, ValueError, TypeError, re.error):
            first = None
        _PLANS[key] = (anchor, reach, fast, first)
    return _PLANS[key]


class _NoAnchor(Exception):
    pass


def _plan(rx: re.Pattern):
    """(anchors as a regex, reach, first characters as a class) from the parse tree; None parts unknown."""
    from re import _constants as sc, _parser as sp

    bad_flags = re.IGNORECASE | re.LOCALE | re.VERBOSE
    if not isinstance(rx.pattern, str) or rx.flags & bad_flags:
        return None
    tree = sp.parse(rx.pattern, rx.flags)
    lo, hi = tree.getwidth()
    if lo == 0:
        return None
    repeats = (sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", sc.MAX_REPEAT))
    atomic, zero_width = getattr(sc, "ATOMIC_GROUP", None), (sc.AT, sc.ASSERT, sc.ASSERT_NOT)
    categories = {getattr(sc, f"CATEGORY{u}_{name}"): esc for name, esc in (
        ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"),
        ("NOT_WORD", r"\W")) for u in ("", "_UNI")}

    def inner(op, av) -> list:
        """The sub-sequences of a node."""
        return ([av[3]] if op is sc.SUBPATTERN else list(av[1]) if op is sc.BRANCH else [av[2]] if op in repeats
                else [av] if op is atomic else [av[1]] if op in (sc.ASSERT, sc.ASSERT_NOT)
                else [x for x in av[1:] if x is not None] if op is sc.GROUPREF_EXISTS else [])

    look, stack = 0, [tree]
    while stack:  # flags and lookaround widths anywhere in the pattern
        for op, av in stack.pop().data:
            if op is sc.SUBPATTERN and av[1] & bad_flags:
                raise _NoAnchor
            if op in (sc.ASSERT, sc.ASSERT_NOT):
                look = max(look, av[1].getwidth()[1])
            stack += inner(op, av)

    def product(xs: set[str], ys: set[str]) -> set[str] | None:
        out = {x + y for x in xs for y in ys}
        return out if len(out) <= _CAP else None

    def chars(av) -> set[str] | None:
        out = set()
        for o, a in av:
            if o is sc.LITERAL:
                out.add(chr(a))
            elif o is sc.RANGE and a[1] - a[0] < 32:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None
        return out if 0 < len(out) <= 32 else None

    def exact(items) -> set[str] | None:
        """Every string the sequence can match, when there are few."""
        out = {""}
        for op, av in items:
            got = {chr(av)} if op is sc.LITERAL else chars(av) if op is sc.IN else {""} if op in zero_width else None
            if op is sc.SUBPATTERN:
                got = exact(av[3].data)
            elif op is sc.BRANCH:
                got = set()
                for branch in av[1]:
                    one = exact(branch.data)
                    got = got | one if one is not None and got is not None else None
            elif op in repeats and av[1] <= 4:
                body, got, layer = exact(av[2].data), set(), {""}
                for k in range(av[1] + 1):
                    if body is None or layer is None:
                        got = None
                        break
                    got |= layer if k >= av[0] else set()
                    layer = product(layer, body) if k < av[1] else layer
            out = product(out, got) if got is not None and len(got) <= _CAP else None
            if out is None:
                return None
        return out

    def contains(items) -> set[str] | None:
        """Literal strings one of which every match of the sequence contains (the most selective found)."""
        options, run = [], {""}
        for op, av in items:
            got = exact([(op, av)])
            if got is not None:  # a run of exact items is one contiguous string
                joined = product(run, got)
                if joined is None:
                    options.append(run)
                run = joined or got
                continue
            options.append(run)
            run, found = {""}, None
            if op in (sc.SUBPATTERN, atomic) or (op in repeats and av[0] >= 1):
                found = contains(inner(op, av)[0].data)
            elif op is sc.BRANCH:
                found = set()
                for branch in av[1]:
                    one = contains(branch.data)
                    found = found | one if one and found is not None else None
            options.append(found if found and len(found) <= 4 * _CAP else None)
        options = [o for o in options + [run] if o and "" not in o]
        return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)

    def first(items) -> tuple[list[str], bool] | None:
        """Class parts for the first character of a match, and whether the sequence may match nothing."""
        parts: list[str] = []
        for op, av in items:
            if op is sc.LITERAL:
                got = [re.escape(chr(av))], False
            elif op is sc.IN:
                got = [], False
                for o, a in av:
                    if o is sc.LITERAL or o is sc.RANGE:
                        got[0].append(re.escape(chr(a)) if o is sc.LITERAL else
                                      f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                    elif o is sc.CATEGORY and a in categories:
                        got[0].append(categories[a])
                    else:
                        return None
            elif op in (sc.SUBPATTERN, atomic, sc.BRANCH) or op in repeats:
                got = [], op in repeats and av[0] == 0
                for sub in inner(op, av):
                    one = first(sub.data)
                    if one is None:
                        return None
                    got = got[0] + one[0], got[1] or one[1]
            elif op in zero_width:
                got = [], True
            else:
                return None
            parts += got[0]
            if not got[1]:
                return parts, False
        return parts, True

    got = first(tree.data)
    lead = "".join(dict.fromkeys(got[0])) if got and not got[1] and len(got[0]) <= 400 else None
    found = contains(tree.data)
    if not found:
        return None, None, lead
    bounded = hi <= 10_000 and look <= 10_000  # else no window can be sure to hold a whole match
    return re.compile(_trie(found)), 2 * (hi + look) + max(map(len, found)) + 16 if bounded else None, lead


def _trie(anchors: set[str]) -> str:
    """A regex for where any of ``anchors`` occurs, as a trie (an attempt fails within a character or two).

    An anchor containing another one is dropped: where it occurs, so does the shorter one.
    """
    root: dict = {}
    for a in sorted(a for a in anchors if not any(b != a and b in a for b in anchors)):
        node = root
        for ch in a:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)
