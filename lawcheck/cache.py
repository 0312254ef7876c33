"""The result cache (``lawcheck check --cache``): unchanged reports are not read or checked again.

A result is stored in SQLite under (sha256 of the file's bytes, its extension, the
rulebook fingerprint). The extension is part of the key because it decides how the
bytes are read (.txt and .md outline differently). The fingerprint
(``fingerprint``) hashes everything that decides a verdict: every effective rule
(after ``--rules``, the configuration's severities, ``--select``/``--ignore``), the
polarity trigger table, the lawcheck version and the contents of the installed
package (code, rule packs, word lists). Changing any of them changes the
fingerprint, so every cached result stops matching at once; old rows stay in the
file until it is deleted (deleting it is always safe).

Only reports that were read and checked are stored; a file that could not be
read is tried again on every run (LibreOffice may have been installed since, a
timeout may not recur).

A cache that cannot be used (not a SQLite file, damaged, locked by another run
for longer than ``TIMEOUT`` seconds, in a folder that cannot be written) costs
one warning line; the run goes on without it, with the same output and exit code.

``load(path)`` reads the stored reports back (notebooks, scripts).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import time
import zlib
from typing import TYPE_CHECKING, Any, Callable

from .errors import printable
from .output import utf8

if TYPE_CHECKING:  # pragma: no cover
    from .digest import Digest
    from .rulebook import Rulebook

FORMAT = "lawcheck-cache/1"
TIMEOUT = 5.0  # seconds to wait for another run's write lock before going on without the cache
_COMMIT_EVERY = 200  # rows per transaction: an interrupted run keeps what it had committed


def default_path() -> str:
    """``$XDG_CACHE_HOME/lawcheck/results.sqlite`` (``~/.cache/lawcheck/results.sqlite`` without it)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lawcheck", "results.sqlite")


def content_key(path: str, limit: int | None = None) -> tuple[str, str] | None:
    """(sha256 of the bytes, lower-case extension) of a regular file; None when it cannot be hashed."""
    import stat

    from .read import MAX_BYTES

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > (limit or MAX_BYTES):
            return None  # the reader refuses it anyway, with its own message
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except (OSError, ValueError):
        return None
    return h.hexdigest(), os.path.splitext(path)[1].lower()


