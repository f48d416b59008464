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
