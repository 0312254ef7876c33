"""Trap families of issue 9, each a short report checked through the real pipeline (``lawcheck.check``).

A checker earns trust through its 通过: a report that says in so many words that
there is no legal adviser must never pass on the keyword alone, and a report
that writes an item in other words must not fail for want of the keyword.
"""
import pytest

import lawcheck

TITLE = "示例甲县司法局2023年法治政府建设年度报告\n"
SIGNED = "示例甲县司法局\n2024年2月20日\n"


def check(tmp_path, body: str, title: str = TITLE, signed: str = SIGNED, name: str = "r.txt"):
    p = tmp_path / name
    p.write_text(title + body.strip("\n") + "\n" + signed, encoding="utf-8")
    result = lawcheck.check(p)
    for f in result.findings:  # every quote is verbatim
        for e in f.evidence:
            assert result.document.text[e.start:e.end] == e.quote
    return result


def measures(text: str) -> str:
    return "一、主要举措和成效\n" + text + "\n"


# -- 1. negation with a scope ---------------------------------------------------------------------


def test_negation_after_the_cue_is_declared_absent(tmp_path):
    r = check(tmp_path, measures("（三）规范行政决策。重大行政决策事项目录的编制工作尚在推进、年底前未能完成。"
                                 "\n（四）加强队伍建设。法律顾问：暂缺。"))
    catalog = r.finding("decision.catalog")
    assert (catalog.verdict, catalog.coverage) == ("fail", "declared_absent")
    assert catalog.evidence[0].quote == "重大行政决策事项目录的编制工作尚在推进、年底前未能完成。"
    counsel = r.finding("counsel.legal_adviser")
    assert (counsel.verdict, counsel.coverage) == ("fail", "declared_absent")


def test_topic_clause_followed_by_a_negation_is_not_coverage(tmp_path):
    r = check(tmp_path, measures("（三）法律顾问工作。本局目前还没有聘请常年法律顾问。"))
    f = r.finding("counsel.legal_adviser")
    assert (f.verdict, f.coverage) == ("fail", "declared_absent")
    assert f.evidence[0].quote == "本局目前还没有聘请常年法律顾问。"
    # In running text too: "……方面，" reads the clause after it.
    r = check(tmp_path, measures("（三）加强队伍建设。法律顾问方面，目前暂未聘请。"))
    assert r.finding("counsel.legal_adviser").coverage == "declared_absent"
    # A heading whose body only says "暂无": the heading is the subject of the negation.
    r = check(tmp_path, measures("（四）法律顾问。暂无。"))
    assert r.finding("counsel.legal_adviser").coverage == "declared_absent"


@pytest.mark.parametrize("sentence,rule", [
    ("全年不存在未经审核即印发规范性文件的情况。", "normative.review"),
    ("全年4项重大行政决策全部毫无例外地提交常务会议集体讨论。", "decision.procedures"),
    ("不断完善法律顾问制度，法律顾问全程参与合同审查。", "counsel.legal_adviser"),
    ("未雨绸缪，建立重大行政决策社会稳定风险评估机制。", "decision.procedures"),
    ("县政府拟出台的规范性文件均经合法性审核。", "normative.review"),
])
def test_pseudo_and_double_negation_read_as_positive(tmp_path, sentence, rule):
    f = check(tmp_path, measures("（二）依法行政。" + sentence)).finding(rule)
    assert (f.verdict, f.coverage) == ("pass", "body"), f.message


def test_a_result_is_not_the_absence_of_an_institution(tmp_path):
    r = check(tmp_path, measures("（五）化解行政争议。全年没有发生因违法决策引发的行政诉讼。"))
    for rid in ("review.reconsideration_litigation", "review.head_in_court", "decision.procedures"):
        assert r.finding(rid).coverage != "declared_absent", rid


def test_done_but_not_published_is_a_warning_that_says_so(tmp_path):
    r = check(tmp_path, measures("（三）规范行政决策。县政府重大行政决策事项目录已编制但尚未向社会公布。"))
    f = r.finding("decision.catalog")
    assert (f.verdict, f.coverage) == ("warn", "body")
    assert "尚未向社会公布" in f.message
    assert f.evidence[0].quote == "县政府重大行政决策事项目录已编制但尚未向社会公布。"


