"""``lawcheck check``: configuration, folder accounting, progress, rendering, exit code.

Exit codes: 0 every file read and no report fails (``--fail-on``, default: a
mandatory item missing); 1 a report fails or a file could not be checked (each
listed on stderr and in the output); 2 the run could not proceed (usage,
configuration, output path, nothing readable at all). ``--exit-zero`` turns 1
into 0.
"""
from __future__ import annotations

import os
import sys

from .errors import InputError


def run(args, cfg, book, only, say, write_output) -> int:
    from . import output
    from .batch import Budget, check_files, exit_status
    from .read import SUPPORTED
    from .read.scan import scan_paths
    from .render.summary import headline, run_output, summarize

    fmt = args.format or cfg.format or "text"
    fail_on = args.fail_on or cfg.fail_on
    jobs = args.jobs if args.jobs is not None else (cfg.jobs if cfg.jobs is not None else 1)
    if args.files:
        scan = scan_paths(args.files, cfg.exclude, cfg.base)
    else:
        from .cli import sample_path

        scan = scan_paths([sample_path()])
    if not scan.files:
        others = f"（另有 {len(scan.skipped)} 个文件不是可检查的报告，未检查）" if scan.skipped else ""
        raise InputError(" ".join(args.files), f"文件夹中没有找到报告文件{others}", f"支持的格式：{SUPPORTED}")
    output.refuse_input(args.output, scan.files)
    with output.policy(scan.files):
        bar = _progress(len(scan.files), args.quiet)
        try:
            batch = check_files(scan.files, book, jobs, Budget.from_env(), only, bar.update if bar else None)
        finally:
            if bar is not None:
                bar.close()
        batch.skipped = scan.skipped
        for err in batch.not_checked:  # one bad file never stops the batch: report it and go on
            say(err.line())
        if not batch.results:
            return 2
        code = exit_status(batch, fail_on, args.exit_zero)
        color = fmt == "text" and (args.color == "always" or (
            args.color == "auto" and args.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
        write_output(args.output, run_output(batch, fmt, color, fail_on, args.only_problems, code))
        if args.output and not args.quiet:
            say(f"已写入 {args.output}（{_FORMAT_NAME.get(fmt, fmt)}）：{headline(summarize(batch, fail_on))}")
    return code


_FORMAT_NAME = {"text": "文本", "json": "JSON", "markdown": "Markdown", "html": "网页", "sarif": "SARIF",
                "junit": "JUnit XML"}


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
