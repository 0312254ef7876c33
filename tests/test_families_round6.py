"""Families met in the sixth and seventh blind rounds (tests/blind6/, tests/blind7/), each as a fixture of our own.

As in test_families_round2.py: every report is written for the test, fictional, and only reproduces the layout or
the wording pattern; each test runs the real pipeline on a real file.
"""
import pytest
from builders import write_html
from test_families_round2 import check_text, got, report, verbatim

import lawcheck
from lawcheck.check.polarity import read_phrase

LONG = "全面推行执法公示制度，评查行政执法案卷，发现并整改问题，执法规范化水平明显提升。"


# -- numbering typed in other styles ------------------------------------------------------------------------


def test_numbers_with_a_full_stop_before_a_year_and_parenthesised_digits(tmp_path):
    text = "\n".join(["示例市自然资源局2023年度法治政府建设工作报告", "现将我局2023年度法治政府建设工作情况报告如下。",
                      "一.2023年主要工作举措及成效", "⑴健全制度体系。全年修订内部制度7项。", "⑵规范执法行为。全年立案64宗。",
                      "二.存在的问题", "一是执法力量不足，原因主要在于编制紧张。", "三.2024年工作计划", "⑴开展执法培训。",
                      "示例市自然资源局", "2024年2月5日"])
    doc = check_text(tmp_path, text).document
    assert [s.title for s in doc.sections] == ["2023年主要工作举措及成效", "存在的问题", "2024年工作计划"]
    assert [c.title for c in doc.sections[0].children] == ["健全制度体系", "规范执法行为"]


def test_one_line_copy_with_full_width_stops_parenthesised_digits_and_a_bracketed_note(tmp_path):
    flat = ("示例市税务局2025年法治政府建设年度报告发布时间：2026-03-12 09:30　来源：示例市税务局　字号：大 中 小"
            "2025年，示例市税务局坚持依法治税，现将有关情况报告如下：一．2025年推进法治政府建设的主要举措和成效⑴健全依法决策机制。"
            "年初编制并公布年度重大税务行政决策事项目录。⑵规范税务执法行为。全面落实行政执法三项制度。"
            "二．存在的不足和原因一是执法尺度不一。其原因是培训频次不够。三．2026年工作安排⑴持续编制并公布年度决策事项目录。"
            "⑵开展执法人员轮训。示例市税务局　2026年2月10日（本文来源于网络，版权归原作者所有）")
    doc = check_text(tmp_path, flat).document
    assert [s.title for s in doc.sections] == ["2025年推进法治政府建设的主要举措和成效", "存在的不足和原因", "2026年工作安排"]
    assert [c.title for c in doc.sections[2].children] == ["持续编制并公布年度决策事项目录", "开展执法人员轮训"]
    assert (doc.metadata.signed_date, doc.metadata.published_date) == ("2026-02-10", "2026-03-12")


def test_page_labels_after_the_title_on_one_line_with_single_spaces(tmp_path):
    text = "示例网 > 工作报告 > 法治建设\n示例区人民政府2025年度法治政府建设情况报告 来源：示例区人民政府 发布时间：2026-04-08 浏览次数：312\n" + \
        report("（一）加强执法。全年办理案件52件。")
    r = check_text(tmp_path, text)
    assert r.document.metadata.published_date == "2026-04-08"
    assert r.finding("timing.publication_deadline").verdict == "fail"


def test_wechat_decorations_before_numbers(tmp_path):
    text = "\n".join(["示例市市场监督管理局2024年法治政府建设年度报告", "现将2024年法治政府建设情况报告如下。",
                      "▌一、2024年主要工作举措及成效", "◆（一）健全依法决策机制", "全年审查决策草案6件。",
                      "◆（二）落实主要负责人法治建设职责", "局长主持专题会议研究法治建设3次。", "▌二、存在的不足",
                      "执法人员数量不足，原因是编制有限。", "▌三、2025年工作安排", "开展执法培训。",
                      "示例市市场监督管理局", "2025年2月18日"])
    doc = lawcheck.outline(write_html(str(tmp_path / "w.html"), text))
    assert [s.title for s in doc.sections] == ["2024年主要工作举措及成效", "存在的不足", "2025年工作安排"]
    assert len(doc.sections[0].children) == 2


# -- headings ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["（三）局主要负责人全年三次主持局党组会议专题研究交通执法规范化问题",
                                     "（一）局党组书记、局长切实扛起法治建设首要职责"])
