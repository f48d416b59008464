"""ghcli benchmark ("Performance and scale"): `make bench`, or `python bench/run.py [--quick|--full]`.

Builds a synthetic corpus deterministically from the bundled sample issue and the project's
own fixtures (bench/corpus/, gitignored, regenerated only when missing or when the generator
parameters change), then measures in one run:

* throughput (MB/s of UTF-8 text, articles/s) of read+split in-process and of the CLI
  commands split / extract / stats / export;
* split_text+extract_articles against plain ``jieba.lcut`` and ``jieba.posseg.cut`` on the
  same decoded issue texts, in the same process (targets: >= 4x and >= 20x);
* start-up time of ``ghcli --help`` and ``ghcli split SAMPLE -f json`` against
  ``python -c "import typer"`` (median of several runs; target <= 2x);
* peak RSS of every CLI run;
* ``--jobs 1`` vs ``--jobs 2`` (target >= 1.6x) and a cold vs warm cached ``stats`` run
  (target >= 10x), each only when the CLI has the feature (detected at run time);
* peak RSS of ``stats`` over 1,000 issues vs a larger corpus (target <= 1.3x).

Prints a Rich table and writes bench/results.json (``--quick`` writes
bench/corpus/results-quick.json so it never replaces the published figures). Figures are
never asserted by the unit tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ghcli import __version__ as GHCLI_VERSION  # noqa: E402
from ghcli.sources import decode_bytes  # noqa: E402

BENCH = ROOT / "bench"
CORPUS_ROOT = BENCH / "corpus"
SAMPLE = ROOT / "seeds" / "000_e8ce5f1fa4209a3c.txt"
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "split").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")
)

GENERATOR_VERSION = 1
SEED = 20230101
PART_SIZE = 100  # issues per sub-directory: a prefix of the corpus is a list of directories
START_DATE = dt.date(2023, 1, 1)
MB = 1_000_000
SAMPLE_ROUNDS = 60  # the sample issue is small: a block times it this many times
JIEBA_ROUNDS = 3  # blocks of split+extract, jieba.lcut and jieba.posseg.cut, alternating
# Real printed stories (the developers' corpus of 劳动午报 articles, outside the repository):
# when the file is there, the jieba comparison is run on pages made of them too.
REAL_ARTICLES = Path(os.environ.get("GHCLI_REAL_ARTICLES", ROOT.parent / "shared" / "corpus" / "ldwb-dev.jsonl"))
REAL_ROUNDS = 20
REAL_PER_PAGE = 5

# Targets from the "Performance and scale" issue: (comparison, threshold).
TARGETS = {
    "extract_vs_lcut": (">=", 4.0),
    "extract_vs_posseg": (">=", 20.0),
    "startup_help_vs_typer": ("<=", 2.0),
    "startup_split_vs_typer": ("<=", 2.0),
    "jobs2_vs_jobs1": (">=", 1.6),
    "cache_cold_vs_warm": (">=", 10.0),
    "rss_large_vs_small": ("<=", 1.3),
}


def real_article_pages() -> list[tuple[str, str]]:
    """Pages of real printed stories from REAL_ARTICLES (JSON lines with ``kicker``, ``title``,
    ``text``, ``photo_credit_raw``), REAL_PER_PAGE stories a page with ``## `` headlines and
    the full-width punctuation of print (the stored copies were normalised to ASCII); empty
    when the file is absent."""
    from ghcli.repair import normalize_punct

    if not REAL_ARTICLES.is_file():
        return []
    stories = []
    for line in REAL_ARTICLES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        lines = [art["kicker"]] if art.get("kicker") else []
        lines.append("## " + (art.get("title") or "图片新闻"))
        lines += normalize_punct(art.get("text") or "", "full").splitlines()
        if art.get("photo_credit_raw"):
            lines.append(art["photo_credit_raw"])
        stories.append("\n".join(lines))
    return [(f"real-{i // REAL_PER_PAGE + 1}", "\n\n".join(stories[i:i + REAL_PER_PAGE]) + "\n")
            for i in range(0, len(stories), REAL_PER_PAGE)]


# --- synthetic corpus --------------------------------------------------------------------

@dataclass
class Block:
    """Raw lines of one article as printed in a source issue, with what to substitute."""

    lines: list[str]
    style: str  # "blank" (paragraphs separated by blank lines) or "single" (one newline)
    district: str | None
    towns: list[tuple[str, str]] = field(default_factory=list)  # (form as printed, official name)
    source: str = ""


FURNITURE_RE = re.compile(r"^(?:#\s|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|劳动午报|\s*$)")
NUMBER_RE = re.compile(r"(?<![\d.])([1-9]\d{1,3})(?=余?(?:名|人|份|册|个|家|组|万元|元))")


def _short(district: str) -> str:
    return district[:-1] if district.endswith("区") else district


def build_pool() -> list[Block]:
    """Article blocks of the sample issue and every split/corpus fixture."""
    from ghcli.extract import extract_articles
    from ghcli.split import split_text

    blocks: list[Block] = []
    for path in [SAMPLE, *FIXTURES]:
        text = decode_bytes(path.read_bytes(), path.name)
        lines = text.lstrip("\ufeff").splitlines()
        arts = extract_articles(split_text(text, path.name))
        style = "blank" if re.search(r"\n[ \t\u3000]*\n", text.replace("\r\n", "\n").replace("\r", "\n")) else "single"
        prev_end = 0
        for art in arts:
            first, last = art.lines
            chunk = lines[prev_end:last]
            prev_end = last
            while chunk and FURNITURE_RE.match(chunk[0]):
                chunk.pop(0)
            while chunk and not chunk[-1].strip():
                chunk.pop()
            if not chunk:
                continue
            towns = [(t.get("form") or t["name"], t["name"]) for t in art.towns]
            blocks.append(Block(chunk, style, art.district, towns, path.name))
    return blocks


def town_table() -> dict[str, list[tuple[str, str]]]:
    """Beijing district -> [(official town name, short form)] from the project's gazetteer data."""
    table: dict[str, list[tuple[str, str]]] = {}
    for line in (ROOT / "ghcli" / "data" / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 5 and cols[1] == "town" and cols[4]:
            short = cols[6] if len(cols) > 6 and cols[6] else cols[2]
            table.setdefault(cols[4], []).append((cols[2], short))
    rng = random.Random(SEED)
    return {d: sorted(rng.sample(ts, min(6, len(ts)))) for d, ts in sorted(table.items())}


DISTRICTS = (
    "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
    "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
)
WEEKDAYS = "一二三四五六日"


def _substitute(block: Block, rng: random.Random, towns: dict[str, list[tuple[str, str]]]) -> str:
    """The block's text with its district, towns and head counts varied."""
    text = "\n".join(block.lines)
    if block.district in DISTRICTS:
        target = rng.choice(DISTRICTS)
        mapping = {block.district: target, _short(block.district): _short(target)}
        choices = towns.get(target, [])
        for form, name in block.towns:
            if not choices:
                break
            new_name, new_short = rng.choice(choices)
            mapping[name] = new_name
            if form != name:
                mapping[form] = new_short
        keys = sorted((k for k in mapping if k), key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(k) for k in keys))
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    return NUMBER_RE.sub(lambda m: str(max(2, int(int(m.group(1)) * rng.uniform(0.5, 1.6)))), text)


