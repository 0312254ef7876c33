"""Word .docx via python-docx: text, declared heading levels, Word auto-numbering, run-in leads.

Heading levels come from the paragraph's own outline level, then its style chain
(outline level or a "Heading N"/"标题 N" name). Word auto-numbering is rendered
from numbering.xml (on any paragraph style, Normal included) so a heading typed
without "一、" still gets its number. A bold or differently-fonted lead run
("**严格落实第一责任人职责**全年主持……") is reported as ``lead_end``. Paragraphs
inside content controls (``w:sdt``) and custom XML are document text.
Styles are resolved once per document: ``paragraph.style`` costs 0.4 ms a call.
"""
from __future__ import annotations

import io
import re
from dataclasses import replace

from ..errors import InputError
from ..model import RawDocument, RawParagraph
from .docx_numbering import Numbering, int_attr as _int
from .docx_size import check_size

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_TITLE_NAME = re.compile(r"^(?:title|标题)$", re.I)
_TOC_NAME = re.compile(r"^(?:toc|目录)\s*\d$|^toc heading$", re.I)
_MARKER_ONLY = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*$")
_BLOCK_WRAPPERS = (_W + "sdt", _W + "customXml")
_P, _TBL, _T, _TAB, _PPR = _W + "p", _W + "tbl", _W + "t", _W + "tab", _W + "pPr"
_PSTYLE, _OUTLINE, _VAL = _W + "pStyle", _W + "outlineLvl", _W + "val"

MAX_LEAD = 40  # a formatted lead longer than this is emphasis, not a run-in heading


def read_docx(path: str, data: bytes) -> RawDocument:
    check_size(path, data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, KeyError, lxml and python-docx errors all mean "broken"
        raise InputError(path, f"不是有效的 .docx 文件（文件已损坏或并非 Word 文档：{type(exc).__name__}）",
                         "请在 Word 中打开后重新另存为 .docx") from None

    styles = _StyleTable(document)
    numbering = Numbering(document)
    out: list[str] = []
    paras: list[RawParagraph] = []
    pos = 0
    faces = _Faces()
    for p_el, idx, cell in _blocks(document.element.body):
        pieces, ppr = _contents(p_el)
        if len(pieces) < 2:  # one run (most paragraphs): one look, no lead
            text, lead = (pieces[0][0] if pieces else ""), None
        else:
            text, lead = _text_and_lead(p_el, pieces, ppr, styles)
        level, num, toc = _levels(ppr, styles, numbering)
        stripped = text.strip()
        if not stripped:
            continue
        out.append(stripped)
        emphasis = (cell == "key" or (not cell and lead is None)) and _emphasis(cell, lead, p_el, text, pieces, ppr, styles)
        if not (cell or emphasis or lead or level is not None or num):
            faces.see(len(paras), stripped, pieces, ppr, styles)
        paras.append(RawParagraph(pos, pos + len(stripped), level, num, idx,
                                  lead_end=pos + lead if lead else None, role="furniture" if toc else None,
                                  emphasis=emphasis))
        pos += len(stripped) + 1
    for i in faces.set_off():
        paras[i] = replace(paras[i], emphasis=True)
    if not out:
        raise InputError(path, "Word 文件中没有文字内容", "请确认文件内容完整")
    meta = {}
    title = (document.core_properties.title or "").strip()
    if title:
        meta["page_title"] = title
    return RawDocument(path, "docx", "\n".join(out), paras, None, meta, source=document)


# -- body --------------------------------------------------------------------------------------

def _blocks(body):
    """(w:p, body index, False | "cell" | "key") in reading order; paragraphs in tables and content controls get
    index None.

    The index counts direct ``w:p`` children only, so it equals python-docx's
    ``Document.paragraphs`` index (what annotate and layout look up).
    """
    index = 0
    for el in body.iterchildren():
        tag = el.tag
        if tag == _P:
            yield el, index, False
            index += 1
        elif tag == _TBL:
            yield from _table_blocks(el)
        elif el.tag in _BLOCK_WRAPPERS:
            yield from ((p, None, cell) for p, cell in _wrapped(el))


def _table_blocks(tbl):
    """Paragraphs of a table: "cell" (never a heading: a bold header row is not one), or "key" for the left
    column of a two-column 项目 | 内容 table that holds the report itself (each key names a part)."""
    rows = [[tc for tc in tr.iter(_W + "tc")] for tr in tbl.iter(_W + "tr")]
    keyed = len(rows) >= 3 and all(len(r) == 2 for r in rows)
    if keyed:
        texts = [["".join(t.text or "" for t in tc.iter(_W + "t")).strip() for tc in r] for r in rows]
        keys = [k for k, v in texts[1:] if k and len(k) <= 30 and "。" not in k and len(v) >= 2 * len(k)]
        keyed = len(keys) >= 2 and len(keys) >= 0.6 * (len(rows) - 1)
    for i, row in enumerate(rows):
        for j, tc in enumerate(row):
            kind = "key" if keyed and j == 0 and i > 0 else "cell"
            for p in tc.iter(_W + "p"):
                yield p, None, kind


def _wrapped(el):
    content = el.find(_W + "sdtContent") if el.tag == _W + "sdt" else el
    if content is None:
        return
    for child in content.iterchildren():
        if child.tag == _W + "p":
            yield child, False
        elif child.tag == _W + "tbl":
            yield from ((p, kind) for p, _, kind in _table_blocks(child))
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _wrapped(child)


def para_text(p_el) -> str:
    parts = []
    for node in p_el.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "delText", _W + "instrText"):
        tag = node.tag[len(_W):]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        # Deleted text and field codes are not part of what the reader sees; soft
        # line breaks inside a Chinese paragraph join its lines.
    return "".join(parts).replace("\n", "")


