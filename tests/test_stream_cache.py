"""Streamed batch outputs (jsonl, csv) and the result cache (issue 13, parts 1-2): real files, a real SQLite file."""
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from hostile_builders import REPORT

from lawcheck import cache
from lawcheck.cli import main
from lawcheck.render.stream import CSV_COLUMNS

# A report without its 三、 part and its 第一责任人 sentence: two mandatory items missing (as in test_batch).
MISSING_TWO = REPORT.split("三、")[0].replace("局长主持召开党组会议专题研究法治建设4次，切实履行推进法治建设第一责任人职责。",
                                             "全年开展执法培训3次。") + "四、其他需要报告的情况\n无。\n示例县司法局\n2025年1月27日"


@pytest.fixture()
def folder(tmp_path, sample_path):
    d = tmp_path / "报告"
    d.mkdir()
    (d / "a-good.txt").write_text(REPORT, encoding="utf-8")
    (d / "b-missing.txt").write_text(MISSING_TWO, encoding="utf-8")
    (d / "c-sample.txt").write_bytes(open(sample_path, "rb").read())
    (d / "d-broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")  # unreadable: not checked
    (d / "e-empty.txt").write_bytes(b"  \n")
    (d / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (d / "统计表.xlsx").write_bytes(b"PK\x03\x04")  # ignored
    return d


def run(args, tmp_path, name):
    """``lawcheck check`` in this process; returns (exit code, output file text)."""
    out = tmp_path / name
    code = main(["check", *map(str, args), "-o", str(out), "-q"])
    return code, out.read_text(encoding="utf-8") if out.exists() else None


def jsonl(text):
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_lines_are_the_json_reports_then_the_summary(folder, tmp_path):
    code_json, text = run([folder, "--format", "json"], tmp_path, "all.json")
    code_jsonl, lines = run([folder, "--format", "jsonl"], tmp_path, "all.jsonl")
    whole = json.loads(text)
    records = jsonl(lines)
    assert code_json == code_jsonl == 1
    assert records[:-1] == whole["reports"]  # same objects, same order
    assert records[-1] == {"schema": "lawcheck/1", "summary": whole["summary"]}
    kinds = [next(k for k in ("findings", "error", "ignored") if k in r) for r in records[:-1]]
    assert kinds == ["findings"] * 3 + ["error"] * 3 + ["ignored"]
    assert whole["summary"]["checked"] == 3 and whole["summary"]["not_checked"] == 3
    # Bad input in the batch is still reported, with its reason.
    errors = {os.path.basename(r["file"]): r["error"]["reason"] for r in records if "error" in r}
    assert set(errors) == {"d-broken.pdf", "e-empty.txt", "scan.png"} and all(errors.values())
    # The report object of a streamed run is the single-report JSON of that file.
    code, single = run([folder / "b-missing.txt", "--format", "json"], tmp_path, "one.json")
    assert json.loads(single) == next(r for r in records if r.get("file", "").endswith("b-missing.txt"))


def test_jsonl_to_stdout_and_only_problems(folder, tmp_path, capsys):
    assert main(["check", str(folder), "--format", "jsonl", "--only-problems", "-q"]) == 1
    records = jsonl(capsys.readouterr().out)
    code, text = run([folder, "--format", "json", "--only-problems"], tmp_path, "p.json")
    assert records[:-1] == json.loads(text)["reports"]
    assert all(f["verdict"] in ("fail", "warn") for r in records if "findings" in r for f in r["findings"])


def test_csv_parses_one_row_per_report_and_rule(folder, tmp_path):
    code, text = run([folder, "--format", "csv"], tmp_path, "all.csv")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    _, whole = run([folder, "--format", "json"], tmp_path, "all.json")
    reports = json.loads(whole)["reports"]
    checked = [r for r in reports if "findings" in r]
    assert [(r["file"], r["rule"], r["verdict"]) for r in rows if r["status"] == "checked"] == \
        [(r["file"], f["rule"], f["verdict"]) for r in checked for f in r["findings"]]
    assert {r["status"] for r in rows} == {"checked", "not_checked", "ignored"}
    missing = [r for r in rows if r["file"].endswith("b-missing.txt") and r["verdict"] == "fail"]
    assert {r["rule"] for r in missing} >= {"content.first_responsibility"} and missing[0]["label"] == "缺失"
    unread = [r for r in rows if r["status"] == "not_checked"]
    assert len(unread) == 3 and all(r["reason"] and not r["rule"] for r in unread)


def test_streamed_output_file_is_whole_or_absent(folder, tmp_path):
    before = set(os.listdir(tmp_path))
    code, _ = run([folder / "e-empty.txt", folder / "d-broken.pdf", "--format", "jsonl"], tmp_path, "none.jsonl")
    assert code == 2 and set(os.listdir(tmp_path)) == before  # nothing readable: no file, no temporary file
    target = folder / "a-good.txt"
    original = target.read_bytes()
    assert main(["check", str(folder), "--format", "jsonl", "-o", str(target), "-q"]) == 2  # never over an input
    assert target.read_bytes() == original
    assert not [n for n in os.listdir(folder) if n.startswith(".lawcheck-")]


def _rows(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT content, ext, rulebook, stored FROM results").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_cache_hit_gives_the_output_of_a_cold_run(folder, tmp_path, fmt):
    db = tmp_path / "cache.sqlite"
    cold = run([folder, "--format", fmt], tmp_path, f"cold.{fmt}")
    first = run([folder, "--format", fmt, "--cache", db], tmp_path, f"first.{fmt}")
    stored = _rows(db)
    assert len(stored) == 3  # the three reports read and checked; unreadable files are not stored
    second = run([folder, "--format", fmt, "--cache", db], tmp_path, f"second.{fmt}")
    assert cold == first == second
    assert _rows(db) == stored  # nothing was checked again: every row is the one stored by the first run


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_cache_rechecks_a_modified_file_and_follows_a_moved_one(folder, tmp_path, fmt):
    db = tmp_path / "cache.sqlite"
    run([folder, "--format", fmt, "--cache", db], tmp_path, f"first.{fmt}")
    (folder / "a-good.txt").write_text(MISSING_TWO.replace("示例县", "示例乙县"), encoding="utf-8")
    os.rename(folder / "c-sample.txt", folder / "z-moved.txt")
    code, warm = run([folder, "--format", fmt, "--cache", db], tmp_path, f"warm.{fmt}")
    _, cold = run([folder, "--format", fmt], tmp_path, f"cold.{fmt}")
    assert warm == cold and len(_rows(db)) == 4  # one new row: the changed file; the moved one was a hit
    if fmt == "json":
        warm = "\n".join(json.dumps(r, ensure_ascii=False) for r in json.loads(warm)["reports"])
    good = next(r for r in jsonl(warm) if r.get("file", "").endswith("a-good.txt"))
    assert good["findings"] and any(f["rule"] == "content.first_responsibility" and f["verdict"] == "fail"
                                    for f in good["findings"])
    assert any(r.get("file", "").endswith("z-moved.txt") for r in jsonl(warm))


def test_a_rule_change_invalidates_the_cache(folder, tmp_path):
    db = tmp_path / "cache.sqlite"
    run([folder, "--format", "json", "--cache", db], tmp_path, "first.json")
    config = tmp_path / "strict.yaml"
    config.write_text("severity:\n  content.other: recommended\n", encoding="utf-8")
    args = [folder, "--format", "json", "--config", config]
    warm = run(args + ["--cache", db], tmp_path, "warm.json")
    cold = run(args, tmp_path, "cold.json")
    assert warm == cold
    rows = _rows(db)
    assert len(rows) == 6 and len({r[2] for r in rows}) == 2  # the same contents under a second fingerprint
    other = next(f for r in json.loads(warm[1])["reports"] if "findings" in r for f in r["findings"]
                 if f["rule"] == "content.other")
    assert other["severity"] == "recommended"


def test_fingerprint_covers_rules_selection_and_severity():
    from lawcheck.config import apply
    from lawcheck.rulebook import load_rulebook

    book = load_rulebook()
    base = cache.fingerprint(book)
    assert cache.fingerprint(load_rulebook()) == base  # stable
    assert cache.fingerprint(book, {"content.measures"}) != base
    assert cache.fingerprint(apply(book, severity={"gangyao": "recommended"})[0]) != base
    assert cache.fingerprint(load_rulebook(["gbt9704"], defaults=False)) != base


def test_a_corrupt_cache_is_one_line_and_the_run_goes_on(folder, tmp_path):
    db = tmp_path / "cache.sqlite"
    db.write_bytes(b"this is not a database, but someone's file" * 100)
    before = db.read_bytes()
    cold = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(folder), "--format", "json"],
                          capture_output=True, text=True)
    warm = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(folder), "--format", "json",
                           "--cache", str(db)], capture_output=True, text=True)
    assert warm.returncode == cold.returncode == 1 and warm.stdout == cold.stdout
    lines = [x for x in warm.stderr.splitlines() if "缓存" in x]
    assert len(lines) == 1 and "已损坏" in lines[0] and "本次不使用缓存" in lines[0]
    assert db.read_bytes() == before  # someone else's file is never rewritten


