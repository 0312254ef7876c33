#!/usr/bin/env python3
"""Rebuild the 12 blind-test documents of writer w20.
Run with /work/main/.venv/bin/python make.py  (needs python-docx and soffice for the PDFs)."""
import copy, os, shutil, subprocess, tempfile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

from docs_content import DOCS  # noqa: E402  (content lives in docs_content.py)

# ---------------------------------------------------------------- helpers
def plain_lines(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'table':
            for row in it[1]:
                out.append('  '.join(row))
        elif k == 'lead':
            out.append(it[1] + it[2])
        elif k in ('h1auto',):
            out.append(it[2] + it[1])
        elif k == 'sdt':
            out.extend(plain_lines(it[1]))
        else:
            out.append(it[1])
    return out


def write_txt(name, spec):
    lines = plain_lines(spec['items'])
    if spec.get('oneline'):
        n = spec.get('head_n', 0)
        head = lines[:n]
        body = ''.join(lines[n:])
        text = '\n'.join(head + [body]) + '\n'
    else:
        text = '\n'.join(lines) + '\n'
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        f.write(text)


def _set_font(run, size=None, bold=None):
    run.font.name = '仿宋'
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts'); rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), '仿宋')
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold


def _outline(par, lvl):
    ppr = par._p.get_or_add_pPr()
    o = OxmlElement('w:outlineLvl'); o.set(qn('w:val'), str(lvl)); ppr.append(o)


def _add_numbering(doc):
    """Add an abstractNum with chinese counting '%1、' / '（%2）' and return its numId."""
    numbering = doc.part.numbering_part.element
    absid = '90'
    an = OxmlElement('w:abstractNum'); an.set(qn('w:abstractNumId'), absid)
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'multilevel'); an.append(mlt)
    for ilvl, fmt, txt in ((0, 'chineseCounting', '%1、'), (1, 'chineseCounting', '（%2）')):
        lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), str(ilvl))
        s = OxmlElement('w:start'); s.set(qn('w:val'), '1'); lvl.append(s)
        nf = OxmlElement('w:numFmt'); nf.set(qn('w:val'), fmt); lvl.append(nf)
        lt = OxmlElement('w:lvlText'); lt.set(qn('w:val'), txt); lvl.append(lt)
        sf = OxmlElement('w:suff'); sf.set(qn('w:val'), 'nothing'); lvl.append(sf)
        an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement('w:num'); num.set(qn('w:numId'), '90')
    a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), absid); num.append(a)
    numbering.append(num)
    return '90'


def _numpr(par, numid, ilvl):
    ppr = par._p.get_or_add_pPr()
    np_ = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl)); np_.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), numid); np_.append(ni)
    ppr.append(np_)


def _wrap_sdt(doc, pars, tag):
    """Move the given consecutive paragraphs into a block-level content control."""
    body = doc.element.body
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    t = OxmlElement('w:tag'); t.set(qn('w:val'), tag); pr.append(t)
    al = OxmlElement('w:alias'); al.set(qn('w:val'), tag); pr.append(al)
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    sdt.append(content)
    pars[0]._p.addprevious(sdt)
    for p in pars:
        content.append(p._p)


def build_docx(items, path, autonum=False):
    doc = Document()
    st = doc.styles['Normal']; st.font.size = Pt(14)
    numid = _add_numbering(doc) if autonum else None

    def emit(it):
        k = it[0]
        if k == 'table':
            rows = it[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = cell
            return []
        if k == 'sdt':
            pars = []
            for sub in it[1]:
                pars += emit(sub)
            _wrap_sdt(doc, pars, it[2])
            return []
        p = doc.add_paragraph()
        if k == 'title':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(it[1]), 20, True)
        elif k == 'cover':
            _set_font(p.add_run(it[1]), 12)
        elif k == 'sign':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(it[1]))
        elif k == 'h1':
            _set_font(p.add_run(it[1]), 16, True); _outline(p, 0)
        elif k == 'h1auto':
            _set_font(p.add_run(it[1]), 16, True); _numpr(p, numid, 0); _outline(p, 0)
        elif k == 'h2':
            _set_font(p.add_run(it[1]), None, True); _outline(p, 1)
        elif k == 'h3':
            _set_font(p.add_run(it[1]))
        elif k == 'lead':
            _set_font(p.add_run(it[1]), None, True)
            _set_font(p.add_run(it[2]))
        else:
            p.paragraph_format.first_line_indent = Pt(28)
            _set_font(p.add_run(it[1]))
        return [p]

    for it in items:
        emit(it)
    doc.save(path)


def write_pdf(name, spec):
    tmp = tempfile.mkdtemp(prefix='w20_')
    src = os.path.join(tmp, os.path.splitext(name)[0] + '.docx')
    build_docx(spec['items'], src, spec.get('autonum', False))
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_w20',
                    '--convert-to', 'pdf', '--outdir', tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, os.path.splitext(name)[0] + '.pdf'), os.path.join(HERE, name))
    shutil.rmtree(tmp)


def html_body(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'table':
            out.append('<table class="grid">' + ''.join(
                '<tr>' + ''.join(f'<td>{c}</td>' for c in row) + '</tr>' for row in it[1]) + '</table>')
        elif k == 'title':
            out.append(f'<h1 class="art-title">{it[1]}</h1>')
        elif k == 'sign':
            out.append(f'<p style="text-align:right">{it[1]}</p>')
        elif k == 'h1':
            out.append(f'<p style="text-indent:2em"><strong>{it[1]}</strong></p>')
        elif k == 'h2':
            out.append(f'<p style="text-indent:2em"><b>{it[1]}</b></p>')
        elif k == 'lead':
            out.append(f'<p style="text-indent:2em"><b>{it[1]}</b>{it[2]}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{it[1]}</p>')
    return '\n'.join(out)


def write_html(name, spec):
    page = spec['page'].replace('{{BODY}}', html_body(spec['items']))
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        f.write(page)


def main():
    for name, spec in DOCS:
        ext = name.rsplit('.', 1)[1]
        if ext == 'txt':
            write_txt(name, spec)
        elif ext == 'docx':
            build_docx(spec['items'], os.path.join(HERE, name), spec.get('autonum', False))
        elif ext == 'pdf':
            write_pdf(name, spec)
        elif ext == 'html':
            write_html(name, spec)
        print('wrote', name)


if __name__ == '__main__':
    main()
