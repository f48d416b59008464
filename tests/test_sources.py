"""Reading issues: encodings, inputs, dates, and bad input."""

import pytest

from ghcli.errors import DataError, UsageError
from ghcli.sources import decode_bytes, expand_inputs, guess_issue_date

TEXT = "## 大兴各级工会打造职工“心灵港湾”\n\n本报讯（记者 孙艳）正值暑期，大兴区各级工会积极关注职工群众心理健康。\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(codec):
    data = TEXT.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data, "x.txt") == TEXT


def test_gb18030_with_crlf_is_detected():
    assert decode_bytes(TEXT.replace("\n", "\r\n").encode("gb18030")) == TEXT.replace("\n", "\r\n")


def test_explicit_encoding_overrides_and_bad_one_is_a_usage_error():
    assert decode_bytes(TEXT.encode("gb18030"), "x.txt", "gb18030") == TEXT
    with pytest.raises(UsageError, match="unknown encoding"):
        decode_bytes(b"abc", "x.txt", "no-such-codec")
    with pytest.raises(DataError, match="not valid utf-8"):
        decode_bytes(TEXT.encode("gb18030"), "x.txt", "utf-8")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"  \n\r\n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_input_is_a_data_error_naming_the_file(data, message):
    with pytest.raises(DataError, match=message) as info:
        decode_bytes(data, "bad.txt")
    assert info.value.line().startswith("bad.txt: ")
    assert "\n" not in info.value.line()


def test_inputs_directory_glob_and_errors(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    names = [s.name for s in expand_inputs([str(tmp_path)])]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]
    assert [s.name for s in expand_inputs([str(tmp_path / "**" / "*.txt")])] == names
    assert [s.name for s in expand_inputs(["-"])] == ["-"]
    with pytest.raises(UsageError, match="no such file"):
        list(expand_inputs([str(tmp_path / "missing.txt")]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no .txt files"):
        list(expand_inputs([str(tmp_path / "empty")]))
    with pytest.raises(UsageError, match="matches no files"):
        list(expand_inputs([str(tmp_path / "*.csv")]))


@pytest.mark.parametrize(
    "name, text, date",
    [
        ("issues/2023-08-25.txt", None, "2023-08-25"),
        ("ldwb_20230825_p3.txt", None, "2023-08-25"),
        ("劳动午报2023年8月25日.txt", None, "2023-08-25"),
        ("000_e8ce5f1fa4209a3c.txt", None, None),
        ("page3.txt", "劳动午报 2024年2月20日 星期二\n## 标题\n正文", "2024-02-20"),
        ("page3.txt", "## 标题\n正文说2023年13月45日不是日期", None),
    ],
)
def test_issue_dates(name, text, date):
    assert guess_issue_date(name, text) == date