def test_one_institution_absent_does_not_negate_the_other(tmp_path):
    f = check(tmp_path, measures("（二）提升依法决策水平。聘请法律顾问2名，但尚未设立公职律师。")).finding(
        "counsel.legal_adviser")
    assert (f.verdict, f.coverage) == ("pass", "body")


# -- 2. a section can contradict its heading ------------------------------------------------------


def test_body_that_declares_the_thing_absent_outranks_its_heading(tmp_path):
    r = check(tmp_path, measures("（二）规范性文件管理。我局今年尚未建立规范性文件合法性审核机制。"))
    f = r.finding("normative.review")
    assert (f.verdict, f.coverage) == ("warn", "declared_absent")
    assert f.evidence[0].quote == "我局今年尚未建立规范性文件合法性审核机制。"
    assert "正文" in f.message


def test_a_broad_heading_is_not_contradicted_by_one_missing_part(tmp_path):
    r = check(tmp_path, measures("（二）规范行政决策\n镇政府严格落实集体讨论决定制度，全年召开常务会议18次。"
                                 "受编制力量所限，镇政府尚未编制重大行政决策事项目录。"))
    assert r.finding("gangyao.decisions").coverage == "heading"
    assert r.finding("decision.catalog").coverage == "declared_absent"


def test_this_year_outranks_next_years_plan(tmp_path):
    r = check(tmp_path, measures("（一）规范行政决策。年内没有编制重大行政决策事项目录。")
              + "二、2024年工作安排\n（一）启动重大行政决策事项目录编制工作。\n")
    f = r.finding("decision.catalog")
    assert (f.verdict, f.coverage) == ("fail", "declared_absent")
    assert "下一年度" not in f.message
    assert f.evidence[0].quote == "年内没有编制重大行政决策事项目录。"


def test_a_mention_only_in_the_plan_stays_a_warning(tmp_path):
    r = check(tmp_path, measures("（一）加强学法。全年集中学法6次。")
              + "二、2024年工作安排\n（一）编制并公布重大行政决策事项目录。\n")
    f = r.finding("decision.catalog")
    assert (f.verdict, f.coverage) == ("warn", "body") and "下一年度" in f.message


# -- 3. items named in other words ----------------------------------------------------------------

FIRST = "content.first_responsibility"


@pytest.mark.parametrize("section", [
    "（一）压实法治建设领导责任。县长全年主持召开专题会议4次。",
    "（一）强化“关键少数”示范带头。局党组书记带头讲法治课2次。",
    "（一）落实领导干部法治责任\n局长作为第一责任人主持党组会3次，研究部署执法规范化工作。年底书面述法。",
    "（一）加强组织领导\n主要负责人带头履职。全年召开专题会议4次，出台法治建设工作要点。",
    "（一）加强组织领导\n局长主持召开党委会议专题研究法治工作5次。局长带头学法，全年参加集中学法12次。"
    "局长在县委全面依法治县委员会会议上述法。",
])
def test_first_responsibility_under_other_headings(tmp_path, section):
    f = check(tmp_path, measures(section + "\n（二）规范行政执法。全年办理行政处罚案件218件。")).finding(FIRST)
    assert (f.verdict, f.coverage) == ("pass", "heading"), f.message


@pytest.mark.parametrize("section", [
    "（一）压实法治建设领导责任。将法治建设成效纳入乡镇年度绩效考核，权重6%；对8个乡镇开展法治督察。",
    "（一）强化“关键少数”示范带头。组织中层干部集中学法6次，副局长带头讲法治课1次。",
])
def test_other_wording_without_the_leader_is_not_item_three(tmp_path, section):
    """"压实…领导责任" may be about appraisal of subordinate units: the body must name the principal leader acting."""
    f = check(tmp_path, measures(section + "\n（二）规范行政执法。全年办理行政处罚案件218件。")).finding(FIRST)
    assert f.coverage != "heading", f.message


def test_one_sentence_about_the_leader_is_still_only_body_text(tmp_path):
    f = check(tmp_path, measures("（一）加强组织领导。局长作为第一责任人，带头开展年终述法。全年召开党委会议12次。"
                                 "全年培训执法人员300人次。")).finding(FIRST)
    assert (f.verdict, f.coverage) == ("warn", "body")


def test_leader_sentences_in_a_shortcoming_do_not_make_a_heading(tmp_path):
    f = check(tmp_path, measures("（一）加强队伍建设。全年培训300人次。")
              + "二、领导责任落实还有差距\n部分领导干部带头学法不够。原因是重视不够。\n").finding(FIRST)
    assert f.verdict == "fail"


