# -*- coding: utf-8 -*-
"""Rebuild the 12 blind test documents of writer w35.
Run: /work/main/.venv/bin/python make.py   (needs python-docx and /usr/bin/soffice)"""
import copy, html, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
BUILD = "/tmp/w35build"
os.makedirs(BUILD, exist_ok=True)

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from texts_txt import T01, T02, T03, T04
from texts_doc import T05, T06, T07, T11, T12
from texts_html import T08, T09, T10


def out(name):
    return os.path.join(HERE, name)


def write_txt(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text)


def parse(markup):
    items = []
    for line in markup.strip("\n").split("\n"):
        if line in ("SDT{", "SDT}"):
            items.append((line, None))
            continue
        code, _, rest = line.partition("|")
        items.append((code, rest))
    return items


# ---------------------------------------------------------------- docx
def set_font(run, size=None, bold=None):
    run.font.name = "宋体"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def add_numbering(doc):
    """Add a chineseCounting '一、' abstractNum + num; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "90", "90"
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), abs_id)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    a.append(lvl)
    # abstractNums must precede nums
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), num_id)
    ai = OxmlElement("w:abstractNumId")
    ai.set(qn("w:val"), abs_id)
    n.append(ai)
    numbering.append(n)
    return num_id


def set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)


def set_outline(par, level):
    ppr = par._p.get_or_add_pPr()
    o = OxmlElement("w:outlineLvl")
    o.set(qn("w:val"), str(level))
    ppr.append(o)


def wrap_sdt(doc, paras):
    body = doc.element.body
    first = paras[0]._p
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "其他情况")
    pr.append(alias)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    first.addprevious(sdt)
    for p in paras:
        content.append(p._p)


def build_docx(markup, path, mode="plain"):
    """mode: 'autonum' (top headings numbered by Word), 'styles' (Heading 1/2), 'plain' (bold + outline level)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.get_or_add_rPr()
    num_id = add_numbering(doc) if mode == "autonum" else None
    sdt_start, sdt_paras, table_rows = None, [], []
    items = parse(markup)
    for code, text in items:
        if code == "TABLE":
            table_rows.append(text.split("|"))
            continue
        if table_rows:
            t = doc.add_table(rows=len(table_rows), cols=2)
            t.style = "Table Grid"
            for i, (k, v) in enumerate(table_rows):
                t.cell(i, 0).text = k
                t.cell(i, 1).text = v
            table_rows = []
        if code == "SDT{":
            sdt_start = True; sdt_paras = []; continue
        if code == "SDT}":
            wrap_sdt(doc, sdt_paras); sdt_start = None; continue
        if code == "T":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(text), 16, True)
        elif code == "C":
            p = doc.add_paragraph(); set_font(p.add_run(text), 10)
        elif code == "#":
            if mode == "styles":
                p = doc.add_heading(text, level=1)
            else:
                p = doc.add_paragraph()
                set_font(p.add_run(text), 12, True)
                set_outline(p, 0)
                if mode == "autonum":
                    set_num(p, num_id)
        elif code == "##":
            if mode == "styles":
                p = doc.add_heading(text, level=2)
            else:
                p = doc.add_paragraph(); set_font(p.add_run(text), 12, True); set_outline(p, 1)
        elif code == "B":
            lead, _, rest = text.partition("|")
            p = doc.add_paragraph()
            set_font(p.add_run(lead), 12, True)
            set_font(p.add_run(rest), 12, False)
        elif code == "S":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_font(p.add_run(text), 12)
        else:  # P
            p = doc.add_paragraph(); set_font(p.add_run(text), 12)
        if sdt_start:
            sdt_paras.append(p)
    doc.save(path)


def to_pdf(docx_path, name):
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/w35lo", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out(name))


