"""The Typer command line: each command parses options, calls the stages, renders.

Only this module imports Typer. Errors from the stages (``GhcliError``) become one line on
stderr and their exit code; usage errors exit 2, data errors 1, an interrupt 130, and a
closed pipe (``ghcli … | head``) ends quietly.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ghcli import __version__
from ghcli.errors import EXIT_DATA, EXIT_INTERRUPTED, EXIT_USAGE, GhcliError, UsageError
from ghcli.pipeline import Options, Report, check_date, iter_sources

app = typer.Typer(
    name="ghcli",
    help="Split, analyse and export trade-union newspaper issues (劳动午报-style dailies).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: formatting it with Rich would double the start-up time
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


# Formats whose records worker processes may send back ready encoded (``writers.Encoded``).
JSON_FORMATS = ("json", "jsonl")


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
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, help="Issues processed in parallel (default: $GHCLI_JOBS or the number of cores; 1: in-process).", show_default=False)
NoCacheOpt = typer.Option(False, "--no-cache", help="Do not read or write the per-issue record cache (see `ghcli cache info`).")
EngineOpt = typer.Option("local", "--engine", help="local (this machine) or dask (needs ghcli[dask]; with --scheduler, a cluster).")
SchedulerOpt = typer.Option(None, "--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786.")
ToSimplifiedOpt = typer.Option(False, "--to-simplified", help="Convert traditional Chinese to simplified before splitting (needs ghcli[zh]).")


def _check_to_simplified(to_simplified: bool) -> bool:
    """A missing ghcli[zh] is a usage error up front, not one per input."""
    if to_simplified:
        from ghcli.zh import to_simplified as _convert

        _convert("")
    return to_simplified


def _jobs(jobs: Optional[int]) -> int:
    from ghcli.engine import default_jobs

    return jobs if jobs is not None else default_jobs()


def _engine(engine: str, scheduler: Optional[str]) -> str:
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown --engine '{engine}'", hint="choose one of local, dask")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    if engine == "dask":
        from ghcli.dask_engine import require

        require()
    return engine


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
    to_simplified: bool = ToSimplifiedOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
) -> int:
    """Split issues into article records: headline, kicker, byline, kind, repaired body.

    Example: ghcli split seeds/000_e8ce5f1fa4209a3c.txt --format json
    """
    from ghcli.writers import write_out_dir, write_records

    opts = Options(encoding=encoding, repair=not no_repair, punct=punct.value, strict=strict, date=check_date(date, "--date"),
                   to_simplified=_check_to_simplified(to_simplified))
    report = Report(say)
    inputs = _inputs(issues)
    from ghcli.engine import iter_corpus

    fmt_name = _record_format(fmt)
    records = iter_corpus(inputs, opts, report, records=False, jobs=_jobs(jobs), cache=not no_cache,
                          encoded=out_dir is None and fmt_name in JSON_FORMATS)
    if out_dir is not None:
        protect = _check_out_dir(out_dir, inputs)
        n = write_out_dir(records, out_dir, fmt_name if fmt else "text", force=force, protect=protect)
        say(f"wrote {n} article file(s) to {out_dir}")
    else:
        write_records(records, fmt_name, sys.stdout, view="split")
    return report.exit_code


def _check_out_dir(out_dir: Path, inputs: List[str]) -> List[Path]:
    """Input files to protect from ``--out-dir``; an output directory inside an input
    directory is refused (its files would be read back as issues, or replace them)."""
    out = out_dir.resolve()
    files: List[Path] = []
    for arg in inputs:
        path = Path(arg)
        if arg == "-" or not path.exists():
            continue
        if path.is_dir():
            src = path.resolve()
            if out == src or src in out.parents:
                raise UsageError(f"--out-dir {out_dir} is inside the input directory {arg}", hint="choose a directory outside the inputs")
        else:
            files.append(path)
    return files


By = Enum("By", {name: name for name in ("district", "town", "org", "reporter", "person", "topic", "kind", "place", "issue", "month")}, type=str)
Measure = Enum("Measure", {name: name for name in ("articles", "issues", "participants", "money", "material")}, type=str)
SortKey = Enum("SortKey", {name: name for name in ("articles", "issues", "participants", "money", "material", "name")}, type=str)
StatsFormat = Enum("StatsFormat", {name: name for name in ("table", "csv", "json", "md")}, type=str)
ExportFormat = Enum("ExportFormat", {name: name for name in ("csv", "json", "jsonl", "parquet", "xlsx")}, type=str)
ExportTable = Enum("ExportTable", {name: name for name in ("articles", "mentions", "people", "orgs", "quantities")}, type=str)

WhereOpt = typer.Option(None, "--where", "-w", help="Keep records where FIELD=VALUE (list fields: membership; repeat = AND), e.g. district=海淀区.")
SinceOpt = typer.Option(None, "--since", help="Keep issues dated on or after YYYY-MM-DD (undated records are dropped).")
UntilOpt = typer.Option(None, "--until", help="Keep issues dated on or before YYYY-MM-DD (undated records are dropped).")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar.")


def _progress(quiet: bool):
    """A progress bar over the issues, on stderr, when there are several and stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(sources: list) -> object:
        if len(sources) < 2:
            return sources
        from rich.console import Console
        from rich.progress import track

        return track(sources, description="reading issues", console=Console(stderr=True), transient=True)

    return wrap


