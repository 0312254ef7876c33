"""Effective formatting of a .docx, resolved the way Word resolves it.

The GB/T 9704 layout engine (``lawcheck.check.layout``) judges what a reader
would see, so this module resolves it once per document:

- run properties: docDefaults ``w:rPrDefault`` -> paragraph style chain
  (``w:basedOn``) -> character style chain -> direct ``w:rPr``; the Chinese
  font is the ``w:eastAsia`` slot (a theme reference ``w:eastAsiaTheme`` is
  resolved through the theme part and the run's ``w:lang w:eastAsia``);
- paragraph properties (alignment, line spacing) the same way, plus the
  section's document grid for "auto" line spacing;
- page size, margins, headers and footers from each section's ``w:sectPr``.

It works on the python-docx ``Document`` the reader already parsed
(``Document.source``), so a draft is parsed once; ``open_docx`` is the
fallback for a document outlined without it. python-docx and lxml are
imported only inside functions.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RT_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"

TWIP_MM = 25.4 / 1440

# Chinese names of font sizes (字号), in points.
SIZE_NAMES = {42: "初号", 36: "小初", 26: "一号", 24: "小一", 22: "二号", 18: "小二", 16: "三号", 15: "小三",
              14: "四号", 12: "小四", 10.5: "五号", 9: "小五", 7.5: "六号", 6.5: "小六", 5.5: "七号", 5: "八号"}
PAPER = {"A4": (210, 297), "A3": (297, 420), "A5": (148, 210), "B5": (176, 250), "B5（JIS）": (182, 257),
         "16开": (184, 260), "Letter": (215.9, 279.4), "Legal": (215.9, 355.6)}
ALIGN_NAMES = {"center": "居中", "left": "左对齐", "start": "左对齐", "right": "右对齐", "end": "右对齐",
               "both": "两端对齐", "distribute": "分散对齐", "justify": "两端对齐"}
_LANG_SCRIPT = (("zh-TW", "Hant"), ("zh-HK", "Hant"), ("zh-MO", "Hant"), ("zh", "Hans"), ("ja", "Jpan"),
                ("ko", "Hang"))
GRID_LINES = ("lines", "linesAndChars", "snapToChars")


@dataclass(frozen=True)
class RunFormat:
    font: str | None  # effective east-Asian font name, None = not determined
    font_note: str  # why font is None, or where a theme font came from
    size: float | None  # points, None = not set anywhere


@dataclass
class SectionFormat:
    index: int
    width: int | None  # twips
    height: int | None
    orient: str
    top: int | None
    bottom: int | None
    left: int | None
    right: int | None
    gutter: int
    grid_type: str
    grid_pitch: int | None  # twips
    footers: dict[str, Any]  # type -> footer root element (inherited from earlier sections)
    headers: dict[str, Any]
    title_pg: bool


def _merge_rpr(base: dict, rpr) -> dict:
    if rpr is None:
        return base
    out = dict(base)
    fonts = rpr.find(W + "rFonts")
    if fonts is not None:
        theme = fonts.get(W + "eastAsiaTheme")
        name = fonts.get(W + "eastAsia")
        if theme:  # a theme reference wins over an explicit name at the same level
            out["ea"] = ("theme", theme)
        elif name:
            out["ea"] = ("font", name)
    sz = rpr.find(W + "sz")
    if sz is not None and sz.get(W + "val"):
        v = _half_points(sz.get(W + "val"))
        if v is not None:
            out["sz"] = v
    lang = rpr.find(W + "lang")
    if lang is not None and lang.get(W + "eastAsia"):
        out["lang"] = lang.get(W + "eastAsia")
    return out


def _half_points(v: str) -> float | None:
    try:
        if v.endswith("pt"):
            return float(v[:-2])
        return int(v) / 2
    except ValueError:
        return None


def _merge_ppr(base: dict, ppr) -> dict:
    if ppr is None:
        return base
    out = dict(base)
    jc = ppr.find(W + "jc")
    if jc is not None and jc.get(W + "val"):
        out["jc"] = jc.get(W + "val")
    sp = ppr.find(W + "spacing")
    if sp is not None:
        for attr in ("line", "lineRule"):
            if sp.get(W + attr) is not None:
                out[attr] = sp.get(W + attr)
    snap = ppr.find(W + "snapToGrid")
    if snap is not None:
        out["snap"] = snap.get(W + "val", "1") not in ("0", "false", "off")
    return out


def open_docx(path: str):
    """Parse a .docx with python-docx (for a document outlined without ``source``)."""
    import docx

    return docx.Document(path)


class DocxFormat:
    """Styles, theme fonts and sections of a parsed .docx, resolved once."""

    def __init__(self, document):
        self.document = d = document
        body = d.element.body
        self.body_ps = list(body.iterchildren(W + "p"))  # == python-docx Document.paragraphs
        styles = d.styles.element
        defaults = styles.find(W + "docDefaults")
        rpr = defaults.find(f"{W}rPrDefault/{W}rPr") if defaults is not None else None
        ppr = defaults.find(f"{W}pPrDefault/{W}pPr") if defaults is not None else None
        self.default_r = _merge_rpr({}, rpr)
        self.default_p = _merge_ppr({}, ppr)
        self._raw: dict[str, Any] = {}
        self.default_pstyle = self.default_cstyle = None
        for s in styles.iterchildren(W + "style"):
            sid = s.get(W + "styleId")
            self._raw[sid] = s
            if s.get(W + "default") in ("1", "true", "on"):
                if s.get(W + "type") == "paragraph":
                    self.default_pstyle = sid
                elif s.get(W + "type") == "character":
                    self.default_cstyle = sid
        self._resolved: dict[tuple[str, str], dict] = {}
        self.theme = self._theme_fonts()
        settings = d.settings.element
        self.even_odd = settings.find(W + "evenAndOddHeaders") is not None
        self.gutter_top = settings.find(W + "gutterAtTop") is not None
        self.sections, self.para_section = self._sections(body)

    # -- styles ---------------------------------------------------------------
    def _style(self, sid: str | None, kind: str) -> dict:
        """Merged rPr ('r') or pPr ('p') of a style and its basedOn chain."""
        if sid is None or sid not in self._raw:
            return {}
        key = (sid, kind)
        if key not in self._resolved:
            self._resolved[key] = {}  # cycle guard
            s = self._raw[sid]
            based = s.find(W + "basedOn")
            base = self._style(based.get(W + "val"), kind) if based is not None else {}
            if kind == "r":
                self._resolved[key] = _merge_rpr(base, s.find(W + "rPr"))
            else:
                self._resolved[key] = _merge_ppr(base, s.find(W + "pPr"))
        return self._resolved[key]

    def _pstyle_id(self, p_el) -> str | None:
        ps = p_el.find(f"{W}pPr/{W}pStyle")
        return ps.get(W + "val") if ps is not None else self.default_pstyle

    def para_props(self, p_el) -> dict:
        props = {**self.default_p, **self._style(self._pstyle_id(p_el), "p")}
        return _merge_ppr(props, p_el.find(W + "pPr"))

    def run_format(self, p_el, r_el) -> RunFormat:
        props = {**self.default_r, **self._style(self._pstyle_id(p_el), "r")}
        if r_el is not None:
            rs = r_el.find(f"{W}rPr/{W}rStyle")
            props = {**props, **self._style(rs.get(W + "val") if rs is not None else self.default_cstyle, "r")}
            props = _merge_rpr(props, r_el.find(W + "rPr"))
        font, note = self._font(props)
        return RunFormat(font, note, props.get("sz"))

    # -- fonts ------------------------------------------------------------------
    def _theme_fonts(self) -> dict[str, tuple[str, dict[str, str]]]:
        """'major'/'minor' -> (ea typeface, {script: typeface})."""
        from lxml import etree

        try:
            part = self.document.part.part_related_by(_RT_THEME)
            root = etree.fromstring(part.blob)
        except Exception:  # no theme part, or one that does not parse
            return {}
        out = {}
        for kind in ("major", "minor"):
            el = root.find(f".//{_A}{kind}Font")
            if el is None:
                continue
            ea = el.find(_A + "ea")
            scripts = {f.get("script"): f.get("typeface") for f in el.iterchildren(_A + "font")}
            out[kind] = ((ea.get("typeface") or "") if ea is not None else "", scripts)
        return out

    def _font(self, props: dict) -> tuple[str | None, str]:
        slot = props.get("ea")
        if slot is None:
            return None, "文件未设置中文字体"
        kind, value = slot
        if kind == "font":
            return value.strip(), ""
        which = "major" if value.startswith("major") else "minor"
        label = "标题主题字体" if which == "major" else "正文主题字体"
        if which not in self.theme:
            return None, f"{label}，文件中没有主题"
        ea, scripts = self.theme[which]
        if ea:
            return ea, f"{label}"
        lang = props.get("lang") or ""
        script = next((s for prefix, s in _LANG_SCRIPT if lang.startswith(prefix)), None)
        if script and scripts.get(script):
            return scripts[script], f"{label}"
        return None, f"{label}未指定中文字体，实际字体取决于打开文件的电脑"

    # -- sections ---------------------------------------------------------------
    def _sections(self, body) -> tuple[list[SectionFormat], list[int]]:
        # A section break sits in the pPr of its section's last body paragraph. Found with one C-level
        # walk over the few w:sectPr, not a find on each of (maybe 200,000) paragraphs.
        ends = []  # (index of the section's last paragraph, its sectPr)
        breaks = {sp.getparent().getparent(): sp for sp in body.iter(W + "sectPr")
                  if sp.getparent().tag == W + "pPr" and sp.getparent().getparent().getparent() is body}
        if breaks:
            ends = [(i, breaks[p]) for i, p in enumerate(self.body_ps) if p in breaks]
        sect_prs = [sp for _, sp in ends]
        para_section, start = [], 0
        for k, (i, _) in enumerate(ends):
            para_section += [k] * (i + 1 - start)
            start = i + 1
        para_section += [len(ends)] * (len(self.body_ps) - start)
        final = body.find(W + "sectPr")
        if final is not None:
            sect_prs.append(final)
        out = []
        footers: dict[str, Any] = {}
        headers: dict[str, Any] = {}
        for i, sp in enumerate(sect_prs):
            for tag, store in (("footerReference", footers), ("headerReference", headers)):
                for ref in sp.iterchildren(W + tag):
                    el = self._related_root(ref.get(_RID))
                    if el is not None:
                        store[ref.get(W + "type", "default")] = el
            pg = sp.find(W + "pgSz")
            mar = sp.find(W + "pgMar")
            grid = sp.find(W + "docGrid")
            out.append(SectionFormat(
                index=i,
                width=_twips(pg, "w"), height=_twips(pg, "h"),
                orient=(pg.get(W + "orient") if pg is not None else None) or "portrait",
                top=_twips(mar, "top"), bottom=_twips(mar, "bottom"),
                left=_twips(mar, "left"), right=_twips(mar, "right"),
                gutter=_twips(mar, "gutter") or 0,
                grid_type=(grid.get(W + "type") if grid is not None else None) or "default",
                grid_pitch=_twips(grid, "linePitch"),
                footers=dict(footers), headers=dict(headers),
                title_pg=sp.find(W + "titlePg") is not None
                and sp.find(W + "titlePg").get(W + "val", "1") not in ("0", "false", "off"),
            ))
        # Paragraphs after the last section break belong to the final section.
        n = len(out)
        para_section = [min(s, n - 1) for s in para_section] if n else para_section
        return out, para_section

    def _related_root(self, rid: str | None):
        if not rid:
            return None
        try:
            part = self.document.part.related_parts[rid]
        except KeyError:
            return None
        el = getattr(part, "element", None)
        if el is None:
            from lxml import etree

            try:
                el = etree.fromstring(part.blob)
            except Exception:
                return None
        return el

    # -- text of a paragraph, char by char, with the run each char is in -----------------
    def para_runs(self, idx: int | None, expect: str) -> list[tuple[int, int, Any]] | None:
        if idx is None or not 0 <= idx < len(self.body_ps):
            return None
        return run_spans(self.body_ps[idx], expect)


def run_spans(p_el, expect: str) -> list[tuple[int, int, Any]] | None:
    """(start, end, w:r) spans of a paragraph's text as ``read/docx.py`` extracted it.

    Offsets are relative to the stripped paragraph text (``expect``, i.e.
    ``doc.text[p.start:p.end]``); a char outside any run (rare) has ``None``.
    Returns None if the text does not match ``expect`` (the file changed since
    it was read, or a construct this mapping does not know).
    """
    chars: list[str] = []
    owners: list[Any] = []
    for node in p_el.iter(W + "t", W + "tab"):  # the same nodes read/docx.py reads
        s = (node.text or "") if node.tag == W + "t" else "\t"
        r = node.getparent()
        while r is not None and r.tag != W + "r" and r is not p_el:
            r = r.getparent()
        r = r if r is not None and r.tag == W + "r" else None
        for ch in s:
            if ch != "\n":
                chars.append(ch)
                owners.append(r)
    text = "".join(chars)
    stripped = text.strip()
    if stripped != expect:
        return None
    lead = len(text) - len(text.lstrip())
    owners = owners[lead : lead + len(stripped)]
    spans: list[tuple[int, int, Any]] = []
    for i, r in enumerate(owners):
        if spans and spans[-1][2] is r:
            spans[-1] = (spans[-1][0], i + 1, r)
        else:
            spans.append((i, i + 1, r))
    return spans


def _twips(el, attr: str) -> int | None:
    if el is None or el.get(W + attr) is None:
        return None
    try:
        return int(float(el.get(W + attr)))
    except ValueError:
        return None



def is_cjk(c: str) -> bool:
    o = ord(c)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F
            or 0x20000 <= o <= 0x3FFFF)


def size_label(pt: float | None) -> str:
    if pt is None:
        return "字号未设置"
    v = int(pt) if float(pt).is_integer() else pt
    name = SIZE_NAMES.get(pt)
    return f"{name}（{v}磅）" if name else f"{v}磅"


def num(v: float, digits: int = 1) -> str:
    s = f"{round(v + 0.0, digits):.{digits}f}".rstrip("0").rstrip(".")
    return s or "0"

