"""Read stage: command-line inputs (files, directories, globs, ``-``) -> decoded issue text.

Inputs are expanded lazily and read one at a time so a corpus of any size streams with flat
memory. Decoding tries byte-order marks, then strict UTF-8, then a maintained detector
(charset-normalizer) restricted to the encodings Chinese newspaper exports use.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ghcli.errors import DataError, UsageError
from ghcli.lazyre import lazy

# An issue is one newspaper page or one day's paper: a few hundred KB at most. Anything
# beyond this is not an issue (a database dump, a disk image) and is refused up front
# rather than read into memory.
MAX_ISSUE_BYTES = 64 * 1024 * 1024

# Below this many bytes, NULs without a byte-order mark are not taken for UTF-16 (eight bytes
# of binary can look like four Chinese characters); any real issue is far longer.
MIN_UTF16_GUESS_BYTES = 64
# How much of a non-UTF-8 file the detector looks at; decoding then covers the whole file.
DETECT_SAMPLE_BYTES = 64 * 1024

# Encodings the detector may choose between. GB2312 and GBK are subsets of GB18030, so
# a GB-family guess always decodes as GB18030.
DETECT_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_32"]
GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030", "hz", "gb2312_80"}

BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Signatures of binary formats users point ghcli at by mistake.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (docx/xlsx?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
)

ENCODING_HINT = "try --encoding gb18030 or --encoding utf-8"
GLOB_CHARS = lazy(r"[*?\[]")


@dataclass(frozen=True)
class Source:
    """One issue to read: ``name`` as the user gave it (``-`` for stdin)."""

    name: str
    path: Path | None = None  # None for stdin

    def read_bytes(self, stdin: "object | None" = None) -> bytes:
        if self.path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_ISSUE_BYTES + 1)
        else:
            try:
                size = self.path.stat().st_size
                if size > MAX_ISSUE_BYTES:
                    raise DataError(
                        f"file is {_size(size)}, more than the {_size(MAX_ISSUE_BYTES)} limit for one issue",
                        source=self.name,
                        hint="split it into issues first",
                    )
                with open(self.path, "rb") as fh:
                    data = fh.read(MAX_ISSUE_BYTES + 1)
            except IsADirectoryError:
                raise UsageError("is a directory, not a file", source=self.name) from None
            except PermissionError:
                raise DataError("permission denied", source=self.name, hint="check the file's permissions") from None
            except FileNotFoundError:
                raise UsageError("no such file", source=self.name) from None
            except OSError as exc:
                raise DataError(f"cannot read: {exc.strerror or exc}", source=self.name) from None
        if len(data) > MAX_ISSUE_BYTES:
            raise DataError(
                f"input is larger than the {_size(MAX_ISSUE_BYTES)} limit for one issue",
                source=self.name,
                hint="split it into issues first",
            )
        return data


def _size(n: int) -> str:
    """A byte count for a message: 64 MB, 12 KB, 100 bytes."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.0f} {unit}" if n % scale == 0 or n >= 10 * scale else f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def expand_arg(arg: str) -> list[Source]:
    """The sources one command-line argument names, in a stable order.

    A file is itself; a directory gives its ``*.txt`` files recursively, sorted; an argument
    with glob characters that is not an existing path is expanded (``**`` allowed); ``-`` is
    stdin. A missing path or a pattern/directory that matches nothing is a usage error.
    """
    if arg == "-":
        return [Source("-")]
    path = Path(arg)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not found:
            raise UsageError("directory has no .txt files", source=arg, hint="point ghcli at issue text files")
        return [Source(str(p), p) for p in found]
    if path.exists():
        return [Source(arg, path)]
    if GLOB_CHARS.search(arg):
        matches = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isfile(m))
        if not matches:
            raise UsageError("pattern matches no files", source=arg)
        return [Source(m, Path(m)) for m in matches]
    raise UsageError("no such file or directory", source=arg)


def expand_inputs(args: Iterable[str]) -> Iterator[Source]:
    """All sources of all arguments (raises on the first bad argument)."""
    for arg in args:
        yield from expand_arg(arg)


