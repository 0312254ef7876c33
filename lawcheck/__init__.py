"""lawcheck: check 法治政府建设年度报告 against what the regulations require.

    >>> import lawcheck
    >>> doc = lawcheck.outline("report.docx")      # section tree + metadata
    >>> result = lawcheck.check("report.docx")     # findings with evidence
    >>> result.to_dict()                           # == `lawcheck check --format json`
    >>> lawcheck.cache.load("results.sqlite")      # reports stored by `lawcheck check --cache`
"""
from __future__ import annotations

__version__ = "0.2.0"

from .api import outline  # noqa: E402  (light: heavy libraries load inside readers)

# The engines live in the subpackage ``lawcheck.check``; importing a subpackage binds its
# name on the parent, so import it here once and then bind the function over it:
# ``lawcheck.check(path)`` stays the public call. (Light: no heavy library at import.)
from .check import check  # noqa: E402

__all__ = ["outline", "check", "__version__"]


def __getattr__(name: str):
    """``lawcheck.cache`` (``lawcheck.cache.load(path)`` in a notebook) after a plain ``import lawcheck``."""
    if name == "cache":
        import importlib

        return importlib.import_module(".cache", __name__)
    raise AttributeError(f"module 'lawcheck' has no attribute {name!r}")
