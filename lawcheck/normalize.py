"""A normalized copy of the text for matching, with a map back to the original.

Matching runs on simplified characters with half-width ASCII punctuation, so one
pattern serves ``（一）`` and ``(一)``, 繁體 and 简体. Quotes and offsets always
come from the original text: ``NormText.orig_span`` maps a match back.
"""
from __future__ import annotations

import functools
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


def to_simplified(s: str) -> str:
    """Normalize a short string (a title, a pattern subject) without offsets."""
    s = _PINYIN_ARTEFACT.sub("", s)
    return s.translate(_table())


@dataclass(frozen=True)
class NormText:
    text: str  # normalized
    _index: tuple[int, ...] | None  # normalized offset -> original offset; None = identity
    orig_len: int

    def orig(self, i: int) -> int:
        if self._index is None:
            return i
        if i >= len(self._index):
            return self.orig_len
        return self._index[i]

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span -> normalized span (the inverse of ``orig_span``)."""
        if self._index is None:
            return start, end
        import bisect

        return bisect.bisect_left(self._index, start), bisect.bisect_left(self._index, end)

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
    translated = text.translate(_table())
    if not removed:
        return NormText(translated, None, len(text))
    keep = [True] * len(text)
    for m in removed:
        for i in range(m.start(), m.end()):
            keep[i] = False
    index = tuple(i for i, k in enumerate(keep) if k)
    return NormText("".join(translated[i] for i in index), index, len(text))
