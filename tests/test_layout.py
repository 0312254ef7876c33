"""GB/T 9704 layout rules (engine: layout) on real .docx files built with python-docx."""
import hashlib
import os

import pytest

from fixtures.docx_builders import REPORT, build_docx, set_font
from lawcheck.api import outline
from lawcheck.check import check_document
from lawcheck.check import layout as layout_engine
from lawcheck.read import docx_format
from lawcheck.errors import UsageError
from lawcheck.rulebook import load_rulebook

LAYOUT_BOOK = load_rulebook(["gbt9704"], defaults=False)
LAYOUT_RULES = [r.id for r in LAYOUT_BOOK.rules]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check(path, rules=None):
    doc = outline(path)
    result = check_document(doc, LAYOUT_BOOK, only=rules)
    for f in result.findings:  # every quote is cut from the text
        for e in f.evidence:
            assert doc.text[e.start:e.end] == e.quote
    return doc, result


def verdicts(result):
    return {f.rule: f.verdict for f in result.findings}


def test_pack_has_the_eight_rules():
    assert LAYOUT_RULES == ["layout.page", "layout.margins", "layout.title_font", "layout.body_font",
                            "layout.heading_fonts", "layout.line_pitch", "layout.page_numbers",
                            "layout.date_format"]
    for r in LAYOUT_BOOK.rules:
        assert r.severity == "recommended"
        assert r.applies_to == {"format": ["docx"]}
        assert r.basis.text().startswith("《党政机关公文格式》（GB/T 9704—2012）")
        assert r.guidance


@pytest.mark.parametrize("spec", [{}, {"via_styles": True}, {"line": {"rule": "auto", "multiple": 1.0},
                                                             "grid_pt": 28.95}],
                         ids=["direct-formatting", "heading-styles", "document-grid"])
def test_draft_laid_out_to_the_standard_passes_every_rule(tmp_path, spec):
    path = build_docx(tmp_path / "gbt.docx", spec)
    _, result = check(path)
    assert verdicts(result) == {r: "pass" for r in LAYOUT_RULES}, [f.message for f in result.findings]
    for f in result.findings:
        assert f.expected and f.actual, f.rule


def test_word_default_template_fails_page_margins_and_fonts(tmp_path):
    path = build_docx(tmp_path / "word.docx", {"base": "word_default"})
    _, result = check(path)
    v = verdicts(result)
    for rid in ("layout.page", "layout.margins", "layout.title_font", "layout.body_font", "layout.heading_fonts",
                "layout.line_pitch", "layout.page_numbers"):
        assert v[rid] == "fail", rid
    assert v["layout.date_format"] == "pass"
    page = result.finding("layout.page")
    assert "Letter" in page.actual and "215.9 × 279.4" in page.actual
    margins = result.finding("layout.margins")
    assert margins.expected.startswith("上 37，下 35，左 28，右 26 毫米（±1）")
    assert "上 25.4" in margins.actual and "左 31.8" in margins.actual
    body = result.finding("layout.body_font")
    assert "11磅" in body.actual and "三号（16磅）" in body.expected
    # The default template's theme has no Chinese face: the font is reported as unknown, not guessed.
    assert "中文字体不确定" in body.actual
    title = result.finding("layout.title_font")
    assert "一号（26磅）" in title.actual and "左对齐" in title.actual
    assert title.evidence and title.evidence[0].quote == "示例县司法局2024年法治政府建设年度报告"
    heads = result.finding("layout.heading_fonts")
    assert "一级标题" in heads.actual and "四号（14磅）" in heads.actual
    assert "黑体" in heads.expected


# -- the examples in the rule pack build into real files and hold ------------------------------

CASES = [(r, i) for r in LAYOUT_BOOK.rules for i in range(len(r.examples))]


@pytest.mark.parametrize("rule,i", CASES, ids=[f"{r.id}-{i}" for r, i in CASES])
def test_rule_example(tmp_path, rule, i):
    ex = rule.examples[i]
    assert "docx" in ex.metadata, f"{rule.id} example {i}: layout examples need metadata.docx"
    path = build_docx(tmp_path / f"{rule.id}-{i}.docx", ex.metadata["docx"], ex.text)
    _, result = check(path, {rule.id})
    (f,) = result.findings
    assert f.verdict == ex.verdict, f"{rule.id} example {i}: {f.message}"
    if f.verdict in ("fail", "warn"):
        assert f.expected and f.actual and f.evidence


