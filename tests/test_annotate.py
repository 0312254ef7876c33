"""lawcheck annotate: an annotated copy of a Word draft with 批注 where work is needed."""
import hashlib
import os
import shutil
import subprocess
import zipfile

import pytest
from lxml import etree

from fixtures.docx_builders import REPORT, build_docx
from lawcheck.annotate import AUTHOR, annotate, default_output
from lawcheck.cli import main
from lawcheck.errors import InputError, UsageError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMMENT_MARKS = (W + "commentRangeStart", W + "commentRangeEnd")


def late_draft_text() -> str:
    """Report year 2023, no 存在的不足 section."""
    text = REPORT.replace("2024年", "2023年").replace("2025年推进", "2024年推进")
    return "\n".join(ln for ln in text.split("\n") if "不足" not in ln and "原因" not in ln)


@pytest.fixture
def late_draft(tmp_path):
    return build_docx(tmp_path / "草稿.docx", {"date": "2024年3月18日", "table": True, "image": True},
                      late_draft_text())


def sha(path) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def anchored_text(path) -> dict[int, str]:
    """comment id -> text of the paragraph its range starts in."""
    import docx

    d = docx.Document(path)
    out = {}
    for p in d.element.body.iter(W + "p"):
        for s in p.iter(W + "commentRangeStart"):
            out[int(s.get(W + "id"))] = "".join(t.text or "" for t in p.iter(W + "t"))
    return out


def comments(path) -> dict[int, tuple[str, str, str]]:
    import docx

    return {c.comment_id: (c.author, c.initials, c.text) for c in docx.Document(path).comments}


def by_rule(path, result, rule):
    """(comment text, anchored paragraph text) of the comment for ``rule``."""
    cs = comments(path)
    anchors = anchored_text(path)
    for cid, (_, _, text) in cs.items():
        if f"（{rule}）" in text.split("\n")[0]:
            return text, anchors[cid]
    raise AssertionError(f"no comment for {rule}: {[c.rule for c in result.comments]}")


# -- the "done when" scenario -------------------------------------------------------------------


def test_missing_section_and_late_date_get_anchored_comments(late_draft):
    before = sha(late_draft)
    res = annotate(late_draft)
    assert res.output == os.path.abspath(default_output(late_draft))
    assert res.output.endswith("草稿.审查意见.docx") and os.path.dirname(res.output) == os.path.dirname(late_draft)
    assert sha(late_draft) == before  # the original is never modified

    title = "示例县司法局2023年法治政府建设年度报告"
    text, anchor = by_rule(res.output, res, "content.shortcomings")
    assert anchor == title  # missing altogether: anchored at the title
    assert text.startswith("【缺失】上一年度推进法治政府建设存在的不足和原因（content.shortcomings）")
    assert "发现：报告中没有找到相关内容。" in text
    assert "应补充：" in text and "存在的不足和原因" in text
    assert "建议位置：在“一、2023年推进法治政府建设的主要举措和成效”部分之后单列一部分" in text
    assert "依据：《法治政府建设与责任落实督察工作规定》" in text

    text, anchor = by_rule(res.output, res, "timing.report_deadline")
    assert anchor == "2024年3月18日"  # at the date line
    assert "3月1日" in text and "2024-03-18" in text and "原文：“2024年3月18日”" in text
    assert text.startswith("【逾期】")

    rec = next(c for c in res.comments if c.rule == "content.shortcomings")
    assert rec.anchor == "title" and rec.verdict == "fail"
    rec = next(c for c in res.comments if c.rule == "timing.report_deadline")
    assert rec.anchor == "evidence"

    cs = comments(res.output)
    assert len(cs) == res.count == len(res.comments)
    assert {(a, i) for a, i, _ in cs.values()} == {(AUTHOR, "LC")}
    # Only warn/fail findings become comments, one each.
    wanted = sorted(f.rule for f in res.check.findings if f.verdict in ("warn", "fail"))
    assert sorted(c.rule for c in res.comments) == wanted


def test_body_finding_is_anchored_on_the_quoted_run(late_draft):
    res = annotate(late_draft)
    text, anchor = by_rule(res.output, res, "content.first_responsibility")
    assert anchor.startswith("（一）加强组织领导。局长主持召开")
    assert "原文：“局长主持召开党组会议专题研究法治建设4次" in text
    # The range covers the body run, not the run-in heading before it.
    import docx

    d = docx.Document(res.output)
    p = next(p for p in d.paragraphs if p.text.startswith("（一）加强组织领导"))
    kids = [el.tag for el in p._p]
    start = kids.index(W + "commentRangeStart")
    assert p._p[start + 1].find(f"{W}t").text.startswith("局长")


