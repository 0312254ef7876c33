#!/usr/bin/env python3
"""Rebuild the 12 blind-test documents of folder w10 from the marked-up sources in src/.

Run with: /work/main/.venv/bin/python make.py
Markup (used for .html and .docx targets):
  @title / @h1 / @h2 / @center / @right / @small / @nav / @crumb  -> styled lines
  #N text   -> top-level heading with Word automatic numbering (number not in text)
  #H text   -> heading with its number in the text, outline level 1
  **lead**rest -> paragraph whose first run (the lead) is bold
  @table caption followed by |a|b|c rows -> table; bare |a|b rows (no caption) -> info table
  [[SDT ... SDT]] -> wrap the enclosed paragraphs in a content control (w:sdt)
"""
import html
import os
import re

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

FILES = {
    "t01": "t01_township_catalog_in_consultation.txt",
    "t02": "t02_county_bureau_oneline_2023.txt",
    "t03": "t03_county_gov_autonumber_late.docx",
    "t04": "t04_lookalike_workpoints_notice.html",
    "t05": "t05_lookalike_leader_shuzhi.txt",
    "t06": "t06_lookalike_inspection_rectification.docx",
    "t07": "t07_lookalike_gov_work_report_excerpt.txt",
    "t08": "t08_city_dept_2025_table_cells.html",
    "t09": "t09_township_traditional_body_only.txt",
    "t10": "t10_city_gov_boldleads_sdt.docx",
    "t11": "t11_county_bureau_impossible_date.html",
    "t12": "t12_county_gov_2025_thematic.txt",
}


def read_src(key):
    with open(os.path.join(SRC, key + ".txt"), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- txt
def build_txt(key, out):
    text = read_src(key)
    if key == "t09":
        text = opencc.OpenCC("s2t").convert(text)
        # pinyin artefacts as left by some copy tools
        text = text.replace("統籌", "統(tǒng)籌", 1)
        text = text.replace("規則", "規(guī)則", 1)
        text = text.replace("調解", "調(tiáo)解", 1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- html
def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def build_html(key, out):
    lines = read_src(key).splitlines()
    title = next(l[4:] for l in lines if l.startswith("@h1 "))
    body = []
    i = 0
    while i < len(lines):
        l = lines[i]
        e = html.escape
        if not l.strip():
            i += 1
            continue
        if l.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            body.append('<table class="xxgk" border="1" cellspacing="0">')
            for r in rows:
                body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            body.append("</table>")
            continue
        if l.startswith("@table "):
            cap = l[7:]
            i += 1
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            body.append(f'<table class="content-table" border="1" cellspacing="0"><caption>{e(cap)}</caption>')
            body.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            body.append("</table>")
            continue
        tag, _, rest = l.partition(" ")
        if tag == "@nav":
            body.append(f'<div class="top-bar">{e(rest)}</div>')
        elif tag == "@crumb":
            body.append(f'<div class="breadcrumb">{e(rest)}</div>')
        elif tag == "@h1":
            body.append(f'<h1 class="article-title">{e(rest)}</h1>')
        elif tag == "@h2":
            body.append(f'<h2 style="text-align:center">{e(rest)}</h2>')
        elif tag == "@title":
            body.append(f'<p style="text-align:center"><strong>{e(rest)}</strong></p>')
        elif tag == "@right":
            body.append(f'<p style="text-align:right">{e(rest)}</p>')
        elif tag == "@small":
            body.append(f'<div class="foot-line"><small>{e(rest)}</small></div>')
        elif re.match(r"^[一二三四五六七八九十]+、", l):
            body.append(f'<p style="text-indent:2em"><strong>{e(l)}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em">{e(l)}</p>')
        i += 1
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n"
        "<style>body{font-family:SimSun,serif;width:1000px;margin:0 auto}"
        ".breadcrumb,.top-bar{font-size:12px;color:#555;padding:4px 0}"
        "table{border-collapse:collapse;margin:8px 0}td,th{padding:4px 8px}</style>\n"
        "</head>\n<body>\n<div class=\"wrapper\">\n"
        + "\n".join(body)
        + "\n</div>\n</body>\n</html>\n"
    )
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- docx
def add_cn_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return 77


def set_ppr(par, numid=None, outline=None):
    pPr = par._p.get_or_add_pPr()
    if numid is not None:
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'))
    if outline is not None:
        pPr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))


def cjk_font(run, name="仿宋_GB2312", size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._r.get_or_add_rPr()
    fonts = rPr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rPr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def build_docx(key, out):
    doc = Document()
    numid = None
    lines = read_src(key).splitlines()
    sdt_buf = None
    i = 0

    def emit(p):
        if sdt_buf is not None:
            sdt_buf.append(p)

    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        if l.strip() == "[[SDT":
            sdt_buf = []
            i += 1
            continue
        if l.strip() == "SDT]]":
            first = sdt_buf[0]._p
            sdt = parse_xml(
                f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="报告正文"/><w:tag w:val="part2"/>'
                '<w:id w:val="1234567"/></w:sdtPr><w:sdtContent/></w:sdt>'
            )
            first.addprevious(sdt)
            content = sdt.find(qn("w:sdtContent"))
            for p in sdt_buf:
                content.append(p._p)
            sdt_buf = None
            i += 1
            continue
        if l.startswith("@table "):
            cap = l[7:]
            cp = doc.add_paragraph()
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cjk_font(cp.add_run(cap), "黑体", 14)
            i += 1
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            continue
        tag, _, rest = l.partition(" ")
        p = doc.add_paragraph()
        if tag == "@title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cjk_font(p.add_run(rest), "方正小标宋简体", 22)
        elif tag == "@center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cjk_font(p.add_run(rest), "方正小标宋简体", 26)
        elif tag == "@right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cjk_font(p.add_run(rest))
        elif tag == "@small":
            cjk_font(p.add_run(rest), "宋体", 10)
        elif tag == "#N":
            if numid is None:
                numid = add_cn_numbering(doc)
            set_ppr(p, numid=numid, outline=0)
            cjk_font(p.add_run(rest), "黑体", 16)
        elif tag == "#H":
            set_ppr(p, outline=0)
            cjk_font(p.add_run(rest), "黑体", 16)
        elif l.startswith("**"):
            m = re.match(r"^\*\*(.+?)\*\*(.*)$", l)
            p.paragraph_format.first_line_indent = Pt(32)
            cjk_font(p.add_run(m.group(1)), "楷体_GB2312", 16, bold=True)
            cjk_font(p.add_run(m.group(2)))
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            cjk_font(p.add_run(l))
        emit(p)
        i += 1
    doc.core_properties.title = ""
    doc.core_properties.author = "user"
    doc.save(out)


def main():
    for key, name in FILES.items():
        out = os.path.join(HERE, name)
        ext = name.rsplit(".", 1)[1]
        {"txt": build_txt, "html": build_html, "docx": build_docx}[ext](key, out)
        print("wrote", name)


if __name__ == "__main__":
    main()