def _contents(p_el) -> tuple[list[tuple[str, object]], object]:
    """In one walk: the text pieces [(text without line breaks, its w:t or w:tab)] (every w:t and w:tab inside,
    a text box's included, as ``para_text``) and the paragraph's own w:pPr (not a tracked change's)."""
    pieces, ppr = [], None
    for node in p_el.iter(_T, _TAB, _PPR):
        tag = node.tag
        if tag == _PPR:
            if ppr is None and node.getparent() is p_el:
                ppr = node
            continue
        if tag == _TAB:
            pieces.append(("\t", node))
            continue
        text = node.text
        if text:
            if "\n" in text:
                text = text.replace("\n", "")
                if not text:
                    continue
            pieces.append((text, node))
    return pieces, ppr


def _text_and_lead(p_el, pieces, ppr, styles: "_StyleTable") -> tuple[str, int | None]:
    """The paragraph text (as ``para_text``) and where a formatted lead run ends in the stripped text."""
    text = "".join(s for s, _ in pieces)
    stripped = text.strip()
    if len(stripped) < 8 or len(pieces) < 2:
        return text, None  # one run has one look: no lead
    segs = _segments(pieces, len(text) - len(text.lstrip()), len(stripped), p_el, styles, _pstyle(ppr))
    return text, _lead_end(stripped, segs)


_NUMBERED = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+[部章]")
_ANY_B = ".//" + _W + "b"
_ANY_RSTYLE = ".//" + _W + "rStyle"
MAX_EMPHASIS = 40  # a bold paragraph longer than this is emphasis, not a heading


def _emphasis(cell, lead, p_el, text: str, pieces, ppr, styles) -> bool:
    if cell == "key":  # the left column of a 项目 | 内容 table names the part beside it
        stripped = text.strip()
        return 2 <= len(stripped) <= MAX_EMPHASIS and not stripped.endswith(("。", "；"))
    return not cell and lead is None and _all_bold(p_el, text, pieces, ppr, styles)


def _all_bold(p_el, text: str, pieces, ppr, styles: "_StyleTable") -> bool:
    """Is a short paragraph bold throughout (an unnumbered heading set off by formatting alone)?"""
    stripped = text.strip()
    if not 2 <= len(stripped) <= MAX_EMPHASIS or stripped.endswith(("。", "；", ";", "，", ",")) \
            or _NUMBERED.match(stripped):
        return False  # long, a sentence, or numbered (its number decides): bold alone never matters here
    pstyle, seen = _pstyle(ppr), False
    if not styles.para(pstyle)["bold"] and p_el.find(_ANY_B) is None and p_el.find(_ANY_RSTYLE) is None:
        return False  # nothing in it or its style can make it bold (the common case, found in C)
    for run in p_el.iter(_W + "r"):  # the first plain run with text decides (most paragraphs: at once)
        if not any((t.text or "").strip() for t in run.iter(_W + "t")):
            continue
        if not styles.run_signature(run, pstyle)[0]:
            return False
        seen = True
    return seen


