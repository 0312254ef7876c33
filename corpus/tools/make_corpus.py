"""Rebuild the synthetic part of the lawcheck report corpus.

Source texts live in corpus/tools/texts/<stem>.text (".text", so folder scans skip them) (UTF-8, full-width
punctuation, one paragraph per line): the title line(s), an optional
addressee line, the body, and the signature block (issuer line, then date
line) as the last two lines.  This script renders each text in the format,
encoding and page layout listed in FILES below, writes it to
corpus/synthetic/, and rewrites corpus/manifest.csv.

    python corpus/tools/make_corpus.py          # rebuild everything
    python corpus/tools/make_corpus.py --check  # rebuild in memory, compare with files on disk

The output is deterministic: .docx files get fixed core properties and fixed
zip timestamps, so running the script again reproduces the committed files
byte for byte.  The real sample (corpus/real/) is not generated; it is a
verbatim copy of a published report and is only listed in the manifest.

All 示例甲县 / 示例乙县 / 示例丙县 issuers are fictional.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
TEXTS = HERE / "texts"
OUT = CORPUS / "synthetic"

SYNTH_PROVENANCE = "由 lawcheck 项目编写的虚构报告（非真实机关）"

COUNTY = {"jia": "示例甲县", "yi": "示例乙县", "bing": "示例丙县"}
ISSUER_KIND = {"gov": "人民政府", "police": "公安局"}

# ---------------------------------------------------------------------------
# Per-file settings.
#   fmt        txt | docx | html
#   enc        text encoding of the file (txt/html)
#   nl         line ending (txt)
#   punct      full (as written) | half (，：；（） -> ASCII)
#   txt_style  plain | blank_after_title | blank_between | indent (txt layout)
#   styled     docx: Word heading styles without typed numbers
#   title_lines number of title lines at the top of the source text
#   html       page template (html)
#   published  发布日期 shown on the web page (html)
#   source     来源 shown on the web page (html)
#   deliberate what is deliberately wrong or special (manifest)
# ---------------------------------------------------------------------------
FILES: list[dict] = [
    dict(stem="jia-gov-2022", fmt="txt", enc="utf-8", txt_style="blank_after_title",
         deliberate="a.覆盖度逐年改善（甲县人民政府）起点：缺“党政主要负责人履行第一责任人职责情况”和“其他需要报告的情况”两项"),
    dict(stem="jia-gov-2023", fmt="docx", styled=True,
         deliberate="a.覆盖度逐年改善：第一责任人职责仅在正文中以一句话出现（无专门标题），仍缺“其他需要报告的情况”；Word标题样式未键入序号"),
    dict(stem="jia-gov-2024", fmt="html", enc="utf-8", html="standard",
         published="2025-03-20 10:15", source="示例甲县司法局",
         deliberate="a.覆盖度逐年改善终点：五项均为一级标题，第一责任人职责为第一个一级标题；c.被 bing-gov-2024 抄袭的原文"),
    dict(stem="jia-police-2022", fmt="txt", enc="utf-8", punct="half",
         deliberate="半角标点和括号；有主送单位行"),
    dict(stem="jia-police-2023", fmt="txt", enc="gb18030", nl="\r\n", txt_style="indent",
         deliberate="d.落款日期晚于次年3月1日报送时限（2024年3月18日）；GB18030编码、CRLF换行、全角空格缩进"),
    dict(stem="jia-police-2024", fmt="docx", styled=False,
         deliberate="f.声明制度缺失：“我局尚未编制重大行政决策事项目录”；落款日期用汉字数字"),
    dict(stem="yi-gov-2022", fmt="docx", styled=True,
         deliberate="Word标题样式未键入序号；落款日期用汉字数字；有主送单位行"),
    dict(stem="yi-gov-2023", fmt="html", enc="utf-8", html="zoom",
         published="2024-03-08 16:42", source="示例乙县司法局",
         deliberate="e.缺少法定项目：全文没有“存在的不足和原因”部分；网页正文为 div#zoom 内 <br> 分行，页头含过时的站点日期（2019年）"),
    dict(stem="yi-gov-2024", fmt="html", enc="utf-8", html="meta", punct="half",
         published="2025-04-23 09:30", source="示例乙县人民政府办公室",
         deliberate="网页发布日期晚于次年4月1日公开时限（2025-04-23）；正文上方有索引号/发布机构/成文日期元数据表；半角标点"),
    dict(stem="yi-police-2022", fmt="txt", enc="utf-8",
         deliberate="b.被 yi-police-2023 照搬的上一年度原文"),
    dict(stem="yi-police-2023", fmt="txt", enc="utf-8",
         deliberate="b.照搬照抄本机关上一年度报告（yi-police-2022）：句子基本相同，仅改年份和数字、改写两句"),
    dict(stem="yi-police-2024", fmt="html", enc="gbk", html="gbk",
         published="2025-02-26 15:08", source="示例乙县公安局",
         deliberate="网页为GBK编码；标题年份在前；正文开头重复标题；一级标题照抄法规用语“上年度”“下一年度”"),
    dict(stem="bing-gov-2022", fmt="txt", enc="gbk", nl="\r\n", txt_style="blank_after_title",
         deliberate="g.“存在的不足”只列问题不写原因；第一责任人职责为（一）二级标题；无“其他需要报告的情况”；GBK编码、CRLF换行"),
    dict(stem="bing-gov-2023", fmt="docx", styled=True, title_lines=2,
         deliberate="标题分两行（机关名/关于……的报告）；Word标题样式未键入序号；有主送单位行"),
    dict(stem="bing-gov-2024", fmt="txt", enc="utf-8",
         deliberate="c.照搬其他县报告：抄自 jia-gov-2024，仅替换县名并改动少数句子和数字"),
    dict(stem="bing-police-2022", fmt="txt", enc="utf-8-sig", txt_style="blank_between",
         deliberate="a.覆盖度逐年退化（丙县公安局）起点：五项齐全，第一责任人职责为第一个一级标题；UTF-8带BOM，段落间空行"),
    dict(stem="bing-police-2023", fmt="docx", styled=False,
         deliberate="a.覆盖度逐年退化：第一责任人职责降为（二）二级标题，缺“其他需要报告的情况”"),
    dict(stem="bing-police-2024", fmt="html", enc="utf-8", html="wordpaste",
         published="2025-03-05 11:20", source="示例丙县公安局",
         deliberate="a.覆盖度逐年退化终点：缺第一责任人职责和“其他需要报告的情况”，下一年度安排仅一句空泛表态；不足部分括号为半角（全半角混用）"),
]

HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})

CN_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# ---------------------------------------------------------------------------
# Parsing the source text
# ---------------------------------------------------------------------------
class Report:
    def __init__(self, spec: dict):
        self.spec = spec
        self.stem = spec["stem"]
        county_key, kind_key, year = self.stem.split("-")
        self.county = COUNTY[county_key]
        self.issuer = self.county + ISSUER_KIND[kind_key]
        self.kind = kind_key
        self.year = int(year)
        raw = (TEXTS / f"{self.stem}.text").read_text(encoding="utf-8")
        lines = [l for l in raw.split("\n") if l.strip()]
        if spec.get("punct") == "half":
            lines = [l.translate(HALF) for l in lines]
        n = spec.get("title_lines", 1)
        self.title_lines = lines[:n]
        rest = lines[n:]
        self.addressee = None
        if rest and len(rest[0]) < 40 and rest[0].endswith(("：", ":")):
            self.addressee, rest = rest[0], rest[1:]
        self.body = rest[:-2]
        self.sig_issuer, self.sig_date = rest[-2], rest[-1]
        if self.sig_issuer != self.issuer:
            raise SystemExit(f"{self.stem}: signature {self.sig_issuer!r} != {self.issuer!r}")
        self.signed = parse_cn_date(self.sig_date)

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    def all_lines(self) -> list[str]:
        out = list(self.title_lines)
        if self.addressee:
            out.append(self.addressee)
        return out + self.body + [self.sig_issuer, self.sig_date]


def parse_cn_date(s: str) -> dt.date:
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", s)
    if not m:
        raise ValueError(f"bad date {s!r}")
    y = int("".join(str(CN_DIGITS[c]) for c in m.group(1)))
    return dt.date(y, cn_small(m.group(2)), cn_small(m.group(3)))


def cn_small(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS[s[1]]
    if s.endswith("十"):
        return CN_DIGITS[s[0]] * 10
    if "十" in s:
        return CN_DIGITS[s[0]] * 10 + CN_DIGITS[s[2]]
    return CN_DIGITS[s]


L1 = re.compile(r"^[一二三四五六七八九十]+、(.+)$")
L2 = re.compile(r"^[（(][一二三四五六七八九十]+[）)](.+)$")


def heading_level(line: str) -> tuple[int, str] | None:
    """Standalone headings only (no sentence-final 。 = not run-in)."""
    m = L1.match(line)
    if m and "。" not in line:
        return 1, m.group(1)
    m = L2.match(line)
    if m and "。" not in line:
        return 2, m.group(1)
    return None


# ---------------------------------------------------------------------------
# TXT
# ---------------------------------------------------------------------------
def render_txt(r: Report) -> bytes:
    spec = r.spec
    style = spec.get("txt_style", "plain")
    nl = spec.get("nl", "\n")
    out: list[str] = []
    if style == "indent":
        out += r.title_lines + [""]
        if r.addressee:
            out.append(r.addressee)
        out += ["\u3000\u3000" + l for l in r.body]
        out += [""] + [" " * 40 + r.sig_issuer, " " * 40 + r.sig_date]
    elif style == "blank_between":
        seq = r.all_lines()
        for i, l in enumerate(seq):
            out.append(l)
            if i < len(seq) - 2:
                out.append("")
    elif style == "blank_after_title":
        out += r.title_lines + [""]
        if r.addressee:
            out.append(r.addressee)
        out += r.body + [r.sig_issuer, r.sig_date]
    else:
        out = r.all_lines()
    text = nl.join(out) + nl
    return text.encode(spec["enc"])  # strict: fails loudly on unencodable characters


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def _set_east_asian_font(style_or_run, name: str) -> None:
    from docx.oxml.ns import qn
    el = style_or_run.element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def render_docx(r: Report) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    styled = r.spec.get("styled", False)
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    _set_east_asian_font(normal, "仿宋_GB2312")
    for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312"), ("Title", "方正小标宋简体")):
        _set_east_asian_font(d.styles[name], font)

    for tl in r.title_lines:
        if styled:
            p = d.add_paragraph(tl, style="Title")
        else:
            p = d.add_paragraph()
            run = p.add_run(tl)
            run.bold = True
            run.font.size = Pt(22)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not styled:
        d.add_paragraph()
    if r.addressee:
        d.add_paragraph(r.addressee)
    for line in r.body:
        h = heading_level(line) if styled else None
        if h:
            level, text = h
            d.add_paragraph(text, style=f"Heading {level}")
        else:
            p = d.add_paragraph(line)
            p.paragraph_format.first_line_indent = Pt(32)
    d.add_paragraph()
    for s in (r.sig_issuer, r.sig_date):
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cp = d.core_properties
    stamp = dt.datetime.combine(r.signed, dt.time(9, 0), tzinfo=dt.timezone.utc)
    cp.title = r.title
    cp.author = "lawcheck 语料生成脚本"
    cp.last_modified_by = "lawcheck 语料生成脚本"
    cp.comments = "虚构样例报告，非真实机关文件"
    cp.subject = "法治政府建设年度报告（虚构）"
    cp.keywords = "lawcheck; synthetic"
    cp.category = ""
    cp.revision = 1
    cp.created = stamp
    cp.modified = stamp

    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
def e(s: str) -> str:
    return html.escape(s, quote=True)


SITE_SLUG = {"示例甲县": "shilijia", "示例乙县": "shiliyi", "示例丙县": "shilibing"}


def related_links(r: Report) -> list[tuple[str, str]]:
    other_kind = "公安局" if r.kind == "gov" else "人民政府"
    return [
        (f"/zwgk/fzzfjs/{r.year + 1}03/t{r.year + 1}0315_100{r.year % 100}1.html",
         f"{r.county}{other_kind}{r.year}年度法治政府建设情况报告"),
        (f"/zwgk/fzzfjs/{r.year}02/t{r.year}0228_100{r.year % 100}7.html",
         f"{r.county}{r.year}年法治政府建设工作要点"),
        ("https://www.shilishi.example/", "示例市人民政府"),
        ("https://sfj.shilishi.example/", "示例市司法局"),
    ]


def page_common_head(r: Report, charset_tag: str, site: str) -> str:
    pub = r.spec["published"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_tag}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="{e(site)}">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="{e(r.title)}">
<meta name="PubDate" content="{pub}">
<meta name="ContentSource" content="{e(r.spec['source'])}">
<title>{e(r.title)}_法治政府建设_{e(site)}</title>"""


