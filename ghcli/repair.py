"""Repair stage: page/column-break joins and punctuation normalisation, each fix reported.

Print layouts cut paragraphs where a column or page ends (``……和`` / ``平街街道总工会……``).
A body paragraph that does not end a sentence is joined with the next body paragraph of the
same article (but the lines of verse or of a list: ``_verse_lines``); every join is returned so
a user can audit it. Only body paragraphs are given to ``join_breaks``: the splitter never
passes headlines, kickers, bylines or banners.
"""

from __future__ import annotations

# Characters that end a sentence (or a paragraph that introduces a list, for the colons).
SENTENCE_END = frozenset("。！？!?…；;：:")
# Marks that point at what follows (一起来看👇), which end a phone post's line as a colon would.
POINTERS = frozenset("👇⬇↓")
# A picture caption of a post (▲活动现场): ends without a stop, but no sentence goes on after it.
CAPTION_MARKS = frozenset("▲△")
# Closing quotes and brackets that may follow the sentence end: ``……。”`` is complete.
CLOSERS = frozenset("”’」』）)》〉】\"'")
# Longest bracketed aside after a paragraph's last sentence (source tags: (据《工人日报》)).
MAX_ASIDE_CHARS = 20
# Verse and lists: this many short lines in a row (each at most MAX_VERSE_CHARS) are lines of
# their own, not a paragraph cut by breaks.
MIN_VERSE_LINES = 4
MAX_VERSE_CHARS = 24
# What a hard-wrapped line may open with (the wrap pushed it down), and how much shorter than
# the longest a wrapped line may be (an indent, a character that did not fit).
WRAPPED_OPENERS = frozenset("，。、；：！？,.;:!?”’）)》")
WRAP_SLACK_CHARS = 2
# How much context each repair records on either side of the join.
REPAIR_CONTEXT_CHARS = 30


class Paragraph:
    """One body paragraph: its text and the source lines it spans (1-based; ``last_line``
    defaults to ``line``); ``apart``: a line that is never joined with its neighbours though
    it ends without a full stop (a box label such as 记者手记). A slotted class rather than a
    dataclass: the splitter makes one per paragraph, and a dataclass needs ``__post_init__``
    for the default."""

    __slots__ = ("text", "line", "last_line", "apart")

    def __init__(self, text: str, line: int, last_line: int | None = None, apart: bool = False) -> None:
        self.text = text
        self.line = line
        self.last_line = line if last_line is None else last_line
        self.apart = apart

    def __repr__(self) -> str:
        return f"Paragraph(text={self.text!r}, line={self.line}, last_line={self.last_line})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Paragraph):
            return NotImplemented
        return (self.text, self.line, self.last_line) == (other.text, other.line, other.last_line)


def is_terminated(text: str) -> bool:
    """True when ``text`` ends a sentence; False when it stops mid-sentence (a break)."""
    s = text.rstrip()
    if not s:
        return True
    if s[-1] in ")）":
        # ……检查站的工作生活条件。(据《工人日报》) / （新华社） / （完）: an aside after a finished sentence
        open_at = max(s.rfind("("), s.rfind("（"))
        if 0 < open_at and len(s) - open_at <= MAX_ASIDE_CHARS and s[open_at - 1] not in "(（" \
                and is_terminated(s[:open_at]):
            return True
    end = len(s)
    while end > 0 and s[end - 1] in CLOSERS:
        end -= 1
    if end == 0:
        return True
    last = s[end - 1]
    if last in SENTENCE_END:
        return True
    if last in POINTERS or last == "\ufe0f" and s[end - 2:end - 1] in POINTERS:
        return True  # 一起来看今天有哪些要闻👇: a post's line pointing at what follows
    # An ASCII full stop ends a sentence after Chinese text, not inside a number (3.5) or
    # an address (qq.com).
    if last == "." and end >= 2 and not (s[end - 2].isascii() and s[end - 2].isalnum()):
        return True
    return False


