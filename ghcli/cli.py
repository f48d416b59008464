"""The Typer command line: each command parses options, calls the stages, renders.

Only this module imports Typer. Errors from the stages (``GhcliError``) become one line on
stderr and their exit code; usage errors exit 2, data errors 1, an interrupt 130, and a
closed pipe (``ghcli … | head``) ends quietly.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ghcli import __version__
from ghcli.errors import EXIT_INTERRUPTED, EXIT_USAGE, GhcliError, UsageError
from ghcli.pipeline import Options, Report, iter_articles

app = typer.Typer(
    name="ghcli",
    help="Split, analyse and export trade-union newspaper issues (劳动午报-style dailies).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class RecordFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    md = "md"
    text = "text"


class Punct(str, Enum):
    keep = "keep"
    full = "full"
    half = "half"


def say(line: str) -> None:
    """A message for the user: stderr, never mixed with data on stdout."""
    print(line, file=sys.stderr, flush=True)


def _inputs(issues: Optional[List[str]]) -> list[str]:
    """Arguments, or stdin when nothing is given and something is piped in."""
    if issues:
        return issues
    if not sys.stdin.isatty():
        return ["-"]
    raise UsageError("no input given", hint="name issue files, a directory, a glob, or - for stdin")


def _record_format(fmt: Optional[RecordFormat]) -> str:
    """The table is for people at a terminal; a pipe gets JSON Lines."""
    if fmt is not None:
        return fmt.value
    return "table" if sys.stdout.isatty() else "jsonl"


IssuesArg = typer.Argument(None, help="Issue files, directories (*.txt, recursive), globs, or - for stdin.", show_default=False)
EncodingOpt = typer.Option(None, "--encoding", "-e", help="Input encoding (default: detected), e.g. gb18030.")
StrictOpt = typer.Option(False, "--strict", help="Stop at the first bad input instead of reporting it and going on.")
NoRepairOpt = typer.Option(False, "--no-repair", help="Do not join paragraphs cut by page or column breaks.")
PunctOpt = typer.Option(Punct.keep, "--punct", help="Punctuation widths in the output text: keep, full (，) or half (,).")
DateOpt = typer.Option(None, "--date", help="Issue date YYYY-MM-DD (default: from the file name or masthead).")


@app.command()
def split(
    issues: Optional[List[str]] = IssuesArg,
    fmt: Optional[RecordFormat] = typer.Option(None, "--format", "-f", help="Output format (default: table at a terminal, else jsonl)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", "-d", help="Write one file per article into this directory."),
    encoding: Optional[str] = EncodingOpt,
    no_repair: bool = NoRepairOpt,
    punct: Punct = PunctOpt,
    date: Optional[str] = DateOpt,
    strict: bool = StrictOpt,
    force: bool = typer.Option(False, "--force", help="Replace existing files in --out-dir."),
) -> int:
    """Split issues into article records: headline, kicker, byline, kind, repaired body.

    Example: ghcli split seeds/000_e8ce5f1fa4209a3c.txt --format json
    """
    from ghcli.writers import write_out_dir, write_records

    opts = Options(encoding=encoding, repair=not no_repair, punct=punct.value, strict=strict, date=_check_date(date))
    report = Report(say)
    records = iter_articles(_inputs(issues), opts, report)
    fmt_name = _record_format(fmt)
    if out_dir is not None:
        n = write_out_dir(records, out_dir, fmt_name if fmt else "text", force=force)
        say(f"wrote {n} article file(s) to {out_dir}")
    else:
        write_records(records, fmt_name, sys.stdout, view="split")
    return report.exit_code


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--date '{value}' is not a date", hint="use YYYY-MM-DD") from None


def _version(value: bool) -> None:
    if value:
        print(f"ghcli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """ghcli: read → repair → split → extract → aggregate → export newspaper issues."""


def run(argv: Optional[List[str]] = None) -> int:
    """Run the CLI and return its exit code, turning every known failure into one line."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        rv = app(args=args, prog_name="ghcli", standalone_mode=False)
        sys.stdout.flush()
        return rv if isinstance(rv, int) else 0
    except GhcliError as err:
        say(f"ghcli: error: {err.line()}")
        return err.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # Typer's (vendored click) usage and parameter errors
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()  # the help text, on stderr
            return EXIT_USAGE
        say(f"ghcli: error: {' '.join(exc.format_message().split())}")
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            say(f"Try '{ctx.command_path} --help' for help.")
        return getattr(exc, "exit_code", EXIT_USAGE) or EXIT_USAGE
    except (KeyboardInterrupt, typer.Abort):
        say("ghcli: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """After the reader of our stdout went away, stop Python complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Optional[List[str]] = None) -> None:
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
