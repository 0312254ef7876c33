"""Polarity of a mention: reported as done, declared absent, partly done, or only planned.

NegEx/ConText in miniature for Chinese reports. A keyword ("法律顾问") says a
topic came up, not that the work was done; the words around it decide. Those
words are data, in ``lawcheck/rules/polarity.yaml`` (a trigger table a 法制科
clerk can read and extend), never code:

- the document is scanned once for every trigger, leftmost first and, at one
  position, pseudo-triggers first, so a pseudo-trigger (不断, 未雨绸缪, 没有发生,
  不存在未经…) claims its characters before a real trigger (不, 未, 没有, 不存在) can;
- a trigger governs a mention when it stands on its ``side`` within ``window``
  characters, inside the mention's clause (``reach`` widens this to the head of
  the next clause, or to the whole sentence), with no terminator in between;
- the nearest trigger before a mention wins; after it, the strongest
  (negated > partial > planned); an ``affirm`` word in between ("目录已编制，尚未
  公布") turns a negation into a partial one;
- a ``qualifier`` in the negation's scope ("以案释法的常态化机制还没有建立") says
  the work is done but not in that form: partial too;
- after a ``contrast`` (但, 然而) a negation whose clause names nothing else
  makes the mention partial, and the reading records what is missing;
- a ``topic`` mention ("法律顾问方面，") takes the polarity of the next clause.

Everything here is pure: a table and a text in, readings out.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
import re
from dataclasses import dataclass

from ..errors import UsageError

# Order of the alternation: earlier kinds claim a position first.
KINDS = ("pseudo", "contrast", "terminate", "partial", "planned", "negated", "topic", "affirm", "qualifier")
SIDES = ("before", "after", "both")
REACHES = ("clause", "next_clause", "sentence", "paragraph")
POLARITIES = ("affirmed", "negated", "partial", "planned")
_STRENGTH = {"negated": 3, "partial": 2, "planned": 1}
_STOPS = ("contrast", "terminate")
CLAUSE_BREAKS = ",;。!?\n"
SENTENCE_BREAKS = ";。!?\n"
LEAD = 6  # a trigger this close to the head of the next clause speaks about the mention before it
DEFAULT_WINDOW = 16
DEFAULT_TABLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "polarity.yaml")


@dataclass(frozen=True)
class Trigger:
    phrase: str  # a regular expression on the normalized text
    kind: str
    side: str = "before"
    reach: str = "clause"
    window: int = DEFAULT_WINDOW
    note: str = ""


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    trigger: Trigger

    @property
    def kind(self) -> str:
        return self.trigger.kind


@dataclass(frozen=True)
class Reading:
    polarity: str  # affirmed | negated | partial | planned
    hit: Hit | None = None
    missing: tuple[int, int] | None = None  # partial: the span saying what is not done


class TriggerTable:
    """The triggers in matching order (kind, then file order), each compiled once."""

    def __init__(self, triggers):
        order = {k: i for i, k in enumerate(KINDS)}
        self.triggers = tuple(sorted(triggers, key=lambda t: order[t.kind]))
        self.patterns = tuple(re.compile(t.phrase) for t in self.triggers)
        self._variants: dict[tuple[str, ...], TriggerTable] = {}

    def scan(self, text: str, spans: dict | None = None) -> list[Hit]:
        """Leftmost hits, the earlier trigger winning at one position, none overlapping.

        The same result as one alternation of all phrases, but each phrase runs as its
        own regex, which lets the regex engine skip ahead to its literal characters
        (several times faster than the alternation on a report). ``spans`` keeps each
        phrase's matches in ``text`` for the next table that has the same phrase (a rule's
        own negations make a variant of the table).
        """
        from ..normalize import finditer

        spans = {} if spans is None else spans
        for rx in self.patterns:
            if rx not in spans:
                spans[rx] = [(m.start(), m.end()) for m in finditer(rx, text) if m.end() > m.start()]
        found = sorted((start, i, end) for i, rx in enumerate(self.patterns) for start, end in spans[rx])
        hits, pos = [], 0
        for start, i, end in found:
            if start >= pos:
                hits.append(Hit(start, end, self.triggers[i]))
                pos = end
        return hits

    def extended(self, more) -> "TriggerTable":
        """This table plus ``more``; an entry with the same phrase and kind replaces the old one."""
        more = list(more)
        keys = {(t.phrase, t.kind) for t in more}
        return TriggerTable([t for t in self.triggers if (t.phrase, t.kind) not in keys] + more)

    def with_negations(self, patterns) -> "TriggerTable":
        """A rule's own negation list (``negation: [...]``) in place of the table's negations (built once)."""
        key = tuple(patterns)
        if key not in self._variants:
            kept = [t for t in self.triggers if t.kind != "negated"]
            self._variants[key] = TriggerTable(kept + [Trigger(p, "negated", "both") for p in key])
        return self._variants[key]


# -- loading -------------------------------------------------------------------------------


def parse_triggers(where: str, entries) -> list[Trigger]:
    """Validate ``triggers:`` entries of a YAML file; problems are one-line usage errors."""
    if not isinstance(entries, list):
        raise UsageError(f"{where}: triggers 应是列表")
    out = []
    for i, e in enumerate(entries):
        at = f"{where}: 第 {i + 1} 条触发词"
        if not isinstance(e, dict) or not isinstance(e.get("phrase"), str) or not e["phrase"]:
            raise UsageError(f"{at} 应包含 phrase（正则）")
        unknown = set(e) - {"phrase", "kind", "side", "reach", "window", "note"}
        if unknown:
            raise UsageError(f"{at} 含未知字段：{', '.join(sorted(unknown))}")
        t = Trigger(e["phrase"], e.get("kind", ""), e.get("side", "before"), e.get("reach", "clause"),
                    e.get("window", DEFAULT_WINDOW), str(e.get("note") or ""))
        if t.kind not in KINDS:
            raise UsageError(f"{at}（{t.phrase}）的 kind 应为 {'/'.join(KINDS)}")
        if t.side not in SIDES or t.reach not in REACHES:
            raise UsageError(f"{at}（{t.phrase}）的 side 应为 {'/'.join(SIDES)}，reach 应为 {'/'.join(REACHES)}")
        if not isinstance(t.window, int) or t.window < 0:
            raise UsageError(f"{at}（{t.phrase}）的 window 应为非负整数")
        try:
            rx = re.compile(t.phrase)
        except re.error as exc:
            raise UsageError(f"{at}（{t.phrase}）不是有效的正则：{exc}") from None
        if rx.groupindex:
            raise UsageError(f"{at}（{t.phrase}）不能使用命名分组 (?P<…>)")
        out.append(t)
    return out


def load_triggers(path: str) -> list[Trigger]:
    import yaml

    from ..yamlload import safe_load

    try:
        with open(path, encoding="utf-8") as fh:
            data = safe_load(fh)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: 无法读取触发词表（{type(exc).__name__}）") from None
    if not isinstance(data, dict) or "triggers" not in data:
        raise UsageError(f"{path}: 触发词表应包含 triggers: 列表")
    return parse_triggers(path, data["triggers"])


@functools.lru_cache(maxsize=1)
def default_table() -> TriggerTable:
    return TriggerTable(load_triggers(DEFAULT_TABLE))


# -- scanning ------------------------------------------------------------------------------


def _offsets(text: str, chars: str) -> list[int]:
    """Sorted offsets of every character of ``chars`` in ``text``: split and summed in C, one pass per character
    (a 7-million-character text has hundreds of thousands of clause breaks)."""
    out: list[int] = []
    for c in chars:
        if c in text:
            parts = text.split(c)
            parts.pop()
            out += map(operator.add, itertools.accumulate(map(len, parts)), itertools.count())
    out.sort()
    return out


class Scan:
    """Every trigger of one table in one text, plus clause and sentence boundaries."""

    def __init__(self, text: str, table: TriggerTable, spans: dict | None = None):
        self.text = text
        self.hits = table.scan(text, spans)
        self.starts = [h.start for h in self.hits]
        self.reach = max((t.window for t in table.triggers), default=0)  # no trigger speaks from further away
        self._kinds: dict[str, tuple[list[int], list[Hit]]] = {}
        self.paragraph_ends = _offsets(text, "\n")
        self.sentence_ends = _offsets(text, SENTENCE_BREAKS)
        self.clause_ends = _offsets(text, CLAUSE_BREAKS)

    @staticmethod
    def _bounds(ends: list[int], start: int, end: int, n: int) -> tuple[int, int]:
        i = bisect.bisect_left(ends, start)
        left = ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(ends, max(end - 1, start))
        right = ends[j] if j < len(ends) else n
        return left, right

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) of the clause holding a span (end = the break character)."""
        return self._bounds(self.clause_ends, start, end, len(self.text))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._bounds(self.sentence_ends, start, end, len(self.text))

    def paragraph(self, start: int, end: int) -> tuple[int, int]:
        return self._bounds(self.paragraph_ends, start, end, len(self.text))

    def between(self, lo: int, hi: int) -> list[Hit]:
        """Hits lying wholly inside [lo, hi)."""
        return list(self.forward(lo, hi))

    def forward(self, lo: int, hi: int):
        """``between(lo, hi)`` one hit at a time: readers stop early in a long sentence."""
        hits, i = self.hits, bisect.bisect_left(self.starts, lo)
        while i < len(hits) and hits[i].start < hi:
            if hits[i].end <= hi:
                yield hits[i]
            i += 1

    def backward(self, lo: int, hi: int):
        """``reversed(between(lo, hi))`` one hit at a time."""
        hits, i, first = self.hits, bisect.bisect_left(self.starts, hi) - 1, bisect.bisect_left(self.starts, lo)
        while i >= first:
            if hits[i].end <= hi:
                yield hits[i]
            i -= 1

    def has(self, kind: str, lo: int, hi: int, outside: tuple[int, int] | None = None) -> bool:
        """Is a hit of ``kind`` wholly inside [lo, hi) (and not starting inside ``outside``)?"""
        if kind not in self._kinds:
            own = [h for h in self.hits if h.kind == kind]
            self._kinds[kind] = ([h.start for h in own], own)
        starts, own = self._kinds[kind]
        i = bisect.bisect_left(starts, lo)
        while i < len(own) and own[i].start < hi:  # hits do not overlap: few are passed over
            if own[i].end <= hi and not (outside and outside[0] <= own[i].start < outside[1]):
                return True
            i += 1
        return False


