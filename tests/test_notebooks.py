"""The audit notebooks: structure, clean committed outputs, runs on unseen folders, Chinese charts.

The committed outputs themselves are checked cell by cell by nbval
(``pytest --nbval notebooks/``); these tests cover what nbval cannot: that the
notebooks work on reports they have never seen (papermill with parameters),
never write next to a draft, and draw Chinese without missing glyphs.
"""
from __future__ import annotations

import ast
import io
import os
import re
import shutil
import warnings

import pytest

nbformat = pytest.importorskip("nbformat")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOKS = os.path.join(ROOT, "notebooks")
EVAL = os.path.join(ROOT, "tests", "eval")
NAMES = ["01_audit_report.ipynb", "02_compare_years.ipynb", "03_compare_counties.ipynb",
         "04_self_check_draft.ipynb"]
PARAMETERS = {
    "01_audit_report.ipynb": {"report_path"},
    "02_compare_years.ipynb": {"corpus_dir", "issuer_filter"},
    "03_compare_counties.ipynb": {"corpus_dir", "year"},
    "04_self_check_draft.ipynb": {"report_path", "output_dir"},
}
# Reports from the evaluation set, never used by the notebooks' defaults:
# 示例辛省人民政府 2023 and 2024 (one issuer across years), two other issuers, and a
# document whose year cannot be identified (an implementation plan).
UNSEEN = {
    "e14_web_province.html": "示例辛省人民政府",
    "e25_province_late.txt": "示例辛省人民政府",
    "e13_web_late_publication.html": "示例壬市人民政府",
    "e18_runin_bold_late.docx": "示例己县人民政府",
    "e21_implementation_plan.docx": None,
}


def load(name):
    return nbformat.read(os.path.join(NOTEBOOKS, name), as_version=4)


def outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                parts.append(out.text)
            elif out.output_type in ("display_data", "execute_result"):
                parts += [v for k, v in out.data.items() if k.startswith("text/")]
            elif out.output_type == "error":
                parts.append(f"{out.ename}: {out.evalue}")
    return "\n".join(parts)


def assert_clean_run(nb):
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            assert out.output_type != "error", f"cell {i}: {out.ename}: {out.evalue}"
            assert not (out.output_type == "stream" and out.name == "stderr"), f"cell {i} wrote to stderr: {out.text}"


# -- structure ------------------------------------------------------------------------

def test_the_four_notebooks_exist():
    found = sorted(f for f in os.listdir(NOTEBOOKS) if f.endswith(".ipynb"))
    assert found == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_one_parameters_cell_after_a_markdown_cell_stating_the_inputs(name):
    nb = load(name)
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{name}: {len(tagged)} cells tagged 'parameters'"
    cell = nb.cells[tagged[0]]
    assert cell.cell_type == "code"
    first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    assert tagged[0] == first_code, "the parameters cell must be the first code cell"

    names = {t.id for node in ast.parse(cell.source).body if isinstance(node, ast.Assign) for t in node.targets
             if isinstance(t, ast.Name)}
    assert names == PARAMETERS[name]

    top = nb.cells[0]
    assert top.cell_type == "markdown"
    assert "输入" in top.source
    for p in names:
        assert f"`{p}`" in top.source, f"{name}: the top cell does not explain parameter {p}"


@pytest.mark.parametrize("name", NAMES)
def test_committed_outputs_are_complete_and_portable(name):
    """Run top to bottom, no errors or stderr, nothing machine-specific for nbval to trip on."""
    nb = load(name)
    for c in nb.cells:
        if c.cell_type == "code":
            assert c.execution_count is not None, f"{name}: a cell was not run; run notebooks/refresh_outputs.py"
            assert "execution" not in c.metadata, (
                f"{name}: timestamps in cell metadata; refresh with `python notebooks/refresh_outputs.py` "
                "(or nbconvert --ExecutePreprocessor.record_timing=False)")
    assert_clean_run(nb)
    text = outputs_text(nb)
    assert text.strip()
    assert ROOT not in text
    assert not re.search(r"(?<![\w.])/(?:tmp|home|root|Users|var)/", text), "absolute path in outputs"
    assert not re.search(r"[A-Za-z]:\\\\", text), "Windows path in outputs"
    assert not re.search(r"0x[0-9a-f]{6,}", text), "memory address in outputs"
    assert "Loading model cost" not in text and "Glyph" not in text
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", [])) or name.startswith("04")


# -- runs on folders the notebooks have never seen ------------------------------------

@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for f in UNSEEN:
        shutil.copy(os.path.join(EVAL, f), folder / f)
    return folder


def run(name, out_dir, **parameters):
    papermill = pytest.importorskip("papermill")
    out = os.path.join(out_dir, name)
    papermill.execute_notebook(os.path.join(NOTEBOOKS, name), out, parameters=parameters, cwd=NOTEBOOKS,
                               kernel_name="python3", progress_bar=False, log_output=False)
    nb = nbformat.read(out, as_version=4)
    assert_clean_run(nb)
    return nb, outputs_text(nb)


