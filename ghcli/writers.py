"""Export stage: the one place that knows each output format, and the atomic file writer.

Record formats (``json``, ``jsonl``, ``md``, ``text``, ``table``) stream article records;
``write_records`` is the single entry point. Every file ghcli writes goes through
``atomic_write``: a temporary file in the target directory, fsync, then rename, so an
interrupted or failed run leaves the old file or the complete new one, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from ghcli.errors import OutputError, UsageError
from ghcli.models import Article

RECORD_FORMATS = ("table", "json", "jsonl", "md", "text")


# --- atomic files ---------------------------------------------------------------------------

@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, *, force: bool = False, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success fsync and rename it into place.

    An existing ``path`` is replaced only with ``force``. On any error or interrupt the
    temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    if target.exists() and not force:
        raise OutputError("file exists", source=str(target), hint="use --force to replace it")
    if target.is_dir():
        raise OutputError("is a directory", source=str(target))
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except FileNotFoundError:
        raise OutputError("directory does not exist", source=str(target)) from None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", source=str(target)) from None
    try:
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, (BrokenPipeError,)):
            raise OutputError(f"cannot write: {exc.strerror or exc}", source=str(target)) from None
        raise


# --- record formats -------------------------------------------------------------------------

def _jsonable(article: Article | dict) -> dict:
    return article.to_dict() if isinstance(article, Article) else article


def write_jsonl(records: Iterable[Article], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(_jsonable(rec), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def write_json(records: Iterable[Article], out: IO[str]) -> int:
    """A JSON array, written record by record so memory stays flat."""
    n = 0
    out.write("[")
    for rec in records:
        out.write(",\n " if n else "\n ")
        out.write(json.dumps(_jsonable(rec), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def article_markdown(a: Article) -> str:
    parts = []
    if a.kicker:
        parts.append(f"*{a.kicker}*\n")
    parts.append(f"## {a.title or '(untitled)'}\n")
    if a.subtitle:
        parts.append(f"*{a.subtitle}*\n")
    meta = [a.id, a.kind]
    if a.byline:
        meta.append(a.byline)
    parts.append("> " + " · ".join(meta) + "\n")
    parts.append("\n\n".join(a.text.split("\n")) + "\n")
    return "\n".join(parts)


def article_text(a: Article) -> str:
    head = [x for x in (a.kicker, a.title or "(untitled)", a.subtitle) if x]
    lines = head + ([a.byline] if a.byline else []) + [""] + a.text.split("\n")
    return "\n".join(lines) + "\n"


def write_md(records: Iterable[Article], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(("\n" if n else "") + article_markdown(rec))
        n += 1
    return n


def write_text(records: Iterable[Article], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(("\n" + "=" * 40 + "\n\n" if n else "") + article_text(rec))
        n += 1
    return n


# Table views: which columns a terminal table shows, per command.
def _names(items: list) -> str:
    return "、".join(x["name"] if isinstance(x, dict) else str(x) for x in items)


def _sum_kind(kind: str) -> Callable[[Article], str]:
    def get(a: Article) -> str:
        vals = [q for q in a.quantities if q.get("kind") == kind]
        if not vals:
            return ""
        total = sum(q["value"] for q in vals)
        approx = any(q.get("approx") for q in vals)
        return f"{'≈' if approx else ''}{total:,.0f}"

    return get


TABLE_VIEWS: dict[str, list[tuple[str, Callable[[Article], Any]]]] = {
    "split": [
        ("#", lambda a: a.index),
        ("kind", lambda a: a.kind),
        ("title", lambda a: a.title or "(untitled)"),
        ("reporters", lambda a: "、".join(a.reporters + [c for c in a.correspondents if c not in a.reporters])),
        ("chars", lambda a: a.chars),
        ("repairs", lambda a: len(a.repairs)),
    ],
    "extract": [
        ("#", lambda a: a.index),
        ("title", lambda a: a.title or "(untitled)"),
        ("district", lambda a: a.district or "—"),
        ("towns", lambda a: _names(a.towns)),
        ("orgs", lambda a: _names(a.orgs[:4]) + (" …" if len(a.orgs) > 4 else "")),
        ("people", lambda a: _names(a.people)),
        ("participants", _sum_kind("participants")),
        ("money ¥", _sum_kind("money")),
        ("topics", lambda a: "、".join(a.topics)),
    ],
}


def write_table(records: Iterable[Article], out: IO[str], view: str = "split") -> int:
    from rich.console import Console
    from rich.table import Table

    columns = TABLE_VIEWS[view]
    table = Table(show_lines=False, header_style="bold")
    for header, _ in columns:
        justify = "right" if header in ("#", "chars", "repairs", "participants", "money ¥") else "left"
        table.add_column(header, justify=justify, overflow="fold")
    n = 0
    last_issue = None
    for rec in records:
        if last_issue is not None and rec.issue != last_issue:
            table.add_section()
        last_issue = rec.issue
        table.add_row(*(str(get(rec)) for _, get in columns))
        n += 1
    if n:
        table.title = f"{last_issue}" if last_issue and view else None
    Console(file=out, soft_wrap=False).print(table)
    return n


def write_records(records: Iterable[Article], fmt: str, out: IO[str], *, view: str = "split") -> int:
    """Write records to a text stream in ``fmt``; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "json":
        return write_json(records, out)
    if fmt == "md":
        return write_md(records, out)
    if fmt == "text":
        return write_text(records, out)
    if fmt == "table":
        return write_table(records, out, view)
    raise UsageError(f"unknown format '{fmt}'", hint="choose one of " + ", ".join(RECORD_FORMATS))


OUT_DIR_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "md": ".md", "text": ".txt", "table": ".txt"}


def write_out_dir(records: Iterable[Article], directory: str | os.PathLike, fmt: str, *, force: bool = False) -> int:
    """One file per article in ``directory`` (``<stem>_<index>.<ext>``), each written atomically."""
    target = Path(directory)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create directory: {exc.strerror or exc}", source=str(target)) from None
    if fmt == "table":
        fmt = "text"
    n = 0
    for rec in records:
        name = rec.id.replace("#", "_").replace("/", "_") + OUT_DIR_SUFFIX[fmt]
        with atomic_write(target / name, force=force) as fh:
            if fmt == "json":
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False, indent=1) + "\n")
            else:
                write_records([rec], fmt, fh)
        n += 1
    return n
