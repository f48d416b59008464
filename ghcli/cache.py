"""A cache of per-issue records, so re-running ``stats`` or ``export`` over an unchanged
archive skips reading, splitting and extracting.

An entry holds the final records of one input (after split and, when asked, extract) as
``marshal`` dumps, the fastest format the standard library reads back (several times faster
than JSON, which dominated cached runs). Layout: three 8-byte big-endian sizes, then

* the head: format, key, ghcli and Python versions, and the input's **stats rows**
  (``ghcli.aggregate.stats_row`` of every record: issue date, the labels of every stats
  dimension, the quantity sums and approx flags; ``ROW_VERSION`` says which projection);
* the records as plain dicts, without their bodies;
* the bodies.

So a warm ``stats`` reads the head alone and aggregates its rows without building a single
Article (``get_rows``); a ``--where`` on a field the rows lack reads the records without
bodies (``get(text=False)``); ``export`` reads everything (``get``). The rows are made at
write time from the very records stored beside them, so both paths give the same stats.

marshal's format belongs to the Python version, which is therefore part of every entry's
header; like any cache of this kind (pickle, marshal) the directory is trusted: it is the
user's own. Its key is a SHA-256 over the input's bytes, ``ghcli.__version__`` and a hash
of ghcli's own code and data files (an edited gazetteer is another build), the input's
name (it is in every record: ``issue``, ``id``, the date guessed from it) and every option
that changes the records (encoding, repair, punctuation, date, extract options and the
contents of ``--topics``/``--aliases`` files). A changed file, another option or a new ghcli
version therefore never meets a stale entry. Entries are written to a temporary file and
renamed into place; an unreadable, truncated (the sizes must add up to the file's), corrupt
or other-version entry counts as a miss and is rewritten. Nothing here ever fails a run: a
cache that cannot be written is skipped.

Location: ``$XDG_CACHE_HOME/ghcli`` or ``~/.cache/ghcli``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ghcli.models import EXTRACT_FIELDS, SPLIT_FIELDS, Article

FORMAT = "ghcli-cache/4"
_PREFIX = 24  # three 8-byte big-endian sizes: head, records, bodies
SUFFIX = ".marshal"
PYTHON = "%d.%d" % sys.version_info[:2]


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/ghcli``, else ``~/.cache/ghcli``."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec: a relative value is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ghcli"


def version() -> str:
    import ghcli

    return ghcli.__version__


@lru_cache(maxsize=1)
def build_digest() -> str:
    """Content hash of the running ghcli's code and data files: records made by another
    build (an edited gazetteer or lexicon, a development checkout) are never served."""
    import ghcli

    root = Path(ghcli.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".tsv", ".txt") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_digest(path: str | None) -> str:
    """Content hash of an option file (``--topics``/``--aliases``), so editing it invalidates."""
    if not path:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def options_token(opts: Any, xopts: Any = None, *, records: bool = True) -> str:
    """The part of the key that says how records were made (everything but the input)."""
    import dataclasses

    parts: dict[str, Any] = {"v": version(), "build": build_digest(), "records": records}
    if opts is not None:
        parts["opts"] = {k: v for k, v in sorted(dataclasses.asdict(opts).items()) if k != "strict"}
    if xopts is not None:
        parts["extract"] = {k: v for k, v in sorted(dataclasses.asdict(xopts).items())}
        parts["files"] = [file_digest(xopts.topics_file)] + [file_digest(a) for a in xopts.alias_files]
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)


_SPLIT_BUT_TEXT = frozenset(SPLIT_FIELDS) - {"text"}
_EXTRACT = frozenset(EXTRACT_FIELDS)


def _article(data: dict) -> Article:
    """``Article.from_dict`` for entries ghcli wrote itself (``to_dict`` output: every field
    present, no None lists), without per-record validation: the hot path of a cached run."""
    if not isinstance(data, dict) or not _SPLIT_BUT_TEXT <= data.keys():
        raise ValueError("not a record")
    art = object.__new__(Article)
    art.text = ""
    art.__dict__.update(data)
    extracted = not _EXTRACT.isdisjoint(data)
    if not extracted:  # records of split only: the extract fields take their defaults
        art.__dict__.update(_EMPTY_EXTRACT())
    art.extracted = extracted
    return art


def _EMPTY_EXTRACT() -> dict:
    return {name: None if name == "district" else [] for name in EXTRACT_FIELDS}


@dataclass
class Cache:
    """The record cache in ``directory``; ``hits``/``misses``/``writes`` count this process's use."""

    directory: Path
    hits: int = 0
    misses: int = 0
    writes: int = 0
    _made: set = field(default_factory=set, repr=False)  # entry directories known to exist

    def __post_init__(self) -> None:
        # Entry paths are read once per input: built as strings, a pathlib join per read
        # costs as much as the read of a small entry.
        self._root = os.fspath(self.directory)

    @classmethod
    def default(cls) -> "Cache":
        return cls(cache_dir())

    def key(self, data: bytes, name: str, token: str) -> str:
        h = hashlib.sha256()
        h.update(hashlib.sha256(data).digest())
        h.update(b"\0" + name.encode("utf-8", "surrogatepass") + b"\0" + token.encode("utf-8"))
        return h.hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / (key + SUFFIX)

    def _load(self, key: str, *, records: bool) -> tuple[dict, bytes] | None:
        """``(head, records and bodies dumps)`` of an entry of this ghcli and Python, or
        None when there is none (a miss). The rest is read only with ``records``. Raises
        ValueError & co for a corrupt entry, a truncated one included (the sizes in its
        prefix must add up to the file's)."""
        try:
            with open(os.path.join(self._root, key[:2], key + SUFFIX), "rb") as fh:
                prefix = fh.read(_PREFIX)
                size = os.fstat(fh.fileno()).st_size
                if len(prefix) != _PREFIX:
                    raise ValueError("truncated")
                head_size, records_size, bodies_size = (int.from_bytes(prefix[i : i + 8], "big") for i in (0, 8, 16))
                if size != _PREFIX + head_size + records_size + bodies_size:
                    raise ValueError("truncated")
                head = marshal.loads(fh.read(head_size))
                rest = fh.read() if records else b""
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:  # unreadable: a miss; rewriting it will tell
            raise ValueError("unreadable") from exc
        if not isinstance(head, dict):
            raise ValueError("not an entry")
        if (head.get("format"), head.get("key"), head.get("version"), head.get("python")) != (FORMAT, key, version(), PYTHON):
            raise ValueError("not this entry")
        return head, rest

    def _corrupt(self, key: str) -> None:
        with contextlib.suppress(OSError):
            self.path(key).unlink()
        self.misses += 1

    def get(self, key: str, *, text: bool = True) -> list[Article] | None:
        """The records of an entry, or None when absent or unusable (corrupt entries are
        removed so they get rewritten). ``text=False`` skips loading the article bodies
        (``text`` is then ``""``): aggregating needs every field but those."""
        try:
            loaded = self._load(key, records=True)
            if loaded is None:
                return None
            head, rest = loaded
            view = memoryview(rest)
            records_size = head["records_size"]
            records = [_article(rec) for rec in marshal.loads(view[:records_size])]
            if text:
                bodies = marshal.loads(view[records_size:])
                if len(bodies) != len(records):
                    raise ValueError("truncated")
                for rec, body in zip(records, bodies):
                    rec.text = body
        except (ValueError, TypeError, AttributeError, KeyError, EOFError):
            self._corrupt(key)
            return None
        self.hits += 1
        return records

    def get_rows(self, key: str) -> list[tuple] | None:
        """The stats rows of an entry (``ghcli.aggregate.stats_row`` of each record, in
        order), or None like ``get``. Rows of another ``ROW_VERSION`` count as a miss."""
        from ghcli.aggregate import ROW_APPROX, ROW_VERSION

        try:
            loaded = self._load(key, records=False)
            if loaded is None:
                return None
            head = loaded[0]
            rows = head["rows"]
            if head.get("rows_version") != ROW_VERSION or type(rows) is not list:
                raise ValueError("other rows")
            width = ROW_APPROX + 1
            if not all(type(row) is tuple and len(row) == width for row in rows):
                raise ValueError("not rows")
        except (ValueError, TypeError, AttributeError, KeyError, EOFError):
            self._corrupt(key)
            return None
        self.hits += 1
        return rows

    def put(self, key: str, records: list[Article]) -> list[tuple]:
        """Store an entry atomically (temporary file + rename); failures are ignored.
        Returns the entry's stats rows (``stats_row`` of each record as read back)."""
        import tempfile  # only when writing: it costs start-up time

        from ghcli.aggregate import ROW_VERSION, stats_row

        path = self.path(key)
        dicts = [r.to_dict() for r in records]
        bodies = [d.pop("text") for d in dicts]
        # stats rows read no body, and the dicts hold the records' own values, so these equal
        # the rows of the records ``get`` rebuilds from this entry
        rows = [stats_row(r) for r in records]
        try:
            records_dump, bodies_dump = marshal.dumps(dicts), marshal.dumps(bodies)
            head = {"format": FORMAT, "key": key, "version": version(), "python": PYTHON,
                    "records_size": len(records_dump), "rows_version": ROW_VERSION, "rows": rows}
            head_dump = marshal.dumps(head)
            sizes = (len(head_dump), len(records_dump), len(bodies_dump))
            payload = b"".join([n.to_bytes(8, "big") for n in sizes] + [head_dump, records_dump, bodies_dump])
        except ValueError:  # a value marshal cannot store: leave this input uncached
            return rows
        tmp = None
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
            tmp = None
            self.writes += 1
        except (OSError, UnicodeError):
            pass
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return rows

    # --- ghcli cache info / clear ---

    def entries(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return [p for p in self.directory.glob("??/*" + SUFFIX) if p.is_file()]

    def info(self) -> dict[str, Any]:
        entries = self.entries()
        size = 0
        for p in entries:
            with contextlib.suppress(OSError):
                size += p.stat().st_size
        return {"location": str(self.directory), "entries": len(entries), "bytes": size}

    def clear(self) -> int:
        """Remove every entry (and leftover temporary files); returns how many entries."""
        self._made.clear()
        n = 0
        if not self.directory.is_dir():
            return 0
        for sub in self.directory.glob("??"):
            if not sub.is_dir():
                continue
            for p in sub.iterdir():
                if p.name.endswith(SUFFIX) or p.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        p.unlink()
                        n += p.name.endswith(SUFFIX)
            with contextlib.suppress(OSError):
                sub.rmdir()
        return n