def test_layout_findings_are_anchored_at_the_quoted_paragraph(tmp_path):
    path = build_docx(tmp_path / "word.docx", {"base": "word_default"})
    res = annotate(path)
    text, anchor = by_rule(res.output, res, "layout.margins")
    assert anchor == "示例县司法局2024年法治政府建设年度报告"
    assert text.startswith("【版式不符合】")
    assert "应为：上 37，下 35，左 28，右 26 毫米" in text and "实际：上 25.4" in text
    assert "修改建议：" in text and "依据：《党政机关公文格式》（GB/T 9704—2012）" in text
    text, anchor = by_rule(res.output, res, "layout.body_font")
    assert anchor.startswith("2024年，示例县司法局")  # the first body paragraph that is off
    assert "实际：" in text and "11磅" in text
    text, anchor = by_rule(res.output, res, "layout.heading_fonts")
    assert anchor == "一、2024年推进法治政府建设的主要举措和成效"
    # A compliant draft gets no layout comments.
    good = build_docx(tmp_path / "good.docx")
    assert not [c for c in annotate(good).comments if c.rule.startswith("layout.")]


# -- the copy keeps the document --------------------------------------------------------------


def _strip_comment_marks(body):
    for el in list(body.iter(*COMMENT_MARKS)):
        el.getparent().remove(el)
    for ref in list(body.iter(W + "commentReference")):
        run = ref.getparent()
        run.getparent().remove(run)
    return body


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _c14n(data: bytes) -> bytes:
    return etree.tostring(etree.fromstring(data), method="c14n")


def test_copy_keeps_every_paragraph_run_style_table_and_image(late_draft):
    res = annotate(late_draft)
    orig, copy = _parts(late_draft), _parts(res.output)
    assert "word/comments.xml" in copy and "word/comments.xml" not in orig
    # Document body: identical once the comment marks are taken out.
    body_o = etree.fromstring(orig["word/document.xml"]).find(W + "body")
    body_c = _strip_comment_marks(etree.fromstring(copy["word/document.xml"]).find(W + "body"))
    assert etree.tostring(body_o, method="c14n") == etree.tostring(body_c, method="c14n")
    assert body_o.find(f".//{W}tbl") is not None and body_o.find(f".//{W}drawing") is not None
    # Every other part (styles, numbering, footer, theme, media ...) is unchanged.
    for name, data in orig.items():
        assert name in copy, name
        if name in ("word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"):
            continue
        if name.endswith((".xml", ".rels")):
            assert _c14n(copy[name]) == _c14n(data), name
        else:
            assert copy[name] == data, name
    # Relationships: the original ones, plus the comments part.
    rels = lambda b: {(r.get("Id"), r.get("Type"), r.get("Target")) for r in etree.fromstring(b)}  # noqa: E731
    extra = rels(copy["word/_rels/document.xml.rels"]) - rels(orig["word/_rels/document.xml.rels"])
    assert rels(orig["word/_rels/document.xml.rels"]) <= rels(copy["word/_rels/document.xml.rels"])
    assert [t.rsplit("/", 1)[-1] for _, t, _ in extra] == ["comments"]


def test_copy_reopens_with_python_docx(late_draft):
    import docx

    res = annotate(late_draft)
    o, c = docx.Document(late_draft), docx.Document(res.output)
    assert [p.text for p in o.paragraphs] == [p.text for p in c.paragraphs]
    assert [p.style.name for p in o.paragraphs] == [p.style.name for p in c.paragraphs]
    assert len(o.tables) == len(c.tables) == 1
    assert len(o.inline_shapes) == len(c.inline_shapes) == 1
    assert len(c.comments) == res.count > 0
    # And lawcheck reads the copy as it read the original.
    from lawcheck.api import outline

    assert outline(res.output).text == outline(late_draft).text


def test_existing_comments_are_kept(tmp_path):
    import docx

    path = build_docx(tmp_path / "d.docx")
    d = docx.Document(path)
    d.add_comment(d.paragraphs[1].runs[0], text="请核对数字", author="张三", initials="ZS")
    d.save(path)
    res = annotate(path)
    cs = comments(res.output)
    assert ("张三", "ZS", "请核对数字") in cs.values()
    assert len(cs) == res.count + 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_copy_converts_with_libreoffice(late_draft, tmp_path):
    res = annotate(late_draft)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", str(out), res.output],
                   check=True, capture_output=True, timeout=180)
    odt = out / (os.path.splitext(os.path.basename(res.output))[0] + ".odt")
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == res.count
    assert "lawcheck" in content


# -- fallbacks ---------------------------------------------------------------------------------


