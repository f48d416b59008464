"""Property-based and fuzz tests (hypothesis): whatever text or bytes ghcli is given, the
read/split/repair stages raise nothing but ghcli's own documented errors, and the split keeps
every character of the input.

Bounded and deterministic: every test is derandomized with a fixed number of examples
(a few thousand in all, ~15-25 s) so it runs as part of the normal test suite.

The conservation invariant ("nothing silently dropped"): the multiset of Han characters
of the input equals the Han characters in the articles' kicker/title/subtitle/byline/text
plus the accounted-for rest:
  * lines split classifies as page furniture (BANNER: masthead, page labels, editors; and
    FURNITURE: jump lines ``(下转第4版)`` / ``(完)``), which are dropped on purpose;
  * bare lines moved into a banner (a kicker run above the first headline of a page): each
    distinct banner string of the output is counted once;
  * a byline or credit above the first story belongs to that story; alone on a page it is a
    record of its own (see ``test_byline_without_story_is_kept``), never dropped.
Articles may never hold a Han character the input does not have (no duplication).
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from ghcli.errors import GhcliError
from ghcli.models import KINDS, Article
from ghcli.repair import Paragraph, _verse_lines, is_terminated, join_breaks, normalize_punct
from ghcli.sources import decode_bytes
from ghcli.split import split_text
from ghcli.split.base import BANNER, FURNITURE
from ghcli.split.lines import _tokenize
from ghcli.writers import write_jsonl

SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").split("\n")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def fuzz(n: int, *checks: HealthCheck):
    return settings(max_examples=n, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, *checks])


def han(s: str | None) -> Counter:
    return Counter(HAN.findall(s or ""))


def check_conservation(text: str, articles: list[Article]) -> None:
    got = Counter()
    for a in articles:
        for value in (a.kicker, a.title, a.subtitle, a.byline, a.text):
            got += han(value)
    source = han(text)
    assert not (got - source), f"characters not in the input: {got - source}"
    accounted = Counter()
    for tok in _tokenize(text):
        if tok.kind in (BANNER, FURNITURE):
            accounted += han(tok.text)
    for banner in {a.banner for a in articles}:
        accounted += han(banner)
    missing = source - got - accounted
    assert not missing, f"dropped: {dict(missing)}"


def check_records(text: str, articles: list[Article]) -> None:
    check_conservation(text, articles)
    for i, a in enumerate(articles, 1):
        assert a.index == i and a.chars == len(a.text) and a.kind in KINDS
        assert a.title or a.text or a.byline
        assert a.lines[0] <= a.lines[1]
    # split -> JSONL -> Article.from_dict round-trips
    import io

    buf = io.StringIO()
    write_jsonl(articles, buf)
    back = [Article.from_dict(json.loads(line)) for line in buf.getvalue().split("\n") if line]
    assert back == articles


# --- strategies --------------------------------------------------------------------------

FURNITURE_LINES = ["(下转第4版)", "（上接第1版）", "(完)", "第3版", "劳动午报", "责任编辑：王伟", "2023年8月25日 星期五", "\f"]
STRUCTURE_LINES = [
    "## 大兴各级工会打造职工“心灵港湾”", "# 第3版 工会新闻", "### ——记北京工会", "本报讯(记者 孙艳)", "(劳动午报记者 王路曼)",
    "□本报记者 李一然", "本报记者 赵思远 摄影报道", "通讯员 付彬 摄", "新华社发", "记者节快乐", "近日，职工们参加了活动。", "",
    "——职工心声", "本报讯（记者周美玉 通讯员高岩）正值暑期，活动丰富。", "和", "的", "，", "。",
]
WIDTHS = str.maketrans({"，": ",", ",": "，", "；": ";", ";": "；", "：": ":", ":": "：", "（": "(", "(": "（", "）": ")", ")": "）"})


@st.composite
def mutated_sample(draw) -> str:
    """The sample issue with lines deleted, duplicated, cut by page breaks, interleaved with
    furniture and structure lines, and punctuation widths swapped."""
    lines = list(SAMPLE_LINES)
    out: list[str] = []
    for line in lines:
        action = draw(st.sampled_from(["keep"] * 6 + ["drop", "cut", "insert", "swap", "dup"]))
        if action == "drop":
            continue
        if action == "cut" and len(line) > 2:
            at = draw(st.integers(1, len(line) - 1))
            gap = draw(st.sampled_from(["\n", "\n\n", "\n(下转第4版)\n\n第4版\n", "\n\n\n\n"]))
            out.append(line[:at] + gap + line[at:])
            continue
        if action == "insert":
            out.append(draw(st.sampled_from(FURNITURE_LINES + STRUCTURE_LINES)))
        if action == "swap":
            line = line.translate(WIDTHS)
        if action == "dup":
            out.append(line)
        out.append(line)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(out)


line_text = st.one_of(
    st.sampled_from(SAMPLE_LINES + FURNITURE_LINES + STRUCTURE_LINES),
    st.text(alphabet=st.sampled_from(list("职工会记者本报讯摄（）()，。、；：“”#□ \u3000\t第版下转12-—") + ["\u200b", "\xa0"]), max_size=50),
    st.text(max_size=30),
)
assembled = st.lists(line_text, max_size=40).map("\n".join)


# --- never crash ---------------------------------------------------------------------------

@fuzz(600)
@given(st.text(max_size=400))
def test_split_any_unicode_text(text):
    articles = split_text(text, "fuzz.txt")
    check_records(text, articles)


@fuzz(800)
@given(assembled)
def test_split_assembled_lines(text):
    check_records(text, split_text(text, "fuzz.txt"))


@fuzz(400)
@given(mutated_sample())
def test_split_mutated_sample(text):
    for repair in (True, False):
        check_records(text, split_text(text, "2023-08-25.txt", repair=repair, issue_date="2023-08-25"))


@fuzz(500)
@given(st.one_of(st.binary(max_size=600), assembled.map(lambda s: s.encode("utf-8")),
                 mutated_sample().map(lambda s: s.encode("gb18030")), mutated_sample().map(lambda s: s.encode("utf-16-le"))))
def test_decode_any_bytes_only_raises_ghcli_errors(data):
    try:
        text = decode_bytes(data, "fuzz.txt")
    except GhcliError as err:
        assert err.exit_code in (1, 2) and "\n" not in err.line() and err.line().startswith("fuzz.txt: ")
        return
    assert isinstance(text, str) and text.strip()
    split_text(text, "fuzz.txt")


@fuzz(150, HealthCheck.function_scoped_fixture)  # cli() resets stdin and reads capsys on every call
@given(st.one_of(st.binary(max_size=300), mutated_sample().map(lambda s: s.encode("utf-8"))),
       st.sampled_from(["jsonl", "json", "md", "text", "table"]), st.sampled_from(["keep", "full", "half"]))
def test_cli_split_any_stdin(cli, data, fmt, punct):
    res = cli(["split", "-", "-f", fmt, "--punct", punct], stdin=data)
    assert res.code in (0, 1), res.err
    assert "Traceback" not in res.err
    assert len(res.err.strip().splitlines()) <= 1
    if res.code == 1:
        assert res.err.startswith("error: -: ")
        assert res.out in ("", "[]\n") or (fmt == "table" and "─┘" in res.out.splitlines()[3])  # no records
    elif fmt == "jsonl" and res.out:
        assert all(Article.from_dict(json.loads(line)).id.startswith("-#") for line in res.out.splitlines())


# --- repair ----------------------------------------------------------------------------------

def _naive_join_breaks(paragraphs):
    """The straightforward (quadratic) join, as split shipped first: the reference. Lines of
    verse or of a list (repair._verse_lines, tested on its own) are joined with nothing."""
    verse = _verse_lines(paragraphs, 0)
    out, repairs = [], []
    for k, para in enumerate(paragraphs):
        if out and not is_terminated(out[-1].text) and k not in verse and k - 1 not in verse:
            prev = out[-1]
            left, right = prev.text.rstrip(), para.text.lstrip()
            repairs.append({"line": prev.last_line, "next_line": para.line, "left": left[-30:], "right": right[:30]})
            out[-1] = Paragraph(left + right, prev.line, para.last_line)
        else:
            out.append(Paragraph(para.text, para.line, para.last_line))
    return out, repairs


paragraph_text = st.text(alphabet=st.sampled_from(list("职工会。，！？…；：”’）)》 \u3000\t.3a") + ["\n"]), max_size=40)


@fuzz(800)
@given(st.lists(paragraph_text, max_size=25))
def test_join_breaks_is_idempotent_and_matches_reference(texts):
    paras = [Paragraph(t, i + 1) for i, t in enumerate(texts)]
    out, repairs = join_breaks(paras)
    ref_out, ref_repairs = _naive_join_breaks(paras)
    assert [(p.text, p.line, p.last_line) for p in out] == [(p.text, p.line, p.last_line) for p in ref_out]
    assert repairs == ref_repairs
    again, more = join_breaks(out)
    assert more == [] and [p.text for p in again] == [p.text for p in out]
    verse = _verse_lines(out, 0)  # verse and list lines end as they are
    assert all(is_terminated(p.text) or k in verse or k + 1 in verse for k, p in enumerate(out[:-1]))
    assert [p.text for p in paras] == texts  # the input paragraphs are not modified


@fuzz(400)
@given(st.text(alphabet=st.sampled_from(list(",;:?!()，；：？！（）职工3a \u3000.")), max_size=60), st.sampled_from(["keep", "full", "half"]))
def test_normalize_punct_is_idempotent_and_keeps_han(text, style):
    once = normalize_punct(text, style)
    assert normalize_punct(once, style) == once
    assert han(once) == han(text)
    assert len(once) == len(text)


# --- extract, once it exists -------------------------------------------------------------------

@fuzz(120)
@given(mutated_sample())
def test_extract_on_fuzzed_issues_only_raises_ghcli_errors(text):
    extract = pytest.importorskip("ghcli.extract")
    articles = split_text(text, "2023-08-25.txt")
    try:
        done = extract.extract_articles(articles)
    except GhcliError:
        return
    assert len(done) == len(articles) and all(a.extracted for a in done)


# --- regressions found by fuzzing ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["(记者 孙艳)", "本报记者 赵思远 摄\n## 标题\n正文。", "第3版\n记者 张三 报道\n"])
def test_byline_without_story_is_kept(text):
    articles = split_text(text, "x.txt")
    names = {n for a in articles for n in a.reporters + a.photographers}
    assert names & {"孙艳", "赵思远", "张三"}


def test_jsonl_with_unicode_line_separators(cli):
    text = "## 标题\n\n本报讯(记者 孙艳) 职工\x85活动\u2028很好。\n"
    jsonl = cli(["split", "-", "-f", "jsonl"], stdin=text)
    assert jsonl.code == 0 and len(jsonl.out.split("\n")) == 2
    res = cli(["stats", "-"], stdin=jsonl.out)
    assert res.code == 0, res.err


# Lines made of byline, credit and dateline material: the fast test must never say "nothing
# here" for a line one of the parsers would read.
byline_text = st.lists(st.sampled_from([
    "本报讯", "新华社北京8月25日电", "□", "本报记者", "记者", "通讯员", "实习生", "孙艳", "周美玉", "高岩",
    "(", ")", "（", "）", " ", "　", "，", "。", "/", "摄", "摄影报道", "发", "供图", "近日", "职工参加活动",
]), min_size=1, max_size=8).map("".join)


@fuzz(1500)
@given(byline_text)
def test_holds_no_credits_only_when_no_parser_finds_one(line):
    from ghcli.bylines import holds_no_credits, parse_byline_line, parse_credit, parse_lead, parse_trailing

    if holds_no_credits(line):
        assert parse_lead(line) is None
        assert parse_credit(line) is None
        assert parse_trailing(line) is None
        assert parse_byline_line(line) is None


quantity_text = st.text(alphabet=st.sampled_from(
    list("0123456789.零一二两三十百千万亿余多近约超过逾上数第-~至名位人次元册份个支家组户左右以上职工图书，。“”A ")),
    max_size=40)


@fuzz(1500)
@given(quantity_text)
def test_quantities_are_those_of_a_scan_of_the_whole_text(text):
    from ghcli.quantities import QUANTITY_RE, _quantity, find_quantities

    # find_quantities tries QUANTITY_RE only around numeral runs; it must find what the
    # plain scan of every position finds
    reference = [q for m in QUANTITY_RE.finditer(text) if (q := _quantity(text, m)) is not None]
    assert find_quantities(text) == reference
