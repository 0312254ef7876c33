"""GB/T 9704-2012 layout of .docx drafts (the ``layout`` engine).

A rule names its check in YAML (``detect: {check: margins, params: {...}}``);
every expected value (sizes, fonts, tolerances) is data in the rule pack.
Checks judge the *effective* formatting, which ``lawcheck.read.docx_format``
resolves (style chains, docDefaults, theme fonts, section properties) from the
python-docx document the reader parsed, so a draft is parsed once.

Which paragraph is the title, a level-N heading or body text comes from the
outline (``Document.paragraphs`` roles and the section tree), mapped to the
file through ``Paragraph.source_index``. A value the file does not determine
(a theme font with no Chinese face, a size set nowhere) is reported as unknown
and never guessed; a rule with nothing determinable is ``skip``.
"""
from __future__ import annotations

import re
from typing import Callable

from ..errors import UsageError
from ..model import Finding, Paragraph
from ..read.docx_format import GRID_LINES, PAPER, TWIP_MM, DocxFormat, W, num, open_docx, size_label
from .index import DocIndex
from .layout_judge import Ctx, Judgement, layout_finding, make_spec


def evaluate(ix: DocIndex, rule) -> Finding:
    """Run the check a layout rule names in ``detect.check`` and return its finding."""
    check = rule.detect.get("check")
    fn = _CHECKS.get(check)
    if fn is None:
        raise UsageError(f"规则 {rule.id} 的 detect.check 无效：{check!r}（可用：{'、'.join(_CHECKS)}）")
    params = dict(rule.detect.get("params") or {})
    if check == "date_format":  # text only: needs no formatting
        return fn(Ctx(ix.doc, None, rule, params))
    fmt, reason = formatting(ix)
    if fmt is None:
        return layout_finding(rule, "skip", reason)
    return fn(Ctx(ix.doc, fmt, rule, params))


def formatting(ix: DocIndex) -> tuple[DocxFormat | None, str]:
    """The document's resolved formatting, built once per check and shared by every layout rule.

    Uses the python-docx document the reader parsed (``Document.source``);
    only a document outlined without it is opened again.
    """
    if "docx_format" not in ix.cache:
        ix.cache["docx_format"] = _resolve(ix.doc)
    return ix.cache["docx_format"]


def _resolve(doc) -> tuple[DocxFormat | None, str]:
    source = getattr(doc, "source", None)
    try:
        if source is None:
            source = open_docx(doc.file)
    except Exception:  # noqa: BLE001 - moved, deleted or unreadable since it was read
        return None, "无法重新打开 Word 文件读取版式"
    try:
        return DocxFormat(source), ""
    except Exception as exc:  # a file the reader accepted but this mapping cannot resolve
        return None, f"无法读取 Word 文件的版式信息（{type(exc).__name__}）"




# --------------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------------


