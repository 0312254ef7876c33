#!/usr/bin/env python3
"""Build the hand-labelled evaluation documents from their source texts.

The texts live in ``sources_part*.yaml`` next to this script (written for the
project; every issuer is fictional).  Each entry names an output file and its
format; this script renders it as plain text (UTF-8, GBK, optional CRLF), as a
government-style web page (UTF-8 or GB2312, with navigation, breadcrumb,
publication line, scripts and footer) or as a .docx built with python-docx.

Usage::

    python tests/eval/build_eval.py          # (re)write every output file
    python tests/eval/build_eval.py --check  # rebuild in a temp dir, compare
                                             # bytes, and validate labels.yaml

The build is reproducible: .docx core-property dates are pinned to
2000-01-01T00:00:00Z (they carry no meaning) and zip members get a fixed
timestamp, so running the script twice gives byte-identical files.

Source markup (one paragraph per line; a blank line is kept only in .txt):
  ``@title X``   document title (docx: Title style or bold centred Normal)
  ``@h1 X`` / ``@h2 X``  Word "Heading 1/2" paragraphs (docx only)
  ``@center X`` / ``@right X``  alignment (docx/html); plain text in .txt
  ``@table a|b|c``  a table row (html only); consecutive rows form one table
  ``**X**rest``  bold run X followed by plain text
"""
from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import html
import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCES = sorted(HERE.glob("sources_part*.yaml"))
LABELS = HERE / "labels.yaml"
RULE_IDS = (
    "doc.type",
    "content.measures",
    "content.shortcomings",
    "content.first_responsibility",
    "content.next_year",
    "content.other",
    "decision.catalog",
    "counsel.legal_adviser",
    "timing.report_deadline",
    "timing.publication_deadline",
)
VERDICTS = {"pass", "warn", "fail", "skip"}
PINNED = dt.datetime(2000, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

BOLD = re.compile(r"\*\*(.+?)\*\*")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# --------------------------------------------------------------------------- parsing

def load_sources() -> list[dict]:
    docs: list[dict] = []
    for p in SOURCES:
        docs.extend(yaml.safe_load(p.read_text(encoding="utf-8")))
    return docs


def parse(text: str) -> list[tuple[str, str]]:
    """Return (kind, text) pairs; kind is title/h1/h2/center/right/table/p/blank."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            out.append(("blank", ""))
            continue
        m = re.match(r"@(title|h1|h2|center|right|table) (.*)$", line)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append(("p", line))
    return out


def plain(s: str) -> str:
    return BOLD.sub(r"\1", s)


def body_text(doc: dict) -> str:
    """The document's own text without markup (used for length checks)."""
    return "\n".join(plain(t) for k, t in parse(doc["text"]) if k != "blank")


def title_of(doc: dict) -> str:
    items = parse(doc["text"])
    for k, t in items:
        if k == "title":
            return plain(t)
    centred = [plain(t) for k, t in items if k == "center"]
    return "".join(centred[:2])


# --------------------------------------------------------------------------- .txt

def render_txt(doc: dict) -> bytes:
    lines = []
    for kind, t in parse(doc["text"]):
        if kind == "table":
            lines.append("\t".join(t.split("|")))
        else:
            lines.append(plain(t))
    nl = "\r\n" if doc.get("newline") == "crlf" else "\n"
    return (nl.join(lines) + nl).encode(doc.get("encoding", "utf-8"))


# --------------------------------------------------------------------------- .html

def _inline(s: str) -> str:
    out, pos = [], 0
    for m in BOLD.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append("<strong>" + html.escape(m.group(1), quote=False) + "</strong>")
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out)


L1 = re.compile(r"^[一二三四五六七八九十]+、")


def html_body(doc: dict, template: str) -> str:
    parts: list[str] = []
    table: list[list[str]] = []

    def flush_table():
        if not table:
            return
        rows = []
        for i, row in enumerate(table):
            cell = "th" if i == 0 else "td"
            rows.append("<tr>" + "".join(f"<{cell}>{html.escape(c)}</{cell}>" for c in row) + "</tr>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4" class="data-table">\n'
                     + "\n".join(rows) + "\n</table>")
        table.clear()

    for kind, t in parse(doc["text"]):
        if kind != "table":
            flush_table()
        if kind == "blank":
            continue
        if kind == "table":
            table.append(t.split("|"))
        elif kind == "title":
            # the page heading (chrome) carries the title; templates a/b do not repeat it
            if template == "c":
                parts.append(f'<p style="text-align:center;"><strong>{_inline(t)}</strong></p>')
        elif kind == "center":
            parts.append(f'<p style="text-align:center;"><strong>{_inline(t)}</strong></p>')
        elif kind == "right":
            parts.append(f'<p style="text-align:right;">{_inline(t)}</p>')
        else:
            if template == "c":
                parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{_inline(t)}</p>")
            elif template == "b" and L1.match(plain(t)):
                parts.append(f'<p style="text-indent:2em;"><strong>{_inline(t)}</strong></p>')
            else:
                parts.append(f'<p style="text-indent:2em;">{_inline(t)}</p>')
    flush_table()
    return "\n".join(parts)


