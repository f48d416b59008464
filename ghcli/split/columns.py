"""Text hard-wrapped at a column's width, as PDF and OCR copies give it: every paragraph broken
into lines of the column's width, the break falling anywhere (in a word, a name, a byline).
Such a page is told by many lines of one width (or, for a page whose stories each have their
own, by runs of them); each full line is joined with the line it goes on in.
"""

from __future__ import annotations

from collections import Counter

from ghcli.bylines import CREDIT_ENDINGS, DATELINE_SOURCES, EDITOR_WORDS, parse_credit
from ghcli.lazyre import lazy
from ghcli.repair import is_terminated
from ghcli.split.base import (
    DASH_START, MAX_HEADLINE_CHARS, _EDITORS_LINE_RE, _LAST_TOKEN_RE, _LEAD_CLAUSE_RE, _LINE_SPACE, _PAGE_LABEL_RE,
    _body_like, _byline_cut, _byline_of_its_own, _is_masthead, _opens_story,
)


# Editors named in a line with more in it (工会新闻 编辑 刘洋 校对 张帆): the page's head.
_EDITORS_RUN_RE = lazy(rf"(?:{'|'.join(EDITOR_WORDS)})[ \u3000]+[\u4e00-\u9fff]{{2,4}}(?:[ \u3000]|$)")
# Text copied out of a PDF or an OCR program can be hard-wrapped: every paragraph broken into
# lines of the column's width, the break falling anywhere (in a word, a name, a byline). Such
# a page is told by many lines of one length; each full line is joined with the next.
MIN_WRAPPED_LINES = 12  # a page shorter than this is not judged
MIN_WRAP_WIDTH = 10  # narrower columns are not looked for
MIN_FULL_LINES = 8  # lines of the wrapping width a hard-wrapped page holds at least
MIN_FULL_SHARE = 0.3  # and their share of the page's lines of half that width or more
# A page whose non-blank lines average this many characters or more holds whole paragraphs:
# not looked at further (a wrapped page's lines are a column or a page wide).
MAX_WRAPPED_MEAN_CHARS = 55
_INDENTS = ("\u3000", "  ", "\t")  # a paragraph's first line, indented
_ITEM_BULLETS = frozenset("●•◆")  # or opening an item of a box (●怀柔区总工会日前举办全区职工 / 乒乓球比赛，…)


def _content_len(raw: str) -> int:
    """The length of a line as the wrapping counted it: without trailing space or a ## mark."""
    raw = raw.rstrip()
    if raw[:1] == "#":
        return len(raw.lstrip("#").lstrip(" \u3000"))
    return len(raw)


