"""The word lists shipped in ``ghcli/data`` (roles, surnames, topics, the user dictionary),
read once per process and only when a stage first needs one."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def data_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a shipped data file."""
    text = (resources.files("ghcli") / "data" / name).read_text(encoding="utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))