def test_a_locked_cache_is_one_line_and_the_run_goes_on(folder, tmp_path):
    db = tmp_path / "cache.sqlite"
    assert main(["check", str(folder / "a-good.txt"), "--format", "json", "-q", "--cache", str(db)]) == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another run writing, for longer than lawcheck waits
    try:
        warm = subprocess.run([sys.executable, "-m", "lawcheck", "check", str(folder / "a-good.txt"),
                               "--format", "json", "--cache", str(db)], capture_output=True, text=True)
    finally:
        holder.rollback()
        holder.close()
    assert warm.returncode == 0 and json.loads(warm.stdout)["file"].endswith("a-good.txt")
    assert "正被另一个 lawcheck 进程使用" in warm.stderr and len(warm.stderr.strip().splitlines()) == 1


def test_bare_cache_uses_the_user_cache_folder_and_a_folder_after_it_is_an_input(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--cache", str(folder), "--format", "jsonl", "-o", "x.jsonl", "-q"]) == 1
    db = tmp_path / "xdg" / "lawcheck" / "results.sqlite"
    assert cache.default_path() == str(db) and len(_rows(db)) == 3
    assert jsonl((tmp_path / "x.jsonl").read_text(encoding="utf-8"))[-1]["summary"]["checked"] == 3


def test_cache_in_the_folder_being_checked_is_not_an_entry_of_it(folder, tmp_path):
    db = folder / "results.sqlite"
    first = run([folder, "--format", "json", "--cache", db], tmp_path, "first.json")
    second = run([folder, "--format", "json", "--cache", db], tmp_path, "second.json")
    assert first == second
    assert not any("results.sqlite" in r["file"] for r in json.loads(second[1])["reports"])


def test_load_reads_the_reports_back(folder, tmp_path):
    db = tmp_path / "cache.sqlite"
    _, text = run([folder, "--format", "json", "--cache", db], tmp_path, "first.json")
    checked = {r["file"]: r for r in json.loads(text)["reports"] if "findings" in r}
    loaded = cache.load(str(db))
    assert {r["file"] for r in loaded} == set(checked)
    for r in loaded:
        meta = r.pop("cache")
        assert len(meta["sha256"]) == 64 and meta["ext"] == ".txt"
        assert r == checked[r["file"]]
