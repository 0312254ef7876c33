"""The outline parser on the real sample and on the layouts real reports use."""
import json
import subprocess
import sys

import pytest

import lawcheck
from lawcheck.model import RawDocument
from lawcheck.normalize import normalize
from lawcheck.outliner import parse
from lawcheck.read.text import split_paragraphs


def outline_of(text):
    raw = RawDocument("mem.txt", "txt", text, split_paragraphs(text))
    sections, paras = parse(raw, normalize(text))
    return sections, paras


def flat(sections):
    out = []
    for s in sections:
        out.extend(s.walk())
    return out


# -- the real sample (新兴县公安局 2024) ------------------------------------------------

def test_sample_outline_is_exact(sample_path):
    doc = lawcheck.outline(sample_path)
    top = [s.title for s in doc.sections]
    assert top == [
        "加强法治意识,提高执法质素",
        "落实制度执行,规范执法行为",
        "深入推进依法行政",
        "依法全面履行公安职能工作",
        "存在的不足和原因",
        "下一年度主要工作安排",
    ]
    assert [s.number for s in doc.sections] == list("一二三四五六")
    levels = [s.level for s in doc.walk()]
    assert levels.count(1) == 6 and levels.count(2) == 20 and levels.count(3) == 9
    assert [len(s.children) for s in doc.sections] == [3, 4, 4, 3, 3, 3]
    # The nine 1./2./3. items all sit under 六.
    six = doc.sections[5]
    assert [len(c.children) for c in six.children] == [3, 3, 3]
    assert [g.number for c in six.children for g in c.children] == ["1", "2", "3"] * 3


def test_sample_run_in_headings_split_title_from_body(sample_path):
    doc = lawcheck.outline(sample_path)
    first = doc.sections[0].children[0]
    assert first.title == "强化理论,保持学习"
    assert first.marker == "(一)"
    # The body of the run-in heading starts right after the 。
    body_start, _ = first.paragraphs[0]
    assert doc.text[body_start:].startswith("今年以来")
    item = doc.sections[5].children[0].children[0]
    assert item.title == "加强执法理念教育"


def test_sample_enumerations_are_not_headings(sample_path):
    doc = lawcheck.outline(sample_path)
    assert not any(s.title.startswith(("一是", "二是", "三是")) for s in doc.walk())
    training = doc.sections[0].children[1]
    assert training.title == "加强培训,提升素质"
    assert training.children == []


def test_sample_spans_and_offsets_point_into_text(sample_path):
    doc = lawcheck.outline(sample_path)
    for s in doc.walk():
        assert doc.text[s.title_start:s.title_end] == s.title
        assert s.start <= s.title_start < s.title_end <= s.heading_end <= s.end
        for c in s.children:
            assert s.start < c.start and c.end <= s.end
    # Sections do not swallow the closing paragraph or the signature.
    last = doc.sections[-1]
    assert "综上" not in doc.text[last.start:last.end]
    assert doc.text[doc.sections[4].start:doc.sections[4].end].startswith("五、存在的不足和原因")


def test_sample_metadata(sample_path):
    md = lawcheck.outline(sample_path).metadata
    assert md.issuer == "新兴县公安局"
    assert md.issuer_type == "公安"
    assert md.level == "county"
    assert md.region == "新兴县"
    assert md.year == 2024
    assert md.signed_date == "2025-01-27"
    assert md.published_date is None
    assert md.document_type == "annual_report"
    assert md.title is None  # the file has no title line; never invented


def test_sample_roles(sample_path):
    doc = lawcheck.outline(sample_path)
    roles = [(p.role, doc.text[p.start:p.end]) for p in doc.paragraphs]
    assert roles[0][0] == "preamble"
    assert roles[-1] == ("date", "2025年1月27日")
    assert roles[-2] == ("signature", "新兴县公安局")
    assert roles[-3][0] == "closing" and roles[-3][1].startswith("综上")


# -- layouts from real-report-structures.md ------------------------------------------