def test_leader_headings_that_name_a_meeting_or_a_duty_in_other_words(tmp_path, heading):
    text = report(heading, "两次带头为全局干部讲法治课，并于12月当面述法。")
    assert got(check_text(tmp_path, text), "content.first_responsibility") == ("pass", "heading")


def test_a_short_heading_ending_in_problems_is_the_shortcomings_part(tmp_path):
    text = report("（一）加强执法。全年办理案件52件。").replace("二、存在的不足和原因", "二、当前工作中的问题").replace(
        "一是执法力量不足，原因是编制有限。", "一是执法力量不足；二是培训不够。")
    assert got(check_text(tmp_path, text), "content.shortcomings") == ("warn", "heading")


def test_heading_naming_the_duty_contradicted_by_its_body(tmp_path):
    text = "\n".join(["示例县自然资源局2023年法治政府建设年度报告", "现将2023年法治政府建设情况报告如下。",
                      "一、主要举措和成效", "（一）规范执法。全年办理案件52件。", "二、存在的不足及原因",
                      "执法力量不足，主观上重业务轻法治，客观上人均任务过重。", "三、主要负责人履行推进法治建设第一责任人职责情况",
                      "年内局主要负责人岗位两次调整。受此影响，本年度局主要负责人没有主持召开过法治建设专题会议，"
                      "也没有参加年终述法，这项职责基本处于悬空状态。",
                      "四、2024年工作安排", "（一）新任局长到岗后主持召开法治建设专题会议。", "示例县自然资源局", "2024年2月20日"])
    r = check_text(tmp_path, text)
    assert got(r, "content.first_responsibility") == ("fail", "declared_absent")
    assert got(r, "content.shortcomings") == ("pass", "heading")  # 主观上……客观上…… gives the causes


@pytest.mark.parametrize("causes", ["这些问题主要是基层法治机构人员配备不足所致。", "说到底，还是一些干部运用法治思维的自觉性不够。",
                                    "这些问题的出现，既有人员不足的客观因素，也有学习不深的主观因素。"])
def test_causes_said_without_the_word_cause(tmp_path, causes):
    text = report("（一）加强执法。全年办理案件52件。").replace("一是执法力量不足，原因是编制有限。", "一是执法力量不足。" + causes)
    assert got(check_text(tmp_path, text), "content.shortcomings") == ("pass", "heading")


def test_weaknesses_to_be_solved_next_year_are_shortcomings_in_the_body(tmp_path):
    text = "\n".join(["示例镇人民政府2025年度法治政府建设情况的报告", "现将有关情况报告如下。", "一、2025年度主要工作",
                      "（一）抓实矛盾纠纷排查化解。全年排查纠纷214件。", "二、2026年工作打算",
                      "从全年情况看，镇村两级法治工作力量偏弱、少数村干部依法办事意识还不够强，这些都需要在新的一年里着力解决。",
                      "示例镇人民政府", "2026年2月26日"])
    assert got(check_text(tmp_path, text), "content.shortcomings") == ("warn", "body")


# -- the catalogue ------------------------------------------------------------------------------------------------


def test_the_last_word_of_a_paragraph_decides(tmp_path):
    not_made = report("（一）依法决策。年度目录的编制工作由司法局牵头启动，但因部分部门迟迟未报送候选事项，"
                      "直到年底也没有形成正式的重大行政决策事项目录，更没有向社会公布。")
    assert got(check_text(tmp_path, not_made), "decision.catalog") == ("fail", "declared_absent")
    unpublished = report("（一）依法决策。重大行政决策事项目录已编制，由于需与市级目录衔接后一并发布，而市级目录迟迟未定稿，"
                         "截至12月底我局目录仍未对社会公开。")
    assert got(check_text(tmp_path, unpublished), "decision.catalog")[0] == "warn"


def test_an_aside_in_brackets_does_not_take_the_sentence_back(tmp_path):
    text = report("（一）完善制度体系。我局2023年度重大行政决策事项目录列入2项，经局党组会议审定后在《示例日报》全文刊登，"
                  "向社会公布（当时局门户网站正在改版，目录未在网上同步挂出）。")
    assert got(check_text(tmp_path, text), "decision.catalog") == ("pass", "body")