def decode_bytes(data: bytes, name: str = "-", encoding: str | None = None) -> str:
    """Decode one issue's bytes to text; raise DataError saying what is wrong and what to do."""
    if encoding:
        return _decode_as(data, name, encoding, explicit=True)
    if not data.strip():
        raise DataError("file is empty", source=name, hint="nothing to split")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _check_text(_decode_as(data, name, codec), name)
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise DataError(f"binary file ({what}), not issue text", source=name, hint="export the issue as plain text")
    head = data[:DETECT_SAMPLE_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        binary = DataError("binary file (NUL bytes), not issue text", source=name, hint="export the issue as plain text")
        if utf16 is None:
            raise binary
        try:
            text = _decode_as(data, name, utf16)
        except DataError:
            raise binary from None  # NULs that only looked like UTF-16 at the start
        return _check_text(text, name)
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    codec = _detect(head)
    if codec is None:
        raise DataError("cannot tell the text encoding", source=name, hint=ENCODING_HINT)
    return _check_text(_decode_as(data, name, codec), name)


def read_source(source: Source, encoding: str | None = None, stdin: "object | None" = None) -> str:
    """Bytes of one source, decoded."""
    return decode_bytes(source.read_bytes(stdin), source.name, encoding)


def _decode_as(data: bytes, name: str, codec: str, explicit: bool = False) -> str:
    try:
        text = data.decode(codec)
    except LookupError:
        raise UsageError(f"unknown encoding '{codec}'", hint="e.g. utf-8, gb18030, utf-16") from None
    except UnicodeDecodeError as exc:
        raise DataError(
            f"bytes at offset {exc.start} are not valid {codec}",
            source=name,
            hint=ENCODING_HINT if explicit else f"the file looks like {codec}; {ENCODING_HINT}",
        ) from None
    return text.lstrip("\ufeff")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of CJK and ASCII has NULs in a regular pattern; binary data does not."""
    if len(head) < MIN_UTF16_GUESS_BYTES:
        return None  # too little to tell a pattern from chance: binary
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    # ASCII in UTF-16LE puts NULs at odd offsets; a large regular share means UTF-16.
    for codec, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Mostly-CJK text has few NULs (only its ASCII has them): then the decoded text
        # itself must look like writing.
        if (nuls >= half * 0.2 and other <= half * 0.02) or (nuls > other and _looks_like_text(head, codec)):
            try:
                head[: len(head) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def _looks_like_text(head: bytes, codec: str) -> bool:
    """Do ``head``'s bytes, read as ``codec``, give CJK, ASCII and punctuation almost only?"""
    sample = head[: len(head) // 2 * 2].decode(codec, errors="replace")
    good = sum(
        1
        for ch in sample
        if ch in "\n\r\t" or " " <= ch <= "~" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f" or "\u3400" <= ch <= "\u4dbf"
    )
    return good >= len(sample) * 0.95


def _detect(head: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only needed for non-UTF-8 input

    best = from_bytes(head, cp_isolation=DETECT_CANDIDATES).best()
    if best is None:
        return None
    codec = best.encoding.lower().replace("-", "_")
    if codec in GB_FAMILY:
        return "gb18030"
    return codec


def _check_text(text: str, name: str) -> str:
    """Reject decoded text that is really binary (control characters) or empty."""
    if not text.strip():
        raise DataError("file is empty", source=name, hint="nothing to split")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    if controls > len(sample) * 0.01 + 2:
        raise DataError("binary file (control characters), not issue text", source=name, hint="export the issue as plain text")
    return text


# --- issue dates ----------------------------------------------------------------------------

_DATE_PATTERNS = (
    lazy(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.](?P<m>\d{1,2})[-_.](?P<d>\d{1,2})(?!\d)"),
    lazy(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    lazy(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
)
# A dated line near the top of an issue (masthead) gives its date; deeper lines are body text.
DATE_SCAN_LINES = 12


def guess_issue_date(name: str, text: str | None = None) -> str | None:
    """ISO date of an issue from its file name (2023-08-25.txt, 20230825, 2023年8月25日)
    or, failing that, from a dated masthead line near its top."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    for candidate in (base, name):
        found = _first_date(candidate)
        if found:
            return found
    if text:
        for line in text.lstrip("\ufeff").splitlines()[:DATE_SCAN_LINES]:
            line = line.strip()
            if line and len(line) <= 80 and not line.endswith("。"):
                m = _DATE_PATTERNS[2].search(line)
                if m:
                    return _iso(m)
    return None


def _first_date(s: str) -> str | None:
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(s):
            iso = _iso(m)
            if iso:
                return iso
    return None


def _iso(m: re.Match) -> str | None:
    import datetime

    try:
        return datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None
