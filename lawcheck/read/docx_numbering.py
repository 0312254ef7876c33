"""Word list numbering (numbering.xml) rendered as the reader sees it: "一、", "（二）", "3."

Counters run in document order per abstract list; a list instance with a
``startOverride`` restarts. Hostile values (a level above 8, a non-numeric
ilvl or start, ``%0`` in a level text) are ignored, never fatal.
"""
from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def int_attr(value, default: int | None = None) -> int | None:
    """A non-negative integer attribute; hostile or odd values fall back to ``default``."""
    if value is None:
        return default
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else default


_CN_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _fmt(n: int, fmt: str) -> str:
    """A counter in a Word number format (unknown formats as decimal)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
               "ideographDigital", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Renders Word list numbers ("%1、") in document order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> {ilvl: restart value}
        self.restarted: set[tuple[str, int]] = set()
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstracts = {}
        for a in root.iter(_W + "abstractNum"):
            lvls = {}
            for lvl in a.iter(_W + "lvl"):
                il = int_attr(lvl.get(_W + "ilvl"), None)
                if il is None or il > 8:
                    continue  # a level Word cannot show; ignore it rather than fail
                fmt = lvl.find(_W + "numFmt")
                txt = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                lvls[il] = (
                    (fmt.get(_W + "val") or "decimal") if fmt is not None else "decimal",
                    (txt.get(_W + "val") or "") if txt is not None else "%1.",
                    min(int_attr(start.get(_W + "val"), 1) if start is not None else 1, 10_000),
                )
            abstracts[a.get(_W + "abstractNumId")] = lvls
        for num in root.iter(_W + "num"):
            aid = num.find(_W + "abstractNumId")
            if aid is not None and aid.get(_W + "val") in abstracts:
                nid = num.get(_W + "numId")
                self.abstract_of[nid] = aid.get(_W + "val")
                self.levels[nid] = abstracts[aid.get(_W + "val")]
                # A list instance that restarts its numbering ("（一）" again under each 一、).
                for ov in num.iter(_W + "lvlOverride"):
                    il, so = int_attr(ov.get(_W + "ilvl")), ov.find(_W + "startOverride")
                    if il is not None and il <= 8 and so is not None:
                        self.overrides.setdefault(nid, {})[il] = min(int_attr(so.get(_W + "val"), 1), 10_000)

    def render(self, num) -> str | None:
        num_id, ilvl = num
        if num_id not in self.levels or num_id == "0":
            return None
        lvls = self.levels[num_id]
        if ilvl not in lvls:
            return None
        key = self.abstract_of[num_id]
        counts = self.counters.setdefault(key, [0] * 9)
        restart = self.overrides.get(num_id, {}).get(ilvl)
        if restart is not None and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counts[ilvl] = 0
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else (restart or lvls[ilvl][2])
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = lvls[ilvl]
        if fmt in ("bullet", "none"):
            return None

        def sub(m):
            i = int(m.group(1)) - 1
            if i not in lvls:
                return ""  # a level the list does not define (or %0): Word shows nothing
            return _fmt(counts[i] or lvls[i][2], lvls[i][0])

        return re.sub(r"%(\d)", sub, text) or None
