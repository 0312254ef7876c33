"""Charts for the audit notebooks, with Chinese labels that render on any machine.

Chinese text needs a CJK font, and a fresh machine often has none. lawcheck
depends (extra ``notebooks``) on ``pylopdf-fonts-zh-cn``, which ships Noto Sans
SC (SIL Open Font License 1.1). :func:`use_chinese_font` registers that file
with matplotlib's font manager *by path* (so a stale font cache cannot hide it,
and the matplotlib installation is never modified) and puts its family first
in ``font.sans-serif``::

    from lawcheck.plotting import setup_notebook, coverage_heatmap
    setup_notebook()                       # font + quiet jieba + pandas display options
    ax = coverage_heatmap(compare.coverage_matrix(results))

matplotlib and pandas are imported inside the functions: importing this
module is cheap.
"""
from __future__ import annotations

import logging
import os
import warnings
from typing import TYPE_CHECKING, Iterable, Sequence

from .render.labels import SHORT_TITLES, VERDICT_LABEL, short_title  # noqa: F401  (re-exported)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

# Openly licensed CJK fonts that distributions install, tried only when the
# bundled package is missing (no network, no download, no proprietary fonts).
SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian/Ubuntu fonts-noto-cjk (OFL)
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch, Fedora
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # fonts-wqy-microhei (Apache-2.0 / GPL)
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)

VERDICTS = ("pass", "warn", "fail", "skip")
# Colour-blind-safe-ish diverging colours, plus a mark in each cell so colour is not the only cue.
VERDICT_COLOR = {"pass": "#1a9850", "warn": "#fdae61", "fail": "#d73027", "skip": "#e0e0e0"}
VERDICT_CELL_MARK = {"pass": "✓", "warn": "!", "fail": "×", "skip": ""}
NOT_CHECKED = ("未检查", "#ffffff")  # a rule missing from one report's rulebook

_state: dict[str, str] = {}


# -- fonts ----------------------------------------------------------------------------

def chinese_font_path() -> str:
    """Path of the CJK font to use: the bundled Noto Sans SC, else a system font."""
    try:
        import pylopdf_fonts_zh_cn

        path = os.fspath(pylopdf_fonts_zh_cn.sans_path())
        if os.path.isfile(path):
            return path
    except ImportError:
        pass
    for path in SYSTEM_FONTS:
        if os.path.isfile(path):
            return path
    raise RuntimeError(
        "没有找到中文字体，图表中的汉字会显示成方框。请安装 lawcheck 的 notebooks 依赖："
        "pip install -e '.[notebooks]'（其中的 pylopdf-fonts-zh-cn 自带 Noto Sans SC 字体，"
        "SIL OFL 开源许可），或安装系统字体 fonts-noto-cjk / fonts-wqy-microhei。"
    )


def use_chinese_font(path: str | os.PathLike | None = None) -> str:
    """Register a CJK font with matplotlib by path and make it the default sans-serif.

    Returns the font's family name (``"Noto Sans SC"`` for the bundled font).
    Safe to call more than once. Nothing is written to the matplotlib
    installation or its cache.
    """
    path = os.fspath(path) if path is not None else chinese_font_path()
    _import_matplotlib_quietly()
    import matplotlib as mpl
    from matplotlib import font_manager as fm

    if not any(f.fname == path for f in fm.fontManager.ttflist):
        fm.fontManager.addfont(path)
    name = fm.FontProperties(fname=path).get_name()
    rest = [f for f in mpl.rcParams["font.sans-serif"] if f != name]
    mpl.rcParams["font.sans-serif"] = [name] + rest  # later entries are per-glyph fallbacks
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["axes.unicode_minus"] = False  # U+2212 minus is not in every CJK font
    _state["font"] = name
    return name


def _import_matplotlib_quietly() -> None:
    """First import of matplotlib without the 'building the font cache' log line on stderr."""
    import sys

    if "matplotlib.font_manager" in sys.modules:
        return
    log = logging.getLogger("matplotlib.font_manager")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        import matplotlib.font_manager  # noqa: F401  (builds or reads the font list)
    finally:
        log.setLevel(level)