def _extract_options(region: str, topics: Optional[Path], aliases: Optional[List[Path]], keywords: bool):
    from ghcli.extract import ExtractOptions

    for path in [topics, *(aliases or [])]:
        if path is not None and not path.is_file():
            raise UsageError("no such file", source=str(path))
    return ExtractOptions(
        region=region,
        topics_file=str(topics) if topics else None,
        alias_files=tuple(str(a) for a in aliases or ()),
        keywords=keywords,
    )


RegionOpt = typer.Option("北京", "--region", help="Home region whose short place names (海淀, 大兴) are matched.")
TopicsOpt = typer.Option(None, "--topics", help="Extra topic lexicon (TSV: topic<TAB>trigger,trigger…) added to the built-in one.")
AliasesOpt = typer.Option(None, "--aliases", help="Extra place aliases (TSV like ghcli/data/aliases.tsv); repeatable.")
KeywordsOpt = typer.Option(False, "--keywords", help="Also compute TF-IDF keywords with jieba (slower).")


@dataclass
class _Corpus:
    """How ``stats`` and ``export`` read their records, gathered once from the options."""

    inputs: List[str]
    opts: Options
    xopts: object  # ExtractOptions, or None when the query needs no extract fields
    where: list
    since: Optional[str]
    until: Optional[str]
    jobs: int
    cache: bool
    engine: str
    scheduler: Optional[str]
    quiet: bool

    def records(self, report: Report, *, text: bool = True):
        """The filtered records, streamed in input order whatever ``jobs`` or ``engine``."""
        from ghcli.aggregate import iter_filtered
        from ghcli.engine import iter_corpus

        records = iter_corpus(self.inputs, self.opts, report, xopts=self.xopts, jobs=self.jobs, cache=self.cache,
                              engine=self.engine, scheduler=self.scheduler, progress=_progress(self.quiet), text=text)
        return iter_filtered(records, self.where, self.since, self.until, warn=report.warn)

    def stats_rows(self, report: Report):
        """``records`` as stats rows (``ghcli.aggregate.stats_row``), served from the cache
        without building records; only when ``row_answers(self.where)``."""
        from ghcli.aggregate import iter_filtered_rows
        from ghcli.engine import iter_corpus

        rows = iter_corpus(self.inputs, self.opts, report, xopts=self.xopts, jobs=self.jobs, cache=self.cache,
                           engine=self.engine, scheduler=self.scheduler, progress=_progress(self.quiet), rows=True)
        return iter_filtered_rows(rows, self.where, self.since, self.until, warn=report.warn)

    def dask_stats(self, report: Report, by: List[str]):
        """``stats`` on Dask: the aggregation is a Dask reduction of per-partition aggregates."""
        from ghcli.dask_engine import stats_accumulate
        from ghcli.engine import make_work

        sources = list(iter_sources(self.inputs, report, self.opts.strict))
        work = make_work(self.opts, self.xopts, cache=self.cache, text=False)
        return stats_accumulate(sources, work, by, where=self.where, since=self.since, until=self.until,
                                scheduler=self.scheduler, jobs=self.jobs, report=report)


