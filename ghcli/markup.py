"""Issue text that still carries the markup of the page it was copied from.

Users sometimes save an issue from a web page or a WeChat post with its HTML (``<p>…</p>``,
``<br>``, ``&ldquo;``, ``&nbsp;``) instead of its text, or get it from a converter as
Markdown. ``from_markup`` turns such text into the plain lines the splitter reads: block
elements end lines, headings become marked lines (``<h1>``/``<h2>`` ``## ``, lesser ones and
subtitles ``### ``), scripts, styles, comments and the site's header, navigation and footer
go, every other tag is dropped and character references are decoded; Markdown emphasis (``**…**``), images, links, ``>`` quote marks and ``---`` rules are removed around the
words. Text without markup is returned unchanged after a few scans for the characters markup
needs (``<``, ``&``, ``**``, ``](``, ``>``, ``---``), so ordinary issues pay next to nothing.

Line numbers of records split from converted text count the converted lines.
"""

from __future__ import annotations

import re

from ghcli.lazyre import lazy

# A tag of the elements pages are made of: the evidence that the text is HTML, not prose
# that happens to hold a < (a formula, 《…》 is no tag).
_TAG_RE = lazy(
    r"<(?:/?(?:p|br|div|span|strong|b|em|i|u|font|h[1-6]|li|ul|ol|table|tbody|tr|td|th|section|article"
    r"|header|footer|a|img|blockquote|center|html|body|head|title)\b[^<>]*|!--)>?",
    flags=re.I,
)
# What a page holds besides its text: scripts, styles, comments, and the site's header,
# navigation and footer (by element, or by a class or id that names them; not nested).
_DROP_RE = lazy(
    r"<(script|style|nav|header|footer)\b[^>]*>.*?</\1\s*>|<!--.*?-->"
    r"|<(div|p|ul)\b[^>]*\b(?:class|id)=[\"'][^\"']*\b(?:footer|header|nav|navbar|menu|top-bar|topbar|copyright|breadcrumb)"
    r"\b[^\"']*[\"'][^>]*>(?:(?!<\2\b).)*?</\2\s*>",
    flags=re.I | re.S,
)
_HEADING_RE = lazy(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", flags=re.I | re.S)
# A subtitle printed as a heading of its own (<h3>——已为…</h3>).
_DASHES = ("——", "—", "--", "－－")
_BREAK_RE = lazy(r"<br\s*/?>|</(?:p|div|li|tr|h[1-6]|section|article|blockquote|table|header|footer|title)\s*>",
                 flags=re.I)
_ANY_TAG_RE = lazy(r"<[^<>\n]{1,400}>")
_ENTITY_RE = lazy(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")


# Markdown a converter leaves around the text: **bold** and __bold__, images and links,
# > quoted lines, --- rules between stories.
_MD_BOLD_RE = lazy(r"\*\*(?! )([^*\n]+?)(?<! )\*\*|__(?! )([^_\n]+?)(?<! )__")
_MD_IMAGE_RE = lazy(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A line set in italics whole (*图为…摄）*): Chinese text has no other use for the stars.
_MD_ITALIC_LINE_RE = lazy(r"^([ \t]*)\*(?![ *])([^*\n]+?)(?<! )\*[ \t]*$", flags=re.M)
# An image on a line of its own, with the blank lines after it: its caption stays as near
# to the text above as the page prints it.
_MD_IMAGE_LINE_RE = lazy(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*\n(?:[ \t]*\n)*", flags=re.M)
_MD_LINK_RE = lazy(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_QUOTE_RE = lazy(r"^[ \t]*>[ \t]?", flags=re.M)
_MD_RULE_RE = lazy(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", flags=re.M)


def _from_markdown(text: str) -> str:
    """``text`` without the Markdown emphasis, images, links, quote marks and rules around
    its words (``## `` headlines are the splitter's own marks and stay)."""
    # one-character scans first (memchr-fast): most issues hold none of these characters
    star, under = "*" in text, "_" in text
    if star and "**" in text or under and "__" in text:
        text = _MD_BOLD_RE.sub(lambda m: m.group(1) or m.group(2), text)
    if star and "*" in text.replace("**", ""):
        text = _MD_ITALIC_LINE_RE.sub(r"\1\2", text)  # *图为…（本报记者 孙立臣 摄）*: a caption set in italics
    if "]" in text and "](" in text:
        text = _MD_LINK_RE.sub(r"\1", _MD_IMAGE_RE.sub("", _MD_IMAGE_LINE_RE.sub("", text)))
    if ">" in text:
        text = _MD_QUOTE_RE.sub("", text)
    if "-" in text and ("---" in text or "- - -" in text) or star and ("***" in text or "* * *" in text) \
            or under and "___" in text:
        text = _MD_RULE_RE.sub("", text)
    return text


def has_markup(text: str) -> bool:
    """Does the text carry HTML tags or character references (``&ldquo;``)?"""
    return ("<" in text and _TAG_RE.search(text) is not None) or ("&" in text and _ENTITY_RE.search(text) is not None)


def _heading(m) -> str:
    """An HTML heading as a marked line: <h1>/<h2> a headline (## ), <h3>–<h6> or one that
    opens with a dash a subtitle or a lesser headline (### )."""
    import html

    # (a heading set over two lines, <h1>山区民宿从业者<br>考出首批…</h1>, is one headline)
    words = "".join(html.unescape(_ANY_TAG_RE.sub("", m.group(2))).split("\n")).strip()
    level = "##" if m.group(1) in "12" and not words.startswith(_DASHES) else "###"
    return f"\n{level} {words}\n"


def from_markup(text: str) -> str:
    """``text`` as plain lines when it carries HTML or Markdown markup; else ``text`` itself."""
    if has_markup(text):
        import html

        if "<" in text and _TAG_RE.search(text):
            text = _DROP_RE.sub("", text)
            text = _HEADING_RE.sub(_heading, text)
            text = _BREAK_RE.sub("\n", text)
            text = _ANY_TAG_RE.sub("", text)
        text = html.unescape(text)
    return _from_markdown(text)
