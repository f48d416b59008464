"""Running the per-issue stages over a corpus: in-process, on a pool of worker processes
(``--jobs N``) or, through ``ghcli.dask_engine``, on Dask; with the record cache.

The unit of work is one input (``process_source``): read its bytes, look the result up in
the cache, else decode and split it (or parse it as ghcli JSON Lines), run extract when asked,
store the result; with ``Work.rows`` (``stats``) the result is each record's stats row,
which a cache hit serves without building records. Results come back in the order of the
inputs whatever the engine, so the output of ``--jobs 8`` is the output of ``--jobs 1``.
Cache hits are served by the parent; the pool of worker processes is started at the first
input the cache does not hold (never on a warm run), once per run (``fork`` on Linux, so the
parent's loaded gazetteer and lexicons are shared). Workers take several inputs per task,
and at most a few tasks per worker are in flight, so memory stays flat however long the
corpus. stdin is always read in the parent. An error with one input comes back as that
input's ``GhcliError`` (an unexpected exception in a worker becomes a
one-line ``DataError`` naming the input), reported in input order.
"""

from __future__ import annotations

import itertools
import os
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ghcli.errors import DataError, GhcliError
from ghcli.models import Article
from ghcli.pipeline import Options, Report, issues_of, iter_sources, looks_like_records, parse_records, split_issue
from ghcli.sources import Source

# At most this many inputs per task; fewer when the corpus is small, so every worker gets work.
MAX_CHUNK = 16
# Tasks in flight per worker: enough to keep workers busy, few enough to bound memory.
WINDOW_PER_JOB = 3
# After this many consecutive misses the parent probes the cache only for every
# COLD_PROBE_EVERY-th input (a cold cache would otherwise cost it a read and hash per input).
COLD_STREAK = 8
COLD_PROBE_EVERY = 16


@dataclass(frozen=True)
class Work:
    """What to do with each input; picklable, built once in the parent."""

    opts: Options
    xopts: Any = None  # ExtractOptions: run extract on records not yet extracted
    records: bool = True  # read ghcli JSON Lines inputs as records (stats, export, extract)
    cache: str | None = None  # cache directory; None: no cache
    token: str = ""  # cache-key part for the options
    text: bool = True  # False: records served from the cache may come without their bodies
    rows: bool = False  # True: results are stats rows (``ghcli.aggregate.stats_row``), not records
    encoded: bool = False  # True: worker processes send records back as JSON lines (writers.Encoded)


def make_work(opts: Options, xopts: Any = None, *, records: bool = True, cache: bool = True, text: bool = True,
              rows: bool = False, encoded: bool = False) -> Work:
    from ghcli.cache import cache_dir, options_token

    directory = str(cache_dir()) if cache else None
    token = options_token(opts, xopts, records=records) if cache else ""
    return Work(opts, xopts, records, directory, token, text, rows, encoded)


def default_jobs() -> int:
    """``$GHCLI_JOBS`` when set to a positive number, else the number of cores."""
    value = os.environ.get("GHCLI_JOBS", "")
    if value.strip().isdigit() and int(value) > 0:
        return int(value)
    return os.cpu_count() or 1


# --- one input --------------------------------------------------------------------------------

_CACHES: dict[str, Any] = {}


def _cache_of(work: Work):
    """The process's ``Cache`` of ``work.cache`` (one per directory, made once)."""
    cache = _CACHES.get(work.cache)
    if cache is None:
        from pathlib import Path

        from ghcli.cache import Cache

        cache = _CACHES[work.cache] = Cache(Path(work.cache))
    return cache


def _lookup(work: Work, cache, key: str) -> list | None:
    return cache.get_rows(key) if work.rows else cache.get(key, text=work.text)


def cached_records(work: Work, source: Source) -> list | None:
    """The cached result of a file input (records, or stats rows with ``work.rows``), or
    None (no cache, a miss, or unreadable: the real run reports it). Cheap enough for the
    parent: read, hash, load."""
    if not work.cache or source.path is None:
        return None
    try:
        data = source.read_bytes()
    except GhcliError:
        return None
    cache = _cache_of(work)
    return _lookup(work, cache, cache.key(data, source.name, work.token))


