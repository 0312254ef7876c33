# -*- coding: utf-8 -*-
"""Generator for blind5/w29 test documents.  Run with the project venv python:
    /work/main/.venv/bin/python make.py
All issuers, places and people are fictional."""
import copy
import html as H
import os
import re
import shutil
import subprocess

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/w29build"
os.makedirs(TMP, exist_ok=True)

# Block kinds:
#  ('line', text)           plain line (furniture / title / addressee / signature)
#  ('title', text)          document title
#  ('h1', text)             top-level heading line
#  ('h2', text)             second-level heading on its own line
#  ('p', text)              body paragraph
#  ('runin', head, body)    second-level heading run into its paragraph
#  ('bold', head, body)     bold lead (second level)
#  ('n1', text) / ('n2', text)  auto-numbered headings (docx numbering.xml)
#  ('table', rows)
#  ('sdt_start',) / ('sdt_end',)  docx content-control wrapper


def plain_lines(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("line", "title", "h1", "h2", "p", "n1", "n2"):
            out.append(b[1])
        elif k in ("runin", "bold"):
            out.append(b[1] + b[2])
        elif k == "table":
            for r in b[1]:
                out.append("\t".join(r))
    return out


def write_txt(name, blocks, oneline=False, sep=""):
    lines = plain_lines(blocks)
    text = sep.join(lines) if oneline else "\n".join(lines) + "\n"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


def write_html(name, page_title, head_furniture, blocks, foot_furniture, lang="zh-CN"):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append('<h1 class="art-title">%s</h1>' % H.escape(b[1]))
        elif k == "line":
            body.append("<p>%s</p>" % H.escape(b[1]))
        elif k == "h1":
            body.append('<p style="text-indent:2em"><strong>%s</strong></p>' % H.escape(b[1]))
        elif k == "h2":
            body.append('<p style="text-indent:2em"><b>%s</b></p>' % H.escape(b[1]))
        elif k == "p":
            body.append('<p style="text-indent:2em">%s</p>' % H.escape(b[1]))
        elif k == "runin":
            body.append('<p style="text-indent:2em">%s%s</p>' % (H.escape(b[1]), H.escape(b[2])))
        elif k == "bold":
            body.append('<p style="text-indent:2em"><strong>%s</strong>%s</p>' % (H.escape(b[1]), H.escape(b[2])))
        elif k == "raw":
            body.append(b[1])
    page = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>body{font-family:SimSun,serif;margin:0}.top{background:#b30000;color:#fff;padding:6px}.crumb{font-size:12px;margin:8px}.art{width:900px;margin:0 auto}.art-title{text-align:center;font-size:22px}.meta td{border:1px solid #ccc;padding:3px 8px;font-size:12px}.foot{background:#eee;font-size:12px;text-align:center;padding:10px}</style>
</head>
<body>
%s
<div class="art">
%s
</div>
%s
</body>
</html>
""" % (lang, H.escape(page_title), head_furniture, "\n".join(body), foot_furniture)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(page)


def _set_font(run, size=16, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), "仿宋")


def _add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    for ilvl, fmt, txt in ((0, "chineseCounting", "%1、"), (1, "chineseCounting", "（%2）")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
        if ilvl == 1:
            rs = OxmlElement("w:lvlRestart"); rs.set(qn("w:val"), "1"); lvl.append(rs)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), txt); lvl.append(lt)
        jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90"); num.append(an)
    numbering.append(num)


def _numpr(par, ilvl):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "90"); numpr.append(ni)
    ppr.append(numpr)
    ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), str(ilvl)); ppr.append(ol)


def build_docx(path, blocks):
    doc = Document()
    if any(b[0] in ("n1", "n2") for b in blocks):
        _add_numbering(doc)
    body = doc.element.body
    sdt_stack = []
    for b in blocks:
        k = b[0]
        if k == "sdt_start":
            sdt = OxmlElement("w:sdt")
            pr = OxmlElement("w:sdtPr")
            al = OxmlElement("w:alias"); al.set(qn("w:val"), b[1] if len(b) > 1 else "正文"); pr.append(al)
            sdt.append(pr)
            content = OxmlElement("w:sdtContent")
            sdt.append(content)
            sdt_stack.append((sdt, content, len(body)))
            continue
        if k == "sdt_end":
            sdt, content, start = sdt_stack.pop()
            # move paragraphs added since start into the sdt
            children = list(body)[start:]
            children = [c for c in children if c.tag != qn("w:sectPr")]
            for c in children:
                content.append(c)
            sect = body.find(qn("w:sectPr"))
            if sect is not None:
                sect.addprevious(sdt)
            else:
                body.append(sdt)
            continue
        if k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            continue
        par = doc.add_paragraph()
        if k == "title":
            par.alignment = 1
            _set_font(par.add_run(b[1]), 22, True)
        elif k == "line":
            _set_font(par.add_run(b[1]))
        elif k == "h1":
            _set_font(par.add_run(b[1]), 16, True)
            par.paragraph_format.first_line_indent = Pt(32)
        elif k == "h2":
            _set_font(par.add_run(b[1]), 16, True)
            par.paragraph_format.first_line_indent = Pt(32)
        elif k == "p":
            _set_font(par.add_run(b[1]))
            par.paragraph_format.first_line_indent = Pt(32)
        elif k == "runin":
            _set_font(par.add_run(b[1]), 16, True)
            _set_font(par.add_run(b[2]))
            par.paragraph_format.first_line_indent = Pt(32)
        elif k == "bold":
            _set_font(par.add_run(b[1]), 16, True)
            _set_font(par.add_run(b[2]))
            par.paragraph_format.first_line_indent = Pt(32)
        elif k == "n1":
            _numpr(par, 0)
            _set_font(par.add_run(b[1]), 16, True)
        elif k == "n2":
            _numpr(par, 1)
            _set_font(par.add_run(b[1]), 16, True)
    doc.save(path)


def write_docx(name, blocks):
    build_docx(os.path.join(OUT, name), blocks)


def write_pdf(name, blocks):
    stem = os.path.splitext(name)[0]
    src = os.path.join(TMP, stem + ".docx")
    build_docx(src, blocks)
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/w29lo", "--headless",
                    "--convert-to", "pdf", "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(TMP, stem + ".pdf"), os.path.join(OUT, name))


def hanzi(blocks):
    return len(re.findall(r"[\u4e00-\u9fff]", "".join(plain_lines(blocks))))


from docs_w29 import DOCS  # noqa: E402  (document texts live in docs_w29.py)

if __name__ == "__main__":
    for d in DOCS:
        kind = d["fmt"]
        if kind == "txt":
            write_txt(d["file"], d["blocks"], d.get("oneline", False), d.get("sep", ""))
        elif kind == "html":
            write_html(d["file"], d["page_title"], d["head"], d["blocks"], d["foot"], d.get("lang", "zh-CN"))
        elif kind == "docx":
            write_docx(d["file"], d["blocks"])
        elif kind == "pdf":
            write_pdf(d["file"], d["blocks"])
        n2 = sum(1 for b in d["blocks"] if b[0] in ("h2", "runin", "bold", "n2"))
        print(d["file"], "hanzi=%d" % hanzi(d["blocks"]), "level2=%d" % n2)