def _corpus(issues, *, extract: bool, where, since, until, encoding, date, strict, quiet, jobs, no_cache, engine,
            scheduler, region, topics, aliases, to_simplified) -> _Corpus:
    from ghcli.aggregate import Where

    return _Corpus(
        inputs=_inputs(issues),
        opts=Options(encoding=encoding, strict=strict, date=check_date(date, "--date"),
                     to_simplified=_check_to_simplified(to_simplified)),
        xopts=_extract_options(region, topics, aliases, False) if extract else None,
        where=[w if isinstance(w, Where) else Where.parse(w) for w in where or []],
        since=check_date(since, "--since"),
        until=check_date(until, "--until"),
        jobs=_jobs(jobs),
        cache=not no_cache,
        engine=_engine(engine, scheduler),
        scheduler=scheduler,
        quiet=quiet,
    )


@app.command()
def stats(
    issues: Optional[List[str]] = IssuesArg,
    by: Optional[List[By]] = typer.Option(None, "--by", "-b", help="Group by this (repeat for a cross table). Default: district."),
    measure: Optional[List[Measure]] = typer.Option(None, "--measure", "-m", help="Measures to show (repeatable). Default: all."),
    where: Optional[List[str]] = WhereOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    top: Optional[int] = typer.Option(None, "--top", "-n", min=0, help="Show only the first N rows."),
    sort: Optional[SortKey] = typer.Option(None, "--sort", help="Sort by this measure, descending (default articles; name: by group)."),
    all_districts: bool = typer.Option(False, "--all-districts", help="List every Beijing district, with zeros, in official order."),
    fmt: Optional[StatsFormat] = typer.Option(None, "--format", "-f", help="Output format (default: table at a terminal, else json)."),
    encoding: Optional[str] = EncodingOpt,
    date: Optional[str] = DateOpt,
    strict: bool = StrictOpt,
    quiet: bool = QuietOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    engine: str = EngineOpt,
    scheduler: Optional[str] = SchedulerOpt,
    region: str = RegionOpt,
    topics: Optional[Path] = TopicsOpt,
    aliases: Optional[List[Path]] = AliasesOpt,
    to_simplified: bool = ToSimplifiedOpt,
) -> int:
    """Count articles, issues, participants, money and material per district, town, org, topic…

    Example: ghcli stats issues/ --by district --where topic=送清凉 --since 2023-07-01
    """
    from ghcli.aggregate import StatsAccumulator, Where, check_stats_query, needs_extract, row_answers, stats_from
    from ghcli.writers import write_stats

    by_names = [b.value for b in by] if by else ["district"]
    measures = [m.value for m in measure] if measure else None
    conds = [Where.parse(w) for w in where or []]
    sort_name = sort.value if sort else None
    check_stats_query(by_names, measures or (), sort=sort_name, top=top)
    corpus = _corpus(issues, extract=needs_extract(by_names, measures or ("participants",), conds), where=conds,
                     since=since, until=until, encoding=encoding, date=date, strict=strict, quiet=quiet, jobs=jobs,
                     no_cache=no_cache, engine=engine, scheduler=scheduler, region=region, topics=topics, aliases=aliases,
                     to_simplified=to_simplified)
    report = Report(say)
    if corpus.engine == "dask":
        acc = corpus.dask_stats(report, by_names)
    elif row_answers(conds):  # the usual case: cached stats rows, no records built
        acc = StatsAccumulator(by_names).update_rows(corpus.stats_rows(report))
    else:  # a --where on a field rows lack: records, with their bodies only if it asks about them
        acc = StatsAccumulator(by_names).update(corpus.records(report, text=any(w.field == "text" for w in conds)))
    table = stats_from(acc, measures or (), sort=sort_name, top=top, all_districts=all_districts)
    write_stats(table, fmt.value if fmt else ("table" if sys.stdout.isatty() else "json"), sys.stdout)
    return report.exit_code


