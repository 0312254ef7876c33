"""The ``cue`` engine: an institution the report should evidence (目录, 法律顾问, 三项制度…).

A rule's ``cues`` find mentions in the content text; the polarity reader
(``polarity.py``) says whether each mention reports the thing as done,
declares it absent, reports it partly done, or only plans it. Then, in order:

1. a section whose title matches ``headings`` is coverage, unless its body
   contradicts it ("（二）规范性文件管理。我局今年尚未建立……") or it sits in the
   next-year plan;
2. a mention reporting the work as done this year is ``body`` coverage;
3. a partial mention ("目录已编制但尚未向社会公布") is a warning naming what is missing;
4. a statement that it was not done this year is ``declared_absent``, even when
   next year's plan promises it;
5. a mention only in the plan (or in a planned clause) is a warning;
6. otherwise ``none``.

Mentions inside a matching heading are not body coverage: the heading is judged
by its section.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from ..model import Finding, Section
from ..normalize import finditer, to_simplified
from .index import CLAUSE_END, SENTENCE_END, DocIndex, finding
from .polarity import Reading, Scan, TriggerTable, head_reading, read, read_one

PLAN_RULE = "content.next_year"  # its headings mark the next-year plan sections
SHORTCOMINGS_RULE = "content.shortcomings"  # its headings mark the part on problems
PREFILTER = True  # False only to prove (tests/test_cue_prefilter.py) and measure (bench/scale.py) identity
_LEADING_PUNCT = " \t\u3000。.:：;；,，、"


@dataclass(frozen=True)
class Mention:
    start: int  # normalized offsets of the cue match
    end: int
    polarity: str  # affirmed | negated | partial | planned
    missing: tuple[int, int] | None = None  # partial: what the report says is not done
    in_plan: bool = False


@dataclass(frozen=True)
class SectionReading:
    section: Section
    polarity: str  # affirmed | negated | partial | planned
    spans: tuple[tuple[int, int], ...] = ()  # normalized spans that say so (for quotes)
    missing: tuple[int, int] | None = None


# -- shared with the item engine -----------------------------------------------------------


def table_for(ix: DocIndex, rule) -> TriggerTable | None:
    """The trigger table a rule reads with; None when the rule turns polarity off."""
    mode = rule.detect.get("polarity", "on")
    if mode == "off":
        return None
    table = getattr(ix.book, "triggers", None)
    if table is None:
        from .polarity import default_table

        table = default_table()
    return table.with_negations(mode) if isinstance(mode, tuple) else table  # a tuple: the rule's own negations


def scan(ix: DocIndex, table: TriggerTable) -> Scan:
    key = ("scan", id(table))
    if key not in ix.cache:
        # The table stays alive with its scan, so its id stays unique; variants share their phrases' matches.
        ix.cache[key] = (table, Scan(ix.ntext, table, ix.cache.setdefault("trigger_spans", {})))
    return ix.cache[key][1]


def mentions(ix: DocIndex, rule, cues: re.Pattern | None = None, plans: bool = True) -> list[Mention]:
    """Cue matches in content text with their polarity (all affirmed when polarity is off)."""
    cues = cues or rule.detect.get("cues")
    if cues is None:
        return []
    exclude = rule.detect.get("exclude")
    spans = []
    for m in cue_matches(cues, ix.ntext):
        if not ix.in_content(m.start()):
            continue
        cs, ce = ix.around(m.start(), m.end(), CLAUSE_END)
        if exclude is not None and exclude.search(ix.ntext, cs, ce):
            continue
        spans.append((m.start(), m.end()))
    table = table_for(ix, rule)
    if table is None:
        readings = [Reading("affirmed")] * len(spans)
    else:
        sc = scan(ix, table)
        readings = []
        for i, ((s, e), r) in enumerate(zip(spans, read(sc, spans))):
            label = label_reading(sc, ix.ntext, s, e) if r.polarity == "affirmed" else None
            if label is not None:  # the mention reaches to its value, so the quote shows both
                spans[i], r = (s, max(e, label.hit.end)), label
            readings.append(r)
    return [Mention(s, e, r.polarity, r.missing, plans and in_plan(ix, ix.norm.orig(s)))
            for (s, e), r in zip(spans, readings)]


def cue_matches(rx: re.Pattern, text: str):
    """``rx.finditer(text)``, the same matches; on any length, only windows around the cue's anchors
    are scanned when ``re`` cannot skip ahead by itself (measured 2–10× on the slow cue rules)."""
    if PREFILTER and not _re_skips(rx):
        return finditer(rx, text, min_len=0)
    return finditer(rx, text)


@functools.lru_cache(maxsize=None)
def _re_skips(rx: re.Pattern) -> bool:
    """Does ``re`` jump between candidate starts itself (a literal prefix or a first-character set)?

    Then its own scan beats starting a search per anchor; without either (a branch opening with
    a group, a class or a lookbehind), every position tries every branch and windows win.
    """
    try:
        from re import _compiler as sc, _parser as sp

        tree = sp.parse(rx.pattern, rx.flags)
        return bool(sc._get_literal_prefix(tree, rx.flags)[0]) or sc._get_charset_prefix(tree, rx.flags) is not None
    except Exception:  # private API moved: plain scanning is always correct
        return True


# A label: the keyword alone, as a table's key cell ("法律顾问" | "暂缺") or a run-in topic
# ("（三）法律顾问工作。本局目前还没有聘请……"), optionally numbered and with a generic tail.
_LABEL_HEAD = re.compile(r"[\s(（]*([一二三四五六七八九十0-9]{1,3}[)）、.]?)?[\s]*(关于)?"
                         r"([\u4e00-\u9fff]{2,8}[及和与、])?(常年|专职|兼职|外聘|政府|机关)?$")  # "常年法律顾问及公职律师"
# After the keyword: a generic tail, then the value after 。/: or after spaces (a table row printed on one line,
# "常年法律顾问  未聘请"), or nothing (a key cell whose value is the next line).
_LABEL_TAIL = re.compile(r"(工作|情况|方面|建设|制度|管理|作用|配备|聘请|聘用|人数|[及和与、][\u4e00-\u9fff]{0,6})*"
                         r"(?:\s*[(](?:人|名|个|家)[)])?"  # a statistics table's key cell: "公职律师（人）"
                         r"(?:\s*[。:]|[ \t\u3000]+(?=\S)|\s*$)")
_VALUE_CELL = 80  # a following line this short is the key cell's value (only its opening clause is read)


def label_reading(sc: Scan, text: str, s: int, e: int) -> Reading | None:
    """The polarity a label's value gives it ("法律顾问" then "暂缺" on the next line: negated), or None.

    A keyword that only names a topic says nothing by itself; what stands after it does.
    """
    ls = max(text.rfind(c, 0, s) for c in "\n。;") + 1  # a label may follow a sentence: "……。(1)法律顾问配备:无"
    le = _line_end(text, e)
    if not _LABEL_HEAD.match(text, ls, s):
        return None
    tail = _LABEL_TAIL.match(text, e, le)
    if tail is None:
        return None
    if tail.end() < le:  # a run-in topic or a one-line row: what follows the label speaks
        start, limit = tail.end(), le
    else:  # a key cell: the value is the next line
        start = le + 1
        limit = _line_end(text, start)
        if start >= len(text) or limit - start > _VALUE_CELL:
            return None
    while start < limit and text[start] in _LEADING_PUNCT:
        start += 1
    r = head_reading(sc, start, limit)
    return r if r is not None and r.polarity in ("negated", "partial") else None


def read_section(ix: DocIndex, rule, sec: Section, rx: re.Pattern, found: list[Mention],
                 specific: bool = False) -> SectionReading:
    """Does the section bear out its heading? Its title, then the mentions in its body, then its opening words.

    ``specific``: the heading names the very thing ("（三）重大行政决策目录管理"), so a body that mentions it
    only as not (fully) done contradicts it; a broad heading needs most of its body to say so.
    """
    table = table_for(ix, rule)
    if table is None:
        return SectionReading(sec, "affirmed")
    sc = scan(ix, table)
    ts, te = ix.title_span(sec)
    m = rx.search(ix.ntext, ts, te)
    if m:
        r = read_one(sc, m.start(), m.end())
        if r.polarity in ("negated", "planned"):
            return SectionReading(sec, r.polarity, ((m.start(), m.end()),))
    hs, he = ix.nspan(sec.heading_end, sec.end)
    inside = _starting_in(ix, found, hs, he)
    if any(x.polarity == "affirmed" for x in inside):
        return SectionReading(sec, "affirmed")
    weak = [x for x in inside if x.polarity in ("partial", "negated")]
    if not weak and rule.detect.get("anaphora") is not None:
        weak = _short_forms(ix, rule, hs, he)  # "（三）……目录编制。……没有形成正式的目录文本"
    if weak and (specific or _dominant(ix, hs, he, weak)):
        # The last word decides: "……未报送候选事项，直到年底也没有形成正式目录" is not made at all.
        partial = [] if max(weak, key=lambda x: x.start).polarity == "negated" else \
            [x for x in weak if x.polarity == "partial"]
        pol = "partial" if partial else "negated"
        return SectionReading(sec, pol, tuple((x.start, x.end) for x in weak), partial[0].missing if partial else None)
    body = ix.body_spans(sec)
    if body:
        start = body[0][0]
        while start < body[0][1] and ix.ntext[start] in _LEADING_PUNCT:
            start += 1
        r = head_reading(sc, start, body[0][1])
        if r is not None and r.polarity in ("negated", "partial"):
            return SectionReading(sec, r.polarity, ((r.hit.start, r.hit.end),), r.missing)
    return SectionReading(sec, "affirmed")


def _dominant(ix: DocIndex, hs: int, he: int, weak: list[Mention]) -> bool:
    """Do statements of absence carry the section: its first sentence, or most of its sentences?

    A broad heading ("（二）规范行政决策") is not contradicted by one sentence
    saying a single part of it was not done.
    """
    sentences, start = [], hs
    for m in SENTENCE_END.finditer(ix.ntext, hs, he):
        sentences.append((start, m.start()))
        start = m.end()
    sentences.append((start, he))
    sentences = [(s, e) for s, e in sentences if len(ix.ntext[s:e].strip()) >= 4]
    if not sentences:
        return False
    starts = sorted(x.start for x in weak) + [len(ix.ntext) + 1]
    flagged = [starts[bisect.bisect_left(starts, s)] < e for s, e in sentences]  # a weak mention starts inside
    return flagged[0] or 2 * sum(flagged) > len(sentences)


def in_plan(ix: DocIndex, offset: int) -> bool:
    """Is this original offset inside a next-year plan section (a top-level one)?"""
    if "plans" not in ix.cache:
        ix.cache["plans"] = Spans(_top_parts(ix, PLAN_RULE, with_exclude=True) + plan_lists(ix))
    return ix.cache["plans"].hold(offset)


def in_shortcomings(ix: DocIndex, nstart: int) -> bool:
    """Is this normalized offset inside the shortcomings part (a top-level one)? What is written there
    describes problems ("法律顾问合同到期后未能续聘"), never evidence that the work was done."""
    if "shortfalls" not in ix.cache:
        ix.cache["shortfalls"] = Spans(_top_parts(ix, SHORTCOMINGS_RULE, with_exclude=False))
    return ix.cache["shortfalls"].hold(ix.norm.orig(nstart))


def _top_parts(ix: DocIndex, rule_id: str, with_exclude: bool) -> list[tuple[int, int]]:
    """Original spans of the top-level sections titled by a rule's headings (none when the rule is not loaded)."""
    rule = ix.book.get(rule_id)
    if rule is None:
        return []
    secs = ix.heading_sections(rule.detect.get("headings"), rule.detect.get("exclude") if with_exclude else None)
    return [(s.start, s.end) for s in secs if s.level == 1]