def test_fullwidth_and_halfwidth_markers_are_equal():
    half = "一、总体情况\n(一)加强领导。正文。\n1.学习。正文。\n(1)细项\n①更细\n二、存在问题\n"
    full = "一、总体情况\n（一）加强领导。正文。\n１．学习。正文。\n（1）细项\n①更细\n二、存在问题\n"
    a = [(s.level, s.title) for s in flat(outline_of(half)[0])]
    b = [(s.level, s.title) for s in flat(outline_of(full)[0])]
    assert a == b == [(1, "总体情况"), (2, "加强领导"), (3, "学习"), (4, "细项"), (5, "更细"), (1, "存在问题")]


def test_part_headings_and_skipped_levels():
    text = ("第一部分 工作开展情况\n一、加强组织领导\n1.健全机制。正文。\n2.强化考核。正文。\n"
            "二、推进依法行政\n第二部分 存在的问题\n问题较多。\n第三部分 下一步打算\n继续努力。\n")
    got = [(s.level, s.number, s.title) for s in flat(outline_of(text)[0])]
    assert got == [
        (1, "一", "工作开展情况"), (2, "一", "加强组织领导"), (3, "1", "健全机制"), (3, "2", "强化考核"),
        (2, "二", "推进依法行政"), (1, "二", "存在的问题"), (1, "三", "下一步打算"),
    ]


def test_numbering_that_skips_goes_under_nearest_parent():
    # 一、 goes straight to 1. (no （一）), then （一） appears later: both nest under 一、/二、.
    text = "一、主要举措\n1.学习。正文。\n2.培训。正文。\n二、存在不足\n（一）力量不足。正文。\n（二）机制不全。正文。\n"
    got = [(s.level, s.title) for s in flat(outline_of(text)[0])]
    assert got == [(1, "主要举措"), (2, "学习"), (2, "培训"), (1, "存在不足"), (2, "力量不足"), (2, "机制不全")]


def test_numbering_restarts_under_each_parent():
    text = "一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三\n三、丙\n"
    secs = outline_of(text)[0]
    assert [len(s.children) for s in secs] == [2, 1, 0]
    assert secs[1].children[0].number == "一"


def test_lone_list_in_preamble_is_not_a_section():
    text = ("示例县人民政府关于2023年度法治政府建设情况的报告\n"
            "按照要求，现报告如下，重点包括：\n1.学法用法情况；\n2.执法监督情况。\n"
            "一、主要举措和成效\n（一）强化领导。正文。\n二、存在的不足和原因\n正文。\n")
    secs, paras = outline_of(text)
    assert [s.title for s in secs] == ["主要举措和成效", "存在的不足和原因"]
    assert [p.role for p in paras][:4] == ["title", "preamble", "preamble", "preamble"]


def test_long_numbered_sentence_is_body_not_heading():
    text = ("一、主要举措\n"
            "1.全年组织开展执法培训十二场次共培训执法人员六百余人次并组织旁听庭审活动三次覆盖全部执法单位。\n"
            "二、存在的不足\n")
    secs = outline_of(text)[0]
    assert [s.title for s in secs] == ["主要举措", "存在的不足"]
    assert secs[0].children == []


def test_enumeration_paragraphs_inside_sections():
    text = "一、主要举措\n一是加强学习。全年学习12次。\n二是强化培训。\n二、存在的不足\n"
    secs = outline_of(text)[0]
    assert [s.title for s in secs] == ["主要举措", "存在的不足"]
    assert len(secs[0].paragraphs) == 2


def test_broken_opening_bracket_still_level_two():
    text = "一、主要举措\n一)加强学习。正文。\n二)强化培训。正文。\n"
    secs = outline_of(text)[0]
    assert [c.title for c in secs[0].children] == ["加强学习", "强化培训"]


