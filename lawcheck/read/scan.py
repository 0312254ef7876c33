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

import fnmatch
import os
import stat
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


@dataclass
class Scan:
    files: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def scan_paths(paths, exclude=(), base: str | None = None) -> Scan:
    """Files as given, folders expanded recursively and sorted; the same file (or a link to it) kept once.

    ``exclude``: glob patterns (``*.xlsx``, ``归档/**``) matched against each path relative to
    ``base`` (default: the current folder) and against its file name.
    """
    from ..output import identity
    from . import SUPPORTED_EXT

    scan, seen = Scan(), set()
    base = os.path.abspath(base or os.curdir)
    paths = [os.fspath(p) for p in paths]
    # One folder and nothing else: a file can then turn up twice only as hard links or through a symbolic link.
    # Without either (the usual archive), no file needs remembering (20,000 files: a megabyte less).
    alone = len(paths) == 1 and os.path.isdir(paths[0])

    def add(p, surely_once: bool = False):
        try:
            st = os.stat(p)
            if surely_once and st.st_nlink == 1 and stat.S_ISREG(st.st_mode):
                scan.files.append(p)
                return
            # One int per file, not a tuple: 20,000 reports should not cost megabytes here.
            key = identity(st) if stat.S_ISREG(st.st_mode) else p
        except (OSError, ValueError):
            key = p
        if key not in seen:
            seen.add(key)
            scan.files.append(p)

    for p in paths:
        if not os.path.isdir(p):
            add(p)
            continue
        found, unlisted, other = [], [], []
        for root, dirs, files in os.walk(p, onerror=lambda e: unlisted.append(e.filename)):
            keep = []
            for d in sorted(dirs):
                full = os.path.join(root, d)
                if d.startswith("."):
                    other.append(Skipped(full, "隐藏文件夹，未检查其中的文件"))
                elif os.path.islink(full):
                    other.append(Skipped(full, "指向文件夹的符号链接，不跟随", "如需检查，请直接给出链接指向的文件夹"))
                elif _excluded(full, exclude, base):
                    other.append(Skipped(full, "按配置 exclude 排除的文件夹"))
                else:
                    keep.append(d)
            dirs[:] = keep
            for f in files:
                full = os.path.join(root, f)
                why = _not_a_report(f, SUPPORTED_EXT) or (
                    Skipped(full, "按配置 exclude 排除") if _excluded(full, exclude, base) else None)
                if why is None:
                    found.append(full)
                else:
                    other.append(Skipped(full, why.reason, why.hint, why.kind))
        found += [u for u in unlisted if u]
        found.sort()
        once = alone and not unlisted and not any(os.path.islink(f) for f in found)
        for f in found:
            add(f, once)
        del found
        scan.skipped += sorted(other, key=lambda s: s.path)
    return scan


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