_PLAN_INTRO = re.compile(r"(将|要|拟|计划|准备|打算)[^。\n]{0,40}(以下|如下|下列)[^。\n]{0,10}"
                         r"(工作|任务|事项|方面|几点)[^。\n]{0,4}[:：]\s*$")
_LIST_ITEM = re.compile(r"\s*([（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|\d{1,2}[.、．](?!\d))")


def plan_lists(ix: DocIndex) -> list[tuple[int, int]]:
    """Original spans of numbered paragraphs listed after "我们将重点做好以下工作：" (a plan without a heading)."""
    text, paras, out = ix.doc.text, ix.doc.paragraphs, []
    for i, p in enumerate(paras):
        tail = text[max(p.start, p.end - 120) : p.end]
        if "下" not in tail or not _PLAN_INTRO.search(to_simplified(tail)):  # 以下/如下/下列: cheap test first
            continue
        j = i + 1
        while j < len(paras) and _LIST_ITEM.match(text, paras[j].start):
            j += 1
        if j > i + 1:
            out.append((paras[i + 1].start, paras[j - 1].end))
    return out


def outside_headings(ix: DocIndex, secs: list[Section], found: list[Mention]) -> list[Mention]:
    """Mentions not inside these sections' headings (a heading is judged with its section, not as body text)."""
    spans = Spans(ix.nspan(s.start, s.heading_end) for s in secs)
    return [m for m in found if not spans.hold(m.start)]


