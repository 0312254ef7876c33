"""Annotated copy of a Word draft: every warn/fail finding becomes a 批注 (comment).

``lawcheck annotate DRAFT.docx`` checks the draft and writes ``DRAFT.审查意见.docx``
beside it: the same document with Word comments (author ``lawcheck``) anchored
where a clerk has to act (what each comment says and where it goes is planned in ``render/comments.py``):

- a quoted problem (a declared absence, a late date) on the quoted characters,
  not the whole paragraph: a run is split at the quote's edges when needed;
- a missing item where it belongs: after the last paragraph of the part it
  follows, or before the heading of the part it precedes; the comment's
  "建议位置" names that same place;
- a layout problem on the first paragraph that shows it;
- reference-level (参考) hints gathered into one 审查概要 comment at the title,
  which also lists the mandatory problems first.

Comments sharing a paragraph are ordered mandatory → recommended. The original
is only read; the copy is written whole or not at all (``output.write``) and an
existing output is kept unless ``force``. Nothing but the comment marks and
run splits (same formatting on both halves) is changed in the body.
"""
from __future__ import annotations

import copy
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
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Runs we may put comment marks next to: direct children of the paragraph, or of
# a hyperlink / tracked insertion / smart tag. Never inside a field (w:fldSimple).
_RUN_PARENTS = {_W + "p", _W + "hyperlink", _W + "ins", _W + "smartTag", _W + "customXml"}
# Children of a run that may be cut in two (plain text); a run with anything else stays whole.
_SPLITTABLE = {_W + "rPr", _W + "t", _W + "tab", _W + "lastRenderedPageBreak"}


@dataclass
class CommentRecord:
    rule: str  # rule id; "summary" for the 审查概要 comment at the title
    verdict: str
    paragraph: int  # index of the anchor in lawcheck's paragraph list (Document.paragraphs)
    source_index: int | None  # index into python-docx Document.paragraphs (None: inside a table)
    anchor: str  # "evidence" (the quoted text) | "place" (where a missing item goes) | "title" | "first_paragraph"
    text: str
    severity: str = ""
    rules: tuple[str, ...] = ()  # every rule the comment speaks for (the summary gathers several)


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
    from . import output as out_file
    from .render.comments import plan_comments
    from .api import outline
    from .check import check_document
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
    for c in plan_comments(doc, result):
        placed = placer.runs_for(c.paragraph, c.start, c.end)
        anchor, i, text = c.anchor, c.paragraph, c.text
        if not placed:  # no run to hold the marks (a field, an image): the title, else any paragraph
            i, placed, anchor = placer.fallback()
            text = c.elsewhere or c.text
        if not placed:
            out.unplaced += list(c.rules)
            continue
        comment = wd.add_comment(placed, text=text, author=AUTHOR, initials=INITIALS)
        _end_after_earlier(placed[-1]._r, comment.comment_id)
        head = comment.paragraphs[0].runs
        if head:
            head[0].bold = True  # the 【级别·结论】 line stands out in the margin
        out.comments.append(CommentRecord(c.rule, c.verdict, i, doc.paragraphs[i].source_index, anchor, text,
                                          c.severity, c.rules))

    buf = io.BytesIO()
    wd.save(buf)
    out_file.write(output, buf.getvalue())
    return out


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


# --------------------------------------------------------------------------------------------
# Runs for a span of text
# --------------------------------------------------------------------------------------------


def _para_text(p_el) -> str:
    """The paragraph text as read/docx.py reads it (w:t and w:tab; line breaks dropped)."""
    return "".join((n.text or "") if n.tag == _W + "t" else "\t"
                   for n in p_el.iter(_W + "t", _W + "tab")).replace("\n", "")


