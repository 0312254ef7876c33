"""GB/T 9704-2012 layout checks for .docx drafts (the ``layout`` engine).

A rule names its check in YAML (``detect: {check: margins, params: {...}}``);
every expected value (sizes, fonts, tolerances) is data in the rule pack.
Checks read the *effective* formatting Word would use:

- run properties: docDefaults ``w:rPrDefault`` -> paragraph style chain
  (``w:basedOn``) -> character style chain -> direct ``w:rPr``; the Chinese
  font is the ``w:eastAsia`` slot (a theme reference ``w:eastAsiaTheme`` is
  resolved through the theme part and the run's ``w:lang w:eastAsia``);
- paragraph properties (alignment, line spacing) the same way, plus the
  section's document grid for "auto" line spacing;
- page size, margins and footers from each section's ``w:sectPr``.

Which paragraph is the title, a level-N heading or body text comes from the
outline (``Document.paragraphs`` roles and the section tree), mapped to the
file through ``Paragraph.source_index``. A value the file does not determine
(a theme font with no Chinese face, a size set nowhere) is reported as unknown
and never guessed; a rule with nothing determinable is ``skip``.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from typing import Any, Callable

from .errors import UsageError
from .model import Document, Evidence, Finding, Paragraph, Section

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RT_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"

MAX_EVIDENCE = 3
QUOTE_LEN = 60  # layout quotes only need to identify the paragraph
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
_GRID_LINES = ("lines", "linesAndChars", "snapToChars")


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def evaluate_layout(doc: Document, rule, skip_reason: str | None) -> Finding:
    """Run the check a layout rule names in ``detect.check`` and return its finding."""
    check = rule.detect.get("check")
    fn = _CHECKS.get(check)
    if fn is None:
        raise UsageError(f"规则 {rule.id} 的 detect.check 无效：{check!r}（可用：{'、'.join(_CHECKS)}）")
    if skip_reason:
        return _finding(rule, "skip", skip_reason)
    params = dict(rule.detect.get("params") or {})
    if check == "date_format":  # text only: needs no formatting
        return fn(_Ctx(doc, None, rule, params))
    fmt, reason = _formatting(doc.file)
    if fmt is None:
        return _finding(rule, "skip", reason)
    return fn(_Ctx(doc, fmt, rule, params))


def _finding(rule, verdict: str, message: str, evidence: list[Evidence] | None = None,
             expected: str | None = None, actual: str | None = None) -> Finding:
    return Finding(
        rule=rule.id,
        verdict=verdict,
        coverage="body" if verdict in ("pass", "warn", "fail") else "none",
        severity=rule.severity,
        title=rule.title,
        message=message,
        basis=rule.basis.text(),
        evidence=list(evidence or [])[:MAX_EVIDENCE],
        guidance=rule.guidance,
        group=rule.group,
        expected=expected,
        actual=actual,
    )


def _formatting(path: str) -> tuple["_Docx | None", str]:
    try:
        st = os.stat(path)
    except OSError:
        return None, "无法重新打开 Word 文件读取版式"
    try:
        return _load(os.path.abspath(path), st.st_mtime_ns, st.st_size), ""
    except Exception as exc:  # a file the reader accepted but python-docx cannot map
        return None, f"无法读取 Word 文件的版式信息（{type(exc).__name__}）"


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> "_Docx":
    """One parse per file (and version) per process: the eight rules share it."""
    return _Docx(path)


# --------------------------------------------------------------------------------------------
# Effective formatting of a .docx
# --------------------------------------------------------------------------------------------


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
    fonts = rpr.find(_W + "rFonts")
    if fonts is not None:
        theme = fonts.get(_W + "eastAsiaTheme")
        name = fonts.get(_W + "eastAsia")
        if theme:  # a theme reference wins over an explicit name at the same level
            out["ea"] = ("theme", theme)
        elif name:
            out["ea"] = ("font", name)
    sz = rpr.find(_W + "sz")
    if sz is not None and sz.get(_W + "val"):
        v = _half_points(sz.get(_W + "val"))
        if v is not None:
            out["sz"] = v
    lang = rpr.find(_W + "lang")
    if lang is not None and lang.get(_W + "eastAsia"):
        out["lang"] = lang.get(_W + "eastAsia")
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
    jc = ppr.find(_W + "jc")
    if jc is not None and jc.get(_W + "val"):
        out["jc"] = jc.get(_W + "val")
    sp = ppr.find(_W + "spacing")
    if sp is not None:
        for attr in ("line", "lineRule"):
            if sp.get(_W + attr) is not None:
                out[attr] = sp.get(_W + attr)
    snap = ppr.find(_W + "snapToGrid")
    if snap is not None:
        out["snap"] = snap.get(_W + "val", "1") not in ("0", "false", "off")
    return out


class _Docx:
    """A .docx opened once, with styles, theme fonts and sections resolved."""

    def __init__(self, path: str):
        import docx

        self.document = d = docx.Document(path)
        body = d.element.body
        self.body_ps = list(body.iterchildren(_W + "p"))  # == python-docx Document.paragraphs
        styles = d.styles.element
        defaults = styles.find(_W + "docDefaults")
        rpr = defaults.find(f"{_W}rPrDefault/{_W}rPr") if defaults is not None else None
        ppr = defaults.find(f"{_W}pPrDefault/{_W}pPr") if defaults is not None else None
        self.default_r = _merge_rpr({}, rpr)
        self.default_p = _merge_ppr({}, ppr)
        self._raw: dict[str, Any] = {}
        self.default_pstyle = self.default_cstyle = None
        for s in styles.iterchildren(_W + "style"):
            sid = s.get(_W + "styleId")
            self._raw[sid] = s
            if s.get(_W + "default") in ("1", "true", "on"):
                if s.get(_W + "type") == "paragraph":
                    self.default_pstyle = sid
                elif s.get(_W + "type") == "character":
                    self.default_cstyle = sid
        self._resolved: dict[tuple[str, str], dict] = {}
        self.theme = self._theme_fonts()
        settings = d.settings.element
        self.even_odd = settings.find(_W + "evenAndOddHeaders") is not None
        self.gutter_top = settings.find(_W + "gutterAtTop") is not None
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
            based = s.find(_W + "basedOn")
            base = self._style(based.get(_W + "val"), kind) if based is not None else {}
            if kind == "r":
                self._resolved[key] = _merge_rpr(base, s.find(_W + "rPr"))
            else:
                self._resolved[key] = _merge_ppr(base, s.find(_W + "pPr"))
        return self._resolved[key]

    def _pstyle_id(self, p_el) -> str | None:
        ps = p_el.find(f"{_W}pPr/{_W}pStyle")
        return ps.get(_W + "val") if ps is not None else self.default_pstyle

    def para_props(self, p_el) -> dict:
        props = {**self.default_p, **self._style(self._pstyle_id(p_el), "p")}
        return _merge_ppr(props, p_el.find(_W + "pPr"))

    def run_format(self, p_el, r_el) -> RunFormat:
        props = {**self.default_r, **self._style(self._pstyle_id(p_el), "r")}
        if r_el is not None:
            rs = r_el.find(f"{_W}rPr/{_W}rStyle")
            props = {**props, **self._style(rs.get(_W + "val") if rs is not None else self.default_cstyle, "r")}
            props = _merge_rpr(props, r_el.find(_W + "rPr"))
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
        sect_prs, para_section = [], []
        for p in self.body_ps:
            para_section.append(len(sect_prs))
            sp = p.find(f"{_W}pPr/{_W}sectPr")
            if sp is not None:
                sect_prs.append(sp)
        final = body.find(_W + "sectPr")
        if final is not None:
            sect_prs.append(final)
        out = []
        footers: dict[str, Any] = {}
        headers: dict[str, Any] = {}
        for i, sp in enumerate(sect_prs):
            for tag, store in (("footerReference", footers), ("headerReference", headers)):
                for ref in sp.iterchildren(_W + tag):
                    el = self._related_root(ref.get(_RID))
                    if el is not None:
                        store[ref.get(_W + "type", "default")] = el
            pg = sp.find(_W + "pgSz")
            mar = sp.find(_W + "pgMar")
            grid = sp.find(_W + "docGrid")
            out.append(SectionFormat(
                index=i,
                width=_twips(pg, "w"), height=_twips(pg, "h"),
                orient=(pg.get(_W + "orient") if pg is not None else None) or "portrait",
                top=_twips(mar, "top"), bottom=_twips(mar, "bottom"),
                left=_twips(mar, "left"), right=_twips(mar, "right"),
                gutter=_twips(mar, "gutter") or 0,
                grid_type=(grid.get(_W + "type") if grid is not None else None) or "default",
                grid_pitch=_twips(grid, "linePitch"),
                footers=dict(footers), headers=dict(headers),
                title_pg=sp.find(_W + "titlePg") is not None
                and sp.find(_W + "titlePg").get(_W + "val", "1") not in ("0", "false", "off"),
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
    for node in p_el.iter(_W + "t", _W + "tab"):  # the same nodes read/docx.py reads
        s = (node.text or "") if node.tag == _W + "t" else "\t"
        r = node.getparent()
        while r is not None and r.tag != _W + "r" and r is not p_el:
            r = r.getparent()
        r = r if r is not None and r.tag == _W + "r" else None
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
    if el is None or el.get(_W + attr) is None:
        return None
    try:
        return int(float(el.get(_W + attr)))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Judging text spans against a font spec
# --------------------------------------------------------------------------------------------


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F
            or 0x20000 <= o <= 0x3FFFF)


def size_label(pt: float | None) -> str:
    if pt is None:
        return "字号未设置"
    v = int(pt) if float(pt).is_integer() else pt
    name = SIZE_NAMES.get(pt)
    return f"{name}（{v}磅）" if name else f"{v}磅"


def _num(v: float, digits: int = 1) -> str:
    s = f"{round(v + 0.0, digits):.{digits}f}".rstrip("0").rstrip(".")
    return s or "0"


@dataclass
class _Judgement:
    status: str  # ok | bad | unknown
    actual: str
    reason: str = ""  # why unknown


@dataclass
class _Spec:
    label: str  # e.g. 一级标题
    fonts: tuple[str, ...]
    size: float | None
    size_tol: float = 0.0
    align: str | None = None

    def expected(self) -> str:
        # Name the first two accepted fonts; the rule file lists them all.
        fonts = "或".join(self.fonts[:2])
        s = f"{fonts} {size_label(self.size)}" if self.fonts else size_label(self.size)
        if self.align:
            s += f"，{ALIGN_NAMES.get(self.align, self.align)}"
        return s


def _spec(label: str, p: dict, defaults: dict) -> _Spec:
    fonts = p.get("fonts", defaults.get("fonts")) or []
    size = p.get("size_pt", defaults.get("size_pt"))
    return _Spec(label, tuple(str(f) for f in fonts), float(size) if size is not None else None,
                 float(p.get("size_tolerance_pt", defaults.get("size_tolerance_pt", 0)) or 0),
                 p.get("align", defaults.get("align")))


def _font_ok(font: str, accepted: tuple[str, ...]) -> bool:
    f = font.replace(" ", "").lower()
    return any(f == a.replace(" ", "").lower() for a in accepted)


class _Ctx:
    def __init__(self, doc: Document, fmt: _Docx | None, rule, params: dict):
        self.doc, self.fmt, self.rule, self.params = doc, fmt, rule, params
        self.mismatch = rule.verdicts.get("mismatch", "fail")

    # -- evidence ---------------------------------------------------------------
    def evidence(self, p: Paragraph | tuple[int, int]) -> Evidence:
        start, end = (p.start, p.end) if isinstance(p, Paragraph) else p
        end = min(end, start + QUOTE_LEN)
        return Evidence(self.doc.path_at(start), self.doc.text[start:end], start, end)

    def judge(self, p: Paragraph, spec: _Spec, start: int | None = None, end: int | None = None) -> _Judgement:
        """Effective font and size of ``doc.text[start:end]`` (default: the paragraph) against ``spec``."""
        fmt = self.fmt
        spans = fmt.para_runs(p.source_index, self.doc.text[p.start : p.end])
        if spans is None:
            return _Judgement("unknown", "未能在 Word 文件中定位该段", "未能定位段落")
        a = (start if start is not None else p.start) - p.start
        b = (end if end is not None else p.end) - p.start
        text = self.doc.text[p.start : p.end]
        p_el = fmt.body_ps[p.source_index]
        # (font, note, size) -> [cjk chars, all non-space chars]
        tally: dict[tuple, list[int]] = {}
        for s, e, r in spans:
            s, e = max(s, a), min(e, b)
            if s >= e:
                continue
            chunk = text[s:e]
            n_all = sum(1 for c in chunk if not c.isspace())
            if not n_all:
                continue
            n_cjk = sum(1 for c in chunk if _is_cjk(c))
            rf = fmt.run_format(p_el, r)
            t = tally.setdefault((rf.font, rf.font_note, rf.size), [0, 0])
            t[0] += n_cjk
            t[1] += n_all
        if not tally:
            return _Judgement("unknown", "段落中没有文字", "没有文字")
        font_status, size_status = "ok", "ok"
        reasons = []
        for (font, note, size), (n_cjk, n_all) in tally.items():
            if spec.fonts and n_cjk:
                if font is None:
                    font_status = "unknown" if font_status == "ok" else font_status
                    reasons.append(f"中文字体无法确定：{note}")
                elif not _font_ok(font, spec.fonts):
                    font_status = "bad"
            if spec.size is not None:
                if size is None:
                    size_status = "unknown" if size_status == "ok" else size_status
                    reasons.append("字号在文件中未设置")
                elif abs(size - spec.size) > spec.size_tol + 1e-6:
                    size_status = "bad"
        align_status, align_actual = "ok", None
        if spec.align:
            jc = fmt.para_props(p_el).get("jc") or "left"
            align_actual = ALIGN_NAMES.get(jc, jc)
            if jc != spec.align:
                align_status = "bad"
        statuses = (font_status, size_status, align_status)
        status = "bad" if "bad" in statuses else "unknown" if "unknown" in statuses else "ok"
        actual = self._describe(tally, bool(spec.fonts))
        if align_actual:
            actual += f"，{align_actual}"
        return _Judgement(status, actual, "；".join(dict.fromkeys(reasons)))

    @staticmethod
    def _describe(tally: dict, with_font: bool) -> str:
        items = sorted(tally.items(), key=lambda kv: -kv[1][1])
        parts = []
        for (font, note, size), (n_cjk, n_all) in items:
            if with_font and n_cjk:
                f = font if font else f"中文字体不确定（{note}）"
            else:
                f = ""
            parts.append((f"{f} {size_label(size)}".strip(), n_all))
        merged: dict[str, int] = {}
        for label, n in parts:
            merged[label] = merged.get(label, 0) + n
        if len(merged) == 1:
            return next(iter(merged))
        return "混用：" + "、".join(f"{k}（{n}字）" for k, n in merged.items())

    # -- verdict over many paragraphs ----------------------------------------------------
    def verdict(self, judged: list[tuple[Paragraph | tuple[int, int], str, _Judgement]], what: str,
                expected: str, none_reason: str, expected_of: Callable[[str], str] | None = None) -> Finding:
        """``judged``: (paragraph or span, label, judgement) for each place checked.

        ``expected_of(label)`` names what one kind of place should be (headings differ by level).
        """
        bad = [j for j in judged if j[2].status == "bad"]
        ok = [j for j in judged if j[2].status == "ok"]
        unknown = [j for j in judged if j[2].status == "unknown"]
        rule = self.rule
        if bad:
            if expected_of:
                examples = "；".join(f"{lab}“{_clip(self.evidence(p).quote)}”为 {j.actual}（应为 {expected_of(lab)}）"
                                    for p, lab, j in bad[:MAX_EVIDENCE])
                msg = f"{len(bad)} 处{what}不符合要求（共检查 {len(judged)} 处）。如：{examples}。"
                exp = "；".join(dict.fromkeys(f"{lab} {expected_of(lab)}" for _, lab, _ in bad))
                act = _summary([f"{lab} {j.actual}" for _, lab, j in bad])
            else:
                examples = "；".join(f"“{_clip(self.evidence(p).quote)}”为 {j.actual}" for p, _, j in bad[:MAX_EVIDENCE])
                msg = f"{len(bad)} 处{what}不符合要求（共检查 {len(judged)} 处），应为 {expected}。如：{examples}。"
                exp, act = expected, _summary([j.actual for _, _, j in bad])
            return _finding(rule, self.mismatch, msg, [self.evidence(p) for p, _, _ in bad], exp, act)
        if ok:
            msg = f"检查了 {len(judged)} 处{what}，均符合要求（{expected}）。"
            if unknown:
                msg = (f"检查了 {len(judged)} 处{what}：{len(ok)} 处符合，{len(unknown)} 处无法确定"
                       f"（{unknown[0][2].reason}）。")
            return _finding(rule, "pass", msg, [self.evidence(ok[0][0])], expected,
                            _summary([j.actual for _, _, j in ok]))
        if unknown:
            j = unknown[0][2]
            return _finding(rule, "skip", f"无法确定{what}的格式：{j.reason or j.actual}。",
                            [self.evidence(unknown[0][0])], expected, None)
        return _finding(rule, "skip", none_reason, [], expected, None)

    # -- structure -----------------------------------------------------------------
    def paragraphs(self, roles) -> list[Paragraph]:
        return [p for p in self.doc.paragraphs if p.role in roles and p.source_index is not None]

    def heading_paragraphs(self) -> list[tuple[Section, Paragraph]]:
        by_start = {p.start: p for p in self.doc.paragraphs}
        out = []
        for s in self.doc.walk():
            p = by_start.get(s.start)
            if p is not None and p.source_index is not None and p.role == "heading":
                out.append((s, p))
        return out

    def text_sections(self) -> list[SectionFormat]:
        """Sections of the file that hold report text (all sections if none can be mapped)."""
        fmt = self.fmt
        used = sorted({fmt.para_section[p.source_index] for p in self.doc.paragraphs
                       if p.source_index is not None and p.source_index < len(fmt.para_section)})
        secs = [fmt.sections[i] for i in used if i < len(fmt.sections)]
        return secs or list(fmt.sections)

    def first_paragraph_of(self, sec: SectionFormat) -> Paragraph | None:
        fmt = self.fmt
        for p in self.doc.paragraphs:
            if p.source_index is not None and p.source_index < len(fmt.para_section) \
                    and fmt.para_section[p.source_index] == sec.index:
                return p
        return self.doc.paragraphs[0] if self.doc.paragraphs else None

    def section_label(self, sec: SectionFormat) -> str:
        return "" if len(self.fmt.sections) == 1 else f"第{sec.index + 1}节"


def _clip(s: str, n: int = 24) -> str:
    return s if len(s) <= n else s[:n] + "…"


def _summary(actuals: list[str]) -> str:
    counts: dict[str, int] = {}
    for a in actuals:
        counts[a] = counts.get(a, 0) + 1
    if len(counts) == 1:
        return next(iter(counts))
    return "；".join(f"{a}（{n}处）" for a, n in sorted(counts.items(), key=lambda kv: -kv[1]))


# --------------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------------


def _check_page(c: _Ctx) -> Finding:
    p = c.params
    want_w, want_h = float(p.get("width_mm", 210)), float(p.get("height_mm", 297))
    tol = float(p.get("tolerance_mm", 1))
    name = p.get("name", "A4")
    expected = f"{name}（{_num(want_w)} × {_num(want_h)} 毫米）"
    bad, ok, unknown = [], [], []
    for sec in c.text_sections():
        if sec.width is None or sec.height is None:
            unknown.append(sec)
            continue
        w, h = sec.width * TWIP_MM, sec.height * TWIP_MM
        short, long_ = sorted((w, h))
        paper = next((n for n, (pw, ph) in PAPER.items() if abs(short - pw) <= tol and abs(long_ - ph) <= tol), None)
        actual = f"{paper or '非标准纸张'}（{_num(w)} × {_num(h)} 毫米{'，横向' if w > h else ''}）"
        # A landscape A4 page (a wide table) is still A4.
        if abs(short - want_w) <= tol and abs(long_ - want_h) <= tol:
            ok.append((sec, actual))
        else:
            bad.append((sec, actual))
    if bad:
        sec, actual = bad[0]
        where = c.section_label(sec)
        ev = [c.evidence(x) for x in (c.first_paragraph_of(s) for s, _ in bad) if x is not None]
        return _finding(c.rule, c.mismatch, f"{where}纸张为 {actual}，应为 {expected}。", ev, expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return _finding(c.rule, "pass", f"纸张为 {ok[0][1]}。", [c.evidence(first)] if first else [], expected,
                        ok[0][1])
    return _finding(c.rule, "skip", "文件未设置纸张大小（w:pgSz），实际纸张取决于打开文件的软件。", [], expected)


def _check_margins(c: _Ctx) -> Finding:
    p = c.params
    want = {k: float(p.get(k + "_mm", d)) for k, d in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26))}
    tol = float(p.get("tolerance_mm", 1))
    names = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
    expected = "，".join(f"{names[k]} {_num(v)}" for k, v in want.items()) + f" 毫米（±{_num(tol)}）"
    if "type_area_mm" in p:
        ta = p["type_area_mm"]
        expected += f"，版心 {_num(float(ta[0]))} × {_num(float(ta[1]))} 毫米"
    bad, ok, unknown = [], [], []
    for sec in c.text_sections():
        vals = {"top": sec.top, "bottom": sec.bottom, "left": sec.left, "right": sec.right}
        if any(v is None for v in vals.values()):
            unknown.append(sec)
            continue
        got = {k: abs(v) * TWIP_MM for k, v in vals.items()}
        if c.fmt.gutter_top:
            got["top"] += sec.gutter * TWIP_MM
        else:
            got["left"] += sec.gutter * TWIP_MM
        actual = "，".join(f"{names[k]} {_num(got[k])}" for k in want) + " 毫米"
        if sec.width and sec.height:
            actual += (f"，版心 {_num(sec.width * TWIP_MM - got['left'] - got['right'])} × "
                       f"{_num(sec.height * TWIP_MM - got['top'] - got['bottom'])} 毫米")
        if sec.orient == "landscape" or (sec.width and sec.height and sec.width > sec.height):
            continue  # a landscape section (a wide table) has its own margins
        off = [f"{names[k]}边距 {_num(got[k])} 毫米" for k in want if abs(got[k] - want[k]) > tol + 1e-6]
        (bad if off else ok).append((sec, actual, off))
    if bad:
        sec, actual, off = bad[0]
        where = c.section_label(sec)
        detail = "、".join(off)
        ev = [c.evidence(x) for x in (c.first_paragraph_of(s) for s, _, _ in bad) if x is not None]
        return _finding(c.rule, c.mismatch, f"{where}页边距不符合要求（{detail}），应为 {expected}。", ev,
                        expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return _finding(c.rule, "pass", f"页边距为 {ok[0][1]}。", [c.evidence(first)] if first else [],
                        expected, ok[0][1])
    if unknown or not c.text_sections():
        return _finding(c.rule, "skip", "文件未完整设置页边距（w:pgMar），实际边距取决于打开文件的软件。", [], expected)
    return _finding(c.rule, "skip", "所有节均为横向页面，不检查页边距。", [], expected)


def _check_title_font(c: _Ctx) -> Finding:
    spec = _spec("标题", c.params, {"size_pt": 22, "align": "center"})
    titles = c.paragraphs(("title",))
    judged = [(p, "标题", c.judge(p, spec)) for p in titles]
    return c.verdict(judged, "标题", spec.expected(), "未识别出报告标题，无法检查标题格式。")


def _check_body_font(c: _Ctx) -> Finding:
    spec = _spec("正文", c.params, {"size_pt": 16})
    roles = tuple(c.params.get("roles") or ("preamble", "body", "closing"))
    judged = [(p, "正文", c.judge(p, spec)) for p in c.paragraphs(roles)]
    if c.params.get("include_runin", True):
        # The text after a run-in heading ("（一）加强组织领导。全年……") is body text.
        for sec, p in c.heading_paragraphs():
            start = sec.heading_end
            text = c.doc.text
            while start < p.end and (text[start].isspace() or text[start] in "。．.：:；;，,、"):
                start += 1
            if start < p.end:
                judged.append(((start, p.end), "正文", c.judge(p, spec, start, p.end)))
    judged.sort(key=lambda j: j[0].start if isinstance(j[0], Paragraph) else j[0][0])
    return c.verdict(judged, "正文段落", spec.expected(), "未识别出正文段落，无法检查正文格式。")


def _check_heading_fonts(c: _Ctx) -> Finding:
    levels = {int(k): v or {} for k, v in (c.params.get("levels") or {}).items()}
    if not levels:
        raise UsageError(f"规则 {c.rule.id} 的 detect.params.levels 未设置各级标题的字体")
    specs = {lv: _spec(_LEVEL_LABELS.get(lv, f"{lv}级标题"), v, c.params) for lv, v in sorted(levels.items())}
    by_label = {s.label: s for s in specs.values()}
    judged = []
    for sec, p in c.heading_paragraphs():
        spec = specs.get(sec.level)
        if spec is not None:
            judged.append(((sec.start, sec.heading_end), spec.label, c.judge(p, spec, sec.start, sec.heading_end)))
    expected = "；".join(f"{s.label} {s.expected()}" for s in specs.values())
    return c.verdict(judged, "标题", expected, "未识别出各级标题，无法检查标题格式。",
                     expected_of=lambda lab: by_label[lab].expected())


_LEVEL_LABELS = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题", 5: "五级标题"}


def _line_pitch(c: _Ctx, p: Paragraph, lo: float, hi: float, auto_range: tuple[float, float]) -> _Judgement:
    fmt = c.fmt
    p_el = fmt.body_ps[p.source_index]
    props = fmt.para_props(p_el)
    rule = props.get("lineRule") or "auto"
    line = props.get("line")
    try:
        line_v = float(line) if line is not None else None
    except ValueError:
        line_v = None
    sec = fmt.sections[fmt.para_section[p.source_index]] if fmt.sections else None

    def per_page(pt: float) -> str:
        if sec and sec.height and sec.top is not None and sec.bottom is not None and pt > 0:
            return f"，每页约 {int((sec.height - abs(sec.top) - abs(sec.bottom)) / 20 // pt)} 行"
        return ""

    if rule in ("exact", "atLeast") and line_v is not None:
        pt = line_v / 20
        label = "固定值" if rule == "exact" else "最小值"
        status = "ok" if lo - 1e-6 <= pt <= hi + 1e-6 else "bad"
        return _Judgement(status, f"{label} {_num(pt, 2)} 磅{per_page(pt)}")
    multiple = (line_v if line_v is not None else 240) / 240
    mult_label = "单倍行距" if multiple == 1 else f"{_num(multiple, 2)} 倍行距"
    size = None
    spans = fmt.para_runs(p.source_index, c.doc.text[p.start : p.end])
    if spans:
        sizes = [fmt.run_format(p_el, r).size for _, _, r in spans]
        sizes = [s for s in sizes if s is not None]
        size = max(sizes) if sizes else None
    snap = props.get("snap", True)
    if sec and sec.grid_type in _GRID_LINES and sec.grid_pitch and snap:
        grid = sec.grid_pitch / 20
        if size is not None and size * auto_range[1] <= grid:
            pt = grid * multiple
            status = "ok" if lo - 1e-6 <= pt <= hi + 1e-6 else "bad"
            return _Judgement(status, f"约 {_num(pt, 2)} 磅（{mult_label}，文档网格每行 {_num(grid, 2)} 磅）{per_page(pt)}")
    if size is None:
        return _Judgement("unknown", mult_label, f"{mult_label}，且字号未设置，无法确定行距")
    # Auto spacing: a line is `multiple` x the font's own line height, which depends on the
    # font; CJK fonts run about 1.0-1.5 em. Judge only when the whole range misses.
    low, high = size * auto_range[0] * multiple, size * auto_range[1] * multiple
    actual = f"{mult_label}（{size_label(size)}，行距约 {_num(low)}–{_num(high)} 磅）"
    if high < lo or low > hi:
        return _Judgement("bad", actual)
    return _Judgement("unknown", actual, f"{mult_label}时行距取决于字体，无法确定是否为每页 22 行")


def _check_line_pitch(c: _Ctx) -> Finding:
    p = c.params
    lo, hi = float(p.get("min_pt", 28)), float(p.get("max_pt", 29))
    auto_range = tuple(float(x) for x in (p.get("auto_line_height_em") or (1.0, 1.5)))
    lines = p.get("lines_per_page", 22)
    roles = tuple(p.get("roles") or ("preamble", "body", "closing"))
    expected = f"固定值 {_num(lo)}–{_num(hi)} 磅（每页约 {lines} 行）"
    judged = [(para, "正文", _line_pitch(c, para, lo, hi, auto_range)) for para in c.paragraphs(roles)]
    return c.verdict(judged, "正文段落的行距", expected, "未识别出正文段落，无法检查行距。")


_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.I)


def _has_page_field(root) -> bool:
    if root is None:
        return False
    for fs in root.iter(_W + "fldSimple"):
        if _PAGE_FIELD.match(fs.get(_W + "instr") or ""):
            return True
    return any(_PAGE_FIELD.match(t.text or "") for t in root.iter(_W + "instrText"))


def _check_page_numbers(c: _Ctx) -> Finding:
    expected = "每页页脚有页码（PAGE 域）"
    bad, ok = [], []
    for sec in c.text_sections():
        needed = ["default"] + (["even"] if c.fmt.even_odd else [])
        missing = [t for t in needed if not _has_page_field(sec.footers.get(t))]
        (bad if missing else ok).append((sec, missing))
    labels = {"default": "页脚", "even": "偶数页页脚"}
    if bad:
        sec, missing = bad[0]
        in_header = any(_has_page_field(h) for h in sec.headers.values())
        where = c.section_label(sec)
        what = "、".join(labels[t] for t in missing)
        actual = f"{where}{what}中没有页码" + ("（页码在页眉中）" if in_header else "")
        if not sec.footers:
            actual = f"{where}没有页脚" + ("（页码在页眉中）" if in_header else "")
        first = c.first_paragraph_of(sec)
        return _finding(c.rule, c.mismatch, f"{actual}，应在页脚插入页码（PAGE 域）。",
                        [c.evidence(first)] if first else [], expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return _finding(c.rule, "pass", "页脚中有页码（PAGE 域）。", [c.evidence(first)] if first else [], expected,
                        "页脚有 PAGE 域")
    return _finding(c.rule, "skip", "文件中没有分节信息，无法检查页码。", [], expected)


def _check_date_format(c: _Ctx) -> Finding:
    from .metadata import parse_date

    pattern = re.compile(c.params.get("pattern") or r"^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$")
    dates = [p for p in c.doc.paragraphs if p.role == "date"]
    if not dates:
        return _finding(c.rule, "skip", "落款处没有可识别的成文日期，无法检查日期写法。")
    p = dates[-1]
    raw = c.doc.text[p.start : p.end]
    core = re.sub(r"\s+", "", raw).strip("()（）")
    iso = parse_date(core)
    example = (f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:])}日" if iso else "2025年1月27日")
    expected = f"阿拉伯数字，年份写全，月、日不编虚位，如 {example}"
    ev = [c.evidence(p)]
    if pattern.match(core):
        return _finding(c.rule, "pass", f"成文日期“{raw}”用阿拉伯数字书写。", ev, expected, raw)
    if re.search(r"[〇零○Ｏ一二三四五六七八九十]", core):
        why = "用汉字书写（1999年版的写法）"
    elif re.search(r"[０-９]", core):
        why = "用了全角数字"
    elif re.search(r"(?<![0-9])0[0-9]", core):
        why = "月、日编了虚位（如 01）"
    else:
        why = "写法不规范"
    return _finding(c.rule, c.mismatch, f"成文日期“{raw}”{why}，应写作“{example}”。", ev, expected, raw)


_CHECKS: dict[str, Callable[[_Ctx], Finding]] = {
    "page": _check_page,
    "margins": _check_margins,
    "title_font": _check_title_font,
    "body_font": _check_body_font,
    "heading_fonts": _check_heading_fonts,
    "line_pitch": _check_line_pitch,
    "page_numbers": _check_page_numbers,
    "date_format": _check_date_format,
}