def join_breaks(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[dict]]:
    """Join each paragraph that ends mid-sentence with the one after it.

    Returns the repaired paragraphs and one record per join:
    ``{"line", "next_line", "left", "right"}`` with up to REPAIR_CONTEXT_CHARS of context.
    A chain of breaks (a paragraph cut twice) is joined step by step. The last paragraph is
    never joined (the article may be cut off at the end of the issue), nor is a paragraph
    marked ``apart`` (a box label) or a line of verse or of a list with either neighbour. The input paragraphs
    are never modified; those needing no join may be returned as they are.
    """
    # Paragraphs before the first break need no join: they are returned as they are.
    first, last = 0, len(paragraphs) - 1
    while first < last and (paragraphs[first].apart or paragraphs[first + 1].apart
                            or is_terminated(paragraphs[first].text)):
        first += 1
    if first >= last:
        return list(paragraphs), []  # no break (most stories)
    verse = _verse_lines(paragraphs, first)
    out: list[Paragraph] = []
    # The pieces of each output paragraph, joined once at the end: re-concatenating a
    # growing paragraph at every join was quadratic for long chains of breaks.
    pieces: list[list[str]] = []
    repairs: list[dict] = []
    for k, para in enumerate(paragraphs[first:], first):
        if out and not out[-1].apart and not para.apart and not (k in verse or k - 1 in verse) \
                and not is_terminated(_tail(pieces[-1], 2)) and pieces[-1][0][:1] not in CAPTION_MARKS:
            prev = out[-1]
            _rstrip_pieces(pieces[-1])
            right = para.text.lstrip()
            repairs.append(
                {
                    "line": prev.last_line,
                    "next_line": para.line,
                    "left": _tail(pieces[-1], REPAIR_CONTEXT_CHARS)[-REPAIR_CONTEXT_CHARS:],
                    "right": right[:REPAIR_CONTEXT_CHARS],
                }
            )
            pieces[-1].append(right)
            prev.last_line = para.last_line
        else:
            out.append(Paragraph(para.text, para.line, para.last_line, para.apart))
            pieces.append([para.text])
    for para, parts in zip(out, pieces):
        if len(parts) > 1:
            para.text = "".join(parts)
    return paragraphs[:first] + out, repairs


def _verse_lines(paragraphs: list[Paragraph], first: int) -> set[int]:
    """The indexes of the lines of verse or of a list from ``first`` on: runs of at least
    MIN_VERSE_LINES short lines, each but the last without a sentence end (那是一双握紧焊枪的手 /
    在弧光里把钢铁缝成大桥的脊梁 / …). A column's break cuts one long paragraph, never a run of
    short ones: such lines are joined with nothing. Not so the lines of a narrow column
    hard-wrapped by a copy (…门 / 头沟区总工会…“劳 / 模工匠…): most of them are as long as
    the column, and some open with the punctuation the wrap pushed down."""
    verse: set[int] = set()
    run: list[int] = []
    for k in range(first, len(paragraphs) + 1):
        text = paragraphs[k].text.strip() if k < len(paragraphs) else ""
        if text and len(text) <= MAX_VERSE_CHARS:
            run.append(k)
            if not is_terminated(text):
                continue  # the run goes on; a short line that ends a sentence ends it
        if len(run) >= MIN_VERSE_LINES and _lines_of_their_own([paragraphs[i].text.strip() for i in run]):
            verse.update(run)
        run = []
    return verse


def _lines_of_their_own(lines: list[str]) -> bool:
    """Are the lines verse or list items rather than a hard-wrapped paragraph? The wrap fills
    every line but the paragraph's last to the column's width (the first may be short by its
    indent or the byline taken from it) and pushes punctuation down to a line's start; verse
    varies its lines' lengths."""
    if any(line[0] in WRAPPED_OPENERS for line in lines):
        return False
    body = lines[:-1] if is_terminated(lines[-1]) else lines
    longest = max(map(len, body))
    return any(len(line) < longest - WRAP_SLACK_CHARS for line in body[1:])


def _tail(parts: list[str], n: int) -> str:
    """The shortest suffix of ``"".join(parts)`` (whole pieces) with at least ``n`` characters
    before its trailing white space and closers, or all of it: enough to decide
    ``is_terminated`` and to quote ``n`` characters of context, without joining everything."""
    text = ""
    for piece in reversed(parts):
        text = piece + text
        s = text.rstrip()
        end = len(s)
        while end > 0 and s[end - 1] in CLOSERS:
            end -= 1
        if end >= n:
            break
    return text


def _rstrip_pieces(parts: list[str]) -> None:
    """``rstrip`` the text the pieces make up, in place."""
    while parts and not parts[-1].rstrip():
        parts.pop()
    if parts:
        parts[-1] = parts[-1].rstrip()


# --- punctuation -------------------------------------------------------------------------

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_HALF = {v: k for k, v in _HALF_TO_FULL.items()}


def normalize_punct(text: str, style: str = "keep") -> str:
    """Make punctuation widths uniform: ``full`` (Chinese print), ``half`` (ASCII) or ``keep``.

    Only the punctuation whose width varies between exports is touched; full stops, quotes
    and enumeration commas are left as printed. In ``full`` mode ASCII punctuation is only
    widened next to Chinese text, so ``3,000`` and ``12:30`` keep their ASCII forms.
    """
    if style == "keep":
        return text
    if style == "half":
        return text.translate(str.maketrans(_FULL_TO_HALF)).replace("\u3000", " ")
    if style != "full":
        raise ValueError(f"unknown punctuation style {style!r}")
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch in _HALF_TO_FULL:
            before = chars[i - 1] if i else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if before.isdigit() and after.isdigit():
                continue  # 3,000 / 12:30
            if _is_cjk(before) or _is_cjk(after) or ch in "()":
                chars[i] = _HALF_TO_FULL[ch]
    return "".join(chars)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "“”‘’")