def quiet_jieba() -> None:
    """Silence jieba's dictionary-loading chatter (timings on stderr) before anyone cuts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # old setuptools: pkg_resources deprecation warnings
        try:
            import jieba
        except ImportError:  # pragma: no cover - jieba is a lawcheck dependency
            return
    jieba.setLogLevel(logging.WARNING)


def setup_notebook() -> None:
    """Everything a notebook needs before its first table or chart.

    Chinese font for matplotlib, jieba silenced, and pandas display options
    that show whole quotes and whole tables (outputs are compared by nbval).
    """
    import pandas as pd

    quiet_jieba()
    use_chinese_font()
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.max_rows", 500)
    pd.set_option("display.max_columns", 60)
    pd.set_option("display.width", 200)


# -- labels ---------------------------------------------------------------------------

def rule_titles(results) -> dict[str, str]:
    """rule id -> full title, from the findings of some CheckResults."""
    out: dict[str, str] = {}
    for r in results:
        for f in r.findings:
            out.setdefault(f.rule, f.title)
    return out


# -- charts ---------------------------------------------------------------------------

def _verdict_codes(values) -> list[int]:
    codes = {v: i for i, v in enumerate(VERDICTS)}
    return [codes.get(v, len(VERDICTS)) for v in values]


def verdict_legend_handles(include_not_checked: bool = False):
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=VERDICT_COLOR[v], edgecolor="#999999",
                     label=f"{VERDICT_LABEL[v]} {VERDICT_CELL_MARK[v]}".strip()) for v in VERDICTS]
    if include_not_checked:
        handles.append(Patch(facecolor=NOT_CHECKED[1], edgecolor="#999999", label=NOT_CHECKED[0]))
    return handles


def coverage_heatmap(matrix: "pd.DataFrame", ax: "Axes | None" = None, *, titles: dict[str, str] | None = None,
                     labels: Sequence[str] | None = None, groups: Sequence[str] | None = None,
                     marks: bool = True, legend: bool = True, title: str | None = None) -> "Axes":
    """Draw a reports × rules verdict matrix (``compare.coverage_matrix``) as a heatmap.

    Rules go down the left side (short Chinese titles), reports across the
    bottom (``labels``, default the matrix index). ``groups`` (one name per
    report, e.g. the issuer) draws a separator and a label above each run of
    equal names. Colours: 通过 green, 提示 amber, 缺失 red, 跳过 grey; each cell
    also carries a mark so the chart reads in black and white.
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import ListedColormap

    rules = list(matrix.columns)
    reports = list(matrix.index)
    n_rules, n_reports = len(rules), len(reports)
    if ax is None:
        width = min(4.0 + 0.55 * max(n_reports, 1), 30)
        height = min(1.6 + 0.32 * max(n_rules, 1), 30)
        _, ax = plt.subplots(figsize=(width, height))
    if n_rules == 0 or n_reports == 0:
        ax.text(0.5, 0.5, "没有可显示的检查结果", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax

    grid = np.array([_verdict_codes(matrix[rule].tolist()) for rule in rules])  # rules × reports
    colors = [VERDICT_COLOR[v] for v in VERDICTS] + [NOT_CHECKED[1]]
    ax.imshow(grid, cmap=ListedColormap(colors), vmin=-0.5, vmax=len(colors) - 0.5, aspect="auto",
              interpolation="nearest")
    if marks:
        for i in range(n_rules):
            for j in range(n_reports):
                code = grid[i, j]
                if code < len(VERDICTS):
                    mark = VERDICT_CELL_MARK[VERDICTS[code]]
                    if mark:
                        ax.text(j, i, mark, ha="center", va="center", fontsize=8,
                                color="white" if VERDICTS[code] in ("pass", "fail") else "black")
    names = titles or {}
    ax.set_yticks(range(n_rules), [names.get(r) or short_title(r) for r in rules], fontsize=9)
    ax.set_xticks(range(n_reports), list(labels) if labels is not None else [str(x) for x in reports],
                  fontsize=9, rotation=0 if groups is not None else 60, ha="center" if groups is not None else "right")
    ax.set_xticks(np.arange(-0.5, n_reports, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, n_rules, 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    group_lines = _draw_groups(ax, list(groups)) if groups is not None else 0
    if legend:
        has_nan = bool((grid == len(VERDICTS)).any())
        ax.legend(handles=verdict_legend_handles(has_nan), loc="upper left", bbox_to_anchor=(1.01, 1.0),
                  frameon=False, fontsize=9, title="结论", title_fontsize=9)
    if title:
        ax.set_title(title, fontsize=12, pad=8 + 13 * group_lines)
    return ax


def _wrap(text: str, width: int) -> str:
    """Break a Chinese label into lines of at most ``width`` characters."""
    width = max(width, 2)
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _draw_groups(ax, groups: list[str]) -> int:
    """Label runs of equal group names above the columns; returns the most label lines used."""
    start, lines = 0, 1
    for j in range(1, len(groups) + 1):
        if j == len(groups) or groups[j] != groups[start]:
            mid = (start + j - 1) / 2
            # about three 9-point characters fit above one column
            label = _wrap(groups[start], 3 * (j - start))
            lines = max(lines, label.count("\n") + 1)
            ax.text(mid, -0.7, label, ha="center", va="bottom", fontsize=9, linespacing=1.1)
            if j < len(groups):
                ax.axvline(j - 0.5, color="#333333", linewidth=1.5)
            start = j
    return lines


def verdict_bars(counts: "pd.DataFrame", ax: "Axes | None" = None, *, title: str | None = None,
                 xlabel: str = "项数") -> "Axes":
    """Horizontal stacked bars of verdict counts, one bar per row of ``counts``.

    ``counts`` has columns among pass/warn/fail/skip (missing ones count 0);
    its index gives the bar labels, drawn top to bottom in index order.
    """
    import matplotlib.pyplot as plt

    present = [v for v in ("fail", "warn", "pass", "skip") if v in counts.columns]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 1.2 + 0.4 * max(len(counts), 1)))
    y = list(range(len(counts)))[::-1]
    left = [0.0] * len(counts)
    for v in present:
        vals = [float(x) for x in counts[v].fillna(0).tolist()]
        ax.barh(y, vals, left=left, color=VERDICT_COLOR[v], edgecolor="white", label=VERDICT_LABEL[v])
        for yi, li, val in zip(y, left, vals):
            if val:
                ax.text(li + val / 2, yi, f"{int(val)}", ha="center", va="center", fontsize=8,
                        color="white" if v in ("pass", "fail") else "black")
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(y, [str(i) for i in counts.index], fontsize=9)
    ax.set_xlabel(xlabel)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9)
    if title:
        ax.set_title(title, fontsize=12)
    return ax


