"""Word segmentation (jieba with a legal-term dictionary) and TF-IDF term profiles.

Used by the notebooks to show what each report is about and how its focus moved
year to year, and by ``bench/ablation.py`` to measure whether TF-IDF similarity
helps the checker (it did not on the evaluation set; see bench/RESULTS.md).
jieba loads its dictionary once per process (~1 s), so nothing on the CLI's
check path imports this module.
"""
from __future__ import annotations

import functools
import logging
import os
import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

LEGAL_TERMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "legal_terms.txt")
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# Words every report uses: they say nothing about what one report does differently.
STOPWORDS = frozenset(
    "我们 我局 我县 我区 我市 我镇 我乡 全县 全区 全市 进一步 持续 不断 深入 切实 加强 推进 开展 工作 情况 有关 "
    "相关 坚持 全面 积极 认真 主要 方面 以及 其中 通过 进行 实现 做好 提高 提升 完善 健全 落实 建立 强化 年度".split()
)


@functools.lru_cache(maxsize=1)
def tokenizer():
    """A jieba tokenizer with the legal-term dictionary, quiet (no timing chatter on stderr)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    if os.path.exists(LEGAL_TERMS):
        with open(LEGAL_TERMS, "rb") as fh:  # given a path, jieba leaves the file open
            tk.load_userdict(fh)
    return tk


def segment(text: str) -> list[str]:
    """Content words of ``text``: Chinese words of two or more characters, stopwords removed."""
    from .normalize import to_simplified

    return [w for w in tokenizer().lcut(to_simplified(text), HMM=True) if _WORD.fullmatch(w) and w not in STOPWORDS]


def tfidf(docs: Iterable[list[str]]):
    """Fit TF-IDF on pre-segmented documents (segment once; vectorizing is then cheap)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=lambda toks: toks, sublinear_tf=True, min_df=1)
    matrix = vec.fit_transform(list(docs))
    return vec, matrix


def distinctive_terms(labels: list[str], texts: list[str], top: int = 8) -> "pd.DataFrame":
    """For each report, the terms that set it apart from the others (highest TF-IDF)."""
    import numpy as np
    import pandas as pd

    vec, matrix = tfidf(segment(t) for t in texts)
    vocab = np.array(vec.get_feature_names_out())
    rows = []
    for label, row in zip(labels, matrix):
        data, idx = row.data, row.indices
        # Stable order: weight, then the term itself, so outputs do not drift between runs.
        order = sorted(range(len(data)), key=lambda k: (-round(float(data[k]), 6), vocab[idx[k]]))[:top]
        rows.append({"report": label, "terms": "、".join(vocab[idx[k]] for k in order)})
    return pd.DataFrame(rows, columns=["report", "terms"]).sort_values("report").reset_index(drop=True)
