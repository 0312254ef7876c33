"""Every format parses to the same tree as its plain-text twin; bad files get one clear line."""
import hashlib
import os
import subprocess
import sys
import zipfile

import pytest
from builders import write_bytes, write_docx, write_html, write_pdf, write_scanned_pdf

import lawcheck
from lawcheck.errors import InputError

TWIN = """示例庚县公安局2023年法治政府建设年度报告
2023年，我局认真落实法治政府建设各项任务，现将有关情况报告如下：
一、主要举措和成效
（一）强化组织领导。局党委全年专题研究法治工作4次，局长带头开展年终述法。
（二）规范执法行为。全面落实行政执法三项制度，全年审核行政案件312件。
1.加强案件审核。法制大队对全部刑事案件实行统一审核。
2.推进执法公开。通过政府网站公开执法信息86条。
二、存在的不足和原因
（一）执法队伍专业能力不足。主要原因是新警比例高，培训不够系统。
三、下一年度主要安排
（一）深化执法规范化建设。建成执法办案管理中心。
四、其他需要报告的情况
无。
示例庚县公安局
2024年2月18日
"""

TREE = [(1, "主要举措和成效"), (2, "强化组织领导"), (2, "规范执法行为"), (3, "加强案件审核"), (3, "推进执法公开"),
        (1, "存在的不足和原因"), (2, "执法队伍专业能力不足"), (1, "下一年度主要安排"), (2, "深化执法规范化建设"),
        (1, "其他需要报告的情况")]


def tree(doc):
    return [(s.level, s.title) for s in doc.walk()]


def metadata(doc):
    md = doc.metadata
    return (md.issuer, md.year, md.signed_date, md.document_type, md.title)


@pytest.fixture(scope="module")
def twin_txt(tmp_path_factory):
    p = tmp_path_factory.mktemp("twin") / "twin.txt"
    p.write_text(TWIN, encoding="utf-8")
    return str(p)


def test_plain_text_twin(twin_txt):
    doc = lawcheck.outline(twin_txt)
    assert tree(doc) == TREE
    assert metadata(doc) == ("示例庚县公安局", 2023, "2024-02-18", "annual_report",
                             "示例庚县公安局2023年法治政府建设年度报告")


def test_docx_heading_styles_without_typed_numbers(tmp_path, twin_txt):
    path = write_docx(str(tmp_path / "styled.docx"), TWIN, styles=True, strip_numbers=True)
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE
    assert metadata(doc) == metadata(lawcheck.outline(twin_txt))
    assert doc.format == "docx"
    assert all(s.number is None for s in doc.walk())  # nothing typed, nothing invented
    # Heading text in the extracted text has no number: the styles carry the level.
    assert "\n主要举措和成效\n" in doc.text


def test_docx_word_auto_numbering_renders_numbers(tmp_path):
    path = write_docx(str(tmp_path / "numbered.docx"), TWIN, styles=True, auto_number=True)
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE
    assert [s.number for s in doc.sections] == ["一", "二", "三", "四"]
    assert [c.number for c in doc.sections[0].children] == ["一", "二"]
    assert doc.sections[0].marker == "一、" and doc.sections[0].children[0].marker == "（一）"
    assert doc.sections[1].children[0].number == "一"  # restarts under each level-1 heading
    assert doc.sections[0].path == ("一、主要举措和成效",)


def test_docx_typed_numbers_without_styles(tmp_path, twin_txt):
    path = write_docx(str(tmp_path / "typed.docx"), TWIN, styles=False)
    assert tree(lawcheck.outline(path)) == TREE


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_text_encodings(tmp_path, encoding):
    path = write_bytes(str(tmp_path / f"r-{encoding}.txt"), TWIN, encoding)
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE
    assert doc.text == TWIN
    assert doc.encoding in {"gbk": ("gb18030",), "gb18030": ("gb18030",), "utf-8-sig": ("utf-8",),
                            "utf-16": ("utf-16",)}[encoding]


def test_crlf_line_endings(tmp_path):
    path = write_bytes(str(tmp_path / "crlf.txt"), TWIN.replace("\n", "\r\n"), "gbk")
    assert tree(lawcheck.outline(path)) == TREE


def test_html_page_with_chrome(tmp_path, twin_txt):
    path = write_html(str(tmp_path / "page.html"), TWIN, published="2024-03-20 10:15", source="示例庚县司法局")
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE
    md = doc.metadata
    assert md.published_date == "2024-03-20"
    assert md.source == "示例庚县司法局"
    assert (md.issuer, md.year, md.signed_date) == ("示例庚县公安局", 2023, "2024-02-18")
    for chrome in ("首页", "打印本页", "关闭窗口", "浏览次数", "相关链接", "版权所有", "setFont", "字号"):
        assert chrome not in doc.text
    assert doc.text.count("示例庚县公安局2023年法治政府建设年度报告") == 1  # page title + h1 kept once