class Spans:
    """Does any of these [start, end) spans hold a point? Bisection over the starts, running max of the ends."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def hold(self, x: int) -> bool:
        k = bisect.bisect_right(self.starts, x) - 1
        return k >= 0 and self.reach[k] > x


def _starting_in(ix: DocIndex, found: list[Mention], lo: int, hi: int) -> list[Mention]:
    """``[x for x in found if lo <= x.start < hi]``: a slice when ``found`` is in text order (mentions are)."""
    key = ("starts", id(found))
    cached = ix.cache.get(key)
    if cached is None or cached[0] is not found or len(cached[1]) != len(found):
        starts = [x.start for x in found]
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
        cached = ix.cache[key] = (found, starts if ordered else None)  # holding ``found`` keeps its id unique
    starts = cached[1]
    if starts is None:
        return [x for x in found if lo <= x.start < hi]
    return found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def partial_message(ix: DocIndex, missing: tuple[int, int] | None) -> str:
    if missing is None:
        return "报告提到此项工作，但没有完全落实（见引文）。"
    return f"报告提到此项工作，但说明“{ix.original(*missing)}”，没有完全落实（见引文）。"


# -- the engine ----------------------------------------------------------------------------


def evaluate(ix: DocIndex, rule) -> Finding:
    d = rule.detect
    rx, exclude = d.get("headings"), d.get("exclude")
    secs = ix.heading_sections(rx, exclude)
    found = outside_headings(ix, secs, mentions(ix, rule))
    later = anaphora(ix, rule, found)
    if later:  # "形成《……目录》。目录已编制，但尚未向社会公布": the later sentence qualifies the first
        weak = [x for x in later if x.polarity != "affirmed"]
        found = sorted(found + later, key=lambda m: m.start)
        found = [m for m in found if not (m.polarity == "affirmed" and _superseded(ix, m, weak))]
    plan_secs = [s for s in secs if in_plan(ix, s.start)]
    cues = d.get("cues")
    # A rule with short forms (the catalogue) is about one thing, so each of its headings names it.
    specific = d.get("anaphora") is not None
    readings = [read_section(ix, rule, s, rx, found, specific=specific or names_it(ix, s, cues))
                for s in secs if not in_plan(ix, s.start)]
    heads = [r.section for r in readings if r.polarity == "affirmed"]
    if heads:
        return finding(rule, rule.verdict_for("heading"), "heading", "报告设有相关章节或小标题。",
                       [ix.heading_evidence(s) for s in heads])
    done = [m for m in found if m.polarity == "affirmed" and not m.in_plan and not in_shortcomings(ix, m.start)]
    if done:
        return finding(rule, rule.verdict_for("body"), "body", "正文中有相关表述。",
                       ix.quotes([(m.start, m.end) for m in done]))
    return not_done(ix, rule, found, readings, plan_secs)


def anaphora(ix: DocIndex, rule, found: list[Mention]) -> list[Mention]:
    """Short forms naming the thing again later in a paragraph ("目录已编制，但尚未公布"), when they say it is
    partly done or not done. ``detect.anaphora`` lists the short forms (none: no such reading); they count
    after a full mention, or after ``detect.antecedents`` ("梳理本年度重大行政决策事项……全年目录最终没能形成")."""
    rx, table = rule.detect.get("anaphora"), table_for(ix, rule)
    if rx is None or table is None:
        return []
    named = Spans((m.start, m.end) for m in found)
    after = [m.end for m in found if not m.in_plan and m.polarity == "affirmed"]
    ante = rule.detect.get("antecedents")
    antecedents = []
    if ante is not None:
        antecedents = [a.end() for a in finditer(ante, ix.ntext) if ix.in_content(a.start())
                       and not in_plan(ix, ix.norm.orig(a.start()))]
    spans: list[tuple[int, int]] = []
    for pos in sorted(set(after + antecedents)):
        for a in finditer(rx, ix.ntext, pos, _line_end(ix.ntext, pos)):
            if not named.hold(a.start()) and (a.start(), a.end()) not in spans and not _aside(ix.ntext, pos, a.start()):
                spans.append((a.start(), a.end()))
    spans.sort()
    # In the antecedent's own sentence, right after a deed ("梳理出7项重大行政决策事项，汇总形成年度目录"),
    # the short form can only mean it: done counts too (``detect.anaphora_deeds``).
    deeds = rule.detect.get("anaphora_deeds")
    own = set() if deeds is None else {
        sp for sp in spans if deeds.match(ix.ntext, _clause_start(ix.ntext, sp[0]), sp[0])
        and any(pos <= sp[0] and SENTENCE_END.search(ix.ntext, pos, sp[0]) is None for pos in antecedents)}
    return _weak(ix, table, spans, own)


def names_it(ix: DocIndex, sec: Section, cues: re.Pattern | None) -> bool:
    """Does the heading name the very thing the rule looks for ("（三）重大行政决策目录管理"), not a broad area?"""
    ts, te = ix.title_span(sec)
    return cues is not None and cues.search(ix.ntext, ts, te) is not None


def _short_forms(ix: DocIndex, rule, lo: int, hi: int) -> list[Mention]:
    """Short forms in a section body that say the thing is not (fully) done."""
    spans = [(a.start(), a.end()) for a in finditer(rule.detect["anaphora"], ix.ntext, lo, hi)]
    return _weak(ix, table_for(ix, rule), spans)


def _weak(ix: DocIndex, table: TriggerTable, spans: list[tuple[int, int]], deeds=frozenset()) -> list[Mention]:
    """The spans that read as partly done or not done (those in ``deeds``: also done), as mentions."""
    return [Mention(s, e, r.polarity, r.missing) for (s, e), r in zip(spans, read(scan(ix, table), spans))
            if r.polarity in ("partial", "negated") or (r.polarity == "affirmed" and (s, e) in deeds)]


def _aside(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside brackets opened after ``start``? "……刊登，向社会公布（网站改版，目录未在网上挂出）":
    an aside qualifies the sentence, it does not take it back."""
    between = text[start:pos]
    return between.count("(") > between.count(")")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in ",;。\n") + 1


