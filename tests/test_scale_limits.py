"""Scale limits: hostile sizes are refused by content before any tree is built, and every stage
after reading stays linear; the fast paths give exactly the results of the plain ones.

Inputs are built in tmp_path at moderate sizes. Nothing here measures time: a refusal or a
result is asserted, and subprocess runs carry a generous timeout only against hangs.
"""
from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import zipfile

import pytest

import lawcheck
import lawcheck.read as read
from lawcheck import normalize as norm_mod
from lawcheck.errors import InputError
from lawcheck.model import Document, Metadata, Section

from hostile_builders import LINES, REPORT, put

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, prefix: str = "w") -> bytes:
    """A minimal .docx: the report's paragraphs around ``body`` (raw XML in the body)."""
    p = "".join(f'<{prefix}:p><{prefix}:r><{prefix}:t xml:space="preserve">{x}</{prefix}:t></{prefix}:r></{prefix}:p>'
                for x in LINES)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{prefix}:document xmlns:{prefix}="{W}">'
           f"<{prefix}:body>{p}{body}</{prefix}:body></{prefix}:document>")
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}" Target="word/document.xml"/>'
                   "</Relationships>")
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


# -- .docx: counted while streaming, one rule and one wording for every format -----------------

def test_docx_paragraph_bomb_is_refused_by_the_common_limit(tmp_path):
    path = put(tmp_path / "bomb.docx", _docx("<w:p/>" * (read.MAX_PARAGRAPHS + 10)))
    with pytest.raises(InputError) as err:
        read.read(path)
    expected = read.too_large(path, "段落（含空段落）", read.MAX_PARAGRAPHS + 10 + len(LINES), read.MAX_PARAGRAPHS, "段")
    assert err.value.reason == expected.reason and err.value.hint == expected.hint


@pytest.mark.parametrize("prefix", ["w", "ns0"])
def test_docx_paragraphs_are_counted_under_any_prefix(tmp_path, monkeypatch, prefix):
    monkeypatch.setattr(read, "MAX_PARAGRAPHS", 50)
    path = put(tmp_path / "p.docx", _docx(f"<{prefix}:p/><{prefix}:p>\n</{prefix}:p>" * 30, prefix))
    with pytest.raises(InputError, match=r"段落（含空段落） 73 段（上限 50 段）"):
        read.read(path)


def test_docx_element_bomb_without_paragraphs_is_refused(tmp_path, monkeypatch):
    import lawcheck.read.docx_size as reader

    monkeypatch.setattr(read, "MAX_PARAGRAPHS", 100)
    limit = reader.ELEMENTS_PER_PARAGRAPH * 100
    path = put(tmp_path / "runs.docx", _docx("<w:p>" + "<w:r/>" * (limit + 1) + "</w:p>"))
    with pytest.raises(InputError, match=rf"XML 元素 [\d,]+ 个（上限 {limit:,} 个）"):
        read.read(path)


def test_docx_characters_are_counted_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_CHARS", 100)
    path = put(tmp_path / "c.docx", _docx(""))
    n = sum(len(x) for x in LINES)
    with pytest.raises(InputError, match=rf"文字 {n:,} 字（上限 100 字）"):
        read.read(path)


def test_docx_streaming_counts_do_not_depend_on_chunk_boundaries(tmp_path, monkeypatch):
    import lawcheck.read.docx_size as reader

    data = _docx("<w:p><w:r><w:t>甲乙&amp;丙</w:t><w:tab/></w:r></w:p>\n<w:p\n/>" * 40)
    z = zipfile.ZipFile(io.BytesIO(data))
    whole = reader._scan_part(z, "word/document.xml", 10**6, 10**9)
    for chunk in (1, 7, 64, 4096):
        monkeypatch.setattr(reader, "_CHUNK", chunk)
        assert reader._scan_part(z, "word/document.xml", 10**6, 10**9) == whole
    assert whole[0] == len(LINES) + 80
    assert lawcheck.outline(put(tmp_path / "ok.docx", data)).sections  # accepted and outlined


