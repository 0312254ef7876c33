"""Formats agencies send besides .docx/.pdf/.html: legacy Word .doc, WPS .wps (through LibreOffice) and OFD.

The .doc/.wps fixtures were written by LibreOffice (tests/fixtures/formats/make_fixtures.py);
tests that convert them need ``soffice`` and are skipped, saying so, where it is not installed.
The conversion machinery itself (timeout, clean-up, messages) is tested with a stand-in
``soffice`` script, so it runs everywhere.
"""
import hashlib
import io
import os
import stat
import sys
import time
import zipfile

import pytest

import lawcheck
from lawcheck.errors import InputError
from lawcheck.read import convert

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = os.path.join(HERE, "fixtures", "formats")
sys.path.insert(0, FORMATS)

from make_fixtures import FENGLIN, QINGSHI  # noqa: E402
from ofd_builder import build_ofd  # noqa: E402

needs_soffice = pytest.mark.skipif(convert.soffice() is None,
                                   reason="LibreOffice（soffice）未安装：.doc/.wps 转换测试跳过")


def _sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _paragraphs(text):
    return [ln for ln in text.splitlines() if ln.strip()]


# -- .doc / .wps through LibreOffice ------------------------------------------------------

@needs_soffice
@pytest.mark.parametrize("name, source, issuer, fmt", [
    ("qingshi-2024.doc", QINGSHI, "青石县司法局", "doc"),
    ("fenglin-2024.wps", FENGLIN, "枫林市自然资源局", "wps"),
])
def test_legacy_word_is_read_faithfully_and_left_untouched(tmp_path, name, source, issuer, fmt):
    path = os.path.join(FORMATS, name)
    before = _sha(path)
    doc = lawcheck.outline(path)
    assert _paragraphs(doc.text) == _paragraphs(source)  # every character, every paragraph
    assert doc.format == fmt and doc.metadata.issuer == issuer and doc.metadata.year == 2024
    result = lawcheck.check(path)
    layout = [f for f in result.findings if f.group == "layout" and f.rule != "layout.date_format"]
    assert layout and all(f.verdict == "skip" for f in layout)  # a converter's formatting is not the author's
    assert _sha(path) == before


@needs_soffice
def test_rtf_saved_as_doc_is_converted(tmp_path):
    body = "".join("\\u%d?" % ord(c) if ord(c) > 127 else c for c in "\\par ".join(_paragraphs(QINGSHI)))
    p = tmp_path / "rtf.doc"
    p.write_bytes(("{\\rtf1\\ansi\\deff0 " + body + "}").encode("ascii"))
    doc = lawcheck.outline(str(p))
    assert "第一责任人" in doc.text and doc.metadata.issuer == "青石县司法局"


def test_web_page_saved_as_doc_is_read_as_html(tmp_path):
    paras = "".join(f"<p>{x}</p>" for x in _paragraphs(QINGSHI))
    p = tmp_path / "page.doc"
    p.write_text(f"<html><head><meta charset='utf-8'></head><body>{paras}</body></html>", encoding="utf-8")
    doc = lawcheck.outline(str(p))
    assert doc.format == "html" and "第一责任人" in doc.text


def test_without_libreoffice_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setenv("LAWCHECK_SOFFICE", "")
    with pytest.raises(InputError) as err:
        lawcheck.outline(os.path.join(FORMATS, "qingshi-2024.doc"))
    line = err.value.line()
    assert "qingshi-2024.doc" in line and "LibreOffice" in line and "apt-get install libreoffice-writer" in line
    assert "另存为 .docx" in line


