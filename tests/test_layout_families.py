"""Layout families of reports as they really arrive (issue 8), in txt, html and docx.

Fixtures live in tests/fixtures/families/ (fictional issuers: 青石县, 枫林市, 三河镇);
.docx variants are built from markup by fixtures/families/docx_family.py.
"""
import json
import os
import subprocess
import sys

import pytest
from fixtures.families.docx_family import auto_numbered, build, outline_levels

import lawcheck

FAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "families")
BASE = open(os.path.join(FAM, "base.txt"), encoding="utf-8").read()

TREE = [(1, "2024年推进法治政府建设的主要举措和成效"), (2, "强化组织领导"), (2, "规范执法行为"), (2, "加强普法宣传"),
        (1, "党政主要负责人履行推进法治建设第一责任人职责情况"), (1, "存在的不足和原因"), (2, "执法队伍专业能力不足"),
        (2, "执法信息化水平不高"), (1, "2025年推进法治政府建设的主要安排"), (2, "深化执法规范化建设"),
        (2, "加强法治人才培养"), (1, "其他需要报告的情况")]
META = ("青石县公安局", "county", 2024, "2025-01-27", "annual_report")


def fam(name):
    return os.path.join(FAM, name)


def tree(doc):
    return [(s.level, s.title) for s in doc.walk()]


def meta(doc):
    md = doc.metadata
    return (md.issuer, md.level, md.year, md.signed_date, md.document_type)


def text_of(doc, role):
    return [doc.text[p.start:p.end] for p in doc.paragraphs if p.role == role]


def content(doc):
    return "".join(doc.text[p.start:p.end] for p in doc.paragraphs if p.role in ("preamble", "heading", "body"))


# -- the same report in every layout gives the same tree -----------------------------------------

TEXT_VARIANTS = ["base.txt", "flat_one_line.txt", "flat_spaces.txt", "page_paste.txt", "cover_docnumber.txt",
                 "toc_dotted.txt", "page_chrome.html", "flat_page.html"]


@pytest.mark.parametrize("name", TEXT_VARIANTS)
def test_text_and_web_variants_give_the_twin_tree(name):
    doc = lawcheck.outline(fam(name))
    assert tree(doc) == TREE
    assert meta(doc) == META
    for s in doc.walk():
        assert doc.text[s.title_start:s.title_end] == s.title  # offsets stay verbatim


def _metadata_table_and_toc(text):
    lines = text.splitlines()
    return (["@table 索引号|11530000MB0000000X/2025-00031|发文字号|青公发〔2025〕3号",
             "@table 成文日期|2025年01月27日|发布日期|2025年02月26日",
             lines[0], "目录"]
            + [f"@toc {ln}……{i}" for i, ln in enumerate(lines[2:], 1) if ln[:2] in ("一、", "二、", "三、", "四、", "五、")]
            + lines[1:])


DOCX_VARIANTS = {
    "typed_numbers": lambda t: t.splitlines(),
    "auto_numbering_normal_style": auto_numbered,
    "outline_levels_normal_style": outline_levels,
    "content_controls": lambda t: ["@sdt " + ln for ln in t.splitlines()],
    "metadata_table_and_toc": _metadata_table_and_toc,
}


@pytest.mark.parametrize("variant", sorted(DOCX_VARIANTS))
def test_docx_variants_give_the_twin_tree(tmp_path, variant):
    doc = lawcheck.outline(build(str(tmp_path / f"{variant}.docx"), DOCX_VARIANTS[variant](BASE)))
    assert tree(doc) == TREE
    assert meta(doc) == META
    assert doc.metadata.title == "青石县公安局2024年法治政府建设年度报告"