def html_standard(r: Report) -> str:
    site = f"{r.county}人民政府网"
    slug = SITE_SLUG[r.county]
    pub = r.spec["published"]
    paras = "\n".join(f"<p>{e(l)}</p>" for l in ([r.addressee] if r.addressee else []) + r.body)
    links = "\n".join(f'<li><a href="{e(u)}" target="_blank">{e(t)}</a></li>' for u, t in related_links(r))
    return page_common_head(r, '<meta charset="utf-8">', site) + f"""
<link rel="stylesheet" href="/static/css/common.css">
<style>
.w1200{{width:1200px;margin:0 auto}}
.top-bar{{background:#f5f5f5;font-size:12px;line-height:32px}}
.nav ul li{{float:left;padding:0 28px}}
.article-title{{font-size:26px;text-align:center;color:#1c1c1c;padding:20px 0}}
.article-info{{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}}
.article-content p{{text-indent:2em;line-height:2;font-size:16px}}
</style>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script>
var _hmt = _hmt || [];
function doZoom(size){{ $('.article-content p').css('font-size', size + 'px'); }}
</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问{e(site)}！</span>
<a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">简体</a>|<a href="javascript:;">繁体</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/images/logo.png" alt="{e(r.county)}人民政府"></a>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进{e(r.county[2:])}</a></li>
</ul></div>
<div class="main w1200">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<div class="article">
<h1 class="article-title">{e(r.title)}</h1>
<div class="article-info">发布日期：{pub}&nbsp;&nbsp;来源：{e(r.spec['source'])}&nbsp;&nbsp;浏览次数：<span id="count"></span>&nbsp;&nbsp;字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-content">
{paras}
<p style="text-align:right;text-indent:0">{e(r.sig_issuer)}</p>
<p style="text-align:right;text-indent:0">{e(r.sig_date)}</p>
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3>
<ul>
{links}
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：{e(r.county)}人民政府办公室&nbsp;&nbsp;承办单位：{e(r.county)}政务服务数据管理局</p>
<p>地址：{e(r.county)}示例大道1号&nbsp;&nbsp;联系电话：0000-0000000&nbsp;&nbsp;网站标识码：0000000000</p>
<p>示例ICP备00000000号&nbsp;&nbsp;本站为 lawcheck 项目虚构的示例网页（https://www.{slug}.example/）</p>
</div></div>
<script>$(function(){{ $('#count').text('1286'); }});</script>
</body>
</html>
"""