def _crumbs(crumbs: list[str]) -> str:
    links = [f'<a href="{"/" if i == 0 else "javascript:;"}">{html.escape(c)}</a>' for i, c in enumerate(crumbs)]
    return " &gt; ".join(links)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进{short}"]


def render_html(doc: dict) -> bytes:
    page = doc["page"]
    tpl = page["template"]
    title = page.get("title") or title_of(doc)
    site = page["site"]
    short = site.replace("人民政府", "")
    esc = html.escape
    charset = doc.get("encoding", "utf-8")
    meta_charset = "gb2312" if charset.lower() in ("gb2312", "gbk") else "utf-8"
    pub = page["published"]
    pub_day = pub.split()[0]
    body = html_body(doc, tpl)
    nav = "".join(f'<li><a href="javascript:;">{esc(n.format(short=short))}</a></li>' for n in NAV)
    footer = (
        '<div class="footer">\n'
        f"<p>主办：{esc(site)}办公室　承办：{esc(short)}政务信息中心</p>\n"
        "<p>网站标识码：0000000000　示ICP备00000000号　示公网安备00000000000000号</p>\n"
        "<p>联系电话：0000-0000000　（本站为测试样例，所有单位均为虚构）</p>\n"
        "</div>"
    )
    if tpl == "a":
        head_extra = (
            f'<meta name="ArticleTitle" content="{esc(title)}">\n'
            f'<meta name="PubDate" content="{esc(pub)}">\n'
            f'<meta name="ContentSource" content="{esc(page["source"])}">\n'
        )
        chrome_top = (
            f'<div class="top-bar">欢迎访问{esc(site)}门户网站　<a href="javascript:;">无障碍</a> | '
            '<a href="javascript:;">简体</a> | <a href="javascript:;">繁体</a> | <a href="javascript:;">English</a></div>\n'
            f'<div class="header"><img src="/images/logo.png" alt="{esc(site)}">'
            '<form class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>\n'
            f'<ul class="nav">{nav}</ul>\n'
            f'<div class="crumb">当前位置：{_crumbs(page["crumbs"])}</div>\n'
            '<div class="article">\n'
            f"<h1>{esc(title)}</h1>\n"
            f'<div class="info">发布日期：{esc(pub)}　来源：{esc(page["source"])}　浏览次数：<span id="hits"></span>　'
            '字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a>】</div>\n'
        )
        chrome_bottom = (
            '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            '<div class="related"><h3>相关链接</h3><ul><li><a href="javascript:;">法治政府建设实施纲要（2021—2025年）</a></li>'
            '<li><a href="javascript:;">政府信息公开指南</a></li></ul></div>\n'
            "</div>\n"
        )
    elif tpl == "b":
        head_extra = f'<meta name="keywords" content="法治政府建设,年度报告,{esc(short)}">\n'
        chrome_top = (
            f'<div class="header"><span class="site-name">{esc(site)}</span>'
            '<span class="links"><a href="javascript:;">登录</a> | <a href="javascript:;">注册</a> | <a href="javascript:;">长者模式</a></span></div>\n'
            f'<ul class="nav">{nav}</ul>\n'
            f'<div class="position">您当前的位置：{_crumbs(page["crumbs"])}</div>\n'
            '<table class="xxgk-meta" border="0">\n'
            f'<tr><td>索引号：</td><td>{esc(page["index_no"])}</td><td>发布机构：</td><td>{esc(page["source"])}</td></tr>\n'
            f'<tr><td>主题分类：</td><td>综合政务</td><td>成文日期：</td><td>{esc(page["written"])}</td></tr>\n'
            f'<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>{esc(pub_day)}</td></tr>\n'
            f'<tr><td>名　　称：</td><td colspan="3">{esc(title)}</td></tr>\n'
            "</table>\n"
            '<div class="article">\n'
            f'<h2 class="title">{esc(title)}</h2>\n'
            f'<div class="info">发布日期：{esc(pub)}　来源：{esc(page["source"])}　浏览次数：<span id="views"></span>　'
            '字号：【<a href="javascript:setFont(20)">大</a> <a href="javascript:setFont(16)">中</a> '
            '<a href="javascript:setFont(14)">小</a>】　<a href="javascript:;">分享到：</a></div>\n'
        )
        chrome_bottom = (
            '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:scroll(0,0)">返回顶部</a>】</div>\n'
            "</div>\n"
        )
    elif tpl == "c":
        head_extra = ""
        chrome_top = (
            '<table width="1000" align="center" class="topbar"><tr>'
            f'<td>{esc(page["stale_clock"])}</td><td align="right"><a href="javascript:;">设为首页</a> | '
            '<a href="javascript:;">加入收藏</a></td></tr></table>\n'
            f'<table width="1000" align="center" class="banner"><tr><td><img src="/images/banner.jpg" alt="{esc(site)}"></td></tr></table>\n'
            f'<table width="1000" align="center" class="nav"><tr><td><ul>{nav}</ul></td></tr></table>\n'
            f'<table width="1000" align="center"><tr><td class="crumb">您现在的位置：{_crumbs(page["crumbs"])}</td></tr></table>\n'
            '<table width="1000" align="center" class="article"><tr><td>\n'
            f'<div class="art-title">{esc(title)}</div>\n'
            f'<div class="info">发布日期：{esc(pub)}　信息来源：{esc(page["source"])}　浏览次数：<script>document.write(hits);</script>　'
            '字体：【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> '
            '<a href="javascript:fontZoom(12)">小</a>】</div>\n'
        )
        chrome_bottom = (
            '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            "</td></tr></table>\n"
        )
    else:
        raise ValueError(f"unknown template {tpl!r}")
    scripts_head = (
        '<script src="/js/jquery-1.12.4.min.js"></script>\n'
        "<script>\n"
        "var _hmt = _hmt || [];\n"
        f'var shareTitle = "{title}";\n'
        "var hits = 0;\n"
        "</script>\n"
    )
    scripts_tail = (
        "<script>\n"
        "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n"
        "function setFont(s){doZoom(s);}\n"
        "function fontZoom(s){doZoom(s);}\n"
        "$(function(){ $.get('/interface/hits', {id: 1}, function(d){ $('#hits,#views').text(d); }); });\n"
        "</script>\n"
    )
    out = (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">\n'
        f"<title>{esc(title)}_{esc(site)}</title>\n"
        f"{head_extra}"
        '<link rel="stylesheet" href="/css/style.css">\n'
        f"{scripts_head}"
        "<style>.content p{line-height:2;font-size:16px}</style>\n"
        "</head>\n<body>\n"
        f"{chrome_top}"
        f'<div class="content" id="zoom">\n{body}\n</div>\n'
        f"{chrome_bottom}"
        f"{footer}\n"
        f"{scripts_tail}"
        "</body>\n</html>\n"
    )
    return out.encode(charset)