TWINS = ["seq_long_siblings.txt", "seq_variants.txt", "joint_issuer.txt", "vertical_tax.txt", "department_wording.txt",
         "watermark_place_title.txt", "type_info_disclosure_title.txt", "type_work_points_notice.txt", "type_news.txt",
         "type_paper.txt", "type_template.txt", "type_duty_list.txt", "type_interpretation.txt"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("name", TWINS)
def test_every_family_reads_the_same_in_html_and_docx(tmp_path, name, fmt):
    from builders import write_html

    txt = lawcheck.outline(fam(name))
    with open(fam(name), encoding="utf-8") as fh:
        text = fh.read()
    if fmt == "html":
        path = write_html(str(tmp_path / "twin.html"), text, published="2025-03-01 10:00", source="青石县司法局")
    else:
        lines = text.splitlines()
        path = build(str(tmp_path / "twin.docx"), ["@title " + lines[0]] + lines[1:])
    doc = lawcheck.outline(path)
    assert tree(doc) == tree(txt)
    md, want = doc.metadata, txt.metadata
    # (The web reader drops a space between two names: "中共枫林市委 枫林市人民政府".)
    assert (md.title.replace(" ", ""), md.issuer, md.level, md.year, md.signed_date, md.document_type) == \
        (want.title.replace(" ", ""), want.issuer, want.level, want.year, want.signed_date, want.document_type)


# -- 1. numbered structure as a backbone ---------------------------------------------------------

def test_long_sibling_is_a_section_titled_by_its_lead_clause():
    doc = lawcheck.outline(fam("seq_long_siblings.txt"))
    first, second, third = doc.sections
    assert [c.title for c in first.children] == ["强化组织领导", "局长带头讲法治课三次", "规范行政执法"]
    leader = first.children[1]
    assert leader.number == "二"
    assert doc.text[leader.paragraphs[0][0]:].startswith("全年主持党组会")  # the rest is its body
    # A sequence of long numbered sentences is a sequence of sections, not body text.
    assert [c.title for c in second.children] == ["全年组织开展执法培训十二场次但覆盖面仍然不够",
                                                  "执法信息平台建设滞后于工作需要", "行政复议案件办理周期偏长"]
    assert third.children == []


def test_long_sequences_with_other_markers():
    doc = lawcheck.outline(fam("seq_variants.txt"))
    measures, shortcomings, _ = doc.sections
    assert [c.title for c in measures.children] == [
        "局党组书记、局长带头履行推进法治建设第一责任人职责", "规范行政执法",
        "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度"]
    assert [(c.marker, c.title) for c in shortcomings.children] == [
        ("（1）", "执法人员数量与执法任务不相适应"), ("（2）", "执法装备相对落后")]


def test_lone_long_numbered_sentence_stays_body():
    text = BASE.replace("（一）深化执法规范化建设。建成执法办案管理中心二期。\n（二）加强法治人才培养。组织民警参加执法资格等级考试培训3期。",
                        "（一）全年组织执法人员开展专题培训并全面建成执法办案管理中心二期，实现案件集中办理和全流程监督。")
    from test_outline import outline_of

    plan = outline_of(text)[0][3]
    assert plan.title == "2025年推进法治政府建设的主要安排" and plan.children == []


def test_word_auto_numbering_on_normal_paragraphs_counts_like_typed_numbers(tmp_path):
    long = "@n1 局长带头讲法治课三次，全年主持党组会专题研究法治工作四次，推动解决执法难题九个，带动班子成员落实责任。"
    lines = auto_numbered(BASE)
    lines.insert(lines.index("@n1 规范执法行为。全面落实行政执法三项制度，全年审核行政案件428件，纠正执法问题17个。"), long)
    doc = lawcheck.outline(build(str(tmp_path / "auto.docx"), lines))
    first = doc.sections[0]
    assert [(c.number, c.title) for c in first.children] == [
        ("一", "强化组织领导"), ("二", "局长带头讲法治课三次"), ("三", "规范执法行为"), ("四", "加强普法宣传")]
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、", "四、", "五、"]
    assert doc.sections[2].children[0].number == "一"  # restarts under each level-1 heading
    assert first.path == ("一、2024年推进法治政府建设的主要举措和成效",)
    assert "一、" not in doc.text  # numbers are rendered for the outline, never added to the text


def test_word_outline_levels_on_normal_paragraphs(tmp_path):
    doc = lawcheck.outline(build(str(tmp_path / "olvl.docx"), outline_levels(BASE)))
    assert tree(doc) == TREE
    assert all(s.number is None for s in doc.walk())  # nothing typed, nothing invented


LEAD_REPORT = [
    "@title 枫林市生态环境局2024年法治政府建设年度报告",
    "2024年，枫林市生态环境局坚持以习近平法治思想为指导。现将有关情况报告如下：",
    "一、主要举措和成效",
    "**严格落实第一责任人职责**局长全年主持党组会专题研究法治工作4次，带头开展年终述法。",
    "**持续规范行政执法。**全面落实行政执法三项制度，全年办理环境违法案件138件。",
    "二、存在的不足和原因",
    "@font(黑体)执法力量不足@@基层执法人员数量与任务不匹配，主要原因是编制有限。",
    "@font(黑体)信息化水平不高：@@执法平台数据共享不畅，主要原因是系统建设滞后。",
    "三、2025年工作安排",
    "“放管服”改革继续深化，推进执法规范化建设。",
    "@right 枫林市生态环境局",
    "@right 2025年2月14日",
]


def test_run_in_headings_marked_by_bold_or_font(tmp_path):
    doc = lawcheck.outline(build(str(tmp_path / "lead.docx"), LEAD_REPORT))
    assert tree(doc) == [(1, "主要举措和成效"), (2, "严格落实第一责任人职责"), (2, "持续规范行政执法"),
                         (1, "存在的不足和原因"), (2, "执法力量不足"), (2, "信息化水平不高"), (1, "2025年工作安排")]
    duty = doc.sections[0].children[0]
    assert doc.text[duty.paragraphs[0][0]:].startswith("局长全年主持")  # the boundary is the run boundary
    assert doc.sections[2].children == []  # a plain paragraph is not a heading
    assert doc.metadata.issuer == "枫林市生态环境局" and doc.metadata.signed_date == "2025-02-14"


def test_a_single_emphasised_opening_is_not_a_heading(tmp_path):
    lines = [ln for ln in LEAD_REPORT if not ln.startswith(("**", "@font"))]
    lines.insert(3, "**“放管服”**改革继续深化，全年取消证明事项12项。")
    doc = lawcheck.outline(build(str(tmp_path / "emphasis.docx"), lines))
    assert doc.sections[0].children == []
    # Emphasised figures opening several paragraphs are facts, not a run of headings.
    lines[3:4] = ["**全年办理案件312件**，结案率98%。", "**审查规范性文件12件**，全部按时报备。"]
    doc = lawcheck.outline(build(str(tmp_path / "figures.docx"), lines))
    assert doc.sections[0].children == []


def test_lost_line_breaks_are_recovered_without_touching_the_text():
    path = fam("flat_one_line.txt")
    doc = lawcheck.outline(path)
    with open(path, encoding="utf-8") as fh:
        assert doc.text == fh.read()
    assert doc.text.count("\n") == 1
    assert text_of(doc, "title") == ["青石县公安局2024年法治政府建设年度报告"]
    assert text_of(doc, "signature") == ["青石县公安局"] and text_of(doc, "date") == ["2025年1月27日"]
    assert doc.sections[-1].paragraphs and doc.text[slice(*doc.sections[-1].paragraphs[0])] == "无。"


def test_flattened_page_copy_with_inline_chrome():
    doc = lawcheck.outline(fam("flat_with_chrome.txt"))
    assert [t for lv, t in tree(doc) if lv == 1] == [
        "2024年主要举措和成效", "党政主要负责人履行推进法治建设第一责任人职责情况", "存在的不足和原因", "2025年工作安排",
        "其他需要报告的情况"]
    md = doc.metadata
    assert (md.issuer, md.year, md.signed_date, md.published_date) == ("青石县司法局", 2024, "2025-02-18", "2025-02-20")
    assert "浏览次数" not in content(doc)


def test_dotted_table_of_contents_lines_are_never_sections():
    doc = lawcheck.outline(fam("toc_dotted.txt"))
    toc = [t for t in text_of(doc, "furniture") if "……" in t or "...." in t or "··" in t]
    assert len(toc) == 5
    assert len([s for s in doc.sections if s.number == "一"]) == 1


def test_table_of_contents_with_tab_leaders_is_furniture():
    doc = lawcheck.outline(fam("toc_tabs.txt"))
    assert [s.title for s in doc.sections] == ["主要举措和成效", "存在的不足和原因"]
    assert text_of(doc, "furniture") == ["目录", "一、主要举措和成效\t1", "二、存在的不足和原因\t3"]


def test_content_controls_are_document_text(tmp_path):
    lines = ["@sdt " + ln for ln in BASE.splitlines()]
    lines[3] = "@sdtrun （一）强化组织领导。局党委全年|专题研究法治工作6次|，制定年度法治公安建设工作要点。"
    doc = lawcheck.outline(build(str(tmp_path / "sdt.docx"), lines))
    assert "局党委全年专题研究法治工作6次，制定年度" in doc.text
    assert tree(doc) == TREE


# -- 2. front matter and page furniture in every format -----------------------------------------

FRONT = [["青石县人民政府门户网站", "今天是：2025年3月6日 星期四"], ["无障碍 | 简体 | 繁体"],
         ["您所在的位置：首页 > 政务公开 > 法治政府建设"], ["首页 政务公开 政民互动 办事服务"],
         ["索引号：000014348/2025-00012", "主题分类：综合政务", "成文日期：2025年01月27日", "发布机构：青石县司法局"],
         ["索引号", "000014348/2025-00012", "发布日期", "2025-03-02"],
         ["信息来源：青石县司法局　发布时间：2025-03-02 10:11　浏览次数：88"]]
BACK = [["【打印本页】【关闭窗口】"], ["上一篇：关于开展普法宣传月活动的通知", "下一篇：青石县2024年政府信息公开工作年度报告"],
        ["相关链接", "青石县召开法治政府建设推进会", "2025年3月1日", "青石县司法局2023年法治政府建设年度报告"],
        ["主办：青石县人民政府办公室 网站标识码：0000000000 示ICP备00000000号"]]


def _dressed(name, seed):
    """The report with a random choice of page furniture around it, its title sometimes printed twice."""
    import random

    rnd = random.Random(seed)
    lines = [ln for ln in open(fam(name), encoding="utf-8").read().splitlines() if ln.strip()]
    front = sum(rnd.sample(FRONT, rnd.randint(1, 3)), [])
    back = sum(rnd.sample(BACK, rnd.randint(1, 3)), [])
    dup = [lines[0] + "_青石县人民政府网"] if rnd.random() < 0.5 else []
    return dup + front + lines + back


@pytest.mark.parametrize("fmt", ["txt", "flattened", "html", "docx"])
@pytest.mark.parametrize("name,seed", [("base.txt", 1), ("joint_issuer.txt", 2), ("seq_variants.txt", 3),
                                       ("title_three_lines.txt", 4), ("department_wording.txt", 5)])
def test_any_furniture_in_any_format_leaves_the_report_alone(tmp_path, name, seed, fmt):
    from builders import write_html

    want = lawcheck.outline(fam(name))
    lines = _dressed(name, seed)
    if fmt == "docx":
        path = build(str(tmp_path / "r.docx"), lines)
    elif fmt == "html":
        path = write_html(str(tmp_path / "r.html"), "\n".join(lines), published="2025-03-02 10:00")
    else:
        path = tmp_path / "r.txt"
        path.write_text((" " if fmt == "flattened" else "\n").join(lines) + "\n", encoding="utf-8")
    doc = lawcheck.outline(path)
    assert tree(doc) == tree(want)
    md, ref = doc.metadata, want.metadata
    assert (md.title.replace(" ", ""), md.issuer, md.level, md.year, md.signed_date, md.document_type) == \
        (ref.title.replace(" ", ""), ref.issuer, ref.level, ref.year, ref.signed_date, ref.document_type)


def test_page_text_pasted_into_txt():
    doc = lawcheck.outline(fam("page_paste.txt"))
    furniture = text_of(doc, "furniture")
    for chrome in ("青石县人民政府门户网站", "今天是：2025年3月6日 星期四", "无障碍 | 长者模式 | 简体 | 繁体",
                   "首页 政务公开 政民互动 办事服务 走进青石", "成文日期：2025年01月27日", "【打印本页】【关闭窗口】",
                   "相关链接", "2025年2月20日", "上一篇：青石县公安局2023年法治政府建设年度报告"):
        assert chrome in furniture
    md = doc.metadata
    assert md.title == "青石县公安局2024年法治政府建设年度报告"  # printed twice, with a site suffix once
    assert md.published_date == "2025-02-26"  # not 成文日期, not the site clock
    assert md.source == "青石县司法局" and md.issuer == "青石县公安局"  # 来源 is not the issuer
    assert md.signed_date == "2025-01-27"  # the related list after the signature does not displace it
    assert "浏览次数" not in content(doc) and "ICP" not in content(doc)


def test_web_page_with_furniture_inside_the_article_box():
    doc = lawcheck.outline(fam("page_chrome.html"))
    md = doc.metadata
    assert (md.published_date, md.signed_date) == ("2025-02-26", "2025-01-27")
    assert "索引号" not in content(doc) and "推进会" not in content(doc)


def test_cover_with_document_number_signer_and_addressee():
    doc = lawcheck.outline(fam("cover_docnumber.txt"))
    roles = {doc.text[p.start:p.end]: p.role for p in doc.paragraphs}
    assert roles["青公发〔2025〕3号　　　　签发人：李明"] == "furniture"
    assert roles["特急"] == roles["000123"] == roles["青石县公安局文件"] == "furniture"
    assert roles["中共青石县委、青石县人民政府："] == "addressee"
    assert doc.metadata.title == "青石县公安局关于2024年度法治政府建设情况的报告"
    assert doc.metadata.issuer == "青石县公安局"  # never the addressee


@pytest.mark.parametrize("name,title_lines,title,issuer,level", [
    ("page_paste_split_title.txt", ["枫林市人民政府", "关于2024年度法治政府建设情况的报告"],
     "枫林市人民政府关于2024年度法治政府建设情况的报告", "枫林市人民政府", "city"),
    ("title_three_lines.txt", ["中共枫林市委", "枫林市人民政府", "关于2024年度法治政府建设情况的报告"],
     "中共枫林市委 枫林市人民政府关于2024年度法治政府建设情况的报告", "枫林市人民政府", "city"),
    ("township_title_two_lines.txt", ["青石县三河镇人民政府", "2024年法治政府建设工作报告"],
     "青石县三河镇人民政府2024年法治政府建设工作报告", "青石县三河镇人民政府", "township"),
])
def test_titles_split_over_lines(name, title_lines, title, issuer, level):
    doc = lawcheck.outline(fam(name))
    assert text_of(doc, "title") == title_lines
    md = doc.metadata
    assert (md.title, md.issuer, md.level, md.year, md.document_type) == (title, issuer, level, 2024, "annual_report")
    assert len(text_of(doc, "addressee")) == (0 if name.startswith("township") else 1)


def test_date_printed_under_the_title_is_the_signed_date():
    doc = lawcheck.outline(fam("date_under_title.txt"))
    assert text_of(doc, "date") == ["（2025年2月20日）"] and doc.metadata.signed_date == "2025-02-20"
    assert text_of(doc, "addressee") == ["县委："] and text_of(doc, "closing") == ["特此报告。"]


def test_docx_metadata_table_gives_published_date_not_written_date(tmp_path):
    doc = lawcheck.outline(build(str(tmp_path / "meta.docx"), _metadata_table_and_toc(BASE)))
    assert doc.metadata.published_date == "2025-02-26"
    assert "青公发〔2025〕3号" in text_of(doc, "furniture")


def test_aggregator_watermarks_and_title_suffixes():
    doc = lawcheck.outline(fam("watermark_place_title.txt"))
    assert doc.metadata.title == "三河镇2024年法治政府建设年度报告"
    assert "mishuzj" not in content(doc) and "秘书之家" not in content(doc)
    assert [c.title for c in doc.sections[0].children] == ["加强组织领导", "规范行政执法"]
    assert "带头参加集体学法8次。" in content(doc)  # the sentence around an injected watermark survives


# -- 3. metadata a clerk would fill in -------------------------------------------------------------

@pytest.mark.parametrize("name,issuer,itype,level,region,year", [
    ("watermark_place_title.txt", "三河镇人民政府", "人民政府", "township", "三河镇", 2024),
    ("opening_issuer.txt", "青石县市场监督管理局", "市场监管", "county", "青石县", 2024),
    ("joint_issuer.txt", "枫林市人民政府", "人民政府", "city", "枫林市", 2024),
    ("vertical_tax.txt", "国家税务总局枫林市税务局", "税务", "city", "枫林市", 2024),
    ("department_wording.txt", "青石县交通运输局", "交通运输", "county", "青石县", 2024),
    ("formula_year.txt", "青石县交通运输局", "交通运输", "county", "青石县", 2023),
    ("type_no_title_formula.txt", "青石县应急管理局", "应急管理", "county", "青石县", 2024),
    ("opening_ministry.txt", "司法部", "司法", None, None, 2022),  # a central body: no level, not guessed
])
def test_issuer_level_and_year(name, issuer, itype, level, region, year):
    md = lawcheck.outline(fam(name)).metadata
    assert (md.issuer, md.issuer_type, md.level, md.region, md.year) == (issuer, itype, level, region, year)


def test_impossible_dates_are_unreadable_not_errors():
    md = lawcheck.outline(fam("impossible_signed.txt")).metadata
    assert md.signed_date is None and md.unreadable == {"signed_date": "2025年2月30日"}
    md = lawcheck.outline(fam("impossible_cn_date.txt")).metadata
    assert md.unreadable == {"signed_date": "二〇二五年四月三十一日", "published_date": "0000-01-01"}
    assert md.published_date is None and md.to_dict()["unreadable"] == md.unreadable


@pytest.mark.parametrize("name", ["impossible_signed.txt", "impossible_cn_date.txt"])
def test_check_runs_on_impossible_dates(name):
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", fam(name), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["metadata"]["signed_date"] is None


@pytest.mark.parametrize("s", ["2025年2月30日", "二〇二五年四月三十一日", "0000年1月1日", "2025年13月1日", "2025年0月0日",
                               "二〇二五年十十月一日", "99999999999999999999年1月1日", "", "年月日"])
def test_parse_date_never_raises(s):
    from lawcheck.metadata import parse_date, read_date

    assert parse_date(s) is None
    assert read_date(s)[0] is None


# -- 4. document type that decides ----------------------------------------------------------------

@pytest.mark.parametrize("name,doc_type", [
    ("type_info_disclosure.txt", "info_disclosure_report"),
    ("type_info_disclosure_title.txt", "info_disclosure_report"),
    ("type_work_points_notice.txt", "work_plan"),
    ("type_work_points_cover.txt", "work_plan"),
    ("type_interpretation.txt", "interpretation"),
    ("type_news.txt", "news"),
    ("type_news_untitled.txt", "news"),
    ("type_paper.txt", "paper"),
    ("type_template.txt", "template"),
    ("type_template_masked.txt", "template"),
    ("type_duty_list.txt", "duty_list"),
    ("type_notice_about_reports.txt", "notice"),
])
def test_look_alikes_fail_with_a_reason(name, doc_type):
    from lawcheck.model import DOCUMENT_TYPES

    md = lawcheck.outline(fam(name)).metadata
    assert md.document_type == doc_type
    assert doc_type in DOCUMENT_TYPES and md.type_reason


@pytest.mark.parametrize("name", ["type_no_title_formula.txt", "department_wording.txt", "cover_docnumber.txt",
                                  "page_paste.txt", "opening_issuer.txt", "flat_one_line.txt", "joint_issuer.txt",
                                  "opening_ministry.txt", "opening_item_heading.txt", "opening_meetings.txt"])
def test_reports_pass_however_their_title_arrives(name):
    md = lawcheck.outline(fam(name)).metadata
    assert md.document_type == "annual_report", md.type_reason


def test_no_clue_stays_unknown():
    md = lawcheck.outline(fam("type_no_clue.txt")).metadata
    assert md.document_type is None and md.type_reason is None


@pytest.mark.parametrize("title,doc_type", [
    ("青石县司法局2024年法治政府建设工作总结及2025年工作计划", "annual_report"),
    ("青石县2024年法治政府建设年度报告（征求意见稿）", "annual_report"),
    ("青石县2024年度依法治县工作情况报告", "annual_report"),
    ("省人民政府关于2023年度法治政府建设情况的报告", "annual_report"),
    ("青石县2025年法治政府建设工作计划", "work_plan"),
    ("关于印发《青石县法治政府建设示范创建实施方案》的通知", "implementation_plan"),
    ("县委全面依法治县委员会召开第三次会议 审议2024年度法治政府建设情况报告", "news"),
    ("浅谈基层法治政府建设年度报告的规范化", "paper"),
    ("一图读懂青石县2024年法治政府建设年度报告", "interpretation"),
    ("某县2024年法治政府建设年度报告", "template"),
    ("青石县人民政府2024年度工作报告", "work_summary"),
    ("关于报送2024年度法治政府建设年度报告的通知", "notice"),
])
def test_document_type_by_title_wording(tmp_path, title, doc_type):
    p = tmp_path / "t.txt"
    p.write_text(f"{title}\n一、总体情况\n全年审查行政规范性文件12件。\n", encoding="utf-8")
    assert lawcheck.outline(p).metadata.document_type == doc_type