@app.command()
def export(
    issues: Optional[List[str]] = IssuesArg,
    fmt: ExportFormat = typer.Option("csv", "--format", "-f", help="csv (UTF-8 with BOM in files), json, jsonl, parquet, xlsx."),
    table: ExportTable = typer.Option("articles", "--table", "-t", help="articles, mentions, people, orgs or quantities."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (atomically); default stdout."),
    force: bool = typer.Option(False, "--force", help="Replace an existing output file."),
    bom: Optional[bool] = typer.Option(None, "--bom/--no-bom", help="UTF-8 BOM at the start of CSV (default: in files, not on stdout)."),
    where: Optional[List[str]] = WhereOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    encoding: Optional[str] = EncodingOpt,
    date: Optional[str] = DateOpt,
    strict: bool = StrictOpt,
    quiet: bool = QuietOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    engine: str = EngineOpt,
    scheduler: Optional[str] = SchedulerOpt,
    region: str = RegionOpt,
    topics: Optional[Path] = TopicsOpt,
    aliases: Optional[List[Path]] = AliasesOpt,
    to_simplified: bool = ToSimplifiedOpt,
) -> int:
    """Export extracted records as flat tables for pandas, Excel or a database.

    Example: ghcli export issues/ --table quantities --format xlsx -o quantities.xlsx
    """
    from ghcli.aggregate import TABLE_COLUMNS, iter_export_rows
    from ghcli.writers import check_target, write_rows

    check_target(output, fmt.value, force=force)
    corpus = _corpus(issues, extract=True, where=where, since=since, until=until, encoding=encoding, date=date,
                     strict=strict, quiet=quiet, jobs=jobs, no_cache=no_cache, engine=engine, scheduler=scheduler,
                     region=region, topics=topics, aliases=aliases, to_simplified=to_simplified)
    report = Report(say)
    rows = iter_export_rows(corpus.records(report), table.value)  # streamed: written chunk by chunk
    n = write_rows(rows, TABLE_COLUMNS[table.value], fmt.value, output, out=sys.stdout, force=force, bom=bom, sheet=table.value)
    if output is not None:
        say(f"wrote {n} {table.value} row(s) to {output}")
    return report.exit_code


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def extract(
    issues: Optional[List[str]] = IssuesArg,
    fmt: Optional[ExtractFormat] = typer.Option(None, "--format", "-f", help="Output format (default: table at a terminal, else jsonl)."),
    region: str = RegionOpt,
    topics: Optional[Path] = TopicsOpt,
    aliases: Optional[List[Path]] = AliasesOpt,
    keywords: bool = KeywordsOpt,
    encoding: Optional[str] = EncodingOpt,
    no_repair: bool = NoRepairOpt,
    date: Optional[str] = DateOpt,
    strict: bool = StrictOpt,
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
    engine: str = EngineOpt,
    scheduler: Optional[str] = SchedulerOpt,
    to_simplified: bool = ToSimplifiedOpt,
) -> int:
    """Add districts, towns, places, organisations, people, quantities and topics to each article.

    Example: ghcli extract seeds/000_e8ce5f1fa4209a3c.txt --format json
    """
    from ghcli.engine import iter_corpus
    from ghcli.writers import write_records

    xopts = _extract_options(region, topics, aliases, keywords)
    opts = Options(encoding=encoding, repair=not no_repair, strict=strict, date=check_date(date, "--date"),
                   to_simplified=_check_to_simplified(to_simplified))
    engine = _engine(engine, scheduler)
    report = Report(say)
    fmt_name = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    records = iter_corpus(_inputs(issues), opts, report, xopts=xopts, jobs=_jobs(jobs), cache=not no_cache,
                          engine=engine, scheduler=scheduler, encoded=fmt_name in JSON_FORMATS)
    write_records(records, fmt_name, sys.stdout, view="extract")
    return report.exit_code


cache_app = typer.Typer(help="The per-issue record cache ($XDG_CACHE_HOME/ghcli or ~/.cache/ghcli).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json.")) -> int:
    """Where the cache is, how many entries it holds and their size."""
    import json

    from ghcli.cache import Cache

    info = Cache.default().info()
    if fmt.value == "json":
        print(json.dumps(info, ensure_ascii=False))
    else:
        print(f"location  {info['location']}\nentries   {info['entries']}\nsize      {_human_size(info['bytes'])}")
    return 0


