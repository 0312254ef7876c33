"""Hostile runs, one family at a time (issue 10): outputs that are inputs or cannot be written,
signals, -j, per-file budgets and compare with nothing readable. Always one line, exit code 2,
no half-written output, no stray processes, the input never modified."""
import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from hostile_builders import REPORT, digest, leftovers, one_line, put

import lawcheck
import lawcheck.read as read
from lawcheck import output
from lawcheck.cli import main
from lawcheck.errors import UsageError

LAWCHECK = [sys.executable, "-m", "lawcheck"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def report(tmp_path):
    return put(tmp_path / "report.txt", REPORT.encode())


# -- 1. an output path that is an input (data loss) --------------------------------------

@pytest.mark.parametrize("how", ["same", "hardlink", "symlink"])
@pytest.mark.parametrize("cmd", ["check", "outline", "compare"])
def test_output_onto_an_input_is_refused(tmp_path, report, capsys, cmd, how):
    target = report
    if how == "hardlink":
        target = str(tmp_path / "link.txt")
        os.link(report, target)
    elif how == "symlink":
        target = str(tmp_path / "link.txt")
        os.symlink(report, target)
    before = digest(report)
    assert main([cmd, report, "-o", target]) == 2
    line = one_line(capsys.readouterr().err)
    assert "输入文件" in line and "覆盖" in line
    assert digest(report) == before and not leftovers(tmp_path)


def test_output_onto_a_report_inside_an_input_folder_is_refused(tmp_path, report, capsys):
    before = digest(report)
    assert main(["check", str(tmp_path), "-o", report]) == 2
    one_line(capsys.readouterr().err)
    assert digest(report) == before


def test_write_rechecks_the_rule_at_write_time(tmp_path, report):
    with output.policy([report]):
        with pytest.raises(UsageError):
            output.write(report, "结果")
    assert open(report, encoding="utf-8").read() == REPORT


# -- output paths that cannot be written: one line, exit 2 --------------------------------

@pytest.mark.parametrize("where", ["folder", "missing_folder", "proc", "readonly_folder"])
def test_unwritable_output_is_one_line_exit_2(tmp_path, report, capsys, where):
    if where == "readonly_folder" and IS_ROOT:
        pytest.skip("root writes into read-only folders")
    target = {"folder": tmp_path / "out", "missing_folder": tmp_path / "no" / "such" / "out.json",
              "proc": "/proc/lawcheck-test-output.json", "readonly_folder": tmp_path / "ro" / "out.json"}[where]
    if where == "folder":
        target.mkdir()
    if where == "readonly_folder":
        target.parent.mkdir()
        target.parent.chmod(0o555)
    assert main(["outline", report, "-o", str(target)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "输出" in line
    assert not leftovers(tmp_path)


def test_output_mode_honours_umask_and_keeps_an_existing_files_mode(tmp_path):
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.json"
        output.write(str(new), "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    kept.chmod(0o604)
    output.write(str(kept), "new")
    assert kept.read_text() == "new\n" and stat.S_IMODE(kept.stat().st_mode) == 0o604


def test_exclusive_create_never_overwrites(tmp_path):
    p = tmp_path / "copy.docx"
    p.write_bytes(b"first")
    with pytest.raises(UsageError, match="已存在"):
        output.write(str(p), b"second", exclusive=True)
    # The same when another run creates the file after the existence check (the link step refuses).
    with pytest.raises(UsageError, match="已存在"):
        output._atomic(str(p), str(p), b"second", None, exclusive=True)
    assert p.read_bytes() == b"first" and not leftovers(tmp_path)
    fresh = tmp_path / "fresh.docx"
    output.write(str(fresh), b"data", exclusive=True)
    assert fresh.read_bytes() == b"data" and not leftovers(tmp_path)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
def test_sigterm_while_writing_leaves_the_whole_file_or_nothing(tmp_path, monkeypatch):
    from lawcheck import cli
    from lawcheck.errors import Terminated

    real_fsync = os.fsync

    def fsync_and_terminate(fd):  # SIGTERM arrives while the temporary file is open
        os.kill(os.getpid(), signal.SIGTERM)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_and_terminate)
    previous = cli._catch_termination()
    try:
        with pytest.raises(Terminated):
            output.write(str(tmp_path / "out.json"), json.dumps({"ok": True}))
    finally:
        cli._restore_signals(previous)
    assert json.loads((tmp_path / "out.json").read_text()) == {"ok": True}
    assert not leftovers(tmp_path)


# -- 2. compare ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_compare_with_no_readable_file(tmp_path, capsys, fmt):
    bad = put(tmp_path / "a.txt", b"hello world\n" * 10)
    out = tmp_path / f"out.{fmt}"
    assert main(["compare", bad, "--format", fmt, "-o", str(out)]) == 2
    assert "a.txt" in one_line(capsys.readouterr().err)
    assert not out.exists() and not leftovers(tmp_path)


def test_compare_same_file_twice_is_not_a_copy_of_itself(tmp_path, report, capsys):
    os.link(report, tmp_path / "again.txt")
    assert read.expand_paths([report, report, str(tmp_path / "again.txt")]) == [report]
    assert main(["compare", report, report]) == 0
    assert "↔" not in capsys.readouterr().out


# -- 7. -j, budgets, signals ----------------------------------------------------------------

def test_negative_jobs_is_a_usage_error(report, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", report, "-j", "-1"])
    assert exc.value.code == 2
    assert "-j" in one_line(capsys.readouterr().err)


def test_jobs_are_clamped_to_files_and_cores():
    from lawcheck.batch import cpu_count, worker_count

    assert worker_count(1000, 48) == min(cpu_count(), 48)
    assert worker_count(0, 1) == 1 and worker_count(1, 5) == 1
    with pytest.raises(ValueError):
        worker_count(-1, 3)


def _budget_probe(path, book):
    """Stands in for checking a file: sleeps, dies, reports its memory limit or succeeds."""
    name = os.path.basename(path)
    if name == "slow":
        time.sleep(60)
    if name == "crash":
        os._exit(3)
    if name == "limit":
        import resource

        return ("limit", resource.getrlimit(resource.RLIMIT_AS)[0])
    return ("ok", name)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and RLIMIT_AS")
def test_budgeted_workers_skip_a_slow_or_dying_file_and_go_on():
    from lawcheck.batch import Budget, as_input_error
    from lawcheck.pool import run_budgeted

    files = ["a", "slow", "b", "crash", "c", "limit"]
    t0 = time.time()
    out = run_budgeted(files, None, 2, Budget(seconds=2, memory_mb=64 * 1024), _budget_probe)
    assert time.time() - t0 < 20
    assert out[0] == ("ok", "a") and out[2] == ("ok", "b") and out[4] == ("ok", "c")
    assert out[1][0] == "error" and "处理超时" in out[1][2]
    assert out[3][0] == "error" and "内存超限" in out[3][2]
    assert out[5] == ("limit", 64 * 1024 * 1024 * 1024)
    assert "内存超限" in as_input_error("x.docx", MemoryError()).reason


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")
def test_sigterm_to_the_parent_stops_its_workers(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(60):
        put(d / f"r{i:02d}.txt", REPORT.replace("示例县", f"示例{i}县").encode())
    p = subprocess.Popen(LAWCHECK + ["check", str(d), "-j", "2", "--format", "json", "-o", str(tmp_path / "out.json")],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline and p.poll() is None and len(_group(p.pid)) < 3:
        time.sleep(0.02)
    p.send_signal(signal.SIGTERM)
    p.wait(timeout=30)
    assert p.returncode == 128 + signal.SIGTERM, p.stderr.read()  # the signal came mid-batch
    assert "已终止" in one_line(p.stderr.read().decode())
    time.sleep(1)
    strays = _group(p.pid)
    for pid in strays:
        os.kill(pid, signal.SIGKILL)
    assert not strays and not leftovers(tmp_path)
    if (tmp_path / "out.json").exists():  # finished before the signal: then it is whole
        json.loads((tmp_path / "out.json").read_text())


def _group(pgid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                if int(fields[2]) == pgid and fields[0] != "Z":
                    out.append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    return out


def test_cli_start_imports_no_reader_library():
    code = ("import sys, lawcheck.cli; "
            "print(sorted(m for m in ('pypdfium2', 'lxml', 'charset_normalizer', 'multiprocessing') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_good_report_still_checks(report):
    assert lawcheck.outline(report).metadata.issuer