def issue_date(i: int) -> dt.date:
    """Issue i: one issue a day, Monday to Saturday, from 2023-01-01 onward."""
    weeks, day = divmod(i, 6)
    first_monday = START_DATE + dt.timedelta(days=(7 - START_DATE.weekday()) % 7)
    return first_monday + dt.timedelta(weeks=weeks, days=day)


def make_issue(i: int, pool: list[Block], towns) -> tuple[str, bytes]:
    """(file name, bytes) of issue i; depends only on the seed and i."""
    rng = random.Random(f"{SEED}:{i}")
    date = issue_date(i)
    style = "single" if rng.random() < 0.08 else "blank"
    blocks = [b for b in pool if b.style == style] or pool
    sep = "\n" if style == "single" else "\n\n"
    parts = [f"劳动午报 {date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}"]
    for page in range(1, rng.randint(3, 5) + 1):
        parts.append(f"# 第{page:02d}版:{rng.choice(('工会新闻', '区县工会', '职工生活', '基层动态'))}")
        for block in rng.sample(blocks, min(len(blocks), rng.randint(3, 5))):
            parts.append(_substitute(block, rng, towns))
    text = sep.join(parts) + "\n"
    roll = rng.random()
    if roll < 0.10:
        text = text.replace("\n", "\r\n")
    if roll < 0.05:
        data = text.encode("gb18030")
    elif roll > 0.99:
        data = text.encode("utf-16")
    else:
        data = text.encode("utf-8")
    return f"{date.isoformat()}.txt", data


def corpus_params() -> dict:
    sources = hashlib.sha256()
    for path in [SAMPLE, *FIXTURES]:
        sources.update(path.name.encode() + b"\0" + path.read_bytes())
    return {"generator": GENERATOR_VERSION, "seed": SEED, "part_size": PART_SIZE,
            "sources_sha256": sources.hexdigest()[:16], "code_sha256": _code_hash()}


def _code_hash() -> str:
    """Hash of the generator's source, so a change to it regenerates the corpus."""
    src = Path(__file__).read_text(encoding="utf-8")
    start, end = src.index("# --- " + "synthetic corpus"), src.index("# --- " + "measuring")
    return hashlib.sha256(src[start:end].encode()).hexdigest()[:16]