def test_papermill_compare_years_on_unseen_reports(unseen, tmp_path):
    nb, text = run("02_compare_years.ipynb", tmp_path, corpus_dir=str(unseen))
    for issuer in {v for v in UNSEEN.values() if v}:
        assert issuer in text
    assert "共 4 份报告，3 个机关，年度 2023—2024" in text
    assert "未识别发文机关或年度，未参与比较：e21_implementation_plan.docx" in text
    # the one issuer with two years is compared with itself
    assert re.search(r"示例辛省人民政府\s+2024\s+2023\s+0\.\d+", text)
    assert "示例甲县" not in text and "新兴县" not in text  # nothing from the bundled corpus
    assert str(unseen) not in text  # file names are shown relative to the folder


def test_papermill_compare_counties_one_year(unseen, tmp_path):
    nb, text = run("03_compare_counties.ipynb", tmp_path, corpus_dir=str(unseen), year=2023)
    assert "2023 年度共 2 份报告" in text
    assert "示例辛省人民政府" in text and "示例壬市人民政府" in text
    assert "文件夹中另有其他年度：2024" in text


def test_self_check_never_writes_next_to_the_draft(tmp_path):
    drafts, out = tmp_path / "drafts", tmp_path / "out"
    drafts.mkdir()
    draft = drafts / "e18_runin_bold_late.docx"
    shutil.copy(os.path.join(EVAL, draft.name), draft)
    before = draft.read_bytes()
    nb, text = run("04_self_check_draft.ipynb", tmp_path, report_path=str(draft), output_dir=str(out))
    assert sorted(os.listdir(drafts)) == [draft.name]
    assert draft.read_bytes() == before
    assert sorted(os.listdir(out)) == ["e18_runin_bold_late.审查意见.docx"]
    assert "条批注" in text and "纸张为 A4" in text

    papermill = pytest.importorskip("papermill")
    with pytest.raises(papermill.PapermillExecutionError, match="output_dir 不能是草稿所在的文件夹"):
        papermill.execute_notebook(os.path.join(NOTEBOOKS, "04_self_check_draft.ipynb"), str(tmp_path / "x.ipynb"),
                                   parameters={"report_path": str(draft), "output_dir": str(drafts)},
                                   cwd=NOTEBOOKS, kernel_name="python3", progress_bar=False)
    assert sorted(os.listdir(drafts)) == [draft.name]


# -- Chinese charts -------------------------------------------------------------------

def test_chinese_font_is_registered_by_path_and_draws_without_missing_glyphs():
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib import font_manager as fm

    from lawcheck import plotting

    path = plotting.chinese_font_path()
    if "pylopdf_fonts_zh_cn" in path:
        assert os.path.basename(path) == "NotoSansSC-Regular.otf"
    name = plotting.use_chinese_font()
    assert matplotlib.rcParams["font.sans-serif"][0] == name
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    assert fm.findfont(fm.FontProperties(family=["sans-serif"])) == path

    matrix = pd.DataFrame({"content.first_responsibility": ["pass", "fail"], "gangyao.emergency": ["warn", "skip"],
                           "x.custom": ["pass", None]}, index=["示例甲县人民政府 2023", "示例甲县人民政府 2024"])
    counts = pd.DataFrame({"fail": [1], "warn": [2], "pass": [3]}, index=["必备项"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" is a UserWarning
        fig, axes = plt.subplots(1, 3, figsize=(14, 4))
        plotting.coverage_heatmap(matrix, ax=axes[0], labels=["2023", "2024"], groups=["示例甲县人民政府"] * 2,
                                  title="覆盖情况 −1")
        plotting.verdict_bars(counts, ax=axes[1], title="结论项数")
        plotting.similarity_heatmap(pd.DataFrame([[1, 0.86], [0.86, 1]], index=["丙县", "甲县"], columns=["丙县", "甲县"]),
                                    ax=axes[2], threshold=0.5, title="相似度")
        fig.tight_layout()
        fig.savefig(io.BytesIO(), format="png")
    plt.close(fig)
    labels = [t.get_text() for t in axes[0].get_yticklabels()]
    assert labels[:2] == ["第一责任人职责", "纲要·突发事件应对"]


def test_short_titles_cover_every_bundled_rule():
    from lawcheck.plotting import SHORT_TITLES, short_title
    from lawcheck.rulebook import load_rulebook

    missing = [r.id for r in load_rulebook().rules if r.id not in SHORT_TITLES]
    assert not missing, f"add short chart labels to lawcheck/plotting.py: {missing}"
    assert short_title("x.y", "健全政府机构职能体系，推动更好发挥政府作用") == "健全政府机构职能体系"