# -- reading -------------------------------------------------------------------------------


def read(sc: Scan, mentions: list[tuple[int, int]]) -> list[Reading]:
    """The polarity of each mention (normalized spans of cue matches of one rule)."""
    ordered = sorted(mentions)
    return [read_one(sc, s, e, ordered) for s, e in mentions]


def read_one(sc: Scan, s: int, e: int, mentions: list[tuple[int, int]] = ()) -> Reading:
    cl0, cl1 = sc.clause(s, e)
    se0, se1 = sc.sentence(s, e)
    return (_before(sc, s, e, cl0, se0) or _inside(sc, s, e) or _after(sc, s, e, cl0, cl1, se1, mentions)
            or _contrast(sc, e, se1, mentions) or _topic(sc, e, cl1, se1) or Reading("affirmed"))


def _inside(sc: Scan, s: int, e: int) -> Reading | None:
    """A negation inside a cue with a gap ("局长未主持召开专题会议研究法治"), unless it only
    modifies a noun in the gap ("局长对未整改到位的问题亲自督办")."""
    for h in sc.forward(s + 1, e):
        if h.kind == "negated" and "的" not in sc.text[h.end : e]:
            return Reading("negated", h)
    return None


def _before(sc: Scan, s: int, e: int, cl0: int, se0: int) -> Reading | None:
    """The nearest trigger before the mention that reaches it.

    Only ``paragraph`` triggers (a plan introducing a list: "…将重点做好以下工作：一是……；二是……")
    reach across sentences; stops outside the mention's sentence do not end their scope.
    """
    for h in sc.backward(sc.paragraph(s, e)[0], s):
        if s - h.end > sc.reach:
            return None  # out of every trigger's window: what lies further back can only stop or pass
        t = h.trigger
        if h.start < se0 and t.reach != "paragraph":
            continue
        if h.kind in _STOPS:
            return None
        if h.kind not in _STRENGTH or t.side == "after" or s - h.end > t.window:
            continue
        if h.start < cl0 and t.reach not in ("sentence", "paragraph"):
            continue
        c1 = sc.clause(h.start, h.end)[1]
        if h.kind == "negated" and sc.has("qualifier", h.end, c1, (s, e)):
            return Reading("partial", h, (h.start, c1))  # "尚未建立常态化的以案释法机制"
        return Reading(h.kind, h)
    return None