def ensure_corpus(n: int) -> Path:
    """bench/corpus/<params>/partNNN/*.txt with at least n issues (extended or rebuilt as needed)."""
    params = corpus_params()
    key = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()[:10]
    home = CORPUS_ROOT / f"g{GENERATOR_VERSION}-{key}"
    manifest = home / "manifest.json"
    have = 0
    if manifest.exists():
        try:
            meta = json.loads(manifest.read_text())
            have = meta["issues"] if meta.get("params") == params else 0
        except (ValueError, KeyError):
            have = 0
    if have >= n:
        return home
    for old in CORPUS_ROOT.glob("g*-*"):  # corpora of other parameters are stale
        if old != home:
            shutil.rmtree(old, ignore_errors=True)
    t0 = time.perf_counter()
    pool, towns = build_pool(), town_table()
    for i in range(have, n):
        name, data = make_issue(i, pool, towns)
        part = home / f"part{i // PART_SIZE:03d}"
        part.mkdir(parents=True, exist_ok=True)
        (part / name).write_bytes(data)
    manifest.write_text(json.dumps({"params": params, "issues": n, "pool_articles": len(pool)}, indent=1))
    print(f"corpus: generated issues {have}..{n - 1} in {home.relative_to(ROOT)} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return home


def corpus_inputs(home: Path, n: int) -> list[str]:
    """CLI arguments naming exactly the first n issues: whole part directories, then files."""
    full, rest = divmod(n, PART_SIZE)
    args = [str(home / f"part{k:03d}") for k in range(full)]
    if rest:
        args += [str(p) for p in sorted((home / f"part{full:03d}").glob("*.txt"))[:rest]]
    return args


def corpus_files(home: Path, n: int) -> list[Path]:
    files: list[Path] = []
    for arg in corpus_inputs(home, n):
        p = Path(arg)
        files += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    return files


# --- measuring ---------------------------------------------------------------------------

@dataclass
class Run:
    seconds: float
    code: int
    maxrss_mb: float  # largest single process (wait4 ru_maxrss)
    tree_rss_mb: float  # peak of the summed RSS of the process and its children (sampled)
    cpu_s: float = 0.0  # user+system CPU of the command and its reaped children
    stdout: bytes = b""
    stderr: str = ""


def ghcli_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "ghcli"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "ghcli"]


# A small launcher between the benchmark and the measured command. Linux charges a child the
# RSS of the process that forked it (the pre-exec address space counts in ru_maxrss), so
# wait4 in this large process would report its own size; the launcher is small, waits for
# the command and reports the command's own wall time and peak RSS (largest of it and its
# reaped children).
LAUNCHER = r"""
import json, os, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - t0
proc.returncode = os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as f:
    json.dump({"seconds": seconds, "code": proc.returncode, "maxrss_kb": usage.ru_maxrss,
               "cpu_s": usage.ru_utime + usage.ru_stime}, f)
"""


def run_cmd(cmd: list[str], *, env: dict | None = None, capture: bool = False, sample: bool = True) -> Run:
    """Run cmd (stdout to /dev/null, or captured): wall time, exit code and peak RSS.

    With ``sample`` the command runs under the launcher (exact peak RSS of the largest
    process, from wait4) while a thread samples the summed RSS of its process tree (what
    --jobs workers add up to); without it (start-up timings) it runs directly."""
    import psutil

    out = subprocess.PIPE if capture else subprocess.DEVNULL
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(suffix=".json") as meta:
        argv = [sys.executable, "-S", "-c", LAUNCHER, meta.name, *cmd] if sample else cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        peak = [0]
        done = threading.Event()

        def watch() -> None:
            try:
                launcher = psutil.Process(proc.pid)
            except psutil.Error:
                return
            while not done.is_set():
                total = 0
                try:
                    procs = launcher.children(recursive=True)
                except psutil.Error:
                    break
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], total)
                done.wait(0.02)

        watcher = threading.Thread(target=watch, daemon=True)
        if sample:
            watcher.start()
        stdout = proc.stdout.read() if capture else b""
        proc.wait()
        seconds = time.perf_counter() - t0
        done.set()
        if sample:
            watcher.join()
        if proc.stdout:
            proc.stdout.close()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        if not sample:
            return Run(seconds, proc.returncode, 0.0, 0.0, stdout=stdout, stderr=stderr)
        try:
            info = json.loads(Path(meta.name).read_text() or "{}")
        except ValueError:
            info = {}
    if "seconds" not in info:
        return Run(seconds, proc.returncode or 1, 0.0, peak[0] / 2**20, stdout=stdout, stderr=stderr)
    maxrss = info["maxrss_kb"] / 1024  # KiB on Linux
    return Run(info["seconds"], info["code"], maxrss, max(peak[0] / 2**20, maxrss), cpu_s=info.get("cpu_s", 0.0),
               stdout=stdout, stderr=stderr)


def cold_env(tmp: Path) -> dict:
    """Environment with a fresh, empty XDG_CACHE_HOME: every run starts cold."""
    cache = Path(tempfile.mkdtemp(prefix="xdg-", dir=tmp))
    return {**os.environ, "XDG_CACHE_HOME": str(cache)}


def has_option(args: list[str], option: str) -> bool:
    r = subprocess.run(ghcli_cmd() + args + ["--help"], capture_output=True, text=True)
    return r.returncode == 0 and option in r.stdout


def has_command(name: str) -> bool:
    r = subprocess.run(ghcli_cmd() + [name, "--help"], capture_output=True, text=True)
    return r.returncode == 0


def median_time(cmd: list[str], repeats: int) -> float:
    run_cmd(cmd, sample=False)  # warm the page cache and .pyc files
    return statistics.median(run_cmd(cmd, sample=False).seconds for _ in range(repeats))


