"""The stages in order, over many issues, one issue at a time.

``iter_articles`` reads each source, splits it (and extracts, when asked) and yields its
records before the next issue is read, so memory stays flat over any corpus. Problems with
one input are reported through ``Report`` and the others still processed, unless ``strict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ghcli.errors import EXIT_OK, GhcliError
from ghcli.models import Article
from ghcli.repair import normalize_punct
from ghcli.sources import Source, expand_arg, guess_issue_date, read_source
from ghcli.split import split_text


@dataclass
class Options:
    """Everything the stages need, built once at the CLI edge."""

    encoding: str | None = None
    repair: bool = True
    punct: str = "keep"
    strict: bool = False
    date: str | None = None  # issue date for a single issue, overriding the guess
    to_simplified: bool = False  # traditional -> simplified characters before splitting (ghcli[zh])


@dataclass
class Report:
    """Collects per-input problems; ``say`` shows each as one line (the CLI sends it to stderr)."""

    say: Callable[[str], None] = lambda line: None
    errors: list[GhcliError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, err: GhcliError) -> None:
        self.errors.append(err)
        self.say(f"error: {err.line()}")

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        self.say(f"warning: {message}")

    @property
    def exit_code(self) -> int:
        return max((e.exit_code for e in self.errors), default=EXIT_OK)


def iter_sources(inputs: Iterable[str], report: Report, strict: bool = False) -> Iterator[Source]:
    """Sources of every argument; a bad argument is reported and skipped (raised if strict)."""
    for arg in inputs:
        try:
            sources = expand_arg(arg)
        except GhcliError as err:
            if strict:
                raise
            report.error(err)
            continue
        yield from sources


def split_issue(source: Source, text: str, opts: Options) -> list[Article]:
    """Split one decoded issue into records carrying its name and date."""
    date = opts.date or guess_issue_date(source.name, text)
    if opts.to_simplified:
        from ghcli.zh import to_simplified

        text = to_simplified(text)
    text = normalize_punct(text, opts.punct)
    return split_text(text, source.name, repair=opts.repair, issue_date=date)


def iter_articles(
    inputs: Iterable[str],
    opts: Options,
    report: Report,
    *,
    stdin=None,
    stage: Callable[[list[Article]], list[Article]] | None = None,
) -> Iterator[Article]:
    """Read, split (and run ``stage`` on) each issue in turn, yielding its records."""
    for source in iter_sources(inputs, report, opts.strict):
        try:
            text = read_source(source, opts.encoding, stdin)
            articles = split_issue(source, text, opts)
        except GhcliError as err:
            if opts.strict:
                raise
            report.error(err)
            continue
        if not articles:
            report.warn(f"{source.name}: no articles found")
            continue
        if stage is not None:
            articles = stage(articles)
        yield from articles


# --- records or issues: what ``stats`` and ``export`` read ----------------------------------

def looks_like_records(data: bytes) -> bool:
    """True when ``data`` is ghcli JSON Lines: first non-blank character ``{`` and the first
    line a JSON object with an ``id`` or ``issue`` key. Anything else is issue text."""
    import json

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    # The first line decides; when it is broken, a record among the next few lines still
    # marks the input as records (so the broken line is reported by number, not split as text).
    for line in [x for x in head.split(b"\n", 8)[:8] if x.strip()][:5]:
        try:
            obj = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        return isinstance(obj, dict) and ("id" in obj or "issue" in obj)
    return False


def parse_records(data: bytes, name: str = "-") -> list[Article]:
    """ghcli JSON Lines -> records (``Article.from_dict``); a bad line is a DataError naming
    its line number and what is wrong with it."""
    import json

    from ghcli.errors import DataError

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"records are not UTF-8 (byte offset {exc.start})", source=name) from None
    records: list[Article] = []
    # "\n" only: str.splitlines() would also break at U+0085/U+2028 inside JSON strings
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            raise DataError(f"line {n}: not valid JSON ({msg})", source=name, hint="expected one ghcli record per line") from None
        if not isinstance(obj, dict):
            raise DataError(f"line {n}: a JSON {type(obj).__name__}, not a record object", source=name)
        missing = [k for k in ("issue", "index", "id") if k not in obj]
        if missing:
            raise DataError(f"line {n}: record has no {', '.join(missing)}", source=name, hint="expected ghcli split/extract records")
        try:
            records.append(Article.from_dict(obj))
        except (TypeError, ValueError) as exc:
            raise DataError(f"line {n}: not a ghcli record ({exc})", source=name) from None
    return records


def _issues_of(records: list[Article]) -> Iterator[list[Article]]:
    """Consecutive runs of records of the same issue."""
    run: list[Article] = []
    for rec in records:
        if run and rec.issue != run[-1].issue:
            yield run
            run = []
        run.append(rec)
    if run:
        yield run


def iter_records(
    inputs: Iterable[str],
    opts: Options,
    report: Report,
    *,
    stdin=None,
    stage: Callable[[list[Article]], list[Article]] | None = None,
    progress: Callable[[list[Source]], Iterable[Source]] | None = None,
) -> Iterator[Article]:
    """Like ``iter_articles``, but an input holding ghcli JSON Lines (``ghcli extract … |``)
    is read as records rather than split as text. ``stage`` runs on each issue's records that
    have not been through it (``extracted`` false); ``progress`` wraps the list of sources
    (e.g. a progress bar)."""
    from ghcli.sources import decode_bytes

    sources = list(iter_sources(inputs, report, opts.strict))
    for source in progress(sources) if progress is not None else sources:
        try:
            data = source.read_bytes(stdin)
            if looks_like_records(data):
                records = parse_records(data, source.name)
                if opts.date:
                    for rec in records:
                        rec.issue_date = opts.date
                issues = list(_issues_of(records))
            else:
                text = decode_bytes(data, source.name, opts.encoding)
                issues = [split_issue(source, text, opts)]
        except GhcliError as err:
            if opts.strict:
                raise
            report.error(err)
            continue
        if not any(issues):
            report.warn(f"{source.name}: no articles found")
            continue
        for articles in issues:
            if stage is not None and not all(a.extracted for a in articles):
                articles = stage(articles)
            yield from articles
