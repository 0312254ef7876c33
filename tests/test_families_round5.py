"""Families met in the dev half of the fifth blind round (tests/blind5/), each as a fixture of our own.

As in test_families_round2.py: every report is written for the test, fictional, and only reproduces the layout or
the wording pattern; each test runs the real pipeline on a real file (.docx via python-docx, PDF with a text layer).
"""
from builders import write_html, write_pdf
from fixtures.families.docx_family import build
from test_families_round2 import check_text, got, report, verbatim

import lawcheck

LONG = "全面推行执法公示制度，评查行政执法案卷，发现并整改问题，执法规范化水平明显提升。"


# -- PDF: spacing Word puts between Chinese and Western text, and between paragraphs ------------------------


def test_pdf_gap_spaces_beside_chinese_are_not_text_and_spacing_ends_a_full_heading(tmp_path):
    text = "\n".join([
        "示例丙县司法局2024年法治政府建设年度报告",
        "一、2024\u2009年推进法治政府建设的主要举措和成效情况",  # exactly one full line, then 段后 spacing
        LONG * 3,
        "（一）局长履行推进法治建设第一责任人职责情况",
        "局长作为第一责任人，主持召开专题会议研究法治建设。" + LONG * 2,
        "二、存在的不足和原因",
        "执法力量不足，原因是编制有限。" + LONG,
        "示例丙县司法局",
        "2025\u2009年\u20092\u2009月\u200920\u2009日",
    ])
    doc = lawcheck.outline(write_pdf(str(tmp_path / "g.pdf"), text, chars_per_line=26, paragraph_gap=0.006))
    assert "2024年推进法治政府建设" in doc.text and "2024 年" not in doc.text
    assert [s.title for s in doc.sections][:2] == ["2024年推进法治政府建设的主要举措和成效情况", "存在的不足和原因"]
    assert doc.metadata.signed_date == "2025-02-20"


def test_pdf_without_paragraph_spacing_still_joins_wrapped_lines(tmp_path):
    text = report("（一）加强执法。" + LONG * 3)
    doc = lawcheck.outline(write_pdf(str(tmp_path / "w.pdf"), text, chars_per_line=26))
    assert any(p.startswith("加强执法") and p.endswith("明显提升。") and len(p) > 100
               for p in doc.text.split("\n") for p in [p.split("）", 1)[-1]])


# -- the back of an official document: 版记 after the signature -------------------------------------------


def test_copy_to_and_printing_lines_after_the_signature_do_not_hide_the_date(tmp_path):
    text = report("（一）加强执法。全年办理案件52件。") + "\n（此件公开发布）\n抄送：示例市司法局，县委办公室，县人大常委会办公室，县政协办公室。\n" \
        "示例乙县人民政府办公室　　　　2025年2月21日印发"
    r = check_text(tmp_path, text)
    assert (r.document.metadata.signed_date, r.document.metadata.issuer) == ("2025-02-20", "示例乙县司法局")


# -- the front: a red header above a title broken after 年度 ------------------------------------------------


def test_title_broken_after_the_year_under_a_red_header(tmp_path):
    text = "\n".join(["示例省生态环境厅", "示环报〔2026〕9号　　　　签发人：张某",
                      "示例省生态环境厅关于2025年度", "法治政府建设工作情况的报告", "示例省人民政府：",
                      "2025年，我厅扎实推进法治政府建设。现将有关情况报告如下。", "一、主要举措和成效",
                      "（一）加强执法。全年办理案件52件。", "二、存在的不足和原因", "一是执法力量不足，原因是编制有限。",
                      "示例省生态环境厅", "2026年2月12日"])
    md = check_text(tmp_path, text).document.metadata
    assert md.title == "示例省生态环境厅关于2025年度法治政府建设工作情况的报告"
    assert (md.issuer, md.year) == ("示例省生态环境厅", 2025)


# -- page labels: a value that lost its line, a label line under a wrapped title ----------------------------


def test_publication_time_whose_value_sits_on_the_next_line(tmp_path):
    text = "示例县人民政府门户网站\n来源：示例县司法局发布时间：\n2025-03-06 09:30\n浏览次数：1024\n" + report("（一）加强执法。全年办理案件52件。")
    assert check_text(tmp_path, text).document.metadata.published_date == "2025-03-06"


