"""ghcli's errors: each kind carries its exit code; the CLI prints one line, never a traceback.

Exit codes (documented in the README):
0 success, 1 data error (some input bad), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class GhcliError(Exception):
    """Base of every error ghcli reports to a user. ``str(err)`` is the one-line message."""

    exit_code = EXIT_DATA

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        self.hint = hint
        super().__init__(self.line())

    def line(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        if self.hint:
            text += f" ({self.hint})"
        return " ".join(text.split())  # always one line


class UsageError(GhcliError):
    """The command line asks for something impossible: missing path, bad option value."""

    exit_code = EXIT_USAGE


class DataError(GhcliError):
    """An input cannot be used: empty, binary, undecodable, malformed records."""

    exit_code = EXIT_DATA


class OutputError(GhcliError):
    """An output cannot be written: exists without --force, unwritable, disk full."""

    exit_code = EXIT_DATA


class MissingExtraError(UsageError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, what: str, extra: str, module: str):
        super().__init__(
            f"{what} needs the optional package '{module}'",
            hint=f"install it with: pip install 'ghcli[{extra}]'",
        )