def _after(sc: Scan, s: int, e: int, cl0: int, cl1: int, se1: int, mentions) -> Reading | None:
    """The strongest trigger after the mention that reaches back to it."""
    affirmed = sc.has("affirm", cl0, s)
    qualifier: int | None = None
    best: Reading | None = None
    for h in sc.forward(e, se1):
        if h.kind in _STOPS or h.start - e > sc.reach:
            break  # past every window nothing further can reach back
        if h.kind == "affirm":
            affirmed = True
            continue
        if h.kind == "qualifier":
            qualifier = h.start if qualifier is None else qualifier
            continue
        t = h.trigger
        if h.kind not in _STRENGTH or t.side == "before" or h.start - e > t.window:
            continue
        if h.start > cl1:  # in a following clause: only if it names nothing else, and (next_clause) at its head
            if t.reach == "clause":
                continue
            c0, c1 = sc.clause(h.start, h.end)
            if (t.reach == "next_clause" and h.start - c0 > LEAD) or _names_other(mentions, c0, c1, s):
                continue
        c1 = sc.clause(h.start, h.end)[1]
        qualified = qualifier is not None or sc.has("qualifier", h.end, c1)
        kind = "partial" if (affirmed or qualified) and h.kind == "negated" else h.kind
        # What is missing starts at a qualifier before the negation ("常态化机制还没有建立"),
        # else at the negation ("尚未与办案系统深度融合", "尚未向社会公布").
        missing = (qualifier if qualifier is not None else h.start, c1)
        r = Reading(kind, h, missing if kind == "partial" else None)
        if best is None or _STRENGTH[r.polarity] > _STRENGTH[best.polarity]:
            best = r
    return best