def html_zoom(r: Report) -> str:
    site = f"{r.county}人民政府"
    pub = r.spec["published"]
    lines = ([e(r.addressee)] if r.addressee else []) + ["\u3000\u3000" + e(l) for l in r.body]
    content = "<br>\n".join(lines)
    links = "\n".join(f'<tr><td class="dot">·</td><td><a href="{e(u)}">{e(t)}</a></td></tr>' for u, t in related_links(r))
    return page_common_head(r, '<meta charset="utf-8">', site) + f"""
<link type="text/css" rel="stylesheet" href="/images/style.css">
<style type="text/css">
body{{margin:0;font-family:"宋体";font-size:12px}}
#zoom{{font-size:14px;line-height:28px;padding:10px 30px}}
.bt{{font-size:22px;font-weight:bold;color:#c00}}
</style>
<script language="javascript" src="/js/common.js"></script>
<script language="javascript">
function setZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="topbar">
<tr><td align="left">今天是：<span id="today">2019年10月31日 星期四</span></td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">设为首页</a> | <a href="#">加入收藏</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/bsfw/">办事服务</a></td><td><a href="/gzhd/">公众互动</a></td><td><a href="/xqgk/">县情概况</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></td></tr>
<tr><td align="center"><h1 class="bt">{e(r.title)}</h1></td></tr>
<tr><td align="center" class="info">发布时间：{pub}&nbsp;&nbsp;&nbsp;来源：{e(r.spec['source'])}&nbsp;&nbsp;&nbsp;浏览次数：<span id="count"></span>&nbsp;&nbsp;&nbsp;字号：【<a href="javascript:setZoom(16)">大</a> <a href="javascript:setZoom(14)">中</a> <a href="javascript:setZoom(12)">小</a>】</td></tr>
<tr><td>
<div id="zoom">
{content}<br>
<br>
<div align="right">{e(r.sig_issuer)}<br>{e(r.sig_date)}</div>
</div>
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xglj">
<tr><td colspan="2"><b>相关链接</b></td></tr>
{links}
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center">主办单位：{e(r.county)}人民政府办公室　技术支持：示例网络科技有限公司<br>
地址：{e(r.county)}人民路8号　邮编：000000　示例ICP备00000001号<br>
（本页为 lawcheck 项目虚构的示例网页）</td></tr>
</table>
<script type="text/javascript">document.getElementById('count').innerHTML='532';</script>
</body>
</html>
"""


