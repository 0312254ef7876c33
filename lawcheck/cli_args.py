"""The command-line parser, in Chinese: usage, section titles, every option's help and argparse's own errors.

argparse writes its words in English ("usage:", "options:", "invalid choice: …");
``_Formatter`` and ``_Parser`` put them in Chinese without touching argparse's
module state, so other parsers in the same process are not affected.
"""
from __future__ import annotations

import argparse
import re

from . import __version__

EXIT_ERROR = 2
CHECK_FORMATS = ("text", "json", "jsonl", "csv", "markdown", "html", "sarif", "junit")

# argparse's error messages (Python 3.10-3.13 wordings) -> Chinese.
_ERRORS = [
    (re.compile(r"argument (.+?): invalid choice: '?(.*?)'? \(choose from (.*)\)$"),
     lambda m: f"参数 {m[1]} 的值无效：{m[2]}（可选：{m[3].replace(chr(39), '')}）"),
    (re.compile(r"the following arguments are required: (.*)$"), lambda m: f"缺少必需的参数：{m[1]}"),
    (re.compile(r"unrecognized arguments: (.*)$"), lambda m: f"无法识别的参数：{m[1]}"),
    (re.compile(r"argument (.+?): expected one argument$"), lambda m: f"参数 {m[1]} 后面需要一个值"),
    (re.compile(r"argument (.+?): expected at least one argument$"), lambda m: f"参数 {m[1]} 后面至少需要一个值"),
    (re.compile(r"argument (.+?): invalid (\w+) value: (.*)$"), lambda m: f"参数 {m[1]} 的值无效：{m[3]}"),
    (re.compile(r"argument (.+?): not allowed with argument (.+)$"), lambda m: f"参数 {m[1]} 不能与 {m[2]} 同时使用"),
    (re.compile(r"argument (.+?): ignored explicit argument (.+)$"), lambda m: f"参数 {m[1]} 不接受值：{m[2]}"),
    (re.compile(r"ambiguous option: (.+?) could match (.+)$"), lambda m: f"选项 {m[1]} 不明确，可能是：{m[2]}"),
    (re.compile(r"argument (.+?): (.+)$"), lambda m: f"参数 {m[1]}：{m[2]}"),
]


def chinese(message: str) -> str:
    for rx, fmt in _ERRORS:
        m = rx.search(message)
        if m:
            return fmt(m)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def error(self, message):  # one line, exit 2, in Chinese
        self.exit(EXIT_ERROR, f"lawcheck: 用法错误：{chinese(message)}（运行 {self.prog} --help 查看用法）\n")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lawcheck", description="检查法治政府建设年度报告是否包含法规要求的内容。",
                epilog="退出码：0 全部读取且没有必备项缺失；1 有报告缺少必备项，或有文件未能检查；"
                       "2 用法、配置或输出路径有误，或没有任何可读的报告；3 程序内部错误。")
    p.add_argument("--version", action="version", version=f"lawcheck {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, title="命令")

    o = sub.add_parser("outline", help="读取报告，显示章节结构和元数据", description="读取报告，显示章节结构和元数据。")
    o.add_argument("file", metavar="FILE", help="报告文件")
    o.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    _output_arg(o)

    c = sub.add_parser("check", help="对照法规要求检查报告（不给文件时检查内置样例报告）",
                       description="对照法规要求检查报告。文件夹会递归查找，每个文件要么检查，要么列为未检查并说明原因。")
    c.add_argument("files", nargs="*", metavar="FILE|DIR", help="报告文件或文件夹（文件夹会递归查找报告）")
    c.add_argument("--format", choices=CHECK_FORMATS, default=None,
                   help="输出格式：text 终端清单、json、jsonl（每份报告一行，边检查边写出，最后一行是汇总）、"
                        "csv（每份报告每个检查项一行，边检查边写出）、markdown、html 网页、sarif（代码扫描）、"
                        "junit（CI 测试报告）；默认 text")
    _rules_args(c)
    _config_args(c)
    c.add_argument("--fail-on", choices=("mandatory", "recommended", "any"), default=None,
                   help="哪些问题使退出码为 1：mandatory 必备项缺失（默认）、recommended 加上建议项、any 任何缺失或提示")
    c.add_argument("--exit-zero", action="store_true", help="发现问题或有文件未能检查时退出码仍为 0（用法或配置错误仍为 2）")
    c.add_argument("--only-problems", action="store_true", help="只显示缺失和提示，不显示通过和跳过的检查项")
    _output_arg(c)
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="终端颜色：auto 输出到终端时使用（默认）、always、never")
    c.add_argument("-q", "--quiet", action="store_true", help="不显示进度条，也不显示“已写入”提示")
    _jobs_arg(c)
    c.add_argument("--cache", nargs="?", const="", default=None, metavar="PATH",
                   help="缓存检查结果（SQLite），内容和规则都没变的报告不再重复检查；不写 PATH 时用 "
                        "$XDG_CACHE_HOME/lawcheck/results.sqlite（默认 ~/.cache/lawcheck/results.sqlite）。"
                        "改动任何规则或配置后，缓存的结果全部作废。缓存不可用时提示一行，照常检查")

    r = sub.add_parser("rules", help="列出规则库（编号、标题、严重程度、依据）", description="列出规则库。")
    r.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    _rules_args(r)
    _config_args(r)

    m = sub.add_parser("compare", help="比较多份报告：覆盖矩阵、逐年变化、雷同检测",
                       description="比较多份报告：覆盖矩阵、逐年变化、雷同检测。")
    m.add_argument("paths", nargs="+", metavar="FILE|DIR", help="报告文件或文件夹")
    m.add_argument("--format", choices=("text", "json", "csv", "xlsx"), default="text", help="输出格式（默认 text）")
    _rules_args(m)
    _config_args(m, select=False)
    m.add_argument("--threshold", type=float, default=None, help="雷同判定阈值（默认见文档）")
    m.add_argument("-o", "--output", metavar="OUT", help="写入文件（xlsx 必须指定）")
    _jobs_arg(m)

    a = sub.add_parser("annotate", help="为 Word 草稿生成带批注的审查副本",
                       description="为 Word 草稿生成带批注（作者 lawcheck）的审查副本，原文件不动。")
    a.add_argument("file", metavar="DRAFT.docx", help="Word 草稿（.docx）")
    a.add_argument("-o", "--output", metavar="OUT.docx", help="输出文件（默认：草稿同目录下的 *.审查意见.docx）")
    a.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    _rules_args(a)
    _config_args(a, select=False)
    return p


def _output_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="OUT", help="写入文件而不是标准输出（完整写出或不写）")


def _jobs_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
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


def _config_args(p: argparse.ArgumentParser, select: bool = True) -> None:
    p.add_argument("--config", metavar="FILE", help="配置文件（默认从当前文件夹向上查找 .lawcheck.yaml 或 pyproject.toml）")
    p.add_argument("--isolated", action="store_true", help="不读取任何配置文件")
    if select:
        p.add_argument("--select", action="append", default=None, metavar="ID,...",
                       help="只检查这些规则（规则编号、分组或规则包，逗号分隔，可多次使用）")
        p.add_argument("--ignore", action="append", default=None, metavar="ID,...",
                       help="不检查这些规则（规则编号、分组或规则包，逗号分隔，可多次使用）")