def _check_page(c: Ctx) -> Finding:
    p = c.params
    want_w, want_h = float(p.get("width_mm", 210)), float(p.get("height_mm", 297))
    tol = float(p.get("tolerance_mm", 1))
    name = p.get("name", "A4")
    expected = f"{name}（{num(want_w)} × {num(want_h)} 毫米）"
    bad, ok, unknown = [], [], []
    for sec in c.text_sections():
        if sec.width is None or sec.height is None:
            unknown.append(sec)
            continue
        w, h = sec.width * TWIP_MM, sec.height * TWIP_MM
        short, long_ = sorted((w, h))
        paper = next((n for n, (pw, ph) in PAPER.items() if abs(short - pw) <= tol and abs(long_ - ph) <= tol), None)
        actual = f"{paper or '非标准纸张'}（{num(w)} × {num(h)} 毫米{'，横向' if w > h else ''}）"
        # A landscape A4 page (a wide table) is still A4.
        if abs(short - want_w) <= tol and abs(long_ - want_h) <= tol:
            ok.append((sec, actual))
        else:
            bad.append((sec, actual))
    if bad:
        sec, actual = bad[0]
        where = c.section_label(sec)
        ev = [c.evidence(x) for x in (c.first_paragraph_of(s) for s, _ in bad) if x is not None]
        return layout_finding(c.rule, c.mismatch, f"{where}纸张为 {actual}，应为 {expected}。", ev, expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return layout_finding(c.rule, "pass", f"纸张为 {ok[0][1]}。", [c.evidence(first)] if first else [], expected,
                              ok[0][1])
    return layout_finding(c.rule, "skip", "文件未设置纸张大小（w:pgSz），实际纸张取决于打开文件的软件。", [], expected)


def _check_margins(c: Ctx) -> Finding:
    p = c.params
    want = {k: float(p.get(k + "_mm", d)) for k, d in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26))}
    tol = float(p.get("tolerance_mm", 1))
    names = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
    expected = "，".join(f"{names[k]} {num(v)}" for k, v in want.items()) + f" 毫米（±{num(tol)}）"
    if "type_area_mm" in p:
        ta = p["type_area_mm"]
        expected += f"，版心 {num(float(ta[0]))} × {num(float(ta[1]))} 毫米"
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
        actual = "，".join(f"{names[k]} {num(got[k])}" for k in want) + " 毫米"
        if sec.width and sec.height:
            actual += (f"，版心 {num(sec.width * TWIP_MM - got['left'] - got['right'])} × "
                       f"{num(sec.height * TWIP_MM - got['top'] - got['bottom'])} 毫米")
        if sec.orient == "landscape" or (sec.width and sec.height and sec.width > sec.height):
            continue  # a landscape section (a wide table) has its own margins
        off = [f"{names[k]}边距 {num(got[k])} 毫米" for k in want if abs(got[k] - want[k]) > tol + 1e-6]
        (bad if off else ok).append((sec, actual, off))
    if bad:
        sec, actual, off = bad[0]
        where = c.section_label(sec)
        detail = "、".join(off)
        ev = [c.evidence(x) for x in (c.first_paragraph_of(s) for s, _, _ in bad) if x is not None]
        return layout_finding(c.rule, c.mismatch, f"{where}页边距不符合要求（{detail}），应为 {expected}。", ev,
                              expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return layout_finding(c.rule, "pass", f"页边距为 {ok[0][1]}。", [c.evidence(first)] if first else [],
                              expected, ok[0][1])
    if unknown or not c.text_sections():
        return layout_finding(c.rule, "skip", "文件未完整设置页边距（w:pgMar），实际边距取决于打开文件的软件。", [], expected)
    return layout_finding(c.rule, "skip", "所有节均为横向页面，不检查页边距。", [], expected)


def _check_title_font(c: Ctx) -> Finding:
    spec = make_spec("标题", c.params, {"size_pt": 22, "align": "center"})
    titles = c.paragraphs(("title",))
    judged = [(p, "标题", c.judge(p, spec)) for p in titles]
    return c.verdict(judged, "标题", spec.expected(), "未识别出报告标题，无法检查标题格式。")


def _check_body_font(c: Ctx) -> Finding:
    spec = make_spec("正文", c.params, {"size_pt": 16})
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


def _check_heading_fonts(c: Ctx) -> Finding:
    levels = {int(k): v or {} for k, v in (c.params.get("levels") or {}).items()}
    if not levels:
        raise UsageError(f"规则 {c.rule.id} 的 detect.params.levels 未设置各级标题的字体")
    specs = {lv: make_spec(_LEVEL_LABELS.get(lv, f"{lv}级标题"), v, c.params) for lv, v in sorted(levels.items())}
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


def _line_pitch(c: Ctx, p: Paragraph, lo: float, hi: float, auto_range: tuple[float, float]) -> Judgement:
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
        return Judgement(status, f"{label} {num(pt, 2)} 磅{per_page(pt)}")
    multiple = (line_v if line_v is not None else 240) / 240
    mult_label = "单倍行距" if multiple == 1 else f"{num(multiple, 2)} 倍行距"
    size = None
    spans = fmt.para_runs(p.source_index, c.doc.text[p.start : p.end])
    if spans:
        sizes = [fmt.run_format(p_el, r).size for _, _, r in spans]
        sizes = [s for s in sizes if s is not None]
        size = max(sizes) if sizes else None
    snap = props.get("snap", True)
    if sec and sec.grid_type in GRID_LINES and sec.grid_pitch and snap:
        grid = sec.grid_pitch / 20
        if size is not None and size * auto_range[1] <= grid:
            pt = grid * multiple
            status = "ok" if lo - 1e-6 <= pt <= hi + 1e-6 else "bad"
            return Judgement(status, f"约 {num(pt, 2)} 磅（{mult_label}，文档网格每行 {num(grid, 2)} 磅）{per_page(pt)}")
    if size is None:
        return Judgement("unknown", mult_label, f"{mult_label}，且字号未设置，无法确定行距")
    # Auto spacing: a line is `multiple` x the font's own line height, which depends on the
    # font; CJK fonts run about 1.0-1.5 em. Judge only when the whole range misses.
    low, high = size * auto_range[0] * multiple, size * auto_range[1] * multiple
    actual = f"{mult_label}（{size_label(size)}，行距约 {num(low)}–{num(high)} 磅）"
    if high < lo or low > hi:
        return Judgement("bad", actual)
    return Judgement("unknown", actual, f"{mult_label}时行距取决于字体，无法确定是否为每页 22 行")


def _check_line_pitch(c: Ctx) -> Finding:
    p = c.params
    lo, hi = float(p.get("min_pt", 28)), float(p.get("max_pt", 29))
    auto_range = tuple(float(x) for x in (p.get("auto_line_height_em") or (1.0, 1.5)))
    lines = p.get("lines_per_page", 22)
    roles = tuple(p.get("roles") or ("preamble", "body", "closing"))
    expected = f"固定值 {num(lo)}–{num(hi)} 磅（每页约 {lines} 行）"
    judged = [(para, "正文", _line_pitch(c, para, lo, hi, auto_range)) for para in c.paragraphs(roles)]
    return c.verdict(judged, "正文段落的行距", expected, "未识别出正文段落，无法检查行距。")


_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.I)