def html_meta(r: Report) -> str:
    site = f"{r.county}人民政府门户网站"
    pub = r.spec["published"]
    pub_date = pub.split()[0]
    paras = "\n".join(f'<p style="text-indent:2em">{e(l)}</p>' for l in ([r.addressee] if r.addressee else []) + r.body)
    links = "\n".join(f'<li><a href="{e(u)}">{e(t)}</a><span class="date">{r.year + 1}-0{i + 2}-1{i}</span></li>'
                      for i, (u, t) in enumerate(related_links(r)))
    return page_common_head(r, '<meta charset="utf-8">', site) + f"""
<link rel="stylesheet" href="/css/xxgk.css?v=20240601">
<style>
.xxgk-meta{{width:100%;border-collapse:collapse;background:#f7fbff;margin-bottom:18px}}
.xxgk-meta th{{width:90px;text-align:right;color:#555;font-weight:normal;border:1px solid #d9e6f2;padding:6px}}
.xxgk-meta td{{border:1px solid #d9e6f2;padding:6px}}
.zw-title{{font-size:24px;text-align:center;margin:18px 0 8px}}
.TRS_Editor p{{line-height:30px;font-size:16px}}
</style>
<script src="/js/jquery.min.js"></script>
<script src="/js/share.js"></script>
</head>
<body>
<header class="site-header">
<div class="site-top"><span>{e(site)}</span><a href="/wza/">无障碍浏览</a><a href="/en/">English</a></div>
<nav class="site-nav"><a href="/">首页</a><a href="/zwgk/" class="on">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a><a href="/ztzl/">专题专栏</a></nav>
</header>
<main class="xxgk-wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>00000000-0/{r.year + 1}-00417</td><th>主题分类：</th><td>政务公开/法治政府建设</td></tr>
<tr><th>发布机构：</th><td>{e(r.issuer)}</td><th>成文日期：</th><td>{r.signed.isoformat()}</td></tr>
<tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{e(r.title)}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td></td><th>发布日期：</th><td>{pub_date}</td></tr>
</table>
<h1 class="zw-title">{e(r.title)}</h1>
<div class="zw-info">发布日期：{pub}&nbsp;&nbsp;来源：{e(r.spec['source'])}&nbsp;&nbsp;浏览次数：<span id="count"></span>&nbsp;&nbsp;字号：【<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】</div>
<div class="zw-con">
<div class="TRS_Editor">
{paras}
<p style="text-align:right">{e(r.sig_issuer)}</p>
<p style="text-align:right">{e(r.sig_date)}</p>
</div>
</div>
<div class="zw-tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<section class="xglj"><h4>相关链接</h4><ul>
{links}
</ul></section>
</main>
<footer class="site-footer">
<p>主办单位：{e(r.county)}人民政府办公室　　运维单位：{e(r.county)}大数据中心</p>
<p>示例ICP备00000002号　　网站标识码：0000000002　　（lawcheck 项目虚构的示例网页）</p>
</footer>
<script>$('.zw-info a[data-size]').on('click',function(){{$('.TRS_Editor p').css('font-size',$(this).data('size')+'px');}});$('#count').text('97');</script>
</body>
</html>
"""


