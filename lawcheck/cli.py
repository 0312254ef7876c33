"""Command line: ``lawcheck outline|check|rules|compare|annotate``.

Exit codes: 0 every file read and no mandatory failure, 1 a mandatory failure or
a file that could not be read (in a run that read others), 2 usage,
configuration or output-path error, or nothing readable; 3 internal error. Bad
input is one line on stderr, never a traceback. Output files are written whole
or not at all. Every heavy import happens inside a command. The parser (in
Chinese) is ``cli_args.py``; ``check`` is ``cli_check.py``; the project
configuration is ``config.py``.
"""
from __future__ import annotations

import os
import sys

from . import __version__
from .errors import InputError, Terminated, UsageError, printable

EXIT_OK, EXIT_FAIL, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3


def _parser():
    from .cli_args import parser

    return parser()


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
    from . import output
    from .api import outline
    from .render import outline_text
    from .render.jsontext import dumps

    output.refuse_input(args.output, [args.file])
    with output.policy([args.file]):
        doc = outline(args.file)
        if args.format == "json":
            write_output(args.output, dumps(doc.to_dict()))
        else:
            write_output(args.output, outline_text(doc))
    return EXIT_OK


def sample_path() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "data", "sample", "xinxing-police-2024.txt")


def _config(args):
    from .config import load_config

    return load_config(getattr(args, "config", None), getattr(args, "isolated", False))


def _rulebook(args, cfg=None):
    """Rule packs from the configuration and --rules, with the configuration's severities."""
    from .config import apply
    from .rulebook import as_rulebook

    cfg = cfg or _config(args)
    book = as_rulebook(cfg.rules + list(args.rules), defaults=cfg.default_rules and not args.no_default_rules)
    return apply(book, severity=cfg.severity)[0]


def _selection(args, cfg):
    """(Rulebook, rule ids to check or None) after the configuration, --select and --ignore."""
    from .config import apply, split_ids

    select = split_ids(args.select) if args.select is not None else cfg.select
    ignore = split_ids(args.ignore) if args.ignore is not None else cfg.ignore
    return apply(_rulebook(args, cfg), select, ignore)


def _cmd_check(args) -> int:
    from .cli_check import run

    cfg = _config(args)
    book, only = _selection(args, cfg)
    return run(args, cfg, book, only, _say, write_output)


def _cmd_rules(args) -> int:
    from . import render
    from .rulebook import Rulebook

    book, only = _selection(args, _config(args))
    if only is not None:
        book = Rulebook([r for r in book.rules if r.id in only], book.packs, book.triggers)
    write_output(None, render.rules_output(book, args.format))
    return EXIT_OK


def _cmd_compare(args) -> int:
    from . import output
    from .compare import run_cli
    from .read import expand_paths

    cfg = _config(args)
    if args.jobs is None:
        args.jobs = cfg.jobs if cfg.jobs is not None else 1
    inputs = expand_paths(args.paths)
    output.refuse_input(args.output, inputs)
    with output.policy(inputs):
        return run_cli(args, write_output, _rulebook(args, cfg))


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
