"""Annotated copy of a Word draft: every warn/fail finding becomes a 批注 (comment).

``lawcheck annotate DRAFT.docx`` checks the draft and writes ``DRAFT.审查意见.docx``
beside it: the same document with Word comments (author ``lawcheck``) anchored
where the work is needed.

- A finding with evidence is anchored on the runs of the quoted text (the
  heading, the sentence, the date line; for a layout finding, the paragraph it
  quotes).
- An item missing altogether is anchored at the title (else the first
  paragraph) and says what to add and under which heading.
- The original is only read. The copy is written whole or not at all (temp file
  + ``os.replace``) and an existing output is kept unless ``force``.

Nothing but the comment marks (``w:commentRangeStart``, ``w:commentRangeEnd``
and a run holding ``w:commentReference``) is added to the body; the comments
live in ``word/comments.xml``.
"""
from __future__ import annotations

import bisect
import io
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError, UsageError

AUTHOR = "lawcheck"
INITIALS = "LC"
SUFFIX = ".审查意见.docx"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Runs we may put comment marks next to: direct children of the paragraph, or of
# a hyperlink / tracked insertion / smart tag. Never inside a field (w:fldSimple).
_RUN_PARENTS = {_W + "p", _W + "hyperlink", _W + "ins", _W + "smartTag", _W + "customXml"}

# The five items of the annual report in the order a report usually has them,
# used to say where a missing one belongs.
ITEM_ORDER = ("content.measures", "content.first_responsibility", "content.shortcomings", "content.next_year",
              "content.other")
MEASURES = "content.measures"


@dataclass
class CommentRecord:
    rule: str
    verdict: str
    paragraph: int  # index of the anchor in lawcheck's paragraph list (Document.paragraphs)
    source_index: int | None  # index into python-docx Document.paragraphs (None: inside a table)
    anchor: str  # "evidence" (at the quoted text) | "title" | "first_paragraph"
    text: str


@dataclass
class AnnotateResult:
    source: str
    output: str
    comments: list[CommentRecord] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # rule ids with no paragraph to anchor on
    check: Any = None  # the CheckResult the comments come from

    @property
    def count(self) -> int:
        return len(self.comments)


def default_output(path: str) -> str:
    base, _ = os.path.splitext(path)
    return base + SUFFIX


def annotate(path, output=None, rules=None, force: bool = False) -> AnnotateResult:
    """Check a .docx draft and write a copy with comments; return what was written.

    ``rules``: a ``Rulebook``, or extra pack names/files added to the default packs.
    Raises ``InputError`` for a file that is not a readable .docx and
    ``UsageError`` for an output that exists (without ``force``) or is the draft itself.
    """
    from .api import outline
    from .checker import check_document
    from .cli import write_output
    from .rulebook import as_rulebook

    path = os.fspath(path)
    if not os.path.exists(path):
        raise InputError(path, "文件不存在", "请检查路径是否正确")
    if os.path.splitext(path)[1].lower() != ".docx":
        raise InputError(path, "只能为 Word .docx 文件生成批注副本",
                         ".doc 或 WPS 文件请先另存为 .docx；网页、PDF、文本请用 lawcheck check 检查")
    output = os.fspath(output) if output else default_output(path)
    if os.path.splitext(output)[1].lower() != ".docx":
        raise UsageError(f"输出文件应以 .docx 结尾：{output}")
    if _same_file(path, output):
        raise UsageError(f"输出文件不能是草稿本身：{output}（原稿不会被修改，请另指定输出文件）")
    if os.path.exists(output) and not force:
        raise UsageError(f"输出文件已存在：{output}（如需覆盖，请加 --force）")
    if not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise UsageError(f"输出目录不存在：{os.path.dirname(os.path.abspath(output))}")

    with open(path, "rb") as fh:
        data = fh.read()
    doc = outline(path)
    book = as_rulebook(rules)
    result = check_document(doc, book)

    import docx

    try:
        wd = docx.Document(io.BytesIO(data))
    except Exception as exc:  # the reader accepted it, so this is rare: say so in one line
        raise InputError(path, f"无法在副本中写入批注（{type(exc).__name__}）", "请在 Word 中另存一份后再试") from None
    out = AnnotateResult(os.path.abspath(path), os.path.abspath(output), check=result)
    placer = _Placer(doc, wd)
    hints = _Hints(doc, result, book)
    for f in result.findings:
        if f.verdict not in ("warn", "fail"):
            continue
        rule = book.get(f.rule)
        engine = rule.engine if rule is not None else ""
        place = placer.place(f)
        if place is None:
            out.unplaced.append(f.rule)
            continue
        i, runs, anchor = place
        text = comment_text(f, engine, hints.where(f, engine))
        wd.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
        out.comments.append(CommentRecord(f.rule, f.verdict, i, doc.paragraphs[i].source_index, anchor, text))

    buf = io.BytesIO()
    wd.save(buf)
    write_output(output, buf.getvalue())
    return out


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


