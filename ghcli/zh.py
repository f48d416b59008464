"""Traditional -> simplified Chinese, through the optional ``opencc`` package (``ghcli[zh]``).

Hong Kong, Taiwan and older e-paper exports arrive in traditional characters; the splitter's
byline and masthead patterns are written in simplified ones, so ``--to-simplified`` converts
an issue before it is split. OpenCC converts phrase by phrase (臺灣 -> 台湾, 職工們 -> 职工们).
"""

from __future__ import annotations

from functools import lru_cache

from ghcli.errors import MissingExtraError


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:
        raise MissingExtraError("--to-simplified", "zh", "opencc") from None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (ASCII, punctuation and line breaks unchanged)."""
    return _converter().convert(text)