def html_gbk(r: Report) -> str:
    site = f"{r.county}人民政府"
    pub = r.spec["published"]
    paras = "\n".join(f'<p style="text-indent:2em;">{e(l)}</p>' for l in ([r.addressee] if r.addressee else []) + r.body)
    links = "\n".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in related_links(r))
    head = page_common_head(r, '<meta charset="gbk">\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">', site)
    return head + f"""
<link href="/css/main.css" rel="stylesheet" type="text/css">
<style type="text/css">
.content_title{{font-size:24px;text-align:center;color:#036}}
.content_info{{text-align:center;color:#666;font-size:12px;padding:8px 0;border-bottom:1px solid #ddd}}
.content_text{{font-size:16px;line-height:32px;padding:20px 40px}}
</style>
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript">
function fontZoom(n){{ $(".content_text").css("font-size", n + "px"); }}
</script>
</head>
<body>
<div id="top"><div class="topnav">
<a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/bmdt/">部门动态</a><a href="/bsfw/">便民服务</a><a href="/xxgk/">信息公开</a>
</div></div>
<div id="position">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<div id="container">
<h1 class="content_title">{e(r.title)}</h1>
<div class="content_info">发布日期：{pub}　来源：{e(r.spec['source'])}　浏览次数：<span id="count"></span>　字号：【<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
<div class="content_text">
<p style="text-align:center;"><strong>{e(r.title)}</strong></p>
{paras}
<p style="text-align:right;">{e(r.sig_issuer)}</p>
<p style="text-align:right;">{e(r.sig_date)}</p>
</div>
<div class="content_tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xglj"><div class="xglj_title">相关链接</div><ul>
{links}
</ul></div>
</div>
<div id="footer">
主办单位：{e(r.county)}人民政府办公室　承办：{e(r.county)}公安局政工室<br>
版权所有：{e(r.county)}人民政府　示例ICP备00000003号<br>
（本页为 lawcheck 项目虚构的示例网页）
</div>
<script type="text/javascript">$("#count").html("2041");</script>
</body>
</html>
"""


