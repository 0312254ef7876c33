"""Generated report texts for the scale benchmark and tests/test_neardup.py.

Honest reports draw sentences from the bundled corpus (and the blind set's plain
texts) with issuers, figures and a few words changed, so two of them share about
as much as two real reports do (stock phrases, a sentence or two). Planted
near-copies take an earlier report and change its issuer, every figure and a
share of its sentences, as a unit copying last year's or a neighbour's report would.
"""
from __future__ import annotations

import glob
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PLACES = "东西南北中安平康宁和兴华丰泰永昌明德顺清河山湖江川源林石桥新阳城乡"
_BODIES = ["人民政府", "司法局", "公安局", "市场监督管理局", "生态环境局", "交通运输局", "教育局", "卫生健康委员会",
           "自然资源局", "应急管理局", "税务局", "农业农村局", "住房和城乡建设局", "民政局", "文化和旅游局"]
_WORDS = ["扎实", "持续", "全面", "深入", "切实", "积极", "稳步", "不断", "进一步", "大力", "着力", "统筹",
          "规范", "完善", "健全", "落实", "推进", "强化", "优化", "提升", "加强", "开展", "组织", "建立"]
_SECTIONS = ["一、{y}年推进法治政府建设的主要举措和成效", "二、{y}年推进法治政府建设存在的不足和原因",
             "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、{n}年推进法治政府建设的主要安排",
             "五、其他需要报告的事项"]
_SPLIT = re.compile(r"(?<=[。；！？])|\n")
_NUM = re.compile(r"\d+(?:\.\d+)?")


def sentence_pool() -> list[str]:
    """Distinct body sentences of the bundled plain-text reports (headings and short lines left out)."""
    files = glob.glob(os.path.join(ROOT, "corpus", "**", "*.txt"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "corpus", "tools", "texts", "*.text"))
    files += glob.glob(os.path.join(ROOT, "tests", "blind", "*", "*.txt"))
    seen: dict[str, None] = {}
    for f in sorted(files):
        try:
            with open(f, encoding="utf-8") as fh:
                text = fh.read()
        except (UnicodeDecodeError, OSError):
            continue  # GBK mirrors: their sentences are in the UTF-8 twins
        for s in _SPLIT.split(text):
            s = s.strip()
            if 12 <= len(s) <= 160 and not re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", s):
                seen.setdefault(s, None)
    return list(seen)


def _issuer(rng: random.Random) -> str:
    return "".join(rng.choice(_PLACES) for _ in range(2)) + rng.choice(["县", "区", "市"]) + rng.choice(_BODIES)


def _vary(s: str, rng: random.Random) -> str:
    s = _NUM.sub(lambda m: str(rng.randint(1, 999)), s)
    if rng.random() < 0.6:  # a word or two of the writer's own
        k = rng.randrange(len(s))
        s = s[:k] + rng.choice(_WORDS) + s[k:]
    return s


def _report(pool: list[str], rng: random.Random, issuer: str, year: int, sentences: int) -> list[list[str]]:
    """Sections of sentences (the first line of each is its heading)."""
    out = []
    for h in _SECTIONS:
        body = [_vary(rng.choice(pool), rng) for _ in range(max(2, sentences // len(_SECTIONS)))]
        out.append([h.format(y=year, n=year + 1)] + body)
    out[0].insert(1, f"{year}年，{issuer}坚持以习近平法治思想为指导，现将有关情况报告如下：")
    return out


def _join(issuer: str, year: int, sections: list[list[str]]) -> str:
    lines = [f"{issuer}{year}年度法治政府建设情况报告", ""]
    for sec in sections:
        lines.append(sec[0])
        lines.append("".join(sec[1:]))
    lines += ["", issuer, f"{year + 1}年1月{10 + year % 15}日"]
    return "\n".join(lines) + "\n"


def _copy(sections: list[list[str]], pool: list[str], rng: random.Random, share: float) -> list[list[str]]:
    """The same report with ``share`` of its sentences rewritten and every figure changed."""
    out = []
    for sec in sections:
        body = [_vary(rng.choice(pool), rng) if rng.random() < share else _NUM.sub(
            lambda m: str(rng.randint(1, 999)), s) for s in sec[1:]]
        out.append([sec[0]] + body)
    return out


def generate(n: int, seed: int = 13, planted: float = 0.03, sentences: int = 60) -> tuple[list[str], set]:
    """``n`` report texts and the (i, j) pairs planted as near-copies (i < j).

    Copies rewrite 5–35 % of the sentences (most end well above the 0.5 threshold,
    the heaviest rewrites near it).
    """
    rng = random.Random(seed)
    pool = sentence_pool()
    texts: list[str] = []
    kept: list[list[list[str]]] = []
    pairs: set = set()
    for i in range(n):
        year = 2021 + rng.randrange(4)
        issuer = _issuer(rng)
        if i >= 10 and rng.random() < planted:
            src = rng.randrange(i)
            sections = _copy(kept[src], pool, rng, rng.uniform(0.05, 0.35))
            pairs.add((src, i))
        else:
            sections = _report(pool, rng, issuer, year, sentences)
        kept.append(sections)
        texts.append(_join(issuer, year, sections))
    return texts, pairs


def write(folder: str, texts: list[str]) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i, t in enumerate(texts):
        p = os.path.join(folder, f"r{i:06d}.txt")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(t)
        paths.append(p)
    return paths
