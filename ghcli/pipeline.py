"""What every engine needs to run the stages on one input: the options built once at the CLI
edge, the report of per-input problems, the expansion of arguments into sources, splitting
one decoded issue, and reading ghcli's own JSON Lines records back.

``ghcli.engine`` runs these over a corpus (in-process, on worker processes or on Dask), one
issue at a time so memory stays flat; problems with one input are reported through
``Report`` and the others still processed, unless ``strict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ghcli.errors import EXIT_OK, GhcliError, UsageError
from ghcli.lazyre import lazy
from ghcli.models import Article

if TYPE_CHECKING:  # the stages load when a command runs, not when the CLI starts
    from ghcli.sources import Source


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


def check_date(value: str | None, option: str) -> str | None:
    """An option's ISO date (``--date``, ``--since``…), or a usage error naming the option."""
    if value is None:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{option} '{value}' is not a date", hint="use YYYY-MM-DD") from None


def iter_sources(inputs: Iterable[str], report: Report, strict: bool = False) -> Iterator[Source]:
    """Sources of every argument; a bad argument is reported and skipped (raised if strict)."""
    from ghcli.sources import expand_arg

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
    from ghcli.repair import normalize_punct
    from ghcli.sources import guess_issue_date
    from ghcli.split import split_text

    date = opts.date or guess_issue_date(source.name, text)
    if opts.to_simplified:
        from ghcli.zh import to_simplified

        text = to_simplified(text)
    text = normalize_punct(text, opts.punct)
    return split_text(text, source.name, repair=opts.repair, issue_date=date)


# --- records or issues: what ``stats`` and ``export`` read ----------------------------------

def looks_like_records(data: bytes) -> bool:
    """True when ``data`` is meant as ghcli JSON Lines: its first non-blank character is
    ``{``. No newspaper issue opens with a brace, so such input is parsed as records, and a
    broken or foreign line is reported by its number rather than split as text."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


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
        if _SURROGATE_ESCAPE.search(line) and _lone_surrogate(obj):  # only \uD800-\uDFFF can make one
            raise DataError(f"line {n}: a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), "
                            "which is not text", source=name)
        missing = [k for k in ("issue", "index", "id") if k not in obj]
        if missing:
            raise DataError(f"line {n}: record has no {', '.join(missing)}", source=name, hint="expected ghcli split/extract records")
        try:
            records.append(Article.from_dict(obj))
        except (TypeError, ValueError) as exc:
            raise DataError(f"line {n}: not a ghcli record ({exc})", source=name) from None
    return records


# A surrogate escape (\uD800-\uDFFF): JSON written with ensure_ascii escapes every Chinese
# character, so "\u" alone says nothing; the re-encoding check below runs only on these.
_SURROGATE_ESCAPE = lazy(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(obj) -> bool:
    """Does a decoded JSON value hold an unpaired surrogate (``"\\udc80"``)? Such a string
    cannot be matched, encoded or written out."""
    import json

    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def issues_of(records: list[Article]) -> Iterator[list[Article]]:
    """Consecutive runs of records of the same issue."""
    run: list[Article] = []
    for rec in records:
        if run and rec.issue != run[-1].issue:
            yield run
            run = []
        run.append(rec)
    if run:
        yield run