def html_wordpaste(r: Report) -> str:
    site = f"{r.county}人民政府网"
    pub = r.spec["published"]

    def p(line: str, align: str | None = None) -> str:
        style = f' style="text-align:{align}"' if align else ' style="text-indent:32pt;line-height:28pt"'
        return (f'<p class="MsoNormal"{style}><span style="font-family:仿宋_GB2312;font-size:16pt">'
                f'{e(line)}</span></p>')

    paras = "\n".join(p(l) for l in ([r.addressee] if r.addressee else []) + r.body)
    links = "\n".join(f'<li class="related-list__item"><a href="{e(u)}">{e(t)}</a></li>' for u, t in related_links(r))
    return page_common_head(r, '<meta charset="utf-8">', site) + f"""
<link rel="stylesheet" href="/assets/app.4f2a9c.css">
<style>
.news-detail__title{{font-size:28px;font-weight:600;text-align:center}}
.news-detail__meta{{display:flex;justify-content:center;gap:24px;color:#999}}
.news-detail__body{{margin-top:24px}}
</style>
<script defer src="/assets/app.4f2a9c.js"></script>
<script>window.__PAGE__ = {{ column: "fzzfjs", id: "{r.year + 1}0305112" }};</script>
</head>
<body class="page-article">
<div class="g-topbar"><div class="g-container"><a href="/">{e(site)}</a><span class="g-topbar__links"><a href="/wza/">无障碍</a><a href="/m/">移动版</a></span></div></div>
<nav class="g-nav"><div class="g-container">
<a class="g-nav__item" href="/">首页</a><a class="g-nav__item is-active" href="/zwgk/">政务公开</a><a class="g-nav__item" href="/zwfw/">政务服务</a><a class="g-nav__item" href="/hdjl/">互动交流</a>
</div></nav>
<div class="g-container">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li>&gt;</li><li><a href="/zwgk/">政务公开</a></li><li>&gt;</li><li><a href="/zwgk/fzzfjs/">法治政府建设</a></li></ol>
<article class="news-detail">
<h1 class="news-detail__title">{e(r.title)}</h1>
<div class="news-detail__meta"><span>发布日期：{pub}</span><span>来源：{e(r.spec['source'])}</span><span>浏览次数：<span id="count"></span></span><span>字号：【<a href="#" data-fs="l">大</a> <a href="#" data-fs="m">中</a> <a href="#" data-fs="s">小</a>】</span></div>
<div class="news-detail__body">
{paras}
<p class="MsoNormal">&nbsp;</p>
{p(r.sig_issuer, "right")}
{p(r.sig_date, "right")}
</div>
<div class="news-detail__tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</article>
<aside class="related"><h2 class="related__title">相关链接</h2><ul class="related-list">
{links}
</ul></aside>
</div>
<footer class="g-footer"><div class="g-container">
<p>主办单位：{e(r.county)}人民政府办公室</p>
<p>联系地址：{e(r.county)}政务服务中心5楼　　示例ICP备00000004号　　（lawcheck 项目虚构的示例网页）</p>
</div></footer>
</body>
</html>
"""


