"""Project configuration: ``.lawcheck.yaml`` or ``[tool.lawcheck]`` in ``pyproject.toml``.

Found the way ruff and yamllint find theirs: from the current folder upward, the
first folder holding ``.lawcheck.yaml`` (or ``.lawcheck.yml``), or a
``pyproject.toml`` with a ``[tool.lawcheck]`` table, wins; ``--config FILE``
names one explicitly and ``--isolated`` ignores them all. Command-line options
override the file. Keys (hyphens or underscores)::

    rules: [gbt9704, 本省补充要求.yaml]  # extra rule packs: built-in names or YAML files (relative to this file)
    default-rules: true                  # false: only the packs under rules
    select: [content, doc.type]          # rule ids, groups, packs or id prefixes to check (default: all)
    ignore: [gangyao, layout]            # ... not to check
    severity: {content.other: recommended, institutions: info}
    format: text                         # text json jsonl csv markdown html sarif junit
    fail-on: mandatory                   # mandatory | recommended | any
    exclude: ["归档/**", "*.xlsx"]       # paths in folders not to check (relative to this file)
    jobs: 2

Every problem is a ``UsageError`` naming the file (exit code 2).
"""
from __future__ import annotations

import dataclasses
import difflib
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError, printable

FILENAMES = (".lawcheck.yaml", ".lawcheck.yml")
FORMATS = ("text", "json", "jsonl", "csv", "markdown", "html", "sarif", "junit")
FAIL_ON = ("mandatory", "recommended", "any")
_SEVERITY_WORDS = {"mandatory": "mandatory", "recommended": "recommended", "info": "info",
                   "必备": "mandatory", "建议": "recommended", "参考": "info"}
_KEYS = ("rules", "default-rules", "select", "ignore", "severity", "format", "fail-on", "exclude", "jobs")


