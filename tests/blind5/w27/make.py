# -*- coding: utf-8 -*-
"""Generator for blind5/w27 test documents. Run: .venv/bin/python make.py
Builds .docx in /tmp/w27build, converts to PDF with LibreOffice, writes .txt copies of PDF text."""
import os, subprocess, shutil, textwrap
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/w27build'
os.makedirs(TMP, exist_ok=True)
from docs import DOCS  # content lives in docs.py

SONG, HEI, KAI = 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'Noto Serif CJK SC'

def font(run, name=SONG, size=15, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    rf.set(qn('w:eastAsia'), name); rf.set(qn('w:ascii'), name); rf.set(qn('w:hAnsi'), name)
    if color: run.font.color.rgb = RGBColor(*color)

def para(doc_or_cell, text='', align=None, name=SONG, size=15, bold=False, color=None, indent=True, space=6):
    p = doc_or_cell.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ('c', 'r'):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p

def field(p, code, size=11, name=SONG):
    r = p.add_run(); font(r, name, size)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._element.append(b)
    r2 = p.add_run(); font(r2, name, size)
    t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = code; r2._element.append(t)
    r3 = p.add_run(); font(r3, name, size)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r3._element.append(e)

def bottom_border(p, color='FF0000', sz='18'):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
    b.set(qn('w:val'), 'single'); b.set(qn('w:sz'), sz); b.set(qn('w:space'), '1'); b.set(qn('w:color'), color)
    bdr.append(b); ppr.append(bdr)

def shade(cell, fill='D9D9D9'):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcpr.append(s)

def hf_text(p, parts, size=10.5):
    for kind, val in parts:
        if kind == 't':
            font(p.add_run(val), SONG, size)
        else:
            field(p, val, size)

def build_docx(d):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    style = doc.styles['Normal']; style.font.name = SONG; style.font.size = Pt(15)
    style.element.rPr.rFonts.set(qn('w:eastAsia'), SONG)
    lay = d['layout']
    if lay.get('first_page_plain'):
        sec.different_first_page_header_footer = True
    if lay.get('header'):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if lay.get('header_align', 'c') == 'c' else WD_ALIGN_PARAGRAPH.LEFT
        hf_text(hp, lay['header']); bottom_border(hp, '000000', '6')
    if lay.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hf_text(fp, lay['footer'])
    first = True
    for item in d['body']:
        k = item[0]
        if k == 'redhead':
            p = para(doc, item[1], 'c', SONG, 30, True, (0xE0, 0, 0), space=12)
            p2 = para(doc, item[2], 'c' if len(item) < 4 else None, SONG, 15, indent=False)
            if len(item) > 3:
                p2.runs[0].text = item[2] + '\u3000' * 6 + '签发人：' + item[3]
            bottom_border(p2)
        elif k == 'cover':
            for ln, sz, bold in item[1]:
                para(doc, ln, 'c', HEI if bold else SONG, sz, bold, space=18)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'title':
            for ln in item[1:]:
                para(doc, ln, 'c', SONG, 21, True, space=2)
            para(doc, '', indent=False)
        elif k == 'meta':
            for ln in item[1]:
                para(doc, ln, None, SONG, 10.5, indent=False, space=0)
            para(doc, '', indent=False)
        elif k == 'addr':
            para(doc, item[1], None, SONG, 15, indent=False)
        elif k == 'h1':
            para(doc, item[1], None, HEI, 15, False)
        elif k == 'h1b':
            para(doc, item[1], 'c' if len(item) > 2 else None, HEI, 15, True)
        elif k == 'h2':
            para(doc, item[1], None, KAI, 15, True)
        elif k == 'h3':
            para(doc, item[1], None, SONG, 15, True)
        elif k == 'run':  # run-in heading: lead + body in one paragraph
            p = para(doc, '', None)
            font(p.add_run(item[1]), KAI if not item[3:] else SONG, 15, bool(item[3:] and item[3]))
            font(p.add_run(item[2]), SONG, 15)
        elif k == 'p':
            para(doc, item[1])
        elif k == 'pl':  # left, no indent
            para(doc, item[1], None, indent=False)
        elif k == 'cellhead':
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            c = t.rows[0].cells[0]; shade(c)
            c.paragraphs[0].text = ''
            font(c.paragraphs[0].add_run(item[1]), HEI, 15, True)
            para(doc, '', indent=False, space=0)
        elif k == 'table':
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.paragraphs[0].text = ''
                    font(c.paragraphs[0].add_run(v), HEI if i == 0 else SONG, 11, i == 0)
                    if i == 0: shade(c, 'EEEEEE')
            para(doc, '', indent=False, space=0)
        elif k == 'sign':
            para(doc, '', indent=False)
            for ln in item[1]:
                p = para(doc, ln, 'r', SONG, 15, space=0)
                p.paragraph_format.right_indent = Cm(1.5)
        elif k == 'cc':
            para(doc, '', indent=False); para(doc, '', indent=False)
            for ln in item[1]:
                p = para(doc, ln, None, SONG, 13, indent=False, space=0)
                bottom_border(p, '000000', '6')
        elif k == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'small':
            para(doc, item[1], 'c' if len(item) > 2 else None, SONG, 10.5, indent=False, space=0)
        else:
            raise ValueError(k)
    return doc

def to_pdf(docx_path):
    subprocess.run(['/usr/bin/soffice', '-env:UserInstallation=file:///tmp/w27lo', '--headless',
                    '--convert-to', 'pdf', '--outdir', TMP, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path[:-5] + '.pdf'

# ---------- txt copies of PDF text ----------
def wrap(s, w):
    out = []
    while len(s) > w:
        out.append(s[:w]); s = s[w:]
    out.append(s)
    return out

def render_txt(d):
    lay = d['layout']; W = lay.get('width', 30); H = lay.get('lines', 26)
    lines = []
    for item in d['body']:
        k = item[0]
        if k == 'title':
            lines += [''] + list(item[1:]) + ['']
        elif k in ('addr', 'h1', 'h1b', 'h2', 'h3', 'pl', 'small'):
            lines += wrap(item[1], W)
        elif k == 'run':
            lines += wrap('\u3000\u3000' + item[1] + item[2], W)
        elif k == 'p':
            lines += wrap('\u3000\u3000' + item[1], W)
        elif k == 'sign':
            lines += [''] + ['\u3000' * 12 + ln for ln in item[1]]
        elif k == 'table':
            for row in item[1]:
                lines.append(' '.join(row))
        elif k == 'pb':
            lines.append('\f')
        else:
            raise ValueError(k)
    pages, cur = [], []
    for ln in lines:
        if ln == '\f':
            pages.append(cur); cur = []; continue
        cur.append(ln)
        if len(cur) >= H:
            pages.append(cur); cur = []
    if cur: pages.append(cur)
    n = len(pages); out = []
    for i, pg in enumerate(pages, 1):
        if lay.get('txt_header') and not (i == 1 and lay.get('txt_header_skip_first')):
            out.append(lay['txt_header']); out.append('')
        out += pg
        out.append('')
        out.append(lay['txt_footer'].format(i=i, n=n))
        out.append('')
    pre = lay.get('txt_pre', [])
    post = lay.get('txt_post', [])
    return '\n'.join(pre + out + post) + '\n'

def main():
    for d in DOCS:
        name = d['file']
        if name.endswith('.pdf'):
            base = name[:-4]
            dp = os.path.join(TMP, base + '.docx')
            build_docx(d).save(dp)
            pdf = to_pdf(dp)
            shutil.copy(pdf, os.path.join(OUT, name))
        else:
            with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
                f.write(render_txt(d))
        print('built', name)

if __name__ == '__main__':
    main()
