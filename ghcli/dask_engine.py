"""``--engine dask``: the same per-input stage (``ghcli.engine.run_chunk``) over a
``dask.bag`` of issue files, on Dask's local scheduler or a ``distributed`` cluster
(``--scheduler tcp://host:port``).

``stats`` is a Dask reduction: each partition reads, splits, extracts, filters and aggregates
its issues into a ``StatsAccumulator``; partial aggregates are merged in a tree on the
workers and only the final one (groups × measures, issue-name sets) reaches the client.
``export`` and ``extract`` need every row at the client, so their partitions are computed a
few at a time, in order, and streamed to the writer.

Dask is an optional extra (``ghcli[dask]``), imported only here and only when used. The
issue files must be readable at the same path by every worker (a shared filesystem).
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterable, Iterator

from ghcli.engine import Work, run_chunk, unpack_error
from ghcli.errors import GhcliError, MissingExtraError, UsageError
from ghcli.models import Article
from ghcli.sources import Source

# Inputs per partition; partitions computed ahead of the writer when streaming records.
PARTITION_SIZE = 16
STREAM_WINDOW = 8


def require() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        raise MissingExtraError("--engine dask", "dask", "dask") from None


@contextlib.contextmanager
def connect(scheduler: str | None, jobs: int = 1):
    """``(client or None, scheduler argument for compute)``; a distributed Client when a
    scheduler address is given, else Dask's local scheduler (processes for ``jobs`` > 1)."""
    require()
    if not scheduler:
        yield None, ("sync" if jobs <= 1 else "processes"), jobs
        return
    try:
        from distributed import Client
    except ImportError:
        raise MissingExtraError("--scheduler", "dask", "distributed") from None
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}",
                         hint="start one with `dask scheduler` or check the address") from None
    try:
        yield client, None, 0
    finally:
        client.close()


def _bag(sources: list[Source], jobs: int):
    import dask.bag as db

    items = list(enumerate(sources))
    size = max(1, min(PARTITION_SIZE, len(items) // max(1, jobs * 4) or 1))
    return db.from_sequence(items, partition_size=size) if items else None


def _run_partition(items: Iterable[tuple[int, Source]], work: Work) -> list[tuple[int, bool, Any]]:
    items = list(items)
    results = run_chunk(work, [s for _, s in items])
    return [(i, ok, payload) for (i, _), (ok, payload) in zip(items, results)]


# --- records, streamed in order ---------------------------------------------------------------

def iter_results(sources: list[Source], work: Work, *, scheduler: str | None = None, jobs: int = 1
                 ) -> Iterator[tuple[Source, list[Article] | GhcliError]]:
    """``ghcli.engine.iter_results`` on Dask: ``(source, records or error)`` in input order."""
    stdin = [s for s in sources if s.path is None]
    if stdin:
        raise UsageError("--engine dask reads files, not stdin", hint="use --engine local for piped input")
    bag = _bag(sources, jobs)
    if bag is None:
        return
    with connect(scheduler, jobs) as (client, local, workers):
        parts = bag.map_partitions(_run_partition, work).to_delayed()
        for start in range(0, len(parts), STREAM_WINDOW):
            batch = parts[start:start + STREAM_WINDOW]
            if client is not None:
                computed = client.gather(client.compute(batch))
            else:
                import dask

                computed = dask.compute(*batch, scheduler=local, num_workers=jobs or None)
            for part in computed:
                for i, ok, payload in part:
                    yield sources[i], payload if ok else unpack_error(payload)


# --- stats as a reduction ---------------------------------------------------------------------

def _stats_partition(items: Iterable[tuple[int, Source]], work: Work, by: list[str], where: list,
                     since: str | None, until: str | None) -> dict:
    from ghcli.aggregate import StatsAccumulator

    acc = StatsAccumulator(by)
    problems: list[tuple[int, bool, Any]] = []  # (index, is_error, packed error or name)
    for i, ok, payload in _run_partition(items, work):
        if not ok:
            problems.append((i, True, payload))
            continue
        if not payload:
            problems.append((i, False, None))
            continue
        for art in payload:
            if since or until:
                if not art.issue_date:
                    acc.undated += 1
                    continue
                if (since and art.issue_date < since) or (until and art.issue_date > until):
                    continue
            if all(w.matches(art) for w in where):
                acc.add(art)
    return {"acc": acc, "problems": problems}


def _combine(parts: list[dict]) -> dict:
    parts = list(parts)
    out = {"acc": None, "problems": []}
    for part in parts:
        out["acc"] = part["acc"] if out["acc"] is None else out["acc"].merge(part["acc"])
        out["problems"].extend(part["problems"])
    return out


def stats_accumulate(sources: list[Source], work: Work, by: list[str], *, where=(), since=None, until=None,
                     scheduler: str | None = None, jobs: int = 1, report=None):
    """The ``StatsAccumulator`` of the whole corpus, computed as a Dask reduction; per-input
    errors and warnings go to ``report`` in input order (raised with ``--strict``)."""
    from ghcli.aggregate import StatsAccumulator, undated_message

    if any(s.path is None for s in sources):
        raise UsageError("--engine dask reads files, not stdin", hint="use --engine local for piped input")
    bag = _bag(sources, jobs)
    if bag is None:
        return StatsAccumulator(by)
    reduction = bag.reduction(
        lambda items: _stats_partition(items, work, list(by), list(where), since, until),
        _combine,
        split_every=8,
    )
    with connect(scheduler, jobs) as (client, local, workers):
        if client is not None:
            result = client.compute(reduction).result()
        else:
            result = reduction.compute(scheduler=local, num_workers=jobs or None)
    for i, is_error, payload in sorted(result["problems"], key=lambda p: p[0]):
        if is_error:
            err = unpack_error(payload)
            if work.opts.strict:
                raise err
            if report is not None:
                report.error(err)
        elif report is not None:
            report.warn(f"{sources[i].name}: no articles found")
    acc = result["acc"] or StatsAccumulator(by)
    if acc.undated and report is not None:
        report.warn(undated_message(acc.undated))
    return acc
