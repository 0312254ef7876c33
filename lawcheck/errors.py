"""The error types users see, told in one line, and the one-line rule for printing them."""
from __future__ import annotations

import re


class InputError(Exception):
    """A file lawcheck cannot read. Rendered as ``FILE: reason；hint`` with exit code 2."""

    def __init__(self, path: str, reason: str, hint: str = ""):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.hint = hint

    def line(self) -> str:
        """One printable line: control characters in the file name are shown escaped."""
        hint = f"；{self.hint}" if self.hint else ""
        return printable(f"{self.path}: {self.reason}{hint}")


class UsageError(Exception):
    """Bad command-line usage, a bad rule file or an unusable output path (exit code 2)."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (removing temporary files, stopping workers) and exit."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


# C0/C1 controls, DEL, line/paragraph separators and bidi overrides: any of them in a
# file name would split the message over lines or drive the terminal. Lone surrogates
# (undecodable bytes in a file name) cannot be encoded for the terminal at all.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` on one line with no terminal control codes (``\\n``, ``\\x1b`` … written out)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    c = m.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
