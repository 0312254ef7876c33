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
    """(comment text, anchored paragraph text) of the comment that speaks for ``rule``."""
    rec = next((c for c in result.comments if rule in c.rules and c.rule != "summary"), None)
    assert rec is not None, f"no comment for {rule}: {[c.rules for c in result.comments]}"
    cs = comments(path)
    anchors = anchored_text(path)
    cid = next(cid for cid, (_, _, text) in cs.items() if text == rec.text)
    return rec.text, anchors[cid]


def range_text(path, cid: int) -> str:
    """The text a comment's range covers (between its commentRangeStart and commentRangeEnd)."""
    import docx

    body = docx.Document(path).element.body
    inside, out = False, []
    for el in body.iter():
        if el.tag == W + "commentRangeStart" and el.get(W + "id") == str(cid):
            inside = True
        elif el.tag == W + "commentRangeEnd" and el.get(W + "id") == str(cid):
            break
        elif inside and el.tag == W + "t":
            out.append(el.text or "")
    return "".join(out)


def comment_id(path, text: str) -> int:
    return next(cid for cid, (_, _, t) in comments(path).items() if t == text)


# -- the "done when" scenario -------------------------------------------------------------------


def test_missing_section_and_late_date_get_anchored_comments(late_draft):
    before = sha(late_draft)
    res = annotate(late_draft)
    assert res.output == os.path.abspath(default_output(late_draft))
    assert res.output.endswith("草稿.审查意见.docx") and os.path.dirname(res.output) == os.path.dirname(late_draft)
    assert sha(late_draft) == before  # the original is never modified

    # Missing altogether: anchored where it belongs, after the last paragraph of part 一, and says so.
    text, anchor = by_rule(res.output, res, "content.shortcomings")
    assert anchor == "（二）严格规范执法。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。"
    assert text.startswith("【必备·缺失】上一年度推进法治政府建设存在的不足和原因（content.shortcomings）")
    assert "发现：报告中没有找到相关内容。" in text
    assert "应补充：" in text and "存在的不足和原因" in text
    assert "建议位置：在“一、2023年推进法治政府建设的主要举措和成效”部分之后（即本段之后）单列一部分" in text
    assert "依据：《法治政府建设与责任落实督察工作规定》" in text

    # Late: on the date line, called 逾期, and the date is not quoted again (the comment is on it).
    text, anchor = by_rule(res.output, res, "timing.report_deadline")
    assert anchor == "2024年3月18日"
    assert text.startswith("【必备·逾期】") and "3月1日" in text and "2024-03-18" in text
    assert "原文：" not in text and "修改建议：" in text

    rec = next(c for c in res.comments if c.rule == "content.shortcomings")
    assert rec.anchor == "place" and rec.verdict == "fail" and rec.severity == "mandatory"
    rec = next(c for c in res.comments if c.rule == "timing.report_deadline")
    assert rec.anchor == "evidence"

    cs = comments(res.output)
    assert len(cs) == res.count == len(res.comments)
    assert {(a, i) for a, i, _ in cs.values()} == {(AUTHOR, "LC")}
    # Every warn/fail finding is spoken for, by exactly one comment (the 审查概要 gathers the 参考 ones).
    wanted = sorted(f.rule for f in res.check.findings if f.verdict in ("warn", "fail"))
    assert sorted(r for c in res.comments for r in c.rules) == wanted
    summary = [c for c in res.comments if c.rule == "summary"]
    assert len(summary) == 1 and summary[0].anchor == "title"
    assert not [c for c in res.comments if c.rule != "summary" and c.severity == "info"]


def test_body_finding_is_anchored_on_the_quoted_characters(late_draft):
    res = annotate(late_draft)
    text, anchor = by_rule(res.output, res, "content.first_responsibility")
    assert anchor.startswith("（一）加强组织领导。局长主持召开")
    f = res.check.finding("content.first_responsibility")
    # The range covers exactly the quote: the run-in heading before it is outside.
    covered = range_text(res.output, comment_id(res.output, text))
    assert covered == f.evidence[0].quote and covered.startswith("局长")
    assert "原文：“局长" not in text  # the quote is the anchor, not repeated in the comment


def test_layout_findings_are_anchored_at_the_first_offending_paragraph(tmp_path):
    path = build_docx(tmp_path / "word.docx", {"base": "word_default"})
    res = annotate(path)
    # Paper, margins and page numbers are one dialog in Word: one comment at the title.
    text, anchor = by_rule(res.output, res, "layout.margins")
    assert anchor == "示例县司法局2024年法治政府建设年度报告"
    assert text.startswith("【建议·不符合】页面设置：")
    rec = next(c for c in res.comments if "layout.margins" in c.rules)
    assert set(rec.rules) >= {"layout.page", "layout.margins"}
    assert "上 37，下 35，左 28，右 26 毫米" in text and "25.4" in text
    assert "修改建议：" in text and "依据：《党政机关公文格式》（GB/T 9704—2012）" in text
    text, anchor = by_rule(res.output, res, "layout.body_font")
    assert anchor.startswith("2024年，示例县司法局")  # the first body paragraph that is off
    assert text.startswith("【建议·不符合】") and "11磅" in text
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