def similarity_heatmap(sim: "pd.DataFrame", ax: "Axes | None" = None, *, threshold: float | None = None,
                       title: str | None = None) -> "Axes":
    """A square report × report similarity matrix (0–1); cells at or above ``threshold`` are outlined."""
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.patches import Rectangle

    n = len(sim)
    if ax is None:
        side = min(3.0 + 0.6 * max(n, 1), 24)
        _, ax = plt.subplots(figsize=(side + 1.5, side))
    data = sim.to_numpy(dtype=float)
    shown = data.copy()
    np.fill_diagonal(shown, np.nan)  # a report against itself: drawn grey
    cmap = plt.get_cmap("Blues").with_extremes(bad="#e0e0e0")
    im = ax.imshow(shown, cmap=cmap, vmin=0, vmax=1, interpolation="nearest")
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            v = data[i, j]
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7,
                    color="white" if v >= 0.6 else "black")
            if threshold is not None and v >= threshold:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#d73027", linewidth=2))
    labels = [str(x) for x in sim.index]
    ax.set_xticks(range(n), labels, rotation=60, ha="right", fontsize=9)
    ax.set_yticks(range(n), labels, fontsize=9)
    cbar = ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    cbar.set_label("相似度（8 字片段 Jaccard）")
    if title:
        ax.set_title(title, fontsize=12)
    return ax


def pairwise_similarity(results, labels: Iterable[str] | None = None) -> "pd.DataFrame":
    """All-pairs shingle Jaccard similarity (see ``compare.similarity_matrix``)."""
    from .compare import similarity_matrix

    return similarity_matrix(list(results), list(labels) if labels is not None else None)