# --------------------------------------------------------------------------------------------
# Where a comment goes
# --------------------------------------------------------------------------------------------


class _Placer:
    """Maps lawcheck paragraphs (and text offsets) to python-docx runs."""

    def __init__(self, doc, wd):
        from docx.text.paragraph import Paragraph as DocxParagraph

        self.doc = doc
        self.wd = wd
        self._DocxParagraph = DocxParagraph
        body = wd.element.body
        self.body_ps = list(body.iterchildren(_W + "p"))
        self.elements = self._elements(body)
        self.starts = [p.start for p in doc.paragraphs]

    def _elements(self, body) -> list[Any] | None:
        """The w:p of each lawcheck paragraph, in the order read/docx.py reads them."""
        from .read.docx import para_text

        out = []
        for el in body.iterchildren():
            if el.tag == _W + "p":
                items = [el]
            elif el.tag == _W + "tbl":
                items = list(el.iter(_W + "p"))
            else:
                continue
            out += [p for p in items if para_text(p).strip()]
        return out if len(out) == len(self.doc.paragraphs) else None

    def element(self, i: int):
        p = self.doc.paragraphs[i]
        if p.source_index is not None and p.source_index < len(self.body_ps):
            return self.body_ps[p.source_index]
        return self.elements[i] if self.elements is not None else None

    def runs(self, i: int, start: int | None = None, end: int | None = None) -> list:
        """Runs of paragraph ``i`` that hold ``doc.text[start:end]`` (default: all its text)."""
        from docx.text.run import Run

        from .layout import run_spans

        el = self.element(i)
        if el is None:
            return []
        p = self.doc.paragraphs[i]
        par = self._DocxParagraph(el, self.wd._body)
        usable = [r for r in el.iter(_W + "r")
                  if r.getparent().tag in _RUN_PARENTS and r.find(_W + "t") is not None]
        if not usable:
            return []
        chosen = usable
        if start is not None and end is not None:
            spans = run_spans(el, self.doc.text[p.start : p.end])
            if spans:
                a, b = max(start, p.start) - p.start, min(end, p.end) - p.start
                hit = {id(r) for s, e, r in spans if r is not None and s < b and e > a}
                inside = [r for r in usable if id(r) in hit]
                chosen = inside or usable
        return [Run(chosen[0], par), Run(chosen[-1], par)] if len(chosen) > 1 else [Run(chosen[0], par)]

    def paragraph_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 else None

    def title(self) -> int | None:
        return next((i for i, p in enumerate(self.doc.paragraphs) if p.role == "title"), None)

    def place(self, f) -> tuple[int, list, str] | None:
        if f.evidence:
            e = f.evidence[0]
            i = self.paragraph_at(e.start)
            if i is not None:
                runs = self.runs(i, e.start, e.end)
                if runs:
                    return i, runs, "evidence"
        t = self.title()
        if t is not None:
            runs = self.runs(t)
            if runs:
                return t, runs, "title"
        for i in range(len(self.doc.paragraphs)):
            runs = self.runs(i)
            if runs:
                return i, runs, "first_paragraph"
        return None


# --------------------------------------------------------------------------------------------
# What a comment says
# --------------------------------------------------------------------------------------------