# ---------------------------------------------------------------- html
def body_html(markup):
    parts = []
    for code, text in parse(markup):
        if code in ("SDT{", "SDT}"):
            continue
        e = html.escape(text)
        if code == "T":
            parts.append(f'<h2 class="art-title">{e}</h2>')
        elif code == "#":
            parts.append(f'<p style="text-indent:2em"><strong>{e}</strong></p>')
        elif code == "##":
            parts.append(f'<p style="text-indent:2em"><b>{e}</b></p>')
        elif code == "S":
            parts.append(f'<p style="text-align:right">{e}</p>')
        else:
            parts.append(f'<p style="text-indent:2em">{e}</p>')
    return "\n".join(parts)


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body{{font-family:SimSun,serif;}} .top{{background:#c00;color:#fff}} .info td{{border:1px solid #ccc;padding:2px 6px}}</style>
</head>
<body>
<div class="top"><span>{site}</span> <span class="clock">{clock}</span> <a href="#">无障碍</a> | <a href="#">简体</a> | <a href="#">繁体</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; {crumb}</div>
{info}
<div class="article">
{body}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="related"><p>相关链接：</p><ul>{related}</ul></div>
<div class="footer">主办单位：{site} 网站标识码：0000000000 示ICP备00000000号 公网安备00000000000000号</div>
</body>
</html>
"""


def write_html(name, markup, title, site, clock, crumb, info, related, lang="zh-CN"):
    rel = "".join(f"<li>{html.escape(r)}</li>" for r in related)
    page = PAGE.format(lang=lang, title=html.escape(title), site=html.escape(site), clock=html.escape(clock),
                       crumb=crumb, info=info, body=body_html(markup), related=rel)
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(page)


def info_table(rows):
    cells = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="info">{cells}</table>'


# ---------------------------------------------------------------- build
def main():
    write_txt("t01_thematic_rootcause_web.txt", T01)
    write_txt("t02_oneline_township_late.txt", T02)
    write_txt("t03_leader_declared_absent.txt", T03)
    write_txt("t04_no_measures_heading.txt", T04)

    build_docx(T05, out("t05_autonum_hidden_problems.docx"), mode="autonum")
    build_docx(T06, out("t06_joint_generic_leaders.docx"), mode="plain")
    build_docx(T07, out("t07_province_dept_no_problems.docx"), mode="styles")

    write_html("t08_county_wrong_plan_year.html", T08, "柘溪县人民政府2024年法治政府建设年度报告",
               "柘溪县人民政府", "今天是：2025年4月9日 星期三", "<a href=\"#\">法治政府建设</a>",
               info_table([("索引号", "000000000/2025-00417"), ("发布机构", "柘溪县人民政府"),
                           ("主题分类", "综合政务\\法治"), ("成文日期", "2025-02-25"),
                           ("发布日期", "2025-04-08"), ("文号", "")]),
               ["柘溪县2024年政府信息公开工作年度报告（2025-01-20）", "柘溪县人民政府2023年法治政府建设年度报告（2024-03-01）"])
    write_html("t09_township_traditional.html", T09, "楓坳鎮2025年法治政府建設年度報告",
               "楓坳鎮人民政府", "今天是：2026年2月21日 星期六", "<a href=\"#\">法治政府建設</a>",
               '<div class="meta">發佈時間：2026-02-20 16:05　來源：楓坳鎮黨政辦　瀏覽次數：87</div>',
               ["楓坳鎮2025年政府信息公開工作年度報告（2026-01-15）"], lang="zh-TW")
    write_html("t10_tax_split_title.html", T10, "国家税务总局霁川市税务局关于2024年法治政府建设工作情况的报告",
               "国家税务总局霁川市税务局", "今天是：2025年4月2日 星期三", "<a href=\"#\">法治税务</a>",
               '<div class="meta">发布时间：2025-03-31 10:12　信息来源：法制科</div>',
               ["霁川市税务局召开2025年法治税务建设工作会议（2025-03-18）"])

    p11 = os.path.join(BUILD, "t11_src.docx"); build_docx(T11, p11, mode="plain")
    to_pdf(p11, "t11_sibling_sentence_baddate.pdf")
    p12 = os.path.join(BUILD, "t12_src.docx"); build_docx(T12, p12, mode="plain")
    to_pdf(p12, "t12_province_gov_late_publish.pdf")


if __name__ == "__main__":
    main()