def test_hard_wrapped_copy_keeps_a_label_line_apart_from_the_title(tmp_path):
    body = "　　" + "全镇法治政府建设工作平稳推进，镇综合行政执法队共办理案件，执法文书全部按要求归档，" * 6
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    text = "\n".join(["示例镇人民政府关于2025年度法治政府建设情况的报告", "发布时间：2026-03-18 10:05:12　来源：示例镇人民政府",
                      *wrapped, "一、主要举措和成效", "（一）加强执法。全年办理案件52件。", "二、存在的不足和原因",
                      "一是执法力量不足，原因是编制有限。", "示例镇人民政府", "2026年2月26日"])
    assert check_text(tmp_path, text).document.metadata.published_date == "2026-03-18"


# -- Word: headings set off by their typeface alone ---------------------------------------------------------


def test_word_headings_in_heiti_without_numbers_or_bold(tmp_path):
    lines = ["示例市交通运输局2025年法治政府建设年度报告",
             "2025年，示例市交通运输局深入推进依法行政，现将有关情况报告如下，请审阅。",
             "@font(黑体)2025年法治政府建设工作情况@@",
             "**依法行政制度建设。**制定规范性文件2件，出台前均经过合法性审核和局党组会审议，全部按规定报送备案。",
             "**执法规范。**推行信用加执法模式，对信用良好的经营主体减少检查频次，全年开展联合检查。",
             "@font(黑体)存在的不足及原因@@",
             "执法人员对新业态监管的法律适用把握不准，主要源于培训跟进滞后，基层执法人员以非法律专业为主。",
             "@font(黑体)2026年工作计划@@",
             "组织新业态监管法律适用专题培训，开展执法文书说理专项评查，推动执法与公安数据共享。",
             "示例市交通运输局", "2026年1月23日"]
    doc = lawcheck.outline(build(str(tmp_path / "f.docx"), lines))
    assert [s.title for s in doc.sections] == ["2025年法治政府建设工作情况", "存在的不足及原因", "2026年工作计划"]
    assert [c.title for c in doc.sections[0].children] == ["依法行政制度建设", "执法规范"]


def test_a_short_line_in_the_body_face_is_not_a_heading(tmp_path):
    lines = ["示例市交通运输局2025年法治政府建设年度报告", "2025年，示例市交通运输局深入推进依法行政，现将有关情况报告如下，请审阅。",
             "一、主要举措和成效", "全年开展联合检查，减少对经营主体的重复检查，执法规范化水平明显提升。", "执法数据统计", "二、存在的不足和原因",
             "执法力量不足，原因是编制有限，基层执法人员以非法律专业为主，培训跟进滞后。", "示例市交通运输局", "2026年1月23日"]
    doc = lawcheck.outline(build(str(tmp_path / "n.docx"), lines))
    assert [s.title for s in doc.sections] == ["主要举措和成效", "存在的不足和原因"]


# -- statistics tables: a key cell with its unit, a zero beside it --------------------------------------------


def test_statistics_table_with_zero_lawyers_and_no_adviser(tmp_path):
    lines = report("（一）加强执法。全年办理案件52件。").split("\n")
    lines[4:4] = ["@table 项目|2025年情况", "@table 行政处罚案件（件）|1342", "@table 常年法律顾问|未聘请", "@table 公职律师（人）|0"]
    r = verbatim(lawcheck.check(build(str(tmp_path / "s.docx"), lines)))
    assert got(r, "counsel.legal_adviser") == ("fail", "declared_absent")


def test_statistics_table_with_lawyers_counted(tmp_path):
    lines = report("（一）加强执法。全年办理案件52件。").split("\n")
    lines[4:4] = ["@table 项目|2025年情况", "@table 公职律师（人）|12"]
    r = verbatim(lawcheck.check(build(str(tmp_path / "s.docx"), lines)))
    assert got(r, "counsel.legal_adviser") == ("pass", "body")


# -- text that lost its line breaks --------------------------------------------------------------------------


