"""Rule packs: YAML files legal staff can read and edit, loaded and validated here.

A pack is ``{source: {...}, rules: [...]}``; the schema is in docs/rules.md.
Built-in packs are listed in ``PACKS`` (an explicit registry, no discovery).
A later pack may redefine a rule id of an earlier one: that is how a province
makes an item stricter without copying the whole rulebook.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError
from .model import SEVERITIES

_HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")

PACKS = {
    "dcgd": "dcgd.yaml",  # 督察工作规定: five items, deadlines, document type
    "gangyao": "gangyao.yaml",  # 实施纲要（2021—2025年）: nine tasks
    "institutions": "institutions.yaml",  # 重大行政决策, 规范性文件, 三项制度, 复议应诉, 法律顾问, 普法, 述法
    "police": "police.yaml",  # 公安 profile (applies to 公安 issuers only)
    "gbt9704": "gbt9704.yaml",  # GB/T 9704-2012 layout of .docx drafts
}
DEFAULT_PACKS = ("dcgd", "gangyao", "institutions", "police", "gbt9704")
ENGINES = ("doctype", "item", "cue", "timing", "layout")  # == the keys of lawcheck.check.ENGINES (a test holds this)

_RULE_KEYS = {"id", "title", "severity", "group", "basis", "applies_to", "engine", "detect", "verdicts",
              "messages", "guidance", "examples"}
_DETECT_KEYS = {"headings", "cues", "exclude", "negation", "polarity", "causes", "year_offset", "fallback",
                "claimed_by", "soft_headings", "topic_cues", "topic_share", "topic_min", "accept", "date", "deadlines", "check",
                "params", "body_cues", "body_verdict", "anaphora", "antecedents", "anaphora_deeds"}
_PACK_KEYS = {"source", "rules", "triggers"}
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")

@dataclass(frozen=True)
class Basis:
    document: str
    provision: str = ""
    verified: bool = True
    note: str = ""

    def text(self) -> str:
        s = self.document + (self.provision or "")
        if not self.verified:
            s += "（条文序号待核实）" if self.provision else "（依据待核实）"
        return s


@dataclass(frozen=True)
class Example:
    verdict: str
    text: str
    coverage: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    format: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    engine: str
    basis: Basis
    group: str
    pack: str
    detect: dict[str, Any] = field(default_factory=dict)
    applies_to: dict[str, list] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    guidance: str = ""
    examples: tuple[Example, ...] = ()

    def verdict_for(self, coverage: str) -> str:
        if coverage in self.verdicts:
            return self.verdicts[coverage]
        if coverage in ("heading",):
            return "pass"
        if coverage == "body":
            return "warn" if self.engine == "item" else "pass"
        if coverage == "declared_absent":
            return "fail" if self.severity == "mandatory" else "warn"
        return "fail" if self.severity == "mandatory" else "warn"


@dataclass
class Rulebook:
    rules: list[Rule]
    packs: list[str]
    # The polarity reader's trigger table (rules/polarity.yaml plus any pack's ``triggers:``);
    # None = the built-in table.
    triggers: Any = None

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def as_rulebook(rules=None, defaults: bool = True) -> Rulebook:
    """A Rulebook as given, or one loaded from extra pack names/files (added to the defaults)."""
    return rules if isinstance(rules, Rulebook) else load_rulebook(list(rules or []), defaults=defaults)


def pack_path(name_or_file: str) -> tuple[str, str]:
    if name_or_file in PACKS:
        return name_or_file, os.path.join(_HERE, PACKS[name_or_file])
    if os.path.exists(name_or_file):
        return os.path.splitext(os.path.basename(name_or_file))[0], name_or_file
    known = "、".join(PACKS)
    raise UsageError(f"找不到规则包或规则文件：{name_or_file}（内置规则包：{known}）")


def load_rulebook(extra: list[str] | tuple[str, ...] = (), defaults: bool = True) -> Rulebook:
    names = list(DEFAULT_PACKS if defaults else ()) + [x for x in extra if not (defaults and x in DEFAULT_PACKS)]
    if not names:
        raise UsageError("没有可用的规则：使用了 --no-default-rules，但没有用 --rules 指定规则包")
    from .check.polarity import default_table

    rules: dict[str, Rule] = {}
    packs = []
    table = default_table()
    for n in names:
        name, path = pack_path(n)
        packs.append(name)
        pack_rules, triggers = _load_pack_cached(os.path.abspath(path), _mtime(path), name)
        for r in pack_rules:
            rules.pop(r.id, None)  # a later pack redefines the rule (and moves it to the end)
            rules[r.id] = r
        if triggers:
            table = table.extended(triggers)
    return Rulebook(list(rules.values()), packs, table)


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


@functools.lru_cache(maxsize=32)
def _load_pack_cached(path: str, mtime: float, name: str) -> tuple[tuple[Rule, ...], tuple]:
    return _read_pack(path, name)


def load_pack(path: str, name: str | None = None) -> list[Rule]:
    return list(_read_pack(path, name)[0])


def _read_pack(path: str, name: str | None = None) -> tuple[tuple[Rule, ...], tuple]:
    """(rules, extra polarity triggers) of one pack file."""
    import yaml

    from .check.polarity import parse_triggers
    from .yamlload import safe_load

    name = name or os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, encoding="utf-8") as fh:
            data = safe_load(fh)
    except OSError as exc:
        raise UsageError(f"{path}: 无法读取规则文件（{exc.strerror}）") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: 规则文件必须是 UTF-8 编码") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise UsageError(f"{path}: 规则文件不是有效的 YAML {where}".rstrip()) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise UsageError(f"{path}: 规则文件应包含 rules: 列表")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise UsageError(f"{path}: 规则文件含未知字段：{', '.join(sorted(unknown))}（应为 source、rules、triggers）")
    triggers = parse_triggers(path, data["triggers"]) if data.get("triggers") else []
    return tuple(_rule(path, name, i, r) for i, r in enumerate(data["rules"])), tuple(triggers)


def _rule(path: str, pack: str, i: int, r: Any) -> Rule:
    where = f"{path}: 第 {i + 1} 条规则"
    if not isinstance(r, dict):
        raise UsageError(f"{where} 应是一个映射（键: 值）")
    rid = r.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise UsageError(f"{where} 的 id 无效（应形如 content.measures）：{rid!r}")
    where = f"{path}: 规则 {rid}"
    unknown = set(r) - _RULE_KEYS
    if unknown:
        raise UsageError(f"{where} 含未知字段：{', '.join(sorted(unknown))}")
    for key in ("title", "severity", "engine", "basis"):
        if key not in r:
            raise UsageError(f"{where} 缺少字段 {key}")
    if r["severity"] not in SEVERITIES:
        raise UsageError(f"{where} 的 severity 应为 {'/'.join(SEVERITIES)}")
    if r["engine"] not in ENGINES:
        raise UsageError(f"{where} 的 engine 应为 {'/'.join(ENGINES)}")
    b = r["basis"]
    if isinstance(b, str):
        basis = Basis(b)
    elif isinstance(b, dict) and "document" in b:
        basis = Basis(str(b["document"]), str(b.get("provision") or ""), bool(b.get("verified", True)),
                      str(b.get("note") or ""))
    else:
        raise UsageError(f"{where} 的 basis 应包含 document")
    detect = dict(r.get("detect") or {})
    unknown = set(detect) - _DETECT_KEYS
    if unknown:
        raise UsageError(f"{where} 的 detect 含未知字段：{', '.join(sorted(unknown))}")
    for key in ("headings", "soft_headings", "cues", "exclude", "causes", "body_cues", "topic_cues", "anaphora", "antecedents",
                "anaphora_deeds"):
        if key in detect:
            detect[key] = _compile(where, key, detect[key])
    detect["polarity"] = _polarity(where, detect)
    for key in ("topic_share", "topic_min"):
        if key in detect and not isinstance(detect[key], (int, float)):
            raise UsageError(f"{where} 的 detect.{key} 应为数字")
    verdicts = dict(r.get("verdicts") or {})
    for cov, v in verdicts.items():
        if v not in ("pass", "warn", "fail", "skip"):
            raise UsageError(f"{where} 的 verdicts.{cov} 无效：{v}")
    examples = []
    for e in r.get("examples") or []:
        if not isinstance(e, dict) or "verdict" not in e or "text" not in e:
            raise UsageError(f"{where} 的示例应包含 verdict 和 text")
        examples.append(Example(e["verdict"], str(e["text"]), e.get("coverage"), dict(e.get("metadata") or {}),
                                e.get("format")))
    applies = {k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in (r.get("applies_to") or {}).items()}
    return Rule(
        id=rid,
        title=str(r["title"]),
        severity=r["severity"],
        engine=r["engine"],
        basis=basis,
        group=str(r.get("group") or rid.split(".")[0]),
        pack=pack,
        detect=detect,
        applies_to=applies,
        verdicts=verdicts,
        messages=dict(r.get("messages") or {}),
        guidance=_unfold(str(r.get("guidance") or "")),
        examples=tuple(examples),
    )


def _polarity(where: str, detect: dict) -> str | tuple[str, ...]:
    """How the rule reads polarity: "on" (the trigger table), "off", or its own negation patterns.

    ``polarity: on|off`` is the switch; ``negation:`` is the older spelling
    (``default`` = on, ``[]`` = off, a list = these patterns as the negations).
    """
    pol = detect.pop("polarity", None)
    neg = detect.pop("negation", "default")
    if pol is not None:
        if pol is True or pol is False:  # YAML 1.1 reads on/off as booleans
            pol = "on" if pol else "off"
        if pol not in ("on", "off"):
            raise UsageError(f"{where} 的 polarity 应为 on 或 off")
        return pol
    if neg == "default" or neg is None:
        return "on"
    if isinstance(neg, list):
        for p in neg:
            _compile(where, "negation", [p])
        return tuple(str(p) for p in neg) if neg else "off"
    raise UsageError(f"{where} 的 negation 应为 default 或正则列表")


def _unfold(s: str) -> str:
    """YAML folding joins lines with a space; Chinese text wants none."""
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", s.strip())


def _compile(where: str, key: str, patterns: Any) -> re.Pattern | None:
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise UsageError(f"{where} 的 detect.{key} 含无效正则：{exc}") from None
