"""Project configuration (.lawcheck.yaml / [tool.lawcheck]): discovery, select/ignore, severities, fail-on,
and argparse in Chinese."""
import json
import os
import subprocess
import sys

import pytest

from lawcheck.cli import main
from lawcheck.config import find_config, load_config

LAWCHECK = [sys.executable, "-m", "lawcheck"]


@pytest.fixture
def project(tmp_path, monkeypatch, sample_path):
    """A repository of drafts: config at the top, the run started two folders down."""
    (tmp_path / "drafts" / "2024").mkdir(parents=True)
    (tmp_path / "drafts" / "2024" / "xinxing.txt").write_bytes(open(sample_path, "rb").read())
    here = tmp_path / "drafts" / "2024"
    monkeypatch.chdir(here)
    return tmp_path


def _verdicts(capsys):
    data = json.loads(capsys.readouterr().out)
    return {f["rule"]: (f["verdict"], f["severity"]) for f in data["findings"]}


def test_config_is_found_upward_nearest_first(project):
    assert find_config() is None
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config() is None  # a pyproject.toml without [tool.lawcheck] is not a configuration
    (project / "pyproject.toml").write_text("[tool.lawcheck]\nfail-on = 'any'\n", encoding="utf-8")
    assert find_config() == str(project / "pyproject.toml") and load_config().fail_on == "any"
    (project / "drafts" / ".lawcheck.yaml").write_text("fail-on: recommended\n", encoding="utf-8")
    assert find_config() == str(project / "drafts" / ".lawcheck.yaml")
    assert load_config().fail_on == "recommended" and load_config(isolated=True).fail_on == "mandatory"


def test_select_and_ignore_by_id_group_and_pack(project, capsys):
    (project / ".lawcheck.yaml").write_text("select: [content, doc.type]\nignore: [content.other]\n", encoding="utf-8")
    assert main(["check", "xinxing.txt", "--format", "json"]) == 1
    assert set(_verdicts(capsys)) == {"doc.type", "content.measures", "content.shortcomings",
                                      "content.first_responsibility", "content.next_year"}
    # the command line replaces the file's lists
    assert main(["check", "xinxing.txt", "--format", "json", "--select", "gangyao", "--ignore", "gangyao.digital"]) == 0
    got = _verdicts(capsys)
    assert got and all(r.startswith("gangyao.") for r in got) and "gangyao.digital" not in got
    assert main(["check", "xinxing.txt", "--format", "json", "--isolated"]) == 1
    assert "police.standardization" in _verdicts(capsys)


def test_severity_override_changes_verdict_and_exit_code(project, capsys):
    assert main(["check", "xinxing.txt", "--format", "json"]) == 1
    assert _verdicts(capsys)["content.first_responsibility"] == ("fail", "mandatory")
    (project / ".lawcheck.yaml").write_text("severity:\n  content.first_responsibility: 建议\n  content: info\n",
                                            encoding="utf-8")
    assert main(["check", "xinxing.txt", "--format", "json"]) == 0
    got = _verdicts(capsys)
    assert got["content.first_responsibility"] == ("warn", "recommended")  # the id beats its group
    assert got["content.measures"][1] == "info"


def test_fail_on_and_exit_zero_from_file_and_command_line(project, capsys):
    (project / ".lawcheck.yaml").write_text("select: [content.measures, content.shortcomings, content.next_year,"
                                            " doc.type, gangyao]\n", encoding="utf-8")
    assert main(["check", "xinxing.txt"]) == 0  # only hints left among the gangyao items
    (project / ".lawcheck.yaml").write_text("select: [content.measures, content.shortcomings, content.next_year,"
                                            " doc.type, gangyao]\nfail-on: any\n", encoding="utf-8")
    assert main(["check", "xinxing.txt"]) == 1
    assert main(["check", "xinxing.txt", "--fail-on", "mandatory"]) == 0
    assert main(["check", "xinxing.txt", "--exit-zero", "--fail-on", "any"]) == 0
    capsys.readouterr()