def test_ole_file_without_a_word_stream_is_refused_without_converting(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWCHECK_SOFFICE", "/nonexistent/soffice-must-not-run")
    p = tmp_path / "sheet.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + b"\0" * 600)
    with pytest.raises(InputError, match="不是有效的旧版 Word"):
        lawcheck.outline(str(p))


def _fake_soffice(tmp_path, body: str) -> str:
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


@pytest.mark.skipif(os.name != "posix", reason="shell script stand-in")
def test_conversion_timeout_kills_the_converter_and_cleans_up(tmp_path, monkeypatch):
    import tempfile

    marker = tmp_path / "still-running"
    fake = _fake_soffice(tmp_path, f"sleep 2; touch '{marker}'; sleep 30")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("LAWCHECK_SOFFICE", fake)
    monkeypatch.setenv("LAWCHECK_CONVERT_TIMEOUT", "1")
    src = os.path.join(FORMATS, "qingshi-2024.doc")
    t0 = time.monotonic()
    with pytest.raises(InputError) as err:
        lawcheck.outline(src)
    assert "转换超时" in err.value.reason and "LAWCHECK_CONVERT_TIMEOUT" in err.value.hint
    assert time.monotonic() - t0 < 10
    time.sleep(2.5)
    assert not marker.exists()  # the whole process group was killed, not just the shell
    assert os.listdir(scratch) == []  # the private copy, output folder and profile are gone


@pytest.mark.skipif(os.name != "posix", reason="shell script stand-in")
def test_conversion_failure_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWCHECK_SOFFICE", _fake_soffice(tmp_path, "exit 1"))
    with pytest.raises(InputError) as err:
        lawcheck.outline(os.path.join(FORMATS, "fenglin-2024.wps"))
    assert "WPS（.wps）文件无法转换" in err.value.reason and "另存为 .docx" in err.value.hint


@pytest.mark.skipif(os.name != "posix", reason="shell script stand-in")
def test_converter_gets_a_private_copy_never_the_input(tmp_path, monkeypatch):
    """The stand-in records its arguments: the file it is handed is a copy in a private folder."""
    log = tmp_path / "args"
    monkeypatch.setenv("LAWCHECK_SOFFICE", _fake_soffice(tmp_path, f'echo "$@" > "{log}"; exit 1'))
    src = os.path.join(FORMATS, "qingshi-2024.doc")
    with pytest.raises(InputError):
        lawcheck.outline(src)
    args = log.read_text()
    assert "--headless" in args and "--convert-to docx" in args and "-env:UserInstallation=file://" in args
    assert src not in args and "lawcheck-convert-" in args


# -- OFD ------------------------------------------------------------------------------------

def test_ofd_fixture_reads_every_paragraph_faithfully():
    pytest.importorskip("ofdkit")
    path = os.path.join(FORMATS, "qingshi-2024.ofd")
    doc = lawcheck.outline(path)
    assert _paragraphs(doc.text) == _paragraphs(QINGSHI)  # lines re-joined, digits not spaced, no page numbers
    assert doc.format == "ofd" and doc.metadata.issuer == "青石县司法局" and doc.metadata.signed_date == "2025-01-27"
    result = lawcheck.check(path)
    assert result.finding("content.next_year").verdict == "pass"
    assert result.finding("timing.report_deadline").verdict == "pass"


def _rewrite(data: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = change(info.filename, src.read(info))
            if new is not None:
                dst.writestr(info.filename, new)
    return out.getvalue()


def test_ofd_with_gbk_parts_and_another_namespace_prefix(tmp_path):
    pytest.importorskip("ofdkit")

    def gbk(name, data):
        if not name.endswith("Content.xml"):
            return data
        text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="GBK"').replace("ofd:", "o:")
        return text.replace("xmlns:ofd=", "xmlns:o=").encode("gbk")

    p = tmp_path / "gbk.ofd"
    p.write_bytes(_rewrite(build_ofd(_paragraphs(FENGLIN)), gbk))
    assert _paragraphs(lawcheck.outline(str(p)).text) == _paragraphs(FENGLIN)


def test_broken_and_empty_ofd_are_refused_in_one_line(tmp_path):
    pytest.importorskip("ofdkit")
    cases = {
        "nozip.ofd": (b"not a zip at all", "不是有效的 OFD"),
        "noentry.ofd": (_rewrite(build_ofd(_paragraphs(QINGSHI)), lambda n, d: None if n == "OFD.xml" else d),
                        "OFD 文件已损坏"),
        "scan.ofd": (build_ofd(["青石县"]), "没有文字"),
    }
    for name, (data, words) in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError) as err:
            lawcheck.outline(str(p))
        assert words in err.value.line() and name in err.value.line()


def test_ofd_without_its_reader_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ofdkit", None)
    with pytest.raises(InputError) as err:
        lawcheck.outline(os.path.join(FORMATS, "qingshi-2024.ofd"))
    assert "ofdkit" in err.value.reason and "pip install ofdkit" in err.value.hint


def test_ofd_zip_bomb_is_refused(tmp_path):
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", "<ofd:OFD/>")
        z.writestr("Doc_0/bomb.xml", b"\0" * (300 * 1024 * 1024))
    p = tmp_path / "bomb.ofd"
    p.write_bytes(big.getvalue())
    with pytest.raises(InputError, match="解压后异常巨大"):
        lawcheck.outline(str(p))
