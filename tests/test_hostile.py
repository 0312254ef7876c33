"""Hostile and broken input files, one family at a time (issue 10): each is read correctly or
refused in one clear line naming the file (exit code 2), in bounded time, the input never modified,
and in a batch one bad file never stops or hides the rest."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pytest
from hostile_builders import ARTICLE, BODY_MARK, LINES, REPORT, html_page, make_pdf, one_line, put, wrapped

import lawcheck.read as read
from lawcheck.cli import main
from lawcheck.errors import InputError

LAWCHECK = [sys.executable, "-m", "lawcheck"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def report(tmp_path):
    return put(tmp_path / "report.txt", REPORT.encode())


# -- 4. only regular files are read --------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_fifo_given_directly_or_in_a_folder_is_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    t0 = time.time()
    proc = subprocess.run(LAWCHECK + ["check", str(tmp_path / "pipe.txt")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "pipe.txt" in one_line(proc.stderr) and "FIFO" in proc.stderr
    d = tmp_path / "in"
    d.mkdir()
    put(d / "good.txt", REPORT.encode())
    os.mkfifo(d / "pipe.txt")
    proc = subprocess.run(LAWCHECK + ["check", str(d), "--format", "json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "pipe.txt" in one_line(proc.stderr)  # issue 11: unread file -> 1, not 2
    out = json.loads(proc.stdout)["reports"]
    assert [os.path.basename(o["file"]) for o in out] == ["good.txt", "pipe.txt"] and "findings" in out[0]
    assert time.time() - t0 < 30


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_devices_are_refused_without_reading(tmp_path):
    t0 = time.time()
    with pytest.raises(InputError, match="设备文件"):
        read.read("/dev/zero")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    assert read.expand_paths([str(tmp_path)]) == [str(tmp_path / "zero.txt")]
    with pytest.raises(InputError, match="设备文件"):
        read.read(str(tmp_path / "zero.txt"))
    assert time.time() - t0 < 5


def test_broken_links_and_loops_in_a_folder_are_reported_one_line_each(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    put(d / "good.txt", REPORT.encode())
    os.symlink("loop.txt", d / "loop.txt")
    os.symlink("/nonexistent/x.txt", d / "dangling.txt")
    assert main(["check", str(d), "--format", "json"]) == 1  # issue 11: unread files -> 1, not 2
    captured = capsys.readouterr()
    err = [x for x in captured.err.splitlines() if x.strip()]
    assert len(err) == 2 and any("循环" in x for x in err) and any("失效" in x for x in err)
    good = [o for o in json.loads(captured.out)["reports"] if o["file"].endswith("good.txt")]
    assert "findings" in good[0]


@pytest.mark.skipif(IS_ROOT, reason="root reads everything")
def test_permission_denied_is_not_called_missing(tmp_path):
    f = put(tmp_path / "secret.txt", REPORT.encode())
    os.chmod(f, 0)
    with pytest.raises(InputError, match="权限"):
        read.read(f)
    locked = tmp_path / "locked"
    locked.mkdir()
    put(locked / "a.txt", REPORT.encode())
    locked.chmod(0)
    try:
        files = read.expand_paths([str(locked)])
        with pytest.raises(InputError, match="权限"):
            read.read(files[0])
    finally:
        locked.chmod(0o755)


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _nobody_can_run_lawcheck() -> bool:
    """A checkout under a private folder (mktemp -d is 0700) cannot be imported by nobody: skip, not fail."""
    if not (IS_ROOT and shutil.which("setpriv")):
        return False
    probe = subprocess.run(NOBODY + [sys.executable, "-c", "import lawcheck"], cwd="/", capture_output=True, timeout=60)
    return probe.returncode == 0


@pytest.mark.skipif(not _nobody_can_run_lawcheck(), reason="needs root, setpriv and a checkout readable by nobody")
def test_permissions_as_another_user():
    """Run as uid 65534: an unreadable file or folder says 权限, a read-only output folder is one line."""
    base = tempfile.mkdtemp(prefix="lawcheck-perm-")
    try:
        os.chmod(base, 0o755)
        f = put(os.path.join(base, "secret.txt"), REPORT.encode())
        os.chmod(f, 0)
        os.makedirs(os.path.join(base, "locked"))
        put(os.path.join(base, "locked", "a.txt"), REPORT.encode())
        os.chmod(os.path.join(base, "locked"), 0)
        good = put(os.path.join(base, "good.txt"), REPORT.encode())
        os.chmod(good, 0o644)
        os.makedirs(os.path.join(base, "ro"))
        os.chmod(os.path.join(base, "ro"), 0o555)
        for args, name in ((["check", "secret.txt"], "secret.txt"), (["check", "locked"], "locked"),
                           (["outline", "good.txt", "-o", "ro/out.json"], "ro/out.json")):
            proc = subprocess.run(NOBODY + LAWCHECK + args, cwd=base, capture_output=True, text=True, timeout=60,
                                  env={**os.environ, "HOME": base})
            assert proc.returncode == 2, (args, proc.stderr)
            line = one_line(proc.stderr)
            assert "权限" in line and name in line
        assert not os.listdir(os.path.join(base, "ro"))
    finally:
        for root, dirs, _ in os.walk(base):
            for x in dirs:
                os.chmod(os.path.join(root, x), 0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.parametrize("name", ["bad\nname.txt", "esc\x1b[31mRED\x1b[0m.txt", "bidi\u202etxt.txt"])
def test_file_names_never_break_the_one_line(tmp_path, capsys, name):
    path = put(tmp_path / name, b"")
    assert main(["check", path]) == 2
    line = one_line(capsys.readouterr().err)
    assert "文件为空" in line and "\u202e" not in line


# -- 3. content limits: the real count and the limit, in bounded time ----------------------

def test_size_limit_message_gives_the_real_size(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    p = put(tmp_path / "big.txt", ("法" * 1000).encode()[:1001])
    with pytest.raises(InputError) as err:
        read.read(p)
    assert "1,001 字节" in err.value.line() and "1,000 字节" in err.value.line()


@pytest.mark.parametrize("kind", ["text", "markdown", "html", "pdf_chars"])
def test_character_limit(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(read, "MAX_CHARS", 100)
    if kind == "text":
        p = put(tmp_path / "r.txt", REPORT.encode())
    elif kind == "markdown":
        p = put(tmp_path / "r.md", REPORT.encode())
    elif kind == "html":
        p = put(tmp_path / "r.html", html_page(ARTICLE))
    else:
        p = put(tmp_path / "r.pdf", make_pdf([wrapped()]))
    with pytest.raises(InputError, match=r"上限 100 字"):
        read.read(p)


def test_paragraph_limit_real_size_is_refused_quickly(tmp_path):
    p = put(tmp_path / "lines.txt", (REPORT + "\n" + "法\n" * read.MAX_PARAGRAPHS).encode())
    t0 = time.time()
    with pytest.raises(InputError) as err:
        read.read(p)
    assert f"{read.MAX_PARAGRAPHS + len(LINES):,} 段" in err.value.line()
    assert time.time() - t0 < 10


def test_pdf_page_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_PAGES", 2)
    p = put(tmp_path / "long.pdf", make_pdf([wrapped()] * 3))
    with pytest.raises(InputError, match=r"页数 3 页（上限 2 页）"):
        read.read(p)


def test_deeply_nested_html_keeps_its_body_in_bounded_time(tmp_path):
    for depth in (300, 3000, 100_000):
        p = put(tmp_path / f"div{depth}.html", html_page("<div>" * depth + ARTICLE + "</div>" * depth))
        t0 = time.time()
        raw = read.read(p)
        assert BODY_MARK in raw.text and len(raw.paragraphs) >= len(LINES), depth
        assert time.time() - t0 < 10
    p = put(tmp_path / "font.html", html_page("<font>" * 300 + "".join(f"{x}<br>" for x in LINES)))
    assert BODY_MARK in read.read(p).text


# -- 5 and 6. read correctly, or refused with the right reason ------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_wide_encodings_with_or_without_bom(tmp_path, encoding):
    p = put(tmp_path / "r.txt", REPORT.encode(encoding))
    raw = read.read(p)
    assert raw.text == REPORT


def test_nul_bytes_that_are_no_wide_encoding_are_binary(tmp_path):
    with pytest.raises(InputError, match="二进制"):
        read.read(put(tmp_path / "r.txt", b"\x00" + REPORT.encode()))


@pytest.mark.parametrize("head,encoding", [
    ('<meta charset="iso-8859-1">', "utf-8"), ('<meta charset="utf-16">', "utf-8"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "utf-8"),
    ('<meta charset="x-no-such-encoding">', "utf-8"), ('<meta charset="utf-8">', "gb18030")])
def test_html_declared_charset_that_lies(tmp_path, head, encoding):
    data = html_page(ARTICLE, head=head + "<title>报告</title>", encoding=encoding)
    raw = read.read(put(tmp_path / "r.html", data + (b" " if len(data) % 2 else b"")))
    assert BODY_MARK in raw.text


def test_html_with_only_scripts_and_a_long_title_has_no_body(tmp_path):
    p = put(tmp_path / "s.html", html_page("<script>" + "var a='法治政府建设年度报告主要举措和成效';" * 200 + "</script>"))
    with pytest.raises(InputError, match="正文"):
        read.read(p)


@pytest.mark.parametrize("value", ["0000-01-01", "2025-02-30", "2025-13-01"])
def test_impossible_html_publication_dates_are_unread_not_fatal(tmp_path, value):
    p = put(tmp_path / "r.html", html_page(ARTICLE, head=f'<meta charset="utf-8"><meta name="pubdate" content="{value}">'))
    assert read.read(p).meta["published_date"] is None
    p = put(tmp_path / "b.html", html_page(f'<div class="article"><p>发布日期：{value}</p>' + ARTICLE[21:]))
    assert read.read(p).meta["published_date"] is None


def test_pdf_text_layer_is_read(tmp_path):
    raw = read.read(put(tmp_path / "ok.pdf", make_pdf([wrapped()])))
    assert BODY_MARK in raw.text and raw.text.startswith(LINES[0])
    raw = read.read(put(tmp_path / "owner.pdf", make_pdf([wrapped()], user_password="")))  # owner password only
    assert BODY_MARK in raw.text


def test_pdf_without_tounicode_is_refused(tmp_path):
    with pytest.raises(InputError, match="ToUnicode") as err:
        read.read(put(tmp_path / "cid.pdf", make_pdf([wrapped()], tounicode=False, shift=0x4000)))
    assert "Word" in err.value.line()


def test_pdf_with_a_user_password_is_called_encrypted(tmp_path):
    with pytest.raises(InputError, match="加密"):
        read.read(put(tmp_path / "locked.pdf", make_pdf([wrapped()], user_password="secret")))


