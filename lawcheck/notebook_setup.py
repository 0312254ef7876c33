"""What the audit notebooks run before their first result, kept out of the notebooks.

A notebook opens with its parameters and goes straight to results::

    from lawcheck.notebook_setup import setup_notebook, load_reports, styled
    setup_notebook()
    corpus = load_reports(corpus_dir)

- ``setup_notebook``: Chinese chart font, jieba silenced, pandas display options.
- ``load_reports``: check a folder (or the files ``manifest.csv`` lists), one report per
  issuer and year, file names relative to the folder (no machine paths in outputs).
- ``styled``: a DataFrame for reading: left-aligned Chinese, short cells never wrapped
  one character a line, verdict words in their colours. The colours are inline styles,
  so they show in JupyterLab whether or not the notebook is trusted (JupyterLab strips
  ``<style>`` blocks from untrusted output), in nbconvert HTML and on GitHub.
- ``export_html``: a self-contained HTML copy of a run notebook (no require.js, MathJax
  or mermaid from a CDN): ``python -m lawcheck.notebook_setup 02.ipynb 02.html``.

pandas, IPython and nbconvert are imported inside the functions that need them.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from .render.labels import FILL, INK, LABEL_VERDICT, VERDICT_MARK, display_width, short_title, verdict_label

SEVERITY_ORDER = {"mandatory": 0, "recommended": 1, "info": 2}
VERDICT_ORDER = {"fail": 0, "warn": 1, "pass": 2, "skip": 3}
__all__ = ["SEVERITY_ORDER", "VERDICT_ORDER", "Corpus", "basic_info", "content_findings", "export_html", "first_passage",
           "load_reports", "print_tree", "report_row", "setup_notebook", "styled", "table", "verdict_text"]


def setup_notebook() -> None:
    """Chinese font for matplotlib, jieba silenced, pandas options that show whole quotes and tables."""
    from .plotting import setup_notebook as _setup

    _setup()


def verdict_text(f) -> str:
    """``✗ 缺失`` / ``✗ 逾期`` / ``! 提示`` for a finding."""
    return f"{VERDICT_MARK[f.verdict]} {verdict_label(f)}"


def content_findings(r) -> list:
    """Findings other than the layout rules (layout.*, which only apply to Word drafts)."""
    return [f for f in r.findings if not f.rule.startswith("layout.")]


# -- a folder of reports ---------------------------------------------------------------


@dataclass
class Corpus:
    folder: str
    reports: list = field(default_factory=list)  # CheckResults with issuer and year, one per pair, sorted
    duplicates: list = field(default_factory=list)  # (file not used, file kept)
    unidentified: list = field(default_factory=list)  # files whose issuer or year is unknown
    errors: list = field(default_factory=list)  # (file, reason)

    def rel(self, path: str) -> str:
        """The file name relative to the folder (tables never show this machine's paths)."""
        return os.path.relpath(path, self.folder).replace(os.sep, "/")

    @property
    def issuers(self) -> list[str]:
        return sorted({r.document.metadata.issuer for r in self.reports})

    @property
    def years(self) -> list[int]:
        return sorted({r.document.metadata.year for r in self.reports})

    def issuers_with_years(self, n: int = 2) -> list[str]:
        """Issuers that have reports for at least ``n`` different years."""
        years: dict[str, set] = {}
        for r in self.reports:
            years.setdefault(r.document.metadata.issuer, set()).add(r.document.metadata.year)
        return sorted(k for k, v in years.items() if len(v) >= n)

    def only(self, issuer_part: str = "", year: int | None = None) -> "Corpus":
        """The same corpus limited to issuers whose name contains ``issuer_part`` and/or one year."""
        keep = [r for r in self.reports if issuer_part in (r.document.metadata.issuer or "")
                and (year is None or r.document.metadata.year == year)]
        return Corpus(self.folder, keep, self.duplicates, self.unidentified, self.errors)

    def notes(self) -> list[str]:
        """One line per file that was left out, and why."""
        out = [f"未识别发文机关或年度，未参与比较：{f}" for f in self.unidentified]
        out += [f"同一机关同一年度已有 {kept}，未使用：{f}" for f, kept in self.duplicates]
        out += [f"无法读取：{f}（{reason}）" for f, reason in self.errors]
        return out


def report_files(folder: str) -> list[str]:
    """The reports of a folder: those ``manifest.csv`` lists (``file`` column), else every supported file."""
    import csv

    from .read import expand_paths

    manifest = os.path.join(folder, "manifest.csv")
    if os.path.isfile(manifest):
        with open(manifest, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        if rows and "file" in rows[0]:
            return sorted(os.path.join(folder, r["file"]) for r in rows if r.get("file"))
    return expand_paths([folder])


def load_reports(folder: str) -> Corpus:
    """Check every report in ``folder``; keep one per issuer and year (the first file name)."""
    from .compare import check_many
    from .read import SUPPORTED

    if not os.path.isdir(folder):
        raise FileNotFoundError(f"找不到报告文件夹：{folder}（相对路径以笔记本所在目录或 papermill 的当前目录为准）")
    files = report_files(folder)
    if not files:
        raise FileNotFoundError(f"文件夹中没有报告文件（支持 {SUPPORTED}）：{folder}")
    batch = check_many(files)
    corpus = Corpus(folder)
    seen: dict[tuple, Any] = {}
    for r in sorted(batch.results, key=lambda r: corpus.rel(r.document.file)):
        md = r.document.metadata
        if not (md.issuer and md.year):
            corpus.unidentified.append(corpus.rel(r.document.file))
        elif (md.issuer, md.year) in seen:
            corpus.duplicates.append((corpus.rel(r.document.file), corpus.rel(seen[md.issuer, md.year].document.file)))
        else:
            seen[md.issuer, md.year] = r
            corpus.reports.append(r)
    corpus.reports.sort(key=lambda r: (r.document.metadata.issuer, r.document.metadata.year))
    corpus.errors = sorted((corpus.rel(e.path), e.reason) for e in batch.errors)
    return corpus


def report_row(r, rel=os.path.basename) -> dict:
    """One report's line in the overview tables."""
    from .model import DOCUMENT_TYPES

    md, fs = r.document.metadata, content_findings(r)
    return {
        "发文机关": md.issuer, "年度": md.year, "文件": rel(r.document.file), "格式": r.document.format,
        "签发日期": md.signed_date or "", "发布日期": md.published_date or "",
        "文件类型": DOCUMENT_TYPES.get(md.document_type, "未识别"),
        "必备项问题": sum(f.severity == "mandatory" and f.verdict == "fail" for f in fs),
        "必备项提示": sum(f.severity == "mandatory" and f.verdict == "warn" for f in fs),
        "其他问题或提示": sum(f.severity != "mandatory" and f.verdict in ("fail", "warn") for f in fs),
        "通过": sum(f.verdict == "pass" for f in fs),
        "适用项": sum(f.verdict != "skip" for f in fs),
    }


def basic_info(result, name: str):
    """项目/内容 table of a report's metadata; ``name``: the file name to show."""
    import pandas as pd

    from .model import DOCUMENT_TYPES
    from .render.labels import LEVEL_LABEL

    doc, md = result.document, result.document.metadata
    unknown = "（未识别）"
    rows = [("文件", name), ("格式", doc.format + (f"（{doc.encoding}）" if doc.encoding else "")),
            ("标题", md.title or unknown), ("发文机关", md.issuer or unknown), ("机关类型", md.issuer_type or unknown),
            ("行政层级", LEVEL_LABEL.get(md.level, unknown)), ("报告年度", str(md.year) if md.year else unknown),
            ("签发日期", md.signed_date or unknown), ("发布日期", md.published_date or "（文件中没有；只有网页带发布日期）"),
            ("文件类型", DOCUMENT_TYPES.get(md.document_type, unknown))]
    df = pd.DataFrame(rows, columns=["项目", "内容"])
    df.index = range(1, len(df) + 1)
    return df


def table(rows, columns, sort_by, ascending=True):
    """A DataFrame sorted by ``sort_by``, numbered from 1."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=columns)
    if len(df):
        df = df.sort_values(sort_by, ascending=ascending, kind="stable")
    df.index = range(1, len(df) + 1)
    return df


def first_passage(passages, n: int = 80) -> str:
    """The longest passage two reports share (``compare.Passage`` list), on one line, at most ``n`` characters."""
    if not passages:
        return ""
    q = " ".join(passages[0].quote_a.split())
    return q if len(q) <= n else q[: n - 1] + "…"


def print_tree(result, findings) -> None:
    """The section tree; after each section the checks it answers (★ its heading, · its body)."""
    doc = result.document
    marks: dict[int, dict[str, bool]] = {}
    for f in findings:
        if f.verdict == "skip":
            continue
        for e in f.evidence:
            sec = doc.section_at(e.start)
            if sec is None:
                continue
            label = short_title(f.rule, f.title)
            marks.setdefault(id(sec), {}).setdefault(label, False)
            marks[id(sec)][label] |= e.start == sec.start
    if not doc.sections:
        print("（没有识别出带编号的章节）")
    for s in doc.walk():
        note = "；".join(("★" if star else "·") + label for label, star in marks.get(id(s), {}).items())
        print("    " * (s.level - 1) + f"{s.marker or s.number or ''}{s.title}" + (f"    ← {note}" if note else ""))
    print(f"\n共 {sum(1 for _ in doc.walk())} 个章节（一级 {len(doc.sections)} 个）。")


# -- tables for reading ----------------------------------------------------------------

_WORD = re.compile(r"^(?:[✓!✗×\-]\s*)?(通过|提示|缺失|逾期|不符合|跳过|符合)(?:（.*）)?$")
NARROW = 10  # display columns (a Chinese character is two): a column this narrow never wraps


class StyledTable:
    """A DataFrame shown with a pandas Styler whose CSS is written into each cell (see module doc)."""

    def __init__(self, df, styler, uid: str):
        self.data = df
        self.styler = styler
        self.uid = uid

    def __repr__(self) -> str:  # terminals, text/plain, nbval
        if self.data.empty:
            return "（没有符合条件的行）"
        return self.data.to_string()

    def _repr_html_(self) -> str:
        return inline_styles(self.styler.to_html(), self.uid)


def styled(df, uid: str = "t", wide: tuple[str, ...] = ()) -> StyledTable:
    """``df`` for reading. ``uid``: a stable id (outputs are compared by nbval); ``wide``: columns of long text."""
    def colour(v):
        m = _WORD.match(str(v)) if isinstance(v, str) else None
        if not m:
            return ""
        verdict = LABEL_VERDICT.get(m.group(1), "pass")
        return f"background-color:{FILL[verdict]};color:{INK[verdict]}"

    narrow = [c for c in df.columns
              if max([display_width(str(c))] + [display_width(str(v)) for v in df[c].head(200)]) <= NARROW]
    base = "text-align:left;vertical-align:top"
    if df.empty:  # a Styler cannot map over no cells: the header row alone, plainly
        return StyledTable(df, df.style.set_uuid(uid), uid)
    st = df.style.set_uuid(uid).format(na_rep="")
    st = st.map(lambda v: base, subset=list(df.columns)) if len(df.columns) else st
    if narrow:
        st = st.map(lambda v: "white-space:nowrap", subset=narrow)
    if wide:
        st = st.map(lambda v: "min-width:18em", subset=[c for c in wide if c in df.columns])
    medium = [c for c in df.columns if c not in narrow and c not in wide]
    if medium:  # titles, places: wide enough to read a phrase, never a column of single characters
        st = st.map(lambda v: "min-width:9em", subset=medium)
    if len(df.columns):
        st = st.map(colour)
    st = st.map_index(lambda v: "text-align:left;white-space:nowrap", axis=1)
    st = st.map_index(lambda v: "white-space:nowrap;color:#57606a", axis=0)
    return StyledTable(df, st, uid)


def inline_styles(html: str, uid: str) -> str:
    """Move a Styler's ``<style>`` rules (``#T_uid_row0_col1 {...}``) into ``style`` attributes."""
    m = re.search(r'<style type="text/css">(.*?)</style>', html, re.S)
    rules: dict[str, str] = {}
    if m:
        for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", m.group(1)):
            decl = ";".join(d.strip() for d in body.split(";") if d.strip())
            for sel in selectors.split(","):
                sel = sel.strip()
                if sel.startswith("#") and " " not in sel:
                    rules[sel[1:]] = rules.get(sel[1:], "") + decl + ";"
        html = html[: m.start()] + html[m.end():]

    def add(mm):
        tag, attrs = mm.group(1), mm.group(2) or ""
        idm = re.search(r'id="([^"]+)"', attrs)
        style = rules.get(idm.group(1), "") if idm else ""
        if tag == "table":
            style = "border-collapse:collapse;" + style
        elif tag == "th" and not style:
            style = "text-align:left;white-space:nowrap;"
        return f'<{tag}{attrs} style="{style}">' if style else mm.group(0)

    return re.sub(r"<(table|th|td)(\s[^>]*?)?\s*>", add, html).strip()


# -- sharing ---------------------------------------------------------------------------

_SHARE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def export_html(notebook: str, output: str, code: bool = False) -> str:
    """Write a self-contained HTML copy of a run notebook: outputs (and ``code`` if asked), images embedded,
    no script loaded from any network (require.js, MathJax and mermaid are left out)."""
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_loaders=[DictLoader({"lawcheck_share.html.j2": _SHARE_TEMPLATE})],
                            template_file="lawcheck_share.html.j2", exclude_input=not code,
                            exclude_input_prompt=True, exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    with open(output, "w", encoding="utf-8") as fh:
        fh.write(body)
    return output


def main(argv: list[str]) -> int:
    """``python -m lawcheck.notebook_setup IN.ipynb OUT.html [--code]``."""
    args = [a for a in argv if a != "--code"]
    if len(args) != 2:
        print("用法：python -m lawcheck.notebook_setup 已运行的笔记本.ipynb 输出.html [--code]", file=sys.stderr)
        return 2
    print(f"已生成：{export_html(args[0], args[1], code='--code' in argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
