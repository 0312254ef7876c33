"""Project hygiene that users depend on: the two README commands, env sync, lazy start-up."""
import os
import re
import subprocess
import sys


import pytest
import yaml

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _read(*parts):
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as fh:
        return fh.read()


def _name(spec):
    return re.split(r"[<>=!~ \[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads(_read("pyproject.toml"))["project"]
    wanted = {_name(d) for d in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(d) for d in extra if not d.startswith("lawcheck")}
    env = yaml.safe_load(_read("environment.yml"))
    assert set(env) <= {"name", "channels", "dependencies"}
    got = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            got |= {_name(d) for d in dep["pip"]}
        elif _name(dep) not in ("python", "pip"):
            got.add(_name(dep))
    assert got == wanted


def test_readme_quick_start_is_two_commands_and_ci_runs_the_second():
    readme = _read("README.md")
    quick = readme.split("## 快速开始")[1].split("\n## ")[0]
    blocks = re.findall(r"```bash\n(.*?)```", quick, re.S)
    assert len(blocks) == 2 and all(len(b.strip().splitlines()) == 1 for b in blocks)
    assert "lawcheck check" in blocks[0]
    assert blocks[1].strip() in _read(".ci", "run")


def test_bundled_sample_is_the_corpus_copy_of_the_seed():
    a = open(os.path.join(ROOT, "lawcheck", "data", "sample", "xinxing-police-2024.txt"), "rb").read()
    b = open(os.path.join(ROOT, "corpus", "real", "xinxing-police-2024.txt"), "rb").read()
    assert a == b


def test_cli_start_imports_no_heavy_library():
    heavy = ["pandas", "docx", "jieba", "sklearn", "pdfplumber", "numpy", "lxml", "yaml", "openpyxl", "matplotlib"]
    code = ("import sys, lawcheck.cli; "
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_help_and_version_run():
    out = subprocess.run([sys.executable, "-m", "lawcheck", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "outline" in out.stdout and "compare" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "lawcheck", "check", "--format", "pdf"], capture_output=True, text=True)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "用法错误" in bad.stderr
