"""``lawcheck check``: configuration, folder accounting, progress, rendering, exit code.

Exit codes: 0 every file read and no report fails (``--fail-on``, default: a
mandatory item missing); 1 a report fails or a file could not be checked (each
listed on stderr and in the output); 2 the run could not proceed (usage,
configuration, output path, nothing readable at all). ``--exit-zero`` turns 1
into 0.

Results come back in file order as compact digests (digest.py), never whole
documents: jsonl and csv are written as they come, json's reports go to a spool
file, the other formats keep the digests (findings and locations, no text).
With ``--cache`` the stored results of unchanged files (cache.py) are read at
their turn instead of being checked; the cache never changes the output or the
exit code, and a cache that cannot be used is one warning line.
"""
from __future__ import annotations

import os
import sys

from .errors import InputError


def run(args, cfg, book, only, say, write_output) -> int:
    from . import output
    from .read import SUPPORTED
    from .read.scan import scan_paths

    fmt = args.format or cfg.format or "text"
    files = list(args.files)
    cache_path = _cache_path(args, files)
    if files:
        scan = scan_paths(files, cfg.exclude, cfg.base)
    else:
        from .cli import sample_path

        scan = scan_paths([sample_path()])
    if not scan.files:
        others = f"（另有 {len(scan.skipped)} 个文件不是可检查的报告，未检查）" if scan.skipped else ""
        raise InputError(" ".join(files), f"文件夹中没有找到报告文件{others}", f"支持的格式：{SUPPORTED}")
    # The inputs an output path already is (it exists: a new file is never an input); once, for every write.
    inputs = output.identities_among(scan.files, (args.output, cache_path, cache_path and cache_path + "-journal"))
    output.refuse_input(args.output, inputs)
    output.refuse_input(cache_path, inputs)
    if cache_path is not None:  # the cache file (and its journal) in a folder being checked is not an entry of it
        mine = output.identities([cache_path, cache_path + "-journal"])
        scan.skipped = [x for x in scan.skipped if not _same(x.path, mine) and x.path != cache_path + "-journal"]
    cache = _open_cache(cache_path, book, only, say)
    try:
        with output.policy(inputs):
            return _check(args, cfg, fmt, scan, book, only, cache, say, write_output)
    finally:
        if cache is not None:
            cache.close()