def test_every_layout_rule_has_pass_and_fail_examples():
    for r in LAYOUT_BOOK.rules:
        assert {"pass", "fail"} <= {e.verdict for e in r.examples}, r.id


# -- effective formatting ---------------------------------------------------------------------


def _edit(path, fn):
    import docx

    d = docx.Document(path)
    fn(d)
    d.save(path)
    return path


def test_direct_run_formatting_overrides_the_style(tmp_path):
    path = build_docx(tmp_path / "d.docx")

    def one_run_in_songti(d):
        p = next(p for p in d.paragraphs if p.text.startswith("执法人员程序意识"))
        set_font(p.runs[0]._r, "宋体", 14)

    _edit(path, one_run_in_songti)
    _, result = check(path, {"layout.body_font"})
    (f,) = result.findings
    assert f.verdict == "fail"
    assert f.evidence[0].quote.startswith("执法人员程序意识")
    assert f.actual == "宋体 四号（14磅）"
    assert "1 处正文段落不符合要求" in f.message


def test_runin_heading_body_is_checked_as_body(tmp_path):
    path = build_docx(tmp_path / "d.docx")

    def whole_paragraph_kaiti(d):
        p = next(p for p in d.paragraphs if p.text.startswith("（一）加强组织领导"))
        for r in p.runs:
            set_font(r._r, "楷体_GB2312", 16)

    _edit(path, whole_paragraph_kaiti)
    _, result = check(path, {"layout.body_font", "layout.heading_fonts"})
    body, heads = result.findings
    assert heads.verdict == "pass"  # the heading part is 楷体, as it should be
    assert body.verdict == "fail"
    assert body.evidence[0].quote.startswith("局长主持召开")  # the body text after the run-in title


def test_theme_font_resolves_through_the_language(tmp_path):
    """docDefaults eastAsiaTheme + w:lang eastAsia=zh-CN -> the theme's Hans face (宋体)."""
    path = build_docx(tmp_path / "d.docx", {"base": "word_default"})

    def chinese_language(d):
        lang = d.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        lang.set(f"{W}eastAsia", "zh-CN")

    _edit(path, chinese_language)
    _, result = check(path, {"layout.body_font"})
    (f,) = result.findings
    assert f.verdict == "fail"
    assert "宋体" in f.actual and "不确定" not in f.actual


def test_values_set_nowhere_are_skipped_not_guessed(tmp_path):
    path = build_docx(tmp_path / "d.docx", {"base": "word_default"})

    def no_size_anywhere(d):
        for sz in list(d.styles.element.iter(f"{W}sz")) + list(d.styles.element.iter(f"{W}szCs")):
            sz.getparent().remove(sz)
        sect = d.sections[0]._sectPr
        for tag in ("pgSz", "pgMar"):
            sect.remove(sect.find(f"{W}{tag}"))

    _edit(path, no_size_anywhere)
    _, result = check(path)
    v = verdicts(result)
    assert v["layout.body_font"] == "skip"  # theme font with no Chinese face, no size: nothing to judge
    assert "无法确定" in result.finding("layout.body_font").message
    assert v["layout.page"] == "skip" and v["layout.margins"] == "skip"
    assert v["layout.line_pitch"] == "skip"


def test_no_section_properties_at_all(tmp_path):
    path = build_docx(tmp_path / "d.docx")

    def drop_sectpr(d):
        body = d.element.body
        body.remove(body.find(f"{W}sectPr"))

    _edit(path, drop_sectpr)
    _, result = check(path)
    for rid in ("layout.page", "layout.margins", "layout.page_numbers"):
        f = result.finding(rid)
        assert f.verdict == "skip" and "横向" not in f.message, rid
    assert result.finding("layout.body_font").verdict == "pass"