def test_format_rules_and_exclude_resolve_against_the_config_file(project, capsys):
    (project / "rules").mkdir()
    (project / "rules" / "本省.yaml").write_text(
        "rules:\n  - id: province.extra\n    title: 本省补充要求\n    severity: recommended\n    engine: cue\n"
        "    basis: 本省规定\n    detect: {cues: ['法律顾问']}\n", encoding="utf-8")
    (project / "drafts" / "2024" / "附表.txt").write_text("不检查", encoding="utf-8")
    (project / ".lawcheck.yaml").write_text(
        "format: json\nrules: [rules/本省.yaml]\nexclude: ['drafts/2024/附表.txt']\n", encoding="utf-8")
    assert main(["check", "."]) == 1
    data = json.loads(capsys.readouterr().out)
    reports = data["reports"]
    assert [os.path.basename(r["file"]) for r in reports] == ["xinxing.txt", "附表.txt"]
    assert any(f["rule"] == "province.extra" for f in reports[0]["findings"])
    assert "exclude" in reports[1]["ignored"]["reason"]


def test_rules_command_lists_the_selection(project, capsys):
    assert main(["rules", "--format", "json", "--select", "content", "--ignore", "content.other"]) == 0
    ids = [r["id"] for r in json.loads(capsys.readouterr().out)]
    assert ids and all(i.startswith("content.") for i in ids) and "content.other" not in ids


@pytest.mark.parametrize("text, words", [
    ("fial-on: any\n", "fail-on"),  # a typo gets a suggestion
    ("select: [contnet]\n", "contnet"),
    ("fail-on: sometimes\n", "fail-on"),
    ("severity: {content: 很重要}\n", "severity"),
    ("select: [\n", "YAML"),
])
def test_configuration_errors_are_one_line_exit_2(project, text, words):
    (project / ".lawcheck.yaml").write_text(text, encoding="utf-8")
    proc = subprocess.run(LAWCHECK + ["check", "xinxing.txt"], capture_output=True, text=True, cwd=os.getcwd())
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in proc.stderr


def test_unknown_select_on_the_command_line_and_missing_config(project, capsys):
    assert main(["check", "xinxing.txt", "--select", "content.mesures"]) == 2
    assert "content.measures" in capsys.readouterr().err  # did you mean
    assert main(["check", "xinxing.txt", "--config", "nowhere.yaml"]) == 2
    assert "找不到配置文件" in capsys.readouterr().err


def test_help_and_argparse_errors_are_in_chinese():
    out = subprocess.run(LAWCHECK + ["check", "--help"], capture_output=True, text=True).stdout
    assert out.startswith("用法：") and "选项" in out and "usage" not in out and "show this help" not in out
    for opt in ("--select", "--ignore", "--config", "--fail-on", "--exit-zero", "--only-problems", "--quiet"):
        assert opt in out
    import argparse

    from lawcheck.cli_args import parser

    def undocumented(p):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from undocumented(sub)
            elif not action.help:
                yield f"{p.prog} {action.dest}"
    assert list(undocumented(parser())) == []  # every option and argument has help text
    bad = subprocess.run(LAWCHECK + ["check", "--fail-on", "sometimes"], capture_output=True, text=True)
    assert bad.returncode == 2 and "无效" in bad.stderr and "invalid choice" not in bad.stderr
    missing = subprocess.run(LAWCHECK + ["outline"], capture_output=True, text=True)
    assert missing.returncode == 2 and "缺少必需的参数" in missing.stderr
    extra = subprocess.run(LAWCHECK + ["rules", "--bogus"], capture_output=True, text=True)
    assert extra.returncode == 2 and "无法识别的参数" in extra.stderr


def test_pre_commit_hook_definition():
    import re

    import yaml

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, ".pre-commit-hooks.yaml"), encoding="utf-8") as fh:
        hooks = yaml.safe_load(fh)
    hook = next(h for h in hooks if h["id"] == "lawcheck")
    assert hook["entry"] == "lawcheck check" and hook["language"] == "python" and hook["require_serial"]
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    wanted = ["草稿/2024年报告.docx", "a.doc", "b.wps", "c.ofd", "d.pdf", "e.html", "f.txt", "g.md"]
    assert all(files.search(p) and not exclude.search(p) for p in wanted)
    assert all(exclude.search(p) for p in ["README.md", "docs/README.txt", "草稿/~$报告.docx"])
    assert not files.search("数据.xlsx")
    proc = subprocess.run(LAWCHECK + ["check", *hook["args"], "--help"], capture_output=True, text=True)
    assert proc.returncode == 0  # the hook's arguments are real options