def _wrap_width(lines: list[str]) -> tuple[int, int] | None:
    """The width a hard-wrapped page was wrapped at and how much shorter a full line may be
    (1; more for an OCR copy, whose lines vary with the widths of the characters in them), or
    None for a page of whole paragraphs (judged on the lengths of the lines as they are:
    counted in C, the test costs little)."""
    counts = Counter(map(len, lines))
    full, width = max([(c, n) for n, c in counts.items() if n >= MIN_WRAP_WIDTH], default=(0, 0))
    if full < MIN_FULL_LINES:
        return None
    considered = sum(c for n, c in counts.items() if n >= width // 2)
    band = _wrap_band(lines, counts)
    if full < MIN_FULL_SHARE * considered or band is not None and band[2] >= MIN_BAND_GAIN * full:
        return band and band[:2]  # most lines a character or two shorter than the widest: OCR's
    # A line printed again and again (==========, 版面：第01版 要闻, a running head) is a rule
    # or a label, no wrapped text: only lines printed once count.
    seen = Counter(line for line in lines if len(line) == width)
    if sum(1 for c in seen.values() if c == 1) < MIN_FULL_LINES:
        return None
    return width, 1


# An OCR copy of a narrow column: most lines within a band this many characters wide (13 to 15
# characters, as the widths of digits, Latin letters and punctuation vary)...
OCR_BAND_CHARS = 3
MIN_BAND_SHARE = 0.6  # ... holding this share of the lines of half its width or more,
MIN_BAND_LINES = 2 * MIN_FULL_LINES  # at least this many,
MIN_RUNNING_SHARE = 0.5  # and lines of running text (a comma or a full stop in them), as many
MIN_CUT_SHARE = 0.5  # cut off before their sentence ends (verse and lists end their lines)
MAX_BAND_WIDTH = 24  # (columns this narrow only: wider text is a PDF's, wrapped at one width)
MIN_BAND_GAIN = 2  # a band read even where one width shows, when it holds this many times its lines


def _wrap_band(lines: list[str], counts: Counter) -> tuple[int, int, int] | None:
    """``_wrap_width`` of an OCR copy of a narrow column: the widest length of the band of
    OCR_BAND_CHARS lengths most lines fall in, the band's width and how many lines it holds;
    None when the lines do not crowd into one band, or are no running text (a list, a poem)."""
    band, high = max((sum(counts.get(n - k, 0) for k in range(OCR_BAND_CHARS)), n)
                     for n in range(MIN_WRAP_WIDTH + OCR_BAND_CHARS - 1, MAX_BAND_WIDTH + 1))
    considered = sum(c for n, c in counts.items() if n >= high // 2)
    if band < MIN_BAND_LINES or band < MIN_BAND_SHARE * considered:
        return None
    low = high - OCR_BAND_CHARS + 1
    in_band = [line for line in lines if low <= len(line) <= high]
    running = sum(1 for line in in_band if "，" in line or "," in line or "。" in line)
    cut = sum(1 for line in in_band if not is_terminated(line) and line[-1] not in "，,、；;")
    if running < MIN_RUNNING_SHARE * len(in_band) or cut < MIN_CUT_SHARE * len(in_band) \
            or len(set(in_band)) < MIN_BAND_LINES:
        return None
    return high, OCR_BAND_CHARS, band


def _unwrap_pages(lines: list[str]) -> tuple[list[str], list[int], dict[int, int]] | None:
    """``_unwrap_page`` of a hard-wrapped text, page by page: a PDF's pages may be set in
    columns of different widths, and each page of its text ends with its number (a line of
    one to three digits). A page too short to show a width of its own takes the text's.
    None when no page is hard-wrapped."""
    width = _wrap_width(lines)
    cuts = [k + 1 for k, raw in enumerate(lines) if len(raw) <= 3 and raw.strip().isdigit()]
    if not cuts or cuts[-1] != len(lines):
        cuts.append(len(lines))
    if len(cuts) == 1:
        return _unwrap_page(lines, *width) if width else None
    out: list[str] = []
    numbers: list[int] = []
    ends: dict[int, int] = {}
    start, joined = 0, False
    for end in cuts:
        page = lines[start:end]
        page_width = (len(page) >= MIN_WRAPPED_LINES and _wrap_width(page)) or width
        if page_width:
            page_lines, page_numbers, page_ends = _unwrap_page(page, *page_width)
            numbers += [start + n for n in page_numbers]
            ends.update({start + first: start + last for first, last in page_ends.items()})
            joined = True
        else:
            page_lines = page
            numbers += range(start + 1, end + 1)
        out += page_lines
        start = end
    return (out, numbers, ends) if joined else None


# A PDF page's stories may each be set in a column of its own width (17, 20, 22 characters),
# with lines a character or two shorter where punctuation may not open a line: a run of
# MIN_COLUMN_RUN lines or more whose lengths lie in a band OCR_BAND_CHARS wide, between
# MIN_WRAP_WIDTH and MAX_COLUMN_WIDTH (printed widths), half of them or more holding running
# text's punctuation, is one column's wrapped text. A single blank line, or a paragraph's last
# line (shorter and finished), does not end the run.
MAX_COLUMN_WIDTH = 30
MIN_COLUMN_RUN = 3
_RUNNING_PUNCT = ("，", "。", "、", "；")


def _printed_width(raw: str) -> int:
    """How many characters wide ``raw`` is printed, a digit, a Latin letter or a half-width
    mark taking half a Han character's width (2024—2025年度 fills less of a line than its length)."""
    raw = raw.rstrip()
    wide = (len(raw.encode()) - len(raw)) // 2  # the non-ASCII characters: 3 bytes each in UTF-8
    return wide + (len(raw) - wide + 1) // 2


def _column_lines(lines: list[str]) -> list[bool]:
    """Which of ``lines`` are lines of a column's wrapped text (see MAX_COLUMN_WIDTH)."""
    full = [False] * len(lines)
    # The lines with text, by number: a single blank line between paragraphs does not end a
    # column (a paragraph of two lines is one of its runs).
    texts = [k for k, raw in enumerate(lines) if raw.strip()]
    lengths = [_printed_width(lines[k]) for k in texts]
    k, n = 0, len(texts)
    while k < n:
        if not MIN_WRAP_WIDTH <= lengths[k] <= MAX_COLUMN_WIDTH:
            k += 1
            continue
        lo = hi = lengths[k]
        members = [texts[k]]
        j = k + 1
        while j < n and texts[j] - texts[j - 1] <= 2:
            if MIN_WRAP_WIDTH <= lengths[j] <= MAX_COLUMN_WIDTH and max(hi, lengths[j]) - min(lo, lengths[j]) < OCR_BAND_CHARS:
                lo, hi = min(lo, lengths[j]), max(hi, lengths[j])
                members.append(texts[j])
            elif not (lengths[j] < lo and is_terminated(lines[texts[j]].rstrip())):
                break  # (a paragraph's last line, shorter and finished, is no end of the column)
            j += 1
        if len(members) >= MIN_COLUMN_RUN and 2 * sum(
                1 for x in members if any(c in lines[x] for c in _RUNNING_PUNCT)) >= len(members):
            for x in members:
                full[x] = True
        k = j
    return full


def _unwrap_columns(lines: list[str]) -> tuple[list[str], list[int], dict[int, int]] | None:
    """``lines`` with each line of a column's wrapped text (``_column_lines``) joined with
    the line it goes on in, as ``_unwrap_page`` joins a page's, when no width holds for the
    whole page; None when nothing was joined. A paragraph is joined from a line of running
    text on (a headline over it never is)."""
    full = _column_lines(lines)
    if not any(full):
        return None
    out: list[list[str]] = []
    numbers: list[int] = []
    ends: dict[int, int] = {}
    joining = False
    for n, raw in enumerate(lines, 1):
        line = raw.strip(_LINE_SPACE)
        if joining and line and not _starts_own_line(raw, line) and not _whole_byline_above(out[-1][-1], line):
            out[-1].append(_going_on(out[-1], line))
            ends[numbers[-1]] = n
        else:
            out.append([raw])
            numbers.append(n)
        # (a paragraph's first line without a comma goes on only when indented, under a
        # column's line above it, or inside a quotation it opens: a headline is none of these)
        joining = full[n - 1] and (len(out[-1]) > 1 or any(c in line for c in _RUNNING_PUNCT)
                                   or raw.startswith(_INDENTS) or raw[:1] in _ITEM_BULLETS or n > 1 and full[n - 2]
                                   or line.count("“") > line.count("”")
                                   or _credited_caption(lines, n, full.__getitem__)) \
            and not _ends_paragraph(line)
    if not ends:
        return None
    return ["".join(parts) for parts in out], numbers, ends


# Most lines of a picture's caption under its first one.
MAX_CAPTION_LINES = 3


def _credited_caption(lines: list[str], n: int, full) -> bool:
    """Does line ``n`` (1-based) open a caption the column wrapped: the lines after it, full
    ones and then a shorter one, end a sentence, and a credit follows (外卖送餐员在“小哥加油站”内给电动 /
    车电池充电。 / 本报记者 孙妍 摄)? A headline's lines end in no sentence. ``full(j)``: is the
    line at index ``j`` as wide as its column?"""
    for j in range(n, min(n + MAX_CAPTION_LINES, len(lines))):
        line = lines[j].strip(_LINE_SPACE)
        if not line or _starts_own_line(lines[j], line):
            return False
        if not full(j):
            if not is_terminated(line) or j + 1 >= len(lines):
                return False
            credit = lines[j + 1].strip(_LINE_SPACE)
            return credit.endswith(CREDIT_ENDINGS) and parse_credit(credit) is not None
    return False


def _whole_byline_above(above: str, line: str) -> bool:
    """Is ``above`` a byline of its own that ends with a whole name (or sits over a news lead), so
    that ``line`` does not go on from it (not □本报记者 李 / 一然, a name the column cut)?"""
    above = above.strip(_LINE_SPACE)
    return _byline_of_its_own(above) and (
        _LEAD_CLAUSE_RE.match(line) is not None or len(_LAST_TOKEN_RE.search(above).group()) >= 2)


def _starts_own_line(raw: str, line: str, masthead: bool | None = None) -> bool:
    """Does the line (``raw``, stripped: ``line``) start a line of its own rather than go on
    from a full line above it: indented, marked (##), a subtitle (——…), a dateline opening a
    story (本报讯…), a masthead line (``masthead``, when the caller knows) or a byline of its own?"""
    return raw.startswith(_INDENTS) or raw[:1] == "#" or line.startswith(DASH_START) \
        or raw.startswith(DATELINE_SOURCES) and _opens_story(raw) \
        or (_is_masthead(line) if masthead is None else masthead) or _byline_of_its_own(line)


def _ends_paragraph(line: str) -> bool:
    """Does a full line end its paragraph all the same: a finished sentence, a credit, or the
    editors named in the page's head? (Not a line that only ends like a credit: …支撑首都高质量发 /
    展的重要力量。)"""
    return is_terminated(line) or line.endswith(CREDIT_ENDINGS) and parse_credit(line) is not None \
        or _EDITORS_RUN_RE.search(line) is not None


def _going_on(parts: list[str], line: str) -> str:
    """``line`` as it goes on from the lines ``parts`` of its paragraph so far: after a space
    when it closes a byline the paragraph's first line opened after a whole name (本报讯（记者
    赵思远 / 张晶）4月26日，…), as it is otherwise."""
    if len(parts) == 1 and _byline_cut(parts[0].strip(_LINE_SPACE), line) == " ":
        return " " + line
    return line


def _opens_block(lines: list[str], n: int) -> bool:
    """Does line ``n`` (1-based) open a block: the first line, or one after a blank line or
    the page's masthead or label (03  区县工会)? (Not one after a finished paragraph: a caption under it is not
    indented either, 图为一名焊工正在展示…)"""
    if n == 1:
        return True
    above = lines[n - 2].strip(_LINE_SPACE)
    return not above or _is_masthead(above) or _PAGE_LABEL_RE.match(above) is not None


# How many lines either side of a line show the width of the column it is in.
COLUMN_WINDOW = 3


def _narrower_columns(lines: list[str], width: int) -> dict[int, int]:
    """The lines (by number) of a page wrapped at ``width`` that stand in a narrower column of
    running text, and that column's width: the widest line within COLUMN_WINDOW lines either
    side, among lines of running text (a comma or a full stop in them), when two or more of
    them stand there (a story set narrower than the page's others)."""
    lengths = [_content_len(raw) if any(c in raw for c in _RUNNING_PUNCT) or "," in raw else 0 for raw in lines]
    narrower = {}
    for k in range(len(lines)):
        near = [n for n in lengths[max(0, k - COLUMN_WINDOW):k + COLUMN_WINDOW + 1] if n]
        if len(near) >= 2 and MIN_WRAP_WIDTH <= max(near) < width:
            narrower[k + 1] = max(near)
    return narrower


def _then_columns(unwrapped: tuple[list[str], list[int], dict[int, int]]) -> tuple[list[str], list[int], dict[int, int]]:
    """A page unwrapped at its width, with the columns of other widths on it unwrapped too
    (``_unwrap_columns``: a story set narrower than the page's others), the source numbers
    and ends of both passes composed."""
    lines, numbers, ends = unwrapped
    again = _unwrap_columns(lines)
    if again is None:
        return unwrapped
    lines2, numbers2, ends2 = again
    for first, last in ends2.items():  # numbers of the first pass's lines -> source numbers
        last_source = numbers[last - 1]
        ends[numbers[first - 1]] = ends.get(last_source, last_source)
    return lines2, [numbers[k - 1] for k in numbers2], ends


def _unwrap_page(lines: list[str], width: int, slack: int = 1) -> tuple[list[str], list[int], dict[int, int]]:
    """``lines`` with every full line of a hard-wrapped page joined with the lines it goes on
    in, the source number of each resulting line, and the last source line of each that
    joined several (by its first line's number). A full line (the width, or ``slack`` short
    of it) goes on unless the next line is blank, indented, marked (##), a subtitle (——…),
    a masthead line or opens a story with a dateline (本报讯…)."""
    out: list[list[str]] = []  # the parts of each resulting line, joined at the end
    numbers: list[int] = []
    ends: dict[int, int] = {}
    joining = False
    indent = _first_line_indent(lines, width)
    # On a page that indents its paragraphs, a line that opens a block (``_opens_block``), not
    # indented and with no running text's punctuation, is a headline or a kicker that no line of
    # text goes on in (打造职工身边的“服务圈” / 长辛店街道职工服务中心投用 over an OCR copy's narrow
    # column, whose lines vary in width), unless marked (##) and as wide as the page: a headline
    # the column wrapped.
    indents_paragraphs = sum(1 for raw in lines if raw.startswith(_INDENTS)) >= MIN_INDENTED_OPENINGS
    narrower = _narrower_columns(lines, width)
    for n, raw in enumerate(lines, 1):
        line = raw.strip(_LINE_SPACE)
        masthead = bool(line) and _is_masthead(line)  # asked once per line
        if joining and masthead and n < len(lines) and _EDITORS_LINE_RE.match(line) \
                and (below := lines[n].strip(_LINE_SPACE)) and not _starts_own_line(lines[n], below):
            # …很多职工反映下班后时间 / 本版责编：刘畅 / 难以保证，…: the editors' line at a column's foot,
            # inside a paragraph that goes on under it (left out: it would cut the paragraph in two)
            continue
        if joining and line and not _starts_own_line(raw, line, masthead) \
                and not _whole_byline_above(out[-1][-1], line):
            # (a byline as wide as the column over a news lead stays a line: 文/本报记者 张晶 图/通讯员
            # 刘涛 / 近日，…; □本报记者 陈曦　通讯员 李泫雅 / 清晨7点半，…)
            parts = out[-1]
            parts[-1] = parts[-1].rstrip()
            parts.append(_going_on(parts, line))
            ends[numbers[-1]] = n
        else:
            out.append([raw])
            numbers.append(n)
        # A full line goes on, unless it ends a sentence, a credit or the page's masthead. When
        # in doubt a line stays apart: the repair stage joins a paragraph that goes on.
        # A paragraph's first line is full at the width less its indent, when the page indents
        # them and the line reads as running text (a headline does not).
        running = _body_like(line) or line.count("“") > line.count("”")  # a quotation it does not close
        column = narrower.get(n, width)
        full = column - slack if joining or not indent or not running else column - slack - indent
        joining = bool(line) and _content_len(raw) >= full and not (
            masthead or _ends_paragraph(line)
            or "摄影" in line[-MAX_NAME_CREDIT_TAIL:] and parse_credit(line) is not None  # ……手中。 摄影 吴昊
            # (opening a block wider than the column, not indented on a page that indents, no running
            # text: a kicker or a headline set across columns, 覆盖回龙观天通苑地区1.6万名户外劳动者 /
            # 昌平工会“暖冬行动”)
            or not joining and indents_paragraphs and _content_len(raw) > column and not raw.startswith(_INDENTS)
            and raw[:1] != "#" and not any(c in line for c in _RUNNING_PUNCT)
            or raw[:1] != "#" and not any(c in line for c in _RUNNING_PUNCT) and _opens_block(lines, n) and (
                indents_paragraphs and not raw.startswith(_INDENTS)
                or len(line) <= MAX_HEADLINE_CHARS and n < len(lines) and (
                    _bare_head_line(lines[n]) or _LEAD_CLAUSE_RE.match(lines[n].strip(_LINE_SPACE)))
                and not _CREDIT_WORDS_RE.search(line)) and not _credited_caption(
                lines, n, lambda j: _content_len(lines[j]) >= narrower.get(j + 1, width) - slack))
    return ["".join(parts) for parts in out], numbers, ends


# Role words of a credit, which a credit cut across two lines holds (本报记者 王路曼 通讯员 李 / 京 摄影报道).
_CREDIT_WORDS_RE = lazy("记者|通讯员|摄")


def _bare_head_line(raw: str) -> bool:
    """Is ``raw``, the line under one that opens a block without running text's punctuation,
    bare too (庆祝“五一”国际劳动节 / 劳模工匠进校园 讲述奋斗故事 at the column's width)? Then both
    are a head's lines, not a paragraph's first two: whether they make one headline is the
    headline step's to tell (``headlines._joins``)."""
    line = raw.strip(_LINE_SPACE)
    return bool(line) and len(line) <= MAX_HEADLINE_CHARS and not any(c in line for c in _RUNNING_PUNCT) \
        and not is_terminated(line) and not raw.startswith(_INDENTS)


# How far from a line's end a credit's role word before its names (摄影 吴昊) is looked for.
MAX_NAME_CREDIT_TAIL = 10
# Paragraph openings a page must show at its width less an indent before its first lines count
# as indented (a PDF's text drops the two-character indent of every paragraph).
MIN_INDENTED_OPENINGS = 3
PARAGRAPH_INDENT = 2


def _first_line_indent(lines: list[str], width: int) -> int:
    """How much shorter than the width a hard-wrapped page sets the first line of a paragraph
    that goes on: PARAGRAPH_INDENT when most such lines are (清晨6点半，在通州区城市副中心 at
    15 of 17), else 0."""
    indented = full = 0
    opening = True  # the line opens a paragraph: the one above ended one, or was blank
    for raw in lines:
        line = raw.strip(_LINE_SPACE)
        if not line:
            opening = True
            continue
        ended = is_terminated(line)
        if opening and not ended:
            n = _content_len(raw)
            if n == width - PARAGRAPH_INDENT:
                indented += 1
            elif n >= width - 1:
                full += 1
        opening = ended
    return PARAGRAPH_INDENT if indented >= MIN_INDENTED_OPENINGS and indented > full else 0