def _check(args, cfg, fmt, scan, book, only, cache, say, write_output) -> int:
    import contextlib

    from . import output
    from .batch import Batch, Budget, Plan, digest_one, iter_outcomes
    from .digest import Shared
    from .render.stream import STREAM_FORMATS, WRITERS
    from .render.summary import Tally, headline, run_output

    fail_on = args.fail_on or cfg.fail_on
    jobs = args.jobs if args.jobs is not None else (cfg.jobs if cfg.jobs is not None else 1)
    # One readable file and nothing else keeps the single-report output: json then needs no spool.
    streamed = fmt in STREAM_FORMATS and not (fmt == "json" and len(scan.files) == 1 and not scan.skipped)
    plan = Plan(book, frozenset(only) if only is not None else None,
                body=fmt in ("json", "jsonl") or cache is not None)
    keys, hits = _lookup(cache, scan.files)
    # What a cached report must bring besides its findings: the stored jsonl line or json text, or the body.
    want = None if fmt not in ("json", "jsonl") else "body" if args.only_problems or not streamed else \
        {"jsonl": "line", "json": "pretty"}[fmt]
    tally, errors, kept, share = Tally(fail_on), [], [], Shared()
    bar = _progress(len(scan.files), args.quiet)
    if bar is not None and hits:
        bar.update(len(hits))
    with output.stream(args.output) if streamed else contextlib.nullcontext() as out:
        writer = WRITERS[fmt](out, args.only_problems) if streamed else None
        try:
            for i, got in iter_outcomes(scan.files, plan, jobs, Budget.from_env(), digest_one,
                                        bar.update if bar else None, hits):
                if got is _HIT:  # loaded only now: a warm run holds no more reports than a cold one
                    got = cache.get(keys[i], scan.files[i], want) or digest_one(scan.files[i], plan)
                if isinstance(got, tuple):
                    errors.append(InputError(*got[1:]))
                    continue
                got.document.file = scan.files[i]  # the same path: one string for the summary, not a copy
                tally.add(got)
                if writer is not None:
                    writer.report(got)  # written now; nothing of it is kept
                if cache is not None and got.key is None:
                    got.key = keys.get(i)
                    cache.put(got)
                if writer is None:
                    got.raw = got.pretty = got.line = None
                    got.body = got.body if fmt == "json" else None  # json here: the single-report output
                    kept.append(share(got))
            if cache is not None:
                cache.commit()
            batch = Batch(kept, errors, scan.skipped)
            for err in batch.not_checked:  # one bad file never stops the batch: report it and go on
                say(err.line())
            code = tally.exit_code(len(batch.not_checked), args.exit_zero)
            if not tally.checked:
                if writer is not None:
                    out.discard()  # nothing readable: no output at all, as for every format
                return 2
            summary = tally.summary(batch.not_checked, batch.ignored, code, missing=fmt != "jsonl")
            if fmt == "jsonl":
                writer.finish(batch.not_checked, batch.ignored, summary, tally.iter_missing())
            elif writer is not None:
                writer.finish(batch.not_checked, batch.ignored, summary)
        finally:
            if bar is not None:
                bar.close()
            if writer is not None:
                writer.close()
    if writer is None:
        color = fmt == "text" and (args.color == "always" or (
            args.color == "auto" and args.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
        write_output(args.output, run_output(batch, fmt, color, fail_on, args.only_problems, code))
    if args.output and not args.quiet:
        reused = f"；其中 {len(hits)} 份取自缓存" if hits else ""
        say(f"已写入 {args.output}（{_FORMAT_NAME.get(fmt, fmt)}）：{headline(summary)}{reused}")
    return code


_HIT = object()  # an outcome waiting in the cache


def _lookup(cache, files: list[str]) -> tuple[dict, dict]:
    """(cache key of each file, {index: _HIT} for the files whose result is stored)."""
    if cache is None:
        return {}, {}
    from .cache import content_key

    keys = {i: content_key(f) for i, f in enumerate(files)}
    return keys, {i: _HIT for i, k in keys.items() if cache.has(k)}


def _cache_path(args, files: list) -> str | None:
    """The cache file of ``--cache [PATH]``, or None. A folder or a report file right after a bare ``--cache``
    is an input, not the cache (argparse cannot tell ``--cache 报告/`` from ``--cache 缓存.sqlite``)."""
    from .read import SUPPORTED_EXT

    value = getattr(args, "cache", None)
    if value is None:
        return None
    if value and (os.path.isdir(value) or os.path.splitext(value)[1].lower() in SUPPORTED_EXT):
        files.insert(0, value)
        value = ""
    if not value:
        from .cache import default_path

        return default_path()
    return value


def _same(path: str, ids: dict) -> bool:
    from .output import identity

    try:
        return identity(os.stat(path)) in ids
    except OSError:
        return False


def _open_cache(path: str | None, book, only, say):
    if path is None:
        return None
    from .cache import Cache, CacheUnavailable, fingerprint

    try:
        return Cache(path, fingerprint(book, only), warn=say)
    except CacheUnavailable as exc:
        say(str(exc))
        return None


_FORMAT_NAME = {"text": "文本", "json": "JSON", "jsonl": "JSON Lines", "csv": "CSV", "markdown": "Markdown",
                "html": "网页", "sarif": "SARIF", "junit": "JUnit XML"}


def _progress(total: int, quiet: bool):
    """A progress bar on stderr for a run of several files on a terminal; None when quiet or piped."""
    if quiet or total < 2 or not _isatty(sys.stderr):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a convenience, never a reason to fail
        return None
    tqdm.monitor_interval = 0  # no monitor thread: signals stay with the main thread (output.py holds them)
    return tqdm(total=total, file=sys.stderr, desc="检查报告", unit="份", delay=1.0, leave=False, dynamic_ncols=True)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