def test_shortcomings_and_plans_under_other_words(tmp_path):
    r = check(tmp_path, measures("（一）加强队伍建设。全年培训300人次。")
              + "二、短板弱项\n基层执法力量不足，主要原因是编制有限。\n三、下步打算\n（一）深化执法改革。\n")
    assert r.finding("content.shortcomings").verdict == "pass"
    assert r.finding("content.next_year").verdict == "pass"
    r = check(tmp_path, measures("（一）加强队伍建设。全年培训300人次。")
              + "二、工作中的困难\n基层执法力量仍然薄弱。执法人员专业素质有待提高。部分执法程序不够规范，原因是培训不足。\n"
              + "三、2026年工作思路\n（一）深化执法改革。\n",
              title="示例甲县司法局2025年法治政府建设年度报告\n", signed="示例甲县司法局\n2026年2月10日\n")
    assert r.finding("content.shortcomings").coverage == "heading"
    assert r.finding("content.next_year").verdict == "pass"
    assert r.finding("content.measures").evidence[0].quote == "一、主要举措和成效"


def test_bold_lead_in_a_word_draft_is_a_heading(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("示例甲县司法局2023年法治政府建设年度报告")
    d.add_paragraph("一、主要举措和成效")
    p = d.add_paragraph()
    p.add_run("主要负责人带头履职。").bold = True
    p.add_run("全年召开专题会议4次，出台法治建设工作要点。")
    d.add_paragraph("示例甲县司法局")
    d.add_paragraph("2024年2月20日")
    path = tmp_path / "lead.docx"
    d.save(path)
    f = lawcheck.check(path).finding(FIRST)
    assert (f.verdict, f.coverage) == ("pass", "heading")
    assert "主要负责人带头履职" in f.evidence[0].quote


# -- 4. dates -------------------------------------------------------------------------------------


def test_impossible_signing_date_skips_timing_with_the_reason(tmp_path):
    r = check(tmp_path, measures("（一）加强队伍建设。全年培训300人次。"),
              signed="示例甲县司法局\n二〇二四年二月三十日\n")
    f = r.finding("timing.report_deadline")
    assert f.verdict == "skip"
    assert "二〇二四年二月三十日" in f.message and "不是有效日期" in f.message
    assert r.document.metadata.signed_date is None or "02-30" in r.document.metadata.signed_date


def test_impossible_publication_date_never_raises(tmp_path):
    page = ("<html><head><title>示例甲县司法局2023年法治政府建设年度报告</title></head><body>"
            "<h1>示例甲县司法局2023年法治政府建设年度报告</h1><div>发布日期：2024-02-30</div>"
            "<p>一、主要举措和成效</p><p>全年培训执法人员300人次。</p>"
            "<p>示例甲县司法局</p><p>2024年2月20日</p></body></html>")
    p = tmp_path / "r.html"
    p.write_text(page, encoding="utf-8")
    f = lawcheck.check(p).finding("timing.publication_deadline")
    assert f.verdict == "skip"


@pytest.mark.parametrize("field,md,needle", [
    ("signed_date", {"signed_date": None, "unreadable": {"signed_date": "二〇二四年二月三十日"}},
     "落款日期“二〇二四年二月三十日”不是有效日期"),
    ("published_date", {"published_date": None, "unreadable": {"published_date": "2024-02-30"}},
     "发布日期“2024-02-30”不是有效日期"),
    ("signed_date", {"signed_date": "2024-02-30"}, "不是有效日期"),  # an impossible ISO date never raises
])
def test_timing_quotes_an_unreadable_date(tmp_path, field, md, needle):
    from lawcheck.check import check_document
    from lawcheck.rulebook import load_rulebook

    p = tmp_path / "r.txt"
    p.write_text(TITLE + measures("（一）加强队伍建设。全年培训300人次。") + SIGNED, encoding="utf-8")
    doc = lawcheck.outline(p)
    for key, value in md.items():
        setattr(doc.metadata, key, value)
    rid = "timing.report_deadline" if field == "signed_date" else "timing.publication_deadline"
    (f,) = check_document(doc, load_rulebook(), only={rid}).findings
    assert f.verdict == "skip" and needle in f.message and "无法判断是否按期" in f.message
