"""The outputs as a person meets them: HTML report, vocabulary, notebooks' files, import structure, docs.

Each test reads a produced file (HTML text and CSS rules, notebook JSON, module sources);
docs/outputs.md records what the screenshots showed before and after.
"""
from __future__ import annotations

import ast
import json
import os
import re
import shutil

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(ROOT, "lawcheck")
EVAL = os.path.join(ROOT, "tests", "eval")
NOTEBOOKS = os.path.join(ROOT, "notebooks")
WORDS = {"通过", "提示", "缺失", "逾期", "不符合", "跳过"}


@pytest.fixture(scope="module")
def results():
    import lawcheck

    files = ["e25_province_late.txt", "e09_heading_styles.docx", "e01_standard.txt"]
    return [lawcheck.check(os.path.join(EVAL, f)) for f in files]


@pytest.fixture(scope="module")
def batch_html(results):
    from lawcheck.render.html import check_html

    return check_html(results, [])


def _css(html: str) -> str:
    return re.search(r"<style>(.*?)</style>", html, re.S).group(1)


def _media(css: str, query: str) -> str:
    """The body of an @media block (braces balanced)."""
    i = css.index(query)
    j = css.index("{", i) + 1
    depth, k = 1, j
    while depth:
        depth += {"{": 1, "}": -1}.get(css[k], 0)
        k += 1
    return css[j:k - 1]


# -- HTML ----------------------------------------------------------------------------------------

def test_html_batch_opens_with_an_overview_linking_to_each_report(batch_html, results):
    main = batch_html[batch_html.index("<main>"):]
    assert main.index('class="overview"') < main.index('class="report"')
    overview = main[main.index('class="overview"'):main.index('class="report"')]
    assert "共 3 份报告" in overview
    for n, r in enumerate(results, 1):
        assert f'href="#r{n}"' in overview and f'id="r{n}"' in batch_html
    heads = re.findall(r"<th[^>]*>(.*?)</th>", overview)
    assert {"必备项问题"} | WORDS <= set(heads)
    # The late report's row counts one 逾期.
    row = next(tr for tr in re.findall(r"<tr>(.*?)</tr>", overview) if "#r1" in tr)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert cells[3 + heads[3:].index("逾期")] == "1"


def test_html_single_report_has_no_overview(results):
    from lawcheck.render.html import check_html

    html = check_html(results[:1], [])
    assert 'class="overview"' not in html and 'id="report"' in html


def test_html_print_css(batch_html):
    css = _media(_css(batch_html), "@media print")
    assert re.search(r"\.overview~\.report\{break-before:page\}", css)  # each report on a new page
    assert re.search(r"tr,[^{]*\{break-inside:avoid\}", css)  # a quote never parted from its guidance
    assert "thead{display:table-header-group}" in css  # headers repeat on every page
    assert "body{background:#fff" in css and re.search(r"th,blockquote[^{]*\{background:#fff\}", css)


def test_html_phone_width_reflows_into_cards(batch_html):
    css = _media(_css(batch_html), "@media screen and (max-width:640px)")
    assert "table.findings thead{display:none}" in css
    assert "table.overview thead,table.overview .file,table.overview .seq{display:none}" in css
    assert re.search(r"table\.findings tr\{display:flex;flex-wrap:wrap", css)
    assert "td,blockquote,.where{overflow-wrap:anywhere}" in _css(batch_html)  # long paths wrap, never cut
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in batch_html


def test_html_locations_are_section_and_paragraph_not_offsets(batch_html, results):
    assert not re.search(r"第 \d+[–-]\d+ 字", batch_html)
    places = re.findall(r'<div class="where">位置：(.*?)</div>', batch_html)
    assert places and any(re.search(r" &gt; .* 第 \d+ 段$", p) for p in places)
    assert "落款（日期）" in places or "落款" in places
    # Offsets stay in JSON.
    d = results[0].to_dict()
    e = next(e for f in d["findings"] for e in f["evidence"])
    assert d["text"][e["start"]:e["end"]] == e["quote"]


def test_location_words():
    import lawcheck
    from lawcheck.render.labels import location

    r = lawcheck.check(os.path.join(EVAL, "e01_standard.txt"))
    doc = r.document
    body = next(p for p in doc.paragraphs if p.role == "body")
    sec = doc.section_at(body.start)
    k = [s for s, _ in sec.paragraphs].index(body.start) + 1
    assert location(doc, body.start + 1) == f"{' > '.join(sec.path)} 第 {k} 段"
    assert location(doc, sec.start) == f"{' > '.join(sec.path)}（标题）"
    title = next(p for p in doc.paragraphs if p.role == "title")
    assert location(doc, title.start) == "标题"


# -- one vocabulary ------------------------------------------------------------------------------