_HEADING_FACE = re.compile(r"黑|楷|标宋|Hei|Kai", re.I)
_SENTENCE_ENDS = ("。", "；", ";", "，", ",", "：", ":")
MAX_BODY_SAMPLES = 400  # long paragraphs whose face is read to learn the body text's face


class _Faces:
    """Headings set off by their typeface alone (黑体 or 楷体 lines among 仿宋 text, no number, not bold):
    a short line wholly in a heading face that is not the face of the body text."""

    def __init__(self):
        self.body: dict[str, int] = {}
        self.samples = 0
        self.short: list[tuple[int, str]] = []

    def see(self, i: int, stripped: str, pieces, ppr, styles: "_StyleTable") -> None:
        if len(stripped) >= 40:
            if self.samples < MAX_BODY_SAMPLES:
                self.samples += 1
                face = _face(pieces, ppr, styles, first_only=True)
                if face:
                    self.body[face] = self.body.get(face, 0) + 1
        elif len(stripped) >= 2 and not stripped.endswith(_SENTENCE_ENDS) and not _NUMBERED.match(stripped):
            face = _face(pieces, ppr, styles)
            if face and _HEADING_FACE.search(face):
                self.short.append((i, face))

    def set_off(self) -> list[int]:
        if not self.short or not self.body:
            return []
        body = max(self.body, key=self.body.get)
        return [i for i, face in self.short if face != body]


def _face(pieces, ppr, styles: "_StyleTable", first_only: bool = False) -> str | None:
    """The east-Asian typeface of the paragraph's text runs (of the first only), None when they differ."""
    pstyle, face, seen = _pstyle(ppr), None, set()
    for text, node in pieces:
        run = node.getparent()
        if run is None or run.tag != _W + "r" or id(run) in seen or not text.strip():
            continue
        seen.add(id(run))
        f = styles.run_signature(run, pstyle)[1]
        if face is None:
            face = f
            if first_only:
                return face
        elif f != face:
            return None
    return face


def _segments(pieces, lead: int, n: int, p_el, styles: "_StyleTable", pstyle: str | None) -> list[list]:
    """The first three [start, end, look] runs of one look in the stripped text (white space joins the run before).

    A piece shares its look with its whole run, so the text is walked a piece at a time; only the
    first three segments decide a lead, so the walk stops at the fourth.
    """
    segs: list[list] = []
    looks: dict = {}
    pos = 0
    for s, node in pieces:
        a, b = pos, pos + len(s)
        pos = b
        if b <= lead:
            continue
        if a >= lead + n:
            break
        part = s[max(a, lead) - a : min(b, lead + n) - a]
        rel = max(a, lead) - lead
        j = len(part) - len(part.lstrip())
        if j == len(part):
            if segs:
                segs[-1][1] = rel + len(part)
            continue
        run = node.getparent()
        while run is not None and run.tag != _W + "r" and run is not p_el:
            run = run.getparent()
        if run is not None and run.tag != _W + "r":
            run = None
        if run not in looks:  # keyed by the element itself, which keeps its proxy (and identity) alive
            looks[run] = styles.run_signature(run, pstyle)
        sig = looks[run]
        if segs and segs[-1][2] == sig:
            segs[-1][1] = rel + len(part)
            continue
        if len(segs) == 3:
            break
        if segs:
            segs[-1][1] = rel + j
        segs.append([rel + j, rel + len(part), sig])
    return segs


def _lead_end(text: str, segs: list[list]) -> int | None:
    """End of a lead run that looks different (bold, or another font) from the rest of the paragraph."""
    if len(text) < 8 or len(segs) < 2:
        return None
    k = 0
    if _MARKER_ONLY.match(text[segs[0][0] : segs[0][1]]) and len(segs) >= 3:
        k = 1  # "（一）" typed in the body font, then the bold title
    lead, rest = segs[k], segs[k + 1]
    (lb, lf), (rb, rf) = lead[2], rest[2]
    if not ((lb and not rb) or (lf and rf and lf != rf and lb == rb)):
        return None
    n_lead = len(text[: lead[1]].strip())
    if not 2 <= n_lead <= MAX_LEAD + (segs[0][1] if k else 0) or len(text[lead[1]:].strip()) < 4:
        return None
    return lead[1]


def _pstyle(ppr) -> str | None:
    ps = ppr.find(_W + "pStyle") if ppr is not None else None
    return ps.get(_W + "val") if ps is not None else None


def _on(el) -> bool | None:
    """A w:b style toggle: None when absent."""
    if el is None:
        return None
    return el.get(_W + "val", "true") not in ("0", "false", "off", "none")