class _Hints:
    """Where a missing item belongs: next to the sections the report already has."""

    def __init__(self, doc, result, book):
        self.doc = doc
        self.book = book
        self.top_of: dict[str, Any] = {}  # rule id -> top-level section its heading evidence is in
        for f in result.findings:
            if f.coverage == "heading" and f.evidence:
                top = self._top(f.evidence[0].start)
                if top is not None:
                    self.top_of[f.rule] = top

    def _top(self, offset: int):
        for s in self.doc.sections:
            if s.start <= offset < max(s.end, s.start + 1):
                return s
        return None

    @staticmethod
    def _name(sec) -> str:
        return sec.path[0] if sec.path else sec.title

    def where(self, f, engine: str) -> str:
        if f.evidence or f.coverage != "none":
            return ""
        measures = self.top_of.get(MEASURES)
        if f.rule == "content.first_responsibility":
            if measures is not None:
                return f"在“{self._name(measures)}”部分中增加一个小标题，或单列一部分"
            return "单列一部分，或在主要举措和成效部分中增加一个小标题"
        if f.rule in ITEM_ORDER or engine == "item":
            order = list(ITEM_ORDER)
            if f.rule not in order:
                return "作为报告的一个部分（一级标题）单列"
            k = order.index(f.rule)
            before = [r for r in reversed(order[:k]) if r in self.top_of and r != "content.first_responsibility"]
            after = [r for r in order[k + 1 :] if r in self.top_of and r != "content.first_responsibility"]
            if before:
                return f"在“{self._name(self.top_of[before[0]])}”部分之后单列一部分（一级标题）"
            if after:
                return f"在“{self._name(self.top_of[after[0]])}”部分之前单列一部分（一级标题）"
            return "作为报告的一个部分（一级标题）单列"
        if engine in ("cue",):
            if measures is not None:
                return f"在“{self._name(measures)}”部分中补充（可设小标题）"
            return "在记述主要举措和成效的部分中补充"
        return ""


_LABELS = {
    ("fail", "item"): "缺失",
    ("fail", "cue"): "缺失",
    ("fail", "timing"): "逾期",
    ("fail", "doctype"): "不符合",
    ("fail", "layout"): "版式不符合",
    ("warn", "layout"): "版式提示",
}


def comment_text(f, engine: str, where: str = "") -> str:
    """``【缺失】标题（id）\\n发现：…\\n原文：“…”\\n应补充：…\\n依据：…``."""
    label = _LABELS.get((f.verdict, engine)) or ("缺失" if f.verdict == "fail" else "提示")
    lines = [f"【{label}】{f.title}（{f.rule}）"]
    lines.append(f"发现：{f.message}")
    if engine == "layout" and (f.expected or f.actual):
        if f.expected:
            lines.append(f"应为：{f.expected}")
        if f.actual:
            lines.append(f"实际：{f.actual}")
    for e in f.evidence[:3]:
        lines.append(f"原文：“{e.quote}”")
    if where:
        lines.append(f"建议位置：{where}")
    if f.guidance:
        lines.append(f"{'修改建议' if engine == 'layout' else '应补充'}：{f.guidance}")
    lines.append(f"依据：{f.basis}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def run_cli(args, book) -> int:
    """``lawcheck annotate``: exit 0, or 1 when a mandatory item fails (as ``check``)."""
    from .checker import exit_code

    res = annotate(args.file, output=args.output, rules=book, force=args.force)
    counts: dict[str, int] = {}
    for c in res.comments:
        label = c.text[1 : c.text.index("】")]
        counts[label] = counts.get(label, 0) + 1
    order = ["缺失", "逾期", "不符合", "提示", "版式不符合", "版式提示"]
    detail = "、".join(f"{k} {counts[k]} 条" for k in sorted(counts, key=lambda k: (k not in order,
                                                                                    order.index(k) if k in order else 0)))
    print(f"已生成审查副本：{res.output}")
    if res.count:
        print(f"写入批注 {res.count} 条（{detail}）；原稿未改动。")
    else:
        print("没有发现需要批注的问题，副本中没有批注；原稿未改动。")
    if res.unplaced:
        print(f"lawcheck: 以下 {len(res.unplaced)} 项找不到可批注的位置，未写入副本："
              f"{'、'.join(res.unplaced)}（请用 lawcheck check 查看）", file=sys.stderr)
    return exit_code(res.check)
