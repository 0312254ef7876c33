"""The polarity reader, phrase by phrase (tests/polarity_cases.yaml), and its trigger table as data."""
import os

import pytest
import yaml

import lawcheck
from lawcheck.check.polarity import KINDS, Scan, TriggerTable, default_table, parse_triggers, read_phrase
from lawcheck.errors import UsageError
from lawcheck.normalize import to_simplified
from lawcheck.rulebook import load_rulebook

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "polarity_cases.yaml"), encoding="utf-8") as fh:
    CASES = yaml.safe_load(fh)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['polarity']}:{c['text']}" for c in CASES])
def test_phrase(case):
    reading = read_phrase(case["text"], case["cue"])
    assert reading.polarity == case["polarity"]
    if "missing" in case:
        text = to_simplified(case["text"])
        assert text[slice(*reading.missing)] == to_simplified(case["missing"])


def test_every_trigger_is_exercised_by_a_case():
    """A clerk who adds a trigger adds a sentence for it (the proselint guard, for triggers)."""
    table = default_table()
    used = set()
    for case in CASES:
        used |= {h.trigger for h in Scan(to_simplified(case["text"]), table).hits}
    unused = [t.phrase for t in table.triggers if t not in used]
    assert unused == []


def test_pseudo_triggers_claim_their_characters_first():
    table = default_table()
    kinds = [t.kind for t in table.triggers]
    assert kinds == sorted(kinds, key=KINDS.index)
    # "没有发生" is one pseudo hit, not the negation "没有".
    (hit,) = Scan("全年没有发生", table).hits
    assert hit.kind == "pseudo" and (hit.start, hit.end) == (2, 6)


def test_a_pack_can_add_triggers(tmp_path):
    """A province adds its own wording with ``triggers:`` in a --rules file."""
    report = tmp_path / "r.txt"
    report.write_text("示例甲县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强队伍建设。法律顾问仍属空档。\n",
                      encoding="utf-8")
    assert lawcheck.check(report).finding("counsel.legal_adviser").verdict == "pass"
    pack = tmp_path / "province.yaml"
    pack.write_text("source: {id: province, name: 示例省}\nrules: []\n"
                    "triggers:\n  - {phrase: 仍属空档, kind: negated, side: after, note: 本省常见写法}\n",
                    encoding="utf-8")
    f = lawcheck.check(report, rules=[str(pack)]).finding("counsel.legal_adviser")
    assert (f.verdict, f.coverage) == ("fail", "declared_absent")
    assert f.evidence[0].quote == "法律顾问仍属空档。"


def test_a_rule_can_still_name_its_own_negations(tmp_path):
    """``negation: [...]`` (the older schema) replaces the table's negations for that rule only."""
    pack = tmp_path / "p.yaml"
    pack.write_text("rules:\n  - id: province.safety\n    title: 安全生产执法\n    severity: recommended\n"
                    "    engine: cue\n    basis: {document: 示例省指引}\n"
                    "    detect: {cues: ['安全生产执法'], negation: ['缺位']}\n"
                    "    examples: []\n", encoding="utf-8")
    book = load_rulebook([str(pack)], defaults=False)
    report = tmp_path / "r.txt"
    report.write_text("示例甲县应急管理局2023年法治政府建设年度报告\n一、主要举措和成效\n安全生产执法尚未开展。\n",
                      encoding="utf-8")
    assert lawcheck.check(report, rules=book).finding("province.safety").coverage == "body"
    report.write_text("示例甲县应急管理局2023年法治政府建设年度报告\n一、主要举措和成效\n安全生产执法缺位。\n",
                      encoding="utf-8")
    assert lawcheck.check(report, rules=book).finding("province.safety").coverage == "declared_absent"


@pytest.mark.parametrize("entry,needle", [
    ({"phrase": "尚未", "kind": "nope"}, "kind"),
    ({"phrase": "尚未", "kind": "negated", "side": "left"}, "side"),
    ({"phrase": "(", "kind": "negated"}, "正则"),
    ({"kind": "negated"}, "phrase"),
    ({"phrase": "(?P<x>未)", "kind": "negated"}, "命名分组"),
])
def test_bad_trigger_is_a_one_line_error(entry, needle):
    with pytest.raises(UsageError, match=needle) as exc:
        parse_triggers("p.yaml", [entry])
    assert "\n" not in str(exc.value)


def test_table_is_plain_data_a_clerk_can_read():
    """Every entry has a Chinese note; comments explain the kinds."""
    path = os.path.join(os.path.dirname(lawcheck.__file__), "rules", "polarity.yaml")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    data = yaml.safe_load(raw)
    assert all(e.get("note") for e in data["triggers"])
    for kind in KINDS:
        assert kind in raw.split("triggers:")[0]  # described in the header
    assert isinstance(default_table(), TriggerTable)
