"""A folder of everything that arrived: every file checked or listed as not checked, in every format,
with a summary and an exit code that hides nothing (issue 11)."""
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import pytest
from builders import write_docx, write_html, write_pdf
from hostile_builders import REPORT

from lawcheck.batch import check_paths, exit_status
from lawcheck.cli import main
from lawcheck.read import convert
from lawcheck.render.summary import run_output, summarize

FORMATS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "formats")
LAWCHECK = [sys.executable, "-m", "lawcheck"]
# A report without its 三、 part and its 第一责任人 sentence: two mandatory items missing.
MISSING_TWO = REPORT.split("三、")[0].replace("局长主持召开党组会议专题研究法治建设4次，切实履行推进法治建设第一责任人职责。",
                                             "全年开展执法培训3次。") + "四、其他需要报告的情况\n无。\n示例县司法局\n2025年1月27日"
REPORTS = {"good.txt", "missing-two.txt", "sample.txt", "report.docx", "page.html", "report.pdf",
           "qingshi-2024.doc", "fenglin-2024.wps", "qingshi-2024.ofd"}
BROKEN = {"broken.pdf", "empty.txt", "broken.docx", "scan.png"}
IGNORED = {"统计表.xlsx", ".hidden", "~$report.docx", "README.md"}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, sample_path):
    d = tmp_path_factory.mktemp("spring")
    (d / "good.txt").write_text(REPORT, encoding="utf-8")
    (d / "missing-two.txt").write_text(MISSING_TWO, encoding="utf-8")
    shutil.copy(sample_path, d / "sample.txt")
    write_docx(str(d / "report.docx"), REPORT)
    write_html(str(d / "page.html"), REPORT)
    write_pdf(str(d / "report.pdf"), REPORT)
    for name in ("qingshi-2024.doc", "fenglin-2024.wps", "qingshi-2024.ofd"):
        shutil.copy(os.path.join(FORMATS, name), d / name)
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    (d / "empty.txt").write_bytes(b"  \n")
    (d / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    (d / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (d / "统计表.xlsx").write_bytes(b"PK\x03\x04")
    (d / ".hidden").mkdir()
    (d / ".hidden" / "old.txt").write_text(REPORT, encoding="utf-8")
    (d / "~$report.docx").write_bytes(b"lock")
    (d / "README.md").write_text("本文件夹说明", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def batch(mixed):
    return check_paths([str(mixed)])


def _names(paths):
    return {os.path.basename(p) for p in paths}


def test_every_file_is_checked_or_listed_with_a_reason(batch):
    checked = _names(r.document.file for r in batch.results)
    unread = {os.path.basename(e.path): e.reason for e in batch.not_checked}
    ignored = {os.path.basename(s.path): s.reason for s in batch.ignored}
    assert checked | set(unread) | set(ignored) == REPORTS | BROKEN | IGNORED
    assert not (checked & set(unread)) and BROKEN <= set(unread) and set(ignored) == IGNORED
    for legacy in ("qingshi-2024.doc", "fenglin-2024.wps"):  # converted, or not checked saying what to install
        assert legacy in checked or "LibreOffice" in unread[legacy]
    if convert.soffice() is not None:
        assert checked == REPORTS
    assert "OCR" in unread["scan.png"] and "不是报告文件格式" in ignored["统计表.xlsx"]


def test_summary_counts_and_orders_reports_worst_first(batch):
    s = summarize(batch)
    assert s["files"] == len(REPORTS | BROKEN | IGNORED)
    assert s["checked"] + s["not_checked"] + s["ignored"] == s["files"] and s["ignored"] == len(IGNORED)
    worst = s["missing_mandatory"]
    names = [os.path.basename(w["file"]) for w in worst]
    assert [w["missing"] for w in worst] == sorted((w["missing"] for w in worst), reverse=True)
    assert names.index("missing-two.txt") < names.index("sample.txt")
    two = worst[names.index("missing-two.txt")]
    assert two["missing"] == 2 and {r["rule"] for r in two["rules"]} == {"content.next_year", "content.first_responsibility"}
    fr = next(x for x in s["rules"] if x["rule"] == "content.first_responsibility")
    fails = sum(1 for r in batch.results if r.finding("content.first_responsibility").verdict == "fail")
    assert fr["fail"] == fails >= 1
    assert [x["fail"] for x in s["rules"]] == sorted((x["fail"] for x in s["rules"]), reverse=True)


def test_every_output_format_accounts_for_every_file(batch):
    every = REPORTS | BROKEN | IGNORED
    text = run_output(batch, "text", exit_code=1)
    summary = text[text.index("汇总"):]
    assert all(name in summary or name in text for name in every)
    assert summary.rstrip().endswith("（退出码 1）") and "未能检查的文件" in summary
    data = json.loads(run_output(batch, "json"))
    assert set(data) == {"schema", "summary", "reports"} and data["schema"] == "lawcheck/1"
    assert _names(o["file"] for o in data["reports"]) == every
    for o in data["reports"]:
        assert o["schema"] == "lawcheck/1" and len({"findings", "error", "ignored"} & set(o)) == 1
    page = run_output(batch, "html")
    assert all(name in page for name in every)
    sarif = json.loads(run_output(batch, "sarif"))
    run = sarif["runs"][0]
    located = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               for n in run["invocations"][0]["toolExecutionNotifications"]}
    located |= {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    located = {os.path.basename(unquote(u).rstrip("/")) for u in located}
    assert located >= _names(e.path for e in batch.not_checked) | IGNORED
    root = ET.fromstring(run_output(batch, "junit").encode("utf-8"))
    files = {p.get("value") for p in root.iter("property") if p.get("name") == "file"}
    assert _names(files) == every


def test_html_opens_with_the_summary_and_every_link_lands(batch):
    page = run_output(batch, "html")
    assert page.index('id="summary"') < page.index('class="report"')
    ids = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and all(link in ids for link in links)
    first = page.index("缺少必备项的报告")
    assert page.index("missing-two.txt", first) < page.index("sample.txt", first)


def test_only_problems_keeps_failures_and_warnings(batch):
    text = run_output(batch, "text", only_problems=True)
    reports = text.split("=== 汇总 ===")[0]
    assert "[缺失]" in reports and "[提示]" in reports and "[通过]" not in reports and "- 跳过" not in reports
    data = json.loads(run_output(batch, "json", only_problems=True))
    verdicts = {f["verdict"] for o in data["reports"] for f in o.get("findings", [])}
    assert verdicts <= {"fail", "warn"} and "fail" in verdicts
    assert data["summary"]["checked"] == len(batch.results)  # the summary still counts every report


def test_cli_exit_1_lists_each_unreadable_file_and_still_reports_failures(mixed, tmp_path):
    out = tmp_path / "结果.json"
    proc = subprocess.run(LAWCHECK + ["check", str(mixed), "--format", "json", "-o", str(out), "-j", "2"],
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 1 and proc.stdout == ""
    err = proc.stderr.strip().splitlines()
    unread = len(BROKEN) + (2 if convert.soffice() is None else 0)  # .doc/.wps need LibreOffice
    assert len(err) == unread + 1 and all(x.startswith("lawcheck: ") for x in err)
    assert all(any(name in x for x in err) for name in BROKEN)
    assert "已写入" in err[-1] and "结果.json" in err[-1]  # one line saying what was written
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["exit_code"] == 1 and data["summary"]["reports_missing_mandatory"] >= 2
    quiet = subprocess.run(LAWCHECK + ["check", str(mixed / "good.txt"), str(mixed / "empty.txt"), "-q",
                                       "-o", str(tmp_path / "q.txt")], capture_output=True, text=True, timeout=60)
    assert quiet.returncode == 1 and quiet.stderr.count("\n") == 1 and "empty.txt" in quiet.stderr


def test_exit_codes(mixed, tmp_path, capsys):
    good, two, empty = str(mixed / "good.txt"), str(mixed / "missing-two.txt"), str(mixed / "empty.txt")
    assert main(["check", good]) == 0
    assert main(["check", good, two]) == 1
    assert main(["check", good, empty]) == 1  # was 2, which hid the reports' own result
    assert main(["check", good, empty, "--exit-zero"]) == 0
    assert main(["check", two, "--exit-zero"]) == 0
    assert main(["check", empty]) == 2  # nothing readable at all
    only_images = tmp_path / "images"
    only_images.mkdir()
    (only_images / "a.png").write_bytes(b"\x89PNG")
    assert main(["check", str(only_images)]) == 2
    assert main(["check", good, "--fail-on", "any"]) == 1  # good.txt passes the mandatory items, not every hint
    assert main(["check", good, "--fail-on", "mandatory"]) == 0
    assert main(["check", good, "-o", str(tmp_path)]) == 2  # output path unusable
    capsys.readouterr()


def test_batch_exit_status_rule():
    from types import SimpleNamespace as NS

    from lawcheck.batch import Batch
    from lawcheck.errors import InputError

    ok = NS(findings=[NS(verdict="pass", severity="mandatory"), NS(verdict="warn", severity="recommended")])
    bad = NS(findings=[NS(verdict="fail", severity="mandatory")])
    assert exit_status(Batch([ok])) == 0
    assert exit_status(Batch([ok, bad])) == 1
    assert exit_status(Batch([ok], [InputError("x.txt", "坏")])) == 1
    assert exit_status(Batch([], [InputError("x.txt", "坏")])) == 2
    assert exit_status(Batch([ok]), "recommended") == 1 and exit_status(Batch([ok]), "mandatory") == 0


def test_single_report_json_is_unchanged(mixed, capsys):
    assert main(["check", str(mixed / "good.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "lawcheck/1" and "findings" in data and "summary" not in data


def test_progress_bar_only_on_a_terminal(monkeypatch):
    from lawcheck import cli_check

    class Tty:
        def __init__(self, tty):
            self.tty, self.text = tty, ""

        def isatty(self):
            return self.tty

        def write(self, s):
            self.text += s

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stderr", Tty(False))
    assert cli_check._progress(50, quiet=False) is None
    monkeypatch.setattr(sys, "stderr", Tty(True))
    assert cli_check._progress(50, quiet=True) is None and cli_check._progress(1, quiet=False) is None
    bar = cli_check._progress(50, quiet=False)
    bar.delay = 0
    for _ in range(50):
        bar.update()
    bar.refresh()
    bar.close()
    assert "检查报告" in sys.stderr.text and "50/50" in sys.stderr.text


def test_one_folder_with_hard_and_symbolic_links_lists_each_file_once(tmp_path):
    """The scan of one folder remembers files only when links exist (a 20,000-file archive without links keeps none)."""
    import os

    from lawcheck.read.scan import scan_paths

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("报告", encoding="utf-8")
    (folder / "b.txt").write_text("另一份", encoding="utf-8")
    assert len(scan_paths([str(folder)]).files) == 2
    os.link(folder / "a.txt", folder / "c.txt")
    assert sorted(os.path.basename(f) for f in scan_paths([str(folder)]).files) == ["a.txt", "b.txt"]
    os.symlink(folder / "b.txt", folder / "d.txt")
    assert sorted(os.path.basename(f) for f in scan_paths([str(folder)]).files) == ["a.txt", "b.txt"]


def test_packed_paths_keep_every_name_and_the_order_of_a_plain_sort():
    """The scan packs paths into one buffer; names the file system could not decode (lone surrogates) and Chinese
    names come back unchanged, in the order ``sorted`` gives the str paths (UTF-8 keeps code point order)."""
    from lawcheck.read.scan import Paths, _encode

    names = ["/a/报告-2024.txt", "/a/b/x.txt", "/a-b/y.txt", "/a/\udcff坏名.txt", "/a/\U0001F600.txt", "/a/ｚ.txt"]
    packed = Paths(sorted(names, key=_encode))
    assert list(packed) == sorted(names)
    assert [packed[i] for i in range(-len(names), 0)] == sorted(names)
    assert packed[1:3] == sorted(names)[1:3]
    with pytest.raises(IndexError):
        packed[len(names)]


def test_scan_hands_back_a_file_whose_name_is_not_utf8(tmp_path):
    from lawcheck.read.scan import scan_paths

    folder = tmp_path / "reports"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/\xff\xfe-2024.txt"
    with open(raw, "wb") as fh:
        fh.write("报告".encode("utf-8"))
    (folder / "正常.txt").write_text("报告", encoding="utf-8")
    files = list(scan_paths([str(folder)]).files)
    assert len(files) == 2 and all(os.path.exists(f) for f in files)
    assert os.fsencode(files[1]) == raw  # "\udcff…" (U+DCFF) sorts after "正" (U+6B63), as in sorted()


def test_scan_walks_folder_by_folder_in_the_order_of_sorted_paths(tmp_path):
    """Subfolders sort among their siblings as "name/": "b 1/…" < "b-1.txt" < "b.txt" < "b/…" < "c.txt"."""
    from lawcheck.read.scan import scan_paths

    root = tmp_path / "档案"
    names = ["b-1.txt", "b/x.txt", "b/y z.txt", "b/子/2024.txt", "b.txt", "c.txt", "b!/a.txt", "b 1/q.txt",
             "年报/2023.txt", "年报-旧/2022.txt", "年报/a/b/c.txt", "a.pdf"]
    for n in names:
        (root / n).parent.mkdir(parents=True, exist_ok=True)
        (root / n).write_text("报告", encoding="utf-8")
    expected = sorted(str(root / n) for n in names)
    assert list(scan_paths([str(root)]).files) == expected
    got = [os.path.relpath(f, root) for f in scan_paths([str(root)]).files]
    # Folders and files interleave: ' ' < '!' < '-' < '.' < '/'.
    assert got[:7] == ["a.pdf", "b 1/q.txt", "b!/a.txt", "b-1.txt", "b.txt", "b/x.txt", "b/y z.txt"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "sarif", "junit", "html"])
def test_a_file_name_that_is_not_utf8_is_written_escaped_in_every_output(tmp_path, fmt):
    """Names from a GBK zip unpacked on Linux are not UTF-8. Each output still gets written (JSON spells the name with
    \\udcff escapes, which read back as the same path; SARIF %-escapes the bytes), with the cache as without it."""
    folder = tmp_path / "reports"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + "/县司法局报告".encode("gbk") + b".txt"
    with open(raw, "wb") as fh:
        fh.write(REPORT.encode("utf-8"))
    outs = []
    for n, cache in enumerate(([], ["--cache", str(tmp_path / "c.sqlite")], ["--cache", str(tmp_path / "c.sqlite")])):
        out = tmp_path / f"out{n}.{fmt}"
        assert main(["check", str(folder), "--format", fmt, "-o", str(out), "-q", *cache]) in (0, 1)
        outs.append(out.read_bytes())
        out.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    if fmt in ("json", "jsonl", "csv"):  # (the others carry the run's time)
        assert outs[0] == outs[1] == outs[2]
    if fmt == "json":
        assert os.fsencode(json.loads(outs[2])["file"]) == raw  # (one report: the single-report object)
    if fmt == "sarif":
        assert b"%CF%D8%CB%BE" in outs[0]  # 县 in GBK, as in the file's name
