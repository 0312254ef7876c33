"""What a folder holds: the report files to check, and every other entry with the reason it is not checked.

Nothing in a folder is passed over silently. Each entry is one of:

- a report file (an extension in ``SUPPORTED_EXT``): checked; if it cannot be read,
  ``read`` says why;
- ``error``: a file that looks like a report but cannot be checked (a scan as an
  image, an archive, a document format lawcheck does not read): listed, and it
  makes the run's exit code 1 like an unreadable report;
- ``ignored``: not a report (hidden files and folders, Word/WPS lock files ``~$…``,
  README files, spreadsheets and other formats, folder links that are not
  followed, paths excluded by the configuration): listed, no effect on the exit code.

Files named on the command line are always checked, whatever their extension.
"""
from __future__ import annotations

import array
import fnmatch
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field

ERROR, IGNORED = "error", "ignored"

_IMAGES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".heic")
_ARCHIVES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
_OTHER_DOCUMENTS = (".rtf", ".odt", ".wpt", ".dot", ".dotx", ".mht", ".mhtml", ".xps", ".oxps", ".ceb", ".cebx",
                    ".caj", ".uof", ".uot", ".pages")


@dataclass(frozen=True)
class Skipped:
    """An entry that is not checked, with the reason (``kind``: ERROR or IGNORED)."""

    path: str
    reason: str
    hint: str = ""
    kind: str = IGNORED