# --------------------------------------------------------------------------- .docx

def _set_east_asia(style, font: str, size_pt: float | None = None, bold: bool | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = "Times New Roman"
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    if size_pt is not None:
        style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)


def _add_runs(par, s: str):
    pos = 0
    for m in BOLD.finditer(s):
        if m.start() > pos:
            par.add_run(s[pos:m.start()])
        par.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(s):
        par.add_run(s[pos:])


def render_docx(doc: dict) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    _set_east_asia(d.styles["Normal"], "仿宋_GB2312", 16)
    d.styles["Normal"].paragraph_format.first_line_indent = Pt(32)
    for name, size in (("Title", 22), ("Heading 1", 16), ("Heading 2", 16)):
        _set_east_asia(d.styles[name], "黑体" if name != "Title" else "方正小标宋简体", size, True)
        d.styles[name].paragraph_format.first_line_indent = Pt(0) if name == "Title" else Pt(32)
    title_style = doc.get("title_style", "plain")
    for kind, t in parse(doc["text"]):
        if kind == "blank":
            continue
        if kind == "title":
            if title_style == "Title":
                p = d.add_paragraph(plain(t), style="Title")
            else:
                p = d.add_paragraph()
                r = p.add_run(plain(t))
                r.bold = True
                r.font.size = Pt(22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = Pt(0)
        elif kind in ("h1", "h2"):
            d.add_heading(plain(t), level=1 if kind == "h1" else 2)
        elif kind in ("center", "right"):
            p = d.add_paragraph()
            _add_runs(p, t)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == "center" else WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.first_line_indent = Pt(0)
        elif kind == "table":
            raise ValueError("@table is not supported in docx sources")
        else:
            _add_runs(d.add_paragraph(), t)
    cp = d.core_properties
    cp.title = title_of(doc)
    cp.author = "示例"
    cp.last_modified_by = "示例"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.revision = 1
    cp.created = PINNED
    cp.modified = PINNED
    cp.last_printed = PINNED
    raw = io.BytesIO()
    d.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- build/check

RENDER = {"txt": render_txt, "html": render_html, "docx": render_docx}


def build(out_dir: Path) -> list[str]:
    names = []
    for doc in load_sources():
        data = RENDER[doc["format"]](doc)
        (out_dir / doc["file"]).write_bytes(data)
        names.append(doc["file"])
    return names


def extract_text(path: Path, doc: dict) -> str:
    """Open a built file the way a reader would and return its text (for checks)."""
    fmt = doc["format"]
    if fmt == "txt":
        return path.read_bytes().decode(doc.get("encoding", "utf-8"))
    if fmt == "html":
        import lxml.html

        raw = path.read_bytes()
        text = raw.decode(doc.get("encoding", "utf-8"))
        tree = lxml.html.fromstring(text)
        return tree.text_content()
    if fmt == "docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    raise ValueError(fmt)


def check() -> int:
    problems: list[str] = []
    docs = load_sources()
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        names = build(tmpd)
        for n in names:
            if not (HERE / n).exists():
                problems.append(f"{n}: not built in {HERE} (run build_eval.py)")
            elif not filecmp.cmp(tmpd / n, HERE / n, shallow=False):
                problems.append(f"{n}: committed file differs from a fresh build")
        # second build must be byte-identical (reproducibility)
        tmp2 = tmpd / "again"
        tmp2.mkdir()
        build(tmp2)
        for n in names:
            if not filecmp.cmp(tmpd / n, tmp2 / n, shallow=False):
                problems.append(f"{n}: build is not reproducible")
    if len(set(names)) != len(names):
        problems.append("duplicate output names in sources")
    for doc in docs:
        path = HERE / doc["file"]
        if not path.exists():
            continue
        try:
            text = extract_text(path, doc)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{doc['file']}: cannot open/decode: {exc}")
            continue
        if "示例" not in text:
            problems.append(f"{doc['file']}: no fictional 示例 issuer in text")
        n = len(CJK.findall(body_text(doc)))
        if not 600 <= n <= 2000:
            problems.append(f"{doc['file']}: {n} Chinese characters (want 600-2000)")
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    if not isinstance(labels, list):
        problems.append("labels.yaml: top level is not a list")
        labels = []
    labelled = [e.get("file") for e in labels]
    if sorted(labelled) != sorted(names):
        problems.append(f"labels.yaml files {sorted(set(labelled) ^ set(names))} do not match built files")
    if len(set(labelled)) != len(labelled):
        problems.append("labels.yaml: duplicate file entries")
    for e in labels:
        exp = e.get("expected") or {}
        if set(exp) != set(RULE_IDS):
            problems.append(f"{e.get('file')}: rule ids {sorted(set(RULE_IDS) ^ set(exp))} missing/extra")
        bad = {k: v for k, v in exp.items() if v not in VERDICTS}
        if bad:
            problems.append(f"{e.get('file')}: bad verdicts {bad}")
        md = e.get("metadata") or {}
        for key in ("issuer", "year", "signed_date", "published_date", "level", "document_type"):
            if key not in md:
                problems.append(f"{e.get('file')}: metadata lacks {key}")
        if exp.get("doc.type") == "fail" and any(v != "skip" for k, v in exp.items() if k != "doc.type"):
            problems.append(f"{e.get('file')}: doc.type fails but other rules are not skip")
        if md.get("published_date") is None and exp.get("timing.publication_deadline") != "skip":
            problems.append(f"{e.get('file')}: no published date but publication rule is not skip")
        if not e.get("covers"):
            problems.append(f"{e.get('file')}: empty covers")
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {len(names)} files, {len(labels)} label entries: {'OK' if not problems else 'FAILED'}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="verify committed outputs and labels")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    names = build(HERE)
    print(f"wrote {len(names)} files to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
