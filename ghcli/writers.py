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
    import tempfile  # only when writing: it costs start-up time

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

class Encoded(str):
    """A record already encoded as one line of JSON (by a worker process, see
    ``ghcli.engine``); the json and jsonl writers write it as it is."""


def encode_record(record: Article | dict) -> Encoded:
    """The JSON text of one record, as the json and jsonl formats write it."""
    if isinstance(record, Encoded):
        return record
    data = record.to_dict() if isinstance(record, Article) else record
    return Encoded(json.dumps(data, ensure_ascii=False))


def write_jsonl(records: Iterable[Article], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(encode_record(rec))
        out.write("\n")
        n += 1
    return n


def write_json_array(items: Iterable[str], out: IO[str]) -> int:
    """A JSON array of already encoded items, one per line, streamed so memory stays flat."""
    n = 0
    out.write("[")
    for item in items:
        out.write(",\n " if n else "\n ")
        out.write(item)
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_json(records: Iterable[Article], out: IO[str]) -> int:
    return write_json_array(map(encode_record, records), out)


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


def write_out_dir(
    records: Iterable[Article], directory: str | os.PathLike, fmt: str, *, force: bool = False, protect: Iterable[str | os.PathLike] = ()
) -> int:
    """One file per article in ``directory`` (``<stem>_<index>.<ext>``), each written atomically.

    Never replaces an input, even with ``force``: neither a file in ``protect`` nor the
    issue file of any record written so far.
    """
    inputs = {_resolved(p) for p in protect}
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
        if rec.issue != "-":
            inputs.add(_resolved(rec.issue))
        if _resolved(target / name) in inputs:
            raise OutputError("would replace an input file", source=str(target / name), hint="choose another --out-dir")
        with atomic_write(target / name, force=force) as fh:
            if fmt == "json":
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False, indent=1) + "\n")
            else:
                write_records([rec], fmt, fh)
        n += 1
    return n


def _resolved(path: str | os.PathLike) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


# --- tables: ghcli stats and ghcli export ---------------------------------------------------

STATS_FORMATS = ("table", "csv", "json", "md")
EXPORT_FORMATS = ("csv", "json", "jsonl", "parquet", "xlsx")
BINARY_FORMATS = ("parquet", "xlsx")
BOM = "\ufeff"
TOTAL_LABEL = "total"