def test_compiled_catalogue_kept_internal_is_partial(tmp_path):
    text = report("（一）提升依法行政水平。年初梳理确定重大行政决策事项7项，汇编形成年度目录，经常务会议审议通过。"
                  "但因门户网站全年改版，该目录一直没有挂网公开，年内仅在内部印发执行。")
    assert got(check_text(tmp_path, text), "decision.catalog")[0] == "warn"


@pytest.mark.parametrize("sentence,polarity", [
    ("报经县政府同意，我局本年度不再单独编制重大行政决策事项目录", "negated"),
    ("截至12月底该重大行政决策事项目录仍未通过门户网站或其他渠道对外公开", "partial"),
    ("重大行政决策事项目录已完成征集和梳理，目前正在履行审定程序，审定之前暂不对外公布", "partial"),
])
def test_catalogue_phrases(sentence, polarity):
    assert read_phrase(sentence, "重大行政决策事项目录").polarity == polarity


# -- metadata -------------------------------------------------------------------------------------------------------


def test_report_year_from_the_body_and_the_signing_when_the_title_has_none(tmp_path):
    text = "\n".join(["示例省邮政管理局法治政府建设工作情况报告", "过去一年，我局坚持依法行政，现将有关情况报告如下。",
                      "一、主要举措和成效", "（一）规范执法。2024年全年办理案件52件，2024年12月完成案卷评查。",
                      "二、存在的不足和原因", "一是执法力量不足，原因是编制有限。", "示例省邮政管理局", "2025年3月15日"])
    md = check_text(tmp_path, text).document.metadata
    assert md.year == 2024


@pytest.mark.parametrize("name,level", [("国家金融监督管理总局示例监管分局", "city"), ("国家金融监督管理总局示例监管局", "province"),
                                        ("国家金融监督管理总局示例监管支局", "county")])
def test_supervision_branch_levels(name, level):
    from lawcheck.issuer import level_region

    assert level_region(name)[0] == level


# -- PDF headings set off by size and face ------------------------------------------------------------------------


def test_pdf_headings_by_size_and_face_and_run_in_leads(tmp_path):
    from builders import write_pdf

    text = "\n".join([
        "@big 示例市交通运输局2023年度法治政府建设情况报告",
        "2023年，示例市交通运输局扎实推进交通运输领域依法行政，现将本年度工作情况报告如下。" + LONG,
        "@big 主要工作举措与成效",
        "@sans 制度建设更加健全",
        "全年起草、修订交通运输领域规范性文件，全部经过合法性审核和集体审议。" + LONG,
        "@lead 依法决策方面。|局长主持召开专题会议研究法治建设，审定年度重大行政决策事项目录并向社会公开。" + LONG,
        "@big 存在的问题",
        "部分区县执法人员办案经验不足，执法文书制作不够规范，原因是培训不足。" + LONG,
        "@big 2024年工作计划",
        "开展执法人员全员轮训，推进执法规范化建设。" + LONG,
        "示例市交通运输局",
        "2024年2月5日",
    ])
    doc = lawcheck.outline(write_pdf(str(tmp_path / "h.pdf"), text, chars_per_line=30, serif_body=True))
    assert [s.title for s in doc.sections] == ["主要工作举措与成效", "存在的问题", "2024年工作计划"]
    first = doc.sections[0]
    assert [c.title for c in first.children] == ["制度建设更加健全"]
    # A run-in lead in the heading face nests under the heading-face line above it.
    assert [c.title for c in first.children[0].children] == ["依法决策方面"]


def test_wechat_numbers_inside_brackets_and_bar_sub_headings(tmp_path):
    text = "\n".join(["示例县教育局2025年度法治政府建设情况报告", "现将2025年法治政府建设情况报告如下。",
                      "【一、2025年主要工作及成效】", "▌落实主要负责人法治责任", "局长主持专题会议研究法治建设3次，年底当面述法。",
                      "▌推进依法治校示范创建", "创建示范校5所。", "【二、存在的不足及原因】", "执法力量不足，原因是编制有限。",
                      "【三、2026年工作安排】", "开展依法治校培训。", "示例县教育局", "2026年2月12日"])
    r = verbatim(lawcheck.check(write_html(str(tmp_path / "b.html"), text)))
    assert [s.title for s in r.document.sections] == ["2025年主要工作及成效", "存在的不足及原因", "2026年工作安排"]
    assert [c.title for c in r.document.sections[0].children] == ["落实主要负责人法治责任", "推进依法治校示范创建"]
    assert got(r, "content.first_responsibility") == ("pass", "heading")
