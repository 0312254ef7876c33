"""The checker's judgement on the real sample, the JSON contract and the CLI."""
import json
import subprocess
import sys

import pytest

import lawcheck

FIXED_IDS = ("doc.type", "content.measures", "content.shortcomings", "content.first_responsibility",
             "content.next_year", "content.other", "decision.catalog", "counsel.legal_adviser",
             "timing.report_deadline", "timing.publication_deadline")


@pytest.fixture(scope="module")
def sample_result(sample_path):
    return lawcheck.check(sample_path)


def test_sample_judgement_matches_a_careful_auditor(sample_result):
    f = sample_result.finding
    # No account of how the principal leaders fulfilled their 第一责任人 duty.
    assert f("content.first_responsibility").verdict == "fail"
    assert f("content.first_responsibility").coverage == "none"
    # The report states no 重大行政决策事项目录 was made or published.
    catalog = f("decision.catalog")
    assert catalog.verdict == "fail" and catalog.coverage == "declared_absent"
    assert "无制定和向社会公布本单位的重大行政决策事项目录" in catalog.evidence[0].quote
    assert catalog.evidence[0].section == "三、深入推进依法行政 > (三)落实行政决策程序"
    # 存在的不足和原因 and 下一年度主要工作安排 are headings.
    for rid, heading in (("content.shortcomings", "五、存在的不足和原因"), ("content.next_year", "六、下一年度主要工作安排")):
        assert f(rid).verdict == "pass" and f(rid).coverage == "heading"
        assert f(rid).evidence[0].quote == heading
    # Item 1 is met by the measures sections although no heading says 主要举措和成效.
    measures = f("content.measures")
    assert measures.verdict == "pass" and measures.coverage == "heading"
    assert measures.evidence[0].quote == "一、加强法治意识,提高执法质素"
    # Signed 2025-01-27, before 3月1日.
    assert f("timing.report_deadline").verdict == "pass"
    assert f("timing.report_deadline").evidence[0].quote == "2025年1月27日"
    # A .txt has no published date: skipped, saying why.
    pub = f("timing.publication_deadline")
    assert pub.verdict == "skip" and "发布日期" in pub.message
    # The report mentions hiring legal advisers.
    assert f("counsel.legal_adviser").verdict == "pass"
    assert f("content.other").verdict == "warn"
    assert f("doc.type").verdict == "pass"


def test_sample_police_profile_applies(sample_result):
    assert sample_result.finding("police.qualification_exam").verdict == "pass"


def test_every_quote_is_verbatim(sample_result):
    text = sample_result.document.text
    n = 0
    for finding in sample_result.findings:
        for e in finding.evidence:
            assert text[e.start:e.end] == e.quote
            n += 1
    assert n > 20


def test_json_contract_matches_python_api(sample_path, sample_result):
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", sample_path, "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 1  # a mandatory item is missing
    d = json.loads(proc.stdout)
    assert d == json.loads(json.dumps(sample_result.to_dict(), ensure_ascii=False))
    assert d["schema"] == "lawcheck/1"
    ids = [f["rule"] for f in d["findings"]]
    for rid in FIXED_IDS:
        assert rid in ids
    for f in d["findings"]:
        assert set(f) >= {"rule", "verdict", "coverage", "severity", "title", "message", "basis", "evidence"}
        assert f["verdict"] in ("pass", "warn", "fail", "skip")
        assert f["coverage"] in ("heading", "body", "declared_absent", "none")
        for e in f["evidence"]:
            assert d["text"][e["start"]:e["end"]] == e["quote"]


def test_no_file_checks_the_bundled_sample():
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "新兴县公安局" in proc.stdout
    assert "✗ [缺失] 党政主要负责人履行推进法治建设第一责任人职责情况" in proc.stdout
    assert "\033[" not in proc.stdout  # piped: no colour