def _frame_rows(frame) -> list[dict[str, Any]]:
    """DataFrame rows as plain Python dicts (numpy scalars -> int/float/bool, NaN -> None)."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def _number(value: Any, approx: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (int, float)):
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    else:
        text = str(value)
    return ("≈" if approx else "") + text


def _stats_cells(row: dict[str, Any], by: list[str], measures: list[str]) -> list[str]:
    cells = ["" if row.get(b) is None else str(row.get(b)) for b in by]
    cells += [_number(row.get(m), bool(row.get(f"{m}_approx"))) for m in measures]
    return cells


def write_stats(table, fmt: str, out: IO[str]) -> int:
    """Write a ``ghcli.aggregate.StatsTable``: ``table`` (Rich, with a totals row), ``md``
    (with a totals row), ``csv`` or ``json`` (rows only; ``<measure>_approx`` columns)."""
    by, measures = table.by, table.measures
    if fmt == "json":  # from the plain rows: no pandas needed
        out.write(json.dumps(table.rows, ensure_ascii=False, indent=1) + "\n")
        return len(table.rows)
    if fmt == "csv":
        table.frame.to_csv(out, index=False, lineterminator="\n")
        return len(table.rows)
    rows = [_stats_cells(r, by, measures) for r in table.rows]
    total = [TOTAL_LABEL] + [""] * (len(by) - 1) + _stats_cells(table.totals, [], measures)
    headers = by + [f"{m} ¥" if m == "money" else m for m in measures]
    if fmt == "md":
        def line(cells: list[str]) -> str:
            return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n"

        out.write(line(headers))
        out.write("|" + "|".join("---" if i < len(by) else "---:" for i in range(len(headers))) + "|\n")
        for cells in rows:
            out.write(line(cells))
        out.write(line([f"**{c}**" if c else "" for c in total]))
        return len(rows)
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        grid = Table(header_style="bold", show_lines=False)
        for i, header in enumerate(headers):
            grid.add_column(header, justify="left" if i < len(by) else "right", overflow="fold")
        for cells in rows:
            grid.add_row(*cells)
        grid.add_section()
        grid.add_row(*total, style="bold")
        console = Console(file=out, soft_wrap=False, width=None if _isatty(out) else 200)
        console.print(grid)
        return len(rows)
    raise UsageError(f"unknown format '{fmt}'", hint="choose one of " + ", ".join(STATS_FORMATS))



def _isatty(out: IO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def check_target(path: str | os.PathLike | None, fmt: str, *, force: bool = False) -> None:
    """Fail before any work when an export could not be written: a binary format to stdout,
    or an existing file without ``force``."""
    if path is None:
        if fmt in BINARY_FORMATS:
            raise UsageError(f"--format {fmt} is binary and needs a file", hint="give -o FILE")
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError("is a directory", source=str(target))
    if target.exists() and not force:
        raise OutputError("file exists", source=str(target), hint="use --force to replace it")


def _require(module: str, extra: str, what: str) -> None:
    import importlib

    from ghcli.errors import MissingExtraError

    try:
        importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(what, extra, module) from None


def _write_frame_text(frame, fmt: str, out: IO[str], bom: bool) -> None:
    if fmt == "csv":
        if bom:
            out.write(BOM)
        frame.to_csv(out, index=False, lineterminator="\n")
    elif fmt == "json":
        out.write(json.dumps(_frame_rows(frame), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for row in _frame_rows(frame):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        raise UsageError(f"unknown format '{fmt}'", hint="choose one of " + ", ".join(EXPORT_FORMATS))


# --- export tables as streams: flat memory for any corpus ------------------------------------

EXPORT_CHUNK_ROWS = 5000


def _row_chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunk_frame(chunk: list[dict[str, Any]], columns: list[str]):
    """Rows as a DataFrame of Python objects: every value written as it is (2 not 2.0),
    whatever else is in the chunk, so the output does not depend on where chunks are cut."""
    import pandas as pd

    return pd.DataFrame(chunk, columns=columns, dtype=object)


def _stream_text(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, out: IO[str], bom: bool, size: int) -> int:
    n = 0
    if fmt == "json":
        return write_json_array(map(_json_row, rows), out)
    first = True
    for chunk in _row_chunks(rows, size):
        frame = _chunk_frame(chunk, columns)
        if first or fmt != "csv":
            _write_frame_text(frame, fmt, out, bom if first else False)
        else:
            frame.to_csv(out, index=False, header=False, lineterminator="\n")
        first = False
        n += len(chunk)
    if first:  # no rows: the header (CSV) or nothing
        _write_frame_text(_chunk_frame([], columns), fmt, out, bom)
    return n


def _json_row(row: dict[str, Any]) -> str:
    """One row of a JSON array export (indent=1, nested)."""
    text = json.dumps(row, ensure_ascii=False, indent=1)
    return "\n ".join(text.split("\n"))


def _arrow_schema(columns: list[str]):
    import pyarrow as pa

    from ghcli.aggregate import column_type

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(c, types[column_type(c)]) for c in columns])


def _arrow_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "str":
        return value if isinstance(value, str) else str(value)
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value) if isinstance(value, (int, float)) else None
    return float(value) if isinstance(value, (int, float)) else None


def _stream_parquet(rows: Iterable[dict[str, Any]], columns: list[str], fh, size: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ghcli.aggregate import column_type

    schema = _arrow_schema(columns)
    kinds = [column_type(c) for c in columns]
    n = 0
    with pq.ParquetWriter(fh, schema) as writer:
        for chunk in _row_chunks(rows, size):
            arrays = {c: [_arrow_value(r.get(c), k) for r in chunk] for c, k in zip(columns, kinds)}
            writer.write_table(pa.Table.from_pydict(arrays, schema=schema))
            n += len(chunk)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _stream_xlsx(rows: Iterable[dict[str, Any]], columns: list[str], fh, sheet: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    ws = book.create_sheet(title=sheet[:31])
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    n = 0
    for row in rows:
        ws.append([row.get(c) for c in columns])
        n += 1
    book.save(fh)
    return n


def write_rows(
    rows: Iterable[dict[str, Any]],
    columns: Iterable[str],
    fmt: str,
    path: str | os.PathLike | None = None,
    *,
    out: IO[str] | None = None,
    force: bool = False,
    bom: bool | None = None,
    sheet: str = "ghcli",
    chunk_rows: int = EXPORT_CHUNK_ROWS,
) -> int:
    """Write an export table's rows (``ghcli.aggregate.iter_export_rows``) to ``path`` or
    ``out``, chunk by chunk, so memory stays flat. CSV gets a UTF-8 BOM (so Excel reads
    Chinese text) when ``bom`` is true, by default only when writing a file. CSV/JSONL are appended per chunk, the JSON array is
    written row by row, Parquet one row group per chunk (``ParquetWriter``), xlsx through
    openpyxl's write-only workbook. Files are written atomically; returns the row count."""
    columns = list(columns)
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format '{fmt}'", hint="choose one of " + ", ".join(EXPORT_FORMATS))
    check_target(path, fmt, force=force)
    if fmt == "parquet":
        _require("pyarrow", "parquet", "Parquet export")
    elif fmt == "xlsx":
        _require("openpyxl", "xlsx", "Excel export")
    if path is None:
        return _stream_text(rows, columns, fmt, out, bool(bom), chunk_rows)
    with atomic_write(path, force=force, binary=fmt in BINARY_FORMATS) as fh:
        if fmt == "parquet":
            return _stream_parquet(rows, columns, fh, chunk_rows)
        if fmt == "xlsx":
            return _stream_xlsx(rows, columns, fh, sheet)
        return _stream_text(rows, columns, fmt, fh, True if bom is None else bom, chunk_rows)


# --- evaluation report ------------------------------------------------------------------------

def write_scores(scores: list, fmt: str, out: IO[str], *, issues: int = 1) -> None:
    """Precision/recall/F1 per field (``ghcli eval``) as a Rich table or JSON."""
    rows = [s.to_dict() for s in scores]
    if fmt == "json":
        out.write(json.dumps({"issues": issues, "scores": rows}, ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"accuracy on {issues} annotated issue(s)", header_style="bold")
    for header in ("field", "gold", "predicted", "correct", "precision", "recall", "F1"):
        table.add_column(header, justify="left" if header == "field" else "right")
    for r in rows:
        style = None if r["f1"] >= 0.95 else "yellow" if r["f1"] >= 0.8 else "red"
        table.add_row(
            r["field"], str(r["gold"]), str(r["predicted"]), str(r["correct"]),
            f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", style=style,
        )
    Console(file=out, soft_wrap=False).print(table)