def test_html_gbk_page(tmp_path):
    path = write_html(str(tmp_path / "gbk.html"), TWIN, encoding="gbk")
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE and doc.encoding == "gb18030"


def test_traditional_text_matches_and_quotes_stay_original(tmp_path):
    from lawcheck.normalize import normalize

    trad = (TWIN.replace("强化组织领导", "強化組織領導").replace("存在的不足和原因", "存在的不足和原因")
            .replace("主要举措和成效", "主要舉措和成效").replace("下一年度主要安排", "下一年度主要安排")
            .replace("统一", "統(tǒng)一"))
    path = tmp_path / "trad.txt"
    path.write_text(trad, encoding="utf-8")
    doc = lawcheck.outline(path)
    assert [t for _, t in tree(doc)][:2] == ["主要舉措和成效", "強化組織領導"]  # titles as written
    assert [lv for lv, _ in tree(doc)] == [lv for lv, _ in TREE]
    norm = normalize(doc.text)
    i = norm.text.index("统一审核")  # pinyin artefact removed in the matching copy
    s, e = norm.orig_span(i, i + 4)
    assert doc.text[s:e] == "統(tǒng)一审核"


def test_pdf_with_text_layer(tmp_path, twin_txt):
    path = write_pdf(str(tmp_path / "r.pdf"), TWIN)
    doc = lawcheck.outline(path)
    assert tree(doc) == TREE
    assert metadata(doc) == metadata(lawcheck.outline(twin_txt))
    assert "- 1 -" not in doc.text  # page numbers dropped
    # Wrapped lines are re-joined into paragraphs.
    assert "局党委全年专题研究法治工作4次，局长带头开展年终述法。" in doc.text


def test_markdown_headings(tmp_path):
    md = "# 示例县2023年法治政府建设年度报告\n\n## 主要举措和成效\n\n### 加强领导\n\n正文。\n\n## 存在的不足和原因\n\n正文。\n"
    p = tmp_path / "r.md"
    p.write_text(md, encoding="utf-8")
    doc = lawcheck.outline(p)
    assert tree(doc) == [(1, "主要举措和成效"), (2, "加强领导"), (1, "存在的不足和原因")]
    assert doc.metadata.title == "示例县2023年法治政府建设年度报告"


# -- bad input ------------------------------------------------------------------------

def _bad(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def _encrypted_docx(tmp_path):
    # Word saves password-protected .docx as an OLE compound file.
    return _bad(tmp_path, "locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)


def _corrupt_docx(tmp_path):
    p = tmp_path / "broken.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return str(p)


BAD_CASES = {
    "missing": (lambda t: str(t / "nope.txt"), "文件不存在"),
    "empty": (lambda t: _bad(t, "empty.txt", b"  \n"), "文件为空"),
    "binary": (lambda t: _bad(t, "blob.txt", bytes(range(256)) * 8), "二进制"),
    "undecodable": (lambda t: _bad(t, "latin.txt", "Ceci n'est pas un rapport. ".encode("latin-1") * 3 + b"\xe9\xe8\xff\xfe\x81" * 40), "编码"),
    "truncated_docx": (lambda t: _bad(t, "trunc.docx", b"PK\x03\x04" + b"\x00" * 50), "不是有效的 .docx"),
    "corrupt_docx": (_corrupt_docx, "不是有效的 .docx"),
    "encrypted_docx": (_encrypted_docx, "已加密"),
    "legacy_doc": (lambda t: _bad(t, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), ".doc"),
    "not_a_pdf": (lambda t: _bad(t, "fake.pdf", "这不是 PDF".encode()), "PDF"),
    "scanned_pdf": (lambda t: write_scanned_pdf(str(t / "scan.pdf")), "OCR"),
    "broken_pdf": (lambda t: _bad(t, "cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n"), "PDF"),
    "directory": (lambda t: str(t), "文件夹"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_input_is_one_line_exit_2_and_untouched(tmp_path, case):
    make, words = BAD_CASES[case]
    path = make(tmp_path)
    before = _digest(path)
    with pytest.raises(InputError) as err:
        lawcheck.outline(path)
    assert words in err.value.line()
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "outline", path], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert path in lines[0] and words in lines[0]
    assert _digest(path) == before


def _digest(path):
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def test_check_batch_goes_on_after_a_bad_file(tmp_path, twin_txt):
    bad = _bad(tmp_path, "empty.txt", b"")
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", bad, twin_txt, "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 1  # issue 11: a file not read makes 1 (2 only when nothing was readable)
    import json

    out = json.loads(proc.stdout)["reports"]
    assert [o["file"] for o in out] == [twin_txt, bad]
    assert "findings" in out[0] and out[1]["error"]["reason"] == "文件为空"
    assert proc.stderr.count("\n") == 1


def test_output_file_is_not_half_written(tmp_path, twin_txt):
    target = tmp_path / "missing-dir" / "out.json"
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "outline", twin_txt, "-o", str(target)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "输出目录不存在" in proc.stderr
    assert not target.exists()


def test_zip_bomb_docx_is_refused(tmp_path, monkeypatch):
    import lawcheck.read as read

    path = write_docx(str(tmp_path / "big.docx"), TWIN)
    monkeypatch.setattr(read, "MAX_UNZIPPED", 10_000)  # the real limit is 256 MB; the check is the same
    with pytest.raises(InputError, match="解压后异常巨大"):
        lawcheck.outline(path)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    import lawcheck.read as read

    p = tmp_path / "huge.txt"
    p.write_text(TWIN * 20, encoding="utf-8")
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="文件过大"):
        lawcheck.outline(p)


def test_check_accepts_a_folder(tmp_path, twin_txt):
    import json
    import shutil

    shutil.copy(twin_txt, tmp_path / "a.txt")
    write_docx(str(tmp_path / "b.docx"), TWIN)
    (tmp_path / "README.md").write_text("# 说明\n", encoding="utf-8")  # not a report: listed as ignored
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(tmp_path), "--format", "json"],
                          capture_output=True, text=True)
    out = json.loads(proc.stdout)["reports"]
    assert [os.path.basename(o["file"]) for o in out] == ["a.txt", "b.docx", "README.md"] and "ignored" in out[2]
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(empty)], capture_output=True, text=True)
    assert proc.returncode == 2 and "没有找到报告文件" in proc.stderr