class Bench:
    def __init__(self) -> None:
        self.figures: list[dict] = []
        self.notes: list[str] = []

    def add(self, key: str, label: str, value, unit: str = "", *, target: str | None = None, note: str = "") -> None:
        met = None
        if target and value is not None:
            op, limit = TARGETS[target]
            met = value >= limit if op == ">=" else value <= limit
        shown_target = f"{TARGETS[target][0]} {TARGETS[target][1]:g}×" if target else ""
        self.figures.append({"key": key, "figure": label, "value": value, "unit": unit,
                             "target": shown_target, "met": met, "note": note})
        print(f"  {label}: {_fmt(value, unit)} {shown_target} {note}".rstrip(), file=sys.stderr, flush=True)


def _fmt(value, unit: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        if unit == "×":
            return f"{value:.2f}×"
        if unit == "ms":
            return f"{value:.0f} ms"
        return f"{value:,.2f} {unit}".rstrip()
    return f"{value:,} {unit}".rstrip()


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "ghcli": GHCLI_VERSION,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "git": _git_state(),
    }


def _git_state() -> str:
    """HEAD commit, and whether the working tree had uncommitted changes to ghcli/."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "ghcli"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}{' + uncommitted changes to ghcli/' if dirty else ''}" if head else "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="~200 issues, fewer repeats: a fast check (results to bench/corpus/results-quick.json)")
    ap.add_argument("--full", action="store_true", help="memory scaling up to 20,000 issues (slow)")
    ap.add_argument("--issues", type=int, help="issues in the main corpus (default 2000; quick 200)")
    ap.add_argument("--rss-issues", type=int, help="issues of the large memory-scaling run (default 5000; quick 1000; full 20000)")
    ap.add_argument("--jieba-issues", type=int, help="issues of the subset run through jieba (default 150; quick 40)")
    ap.add_argument("--repeats", type=int, help="runs of each start-up command (median; default 7)")
    ap.add_argument("--runs", type=int, help="runs of each CLI throughput/jobs/cache command, best taken (default 2; quick 1)")
    ap.add_argument("--markdown", action="store_true", help="print the figures of the results file as a Markdown table (for README.md) and exit")
    ap.add_argument("--output", type=Path, help="results file (default bench/results.json)")
    args = ap.parse_args(argv)

    quick = args.quick
    if args.markdown:
        print(markdown(json.loads((args.output or BENCH / "results.json").read_text(encoding="utf-8"))))
        return 0
    n = args.issues or (200 if quick else 2000)
    rss_small = min(1000, n) if not quick else 200
    rss_large = args.rss_issues or (20000 if args.full else 1000 if quick else 5000)
    jieba_n = min(n, args.jieba_issues or (40 if quick else 150))
    repeats = args.repeats or (5 if quick else 7)
    runs = args.runs or (1 if quick else 2)
    output = args.output or (CORPUS_ROOT / "results-quick.json" if quick else BENCH / "results.json")

    # Commands run with Python's default bytecode cache, as on a user's machine. Some
    # containers set PYTHONDONTWRITEBYTECODE, and then every run would compile ghcli's
    # modules from source, while typer's, compiled by pip at install, load from bytecode.
    bytecode_note = ""
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        bytecode_note = "PYTHONDONTWRITEBYTECODE was set: unset for the commands measured"
    started = time.perf_counter()
    info = machine()
    print(f"ghcli {GHCLI_VERSION} benchmark on {info['cpu']} ({info['cores']} cores), Python {info['python']}", file=sys.stderr)
    home = ensure_corpus(max(n, rss_large, rss_small))
    bench = Bench()
    if bytecode_note:
        bench.notes.append(bytecode_note)
    tmp = Path(tempfile.mkdtemp(prefix="ghcli-bench-"))
    try:
        inputs = corpus_inputs(home, n)
        files = corpus_files(home, n)
        results = measure(bench, home, files, inputs, n, jieba_n, rss_small, rss_large, repeats, runs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.perf_counter() - started

    report = {
        "machine": info,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["python", "bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "mode": "quick" if quick else "full" if args.full else "default",
        "corpus": results.pop("corpus"),
        "features": results.pop("features"),
        "figures": bench.figures,
        "notes": bench.notes,
        "raw": results,
        "bench_seconds": round(elapsed, 1),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    show(report)
    print(f"wrote {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}; bench took {elapsed:.0f} s", file=sys.stderr)
    return 0


def measure(bench: Bench, home: Path, files: list[Path], inputs: list[str], n: int, jieba_n: int,
            rss_small: int, rss_large: int, repeats: int, runs: int, tmp: Path) -> dict:
    import jieba
    import jieba.posseg

    from ghcli.extract import extract_articles
    from ghcli.pipeline import Options, split_issue
    from ghcli.sources import Source
    from ghcli.split import split_text

    raw: dict = {}
    cli = ghcli_cmd()

    # -- in-process: read + split over the files --
    print(f"in-process read+split over {n} issues …", file=sys.stderr, flush=True)
    opts = Options()
    split_issue(Source(str(SAMPLE), SAMPLE), decode_bytes(SAMPLE.read_bytes()), opts)  # warm-up (imports)
    texts: list[tuple[str, str]] = []
    n_articles = 0
    disk_bytes = 0
    t0 = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        disk_bytes += len(data)
        text = decode_bytes(data, str(path))
        n_articles += len(split_issue(Source(str(path), path), text, opts))
        texts.append((str(path), text))
    t_split = time.perf_counter() - t0
    text_bytes = sum(len(t.encode("utf-8")) for _, t in texts)
    mb = text_bytes / MB
    corpus = {"dir": str(home.relative_to(ROOT)), "issues": n, "articles": n_articles,
              "utf8_mb": round(mb, 2), "disk_mb": round(disk_bytes / MB, 2),
              "encodings": "~89% UTF-8, ~5% GB18030, ~1% UTF-16, ~10% CRLF; ~8% single-newline layout",
              "rss_runs_issues": [rss_small, rss_large]}
    print(f"  corpus: {n} issues, {n_articles} articles, {mb:.1f} MB UTF-8 ({disk_bytes / MB:.1f} MB on disk)", file=sys.stderr)
    bench.add("inproc_split_mbs", "read+split, in-process (MB/s)", mb / t_split, "MB/s")
    bench.add("inproc_split_aps", "read+split, in-process (articles/s)", round(n_articles / t_split), "art/s")

    # -- in-process: split_text + extract_articles over the whole corpus --
    print("in-process split_text+extract_articles …", file=sys.stderr, flush=True)
    extract_articles(split_text(texts[0][1], texts[0][0]))  # warm-up: gazetteer, lexicons
    t0 = time.perf_counter()
    for name, text in texts:
        extract_articles(split_text(text, name))
    t_extract = time.perf_counter() - t0
    bench.add("inproc_extract_mbs", "split+extract, in-process (MB/s)", mb / t_extract, "MB/s")
    bench.add("inproc_extract_aps", "split+extract, in-process (articles/s)", round(n_articles / t_extract), "art/s")

    # -- jieba baselines on a subset, the same texts through ghcli's stages --
    subset = texts[:jieba_n]
    sub_mb = sum(len(t.encode("utf-8")) for _, t in subset) / MB
    print(f"jieba baselines on the first {jieba_n} issues ({sub_mb:.2f} MB) …", file=sys.stderr, flush=True)
    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("工会为职工送清凉"))  # warm-up: both dictionaries loaded before timing

    def against_jieba(texts: list[tuple[str, str]]) -> tuple[float, float, float]:
        """Seconds of split+extract, jieba.lcut and jieba.posseg.cut over ``texts``: each runs
        over all the texts (a block), the three alternate for JIEBA_ROUNDS rounds, and the
        median block of each is kept. Same texts, same process, each in its steady state; the
        alternation spreads a change in machine load over all three. (Timing issue by issue,
        interleaved, makes every split+extract start on caches that jieba's walk over its
        dictionary has just emptied: about 20% slower than any real run; ``interleaved``.)"""
        def block(fn) -> float:
            t = time.perf_counter()
            for name, text in texts:
                fn(name, text)
            return time.perf_counter() - t

        runs: tuple[list[float], list[float], list[float]] = ([], [], [])
        for _ in range(JIEBA_ROUNDS):
            runs[0].append(block(lambda name, text: extract_articles(split_text(text, name))))
            runs[1].append(block(lambda name, text: jieba.lcut(text)))
            runs[2].append(block(lambda name, text: list(jieba.posseg.cut(text))))
        return statistics.median(runs[0]), statistics.median(runs[1]), statistics.median(runs[2])

    def interleaved(texts: list[tuple[str, str]]) -> tuple[float, float]:
        """Seconds of split+extract and jieba.lcut over ``texts`` timed issue by issue,
        interleaved (the method of earlier benchmark runs, kept for comparison)."""
        t_ghcli = t_lcut = 0.0
        for name, text in texts:
            t = time.perf_counter()
            extract_articles(split_text(text, name))
            t_ghcli += time.perf_counter() - t
            t = time.perf_counter()
            jieba.lcut(text)
            t_lcut += time.perf_counter() - t
        return t_ghcli, t_lcut

    t_sub_extract, t_lcut, t_posseg = against_jieba(subset)
    i_extract, i_lcut = interleaved(subset)
    raw["jieba_subset"] = {"issues": jieba_n, "utf8_mb": round(sub_mb, 3), "extract_s": round(t_sub_extract, 3),
                           "lcut_s": round(t_lcut, 3), "posseg_s": round(t_posseg, 3), "rounds": JIEBA_ROUNDS,
                           "interleaved_extract_s": round(i_extract, 3), "interleaved_lcut_s": round(i_lcut, 3)}
    bench.add("jieba_lcut_mbs", "jieba.lcut (MB/s)", sub_mb / t_lcut, "MB/s", note=f"first {jieba_n} issues")
    bench.add("jieba_posseg_mbs", "jieba.posseg.cut (MB/s)", sub_mb / t_posseg, "MB/s", note=f"first {jieba_n} issues")
    bench.add("extract_vs_lcut", "split+extract vs jieba.lcut", t_lcut / t_sub_extract, "×", target="extract_vs_lcut",
              note="same texts, same process")
    bench.add("extract_vs_lcut_interleaved", "split+extract vs jieba.lcut, timed issue by issue interleaved",
              i_lcut / i_extract, "×", note="the method of earlier runs: each call starts on caches jieba emptied")
    bench.add("extract_vs_posseg", "split+extract vs jieba.posseg.cut", t_posseg / t_sub_extract, "×",
              target="extract_vs_posseg", note="same texts, same process")
    bench.notes.append(f"jieba baselines measured on the first {jieba_n} of {n} issues ({sub_mb:.2f} MB); the ratios "
                       "compare split_text+extract_articles on exactly those texts in the same process, each side "
                       f"over all the texts in turn, alternating, median of {JIEBA_ROUNDS} rounds (timed issue by "
                       "issue and interleaved instead, every ghcli call starts on caches jieba has just emptied: "
                       "the interleaved rows); jieba's dictionary load and ghcli's gazetteer load are excluded "
                       "(both warmed up first)")

    # -- the same comparison on real text: the user's sample issue, many rounds --
    # The synthetic corpus is built from test fixtures, whose stories are short and dense
    # with names and numbers; printed stories are about twice as long. Per-story costs weigh
    # more on the corpus, so both figures are reported.
    sample_text = decode_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    sample_arts = split_text(sample_text, SAMPLE.name)
    sample_chars = sum(len(a.text) for a in sample_arts) / len(sample_arts)
    def real_text_rows(key: str, label: str, texts: list[tuple[str, str]], note: str, about: dict) -> None:
        """The jieba ratios on ``texts`` (real text), as rows ``extract_vs_*_<key>``."""
        t_extract, t_lcut, t_posseg = against_jieba(texts)
        raw[f"jieba_{key}"] = {**about, "extract_s": round(t_extract, 3), "lcut_s": round(t_lcut, 3),
                               "posseg_s": round(t_posseg, 3)}
        bench.add(f"extract_vs_lcut_{key}", f"split+extract vs jieba.lcut, {label}", t_lcut / t_extract, "×",
                  target="extract_vs_lcut", note=note)
        bench.add(f"extract_vs_posseg_{key}", f"split+extract vs jieba.posseg.cut, {label}", t_posseg / t_extract,
                  "×", target="extract_vs_posseg", note=note)

    sample_texts = [(SAMPLE.name, sample_text)] * SAMPLE_ROUNDS
    real_text_rows("sample", "sample issue", sample_texts,
                   f"sample issue (real text, {len(sample_arts)} stories of {sample_chars:.0f} characters on average), "
                   f"{SAMPLE_ROUNDS} copies a block",
                   {"rounds": SAMPLE_ROUNDS, "articles": len(sample_arts), "mean_article_chars": round(sample_chars)})
    si_extract, si_lcut = interleaved(sample_texts)
    bench.add("extract_vs_lcut_sample_interleaved", "split+extract vs jieba.lcut, sample issue, interleaved",
              si_lcut / si_extract, "×", note="the method of earlier runs")
    real_pages = real_article_pages()
    if real_pages:
        real_arts = [a for _, text in real_pages for a in split_text(text)]
        real_chars = sum(len(a.text) for a in real_arts) / len(real_arts)
        real_text_rows("real", "real stories", real_pages * REAL_ROUNDS,
                       f"{len(real_arts)} real printed stories ({real_chars:.0f} characters on average) "
                       f"on {len(real_pages)} pages, {REAL_ROUNDS} copies a block",
                       {"rounds": REAL_ROUNDS, "pages": len(real_pages), "articles": len(real_arts),
                        "mean_article_chars": round(real_chars), "source": str(REAL_ARTICLES)})
    corpus_chars = sum(len(a.text) for _, text in subset for a in split_text(text)) / max(
        1, sum(len(split_text(text)) for _, text in subset))
    real = f", and on pages of {len(real_arts)} real printed stories ({real_chars:.0f}, {REAL_ARTICLES})" \
        if real_pages else f" (the real-story row needs {REAL_ARTICLES}, absent here)"
    bench.notes.append(f"the jieba ratios are given on the synthetic corpus, whose stories come from test "
                       f"fixtures (short and dense with names and numbers: {corpus_chars:.0f} characters on "
                       f"average), on the real sample issue ({sample_chars:.0f}){real}; per-story costs weigh "
                       f"more on the short fixture stories")

    # -- CLI throughput --
    out_csv = tmp / "export.csv"

    def cli_run(key: str, label: str, argv: list[str]) -> Run:
        """Best (shortest) of ``runs`` runs, each with a fresh cache directory; all recorded."""
        print(f"{label} …", file=sys.stderr, flush=True)
        tries = [run_cmd(cli + argv, env=cold_env(tmp)) for _ in range(runs)]
        for r in tries:
            if r.code != 0:
                bench.notes.append(f"{label}: exit code {r.code}: {r.stderr.strip()[-300:]}")
                break
        best = min(tries, key=lambda r: r.seconds)
        shown = " ".join("FILE" if a == str(out_csv) else a for a in argv if a not in set(inputs))
        shown = shown.replace(argv[0], f"{argv[0]} <{n} issues>", 1)
        raw[key] = {"argv": f"ghcli {shown}", "seconds": [round(r.seconds, 3) for r in tries],
                    "cpu_s": [round(r.cpu_s, 2) for r in tries], "exit": [r.code for r in tries],
                    "maxrss_mb": round(max(r.maxrss_mb for r in tries), 1),
                    "tree_rss_mb": round(max(r.tree_rss_mb for r in tries), 1)}
        best.maxrss_mb = max(r.maxrss_mb for r in tries)
        best.tree_rss_mb = max(r.tree_rss_mb for r in tries)
        return best

    bench.notes.append("CLI figures use the CLI's defaults (--jobs, when it exists, defaults to the number of cores; "
                       "the cache, when it exists, starts empty: a fresh XDG_CACHE_HOME per run) and are the best of "
                       f"{runs} run(s); MB are 10^6 bytes of UTF-8 text")
    cli_runs = {
        "split": cli_run("cli_split", "ghcli split DIR --format jsonl", ["split", *inputs, "--format", "jsonl"]),
        "extract": cli_run("cli_extract", "ghcli extract DIR -f jsonl", ["extract", *inputs, "-f", "jsonl"]),
        "stats": cli_run("cli_stats", "ghcli stats DIR --by district -f json", ["stats", *inputs, "--by", "district", "-f", "json"]),
        "export": cli_run("cli_export", "ghcli export DIR -f csv -o FILE --force",
                          ["export", *inputs, "-f", "csv", "-o", str(out_csv), "--force"]),
    }
    for name, r in cli_runs.items():
        bench.add(f"cli_{name}_mbs", f"CLI {name} (MB/s)", mb / r.seconds, "MB/s",
                  note=f"{r.seconds:.1f} s wall, {r.cpu_s:.1f} s CPU")
        bench.add(f"cli_{name}_aps", f"CLI {name} (articles/s)", round(n_articles / r.seconds), "art/s")
    for name, r in cli_runs.items():
        bench.add(f"cli_{name}_rss", f"CLI {name} peak RSS (MB)", round(r.tree_rss_mb, 1), "MB",
                  note=f"all processes; largest one {r.maxrss_mb:.0f} MB")

    # -- start-up --
    print(f"start-up (median of {repeats}) …", file=sys.stderr, flush=True)
    t_typer = median_time([sys.executable, "-c", "import typer"], repeats)
    t_help = median_time(cli + ["--help"], repeats)
    t_sample = median_time(cli + ["split", str(SAMPLE), "-f", "json"], repeats)
    raw["startup_s"] = {"import_typer": round(t_typer, 4), "ghcli_help": round(t_help, 4), "ghcli_split_sample": round(t_sample, 4)}
    bench.add("startup_typer_ms", "python -c 'import typer' (ms)", t_typer * 1000, "ms")
    bench.add("startup_help_ms", "ghcli --help (ms)", t_help * 1000, "ms")
    bench.add("startup_split_ms", "ghcli split SAMPLE -f json (ms)", t_sample * 1000, "ms")
    bench.add("startup_help_vs_typer", "ghcli --help vs import typer", t_help / t_typer, "×", target="startup_help_vs_typer")
    bench.add("startup_split_vs_typer", "ghcli split SAMPLE vs import typer", t_sample / t_typer, "×", target="startup_split_vs_typer")

    # -- --jobs --
    features: dict = {}
    jobs_cmd = next((c for c in ("extract", "stats", "split") if has_option([c], "--jobs")), None)
    features["jobs"] = jobs_cmd is not None
    if jobs_cmd:
        try:
            from ghcli.engine import default_jobs

            features["default_jobs"] = default_jobs()
        except ImportError:
            features["default_jobs"] = None
    if jobs_cmd:
        argv = {"extract": ["extract", *inputs, "-f", "jsonl"], "stats": ["stats", *inputs, "--by", "district", "-f", "json"],
                "split": ["split", *inputs, "--format", "jsonl"]}[jobs_cmd]
        r1 = cli_run("cli_jobs1", f"ghcli {jobs_cmd} --jobs 1", argv + ["--jobs", "1"])
        r2 = cli_run("cli_jobs2", f"ghcli {jobs_cmd} --jobs 2", argv + ["--jobs", "2"])
        bench.add("jobs1_mbs", f"CLI {jobs_cmd} --jobs 1 (MB/s)", mb / r1.seconds, "MB/s",
                  note=f"{r1.seconds:.1f} s wall, {r1.cpu_s:.1f} s CPU, peak {r1.tree_rss_mb:.0f} MB")
        bench.add("jobs2_mbs", f"CLI {jobs_cmd} --jobs 2 (MB/s)", mb / r2.seconds, "MB/s",
                  note=f"{r2.seconds:.1f} s wall, {r2.cpu_s:.1f} s CPU, peak {r2.tree_rss_mb:.0f} MB (all processes)")
        bench.add("jobs2_vs_jobs1", f"{jobs_cmd} --jobs 2 vs --jobs 1", r1.seconds / r2.seconds, "×", target="jobs2_vs_jobs1")
    else:
        bench.add("jobs2_vs_jobs1", "--jobs 2 vs --jobs 1", None, "×", target="jobs2_vs_jobs1", note="no --jobs option yet")

    # -- result cache --
    features["cache"] = has_command("cache")
    if features["cache"]:
        env = cold_env(tmp)
        argv = ["stats", *inputs, "--by", "district", "-f", "json"]
        print("cached stats: cold, then warm …", file=sys.stderr, flush=True)
        colds, warms = [], []
        for _ in range(runs):
            env = cold_env(tmp)  # a fresh cache directory: cold, then the same one warm
            colds.append(run_cmd(cli + argv, env=env, capture=True))
            warms.append(run_cmd(cli + argv, env=env, capture=True))
        cold = min(colds, key=lambda r: r.seconds)
        warm = min(warms, key=lambda r: r.seconds)
        same = cold.stdout == warm.stdout
        same = same and all(r.stdout == cold.stdout for r in colds + warms)
        raw["cache"] = {"cold_s": [round(r.seconds, 3) for r in colds], "warm_s": [round(r.seconds, 3) for r in warms],
                        "cold_cpu_s": [round(r.cpu_s, 2) for r in colds], "warm_cpu_s": [round(r.cpu_s, 2) for r in warms],
                        "same_output": same, "exit": [r.code for r in colds + warms],
                        "warm_tree_rss_mb": round(warm.tree_rss_mb, 1)}
        bench.add("cache_cold_s", "stats, cold cache (s)", cold.seconds, "s", note=f"{cold.cpu_s:.1f} s CPU")
        bench.add("cache_warm_s", "stats, warm cache (s)", warm.seconds, "s", note=f"{warm.cpu_s:.1f} s CPU" + ("" if same else "; OUTPUT DIFFERS from cold run"))
        bench.add("cache_cold_vs_warm", "stats cold vs warm cache", cold.seconds / warm.seconds, "×", target="cache_cold_vs_warm")
        if not same:
            bench.notes.append("cache: warm stats output differs from the cold run")
    else:
        bench.add("cache_cold_vs_warm", "stats cold vs warm cache", None, "×", target="cache_cold_vs_warm", note="no cache command yet")

    # -- memory scaling of stats --
    rss = {}
    for size in (rss_small, rss_large):
        argv = ["stats", *corpus_inputs(home, size), "--by", "district", "-f", "json"]
        print(f"stats over {size} issues (memory) …", file=sys.stderr, flush=True)
        r = run_cmd(cli + argv, env=cold_env(tmp))
        if r.code != 0:
            bench.notes.append(f"stats over {size} issues: exit code {r.code}: {r.stderr.strip()[-300:]}")
        rss[size] = r
        raw[f"stats_{size}_issues"] = {"seconds": round(r.seconds, 3), "cpu_s": round(r.cpu_s, 2), "maxrss_mb": round(r.maxrss_mb, 1),
                                       "tree_rss_mb": round(r.tree_rss_mb, 1)}
        bench.add(f"stats_rss_{size}", f"stats peak RSS, {size:,} issues (MB)", round(r.tree_rss_mb, 1), "MB", note=f"{r.seconds:.1f} s; all processes, largest one {r.maxrss_mb:.0f} MB")
    bench.add("rss_large_vs_small", f"stats RSS {rss_large:,} vs {rss_small:,} issues",
              rss[rss_large].tree_rss_mb / rss[rss_small].tree_rss_mb, "×", target="rss_large_vs_small")

    raw["corpus"] = corpus
    raw["features"] = features
    return raw


def markdown(report: dict) -> str:
    """The figures as a Markdown table, with the machine and the command."""
    m = report["machine"]
    lines = ["| figure | value | target | met? |", "| --- | ---: | :---: | :---: |"]
    for f in report["figures"]:
        met = "" if not f["target"] else "n/a" if f["met"] is None else "yes" if f["met"] else "**no**"
        value = _fmt(f["value"], f["unit"]).replace("art/s", "articles/s")
        lines.append(f"| {f['figure']} | {value} | {f['target'].replace('>=', '≥').replace('<=', '≤')} | {met} |")
    c = report["corpus"]
    lines += ["", f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, {m['os']}, Python {m['python']}, "
              f"ghcli {m['ghcli']} ({m.get('git', '?')}); {report['date'][:10]}; load average at start "
              f"{m['load_average_at_start'][0]}. Corpus: {c['issues']:,} synthetic issues, {c['articles']:,} articles, "
              f"{c['utf8_mb']} MB. Command: `{report['command']}` ({report['bench_seconds']:.0f} s)."]
    return "\n".join(lines)


def show(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    m = report["machine"]
    table = Table(title=f"ghcli {m['ghcli']} — {m['cpu']}, {m['cores']} cores, Python {m['python']}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="center")
    table.add_column("met?", justify="center")
    table.add_column("note")
    for f in report["figures"]:
        met = "" if f["met"] is None and not f["target"] else "n/a" if f["met"] is None else "yes" if f["met"] else "NO"
        style = "green" if f["met"] else "red" if f["met"] is False else None
        table.add_row(f["figure"], _fmt(f["value"], f["unit"]), f["target"], met, f["note"], style=style)
    console = Console(width=None if sys.stdout.isatty() else 140)
    console.print(table)
    c = report["corpus"]
    console.print(f"corpus: {c['issues']:,} issues, {c['articles']:,} articles, {c['utf8_mb']} MB ({c['encodings']})")
    for note in report["notes"]:
        console.print(f"note: {note}")


if __name__ == "__main__":
    sys.exit(main())