def process_source(work: Work, source: Source, stdin=None) -> list:
    """The final records of one input, or their stats rows with ``work.rows`` (raises
    GhcliError)."""
    from ghcli.sources import decode_bytes

    opts = work.opts
    data = source.read_bytes(stdin)
    cache = key = None
    if work.cache and source.path is not None:
        cache = _cache_of(work)
        key = cache.key(data, source.name, work.token)
        cached = _lookup(work, cache, key)
        if cached is not None:
            return cached
    if work.records and looks_like_records(data):
        parsed = parse_records(data, source.name)
        if opts.date:
            for rec in parsed:
                rec.issue_date = opts.date
        issues = list(issues_of(parsed))
    else:
        text = decode_bytes(data, source.name, opts.encoding)
        issues = [split_issue(source, text, opts)]
    records: list[Article] = []
    for articles in issues:
        if work.xopts is not None and articles and not all(a.extracted for a in articles):
            from ghcli.extract import extract_articles

            articles = extract_articles(articles, work.xopts)
        records.extend(articles)
    if cache is not None:
        rows = cache.put(key, records)
        return rows if work.rows else records
    if work.rows:
        from ghcli.aggregate import stats_row

        return [stats_row(rec) for rec in records]
    return records


def run_chunk(work: Work, sources: list[Source]) -> list[tuple[bool, Any]]:
    """Worker task: ``(True, records)`` or ``(False, packed error)`` per input, in order.
    Never raises for one input's problem."""
    out: list[tuple[bool, Any]] = []
    if work.encoded:
        # JSON-encode here, in parallel: sending back strings spares the parent unpickling
        # records and encoding them one by one, which made it the bottleneck of --jobs.
        from ghcli.writers import encode_record
    for source in sources:
        try:
            result = process_source(work, source)
            out.append((True, [encode_record(r) for r in result] if work.encoded else result))
        except GhcliError as err:
            out.append((False, pack_error(err)))
        except Exception as exc:  # a bug or a resource problem: one line, not a traceback
            err = DataError(f"internal error: {type(exc).__name__}: {exc}", source=source.name)
            out.append((False, pack_error(err)))
    return out


def pack_error(err: GhcliError) -> tuple:
    """A GhcliError as plain data (subclasses do not all pickle through their __init__)."""
    return (type(err), err.message, err.source, err.hint)


def unpack_error(packed: tuple) -> GhcliError:
    cls, message, source, hint = packed
    if not (isinstance(cls, type) and issubclass(cls, GhcliError)):
        cls = DataError
    err = cls.__new__(cls)
    err.message, err.source, err.hint = message, source, hint
    Exception.__init__(err, err.line())
    return err


def _attempt(work: Work, source: Source, stdin=None) -> list[Article] | GhcliError:
    try:
        return process_source(work, source, stdin)
    except GhcliError as err:
        return err


# --- many inputs ------------------------------------------------------------------------------

def iter_results(
    sources: Iterable[Source], work: Work, jobs: int = 1, stdin=None
) -> Iterator[tuple[Source, list[Article] | GhcliError]]:
    """``(source, records or error)`` for every source, in order; ``jobs`` > 1 uses worker
    processes (in-process when there is a single input)."""
    it = iter(sources)
    head = list(itertools.islice(it, 2))
    files = [s for s in head if s.path is not None]
    if jobs <= 1 or len(files) < 2:
        for source in itertools.chain(head, it):
            yield source, _attempt(work, source, stdin)
        return
    total = len(sources) if isinstance(sources, (list, tuple)) else None
    yield from _parallel(itertools.chain(head, it), work, jobs, stdin, total)


def _chunks(sources: Iterator[Source], size: int, work: Work) -> Iterator[tuple[str, list[Source], Any]]:
    """Units of work in input order: ``("parent", [stdin], None)`` read in the parent,
    ``("hit", [source], records)`` found in the cache by the parent (sending cached records
    through a worker would only add pickling), ``("pool", sources, None)`` for a worker."""
    chunk: list[Source] = []
    misses = 0  # consecutive cache misses seen by the parent
    for n, source in enumerate(sources):
        # Probing costs the parent a read and a hash per input. In a cold stretch of the
        # archive it only probes now and then; workers look every input up themselves.
        probe = work.cache and (misses < COLD_STREAK or n % COLD_PROBE_EVERY == 0)
        hit = cached_records(work, source) if probe and source.path is not None else None
        if probe and source.path is not None:
            misses = 0 if hit is not None else misses + 1
        if source.path is None or hit is not None:
            if chunk:
                yield "pool", chunk, None
                chunk = []
            yield ("parent" if hit is None else "hit"), [source], hit
            continue
        chunk.append(source)
        if len(chunk) >= size:
            yield "pool", chunk, None
            chunk = []
    if chunk:
        yield "pool", chunk, None


def _mp_context():
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        import threading

        # fork copies the parent's loaded tables for free; with other threads running
        # (a Dask client, a test harness) a fork could copy a held lock, so do not.
        if threading.active_count() == 1:
            return multiprocessing.get_context("fork")
        if "forkserver" in multiprocessing.get_all_start_methods():
            return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _init_worker() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which ends the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def warm_up(work: Work) -> None:
    """Load the gazetteer and lexicons once in the parent, so forked workers share them."""
    if work.xopts is None:
        return
    try:
        from ghcli.extract import extract_articles

        extract_articles([Article(issue="-", index=1, id="-#1", title="北京市海淀区", text="海淀区总工会送清凉。")], work.xopts)
    except Exception:  # the real run reports whatever is wrong, per input
        pass


