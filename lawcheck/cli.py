"""Command line: ``lawcheck outline|check|rules|compare|annotate``.

Exit codes: 0 no mandatory failure, 1 a mandatory failure, 2 input or usage
error. Bad input is one line on stderr, never a traceback. Output files are
written whole or not at all. Every heavy import happens inside a command.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import InputError, UsageError

EXIT_OK, EXIT_FAIL, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, in Chinese
        self.exit(EXIT_ERROR, f"lawcheck: 用法错误：{message}（运行 lawcheck --help 查看用法）\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lawcheck", description="检查法治政府建设年度报告是否包含法规要求的内容。")
    p.add_argument("--version", action="version", version=f"lawcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    o = sub.add_parser("outline", help="读取报告，显示章节结构和元数据")
    o.add_argument("file")
    o.add_argument("--format", choices=("text", "json"), default="text")
    o.add_argument("-o", "--output", help="写入文件而不是标准输出")

    c = sub.add_parser("check", help="对照法规要求检查报告（不给文件时检查内置样例报告）")
    c.add_argument("files", nargs="*", metavar="FILE|DIR", help="报告文件或文件夹（文件夹会递归查找报告）")
    c.add_argument("--format", choices=("text", "json", "markdown", "html"), default="text")
    _rules_args(c)
    c.add_argument("-o", "--output", help="写入文件而不是标准输出")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _jobs_arg(c)

    r = sub.add_parser("rules", help="列出规则库（编号、标题、严重程度、依据）")
    r.add_argument("--format", choices=("text", "json"), default="text")
    _rules_args(r)

    m = sub.add_parser("compare", help="比较多份报告：覆盖矩阵、逐年变化、雷同检测")
    m.add_argument("paths", nargs="+", metavar="FILE|DIR")
    m.add_argument("--format", choices=("text", "json", "csv", "xlsx"), default="text")
    _rules_args(m)
    m.add_argument("--threshold", type=float, default=None, help="雷同判定阈值（默认见文档）")
    m.add_argument("-o", "--output", help="写入文件（xlsx 必须指定）")
    _jobs_arg(m)

    a = sub.add_parser("annotate", help="为 Word 草稿生成带批注的审查副本")
    a.add_argument("file", metavar="DRAFT.docx")
    a.add_argument("-o", "--output", help="输出文件（默认：草稿同目录下的 *.审查意见.docx）")
    a.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    _rules_args(a)
    return p


def _jobs_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="同时使用的进程数（0 = 全部 CPU 核心；默认 1）")


def _rules_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", action="append", default=[], metavar="NAME|FILE",
                   help="追加规则包（内置名称如 gbt9704，或自定义 YAML 文件），可多次使用")
    p.add_argument("--no-default-rules", action="store_true", help="不加载默认规则包，只用 --rules 指定的")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_ERROR
    try:
        return _COMMANDS[args.command](args)
    except InputError as exc:
        print(f"lawcheck: {exc.line()}", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"lawcheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lawcheck: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug, not the user's fault: one line, unless debugging
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        print(f"lawcheck: 内部错误（{type(exc).__name__}: {exc}）；请设置 LAWCHECK_DEBUG=1 重试并把输出报告给维护者",
              file=sys.stderr)
        return EXIT_INTERNAL


def write_output(path: str | None, data: str | bytes) -> None:
    """Write to stdout, or atomically to ``path`` (no half-written files)."""
    if path is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
            if data and not data.endswith("\n"):
                sys.stdout.write("\n")
        sys.stdout.flush()
        return
    import tempfile

    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise UsageError(f"输出目录不存在：{directory}")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".lawcheck-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _cmd_outline(args) -> int:
    import json

    from .api import outline
    from .render import outline_text

    doc = outline(args.file)
    if args.format == "json":
        write_output(args.output, json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        write_output(args.output, outline_text(doc))
    return EXIT_OK


def sample_path() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "data", "sample", "xinxing-police-2024.txt")


def _rulebook(args):
    from .rulebook import as_rulebook

    return as_rulebook(args.rules, defaults=not args.no_default_rules)


def _cmd_check(args) -> int:
    from .batch import check_files
    from .checker import exit_code
    from .read import SUPPORTED, expand_paths

    files = expand_paths(args.files) if args.files else [sample_path()]
    if not files:
        raise InputError(" ".join(args.files), "文件夹中没有找到报告文件", f"支持的格式：{SUPPORTED}")
    batch = check_files(files, _rulebook(args), args.jobs)
    results, errors = batch.results, batch.errors
    for err in errors:  # one bad file never stops the batch: report it and go on
        print(f"lawcheck: {err.line()}", file=sys.stderr)
    if not results and errors:
        return EXIT_ERROR
    color = args.color == "always" or (args.color == "auto" and args.output is None and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    from . import render

    write_output(args.output, render.check_output(results, errors, args.format, color=color))
    if errors:
        return EXIT_ERROR
    return max(exit_code(r) for r in results)


def _cmd_rules(args) -> int:
    from . import render

    book = _rulebook(args)
    write_output(None, render.rules_output(book, args.format))
    return EXIT_OK


def _cmd_compare(args) -> int:
    from .compare import run_cli

    return run_cli(args, write_output, _rulebook(args))


def _cmd_annotate(args) -> int:
    from .annotate import run_cli

    return run_cli(args, _rulebook(args))


_COMMANDS = {
    "outline": _cmd_outline,
    "check": _cmd_check,
    "rules": _cmd_rules,
    "compare": _cmd_compare,
    "annotate": _cmd_annotate,
}


def entry() -> None:  # console script
    sys.exit(main())
