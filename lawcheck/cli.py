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
from .errors import InputError, Terminated, UsageError, printable

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
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="同时使用的进程数（0 = 全部 CPU 核心；默认 1；不超过核心数和文件数）")


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"进程数应为整数：{value}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"进程数不能为负数：{value}（0 表示使用全部 CPU 核心）")
    return n


def _rules_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", action="append", default=[], metavar="NAME|FILE",
                   help="追加规则包（内置名称如 gbt9704，或自定义 YAML 文件），可多次使用")
    p.add_argument("--no-default-rules", action="store_true", help="不加载默认规则包，只用 --rules 指定的")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_ERROR
    previous = _catch_termination()
    try:
        return _COMMANDS[args.command](args)
    except InputError as exc:
        _say(exc.line())
        return EXIT_ERROR
    except UsageError as exc:
        _say(str(exc))
        return EXIT_ERROR
    except Terminated as exc:
        _say(f"已终止（收到信号 {_signal_name(exc.signum)}），未写出任何半成品文件")
        return 128 + exc.signum
    except KeyboardInterrupt:
        _say("已中断")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug, not the user's fault: one line, unless debugging
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        _say(f"内部错误（{type(exc).__name__}: {exc}）；请设置 LAWCHECK_DEBUG=1 重试并把输出报告给维护者")
        return EXIT_INTERNAL
    finally:
        _restore_signals(previous)


def _say(line: str) -> None:
    """One line on stderr, whatever the file names in it contain."""
    try:
        print(f"lawcheck: {printable(line)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _catch_termination() -> dict:
    """SIGTERM and SIGHUP unwind like Ctrl-C: temporary files removed, workers stopped."""
    import signal

    def handler(signum, frame):
        raise Terminated(signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread
            pass
    return previous


def _restore_signals(previous: dict) -> None:
    import signal

    for sig, old in previous.items():
        try:
            signal.signal(sig, old)
        except (ValueError, OSError, TypeError):
            pass


def _signal_name(signum: int) -> str:
    import signal

    try:
        return signal.Signals(signum).name
    except ValueError:
        return str(signum)


def write_output(path: str | None, data: str | bytes, exclusive: bool | None = None) -> None:
    """Write to stdout, or whole-or-nothing to ``path`` (never onto an input; see output.py)."""
    from . import output

    output.write(path, data, exclusive=exclusive)


def _cmd_outline(args) -> int:
    import json

    from . import output
    from .api import outline
    from .render import outline_text

    output.refuse_input(args.output, [args.file])
    with output.policy([args.file]):
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
    from . import output
    from .batch import Budget, check_files
    from .check import exit_code
    from .read import SUPPORTED, expand_paths

    files = expand_paths(args.files) if args.files else [sample_path()]
    if not files:
        raise InputError(" ".join(args.files), "文件夹中没有找到报告文件", f"支持的格式：{SUPPORTED}")
    output.refuse_input(args.output, files)
    with output.policy(files):
        batch = check_files(files, _rulebook(args), args.jobs, Budget.from_env())
        results, errors = batch.results, batch.errors
        for err in errors:  # one bad file never stops the batch: report it and go on
            _say(err.line())
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
    from . import output
    from .compare import run_cli
    from .read import expand_paths

    inputs = expand_paths(args.paths)
    output.refuse_input(args.output, inputs)
    with output.policy(inputs):
        return run_cli(args, write_output, _rulebook(args))


def _cmd_annotate(args) -> int:
    from . import output
    from .annotate import run_cli

    # annotate refuses the draft itself as output in its own words; the policy guards the write too.
    with output.policy([args.file], exclusive=not args.force):  # two runs without --force never both write
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
