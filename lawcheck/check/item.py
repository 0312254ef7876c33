"""The ``item`` engine: a required content item of the report, judged on the section tree.

A section is the item's heading when it is *about* the item, whichever words
its title uses:

- its title matches ``headings`` (any level);
- or its own body is mostly about the item: at least ``topic_min`` sentences
  (default 2), and more than ``topic_share`` of them (default 0.5), match
  ``topic_cues`` (a "加强组织领导" section whose body reports meetings the 局长
  chaired, 带头学法 and 述法 is item (3));
- or a paragraph opens with a short lead that matches ``headings``
  ("主要负责人带头履职。局长……"), as a bold run-in lead in a Word draft does.

With the polarity reader on, a heading whose body says the thing was not done
is not coverage. Without a heading: affirmed cues in the body → ``body``
(warn), partial → warn naming what is missing, negated only →
``declared_absent``, else ``none``.
"""
from __future__ import annotations

import itertools
import re

from ..model import Finding, Section
from ..metadata import cn_int
from ..normalize import to_simplified
from .cue import PLAN_RULE, names_it, in_plan, mentions, not_done, outside_headings, read_section, scan, table_for
from .index import SENTENCE_END, DocIndex, finding
from .polarity import read_one

MAX_LEAD = 16  # a lead longer than this is a sentence, not a heading
_LEAD = re.compile(rf"\s*([^。:;,]{{2,{MAX_LEAD}}})[。:;]")


def evaluate(ix: DocIndex, rule) -> Finding:
    d = rule.detect
    heads = item_headings(ix, rule)
    fallback = False
    if not heads and d.get("fallback") == "leading_sections":
        heads = leading_sections(ix, d.get("claimed_by", []))
        fallback = bool(heads)
    if not heads:
        return body_or_absent(ix, rule)
    if not fallback and table_for(ix, rule) is not None:
        found = outside_headings(ix, heads, mentions(ix, rule, plans=False))
        # A heading that names the duty ("……第一责任人职责情况") is contradicted by a body that only says it was not done.
        readings = [read_section(ix, rule, s, d.get("headings") or _NEVER, found, specific=names_it(ix, s, d.get("cues")))
                    for s in heads]
        live = [r.section for r in readings if r.polarity == "affirmed"]
        if not live:
            return not_done(ix, rule, found, readings, [])
        heads = live
    ev = [ix.heading_evidence(s) for s in heads]
    msg = "以下章节记述了主要举措和成效（标题未使用规定表述）。" if fallback else "报告设有相关章节或小标题。"
    verdict = rule.verdict_for("heading")
    causes = d.get("causes")
    if causes is not None and not any(_section_has(ix, s, causes) for s in heads):
        verdict = rule.verdicts.get("no_causes", "warn")
        msg = "列出了不足，但没有分析原因（未见“原因”“由于”“究其原因”等表述）。"
    if d.get("year_offset") is not None and ix.doc.metadata.year:
        want = ix.doc.metadata.year + int(d["year_offset"])
        for s in heads:
            m = re.search(r"(\d{4}|[〇零○一二三四五六七八九]{4})\s*年", to_simplified(s.title))
            named = cn_int(m.group(1)) if m else None  # "二〇二五年工作打算" too
            if named is not None and named != want:
                verdict = "warn"
                msg = (f"章节标题写的是 {named} 年，而报告年度为 {ix.doc.metadata.year} 年，"
                       f"应安排 {want} 年的工作。")
    return finding(rule, verdict, "heading", msg, ev)


_NEVER = re.compile(r"(?!)")


def body_or_absent(ix: DocIndex, rule) -> Finding:
    found = mentions(ix, rule, plans=False)
    done = [m for m in found if m.polarity == "affirmed"]
    if done:
        return finding(rule, rule.verdict_for("body"), "body", "正文中有相关表述，但没有单独的章节或小标题。",
                       ix.quotes([(m.start, m.end) for m in done]))
    return not_done(ix, rule, found, [], [])


# -- which sections are the item's headings ------------------------------------------------


def item_headings(ix: DocIndex, rule) -> list[Section]:
    """Sections about the item: by title, by content, or by a short lead (cached per rule)."""
    key = ("item_headings", rule.id)
    if key not in ix.cache:
        d = rule.detect
        rx, exclude = d.get("headings"), d.get("exclude")
        secs = ix.heading_sections(rx, exclude)
        topic = d.get("topic_cues")
        if topic is not None:
            seen = {id(s) for s in secs}
            # "三、2025年工作安排" opening with this year's problems is still the plan, whatever its body says.
            plan = ix.book.get(PLAN_RULE) if rule.id != PLAN_RULE else None
            plan_rx = plan.detect.get("headings") if plan is not None else None
            if plan_rx is not None:
                seen |= {id(s) for s, t in zip(ix.sections, ix.titles) if plan_rx.search(t)}
            secs += [s for s, t in zip(ix.sections, ix.titles)
                     if id(s) not in seen and not (exclude and exclude.search(t)) and _about(ix, rule, s, topic)]
            secs.sort(key=lambda s: s.start)
        soft = d.get("soft_headings")
        if soft is not None and topic is not None:
            # Wording that may or may not mean the item ("压实法治建设领导责任"): the body must say so at least once.
            seen = {id(s) for s in secs}
            secs += [s for s, t in zip(ix.sections, ix.titles) if id(s) not in seen and soft.search(t)
                     and not (exclude and exclude.search(t)) and _topic_hits(ix, rule, s, topic) >= 1]
            secs.sort(key=lambda s: s.start)
        for lead in leads(ix):
            t = to_simplified(lead.title)
            if exclude and exclude.search(t):
                continue
            if (rx is not None and rx.search(t)) or (
                    soft is not None and topic is not None and soft.search(t) and _topic_hits(ix, rule, lead, topic) >= 1):
                secs.append(lead)
        if rule.id != PLAN_RULE:
            # "四、下一步工作打算 （一）压实第一责任人职责" plans the item; it does not report it.
            secs = [s for s in secs if s.level == 1 or not in_plan(ix, s.start)]
        ix.cache[key] = secs
    return ix.cache[key]


