#!/usr/bin/env python
"""Score ghcli's split stage on synthetic newspaper pages built from the real-article corpus.

Development aid, not part of the test suite. Each page takes 3-6 articles from
``ldwb-dev.jsonl`` and lays them out the way real pages reach the splitter: with or without
``##`` markers, ASCII or full-width punctuation, UTF-8 or GB18030, LF or CRLF, blank lines
or single newlines between paragraphs, banners and masthead furniture, kickers and subtitles,
photo items with inline or own-line credits, and page breaks at random points inside body
paragraphs (sometimes with a masthead line between the two halves). The ground truth is kept
while building; the page is then encoded, decoded with ``ghcli.sources.decode_bytes`` and split
with ``ghcli.split.split_text``.

    python tools/corpus_eval.py --pages 300 --seed 1 [--show 10] [--dump 7]

Pages are deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path("/work/shared/corpus/ldwb-dev.jsonl")

# --- page-shape probabilities (tuned by eye to look like the e-paper exports) ---------------
P_MARKERS = 0.5  # page uses "## " headline markers
P_FULLWIDTH = 0.5  # page printed with full-width punctuation
P_BLANK_LINES = 0.6  # paragraphs separated by blank lines (else single newlines)
P_BANNER = 0.8  # "# ..." banner at the top
P_MASTHEAD_BETWEEN = 0.15  # furniture line before an article (after the first)
P_KICKER = 0.2
P_SUBTITLE = 0.15
P_PHOTO_ON_PAGE = 0.5  # make sure the page holds a photo item
P_PHOTO_MARKED = 0.5  # photo headline gets "## " on a marked page (else bare, as in the seed)
P_CREDIT_INLINE = 0.5  # photo credit glued to the last paragraph (else on its own line)
P_BREAK = 0.3  # chance that a body paragraph is cut by a page break
P_FURNITURE_IN_BREAK = 0.2  # masthead line between the two halves of a break
MIN_BREAK_SIDE = 2  # characters each half of a broken paragraph keeps at least
CONTEXT = 10  # characters of break context compared with the splitter's repairs
MIN_TITLE, MAX_TITLE = 6, 20  # length of a synthesised headline

HALF_TO_FULL = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"})
SENTENCE_END = "。！？…；：!?;:"
CLOSERS = "”’」』）)》】"
ROLE_RE = re.compile(r"(本报记者|劳动午报记者|首席记者|实习记者|实习生|通讯员|记者)")
ROLE_FIELD = {
    "本报记者": "reporters",
    "劳动午报记者": "reporters",
    "首席记者": "reporters",
    "记者": "reporters",
    "实习记者": "interns",
    "实习生": "interns",
    "通讯员": "correspondents",
}
JUMP_RE = re.compile(r"^[(（]\s*(下转|上接)第.{1,3}版\s*[)）]$")
LEAD_IN_RE = re.compile(
    r"^(近日|日前|连日来|今日|今天|昨天|昨日|近期|日前|上周六和周日|\d{1,2}月\d{1,2}日(至\d{1,2}日)?)[,，]?"
)
CLAUSE_END_RE = re.compile(r"[,，。;；:：!！?？、]")

# Headlines written by hand for the corpus articles whose stored copy lost the headline (keyed
# by the end of the URL); any other title-less article gets one from synth_title().
HEADLINES = {
    "content_126526.htm": "市文物局职工书画摄影展开幕",
    "j_2025021111180900017392439093964765.html": "平谷区总工会开展“冬送温暖”活动",
    "content_13313.htm": "延庆职工“五月鲜花”歌咏比赛落幕",
    "content_91636.htm": "房山区总工会为先进职工之家授牌",
    "content_33831.htm": "第七届北京职工象棋围棋比赛举办",
    "content_78264.htm": "平谷区总工会赴商都县开展对口帮扶",
    "content_112792.htm": "八里庄街道总工会开展垃圾分类宣传",
    "content_48412.htm": "职工羽毛球赛房山站开赛",
    "content_112682.htm": "大兴区职工主题阅读系列活动启动",
    "content_55379.htm": "职工“和谐杯”乒乓球赛举行",
    "content_52368.htm": "大兴区职工风采展演庆瓜节",
    "content_138516.htm": "八里庄街道为新就业形态劳动者理发",
    "content_123862.htm": "朝阳区高新技术产业工会表彰先进",
    "content_7227.htm": "密云县总工会“两节”送温暖圆满完成",
    "content_163292.htm": "昌平区工会第六次代表大会召开",
    "1792725.html": "西城区职工羽毛球赛火热开赛",
    "content_117558.htm": "市总工会部署“两节”送温暖活动",
    "content_73178.htm": "延庆区总工会为公共文明引导员送清凉",
    "content_110986.htm": "石景山区总工会慰问冬残奥会保障人员",
    "content_114145.htm": "市总工会开展职工主题阅读活动",
}

BANNERS = [
    "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面",
    "工会新闻",
    "区县工会",
    "职工之家",
    "凝心聚力 建功新时代",
    "关爱职工 服务职工",
]
SECTIONS = ["工会新闻", "区县工会", "职工生活", "工会", "综合新闻", "职工文体"]
EDITORS = ["张三", "李四", "王芳", "赵晓云", "刘静", "陈磊"]
WEEKDAYS = "一二三四五六日"
KICKERS = [
    "凝心聚力促发展 比学赶超创佳绩",
    "提供心理健康服务 帮助科学应对压力",
    "关爱一线职工 传递工会温暖",
    "建功新时代 奋进新征程",
    "聚焦职工需求 创新服务方式",
]


@dataclass
class Item:
    """One corpus article prepared for layout."""

    title: str
    synthetic_title: bool
    byline: str  # as printed at the start of the first paragraph ("" if none)
    credit: str  # photo credit as printed ("" if none)
    paragraphs: list[str]
    kind: str
    dateline: str | None
    credits: dict[str, list[str]]
    truncated: bool = False  # stored copy cut mid-sentence: only ever placed last on a page


@dataclass
class TruthArticle:
    title: str
    kicker: str | None
    subtitle: str | None
    kind: str
    dateline: str | None
    credits: dict[str, list[str]]
    body_start: str
    body_end: str


@dataclass
class Page:
    number: int
    text: str
    encoding: str
    newline: str
    style: str
    articles: list[TruthArticle] = field(default_factory=list)
    breaks: list[tuple[str, str, bool]] = field(default_factory=list)  # left, right, in 1st paragraph


# --- corpus preparation ---------------------------------------------------------------------


def parse_credits(byline: str, credit: str) -> dict[str, list[str]]:
    """Reporters, correspondents, interns and photographers named in a byline and a photo credit."""
    out: dict[str, list[str]] = {k: [] for k in ("reporters", "correspondents", "interns", "photographers")}

    def names_by_role(raw: str) -> list[tuple[str, str]]:
        raw = raw.replace("摄影报道", " ").replace("/摄", " ").replace("报道", " ")
        raw = re.sub(r"\s摄$", " ", raw.strip())
        raw = re.sub(r"^[^(（]*[(（]|[)）]$", " ", raw) if "(" in raw or "（" in raw else raw
        parts = ROLE_RE.split(raw)
        found = []
        role = None
        for part in parts:
            if ROLE_RE.fullmatch(part):
                role = part
            elif role:
                for name in part.replace("□", " ").split():
                    found.append((role, name))
        return found

    for role, name in names_by_role(byline):
        out[ROLE_FIELD[role]].append(name)
        if role == "实习记者":  # an intern reporter signs as a reporter too (README, record fields)
            out["reporters"].append(name)
    if credit:
        credited = names_by_role(credit)
        for role, name in credited:
            if name not in out[ROLE_FIELD[role]]:
                out[ROLE_FIELD[role]].append(name)
            out["photographers"].append(name)
        if not credited:  # bare "X 摄"
            out["photographers"].extend(credit.replace("摄影报道", "").replace("摄", "").split())
    return out


def is_complete(line: str) -> bool:
    """True when a paragraph ends a sentence (the splitter must not join after it)."""
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


def _balanced(s: str) -> str:
    """Cut a clause before an unclosed opening quote or bracket."""
    for opener, closer in ("“”", "《》", "(）", "（）", "()"):
        if s.count(opener) > s.count(closer):
            s = s[: s.rindex(opener)]
    return s


def synth_title(rec: dict[str, Any], first_body: str) -> str:
    """A plausible headline (6-20 characters, no punctuation) for an article printed without one."""
    sources = [rec.get("district_evidence") or "", first_body.split("。")[0]]
    clauses = []
    for source in sources:
        for clause in CLAUSE_END_RE.split(source):
            clause = LEAD_IN_RE.sub("", clause.strip())
            clause = re.sub(r"^(由|记者(近日)?从)", "", clause)
            clause = re.sub(r"(获悉|了解到)$", "", clause).strip(" “”\"")
            clauses.append(clause)
    for clause in clauses:
        if MIN_TITLE <= len(clause) <= MAX_TITLE and _balanced(clause) == clause:
            return clause
    for clause in clauses:
        cut = _balanced(clause[:MAX_TITLE - 2])
        if len(cut) >= MIN_TITLE:
            return cut
    return first_body[:MIN_TITLE]


def load_corpus(path: Path) -> tuple[list[Item], Counter]:
    dropped: Counter = Counter()
    items = []
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        rec = json.loads(raw)
        paras = [p.strip() for p in rec["text"].split("\n") if p.strip()]
        credit = (rec.get("photo_credit_raw") or "").strip()
        if credit and paras and paras[-1] == credit:
            paras.pop()
        kept = []
        for i, p in enumerate(paras):
            if JUMP_RE.match(p):
                dropped["jump line (下转第N版)"] += 1
            elif i < len(paras) - 1 and i > 0 and len(p) <= 25 and not is_complete(p):
                dropped["in-body subhead"] += 1
            else:
                kept.append(p)
        byline = (rec.get("byline_raw") or "").strip()
        if byline and not kept[0].startswith(byline):
            byline = ""
        first_body = kept[0][len(byline):].strip()
        title = rec.get("title") or HEADLINES.get(rec.get("url", "").rsplit("/", 1)[-1])
        items.append(
            Item(
                title=title or synth_title(rec, first_body),
                synthetic_title=not rec.get("title"),
                byline=byline,
                credit=credit,
                paragraphs=kept,
                kind="photo" if credit else "article",
                dateline=(re.split(r"[(（]", byline, maxsplit=1)[0].strip() or None) if byline else None,
                credits=parse_credits(byline, credit),
                truncated=bool(rec.get("truncated")) and not is_complete(kept[-1]),
            )
        )
    return items, dropped


# --- page building --------------------------------------------------------------------------


def masthead(rng: random.Random) -> str:
    choice = rng.randrange(3)
    if choice == 0:
        y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
        return f"劳动午报 {y}年{m}月{d}日 星期{rng.choice(WEEKDAYS)}"
    if choice == 1:
        return f"第{rng.randint(1, 8):02d}版：{rng.choice(SECTIONS)}"
    return f"责任编辑：{rng.choice(EDITORS)}　美术编辑：{rng.choice(EDITORS)}"


def break_points(para: str, start: int) -> list[int]:
    """Offsets where a page break may cut ``para`` (left half must not end a sentence)."""
    return [
        i
        for i in range(max(start, MIN_BREAK_SIDE), len(para) - MIN_BREAK_SIDE + 1)
        if not is_complete(para[:i]) and not para[i - 1].isspace() and not para[i].isspace()
    ]


def build_page(number: int, items: list[Item], rng: random.Random) -> Page:
    markers = rng.random() < P_MARKERS
    full = rng.random() < P_FULLWIDTH
    blank = rng.random() < P_BLANK_LINES
    encoding, newline = rng.choice([("utf-8", "\n"), ("utf-8", "\r\n"), ("gb18030", "\r\n")])
    conv = (lambda s: s.translate(HALF_TO_FULL)) if full else (lambda s: s)
    space = "　" if full else " "

    count = rng.randint(3, 6)
    photos = [it for it in items if it.kind == "photo"]
    others = [it for it in items if it.kind != "photo"]
    chosen = rng.sample(others, count)
    if photos and rng.random() < P_PHOTO_ON_PAGE:
        chosen[rng.randrange(count)] = rng.choice(photos)
    # A story cut off mid-sentence can only end a page (it continues on another one).
    cut_off = [it for it in chosen if it.truncated]
    chosen = [it for it in chosen if not it.truncated] + cut_off[:1]

    style = (
        f"{'##' if markers else 'bare'}/{'full' if full else 'ascii'}/{encoding}/"
        f"{'CRLF' if newline == chr(13) + chr(10) else 'LF'}/{'blank' if blank else 'single'}"
    )
    page = Page(number, "", encoding, newline, style)
    lines: list[str] = []
    if rng.random() < P_BANNER:
        lines.append("# " + rng.choice(BANNERS))
    for _ in range(rng.randint(0, 2)):
        lines.append(masthead(rng))

    for pos, item in enumerate(chosen):
        if pos and rng.random() < P_MASTHEAD_BETWEEN:
            lines.append(masthead(rng))
        title = conv(item.title)
        kicker = rng.choice(KICKERS) if rng.random() < P_KICKER else None
        subtitle = None
        if item.kind == "article" and rng.random() < P_SUBTITLE:
            clauses = [c for c in CLAUSE_END_RE.split(conv(item.paragraphs[-1])) if 6 <= len(c) <= 20]
            if clauses:
                subtitle = "——" + rng.choice(clauses)
        if kicker:
            lines.append(kicker)
        marked = markers and (item.kind == "article" or rng.random() < P_PHOTO_MARKED)
        lines.append(("## " if marked else "") + title)
        if subtitle:
            lines.append(subtitle)

        paras = [conv(p) for p in item.paragraphs]
        byline = conv(item.byline)
        credit = conv(item.credit)
        inline_credit = bool(credit) and rng.random() < P_CREDIT_INLINE
        body_first = paras[0][len(byline):].strip()
        for i, para in enumerate(paras):
            pieces = [para]
            if rng.random() < P_BREAK:
                offsets = break_points(para, len(byline) + 4 if i == 0 and byline else 0)
                if offsets:
                    cut = rng.choice(offsets)
                    left, right = para[:cut], para[cut:]
                    # The byline leaves the text, so the splitter's left context cannot hold it.
                    body_left = left[len(byline):].lstrip() if i == 0 and byline else left
                    page.breaks.append((body_left[-CONTEXT:], right[:CONTEXT], i == 0))
                    pieces = [left, right]
            if inline_credit and i == len(paras) - 1:
                pieces[-1] = pieces[-1] + space + credit
            lines.append(pieces[0])
            if len(pieces) == 2:
                if rng.random() < P_FURNITURE_IN_BREAK:
                    lines.append(masthead(rng))
                lines.append(pieces[1])
        if credit and not inline_credit:
            lines.append(credit)

        page.articles.append(
            TruthArticle(
                title=title,
                kicker=kicker,
                subtitle=subtitle,
                kind=item.kind,
                dateline=conv(item.dateline) if item.dateline else None,
                credits=item.credits,
                body_start=body_first[:CONTEXT],
                body_end=paras[-1][-CONTEXT:],
            )
        )
    page.text = ("\n\n" if blank else "\n").join(lines) + "\n"
    return page


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Score:
    truth_titles: int = 0
    pred_titles: int = 0
    matched: int = 0
    kind_ok: int = 0
    reporters_ok: int = 0
    credits_ok: int = 0
    dateline_ok: int = 0
    kicker_subtitle_ok: int = 0
    start_ok: int = 0
    end_ok: int = 0
    breaks: int = 0
    breaks_repaired: int = 0
    first_para_breaks: int = 0
    first_para_repaired: int = 0
    repairs: int = 0
    spurious_joins: int = 0
    errors: int = 0
    misses: list[str] = field(default_factory=list)

    def miss(self, text: str) -> None:
        self.misses.append(text)


def match_articles(truth: list[TruthArticle], pred: list[Any]) -> list[tuple[TruthArticle, Any]]:
    """Pairs of truth/predicted articles with the exact same title, in page order."""
    used: set[int] = set()
    pairs = []
    for art in pred:
        for j, t in enumerate(truth):
            if j not in used and t.title == art.title:
                used.add(j)
                pairs.append((t, art))
                break
    return pairs


def score_page(page: Page, pred: list[Any], sc: Score) -> None:
    tag = f"page {page.number} [{page.style}]"
    sc.truth_titles += len(page.articles)
    sc.pred_titles += len(pred)
    pairs = match_articles(page.articles, pred)
    sc.matched += len(pairs)
    matched_truth = {id(t) for t, _ in pairs}
    matched_pred = {id(a) for _, a in pairs}
    for t in page.articles:
        if id(t) not in matched_truth:
            sc.miss(f"{tag}: missed title {t.title!r}; got {[a.title for a in pred]}")
    for a in pred:
        if id(a) not in matched_pred:
            sc.miss(f"{tag}: spurious title {a.title!r} (text {a.text[:20]!r})")

    for t, a in pairs:
        sc.kind_ok += a.kind == t.kind
        sc.reporters_ok += a.reporters == t.credits["reporters"]
        got = {k: getattr(a, k) for k in t.credits}
        sc.credits_ok += got == t.credits
        sc.dateline_ok += a.dateline == t.dateline
        sc.kicker_subtitle_ok += (a.kicker, a.subtitle) == (t.kicker, t.subtitle)
        sc.start_ok += a.text.startswith(t.body_start)
        sc.end_ok += a.text.endswith(t.body_end)
        if a.kind != t.kind:
            sc.miss(f"{tag}: {t.title!r} kind {a.kind} (want {t.kind})")
        if got != t.credits:
            sc.miss(f"{tag}: {t.title!r} credits {got} (want {t.credits})")
        if a.dateline != t.dateline:
            sc.miss(f"{tag}: {t.title!r} dateline {a.dateline!r} (want {t.dateline!r})")
        if (a.kicker, a.subtitle) != (t.kicker, t.subtitle):
            sc.miss(f"{tag}: {t.title!r} kicker/subtitle {(a.kicker, a.subtitle)} (want {(t.kicker, t.subtitle)})")
        if not a.text.startswith(t.body_start):
            sc.miss(f"{tag}: {t.title!r} text starts {a.text[:20]!r} (want {t.body_start!r})")
        if not a.text.endswith(t.body_end):
            sc.miss(f"{tag}: {t.title!r} text ends {a.text[-20:]!r} (want {t.body_end!r})")

    repairs = [(r.get("left", ""), r.get("right", "")) for a in pred for r in a.repairs]
    sc.breaks += len(page.breaks)
    sc.repairs += len(repairs)
    claimed: set[int] = set()
    for left, right, first in page.breaks:
        sc.first_para_breaks += first
        hit = next(
            (i for i, (l, r) in enumerate(repairs) if i not in claimed and l.endswith(left) and r.startswith(right)),
            None,
        )
        if hit is None:
            sc.miss(f"{tag}: break not repaired …{left}|{right}…")
        else:
            claimed.add(hit)
            sc.breaks_repaired += 1
            sc.first_para_repaired += first
    for i, (left, right) in enumerate(repairs):
        if i not in claimed:
            sc.spurious_joins += 1
            sc.miss(f"{tag}: spurious join …{left[-CONTEXT:]}|{right[:CONTEXT]}…")


def ratio(num: int, den: int) -> str:
    return f"{num / den:6.1%} ({num}/{den})" if den else "   n/a"


def report(sc: Score, pages: int, dropped: Counter, show: int) -> None:
    p = sc.matched / sc.pred_titles if sc.pred_titles else 0.0
    r = sc.matched / sc.truth_titles if sc.truth_titles else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"pages: {pages}   articles: {sc.truth_titles}   predicted: {sc.pred_titles}   split errors: {sc.errors}")
    if dropped:
        print("corpus lines left out: " + ", ".join(f"{k} x{v}" for k, v in dropped.items()))
    print(f"title precision    {ratio(sc.matched, sc.pred_titles)}")
    print(f"title recall       {ratio(sc.matched, sc.truth_titles)}")
    print(f"title F1           {f1:6.1%}")
    print("on matched articles:")
    print(f"  kind             {ratio(sc.kind_ok, sc.matched)}")
    print(f"  reporters        {ratio(sc.reporters_ok, sc.matched)}")
    print(f"  all credits      {ratio(sc.credits_ok, sc.matched)}")
    print(f"  dateline         {ratio(sc.dateline_ok, sc.matched)}")
    print(f"  kicker+subtitle  {ratio(sc.kicker_subtitle_ok, sc.matched)}")
    print(f"  text start       {ratio(sc.start_ok, sc.matched)}")
    print(f"  text end         {ratio(sc.end_ok, sc.matched)}")
    print(f"page breaks repaired {ratio(sc.breaks_repaired, sc.breaks)}")
    print(f"  in first paragraph {ratio(sc.first_para_repaired, sc.first_para_breaks)}")
    rest = sc.breaks_repaired - sc.first_para_repaired, sc.breaks - sc.first_para_breaks
    print(f"  in later paragraphs {ratio(*rest)}")
    print(f"spurious joins       {sc.spurious_joins} (of {sc.repairs} repairs reported)")
    if show and sc.misses:
        print(f"\nfirst {min(show, len(sc.misses))} of {len(sc.misses)} misses:")
        for line in sc.misses[:show]:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300, help="number of synthetic pages (default 300)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--show", type=int, default=0, help="print the first N misses")
    ap.add_argument("--dump", type=int, default=None, metavar="PAGE", help="print page PAGE as built, then exit")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"corpus JSONL (default {DEFAULT_CORPUS})")
    args = ap.parse_args(argv)

    if not args.corpus.is_file():
        print(f"corpus_eval: corpus not found at {args.corpus}; nothing to evaluate", file=sys.stderr)
        return 2
    items, dropped = load_corpus(args.corpus)
    rng = random.Random(args.seed)
    pages = [build_page(n, items, rng) for n in range(1, args.pages + 1)]

    if args.dump is not None:
        page = next((pg for pg in pages if pg.number == args.dump), None)
        if page is None:
            print(f"corpus_eval: no page {args.dump}", file=sys.stderr)
            return 2
        print(f"[{page.style}]\n{page.text}")
        print("truth:", *[f"  {t}" for t in page.articles], f"  breaks {page.breaks}", sep="\n")
        return 0

    try:
        from ghcli.sources import decode_bytes
        from ghcli.split import split_text
    except ImportError as err:
        print(f"corpus_eval: ghcli split stage not importable ({err})", file=sys.stderr)
        return 2

    sc = Score()
    for page in pages:
        name = f"page{page.number:04d}.txt"
        data = page.text.replace("\n", page.newline).encode(page.encoding)
        try:
            pred = split_text(decode_bytes(data, name), name)
        except Exception as err:  # a crash is a finding, not the end of the run
            sc.errors += 1
            sc.miss(f"page {page.number} [{page.style}]: split raised {type(err).__name__}: {err}")
            pred = []
        score_page(page, pred, sc)
    report(sc, len(pages), dropped, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