class _Placer:
    """Maps lawcheck paragraphs (and text offsets) to python-docx runs, splitting a run at a quote's edge."""

    def __init__(self, doc, wd):
        self.doc = doc
        self.wd = wd
        body = wd.element.body
        self.body_ps = list(body.iterchildren(_W + "p"))
        self.elements = self._elements(body)

    def _elements(self, body) -> list[Any] | None:
        """The w:p of each lawcheck paragraph, in the order read/docx.py reads them."""
        out = []
        for el in body.iterchildren():
            if el.tag == _W + "p":
                items = [el]
            elif el.tag == _W + "tbl":
                items = list(el.iter(_W + "p"))
            else:
                continue
            out += [p for p in items if _para_text(p).strip()]
        return out if len(out) == len(self.doc.paragraphs) else None

    def element(self, i: int):
        p = self.doc.paragraphs[i]
        if p.source_index is not None and p.source_index < len(self.body_ps):
            return self.body_ps[p.source_index]
        return self.elements[i] if self.elements is not None else None

    def fallback(self) -> tuple[int, list, str]:
        t = next((i for i, p in enumerate(self.doc.paragraphs) if p.role == "title"), None)
        if t is not None and (runs := self.runs_for(t)):
            return t, runs, "title"
        for i in range(len(self.doc.paragraphs)):
            if runs := self.runs_for(i):
                return i, runs, "first_paragraph"
        return -1, [], ""

    def runs_for(self, i: int, start: int | None = None, end: int | None = None) -> list:
        """First and last run of paragraph ``i`` covering ``doc.text[start:end]`` (default: the whole paragraph)."""
        from docx.text.paragraph import Paragraph as DocxParagraph
        from docx.text.run import Run

        if not 0 <= i < len(self.doc.paragraphs):
            return []
        el = self.element(i)
        if el is None:
            return []
        usable = [r for r in el.iter(_W + "r") if r.getparent().tag in _RUN_PARENTS and r.find(_W + "t") is not None]
        if not usable:
            return []
        first, last = usable[0], usable[-1]
        if start is not None and end is not None:
            span = self._span(i, el, start, end)
            if span is not None:
                first, last = span
        par = DocxParagraph(el, self.wd._body)
        return [Run(first, par)] if first is last else [Run(first, par), Run(last, par)]

    def _span(self, i: int, el, start: int, end: int):
        """(first w:r, last w:r) holding exactly the characters of ``start:end``, or None."""
        p = self.doc.paragraphs[i]
        owners: list[tuple[Any, int]] = []  # (w:r, index of the char within that run) per character
        seen: dict[int, int] = {}
        for node in el.iter(_W + "t", _W + "tab"):
            r = node.getparent()
            text = (node.text or "") if node.tag == _W + "t" else "\t"
            for ch in text:
                if ch == "\n":
                    continue
                k = seen.get(id(r), 0)
                owners.append((r, k))
                seen[id(r)] = k + 1
        text = _para_text(el)
        if text.strip() != self.doc.text[p.start:p.end] or len(owners) != len(text):
            return None
        lead = len(text) - len(text.lstrip())
        a, b = max(start, p.start) - p.start + lead, min(end, p.end) - p.start + lead
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            return None
        (ra, ka), (rb, kb) = owners[a], owners[b - 1]
        if any(r.tag != _W + "r" or r.getparent().tag not in _RUN_PARENTS for r in (ra, rb)):
            return None
        kb += 1  # the end, exclusive, within rb
        if kb < seen[id(rb)] and _splittable(rb):
            _split(rb, kb)  # rb keeps the characters up to the quote's end
        if ka > 0 and _splittable(ra):
            right = _split(ra, ka)
            rb = right if rb is ra else rb
            ra = right
        return ra, rb


def _end_after_earlier(last_run, comment_id: int) -> None:
    """Put a new comment's end mark and reference after those of earlier comments on the same run.

    python-docx inserts them right after the run, ahead of earlier ones; LibreOffice (and
    Word's list) order comments by their reference mark, so the first comment planned for a
    paragraph would be shown last.
    """
    end = last_run.getnext()
    if end is None or end.tag != _W + "commentRangeEnd" or end.get(_W + "id") != str(comment_id):
        return
    ref = end.getnext()
    after = ref
    while True:
        nxt = after.getnext() if after is not None else None
        if nxt is None or nxt.tag != _W + "commentRangeEnd":
            break
        nref = nxt.getnext()
        if nref is None or nref.tag != _W + "r" or nref.find(f"{_W}commentReference") is None:
            break
        after = nref
    if after is not ref:
        after.addnext(end)
        end.addnext(ref)


def _splittable(r) -> bool:
    return all(c.tag in _SPLITTABLE for c in r) and not any("\n" in (t.text or "") for t in r.iter(_W + "t"))


def _split(r, k: int):
    """Cut run ``r`` after its ``k``-th character: ``r`` keeps the head, a copy (same rPr) after it gets the tail."""
    tail = copy.deepcopy(r)
    r.addnext(tail)
    _keep(r, 0, k)
    _keep(tail, k, None)
    for extra in tail.findall(_W + "lastRenderedPageBreak"):
        tail.remove(extra)
    return tail


def _keep(r, a: int, b: int | None) -> None:
    pos = 0
    for child in list(r):
        if child.tag == _W + "t":
            n = len(child.text or "")
        elif child.tag == _W + "tab":
            n = 1
        else:
            continue
        lo, hi = max(a - pos, 0), n if b is None else min(b - pos, n)
        if lo >= hi:
            r.remove(child)
        elif child.tag == _W + "t" and (lo, hi) != (0, n):
            child.text = child.text[lo:hi]
            child.set(_XML_SPACE, "preserve")
        pos += n


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def run_cli(args, book) -> int:
    """``lawcheck annotate``: exit 0, or 1 when a mandatory item fails (as ``check``)."""
    from .check import exit_code

    res = annotate(args.file, output=args.output, rules=book, force=args.force)
    print(f"已生成审查副本：{res.output}")
    if res.count:
        print(f"写入批注 {res.count} 条：{count_summary(res.comments)}；原稿未改动。")
    else:
        print("没有发现需要批注的问题，副本中没有批注；原稿未改动。")
    if res.unplaced:
        print(f"lawcheck: 以下 {len(res.unplaced)} 项找不到可批注的位置，未写入副本："
              f"{'、'.join(res.unplaced)}（请用 lawcheck check 查看）", file=sys.stderr)
    return exit_code(res.check)


def count_summary(comments: list[CommentRecord]) -> str:
    """``必备 2 条、建议 9 条、审查概要 1 条（汇总参考项 5 项）``."""
    from .render.labels import SEVERITY_LABEL

    parts = []
    for sev in ("mandatory", "recommended"):
        n = sum(1 for c in comments if c.rule != "summary" and c.severity == sev)
        if n:
            parts.append(f"{SEVERITY_LABEL[sev]} {n} 条")
    summary = next((c for c in comments if c.rule == "summary"), None)
    if summary is not None:
        parts.append("审查概要 1 条" + (f"（汇总参考项 {len(summary.rules)} 项）" if summary.rules else ""))
    return "、".join(parts)