def test_landscape_section_is_a4_and_keeps_its_own_margins(tmp_path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    path = build_docx(tmp_path / "d.docx")

    def landscape_annex(d):
        s = d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height, s.top_margin = Mm(297), Mm(210), Mm(20)
        d.add_paragraph("附表：行政执法数据统计")

    _edit(path, landscape_annex)
    _, result = check(path, {"layout.page", "layout.margins", "layout.page_numbers"})
    assert {f.verdict for f in result.findings} == {"pass"}


def test_gutter_counts_toward_the_left_margin(tmp_path):
    from docx.shared import Mm

    path = build_docx(tmp_path / "d.docx", {"margins_mm": {"left": 20}})

    def gutter(d):
        d.sections[0].gutter = Mm(8)

    _edit(path, gutter)
    _, result = check(path, {"layout.margins"})
    assert result.findings[0].verdict == "pass"


def test_page_number_in_the_header_is_named(tmp_path):
    path = build_docx(tmp_path / "d.docx", {"page_number": False})

    def page_in_header(d):
        from fixtures.docx_builders import _page_field

        _page_field(d.sections[0].header.paragraphs[0])

    _edit(path, page_in_header)
    _, result = check(path, {"layout.page_numbers"})
    (f,) = result.findings
    assert f.verdict == "fail" and "页眉" in f.actual


@pytest.mark.parametrize("written,verdict,why", [
    ("2025年1月27日", "pass", ""),
    ("二〇二五年一月二十七日", "fail", "汉字"),
    ("2025年01月27日", "fail", "虚位"),
])
def test_date_format(tmp_path, written, verdict, why):
    path = build_docx(tmp_path / "d.docx", {"date": written})
    _, result = check(path, {"layout.date_format"})
    (f,) = result.findings
    assert f.verdict == verdict
    assert f.actual == written and f.evidence[0].quote == written
    if verdict == "fail":
        assert why in f.message and "2025年1月27日" in f.message


def test_layout_rules_skip_other_formats(tmp_path):
    txt = tmp_path / "r.txt"
    txt.write_text(REPORT, encoding="utf-8")
    _, result = check(str(txt))
    assert {f.verdict for f in result.findings} == {"skip"}
    assert all("docx" in f.message for f in result.findings)


def test_layout_rules_run_in_the_default_rulebook(tmp_path):
    path = build_docx(tmp_path / "d.docx")
    result = check_document(outline(path), load_rulebook())
    assert {f.rule for f in result.findings} >= set(LAYOUT_RULES)


def test_formatting_is_resolved_once_for_all_rules_and_the_file_not_modified(tmp_path, monkeypatch):
    path = build_docx(tmp_path / "d.docx")
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    built = []
    real = docx_format.DocxFormat.__init__

    def counting(self, document):
        built.append(document)
        real(self, document)

    monkeypatch.setattr(docx_format.DocxFormat, "__init__", counting)
    check(path)
    assert len(built) == 1  # eight rules, one resolution
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before


def test_layout_uses_the_document_the_reader_parsed(tmp_path, monkeypatch):
    """A .docx is parsed once: the layout engine reads ``Document.source`` and never reopens the file."""
    import docx

    path = build_docx(tmp_path / "d.docx")
    doc = outline(path)
    doc.source = docx.Document(path)
    reopened = []
    monkeypatch.setattr(layout_engine, "open_docx", lambda p: reopened.append(p))
    result = check_document(doc, LAYOUT_BOOK)
    assert reopened == []
    assert verdicts(result) == {r: "pass" for r in LAYOUT_RULES}


def test_layout_opens_the_file_when_the_document_has_no_source(tmp_path):
    path = build_docx(tmp_path / "d.docx")
    doc = outline(path)
    doc.source = None
    assert verdicts(check_document(doc, LAYOUT_BOOK)) == {r: "pass" for r in LAYOUT_RULES}
    os.remove(path)
    result = check_document(doc, LAYOUT_BOOK, only={"layout.page"})
    assert result.findings[0].verdict == "skip" and "无法重新打开" in result.findings[0].message


def test_unknown_check_is_a_rule_file_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: layout.bogus\n    title: t\n    severity: recommended\n    engine: layout\n"
                   "    basis: {document: 《党政机关公文格式》}\n    detect: {check: nonsense}\n", encoding="utf-8")
    book = load_rulebook([str(bad)], defaults=False)
    path = build_docx(tmp_path / "d.docx")
    with pytest.raises(UsageError, match="layout.bogus"):
        check_document(outline(path), book)


def test_thresholds_are_data(tmp_path):
    """A province that wants 3号 titles edits the YAML, not the code."""
    custom = tmp_path / "province.yaml"
    custom.write_text(
        "rules:\n  - id: layout.title_font\n    title: 标题三号黑体\n    severity: recommended\n    engine: layout\n"
        "    basis: {document: 示例省公文格式细则}\n    applies_to: {format: [docx]}\n"
        "    detect: {check: title_font, params: {fonts: [黑体], size_pt: 16, align: center}}\n"
        "    verdicts: {mismatch: warn}\n", encoding="utf-8")
    book = load_rulebook(["gbt9704", str(custom)], defaults=False)
    path = build_docx(tmp_path / "d.docx")
    (f,) = check_document(outline(path), book, only={"layout.title_font"}).findings
    assert f.verdict == "warn"
    assert f.expected == "黑体 三号（16磅），居中"