@cache_app.command("clear")
def cache_clear() -> int:
    """Remove every cached entry."""
    from ghcli.cache import Cache

    cache = Cache.default()
    n = cache.clear()
    say(f"removed {n} cache entr{'y' if n == 1 else 'ies'} from {cache.directory}")
    return 0


def _human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


@app.command("eval")
def evaluate(
    gold: List[Path] = typer.Argument(..., help="Gold annotation files (JSON, the format of tests/fixtures/*.gold.json).", show_default=False),
    issue: Optional[Path] = typer.Option(None, "--issue", help="The annotated issue (default: the gold file's 'issue', beside it)."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json."),
    region: str = RegionOpt,
    topics: Optional[Path] = TopicsOpt,
    aliases: Optional[List[Path]] = AliasesOpt,
    to_simplified: bool = ToSimplifiedOpt,
) -> int:
    """Score split and extract against hand annotations: precision, recall and F1 per field.

    Example: ghcli eval tests/fixtures/000_e8ce5f1fa4209a3c.gold.json --issue seeds/000_e8ce5f1fa4209a3c.txt
    """
    from ghcli.evaluate import combine, issue_path_for, load_gold, score_issue
    from ghcli.extract import extract_articles
    from ghcli.pipeline import split_issue
    from ghcli.sources import Source, read_source
    from ghcli.writers import write_scores

    if issue is not None and len(gold) > 1:
        raise UsageError("--issue goes with a single gold file")
    xopts = _extract_options(region, topics, aliases, False)
    opts = Options(to_simplified=_check_to_simplified(to_simplified))
    per_issue = []
    for path in gold:
        data = load_gold(path)
        source_path = issue_path_for(path, data, str(issue) if issue else None)
        source = Source(str(source_path), source_path)
        articles = extract_articles(split_issue(source, read_source(source), opts), xopts)
        per_issue.append(score_issue(data, articles))
    write_scores(combine(per_issue), fmt.value, sys.stdout, issues=len(gold))
    return 0


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
    """Run the CLI and return its exit code, turning every known failure into one line.

    Exit codes: 0 success; 1 data error (an input could not be used, the others still
    processed unless ``--strict``; or an output could not be written); 2 usage error (bad
    option, missing path, missing optional extra); 130 interrupted.

    Signals and pipes: Ctrl-C (SIGINT) and SIGTERM both stop the run as an interrupt. For
    the duration of ``run`` SIGTERM raises KeyboardInterrupt (the previous handler is
    restored afterwards), so ``writers.atomic_write`` removes its temporary file, an output
    is either its old version or the complete new one, stderr says ``ghcli: interrupted``
    and the exit code is 130 for SIGTERM too (not 143). When the reader of stdout goes away
    (``ghcli … | head``) ghcli stops quietly with exit code 0. Every error is one line on
    stderr, never a traceback.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    previous = _catch_sigterm()
    try:
        return _run(args)
    finally:
        _restore_sigterm(previous)


def _run(args: List[str]) -> int:
    try:
        rv = app(args=args, prog_name="ghcli", standalone_mode=False)
        if rv == EXIT_INTERRUPTED:  # Typer turns KeyboardInterrupt into Exit(130)
            say("ghcli: interrupted")
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
    except SystemExit as exc:
        # Typer answers EPIPE on stdout with sys.exit(1) after wrapping the streams in
        # PacifyFlushWrapper: that is `ghcli … | head`, a normal end, not an error.
        if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            _silence_stdout()
            return 0
        raise
    except OSError as exc:  # e.g. stdout on a full disk (ENOSPC) or a dead terminal (EIO)
        where = f"{exc.filename}: " if exc.filename else ""
        say(f"ghcli: error: {where}cannot write output: {exc.strerror or exc}")
        _silence_stdout()
        return EXIT_DATA


def _on_sigterm(signum, frame) -> None:
    raise KeyboardInterrupt


def _catch_sigterm():
    """Make SIGTERM behave like Ctrl-C; returns what to restore (None: nothing installed)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):
        return None
    return signal.SIG_DFL if previous is None else previous


def _restore_sigterm(previous) -> None:
    if previous is not None:
        with contextlib.suppress(ValueError, OSError):
            signal.signal(signal.SIGTERM, previous)


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