def fingerprint(book: "Rulebook", only=None) -> str:
    """A hash of everything that decides the findings for given bytes (see the module docstring)."""
    from . import __version__

    state = {"version": __version__, "code": _code_digest(), "packs": list(book.packs),
             "rules": _canon(book.rules), "triggers": _canon(getattr(book.triggers, "triggers", book.triggers)),
             "only": sorted(only) if only is not None else None}
    return hashlib.sha256(json.dumps(state, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:32]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """The installed package's files (code, rule packs, word lists): an edited checkout is a new fingerprint."""
    here = os.path.dirname(os.path.abspath(__file__))
    h = hashlib.sha256()
    for folder, dirs, files in os.walk(here):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            full = os.path.join(folder, name)
            h.update(os.path.relpath(full, here).encode("utf-8", "surrogateescape") + b"\0")
            try:
                with open(full, "rb") as fh:
                    h.update(hashlib.sha256(fh.read()).digest())
            except OSError:
                pass
    return h.hexdigest()


def _canon(obj: Any) -> Any:
    """Plain JSON data for rules, triggers and compiled patterns (a pattern's repr is cut at 200 characters)."""
    import dataclasses
    import re

    if isinstance(obj, re.Pattern):
        return ["re", obj.pattern, obj.flags]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [type(obj).__name__, {f.name: _canon(getattr(obj, f.name)) for f in dataclasses.fields(obj)}]
    if isinstance(obj, dict):
        return [[_canon(k), _canon(v)] for k, v in sorted(obj.items(), key=lambda kv: repr(kv[0]))]
    if isinstance(obj, (list, tuple, set, frozenset)):
        items = [_canon(x) for x in obj]
        return sorted(items, key=repr) if isinstance(obj, (set, frozenset)) else items
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    return [type(obj).__name__, repr(obj)]


class CacheUnavailable(Exception):
    """The cache cannot be used; the message is one line in Chinese."""


class Cache:
    """One SQLite file; the parent process alone reads and writes it."""

    def __init__(self, path: str, rulebook: str, warn: Callable[[str], None] | None = None):
        import sqlite3

        self.path, self.rulebook, self._warn = path, rulebook, warn
        self._pending = 0
        folder = os.path.dirname(os.path.abspath(path))
        try:
            if not os.path.isdir(folder) and path == default_path():
                os.makedirs(folder, mode=0o700, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=TIMEOUT, isolation_level=None)
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            # tally: what the summary counts (a hit written from a stored rendering reads only this);
            # meta: findings, metadata, locations; body: the text and sections; line, pretty: the report as
            # jsonl and json wrote it (NULL until a run in that format). All zlib'd UTF-8 JSON.
            self.db.execute("CREATE TABLE IF NOT EXISTS results (content TEXT NOT NULL, ext TEXT NOT NULL, "
                            "rulebook TEXT NOT NULL, version TEXT, file TEXT, stored REAL, tally BLOB NOT NULL, "
                            "meta BLOB NOT NULL, body BLOB NOT NULL, line BLOB, pretty BLOB, "
                            "PRIMARY KEY (content, ext, rulebook))")
            row = self.db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is None:
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
            elif row[0] != FORMAT:
                raise CacheUnavailable(f"缓存文件 {printable(path)} 是其他版本的格式（{row[0]}），本次不使用缓存；"
                                       "删除该文件后会重新建立")
        except CacheUnavailable:
            self._close_quietly()
            raise
        except (sqlite3.Error, OSError) as exc:
            self._close_quietly()
            raise CacheUnavailable(_why(path, exc)) from None

    def has(self, key: tuple[str, str] | None) -> bool:
        import sqlite3

        if key is None or self.db is None:
            return False
        try:
            return self.db.execute("SELECT 1 FROM results WHERE content = ? AND ext = ? AND rulebook = ?",
                                   (key[0], key[1], self.rulebook)).fetchone() is not None
        except sqlite3.Error as exc:
            self._give_up(exc)
            return False

    def get(self, key: tuple[str, str] | None, file: str, want: str | None = None) -> "Digest | None":
        """The stored result for these bytes under this rulebook, as a Digest for ``file``; None if absent.

        ``want``: what the output will write of it besides the findings: "line" (jsonl), "pretty" (json),
        "body" (the report object), None (nothing: text, html, csv …). A rendering not stored yet
        brings the body instead."""
        import sqlite3

        from .digest import from_meta, from_tally

        if key is None or self.db is None:
            return None
        column = {"line": "line", "pretty": "pretty"}.get(want or "", "NULL")
        where = " FROM results WHERE content = ? AND ext = ? AND rulebook = ?"
        args = (key[0], key[1], self.rulebook)
        try:
            row = self.db.execute(f"SELECT tally, {column}" + where, args).fetchone()
            if row is None:
                return None
            if row[1] is not None:  # written as stored: the counts are all the summary needs
                # json's rendering stays UTF-8 bytes on its way to the spool: 30 KB a report need no decode and
                # encode (a fifth of a warm json run).
                stored = zlib.decompress(row[1]) if want == "pretty" else _unzip(row[1])
                d = from_tally(json.loads(_unzip(row[0])), file, key[1], **{want: stored})
                if getattr(d, want) is not None:
                    d.key = key
                    return d
            meta = self.db.execute("SELECT meta" + where, args).fetchone()
            d = from_meta(json.loads(_unzip(meta[0])), file)
            if want is not None:  # the report object, or a rendering not stored yet
                d.body = _unzip(self.db.execute("SELECT body" + where, args).fetchone()[0])
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        except (ValueError, KeyError, TypeError, IndexError, zlib.error):  # a damaged row: check the file again
            return None
        d.key = key
        return d

    def put(self, d: "Digest") -> None:
        """Store a freshly checked report (needs ``d.key`` and ``d.body``), with the renderings made of it."""
        import sqlite3

        from . import __version__

        if self.db is None or d.key is None or d.body is None:
            return
        meta = _zip(json.dumps(d.meta(), ensure_ascii=False, separators=(",", ":")))
        try:
            if not self._pending:
                self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (d.key[0], d.key[1], self.rulebook, __version__, _text(d.document.file), time.time(),
                             _zip(json.dumps(d.tally(), ensure_ascii=False)), meta, _zip(d.body), _zip(d.line),
                             _zip(d.pretty)))
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self.commit()
        except sqlite3.Error as exc:
            self._give_up(exc)

    def commit(self) -> None:
        import sqlite3

        if self.db is not None and self._pending:
            try:
                self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._give_up(exc)
            self._pending = 0

    def close(self) -> None:
        self.commit()
        self._close_quietly()

    def _give_up(self, exc: Exception) -> None:
        """An error mid-run (locked, disk full, damaged): one line, then no cache for the rest of the run."""
        if self._warn is not None:
            self._warn(_why(self.path, exc))
        self._pending = 0
        self._close_quietly()

    def _close_quietly(self) -> None:
        db, self.db = getattr(self, "db", None), None
        if db is not None:
            try:
                db.close()  # an open transaction is rolled back: rows already committed stay
            except Exception:
                pass