def test_title_split_over_two_lines_addressee_and_chinese_date():
    text = ("示例乙县人民政府\n关于2023年度法治政府建设情况的报告\n县委：\n现将有关情况报告如下：\n"
            "一、主要举措和成效\n正文。\n示例乙县人民政府\n二〇二四年二月五日\n")
    raw = RawDocument("mem.txt", "txt", text, split_paragraphs(text))
    from lawcheck import metadata

    norm = normalize(text)
    sections, paras = parse(raw, norm)
    md = metadata.extract(raw, paras, sections)
    assert [p.role for p in paras] == ["title", "title", "addressee", "preamble", "heading", "body", "signature", "date"]
    assert md.title == "示例乙县人民政府关于2023年度法治政府建设情况的报告"
    assert md.signed_date == "2024-02-05"
    assert md.year == 2023
    assert md.issuer == "示例乙县人民政府" and md.issuer_type == "人民政府" and md.level == "county"


@pytest.mark.parametrize("issuer,itype,level,region", [
    ("示例甲县公安局", "公安", "county", "示例甲县"),
    ("示例丁市司法局", "司法", "city", "示例丁市"),
    ("示例辛省人民政府", "人民政府", "province", "示例辛省"),
    ("重庆市示例区司法局", "司法", "county", "重庆市示例区"),
    ("示例丁市示例戊镇人民政府", "人民政府", "township", "示例丁市示例戊镇"),
    ("示例甲县市场监督管理局", "市场监管", "county", "示例甲县"),
    ("示例丁市北城街道办事处", "人民政府", "township", "示例丁市北城街道"),
    ("某县人民政府", None, None, None),  # template placeholder: issuer unknown, not guessed
])
def test_issuer_type_level_and_region(issuer, itype, level, region):
    text = f"一、主要举措和成效\n正文。\n{issuer}\n2024年2月1日\n"
    raw = RawDocument("mem.txt", "txt", text, split_paragraphs(text))
    from lawcheck import metadata

    sections, paras = parse(raw, normalize(text))
    md = metadata.extract(raw, paras, sections)
    assert (md.issuer_type, md.level, md.region) == (itype, level, region)


@pytest.mark.parametrize("title,doc_type", [
    ("示例甲县人民政府2023年度法治政府建设情况报告", "annual_report"),
    ("示例甲县人民政府2023年政府信息公开工作年度报告", "info_disclosure_report"),
    ("示例甲县2024年法治政府建设工作要点", "work_plan"),
    ("示例甲县法治政府建设实施方案", "implementation_plan"),
    ("关于示例甲县2023年度法治政府建设情况报告的解读", "interpretation"),
])
def test_document_type_from_title(tmp_path, title, doc_type):
    p = tmp_path / "d.txt"
    p.write_text(f"{title}\n一、总体情况\n正文。\n", encoding="utf-8")
    assert lawcheck.outline(p).metadata.document_type == doc_type


# -- the JSON contract and the CLI -------------------------------------------------------

def _check_sections(text, sections):
    for s in sections:
        assert set(s) >= {"number", "title", "level", "start", "end", "children"}
        assert text[s["start"]:s["end"]]
        _check_sections(text, s["children"])


def test_outline_json_contract(sample_path):
    out = subprocess.run([sys.executable, "-m", "lawcheck", "outline", sample_path, "--format", "json"],
                         capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert d["schema"] == "lawcheck/1"
    assert d["file"] == sample_path
    assert set(d["metadata"]) >= {"title", "issuer", "issuer_type", "level", "region", "year", "signed_date",
                                  "published_date", "document_type"}
    assert d["metadata"]["year"] == 2024 and d["metadata"]["signed_date"] == "2025-01-27"
    assert len(d["sections"]) == 6
    assert d["sections"][4]["title"] == "存在的不足和原因"
    _check_sections(d["text"], d["sections"])
    with open(sample_path, encoding="utf-8") as fh:
        assert d["text"] == fh.read()


def test_outline_text_output(sample_path):
    out = subprocess.run([sys.executable, "-m", "lawcheck", "outline", sample_path],
                         capture_output=True, text=True, check=True)
    assert "发文机关：新兴县公安局" in out.stdout
    assert "五、存在的不足和原因" in out.stdout
    assert "    (一)执法规范化水平有待进一步提高" in out.stdout