HTML_TEMPLATES = {
    "standard": html_standard,
    "zoom": html_zoom,
    "meta": html_meta,
    "gbk": html_gbk,
    "wordpaste": html_wordpaste,
}


def render_html(r: Report) -> bytes:
    return HTML_TEMPLATES[r.spec["html"]](r).encode(r.spec["enc"])


RENDER = {"txt": render_txt, "docx": render_docx, "html": render_html}


# ---------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------
MANIFEST_FIELDS = ["file", "issuer", "region", "level", "year", "format", "encoding", "synthetic",
                   "provenance", "signed_date", "published_date", "deliberate"]

REAL_ROWS = [
    {
        "file": "real/xinxing-police-2024.txt",
        "issuer": "新兴县公安局",
        "region": "广东省云浮市新兴县",
        "level": "county",
        "year": "2024",
        "format": "txt",
        "encoding": "utf-8",
        "synthetic": "no",
        "provenance": "真实公开报告：新兴县公安局2024年度法治政府建设报告正文（落款2025年1月27日），"
                      "公开于新兴县人民政府网站“依法行政/县公安局”栏目，页面如 "
                      "https://www.xinxing.gov.cn/yfxxgaj/gkmlpt/content/1/1895/post_1895163.html ；"
                      "本文件为 lawcheck 种子样本 seed/000_d487eb9a2a941e41.txt 的逐字节副本，原网页标题和发布日期未随文本保存",
        "signed_date": "2025-01-27",
        "published_date": "",
        "deliberate": "真实样本（非刻意构造）：无标题行，正文直接开始；半角逗号冒号括号；"
                      "第一责任人职责无专门段落，无“其他需要报告的情况”；文末无换行",
    }
]


def manifest_rows(reports: list[Report]) -> list[dict]:
    rows = list(REAL_ROWS)
    for r in reports:
        s = r.spec
        enc = s["enc"] if s["fmt"] != "docx" else "utf-8"
        pub = s.get("published", "")
        rows.append({
            "file": f"synthetic/{r.stem}.{s['fmt']}",
            "issuer": r.issuer,
            "region": f"{r.county}（虚构）",
            "level": "county",
            "year": str(r.year),
            "format": s["fmt"],
            "encoding": enc,
            "synthetic": "yes",
            "provenance": SYNTH_PROVENANCE,
            "signed_date": r.signed.isoformat(),
            "published_date": pub.split()[0] if pub else "",
            "deliberate": s.get("deliberate", ""),
        })
    return rows


def render_manifest(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------
def build() -> dict[Path, bytes]:
    outputs: dict[Path, bytes] = {}
    reports = [Report(s) for s in FILES]
    for r in reports:
        outputs[OUT / f"{r.stem}.{r.spec['fmt']}"] = RENDER[r.spec["fmt"]](r)
    outputs[CORPUS / "manifest.csv"] = render_manifest(manifest_rows(reports))
    return outputs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the files on disk")
    args = ap.parse_args(argv)
    outputs = build()
    if args.check:
        bad = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        for p in bad:
            print(f"differs: {p.relative_to(CORPUS)}")
        print("ok" if not bad else f"{len(bad)} file(s) differ")
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for p, data in outputs.items():
        p.write_bytes(data)
    print(f"wrote {len(outputs)} files under {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
