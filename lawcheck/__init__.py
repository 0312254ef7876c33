"""lawcheck: check 法治政府建设年度报告 against what the regulations require.

    >>> import lawcheck
    >>> doc = lawcheck.outline("report.docx")      # section tree + metadata
    >>> result = lawcheck.check("report.docx")     # findings with evidence
    >>> result.to_dict()                           # == `lawcheck check --format json`
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import outline  # noqa: E402  (light: heavy libraries load inside readers)

__all__ = ["outline", "check", "__version__"]


def check(path, rules=None, **kwargs):
    """Check a report file; see ``lawcheck.checker.check``."""
    from .checker import check as _check

    return _check(path, rules=rules, **kwargs)