class Paths(Sequence):
    """File paths, packed: one UTF-8 buffer and the end of each path in it. 20,000 report paths with Chinese names
    take about 1 MB this way, against 3 MB as ``str`` objects; a run over a province's archive holds them all.

    Encoded with ``surrogatepass``, so that names the file system could not decode (held as lone surrogates) come
    back unchanged, and so that the byte order of two encoded paths is the order of the paths themselves."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, paths=()):
        self._blob = bytearray()
        self._ends = array.array("Q")
        for p in paths:
            self.append(p)

    def append(self, path: str | bytes) -> None:
        """Add a path (``bytes``: already encoded by ``_encode``)."""
        self._blob += path if isinstance(path, bytes) else _encode(path)
        self._ends.append(len(self._blob))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self._ends)
        start = self._ends[i - 1] if i > 0 else 0  # (an index out of range raises IndexError here)
        return self._blob[start:self._ends[i]].decode("utf-8", "surrogatepass")

    def __iter__(self):
        start = 0
        for end in self._ends:
            yield self._blob[start:end].decode("utf-8", "surrogatepass")
            start = end

    def __repr__(self) -> str:
        return f"Paths({list(self)!r})"


def _encode(path: str) -> bytes:
    return path.encode("utf-8", "surrogatepass")


@dataclass
class Scan:
    files: Paths = field(default_factory=Paths)
    skipped: list[Skipped] = field(default_factory=list)


def scan_paths(paths, exclude=(), base: str | None = None) -> Scan:
    """Files as given, folders expanded recursively and sorted; the same file (or a link to it) kept once.

    ``exclude``: glob patterns (``*.xlsx``, ``归档/**``) matched against each path relative to
    ``base`` (default: the current folder) and against its file name.
    """
    from . import SUPPORTED_EXT

    scan = Scan()
    base = os.path.abspath(base or os.curdir)
    paths = [os.fspath(p) for p in paths]
    # A file can be met twice only when several paths are given, or through a link. Without either (one folder: the
    # usual archive), no file needs remembering (20,000 files: a megabyte less).
    twice = len(paths) > 1
    for p in paths:
        if not os.path.isdir(p):
            scan.files.append(p)
            continue
        other: list[Skipped] = []
        twice = _walk(p, scan.files, other, twice, lambda full: _excluded(full, exclude, base), SUPPORTED_EXT)
        scan.skipped += sorted(other, key=lambda s: s.path)
    if twice:
        scan.files = _once(scan.files)
    return scan


def _walk(top: str, files: Paths, other: list, twice: bool, excluded, supported) -> bool:
    """Append the report files under ``top`` to ``files`` in the order of their sorted paths, and what is not checked
    to ``other``; return ``twice``, or True once a file may have been met twice (a link, a folder not listed).

    Folder by folder, never the whole tree at once: the names of one folder are sorted together with its subfolders
    taken as "name/", which is where every path under a subfolder sorts among its siblings. A folder that cannot be
    listed is handed on as a file, for ``read`` to say why."""
    def listing(folder: str) -> list[bytes] | None:
        nonlocal twice
        names = []
        try:
            with os.scandir(folder) as entries:
                for e in entries:
                    name, full = e.name, e.path
                    try:
                        is_dir = e.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        if name.startswith("."):
                            other.append(Skipped(full, "隐藏文件夹，未检查其中的文件"))
                        elif e.is_symlink():
                            other.append(Skipped(full, "指向文件夹的符号链接，不跟随", "如需检查，请直接给出链接指向的文件夹"))
                        elif excluded(full):
                            other.append(Skipped(full, "按配置 exclude 排除的文件夹"))
                        else:
                            names.append(_encode(name) + b"/")
                        continue
                    why = _not_a_report(name, supported) or (
                        Skipped(full, "按配置 exclude 排除") if excluded(full) else None)
                    if why is not None:
                        other.append(Skipped(full, why.reason, why.hint, why.kind))
                        continue
                    names.append(_encode(name))
                    if not twice:
                        twice = _maybe_twice(e)
        except OSError:
            return None
        names.sort(reverse=True)  # popped from the end: in order
        return names

    first = listing(top)
    if first is None:
        files.append(top)
        return True
    # Each folder with its prefix, encoded once: os.path.join(folder, name) is os.path.join(folder, "") + name.
    frames = [(_encode(os.path.join(top, "")), first)]
    while frames:
        prefix, names = frames[-1]
        if not names:
            frames.pop()
            continue
        name = names.pop()
        if not name.endswith(b"/"):
            files.append(prefix + name)
            continue
        full = (prefix + name[:-1]).decode("utf-8", "surrogatepass")
        sub = listing(full)
        if sub is None:
            files.append(full)
            twice = True
        else:
            frames.append((prefix + name, sub))
    return twice


def _maybe_twice(entry: os.DirEntry) -> bool:
    """Whether a report file found in a folder may also be there under another name (a link, or a hard link)."""
    try:
        return entry.is_symlink() or entry.stat().st_nlink > 1
    except OSError:
        return True


def _once(files: Paths) -> Paths:
    """``files`` without a second path to a file already in (the first in order is kept)."""
    from ..output import identity

    out, seen = Paths(), set()
    for p in files:
        try:
            st = os.stat(p)
            key = identity(st) if stat.S_ISREG(st.st_mode) else p  # one int per file, not a tuple
        except (OSError, ValueError):
            key = p
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _not_a_report(name: str, supported: tuple[str, ...]) -> Skipped | None:
    """Why a file found in a folder is not checked, or None for a report file."""
    low = name.lower()
    ext = os.path.splitext(low)[1]
    if name.startswith("~$"):
        return Skipped(name, "Word/WPS 打开文档时生成的临时文件，不是报告")
    if name.startswith("."):
        return Skipped(name, "隐藏文件，未检查")
    if low.startswith("readme") and ext in supported:
        return Skipped(name, "说明文件（README），不是报告")
    if ext in supported:
        return None
    if ext in _IMAGES:
        return Skipped(name, f"图片文件（{ext}）无法检查：lawcheck 不做文字识别（OCR）",
                       "如果这是报告的扫描件，请取得可复制文字的 PDF、Word、OFD 或网页版本", ERROR)
    if ext in _ARCHIVES:
        return Skipped(name, f"压缩包（{ext}）不会自动解压，其中的文件未检查", "请解压后检查解压出的文件夹", ERROR)
    if ext in _OTHER_DOCUMENTS:
        return Skipped(name, f"不支持的文档格式（{ext}），未检查", "请另存为 .docx 或 PDF 后再检查", ERROR)
    what = f"（{ext}）" if ext else "（没有扩展名）"
    return Skipped(name, f"不是报告文件格式{what}，未检查",
                   "报告文件的格式：.txt .md .html .pdf .docx .doc .wps .ofd；如需排除，可写入配置的 exclude")


def _excluded(path: str, patterns, base: str) -> bool:
    if not patterns:
        return False
    rel = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    name = os.path.basename(path)
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(name, pat) or fnmatch.fnmatchcase(rel, pat + "/*") \
                or (pat.endswith("/**") and (rel == pat[:-3] or rel.startswith(pat[:-2]))):
            return True
    return False