def _line_end(text: str, pos: int) -> int:
    """Where the line (paragraph) holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _superseded(ix: DocIndex, m: Mention, later: list[Mention]) -> bool:
    """Is an affirmed mention followed, in its paragraph, by a short form saying it is not (fully) done?"""
    end = _line_end(ix.ntext, m.end)
    return any(m.end <= x.start < end for x in later)


def not_done(ix: DocIndex, rule, found: list[Mention], readings: list[SectionReading],
             plan_secs: list[Section]) -> Finding:
    """Nothing reports the work as done this year: partly done, declared absent, planned, or nothing."""
    partial = [m for m in found if m.polarity == "partial" and not m.in_plan]
    part_secs = [r for r in readings if r.polarity == "partial"]
    negs = [m for m in found if m.polarity == "negated" and not in_shortcomings(ix, m.start)]
    if negs or any(r.polarity == "negated" for r in readings):
        # "本厅2024年度未编制目录" outranks the shortcomings part's "目录未能按时编制"; and later in its paragraph,
        # the conclusion "直到年底也没有形成正式目录" outranks "……未报送候选事项" before it.
        concluded = [m for m in partial if any(n.start > m.start and _line_end(ix.ntext, n.start) == _line_end(ix.ntext, m.start)
                                               for n in negs)]
        partial = [m for m in partial if not in_shortcomings(ix, m.start) and m not in concluded]
    if partial or part_secs:
        missing = partial[0].missing if partial else part_secs[0].missing
        ev = [ix.heading_evidence(r.section) for r in part_secs] + ix.quotes(
            [(m.start, m.end) for m in partial] + [sp for r in part_secs for sp in r.spans])
        return finding(rule, rule.verdicts.get("partial", "warn"), "body", partial_message(ix, missing), ev)
    negated = [m for m in found if m.polarity == "negated"]
    neg_secs = [r for r in readings if r.polarity == "negated"]
    if negated or neg_secs:
        spans = [sp for r in neg_secs for sp in r.spans] + [(m.start, m.end) for m in negated]
        ev = ix.quotes(spans) + [ix.heading_evidence(r.section) for r in neg_secs]
        msg = "报告自述未开展或未建立此项工作（见引文）。"
        if neg_secs:
            msg = "报告虽有相关标题，但正文说明未开展或未建立此项工作（见引文）。"
        return finding(rule, rule.verdict_for("declared_absent"), "declared_absent", msg, ev)
    planned = [m for m in found if m.polarity == "planned" or m.in_plan]
    plan_heads = plan_secs + [r.section for r in readings if r.polarity == "planned"]
    if planned or plan_heads:
        ev = [ix.heading_evidence(s) for s in plan_heads] + ix.quotes([(m.start, m.end) for m in planned])
        return finding(rule, rule.verdicts.get("planned", "warn"), "body",
                       "只在下一年度工作安排或计划性表述中提到，没有报告本年度的落实情况。", ev)
    return finding(rule, rule.verdict_for("none"), "none", "报告中没有找到相关内容。", [])