def test_flattened_headings_cut_where_their_text_begins(tmp_path):
    flat = ("示例市税务局2023年度法治政府建设情况报告 2023年，我局坚持依法治税，现将有关情况报告如下。"
            "一、2023年主要工作举措及成效（一）依法组织税费收入。全年组织税费收入，依法落实减税降费政策。"
            "（二）健全内部制度体系。修订内部制度8项。"
            "二、短板弱项一是基层执法人员业务水平参差不齐；二是复议案件办理周期偏长。根源在于培训偏重业务操作。"
            "三、下步打算（一）2024年启动重大税务决策事项目录编制，年内完成并对外公开。（二）开展执法人员轮训。"
            "四、2024年工作谋划 （一）每季度组织一次集中学法。"
            "【示例汇编网 整理】示例市税务局　2024.2.26")
    r = check_text(tmp_path, flat)
    assert [s.title for s in r.document.sections] == ["2023年主要工作举措及成效", "短板弱项", "下步打算", "2024年工作谋划"]
    assert [c.title for c in r.document.sections[2].children][0] == "2024年启动重大税务决策事项目录编制"
    assert r.document.metadata.signed_date == "2024-02-26"


# -- judgement ------------------------------------------------------------------------------------------------


def test_plan_section_opening_with_this_years_problems_is_still_the_plan(tmp_path):
    text = "\n".join(["示例县税务局2024年法治政府建设年度报告", "2024年，我局扎实推进法治政府建设，现将有关情况报告如下。",
                      "一、主要工作举措和成效", "（一）完善制度体系。修订内部制度8项。", "二、2025年工作安排",
                      "同时也要看到，我局法治建设仍有不少薄弱环节：部分基层分局执法文书不够规范。究其原因，主要是业务培训不足。"
                      "为此，2025年重点做好以下工作：", "（一）开展执法文书规范化专项整治。", "（二）健全税费争议化解机制。",
                      "示例县税务局", "2025年2月20日"])
    r = check_text(tmp_path, text)
    assert got(r, "content.shortcomings") == ("warn", "body")
    assert got(r, "content.next_year") == ("pass", "heading")


def test_catalogue_short_form_in_its_antecedents_sentence_is_a_deed(tmp_path):
    done = report("（一）规范决策。年初梳理出城市更新等7项重大行政决策事项，汇总形成年度目录，经常务会议审定后向社会公开。")
    assert got(check_text(tmp_path, done), "decision.catalog") == ("pass", "body")
    draft = report("（一）规范决策。各部门报送的拟决策事项几经增删，目录稿始终定不下来，全年没有编制出年度目录。")
    assert got(check_text(tmp_path, draft), "decision.catalog") == ("fail", "declared_absent")
    unpublished = report("（一）规范决策。梳理重大行政决策事项后，过去一年没有编制重大行政决策事项目录，也未向社会公开目录。")
    assert got(check_text(tmp_path, unpublished), "decision.catalog") == ("fail", "declared_absent")


def test_items_moved_in_and_out_of_the_catalogue_say_nothing_about_it(tmp_path):
    text = report("（一）严格决策程序。编制2025年度重大行政决策事项目录并向社会公开，列入事项6项，1项因论证未完成按程序调出目录。")
    assert got(check_text(tmp_path, text), "decision.catalog") == ("pass", "body")


def test_leader_heading_in_other_words_with_a_governor(tmp_path):
    text = report("（一）主要领导以身作则推动法治建设", "省长主持召开省政府常务会议专题研究法治政府建设3次，带头参加会前学法。")
    assert got(check_text(tmp_path, text), "content.first_responsibility") == ("pass", "heading")


def test_never_vacant_is_not_an_absence(tmp_path):
    text = report("（一）“一把手”抓法治不缺位。局长全年主持召开专题会议研究法治建设3次。",
                  "（二）法律顾问工作。镇里的法律顾问从年头到年尾没有空着，全年审查合同31份。")
    r = check_text(tmp_path, text)
    assert got(r, "content.first_responsibility") == ("pass", "heading")
    assert got(r, "counsel.legal_adviser") == ("pass", "heading")


def test_web_page_with_catalogue_in_short_words(tmp_path):
    text = report("（一）依法决策。说起决策目录，我们乡到现在还是一张白纸——年初没有排，年中也没有补，本年度的目录一直没有编出来。")
    r = verbatim(lawcheck.check(write_html(str(tmp_path / "c.html"), text)))
    assert got(r, "decision.catalog") == ("fail", "declared_absent")