def test_exit_code_zero_when_no_mandatory_failure(tmp_path):
    report = tmp_path / "ok.txt"
    report.write_text(
        "示例甲县人民政府关于2023年度法治政府建设情况的报告\n"
        "一、2023年推进法治政府建设的主要举措和成效\n（一）加强组织领导。全年召开常务会议研究法治工作4次。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n县长主持召开专题会议3次。\n"
        "三、存在的不足和原因\n基层执法力量不足，主要原因是编制有限。\n"
        "四、2024年主要安排\n（一）深化行政执法改革。\n"
        "五、其他需要报告的情况\n无。\n示例甲县人民政府\n2024年2月20日\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(report), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-500:]
    v = {f["rule"]: f["verdict"] for f in json.loads(proc.stdout)["findings"]}
    assert all(v[r] == "pass" for r in FIXED_IDS[:6])


def test_not_an_annual_report_skips_content_rules(tmp_path):
    p = tmp_path / "info.txt"
    p.write_text("示例甲县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
                 "三、收到和处理政府信息公开申请情况\n", encoding="utf-8")
    r = lawcheck.check(p)
    assert r.finding("doc.type").verdict == "fail"
    assert r.finding("doc.type").evidence[0].quote == "示例甲县人民政府2023年政府信息公开工作年度报告"
    assert {f.verdict for f in r.findings if f.rule != "doc.type"} == {"skip"}


def test_negated_keyword_never_counts(tmp_path):
    p = tmp_path / "neg.txt"
    p.write_text("示例甲县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n"
                 "目前尚未聘请法律顾问，也没有公职律师。本局尚未编制重大行政决策事项目录。\n", encoding="utf-8")
    r = lawcheck.check(p)
    for rid in ("counsel.legal_adviser", "decision.catalog"):
        assert r.finding(rid).coverage == "declared_absent"
        assert r.finding(rid).verdict == "fail"
    assert r.finding("counsel.legal_adviser").evidence[0].quote == "目前尚未聘请法律顾问，也没有公职律师。"


def test_mentioned_only_in_next_year_plans_is_a_warning(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("示例甲县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年培训300人次。\n"
                 "二、2024年工作安排\n（一）编制并公布重大行政决策事项目录。\n", encoding="utf-8")
    f = lawcheck.check(p).finding("decision.catalog")
    assert f.verdict == "warn" and "下一年度" in f.message


@pytest.mark.parametrize("fmt,needle", [("markdown", "| ✗ 缺失 | 党政主要负责人"), ("html", "<!DOCTYPE html>")])
def test_other_formats(sample_path, tmp_path, fmt, needle):
    out = tmp_path / f"r.{fmt}"
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", sample_path, "--format", fmt, "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stdout == ""
    body = out.read_text(encoding="utf-8")
    assert needle in body
    assert "无制定和向社会公布本单位的重大行政决策事项目录" in body


def test_html_is_standalone(sample_path, tmp_path):
    out = tmp_path / "r.html"
    subprocess.run([sys.executable, "-m", "lawcheck", "check", sample_path, "--format", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert page.count("<tr class=") == len(lawcheck.check(sample_path).findings)


def test_rules_command_lists_rulebook():
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "rules", "--format", "json"], capture_output=True,
                          text=True, check=True)
    rules = json.loads(proc.stdout)
    ids = {r["rule"] if "rule" in r else r["id"] for r in rules}
    assert set(FIXED_IDS) <= ids
    assert all(r["title"] and r["severity"] in ("mandatory", "recommended", "info") and r["basis"] for r in rules)
    text = subprocess.run([sys.executable, "-m", "lawcheck", "rules"], capture_output=True, text=True).stdout
    assert "content.first_responsibility" in text and "条文序号待核实" in text


def test_unknown_rule_pack_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", "--rules", "nosuchpack"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "nosuchpack" in proc.stderr and "Traceback" not in proc.stderr


def test_engines_are_registered_in_one_place():
    from lawcheck import check as check_fn
    from lawcheck.check import ENGINES
    from lawcheck.rulebook import ENGINES as NAMES

    assert set(ENGINES) == set(NAMES)
    # ``lawcheck.check`` is the function even though a subpackage of that name exists.
    import lawcheck.check.cue  # noqa: F401

    assert lawcheck.check is check_fn and callable(lawcheck.check)


def test_old_import_paths_keep_working():
    from lawcheck.check import check_document
    from lawcheck.checker import CheckResult, check_document as old, exit_code  # noqa: F401

    assert old is check_document