# -- .docx: contracts and hostile files ------------------------------------------------------------

def test_docx_source_is_kept_for_later_stages_but_not_serialised(tmp_path):
    path = write_docx(str(tmp_path / "src.docx"), TWIN)
    from lawcheck.read import read

    raw = read(path)
    assert type(raw.source).__name__ == "Document" and len(raw.source.paragraphs) >= len(raw.paragraphs)
    doc = lawcheck.outline(path)
    assert doc.source is not None and "source" not in doc.to_dict()
    import pickle  # batch workers send results to the parent: the lxml tree must not travel

    copy = pickle.loads(pickle.dumps(doc))
    assert copy.source is None and copy.to_dict() == doc.to_dict()
    assert lawcheck.outline(tmp_path / "src.docx").metadata.to_dict()["unreadable"] == {}


_BAD_LEVELS = (
    '<w:lvl w:ilvl="x"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="12"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="0"><w:start w:val="abc"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="-2"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）%0%9"/></w:lvl>'
)


def test_hostile_numbering_and_outline_levels_are_ignored_not_fatal(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from fixtures.families.docx_family import auto_numbered, build

    path = build(str(tmp_path / "bad.docx"), auto_numbered(TWIN), numbering_xml=_BAD_LEVELS)
    d = docx.Document(path)
    odd = d.add_paragraph("（三）严格执法监督。全年开展执法检查12次。")
    odd._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="q"/><w:numId w:val="77"/></w:numPr>'))
    deep = d.add_paragraph("补充说明。")
    deep._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="q"/>'))
    d.styles["Heading 1"].element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="-1"/>'))
    d.save(path)
    doc = lawcheck.outline(path)
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、", "四、"]  # level 0 still renders (start=abc -> 1)
    assert [c.title for c in doc.sections[0].children] == ["强化组织领导", "规范执法行为"]


def test_docx_block_and_run_content_controls_are_read(tmp_path):
    from fixtures.families.docx_family import build

    lines = TWIN.splitlines()
    lines = [lines[0], "@sdt " + lines[1], "@sdtrun 一、主要|举措和|成效"] + ["@sdt " + ln for ln in lines[3:] if ln]
    doc = lawcheck.outline(build(str(tmp_path / "sdt.docx"), lines))
    assert tree(doc) == TREE
    assert "现将有关情况报告如下" in doc.text
    # Wrapped paragraphs are not python-docx body paragraphs: no index that writers would misuse.
    assert [p.source_index for p in doc.paragraphs[:4]] == [0, None, 1, None]


def test_word_list_restarts_with_start_override(tmp_path):
    """Agency templates number （一） with its own list and restart it under each 一、 (w:startOverride)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    root = d.part.numbering_part.element
    for aid, text, fmt in (("81", "%1、", "chineseCounting"), ("82", "（%1）", "chineseCounting")):
        root.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:lvl w:ilvl="0">'
                                 f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                                 "</w:lvl></w:abstractNum>"))
    for nid, aid, restart in (("81", "81", ""), ("82", "82", ""),
                              ("83", "82", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')):
        root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{restart}</w:num>'))
    for nid, text in (("81", "主要举措和成效"), ("82", "强化组织领导。局党委专题研究法治工作6次。"),
                      ("82", "规范执法行为。全年审核行政案件428件。"), ("81", "存在的不足和原因"),
                      ("83", "执法队伍专业能力不足。主要原因是培训不够。")):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
    d.save(str(tmp_path / "restart.docx"))
    doc = lawcheck.outline(tmp_path / "restart.docx")
    assert [(s.marker, [c.marker for c in s.children]) for s in doc.sections] == [
        ("一、", ["（一）", "（二）"]), ("二、", ["（一）"])]