def _sentences(ix: DocIndex, sec: Section) -> list[tuple[int, int]]:
    out = []
    for s, e in ix.body_spans(sec):
        start = s
        for m in SENTENCE_END.finditer(ix.ntext, s, e):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
    return [(s, e) for s, e in out if e - s >= 4]


def _topic_hits(ix: DocIndex, rule, sec: Section, topic: re.Pattern, sentences=None) -> int:
    """Sentences of the section's own body that affirm a ``topic_cues`` match."""
    table = table_for(ix, rule)
    sc = scan(ix, table) if table is not None else None
    hits = 0
    for s, e in sentences if sentences is not None else _sentences(ix, sec):
        m = topic.search(ix.ntext, s, e)
        if m and (sc is None or read_one(sc, m.start(), m.end()).polarity == "affirmed"):
            hits += 1
    return hits


def _about(ix: DocIndex, rule, sec: Section, topic: re.Pattern) -> bool:
    """Is the section's own body mostly about the item (the content test)?"""
    least = int(rule.detect.get("topic_min", 2))
    if sum(1 for _ in itertools.islice(topic.finditer(ix.ntext, *ix.nspan(sec.heading_end, sec.end)), least)) < least:
        return False  # the common case: too few in the whole section (one search, however many paragraphs)
    if sum(1 for s, e in ix.body_spans(sec) for _ in topic.finditer(ix.ntext, s, e)) < least:
        return False  # too few in its own body, decided without splitting sentences
    sentences = _sentences(ix, sec)
    if len(sentences) < least:
        return False
    hits = _topic_hits(ix, rule, sec, topic, sentences)
    # "Mostly": more than ``topic_share`` of the sentences, and at least ``topic_min`` of them.
    return hits >= least and hits > float(rule.detect.get("topic_share", 0.5)) * len(sentences)


def leads(ix: DocIndex) -> list[Section]:
    """Short leads that open a body paragraph ("主要负责人带头履职。局长……"), as pseudo-sections."""
    if "leads" not in ix.cache:
        doc, t, out = ix.doc, ix.ntext, []
        same = ix.norm._index is None  # normalized offsets are the original ones
        for p in doc.paragraphs:
            if p.role != "body":
                continue
            ns, ne = (p.start, p.end) if same else ix.nspan(p.start, p.end)
            m = _LEAD.match(t, ns, ne)  # the first 。:; after 2-16 characters, no comma before it
            if not m or not t[m.end() : ne].strip():
                continue
            ns, end = m.span(1)
            if t[end - 1] in "是为有" and t[end] == ":":
                continue  # "其他情况是：……" opens a sentence, not a titled part
            o_start, o_end = ix.norm.orig_span(ns, end)
            parent = doc.section_at(p.start)
            title = doc.text[o_start:o_end]
            out.append(Section(None, title, (parent.level + 1) if parent else 1, o_start, p.end, o_end, o_start, o_end,
                               paragraphs=[(ix.norm.orig(m.end()), p.end)],
                               path=(parent.path if parent else ()) + (title,)))
        ix.cache["leads"] = out
    return ix.cache["leads"]


def leading_sections(ix: DocIndex, claimed_by: list[str]) -> list[Section]:
    """Top-level sections before the first one another item claims (不足, 下一年度, …)."""
    claimed: set[int] = set()
    stop_at = None
    lead_ids = {id(lead) for lead in leads(ix)}
    for rid in claimed_by:
        other = ix.book.get(rid)
        if other is None:
            continue
        for s in item_headings(ix, other):
            if id(s) in lead_ids:
                continue  # a lead is not a section of the tree
            claimed.add(id(s))
            if s.level == 1 and rid != "content.first_responsibility":
                stop_at = s.start if stop_at is None else min(stop_at, s.start)
    return [s for s in ix.doc.sections if id(s) not in claimed and (stop_at is None or s.start < stop_at)]


def _section_has(ix: DocIndex, sec: Section, rx: re.Pattern) -> bool:
    ns, ne = ix.nspan(sec.heading_end, sec.end)
    return rx.search(ix.ntext, ns, ne) is not None

