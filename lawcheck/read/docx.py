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

from ..errors import InputError
from ..model import RawDocument, RawParagraph
from .docx_numbering import Numbering, int_attr as _int

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_TITLE_NAME = re.compile(r"^(?:title|标题)$", re.I)
_TOC_NAME = re.compile(r"^(?:toc|目录)\s*\d$|^toc heading$", re.I)
_MARKER_ONLY = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*$")
_BLOCK_WRAPPERS = (_W + "sdt", _W + "customXml")

MAX_PARAGRAPHS = 100_000  # a year's report has a few hundred
MAX_CHARS = 5_000_000
MAX_LEAD = 40  # a formatted lead longer than this is emphasis, not a run-in heading


def read_docx(path: str, data: bytes) -> RawDocument:
    _check_size(path, data)
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
    for p_el, idx in _blocks(document.element.body):
        text, lead = _text_and_lead(p_el, styles)
        level, num, toc = _levels(p_el, styles, numbering)
        stripped = text.strip()
        if not stripped:
            continue
        out.append(stripped)
        paras.append(RawParagraph(pos, pos + len(stripped), level, num, idx,
                                  lead_end=pos + lead if lead else None, role="furniture" if toc else None))
        pos += len(stripped) + 1
    if not out:
        raise InputError(path, "Word 文件中没有文字内容", "请确认文件内容完整")
    meta = {}
    title = (document.core_properties.title or "").strip()
    if title:
        meta["page_title"] = title
    return RawDocument(path, "docx", "\n".join(out), paras, None, meta, source=document)


# -- size --------------------------------------------------------------------------------------

def _check_size(path: str, data: bytes) -> None:
    """Count paragraphs and characters of the body in one streaming pass, before the full parse."""
    import zipfile

    from lxml import etree

    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        name = _main_part(z)
        if name is None:
            return  # python-docx reports the broken package
        n_paras = n_chars = 0
        with z.open(name) as fh:
            for _, el in etree.iterparse(fh, events=("end",), tag=(_W + "p", _W + "t"), resolve_entities=False,
                                         no_network=True, huge_tree=False):
                if el.tag == _W + "t":
                    n_chars += len(el.text or "")
                else:
                    n_paras += 1
                el.clear()
                parent = el.getparent()
                # Drop finished siblings so memory stays flat on any file size.
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, etree.LxmlError):
        raise InputError(path, "不是有效的 .docx 文件（正文 XML 已损坏）", "请在 Word 中打开后重新另存为 .docx") from None
    hint = "请确认选择的是年度报告；如确需检查，请拆分成几个较小的文件"
    if n_paras > MAX_PARAGRAPHS:
        raise InputError(path, f"文件过大：{n_paras} 个段落（上限 {MAX_PARAGRAPHS}）", hint)
    if n_chars > MAX_CHARS:
        raise InputError(path, f"文件过大：{n_chars} 个字符（上限 {MAX_CHARS}）", hint)


def _main_part(z) -> str | None:
    names = set(z.namelist())
    if "_rels/.rels" in names:
        m = re.search(rb'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"|'
                      rb'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"', z.read("_rels/.rels"))
        if m:
            name = (m.group(1) or m.group(2)).decode("utf-8", "replace")
            if name in names:
                return name
    return "word/document.xml" if "word/document.xml" in names else None


# -- body --------------------------------------------------------------------------------------

def _blocks(body):
    """(w:p, body index) in reading order; paragraphs in tables and content controls get index None.

    The index counts direct ``w:p`` children only, so it equals python-docx's
    ``Document.paragraphs`` index (what annotate and layout look up).
    """
    index = 0
    for el in body.iterchildren():
        if el.tag == _W + "p":
            yield el, index
            index += 1
        elif el.tag == _W + "tbl":
            for p in el.iter(_W + "p"):
                yield p, None
        elif el.tag in _BLOCK_WRAPPERS:
            yield from ((p, None) for p in _wrapped(el))


def _wrapped(el):
    content = el.find(_W + "sdtContent") if el.tag == _W + "sdt" else el
    if content is None:
        return
    for child in content.iterchildren():
        if child.tag == _W + "p":
            yield child
        elif child.tag == _W + "tbl":
            yield from child.iter(_W + "p")
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


def _text_and_lead(p_el, styles: "_StyleTable") -> tuple[str, int | None]:
    """The paragraph text (as ``para_text``) and where a formatted lead run ends in the stripped text."""
    chars: list[str] = []
    sigs: list[tuple] = []
    pstyle = _pstyle(p_el)
    cache: dict[int, tuple] = {}
    for node in p_el.iter(_W + "t", _W + "tab"):
        s = (node.text or "") if node.tag == _W + "t" else "\t"
        run = node.getparent()
        while run is not None and run.tag != _W + "r" and run is not p_el:
            run = run.getparent()
        key = id(run)
        if key not in cache:
            cache[key] = styles.run_signature(run if run is not None and run.tag == _W + "r" else None, pstyle)
        for ch in s:
            if ch != "\n":
                chars.append(ch)
                sigs.append(cache[key])
    text = "".join(chars)
    lead = len(text) - len(text.lstrip())
    return text, _lead_end(text.strip(), sigs[lead : lead + len(text.strip())])


def _lead_end(text: str, sigs: list[tuple]) -> int | None:
    """End of a lead run that looks different (bold, or another font) from the rest of the paragraph."""
    if len(text) < 8:
        return None
    segs: list[list] = []  # [start, end, sig]
    for i, (ch, sig) in enumerate(zip(text, sigs)):
        if segs and (ch.isspace() or segs[-1][2] == sig):
            segs[-1][1] = i + 1
        else:
            segs.append([i, i + 1, sig])
    if len(segs) < 2:
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


def _pstyle(p_el) -> str | None:
    ps = p_el.find(f"{_W}pPr/{_W}pStyle")
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


def _levels(p_el, styles: _StyleTable, numbering) -> tuple[int | None, str | None, bool]:
    ppr = p_el.find(_W + "pPr")
    sid = None
    level = None
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        sid = ps.get(_W + "val") if ps is not None else None
        olvl = ppr.find(_W + "outlineLvl")
        v = _int(olvl.get(_W + "val")) if olvl is not None else None
        if v is not None:
            level = v + 1 if v < 9 else None
    style = styles.para(sid)
    if level is None:
        level = style["level"]
    num = _numpr(ppr) or style["num"]
    return level, numbering.render(num) if num else None, style["toc"]