def test_paragraph_without_runs_falls_back_to_the_title(tmp_path):
    """The late date sits in a field (w:fldSimple): no run to anchor on, so the title takes it."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = build_docx(tmp_path / "d.docx", {"date": "2024年3月18日"}, late_draft_text())
    d = docx.Document(path)
    p = next(p for p in d.paragraphs if p.text == "2024年3月18日")
    for r in list(p._p.iterchildren(W + "r")):
        p._p.remove(r)
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" CREATEDATE \\@ &quot;yyyy年M月d日&quot; ">'
                          f"<w:r><w:t>2024年3月18日</w:t></w:r></w:fldSimple>"))
    d.save(path)
    res = annotate(path)
    rec = next(c for c in res.comments if c.rule == "timing.report_deadline")
    assert rec.anchor == "title"
    text, anchor = by_rule(res.output, res, "timing.report_deadline")
    assert anchor == "示例县司法局2023年法治政府建设年度报告" and "3月1日" in text


# -- files and the command line -----------------------------------------------------------------


def test_existing_output_needs_force(late_draft, capsys):
    out = default_output(late_draft)
    assert main(["annotate", late_draft]) in (0, 1)
    first = capsys.readouterr()
    assert "已生成审查副本" in first.out and "写入批注" in first.out and "原稿未改动" in first.out
    stamp = sha(out)
    assert main(["annotate", late_draft]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "已存在" in err and "--force" in err
    assert sha(out) == stamp
    with pytest.raises(UsageError):
        annotate(late_draft)
    # --force overwrites (the comment dates differ, so the bytes do too).
    with open(out, "wb") as fh:
        fh.write(b"stale")
    assert main(["annotate", late_draft, "--force"]) in (0, 1)
    assert zipfile.is_zipfile(out)
    leftovers = [n for n in os.listdir(os.path.dirname(out)) if n.startswith(".lawcheck-")]
    assert leftovers == []


def test_output_option_and_originals_unchanged(late_draft, tmp_path):
    before = sha(late_draft)
    target = tmp_path / "out" / "意见.docx"
    target.parent.mkdir()
    assert main(["annotate", late_draft, "-o", str(target)]) == 1  # a mandatory item is missing
    assert target.exists() and not os.path.exists(default_output(late_draft))
    assert sha(late_draft) == before


def test_missing_output_directory_is_one_line(late_draft, tmp_path, capsys):
    assert main(["annotate", late_draft, "-o", str(tmp_path / "no" / "such" / "x.docx")]) == 2
    err = capsys.readouterr().err
    assert "输出目录不存在" in err and err.count("\n") == 1


def test_output_cannot_be_the_draft(late_draft, capsys):
    before = sha(late_draft)
    assert main(["annotate", late_draft, "-o", late_draft, "--force"]) == 2
    assert "草稿本身" in capsys.readouterr().err
    assert sha(late_draft) == before


def test_non_docx_input_is_refused(tmp_path, capsys):
    txt = tmp_path / "r.txt"
    txt.write_text(REPORT, encoding="utf-8")
    with pytest.raises(InputError):
        annotate(txt)
    assert main(["annotate", str(txt)]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and err.count("\n") == 1
    assert main(["annotate", str(tmp_path / "nothing.docx")]) == 2
    assert "不存在" in capsys.readouterr().err


def test_broken_docx_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["annotate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_rules_option_limits_the_comments(late_draft, tmp_path):
    from lawcheck.rulebook import load_rulebook

    res = annotate(late_draft, output=tmp_path / "only-dcgd.docx", rules=load_rulebook(["dcgd"], defaults=False))
    assert {c.rule for c in res.comments} == {"content.shortcomings", "content.first_responsibility",
                                              "timing.report_deadline"}
    assert main(["annotate", late_draft, "-o", str(tmp_path / "layout-only.docx"), "--no-default-rules",
                 "--rules", "gbt9704"]) == 0


def test_compliant_draft_without_findings_gets_a_clean_copy(tmp_path, capsys):
    path = build_docx(tmp_path / "d.docx")
    assert main(["annotate", path, "--no-default-rules", "--rules", "gbt9704"]) == 0
    out = capsys.readouterr().out
    assert "没有发现需要批注的问题" in out
    import docx

    assert len(docx.Document(default_output(path)).comments) == 0


def test_python_api_accepts_pathlike_and_returns_records(late_draft, tmp_path):
    import pathlib

    res = annotate(pathlib.Path(late_draft), output=pathlib.Path(tmp_path / "x.docx"))
    assert res.output == str(tmp_path / "x.docx")
    for rec in res.comments:
        assert rec.text.split("\n")[0].endswith(f"（{rec.rule}）")
        assert rec.text.split("\n")[-1].startswith("依据：")
