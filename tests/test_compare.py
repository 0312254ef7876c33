"""Cross-report comparison: matrix, year over year, near-duplicates, density, CLI outputs."""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from lawcheck import compare

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "eval")
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

BASE = """示例子县人民政府{year}年度法治政府建设情况报告
{year}年，县政府坚持以习近平法治思想为指导，现将有关情况报告如下：
一、主要举措和成效
（一）加强组织领导。县长主持召开常务会议专题研究法治政府建设{n1}次，带头开展年终述法。
（二）规范行政决策。编制并向社会公布年度重大行政决策事项目录，纳入事项{n2}项，全部经过合法性审查。
（三）严格规范执法。全面落实行政执法三项制度，全年办理行政处罚案件{n3}件，听证{n4}次。
二、存在的不足和原因
基层执法力量薄弱，乡镇综合执法队伍专业人员偏少，主要原因是编制紧张、培训体系不健全。
三、{next}年主要安排
（一）推进乡镇综合行政执法改革，年内实现执法人员持证率百分之百。
（二）深化府院联动，行政机关负责人出庭应诉率保持{n5}%。
四、其他需要报告的情况
无。
示例子县人民政府
{next}年2月{day}日
"""


def _write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return str(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("reports")
    # Two years of one issuer: the second copies the first with the numbers changed.
    _write(d / "zi-2022.txt", BASE.format(year=2022, next=2023, n1=3, n2=5, n3=120, n4=2, n5=90, day=10))
    _write(d / "zi-2023.txt", BASE.format(year=2023, next=2024, n1=4, n2=7, n3=156, n4=3, n5=95, day=12))
    for name in ("e01_standard.txt", "e03_city_folded_gbk.txt", "e12_web_county_dept.html",
                 "e09_heading_styles.docx", "e24_district_dept_2024.txt"):
        shutil.copy(os.path.join(EVAL, name), d / name)
    return str(d)


@pytest.fixture(scope="module")
def batch(folder):
    return compare.check_many([folder])


def test_expand_paths_finds_reports_sorted(folder):
    files = compare.expand_paths([folder])
    assert [os.path.basename(f) for f in files] == sorted(os.listdir(folder))


def test_coverage_matrix(batch):
    m = compare.coverage_matrix(batch.results)
    assert m.shape[0] == 7
    assert list(m.index[:2]) == sorted(m.index[:2])
    # "县长主持召开……带头开展年终述法" under 加强组织领导: named in the body, no heading of its own.
    assert m.loc["示例子县人民政府 2022", "content.first_responsibility"] == "warn"
    assert set(m.stack().unique()) <= {"pass", "warn", "fail", "skip"}
    cov = compare.coverage_matrix(batch.results, value="coverage")
    assert cov.loc["示例子县人民政府 2023", "content.shortcomings"] == "heading"


def test_copy_with_numbers_changed_is_flagged_and_honest_pairs_are_not(batch):
    pairs = compare.near_duplicates(batch.results)
    assert len(pairs) == 1
    row = pairs.iloc[0]
    assert {os.path.basename(row.a), os.path.basename(row.b)} == {"zi-2022.txt", "zi-2023.txt"}
    assert row.similarity >= compare.DEFAULT_THRESHOLD and row.same_issuer
    longest = row.passages[0]
    assert longest.a_end - longest.a_start >= 30
    a_text = next(r.document.text for r in batch.results if r.document.file == row.a)
    assert a_text[longest.a_start:longest.a_end] == longest.quote_a


def test_year_over_year_and_previous_similarity(batch):
    prev = compare.previous_year_similarity(batch.results)
    zi = prev[prev.issuer == "示例子县人民政府"]
    assert list(zi.year) == [2023] and zi.similarity.iloc[0] > 0.5
    yoy = compare.year_over_year(batch.results)
    assert set(yoy.columns) >= {"issuer", "from_year", "to_year", "rule", "before", "after", "change"}
    assert yoy[yoy.issuer == "示例子县人民政府"].empty  # the copy changed nothing that is judged


def test_evidence_density_counts_figures_not_years(batch):
    d = compare.evidence_density(batch.results).set_index("report")
    row = d.loc["示例子县人民政府 2022"]
    # 3次, 5项, 120件, 2次 are counts; 90% a percentage; the years 2022/2023 are not figures.
    assert row.counts_per_1k > 0 and row.percentages_per_1k > 0
    assert row.characters > 200


def test_lsh_finds_copies_among_many_without_all_pairs(tmp_path):
    import numpy as np

    rng = np.random.default_rng(7)
    chars = list("法治政府建设推进依法行政严格规范公正文明执法行政复议应诉决策审查备案监督考核培训宣传")
    texts = ["".join(rng.choice(chars, 1500)) for _ in range(300)]
    texts.append(texts[17][:1400] + "".join(rng.choice(chars, 100)))  # a copy of report 17
    hashes = [np.sort(compare.shingles(t)) for t in texts]
    perms = compare._permutations()
    sigs = [compare.minhash(h, perms) for h in hashes]
    cands = compare.candidate_pairs(sigs)
    assert (17, 300) in cands
    assert len(cands) < 0.01 * (301 * 300 / 2)  # candidates, not all pairs


def test_cli_json_contract(folder):
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "compare", folder, "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert len(d["reports"]) == 7
    for r in d["reports"]:
        assert set(r) >= {"file", "issuer", "year", "level", "verdicts"}
    assert [os.path.basename(p["a"]) for p in d["similar_pairs"]] == ["zi-2022.txt"]
    assert set(d["similar_pairs"][0]) >= {"a", "b", "similarity"}


ENGLISH_CODES = {"province", "city", "county", "township", "annual_report", "mandatory", "recommended", "info",
                 "pass", "warn", "fail", "skip", "gained", "lost", "TRUE", "FALSE", "True", "False"}


@pytest.fixture(scope="module")
def workbook(folder, tmp_path_factory):
    """``compare --format xlsx`` on the folder plus a report signed late."""
    from openpyxl import load_workbook

    d = tmp_path_factory.mktemp("xlsx")
    shutil.copytree(folder, d / "reports")
    shutil.copy(os.path.join(EVAL, "e25_province_late.txt"), d / "reports")
    out = d / "比对.xlsx"
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "compare", str(d / "reports"), "--format", "xlsx",
                           "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return load_workbook(out)


def test_cli_xlsx_workbook(workbook):
    wb = workbook
    assert wb.sheetnames == ["报告一览", "覆盖矩阵", "逐年变化", "雷同报告", "证据密度", "时效"]
    ws = wb["覆盖矩阵"]
    assert ws.freeze_panes == "B2"
    assert ws.cell(1, 1).value == "报告（发文机关 年度）"
    values = {c.value for row in ws.iter_rows(min_row=2) for c in row}
    assert {"通过", "提示", "逾期", "不符合", "跳过"} <= values  # a late date is 逾期, a layout fail 不符合
    assert values - {None} <= {"通过", "提示", "缺失", "逾期", "不符合", "跳过"} | {c.value for c in ws["A"]}
    fills = {c.fill.fgColor.rgb for row in ws.iter_rows(min_row=2) for c in row if c.value in ("缺失", "逾期", "不符合")}
    assert fills == {"00FFEBE9"}
    assert wb["雷同报告"].max_row == 2


def test_xlsx_every_table_filters_and_prints_landscape_fitted_to_width(workbook):
    for ws in workbook:
        assert ws.auto_filter.ref == ws.dimensions, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
    assert workbook["覆盖矩阵"].print_title_cols == "$A:$A"


def test_xlsx_column_a_shows_issuer_and_year_in_full(workbook):
    from lawcheck.render.labels import display_width

    for name in ("报告一览", "覆盖矩阵", "证据密度", "时效"):
        ws = workbook[name]
        labels = [c.value for c in ws["A"][1:]]
        assert "示例子县人民政府 2022" in labels and "示例辛省人民政府 2024" in labels, name
        need = max(display_width(v) for v in labels)
        assert ws.column_dimensions["A"].width >= need, (name, ws.column_dimensions["A"].width, need)


def test_xlsx_matrix_uses_short_labels_with_the_full_title_in_a_note(workbook):
    ws = workbook["覆盖矩阵"]
    heads = {ws.cell(1, j).value: ws.cell(1, j) for j in range(2, ws.max_column + 1)}
    assert "第一责任人职责" in heads and "按期报送" in heads
    note = heads["第一责任人职责"].comment.text
    assert "党政主要负责人履行推进法治建设第一责任人职责情况" in note and "content.first_responsibility" in note
    assert all(c.comment is not None for c in heads.values())
    assert all(len(h) <= 12 for h in heads)
    # Narrow columns (one verdict word each, 不符合 being the widest), so the matrix fits a screen.
    from openpyxl.utils import get_column_letter

    widths = [ws.column_dimensions[get_column_letter(j)].width for j in range(2, ws.max_column + 1)]
    assert max(widths) <= 6 and ws.column_dimensions["A"].width <= 40


def test_xlsx_has_no_english_codes_and_real_dates(workbook):
    import datetime as dt

    for ws in workbook:
        for row in ws.iter_rows():
            for c in row:
                assert not isinstance(c.value, bool), (ws.title, c.coordinate)
                assert c.value not in ENGLISH_CODES, (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str) and "/" not in c.value and "." not in c.value:
                    assert not re.fullmatch(r"[a-z_]+(\.[a-z_]+)?", c.value), (ws.title, c.coordinate, c.value)
    ws = workbook["报告一览"]
    head = [c.value for c in ws[1]]
    row = [c.value for c in ws[2]]
    signed = ws.cell(2, head.index("签发日期") + 1)
    assert isinstance(signed.value, dt.datetime) and signed.number_format == "yyyy-mm-dd"
    assert row[head.index("层级")] in {"省级", "市级", "县级", "乡镇级", None}
    assert row[head.index("文件类型")] == "法治政府建设年度报告"
    assert workbook["雷同报告"].cell(2, 4).value == "是"  # 同一机关
    levels = {r[0].value for r in workbook["逐年变化"].iter_rows(min_row=2, min_col=5, max_col=5)}
    assert levels <= {"必备", "建议", "参考"}


def test_xlsx_timeliness_says_late_not_missing(workbook):
    ws = workbook["时效"]
    head = [c.value for c in ws[1]]
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    late = rows["示例辛省人民政府 2024"]
    assert late[head.index("按期报送")] == "逾期"
    assert "晚于" in late[head.index("说明")]
    assert all(r[head.index("按期报送")] in ("通过", "逾期", "跳过") for r in rows.values())


def test_cli_xlsx_needs_output(folder):
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "compare", folder, "--format", "xlsx"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "-o" in proc.stderr


def test_cli_csv_and_text(folder):
    csv = subprocess.run([sys.executable, "-m", "lawcheck", "compare", folder, "--format", "csv"],
                         capture_output=True, text=True).stdout
    assert csv.splitlines()[0].startswith("report,file,issuer,level,year,doc.type")
    text = subprocess.run([sys.executable, "-m", "lawcheck", "compare", folder],
                          capture_output=True, text=True).stdout
    assert "疑似雷同" in text and "示例子县人民政府 2022 ↔ 示例子县人民政府 2023" in text


def test_bad_file_in_folder_does_not_stop_the_batch(folder, tmp_path):
    d = tmp_path / "mixed"
    shutil.copytree(folder, d)
    (d / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "compare", str(d), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    out = json.loads(proc.stdout)
    assert len(out["reports"]) == 7 and out["errors"][0]["file"].endswith("broken.docx")
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not os.path.exists(os.path.join(CORPUS, "manifest.csv")), reason="corpus not built")
def test_bundled_corpus_copies_are_flagged_and_honest_pairs_are_not():
    import csv

    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8") as fh:
        manifest = list(csv.DictReader(fh))
    batch = compare.check_many([CORPUS])
    assert not batch.errors
    assert len(batch.results) == len(manifest)
    pairs = compare.near_duplicates(batch.results, passages=False)
    flagged = {frozenset((os.path.basename(a), os.path.basename(b))) for a, b in zip(pairs.a, pairs.b)}
    copies = {frozenset((re.sub(r".*/", "", r["file"]), _source(r, manifest)))
              for r in manifest if _source(r, manifest)}
    assert flagged == copies


def _source(row, manifest):
    """The file a deliberately copied report copies, from the manifest's 'deliberate' note."""
    m = re.search(r"(照搬|抄袭|复制|雷同)", row["deliberate"] or "")
    if not m:
        return None
    for other in manifest:
        stem = os.path.splitext(os.path.basename(other["file"]))[0]
        if other is not row and stem in row["deliberate"]:
            return os.path.basename(other["file"])
    return None


def test_two_files_of_one_issuer_and_year_stay_apart(tmp_path):
    for name in ("zi-2022.txt", "zi-2022-resubmitted.txt"):
        _write(tmp_path / name, BASE.format(year=2022, next=2023, n1=3, n2=5, n3=120, n4=2, n5=90, day=10))
    _write(tmp_path / "zi-2023.txt", BASE.format(year=2023, next=2024, n1=4, n2=7, n3=156, n4=3, n5=95, day=12))
    results = compare.check_many([str(tmp_path)]).results
    m = compare.coverage_matrix(results)
    assert len(m) == 3 and m.index.is_unique
    assert "示例子县人民政府 2022（zi-2022-resubmitted.txt）" in m.index
    prev = compare.previous_year_similarity(results)
    assert list(zip(prev.previous_year, prev.year)) == [(2022, 2023)]  # never 2022 against its twin


def test_similarity_matrix_equals_pairwise_jaccard(batch):
    import numpy as np

    results = batch.results
    m = compare.similarity_matrix(results)
    hashes = [np.sort(compare.shingles(r.document.text)) for r in results]
    for i in range(len(results)):
        for j in range(len(results)):
            want = 1.0 if i == j else round(compare.jaccard(hashes[i], hashes[j]), 3)
            assert m.iat[i, j] == pytest.approx(want, abs=1e-3)


def test_parallel_batch_equals_serial(folder, tmp_path):
    from lawcheck.batch import check_paths

    d = tmp_path / "with-bad"
    shutil.copytree(folder, d)
    (d / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    serial, parallel = check_paths([str(d)], jobs=1), check_paths([str(d)], jobs=2)
    assert [r.to_dict() for r in parallel.results] == [r.to_dict() for r in serial.results]
    assert [e.line() for e in parallel.errors] == [e.line() for e in serial.errors]
    assert len(serial.errors) == 1 and "broken.docx" in serial.errors[0].line()