def _zip(text: str | None) -> bytes | None:
    # Every text stored is JSON: a lone surrogate (a file name that is not UTF-8) becomes its JSON escape, \udcff.
    return None if text is None else zlib.compress(utf8(text))


def _text(s: str) -> str:
    """``s`` as SQLite can store it: a lone surrogate (a file name that is not UTF-8) spelt \udcff."""
    return utf8(s).decode("utf-8")


def _unzip(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8")


def _why(path: str, exc: Exception) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        what = f"正被另一个 lawcheck 进程使用（等待 {TIMEOUT:g} 秒后仍未释放）"
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        what = "已损坏或不是 lawcheck 缓存文件（可删除后重新建立）"
    elif isinstance(exc, OSError) or "unable to open" in text or "readonly" in text or "read-only" in text:
        what = "无法打开或写入（请检查路径和权限）"
    else:
        what = f"无法使用（{type(exc).__name__}）"
    return f"缓存文件 {printable(path)} {what}；本次不使用缓存，检查照常进行"


def load(path: str | None = None, rulebook: str | None = "latest") -> list[dict]:
    """The reports stored in a cache file, as ``lawcheck/1`` objects (the same as ``check --format json``).

    ``rulebook``: "latest" (default) keeps only the results of the rulebook fingerprint stored
    most recently, one consistent set of rules; "all" returns every row; any other string is a
    fingerprint. Each object gains ``"cache": {"sha256", "ext", "rulebook", "version", "stored"}``;
    ``file`` is the path the report last had when it was checked.
    """
    import sqlite3

    path = path or default_path()
    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    db = sqlite3.connect(f"file:{os.path.abspath(path)}?mode=ro", uri=True, timeout=TIMEOUT)
    try:
        if rulebook == "latest":
            row = db.execute("SELECT rulebook FROM results ORDER BY stored DESC LIMIT 1").fetchone()
            rulebook = row[0] if row else None
        query = "SELECT content, ext, rulebook, version, file, stored, meta, body FROM results"
        rows = db.execute(query + (" WHERE rulebook = ?" if rulebook not in (None, "all") else "") + " ORDER BY file",
                          (rulebook,) if rulebook not in (None, "all") else ()).fetchall()
    finally:
        db.close()
    out = []
    for content, ext, book, version, file, stored, meta, body in rows:
        meta, report = json.loads(_unzip(meta)), json.loads(_unzip(body))
        report["file"] = file
        report["findings"] = meta["findings"]
        report["rule_packs"] = meta["rule_packs"]
        report["cache"] = {"sha256": content, "ext": ext, "rulebook": book, "version": version, "stored": stored}
        out.append(report)
    return out