def _merge_runs(body):
    """Join neighbouring plain-text runs with the same formatting (annotate may cut a run at a quote's edge)."""
    def rpr(r):
        el = r.find(W + "rPr")
        return b"" if el is None else etree.tostring(el, method="c14n")

    def plain(r):
        return all(c.tag in (W + "rPr", W + "t") for c in r) and r.find(W + "t") is not None

    for p in body.iter(W + "p"):
        for r in list(p):
            prev = r.getprevious()
            if (r.tag == W + "r" and prev is not None and prev.tag == W + "r" and plain(r) and plain(prev)
                    and rpr(r) == rpr(prev)):
                last = prev.findall(W + "t")[-1]
                last.text = (last.text or "") + "".join(t.text or "" for t in r.findall(W + "t"))
                p.remove(r)
        for t in p.iter(W + "t"):
            t.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
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
    # Document body: identical once the comment marks are taken out (and runs cut at a quote joined again).
    body_o = _merge_runs(etree.fromstring(orig["word/document.xml"]).find(W + "body"))
    body_c = _merge_runs(_strip_comment_marks(etree.fromstring(copy["word/document.xml"]).find(W + "body")))
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
    assert "原文：“2024年3月18日”" in text  # away from the date line, the comment quotes it


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
    assert {c.rule for c in res.comments} == {"summary", "content.shortcomings", "content.first_responsibility",
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
        if rec.rule == "summary":
            assert rec.text.startswith("【审查概要】")
            continue
        assert rec.text.split("\n")[0].endswith(f"（{'、'.join(rec.rules)}）")
        assert rec.text.split("\n")[-1].startswith("依据：")


# -- a typical draft: where each comment sits, and in what order ---------------------------------

TYPICAL = """示例县人民政府2024年法治政府建设年度报告
2024年，县政府坚持以习近平法治思想为指导，全面贯彻落实党中央、国务院关于法治政府建设的决策部署，现将有关情况报告如下。
一、2024年推进法治政府建设的主要举措和成效
（一）依法全面履行政府职能。动态调整权责清单，取消、下放行政许可事项6项，政务服务事项网上可办率达到98%。
（二）健全依法行政制度体系。全年制定行政规范性文件8件，全部经过合法性审核并按时报送备案，清理规范性文件35件。
（三）推进行政决策科学化民主化法治化。县政府常务会议审议重大行政决策事项5项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。由于机构改革后职责调整、人员变动较大，加之对重大行政决策事项范围的认识还不统一，相关部门报送的候选事项数量少、论证不充分，县政府经研究认为时机尚不成熟，本年度尚未编制并公布重大行政决策事项目录，拟在2025年一季度完成目录编制并向社会公布。
（四）严格规范公正文明执法。全面落实行政执法三项制度，全年办理行政处罚案件1260件，听证12次，重大执法决定法制审核率100%。
二、2024年推进法治政府建设存在的不足和原因
基层执法力量薄弱，乡镇综合执法队伍专业人员偏少，主要原因是编制紧张、培训体系不健全。
三、2025年推进法治政府建设的主要安排
（一）深化乡镇综合行政执法改革，年内实现执法人员持证率百分之百。
（二）健全行政复议应诉工作机制，推动行政机关负责人出庭应诉常态化。
四、其他需要报告的情况
无。
示例县人民政府
2025年3月18日"""


@pytest.fixture(scope="module")
def typical(tmp_path_factory):
    """A draft in Word's default layout: no 第一责任人 part, a declared absence, a late date, 参考-level gaps."""
    d = tmp_path_factory.mktemp("typical")
    path = build_docx(d / "典型草稿.docx", {"base": "word_default"}, TYPICAL)
    return annotate(path)


def _doc_order(path) -> list[tuple[int, int]]:
    """(paragraph index, comment id) of every comment reference, in document order."""
    import docx

    out = []
    for i, p in enumerate(docx.Document(path).element.body.iter(W + "p")):
        for ref in p.iter(W + "commentReference"):
            out.append((i, int(ref.get(W + "id"))))
    return out


def test_typical_draft_title_no_longer_holds_the_pile(typical):
    at_title = [c for c in typical.comments if c.anchor == "title"]
    # Before this layout of comments, 13 of the draft's 20 comments sat on the title.
    assert len(at_title) <= 3 and len(typical.comments) >= 10
    first = comments(typical.output)[0][2]
    assert first.startswith("【审查概要】必备项问题 2 条")
    lines = first.split("\n")
    assert lines[1] == "请先处理必备项："
    assert lines[2].startswith("1. 党政主要负责人履行推进法治建设第一责任人职责情况（缺失）——批注在：“一、")
    assert lines[3] == "2. 按期报送（签发日期）（逾期）——批注在：落款（日期）"
    info = [f for f in typical.check.findings if f.severity == "info" and f.verdict in ("warn", "fail")]
    assert info and all(f.title in first for f in info)  # 参考 hints: gathered here, not one comment each
    assert not [c for c in typical.comments if c.text.startswith("【参考")]


def test_typical_draft_missing_item_sits_where_its_location_words_say(typical):
    from lawcheck.api import outline

    doc = outline(typical.source)
    placed = [c for c in typical.comments if c.anchor == "place"]
    assert {"content.first_responsibility"} <= {c.rule for c in placed}
    for c in placed:
        where = next(line for line in c.text.split("\n") if line.startswith("建议位置："))
        part = where.split("“")[1].split("”")[0]
        sec = next(s for s in doc.sections if (s.path[0] if s.path else s.title) == part)
        para = doc.paragraphs[c.paragraph]
        if "之后" in where or "末尾" in where:  # on the part's last paragraph
            assert para.start < sec.end <= para.end + 1 and "（即本段之后）" in where
        else:  # on the heading of the part it goes before
            assert para.start == sec.start and "（即本标题之前）" in where
    fr = next(c for c in placed if c.rule == "content.first_responsibility")
    assert fr.text.startswith("【必备·缺失】")
    assert doc.text[doc.paragraphs[fr.paragraph].start:].startswith("（四）严格规范公正文明执法")


def test_typical_draft_declared_absence_is_anchored_on_its_sentence(typical):
    rec = next(c for c in typical.comments if c.rule == "decision.catalog")
    f = typical.check.finding("decision.catalog")
    assert f.coverage == "declared_absent" and rec.anchor == "evidence"
    covered = range_text(typical.output, comment_id(typical.output, rec.text))
    assert covered == f.evidence[0].quote and "尚未编制" in covered
    paragraph = anchored_text(typical.output)[comment_id(typical.output, rec.text)]
    assert len(covered) < len(paragraph) - 40  # the sentence, not the whole paragraph


def test_typical_draft_mandatory_comes_first_wherever_comments_share_a_paragraph(typical):
    order = _doc_order(typical.output)
    text = {cid: t for cid, (_, _, t) in comments(typical.output).items()}
    rank = {"审查概要": -1, "必备": 0, "建议": 1, "参考": 2}
    by_para: dict[int, list[int]] = {}
    for para, cid in order:
        by_para.setdefault(para, []).append(rank[text[cid][1:3] if not text[cid].startswith("【审查概要") else "审查概要"])
    assert any(len(v) > 2 for v in by_para.values())
    for para, ranks in by_para.items():
        assert ranks == sorted(ranks), (para, ranks)
    # References follow the same order as the range starts (LibreOffice lists comments by reference).
    import docx

    starts = [int(s.get(W + "id")) for s in docx.Document(typical.output).element.body.iter(W + "commentRangeStart")]
    assert [cid for _, cid in order] == starts


def test_typical_draft_no_comment_says_a_thing_twice(typical):
    for c in typical.comments:
        lines = c.text.split("\n")
        assert len(lines) == len(set(lines)), c.text
        found = next((ln[3:] for ln in lines if ln.startswith("发现：")), "")
        for ln in lines:
            if ln.startswith(("实际：", "应为：")):
                assert ln[3:] not in found, c.text
        assert sum(ln.startswith("依据：") for ln in lines) <= 1


def test_quotes_are_cut_at_a_character_with_an_ellipsis():
    from lawcheck.model import Evidence, Finding
    from lawcheck.render.comments import comment_text
    from lawcheck.render.labels import quote

    long = "全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，" * 3
    assert quote(long, 30) == long[:29] + "…" and len(quote(long, 30)) == 30
    assert quote("尚未编制目录", 60, cut=True) == "尚未编制目录…"  # a piece of its paragraph
    assert quote("尚未编制目录。", 60, cut=True) == "尚未编制目录。"  # a whole sentence
    f = Finding("decision.catalog", "fail", "declared_absent", "recommended", "目录", "自述未编制。", "依据",
                [Evidence("一", "本年度尚未编制目录", 10, 19), Evidence("二", long, 30, 30 + len(long))], "写明目录。",
                "decision")
    text = comment_text(f, cut={(10, 19): True, (30, 30 + len(long)): False}, anchored=(10, 19))
    quoted = [ln for ln in text.split("\n") if ln.startswith("原文：")]
    assert quoted == [f"原文：“{long[:59]}…”"]  # the anchored quote is not repeated; the long one is cut
