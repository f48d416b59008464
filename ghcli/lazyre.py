"""Regular expressions compiled on first use.

Python compiles patterns in pure Python, and the large Chinese alternations and character
classes of the split stage take milliseconds each: compiled at import they would slow down
every command, ``ghcli --help`` included. ``lazy(pattern)`` stands in for ``re.compile``;
the first call of a method compiles the pattern and binds its methods onto the instance, so
later calls cost what calls on a compiled pattern cost.
"""

from __future__ import annotations

import re

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):  # only reached before the first compilation
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile``, deferred to the first use."""
    return LazyPattern(pattern, flags)