def _contrast(sc: Scan, e: int, se1: int, mentions) -> Reading | None:
    """"目录已编制但尚未向社会公布": done, with what is missing after the contrast."""
    hits = sc.forward(e, se1)
    for h in hits:
        if h.kind == "terminate":
            return None
        if h.kind != "contrast":
            continue
        for g in hits:  # the hits after the contrast
            if g.kind in _STOPS or g.start - h.end > sc.reach:
                return None
            if g.kind in ("negated", "partial") and g.start - h.end <= g.trigger.window:
                c0, c1 = sc.clause(g.start, g.end)
                if _names_other(mentions, h.end, c1, None):
                    return None  # "…，但尚未设立公职律师": the negation is about something else
                return Reading("partial", g, _rest_of_clause(sc, g))
        return None
    return None


def _topic(sc: Scan, e: int, cl1: int, se1: int) -> Reading | None:
    """"法律顾问方面，目前暂未聘请": a topic mention reads the next clause."""
    for h in sc.forward(e, cl1 + 1):
        if h.start - e > sc.reach:
            return None
        if h.kind == "topic" and h.start - e <= h.trigger.window and cl1 < se1:
            return head_reading(sc, cl1 + 1, se1)
    return None


def head_reading(sc: Scan, start: int, limit: int) -> Reading | None:
    """The polarity a clause starting at ``start`` gives to a subject named just before it.

    Used for topic clauses and for a heading whose body opens with "暂无。" or
    "本局目前还没有聘请……".
    """
    c0, c1 = sc.clause(start, start + 1)
    for h in sc.forward(start, min(c1, limit)):
        if h.kind in _STOPS or h.start - start > LEAD + sc.reach:
            return None
        if h.kind in _STRENGTH and h.start - start <= LEAD + h.trigger.window:
            return Reading(h.kind, h, _rest_of_clause(sc, h) if h.kind == "partial" else None)
    return None


def _names_other(mentions, lo: int, hi: int, own_start: int | None) -> bool:
    i = bisect.bisect_left(mentions, (lo, lo))
    return any(m[0] < hi and m[0] != own_start for m in mentions[i : i + 8])


def _rest_of_clause(sc: Scan, h: Hit) -> tuple[int, int]:
    return h.start, sc.clause(h.start, h.end)[1]


def read_phrase(text: str, cue: str, table: TriggerTable | None = None) -> Reading:
    """The polarity of the first match of ``cue`` in ``text`` (both normalized): for tests and the docs."""
    from ..normalize import to_simplified

    text = to_simplified(text)
    sc = Scan(text, table or default_table())
    spans = [(m.start(), m.end()) for m in re.finditer(cue, text)]
    if not spans:
        raise ValueError(f"{cue!r} not in {text!r}")
    return read_one(sc, *spans[0], spans)