def test_one_vocabulary_in_terminal_html_and_labels(results, batch_html):
    from lawcheck.render import check_text
    from lawcheck.render.labels import label, verdict_label

    late = results[0]
    f = late.finding("timing.report_deadline")
    assert f.verdict == "fail" and verdict_label(f) == "逾期"
    assert label("fail", "layout.margins") == "不符合" and label("fail", "doc.type") == "不符合"
    assert label("fail", "content.other") == "缺失" and label("warn", "timing.report_deadline") == "提示"
    text = check_text(late)
    assert "✗ [逾期] 按期报送（签发日期）" in text and "逾期 1 项" in text.splitlines()[-1]
    assert '<td class="v">逾期</td>' in batch_html
    words = set(re.findall(r'<td class="v">(\S+?)(?:<br>|</td>)', batch_html))
    assert words <= WORDS and {"逾期", "通过"} <= words


# -- import structure ----------------------------------------------------------------------------

def _imports() -> dict[str, set[str]]:
    """module -> lawcheck modules it imports (at top level or inside functions; not for type checking only)."""
    graph: dict[str, set[str]] = {}
    for dirpath, _, files in os.walk(PKG):
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)[:-3].replace(os.sep, ".")
            mod = rel[: -len(".__init__")] if rel.endswith(".__init__") else rel
            package = mod if name == "__init__.py" else mod.rsplit(".", 1)[0]
            deps = set()
            tree = ast.parse(open(path, encoding="utf-8").read())
            typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                           and "TYPE_CHECKING" in ast.unparse(block.test) for n in ast.walk(block)}
            for node in ast.walk(tree):
                if id(node) in typing_only:
                    continue
                if isinstance(node, ast.ImportFrom) and node.level:
                    base = package.split(".")
                    base = base[: len(base) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                    deps.add(target)
                    deps.update(f"{target}.{a.name}" for a in node.names)
                elif isinstance(node, ast.Import):
                    deps.update(a.name for a in node.names if a.name.startswith("lawcheck"))
            graph[mod] = deps
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def _reaches(graph, start, goal) -> bool:
    seen, todo = set(), [start]
    while todo:
        m = todo.pop()
        for d in graph.get(m, ()):
            if d == goal:
                return True
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return False


def test_render_and_annotate_depend_on_results_never_on_the_cli():
    g = _imports()
    assert "lawcheck.cli" not in g["lawcheck.annotate"]
    assert not _reaches(g, "lawcheck.annotate", "lawcheck.cli")
    for mod in [m for m in g if m.startswith("lawcheck.render")] + ["lawcheck.notebook_setup"]:
        assert "lawcheck.cli" not in g[mod], mod
    for mod in [m for m in g if m.startswith("lawcheck.render")]:
        assert not {"lawcheck.compare", "lawcheck.annotate", "lawcheck.notebook_setup"} & g[mod], mod
    assert "lawcheck.render.workbook" in g["lawcheck.compare"]  # compare calls the renderer, not the reverse
    assert not _reaches(g, "lawcheck.render.workbook", "lawcheck.compare")


# -- notebooks -----------------------------------------------------------------------------------

NAMES = ["01_audit_report.ipynb", "02_compare_years.ipynb", "03_compare_counties.ipynb", "04_self_check_draft.ipynb"]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_metadata_is_what_jupyterlab_sets_so_opening_does_not_modify_it(name):
    """JupyterLab rewrites kernelspec and language_info on opening unless they already match (JSON-equal);
    a notebook that differs opens marked modified (seen in JupyterLab 4 with the 0.x committed files)."""
    nb = json.load(open(os.path.join(NOTEBOOKS, name), encoding="utf-8"))
    md = nb["metadata"]
    assert set(md) == {"kernelspec", "language_info"}
    assert md["kernelspec"] == {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    info = md["language_info"]
    assert {k: v for k, v in info.items() if k != "version"} == {
        "codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py", "mimetype": "text/x-python",
        "name": "python", "nbconvert_exporter": "python", "pygments_lexer": "ipython3"}
    assert re.fullmatch(r"3\.\d+\.\d+", info["version"])
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, 5) and all("id" in c for c in nb["cells"])
    for c in nb["cells"]:
        assert not {"trusted", "execution", "collapsed", "scrolled"} & set(c["metadata"]), c["metadata"]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_opens_on_parameters_then_results(name):
    """No helper definitions in the notebook: the first code cell after the parameters produces a result."""
    nb = json.load(open(os.path.join(NOTEBOOKS, name), encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert "parameters" in code[0]["metadata"].get("tags", [])
    for c in code:
        src = "".join(c["source"])
        assert not re.search(r"^(def|class) ", src, re.M), "helpers belong in lawcheck/notebook_setup.py"
    first = code[1]
    assert "lawcheck.notebook_setup" in "".join(first["source"])
    assert first.get("outputs"), "the setup cell also shows the first result"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_tables_are_styled_inline(name):
    """Tables carry their styles in the cells (shown even when JupyterLab does not trust the notebook)."""
    nb = json.load(open(os.path.join(NOTEBOOKS, name), encoding="utf-8"))
    html = [o["data"]["text/html"] for c in nb["cells"] for o in c.get("outputs", [])
            if "text/html" in o.get("data", {})]
    html = ["".join(h) if isinstance(h, list) else h for h in html]
    assert html
    for h in html:
        if "<td" not in h:  # an empty table has its header only
            continue
        assert "<style" not in h
        assert re.search(r'<td [^>]*style="[^"]*text-align: left', h)
        assert re.search(r'<th [^>]*style="[^"]*white-space: ?nowrap', h)
    joined = "".join(html)
    if name != "03_compare_counties.ipynb":
        assert re.search(r'style="[^"]*background-color: #(FFEBE9|FFF8C5|DAFBE1)', joined)


def test_styled_table_keeps_two_character_cells_on_one_line_and_colours_verdicts():
    import pandas as pd

    from lawcheck.notebook_setup import styled

    df = pd.DataFrame({"结论": ["✗ 逾期", "✓ 通过"], "级别": ["必备", "建议"], "说明": ["长" * 120, "短"]})
    t = styled(df, "x", wide=("说明",))
    html = t._repr_html_()
    cell = re.search(r'<td id="T_x_row0_col0"[^>]*style="([^"]*)"', html).group(1)
    assert "white-space: nowrap" in cell and "background-color: #FFEBE9" in cell and "text-align: left" in cell
    assert "white-space" not in re.search(r'<td id="T_x_row0_col2"[^>]*style="([^"]*)"', html).group(1)
    assert "min-width: 18em" in html
    assert repr(t) == df.to_string() and "0x" not in repr(t)


def test_compare_years_on_one_year_says_it_needs_two(tmp_path):
    papermill = pytest.importorskip("papermill")
    nbformat = pytest.importorskip("nbformat")
    folder = tmp_path / "一年"
    folder.mkdir()
    for f in ("e14_web_province.html", "e13_web_late_publication.html"):
        shutil.copy(os.path.join(EVAL, f), folder / f)
    out = tmp_path / "02.ipynb"
    papermill.execute_notebook(os.path.join(NOTEBOOKS, "02_compare_years.ipynb"), str(out),
                               parameters={"corpus_dir": str(folder)}, cwd=NOTEBOOKS, kernel_name="python3",
                               progress_bar=False, log_output=False)
    nb = nbformat.read(str(out), as_version=4)
    texts, images = [], 0
    for c in nb.cells:
        for o in c.get("outputs", []):
            assert o.output_type != "error"
            if o.output_type == "stream":
                texts.append(o.text)
            elif "data" in o:
                texts.append(o.data.get("text/markdown", "") + o.data.get("text/plain", ""))
                images += "image/png" in o.data
    text = "\n".join(texts)
    assert "至少需要两个年度" in text and "只有 2023 年度的报告" in text and "03_compare_counties.ipynb" in text
    assert text.count("需要同一机关至少两个年度的报告，本节从略") >= 4
    assert images == 0  # no one-point chart, no empty heatmap


def test_sharing_recipe_makes_html_without_network_requests(tmp_path):
    pytest.importorskip("nbconvert")
    from lawcheck.notebook_setup import export_html

    out = export_html(os.path.join(NOTEBOOKS, "03_compare_counties.ipynb"), str(tmp_path / "03.html"))
    html = open(out, encoding="utf-8").read()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "require.js" not in html and "mathjax" not in html.lower() and "mermaid" not in html.lower()
    assert 'src="data:image/png;base64,' in html and "雷同报告" in html
    assert "import matplotlib" not in html  # code left out by default
    recipe = open(os.path.join(ROOT, "docs", "notebooks.md"), encoding="utf-8").read()
    assert "python -m lawcheck.notebook_setup" in recipe


# -- docs ----------------------------------------------------------------------------------------

def _han_share(text: str) -> float:
    prose = re.sub(r"```.*?```|`[^`]*`", "", text, flags=re.S)
    letters = re.findall(r"[A-Za-z]|[\u4e00-\u9fff]", prose)
    return sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") / max(len(letters), 1)


def test_rules_doc_is_in_chinese_for_legal_office_staff():
    text = open(os.path.join(ROOT, "docs", "rules.md"), encoding="utf-8").read()
    assert text.startswith("# 规则包")
    assert _han_share(text) > 0.6
    for kept in ("polarity.yaml", "negated", "partial", "planned", "pseudo", "contrast", "verdicts:", "examples:"):
        assert kept in text, kept  # the schema keys and trigger kinds stay as they are written in YAML


def test_outputs_doc_keeps_the_screenshot_conclusions():
    text = open(os.path.join(ROOT, "docs", "outputs.md"), encoding="utf-8").read()
    for part in ("Word", "网页", "Excel", "笔记本", "改前", "改后", "390"):
        assert part in text, part
