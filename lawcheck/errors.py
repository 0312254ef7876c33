"""The one error type users see: a bad input file, told in one line."""
from __future__ import annotations


class InputError(Exception):
    """A file lawcheck cannot read. Rendered as ``FILE: reason；hint`` with exit code 2."""

    def __init__(self, path: str, reason: str, hint: str = ""):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.hint = hint

    def line(self) -> str:
        hint = f"；{self.hint}" if self.hint else ""
        return f"{self.path}: {self.reason}{hint}"


class UsageError(Exception):
    """Bad command-line usage or a bad rule file (exit code 2)."""