def _parallel(sources: Iterator[Source], work: Work, jobs: int, stdin, total: int | None):
    from collections import deque

    size = MAX_CHUNK if total is None else max(1, min(MAX_CHUNK, total // (jobs * 4)))
    executor = None  # started at the first input the cache does not hold: none on a warm run
    units = _chunks(sources, size, work)
    window: deque = deque()
    broken_pool: tuple = ()  # BrokenProcessPool once there is a pool (imported with it)
    try:
        def submit(chunk: list[Source]):
            nonlocal executor, broken_pool
            if executor is None:
                # concurrent.futures.process imports multiprocessing: 25 ms that a warm run,
                # which starts no pool, does not pay
                from concurrent.futures import ProcessPoolExecutor
                from concurrent.futures.process import BrokenProcessPool

                broken_pool = (BrokenProcessPool,)
                ctx = _mp_context()
                if ctx.get_start_method() == "fork":
                    warm_up(work)
                executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker)
            return executor.submit(run_chunk, work, chunk)

        def refill() -> None:
            while len(window) < jobs * WINDOW_PER_JOB:
                unit = next(units, None)
                if unit is None:
                    return
                where, chunk, hit = unit
                future = submit(chunk) if where == "pool" else None
                window.append((chunk, future, hit))

        refill()
        while window:
            chunk, future, hit = window.popleft()
            if future is None:  # a cache hit, or stdin read here, in order
                source = chunk[0]
                result = hit if hit is not None else _attempt(work, source, stdin)
                refill()
                yield source, result
                continue
            try:
                results = future.result()
            except broken_pool:
                raise DataError("a worker process died (out of memory?)", hint="try fewer --jobs") from None
            refill()
            for source, (ok, payload) in zip(chunk, results):
                yield source, payload if ok else unpack_error(payload)
    except BaseException:
        if executor is not None:
            _kill(executor)
        raise
    if executor is not None:
        executor.shutdown(wait=True)


def _kill(executor) -> None:
    """End the pool now: drop queued tasks and let each worker finish the chunk it is on
    (a few issues; workers ignore SIGINT). Workers are not terminated mid-task: one killed
    while sending its result would leave the pool's reader thread blocked on half a message
    and the process unable to exit."""
    try:
        executor.shutdown(wait=True, cancel_futures=True)
    except BaseException:  # a second Ctrl-C while waiting: stop waiting
        executor.shutdown(wait=False, cancel_futures=True)
        raise


def iter_corpus(
    inputs: Iterable[str],
    opts: Options,
    report: Report,
    *,
    xopts: Any = None,
    records: bool = True,
    jobs: int = 1,
    cache: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    stdin=None,
    progress: Callable[[list[Source]], Iterable[Source]] | None = None,
    text: bool = True,
    rows: bool = False,
    encoded: bool = False,
) -> Iterator[Article]:
    """The records of every input, in input order, with ``jobs`` worker processes, the cache
    and an engine. With ``records`` an input holding ghcli JSON Lines (``ghcli extract … |``)
    is read as records instead of being split as text; ``xopts`` runs extract on records
    that have not been through it; ``text=False`` allows records from the cache to come
    without their bodies (for aggregation); ``rows`` yields the stats row of each record
    (``ghcli.aggregate.stats_row``) instead, straight from the cache when it holds the input;
    with ``encoded`` records from worker processes may come as ready JSON lines
    (``ghcli.writers.Encoded``), which only the json/jsonl writers accept.

    A bad input is reported through ``report`` and skipped, or raised with ``opts.strict``;
    an input with no articles is a warning."""
    sources: Iterable[Source] = iter_sources(inputs, report, opts.strict)
    if progress is not None:
        sources = list(sources)
    work = make_work(opts, xopts, records=records, cache=cache, text=text, rows=rows, encoded=encoded)
    if engine == "dask":
        from ghcli import dask_engine

        sources = list(sources)
        results = dask_engine.iter_results(sources, work, scheduler=scheduler, jobs=jobs)
    else:
        results = iter_results(sources, work, jobs, stdin)
    if progress is not None:
        results = ((s, r) for _, (s, r) in zip(progress(sources), results))
    for source, result in results:
        if isinstance(result, GhcliError):
            if opts.strict:
                raise result
            report.error(result)
            continue
        if not result:
            report.warn(f"{source.name}: no articles found")
            continue
        yield from result