def _font(rpr) -> str | None:
    fonts = rpr.find(_W + "rFonts") if rpr is not None else None
    if fonts is None:
        return None
    for attr in ("eastAsia", "eastAsiaTheme", "ascii", "asciiTheme"):
        if fonts.get(_W + attr):
            return fonts.get(_W + attr)
    return None


class _StyleTable:
    """style_id -> declared level, numbering, TOC flag and run look, with basedOn chains resolved."""

    def __init__(self, document):
        self.plain = None  # _levels of a paragraph without a pPr, once known
        raw = {}
        for s in document.styles.element.iter(_W + "style"):
            sid = s.get(_W + "styleId")
            name_el = s.find(_W + "name")
            name = (name_el.get(_W + "val") if name_el is not None else "") or ""
            based = s.find(_W + "basedOn")
            ppr = s.find(_W + "pPr")
            rpr = s.find(_W + "rPr")
            olvl = _int(ppr.find(_W + "outlineLvl").get(_W + "val")) \
                if ppr is not None and ppr.find(_W + "outlineLvl") is not None else None
            level = None
            if olvl is not None and olvl < 9:
                level = olvl + 1
            elif _HEADING_NAME.match(name):
                level = int(_HEADING_NAME.match(name).group(1))
            elif _TITLE_NAME.match(name):
                level = 0
            bold = _on(rpr.find(_W + "b")) if rpr is not None else None
            raw[sid] = dict(level=level, num=_numpr(ppr), toc=bool(_TOC_NAME.match(name)), bold=bold,
                            font=_font(rpr), based=based.get(_W + "val") if based is not None else None)
        self.styles: dict[str, dict] = {}
        for sid in raw:
            out = dict(level=None, num=None, toc=False, bold=None, font=None)
            cur, seen = sid, set()
            while cur in raw and cur not in seen:
                seen.add(cur)
                for key in out:
                    if out[key] in (None, False) and raw[cur][key] not in (None, False):
                        out[key] = raw[cur][key]
                cur = raw[cur]["based"]
            self.styles[sid] = out
        self.default = self.styles.get("Normal") or self.styles.get("a") or dict(level=None, num=None, toc=False,
                                                                                     bold=None, font=None)
        defaults = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self.default_font = _font(defaults)

    def para(self, sid: str | None) -> dict:
        return self.styles.get(sid, self.default) if sid else self.default

    def run_signature(self, run, pstyle: str | None) -> tuple[bool, str | None]:
        """(bold, east-Asian font) of a run: run properties, then its character style, then the paragraph's."""
        para = self.para(pstyle)
        bold, font = None, None
        rpr = run.find(_W + "rPr") if run is not None else None
        if rpr is not None:
            bold, font = _on(rpr.find(_W + "b")), _font(rpr)
            rs = rpr.find(_W + "rStyle")
            char = self.styles.get(rs.get(_W + "val")) if rs is not None else None
            if char:
                bold = char["bold"] if bold is None else bold
                font = font or char["font"]
        bold = para["bold"] if bold is None else bold
        return bool(bold), font or para["font"] or self.default_font


def _numpr(ppr):
    if ppr is None:
        return None
    numpr = ppr.find(_W + "numPr")
    if numpr is None:
        return None
    num_id = numpr.find(_W + "numId")
    ilvl = numpr.find(_W + "ilvl")
    if num_id is None:
        return None
    level = _int(ilvl.get(_W + "val"), None) if ilvl is not None else 0
    if level is None or level > 8:
        return None  # Word has levels 0-8; anything else is not a list level
    return (num_id.get(_W + "val"), level)


def _levels(ppr, styles: _StyleTable, numbering) -> tuple[int | None, str | None, bool]:
    sid = None
    level = None
    if ppr is not None:
        ps = ppr.find(_PSTYLE)
        sid = ps.get(_VAL) if ps is not None else None
        olvl = ppr.find(_OUTLINE)
        v = _int(olvl.get(_VAL)) if olvl is not None else None
        if v is not None:
            level = v + 1 if v < 9 else None
    elif styles.plain is not None:
        return styles.plain  # no pPr: the default paragraph style's, worked out once
    style = styles.para(sid)
    if level is None:
        level = style["level"]
    num = _numpr(ppr) or style["num"]
    out = level, numbering.render(num) if num else None, style["toc"]
    if ppr is None and not num:
        styles.plain = out  # the same for every paragraph without a pPr (rendering a number counts: never cached)
    return out

