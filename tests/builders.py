"""Build real report files (docx, pdf, html, GBK text) from plain text, for tests.

Each builder writes a genuine file with the real library (python-docx,
matplotlib's PDF backend with an embedded CJK font, encoded bytes) so the
readers are exercised end to end.
"""
from __future__ import annotations

import os
import re
from html import escape

H1 = re.compile(r"^\s*[一二三四五六七八九十]+、")
H2 = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
H3 = re.compile(r"^\s*\d+[.．、]")
MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])")


def lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def write_docx(path: str, text: str, *, styles: bool = True, strip_numbers: bool = True,
               auto_number: bool = False) -> str:
    """A .docx with Word heading styles; optionally without typed numbers, or
    with Word auto-numbering (一、 / （一） rendered from numbering.xml)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    numbering = _add_chinese_numbering(d) if auto_number else None
    all_lines = lines(text)
    for i, ln in enumerate(all_lines):
        level = 1 if H1.match(ln) else 2 if H2.match(ln) else 3 if H3.match(ln) else None
        if i == 0:
            p = d.add_paragraph(ln, style="Title" if styles else None)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if level and styles:
            body = None
            content = MARKER.sub("", ln) if strip_numbers or auto_number else ln
            # A run-in heading keeps its body in the next paragraph in Word drafts.
            m = re.match(r"^([^。]{1,40})。(.+)$", content)
            if m:
                content, body = m.group(1), m.group(2)
            p = d.add_paragraph(content, style=f"Heading {level}")
            if numbering is not None:
                _set_num(p, numbering, level - 1)
            if body:
                d.add_paragraph(body)
        else:
            d.add_paragraph(ln)
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    d.save(path)
    return path


def _add_chinese_numbering(d):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = d.part.numbering_part
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        "</w:abstractNum>"
    )
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    root = part.element
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(num)
    return "90"


def _set_num(p, num_id: str, ilvl: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_pdf(path: str, text: str, chars_per_line: int = 34, lines_per_page: int = 40, header: str = "",
              paragraph_gap: float = 0.0, serif_body: bool = False) -> str:
    """A PDF with a real text layer (embedded Noto Sans SC), long paragraphs wrapped
    over several visual lines and page numbers in the footer. A line "@right X" is set
    flush right (a signature block), "@center X" centred (an unnumbered heading); ``header`` is printed at the top of every page (a running header).
    ``paragraph_gap`` (a fraction of the page height) is added below each paragraph (段后 spacing); a thin space
    (U+2009) in the text is drawn as a gap with no character in it, as Word sets "2024 年" between Chinese
    and Western text (the PDF reader then infers a space there).
    ``serif_body`` sets the text in Noto Serif SC (as 仿宋), so that headings can stand out by their face: a line
    "@big X" is set larger in the sans face (黑体), "@sans X" in the sans face at the body size, and "@lead A|B" is
    a paragraph whose run-in lead A is in the sans face, its text B in the body's."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pylopdf_fonts_zh_cn
    from matplotlib import font_manager as fm
    from matplotlib.backends.backend_pdf import PdfPages

    fonts = os.path.dirname(pylopdf_fonts_zh_cn.__file__)
    sans = fm.FontProperties(fname=os.path.join(fonts, "NotoSansSC-Regular.otf"), size=11)
    big = fm.FontProperties(fname=os.path.join(fonts, "NotoSansSC-Regular.otf"), size=14)
    font = fm.FontProperties(fname=os.path.join(fonts, "NotoSerifSC-Regular.otf"), size=11) if serif_body else sans
    visual = []  # (align, text, space below, font, lead: (characters, font) drawn first)
    for ln in lines(text):
        ln = ln.strip()
        if ln.startswith(("@right ", "@center ", "@big ", "@sans ")):
            kind, rest = ln.split(" ", 1)
            align = {"@right": "right", "@center": "center"}.get(kind, "left")
            visual.append((align, rest, paragraph_gap, {"@big": big, "@sans": sans}.get(kind, font), None))
            continue
        lead = None
        if ln.startswith("@lead "):
            a, b = ln[6:].split("|", 1)
            ln, lead = a + b, (len(a), sans)
        for i in range(0, len(ln), chars_per_line):
            visual.append(("left", ln[i : i + chars_per_line], paragraph_gap if i + chars_per_line >= len(ln) else 0.0,
                           font, lead if i == 0 else None))
    em = 11 / 72 / 8.27  # one Chinese character, as a fraction of the page width
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for page_no, start in enumerate(range(0, len(visual), lines_per_page), 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            y = 0.95
            for align, v, below, face, lead in visual[start : start + lines_per_page]:
                width = chars_per_line * em  # the text block, as a fraction of the page
                x = {"left": 0.08, "right": 0.08 + width, "center": 0.08 + width / 2}[align]
                if lead:
                    fig.text(x, y, v[: lead[0]], fontproperties=lead[1], ha="left")
                    x, v = x + lead[0] * em, v[lead[0]:]
                if "\u2009" in v and align == "left":
                    for piece in v.split("\u2009"):  # each piece drawn on its own, a gap between them
                        fig.text(x, y, piece, fontproperties=face, ha="left")
                        x += sum(em if ord(c) > 0x2000 else 0.6 * em for c in piece) + 0.7 * em
                else:
                    fig.text(x, y, v, fontproperties=face, ha=align)
                y -= 0.022 + below + (0.006 if face is big else 0.0)
            fig.text(0.5, 0.03, f"- {page_no} -", fontproperties=font, ha="center")
            if header:
                fig.text(0.5, 0.975, header, fontproperties=font, ha="center")
            pdf.savefig(fig)
            plt.close(fig)
    return path


def write_scanned_pdf(path: str) -> str:
    """A PDF with only a picture on it, like a scan: no text layer."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure(figsize=(4, 5))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.imshow(np.random.default_rng(0).random((50, 40)), cmap="gray")
    ax.axis("off")
    fig.savefig(path)
    plt.close(fig)
    return path


def write_html(path: str, text: str, *, published: str = "2025-02-10 09:30", source: str = "示例县司法局",
               encoding: str = "utf-8") -> str:
    """A saved government page: nav, breadcrumb, info line, article, print/close links, footer."""
    body = lines(text)
    title, paras = body[0], body[1:]
    # A line that is already markup ("<table>…", "<p><strong>…") goes in as it is.
    ps = "\n".join(p if p.startswith("<") else f"      <p style=\"text-indent:2em\">{escape(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{encoding}"><title>{escape(title)}_示例县人民政府门户网站</title>
<script>var _hmt = _hmt || []; function setFont(s){{document.body.style.fontSize=s}}</script>
<style>.nav li{{float:left}} .article p{{line-height:2}}</style></head>
<body>
<div class="top">无障碍 | 简体 | 繁体  示例县人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">政民互动</a></li>
<li><a href="/bs">办事服务</a></li><li><a href="/zjxx">走进示例县</a></li></ul>
<div class="crumb">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/fzzf">法治政府建设</a></div>
<div class="detail">
  <h1>{escape(title)}</h1>
  <div class="info">发布日期：{published}　来源：{escape(source)}　浏览次数：<span id="views"></span>　字号：【<a href="javascript:setFont(18)">大</a> <a>中</a> <a>小</a>】</div>
  <div class="article" id="zoom">
{ps}
  </div>
  <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">示例县2023年政府信息公开工作年度报告</a></li>
<li><a href="/b">关于开展法治宣传月活动的通知</a></li></ul></div>
<div class="footer">主办单位：示例县人民政府办公室　地址：示例县人民路1号　网站标识码：0000000000<br>
版权所有 示例县人民政府　ICP备00000000号</div>
<script>document.getElementById('views').innerText = 1024;</script>
</body></html>
"""
    with open(path, "wb") as fh:
        fh.write(page.encode("gb18030" if encoding.lower() in ("gbk", "gb2312", "gb18030") else encoding))
    return path


def write_bytes(path: str, text: str, encoding: str) -> str:
    with open(path, "wb") as fh:
        fh.write(text.encode(encoding))
    return path