@dataclass
class Config:
    path: str | None = None  # the file it came from (None: no configuration file)
    rules: list[str] = field(default_factory=list)
    default_rules: bool = True
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    format: str | None = None
    fail_on: str = "mandatory"
    exclude: list[str] = field(default_factory=list)
    jobs: int | None = None

    @property
    def base(self) -> str:
        """The folder relative paths in the file are resolved against."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()


def find_config(start: str | None = None) -> str | None:
    """The nearest configuration file from ``start`` (default: the current folder) upward, or None."""
    here = os.path.abspath(start or os.getcwd())
    while True:
        for name in FILENAMES:
            p = os.path.join(here, name)
            if os.path.isfile(p):
                return p
        p = os.path.join(here, "pyproject.toml")
        if os.path.isfile(p) and _has_tool_table(p):
            return p
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(path: str | None = None, isolated: bool = False) -> Config:
    """The configuration in ``path``, or the one found upward, or the defaults."""
    if isolated:
        return Config()
    if path is None:
        path = find_config()
        if path is None:
            return Config()
    elif not os.path.isfile(path):
        raise UsageError(printable(f"找不到配置文件：{path}"))
    data = _read_toml(path) if path.endswith(".toml") else _read_yaml(path)
    return _validate(path, data)


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return False
    return b"[tool.lawcheck" in raw


def _read_yaml(path: str) -> Any:
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise UsageError(printable(f"配置文件 {path}: 无法读取（{exc.strerror}）")) from None
    except UnicodeDecodeError:
        raise UsageError(printable(f"配置文件 {path}: 必须是 UTF-8 编码")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"（第 {mark.line + 1} 行）" if mark else ""
        raise UsageError(printable(f"配置文件 {path}: 不是有效的 YAML{where}")) from None
    return {} if data is None else data


def _read_toml(path: str) -> Any:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            raise UsageError(printable(f"配置文件 {path}: 读取 pyproject.toml 需要 Python 3.11 或 tomli 库"
                                       "（pip install tomli）；也可以改用 .lawcheck.yaml")) from None
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise UsageError(printable(f"配置文件 {path}: 无法读取（{exc.strerror}）")) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(printable(f"配置文件 {path}: 不是有效的 TOML（{exc}）")) from None
    return data.get("tool", {}).get("lawcheck", {})


def _validate(path: str, data: Any) -> Config:
    def bad(msg: str) -> UsageError:
        return UsageError(printable(f"配置文件 {path}: {msg}"))

    if not isinstance(data, dict):
        raise bad("应是“键: 值”的映射")
    cfg = Config(path=path)
    for key, value in data.items():
        k = str(key).replace("_", "-")
        if k not in _KEYS:
            near = difflib.get_close_matches(k, _KEYS, n=1)
            raise bad(f"未知的配置项 {key}" + (f"（是不是 {near[0]}？）" if near else f"（可用：{'、'.join(_KEYS)}）"))
        if k == "rules":
            cfg.rules = [_pack(cfg.base, x) for x in _str_list(bad, k, value)]
        elif k == "default-rules":
            if not isinstance(value, bool):
                raise bad("default-rules 应为 true 或 false")
            cfg.default_rules = value
        elif k in ("select", "ignore"):
            setattr(cfg, k, _str_list(bad, k, value))
        elif k == "severity":
            cfg.severity = _severity_map(bad, value)
        elif k == "format":
            if value not in FORMATS:
                raise bad(f"format 应为 {'、'.join(FORMATS)} 之一：{value!r}")
            cfg.format = value
        elif k == "fail-on":
            if value not in FAIL_ON:
                raise bad(f"fail-on 应为 {'、'.join(FAIL_ON)} 之一：{value!r}")
            cfg.fail_on = value
        elif k == "exclude":
            cfg.exclude = _str_list(bad, k, value)
        elif k == "jobs":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise bad("jobs 应为不小于 0 的整数（0 = 全部 CPU 核心）")
            cfg.jobs = value
    return cfg


def _str_list(bad, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise bad(f"{key} 应为字符串列表")
    return split_ids(value)


def split_ids(values) -> list[str]:
    """``["a,b", "c"]`` -> ``["a", "b", "c"]`` (commas, Chinese commas and spaces separate)."""
    out = []
    for v in values or ():
        out += [x for x in v.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if x]
    return out


def _severity_map(bad, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise bad("severity 应为“规则编号或分组: 级别”的映射")
    out = {}
    for k, v in value.items():
        level = _SEVERITY_WORDS.get(str(v))
        if level is None:
            raise bad(f"severity.{k} 应为 mandatory（必备）、recommended（建议）或 info（参考）：{v!r}")
        out[str(k)] = level
    return out


def _pack(base: str, name: str) -> str:
    from .rulebook import PACKS

    if name in PACKS or os.path.isabs(name):
        return name
    return os.path.join(base, name)


def apply(book, select=None, ignore=(), severity=None):
    """(Rulebook with ``severity`` overrides, rule ids to check or None for all), after select/ignore.

    A token is a rule id, a group, a pack name or a dotted prefix of ids; one that matches no
    rule is an error (a typo would otherwise silently check everything, or nothing).
    Rules left out are still in the book: other rules consult them (what a section is about).
    """
    from .rulebook import Rulebook

    rules = list(book.rules)
    if severity:
        order = sorted(severity.items(), key=lambda kv: any(r.id == kv[0] for r in rules))  # ids win
        for token, level in order:
            hit = _matching(rules, token, "severity")
            rules = [dataclasses.replace(r, severity=level) if r.id in hit else r for r in rules]
        book = Rulebook(rules, list(book.packs), book.triggers)
    chosen = {r.id for r in rules} if select is None else set().union(*[_matching(rules, t, "select") for t in select])
    chosen -= set().union(*[_matching(rules, t, "ignore") for t in ignore or ()])
    if not chosen:
        raise UsageError("按 select/ignore 筛选后没有剩下任何规则；请用 lawcheck rules 查看规则编号和分组")
    return book, (None if len(chosen) == len(rules) else chosen)


def _matching(rules, token: str, what: str) -> set[str]:
    hit = {r.id for r in rules if token in (r.id, r.group, r.pack) or r.id.startswith(token + ".")}
    if not hit:
        names = sorted({r.id for r in rules} | {r.group for r in rules} | {r.pack for r in rules})
        near = difflib.get_close_matches(token, names, n=1)
        raise UsageError(printable(f"{what} 中有未知的规则编号、分组或规则包：{token}"
                                   + (f"（是不是 {near[0]}？）" if near else "；请用 lawcheck rules 查看")))
    return hit
