"""Time the split and extract stages against plain ``jieba.lcut`` on the same text.

Usage: python tools/profile_extract.py [ISSUE ...] [--runs N] [--profile]

Prints, for the sample issue (seeds/000_e8ce5f1fa4209a3c.txt) and for the fixture issues of
tests/fixtures/split and tests/fixtures/corpus concatenated into one long text (or for the
issues given), the best-of-N times of ``split_text``, ``extract_articles(split_text(...))``
and ``jieba.lcut`` and the throughput ratio jieba / (split + extract). ``--profile`` adds a
cProfile listing of split + extract. Caches (gazetteer, lexicons, jieba's dictionary) are
warmed before timing, so the numbers are per-issue costs in a long-running process.

A quick aid while profiling, not the measure of the target (ratio >= 4): best-of-N timings
of each side alone come out higher than the median of alternating blocks that ``make bench``
(bench/run.py) takes, whose figures are the ones reported.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ghcli.extract import extract_articles  # noqa: E402
from ghcli.sources import decode_bytes  # noqa: E402
from ghcli.split import split_text  # noqa: E402

SAMPLE = ROOT / "seeds" / "000_e8ce5f1fa4209a3c.txt"
FIXTURE_DIRS = (ROOT / "tests" / "fixtures" / "split", ROOT / "tests" / "fixtures" / "corpus")


def read(path: Path) -> str:
    return decode_bytes(path.read_bytes(), str(path))


def concatenated_fixtures() -> str:
    texts = [read(p) for d in FIXTURE_DIRS for p in sorted(d.glob("*.txt"))]
    return "\n\n".join(t.strip("\n") for t in texts) + "\n"


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(name: str, text: str, runs: int, profile: bool) -> float:
    import jieba

    split_ms = best(lambda: split_text(text, name), runs) * 1000
    extract_ms = best(lambda: extract_articles(split_text(text, name)), runs) * 1000
    jieba_ms = best(lambda: jieba.lcut(text), runs) * 1000
    ratio = jieba_ms / extract_ms
    n = len(split_text(text, name))
    print(f"{name}: {len(text):,} chars, {n} articles")
    print(f"  split            {split_ms:8.2f} ms")
    print(f"  split+extract    {extract_ms:8.2f} ms")
    print(f"  jieba.lcut       {jieba_ms:8.2f} ms")
    print(f"  ratio            {ratio:8.2f}x (best-of-N, not the bench's blocks: see the docstring)")
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(20):
            extract_articles(split_text(text, name))
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return ratio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("issues", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()

    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    if args.issues:
        cases = [(str(p), read(p)) for p in args.issues]
    else:
        cases = [(SAMPLE.name, read(SAMPLE)), ("fixtures (concatenated)", concatenated_fixtures())]
    for _name, text in cases:  # warm every cache once
        extract_articles(split_text(text))
        jieba.lcut(text)
    ratios = [measure(name, text, args.runs, args.profile) for name, text in cases]
    return 0 if all(r >= 4 for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main())