def _has_page_field(root) -> bool:
    if root is None:
        return False
    for fs in root.iter(W + "fldSimple"):
        if _PAGE_FIELD.match(fs.get(W + "instr") or ""):
            return True
    return any(_PAGE_FIELD.match(t.text or "") for t in root.iter(W + "instrText"))


def _check_page_numbers(c: Ctx) -> Finding:
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
        return layout_finding(c.rule, c.mismatch, f"{actual}，应在页脚插入页码（PAGE 域）。",
                              [c.evidence(first)] if first else [], expected, actual)
    if ok:
        first = c.first_paragraph_of(ok[0][0])
        return layout_finding(c.rule, "pass", "页脚中有页码（PAGE 域）。", [c.evidence(first)] if first else [], expected,
                              "页脚有 PAGE 域")
    return layout_finding(c.rule, "skip", "文件中没有分节信息，无法检查页码。", [], expected)


def _check_date_format(c: Ctx) -> Finding:
    from ..metadata import parse_date

    pattern = re.compile(c.params.get("pattern") or r"^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$")
    dates = [p for p in c.doc.paragraphs if p.role == "date"]
    if not dates:
        return layout_finding(c.rule, "skip", "落款处没有可识别的成文日期，无法检查日期写法。")
    p = dates[-1]
    raw = c.doc.text[p.start : p.end]
    core = re.sub(r"\s+", "", raw).strip("()（）")
    iso = parse_date(core)
    example = (f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:])}日" if iso else "2025年1月27日")
    expected = f"阿拉伯数字，年份写全，月、日不编虚位，如 {example}"
    ev = [c.evidence(p)]
    if pattern.match(core):
        return layout_finding(c.rule, "pass", f"成文日期“{raw}”用阿拉伯数字书写。", ev, expected, raw)
    if re.search(r"[〇零○Ｏ一二三四五六七八九十]", core):
        why = "用汉字书写（1999年版的写法）"
    elif re.search(r"[０-９]", core):
        why = "用了全角数字"
    elif re.search(r"(?<![0-9])0[0-9]", core):
        why = "月、日编了虚位（如 01）"
    else:
        why = "写法不规范"
    return layout_finding(c.rule, c.mismatch, f"成文日期“{raw}”{why}，应写作“{example}”。", ev, expected, raw)


_CHECKS: dict[str, Callable[[Ctx], Finding]] = {
    "page": _check_page,
    "margins": _check_margins,
    "title_font": _check_title_font,
    "body_font": _check_body_font,
    "heading_fonts": _check_heading_fonts,
    "line_pitch": _check_line_pitch,
    "page_numbers": _check_page_numbers,
    "date_format": _check_date_format,
}