def test_docx_bomb_refused_by_the_cli_without_hanging(tmp_path):
    path = put(tmp_path / "bomb.docx", _docx("<w:p/>" * 400_000))
    r = subprocess.run([sys.executable, "-m", "lawcheck", "outline", "--format", "json", path],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "段落（含空段落）" in r.stderr and "Traceback" not in r.stderr


# -- text: flattened lines, many headings ---------------------------------------------------

def test_flattened_line_with_too_many_markers_is_refused_before_cutting(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_PARAGRAPHS", 300)
    path = put(tmp_path / "m.txt", ("一、（一）1.（1）①第一部分" * 1000).encode())
    with pytest.raises(InputError, match=r"恢复换行后的段落至少 [\d,]+ 段（上限 300 段）"):
        lawcheck.outline(path)


def test_one_long_line_is_checked_the_same_on_the_fast_paths(tmp_path, monkeypatch):
    path = put(tmp_path / "line.txt", (REPORT.replace("\n", "。") + "依法行政，没有发生行政诉讼案件。" * 16_000).encode())
    fast = lawcheck.check(path).to_dict()
    monkeypatch.setattr(norm_mod, "PREFILTER_MIN", 10**12)  # plain regex scans
    monkeypatch.setattr(norm_mod, "LONG", 10**12)  # plain str.translate
    assert lawcheck.check(path).to_dict() == fast
    assert any(f["verdict"] != "skip" for f in fast["findings"])


def test_many_headings_and_deep_levels_are_outlined(tmp_path):
    body = "".join(f"第{i}部分 总\n一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n" for i in range(1, 3001))
    doc = lawcheck.outline(put(tmp_path / "deep.txt", (REPORT + "\n" + body).encode()))
    assert len(doc.sections) >= 3000
    last = doc.sections[-1]
    assert [s.level for s in last.walk()] == [1, 2, 3, 4, 5, 6]
    result = lawcheck.check(put(tmp_path / "h.txt", (REPORT + "\n" + "一、标题\n" * 20_000).encode()))
    assert len(result.findings) > 10


# -- the fast paths are the plain ones ------------------------------------------------------

def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    atoms = ["法", "治", "行政", "[一二三]", r"\d", "[^，。]", ".", "(?:建设|报告)", "案件", "x"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.15 and depth < 2:
            parts.append("(" + "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")")
        elif r < 0.25:
            parts.append(rng.choice(["(?=法)", "(?!治)", "(?<!副)", "(?<=，)", "^", "$", r"\b"]))
        else:
            parts.append(rng.choice(atoms) + rng.choice(["", "", "?", "{0,3}", "{1,4}", "+", "*", "{2}"]))
    return "".join(parts)


def test_finditer_gives_the_matches_of_the_plain_scan(monkeypatch):
    from lawcheck.check.polarity import default_table
    from lawcheck.rulebook import as_rulebook

    monkeypatch.setattr(norm_mod, "PREFILTER_MIN", 0)
    rng = random.Random(20)
    patterns = [v for r in as_rulebook(None, True).rules for v in r.detect.values() if isinstance(v, re.Pattern)]
    patterns += list(default_table().patterns)
    patterns += [re.compile(_random_pattern(rng)) for _ in range(150)]
    words = ["依法行政", "法治", "行政复议案件3件", "没有发生", "局长亲自", "副局长", "，", "。", "\n", "一", "2024年", "x", " "]
    texts = ["".join(rng.choice(words) for _ in range(rng.choice([5, 60, 400]))) for _ in range(24)]
    for rx in patterns:
        for text in texts:
            assert [m.span() for m in norm_mod.finditer(rx, text)] == [m.span() for m in rx.finditer(text)], rx.pattern
            assert [m.span() for m in norm_mod.finditer(rx, text, 3, len(text) - 2)] == \
                   [m.span() for m in rx.finditer(text, 3, len(text) - 2)], rx.pattern
            assert [m.span() for m in norm_mod.quick(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_normalized_offsets_match_a_per_character_map():
    rng = random.Random(3)
    pieces = ["統(tǒng)籌", "(tǒng)", "（chóu）", "(1)", "(一)", "法治", "（", "）", "ǎ", "，", "。", "\u3000", "x"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        removed = [i for m in norm_mod._PINYIN_ARTEFACT.finditer(text) for i in range(m.start(), m.end())]
        index = [i for i in range(len(text)) if i not in set(removed)]
        nt = norm_mod.normalize(text)
        assert nt.text == "".join(text[i] for i in index).translate(norm_mod._table())
        assert [nt.orig(i) for i in range(len(nt.text) + 2)] == index + [len(text)] * 2 if removed else True
        for start in range(len(text) + 1):
            assert nt.norm_span(start, start)[0] == sum(1 for i in index if i < start)


def test_section_at_is_the_last_section_in_walk_order_holding_the_offset():
    rng = random.Random(5)

    def tree(depth, lo, hi):
        out = []
        for _ in range(rng.randint(0, 3 if depth < 3 else 0)):
            a = rng.randint(lo, hi)
            b = rng.choice([a, a + rng.randint(0, 20), rng.randint(lo, hi)])
            s = Section(None, "t", depth + 1, a, b, a, a, a)
            s.children = tree(depth + 1, a, max(a, b)) if rng.random() < 0.7 else tree(depth + 1, lo, hi)
            out.append(s)
        return out

    for _ in range(500):
        doc = Document("x", "txt", "", Metadata(), tree(0, 0, 100), [])
        for offset in range(-1, 130):
            want = None
            for s in doc.walk():
                if s.start <= offset < s.end or (s.start <= offset and offset == s.end == s.start):
                    want = s
            assert doc.section_at(offset) is want


def test_quotes_in_one_long_sentence_are_the_plain_ones():
    from lawcheck.check.index import CLAUSE_END, MAX_QUOTE, SENTENCE_END, DocIndex

    def plain(t, s, e, boundary=SENTENCE_END):
        left, right = s, e
        while left > 0 and not boundary.match(t[left - 1]):
            left -= 1
        while right < len(t) and not boundary.match(t[right]):
            right += 1
        if right < len(t) and t[right] in "。;!?":
            right += 1
        if right - left > MAX_QUOTE and boundary is not CLAUSE_END:
            left, right = plain(t, s, e, CLAUSE_END)
        if right - left > MAX_QUOTE:
            half = (MAX_QUOTE - (e - s)) // 2
            left = max(left, s - max(half, 10))
            right = min(right, left + MAX_QUOTE)
        while left < s and t[left] in " \t,":
            left += 1
        return left, max(right, e)

    class Ix:
        around = DocIndex.around

    rng = random.Random(7)
    for _ in range(300):
        ix = Ix()
        ix.ntext = "".join(rng.choice("。;,\n ") if rng.random() < rng.choice([0, 0.004, 0.05]) else "字"
                           for _ in range(rng.choice([50, 300, 1500])))
        for _ in range(20):
            s = rng.randint(0, len(ix.ntext))
            e = min(len(ix.ntext), s + rng.choice([0, 2, 40, 200]))
            for boundary in (SENTENCE_END, CLAUSE_END):
                assert ix.around(s, e, boundary) == plain(ix.ntext, s, e, boundary)


def test_repeated_lines_get_the_headings_of_a_line_by_line_reading(tmp_path):
    from lawcheck.furniture import prepare
    from lawcheck.markers import heading, headings

    body = "".join(f"一、标题\n（一）组织领导。局长带头\n{i}.第{i}项工作\n正文段落。\n" for i in range(300))
    raw = prepare(read.read(put(tmp_path / "r.txt", (REPORT + "\n" + body).encode())))
    norm = norm_mod.normalize(raw.text)
    paras = [p for p in raw.paragraphs if p.role != "furniture"]
    one_by_one = {i: h for i, h in enumerate(heading(raw.text, norm, p) for p in paras) if h is not None}
    for i, h in one_by_one.items():
        h.index = i
    assert headings(raw.text, norm, paras) == one_by_one


def test_markers_and_spans_match_their_plain_forms():
    from lawcheck import markers
    from lawcheck.check.cue import Spans

    def plain_marker(s):
        if markers._ENUMERATION.match(s):
            return None
        for name, rank, rx in markers.MARKERS:
            m = rx.match(s)
            if m:
                return name, rank, next(g for g in m.groups() if g), m.end()
        return None

    rng = random.Random(2)
    alphabet = list("第一二三十百〇零部分章篇、.()）（12①② 是:甲")
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        assert markers.match_marker(s) == plain_marker(s)
    for _ in range(300):
        spans = [(a, a + rng.randint(-3, 10)) for a in (rng.randint(0, 50) for _ in range(rng.randint(0, 6)))]
        held = Spans(spans)
        for x in range(-2, 65):
            assert held.hold(x) == any(a <= x < b for a, b in spans)


def test_json_text_of_huge_values_parses_to_the_same_data():
    import json

    from lawcheck.render.jsontext import LARGE, dumps

    small = {"a": [1, 2, {"b": "中文"}], "c": None}
    assert dumps(small) == json.dumps(small, ensure_ascii=False, indent=2)  # the usual form, unchanged
    big = {"schema": "x", "reports": [{"file": f"{i}.txt", "findings": [{"rule": "r", "verdict": "pass"}]}
                                      for i in range(LARGE // 4)]}
    text = dumps(big)
    assert json.loads(text) == big
    # "{", "schema", "reports": [, one line per report, "]", "}"
    assert text.count("\n") == len(big["reports"]) + 4


def test_layout_rules_sample_huge_files_evenly():
    from lawcheck.check.layout_judge import MAX_JUDGED, sample

    few = list(range(10))
    assert sample(few) is few
    many = list(range(200_000))
    got = sample(many)
    assert len(got) == MAX_JUDGED and got[0] == 0 and got[-1] == 199_999
    gaps = {b - a for a, b in zip(got, got[1:])}
    assert max(gaps) - min(gaps) <= 1  # evenly spaced
