"""Nothing given is lost silently: files that no loader claims are named in ``problems``.

Address books, Bluesky repositories, Grailbird tweets.csv and generic CSVs claim single
files, so a folder of them can hold files that fall in no export's scope; those are
reported (a known-but-unread file, Bluesky's chat.jsonl, as a warning saying why).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import ExportFormatError, discover, read_export

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.org\r\nEND:VCARD\r\n"
# one line of chat.jsonl; its real schema is not published (formats notes §4, §8)
CHAT_LINE = json.dumps({"convoId": "c1", "text": "hello", "sentAt": "2025-01-01T00:00:00Z"})


def _book_with_extras(folder: Path) -> Path:
    folder.mkdir()
    (folder / "contacts.vcf").write_text(VCARD, encoding="utf-8")
    (folder / "chat.jsonl").write_text(CHAT_LINE + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # media: not reported
    return folder


def test_files_no_loader_claims_are_a_problem_row(tmp_path: Path) -> None:
    folder = _book_with_extras(tmp_path / "exports")
    [found] = discover(folder)
    assert sorted(found.unclaimed) == ["chat.jsonl", "notes.txt"]
    net = p1k.load(folder)
    assert len(net.contacts) == 1  # the address book still loads
    row = net.problems[net.problems["message"].str.contains("not recognised by any loader")]
    assert len(row) == 1
    message = row["message"].iloc[0]
    assert "chat.jsonl" in message and "notes.txt" in message and "photo.jpg" not in message
    assert "Bluesky chat export" in message
    assert row["severity"].iloc[0] == "warning" and row["n_skipped"].iloc[0] == 2


def test_an_unknown_file_alone_beside_an_export_is_info(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "contacts.vcf").write_text(VCARD, encoding="utf-8")
    (folder / "README.md").write_text("where these came from\n", encoding="utf-8")
    result = read_export(discover(folder)[0])
    row = result.problems[result.problems["message"].str.contains("README.md")]
    assert row["severity"].tolist() == ["info"]


def test_chat_jsonl_alone_raises_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "bluesky"
    folder.mkdir()
    (folder / "chat.jsonl").write_text(CHAT_LINE + "\n", encoding="utf-8")
    with pytest.raises(ExportFormatError, match=r"Bluesky chat export \(chat\.jsonl\)"):
        discover(folder)


def test_sample_answer_key_is_not_reported() -> None:
    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    assert all(not f.unclaimed for f in discover(sample))


def test_cached_load_reports_a_file_added_later(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "contacts.vcf").write_text(VCARD, encoding="utf-8")
    store = tmp_path / "cache"
    first = p1k.load(folder, cache_dir=store)
    assert not first.problems["message"].str.contains("not recognised").any()
    (folder / "chat.jsonl").write_text(CHAT_LINE + "\n", encoding="utf-8")
    second = p1k.load(folder, cache_dir=store)
    assert second.problems["message"].str.contains("chat.jsonl").any()


def test_unclaimed_files_are_named_relative_to_the_path_given(tmp_path: Path) -> None:
    """No absolute path (the user's home) in the row: members relative to the path given,
    a zip inside the given folder as ``sub/x.zip::member``."""
    import zipfile

    folder = _book_with_extras(tmp_path / "exports")
    (folder / "sub").mkdir()
    with zipfile.ZipFile(folder / "sub" / "extra.zip", "w") as archive:
        archive.writestr("Hans Gruber therapy notes.txt", "private\n")
    [found] = discover(folder)
    assert sorted(found.unclaimed) == [
        "chat.jsonl",
        "notes.txt",
        "sub/extra.zip::Hans Gruber therapy notes.txt",
    ]
    net = p1k.load(folder, cache_dir=False)
    row = net.problems[net.problems["message"].str.contains("not recognised by any loader")]
    assert str(tmp_path) not in row["message"].iloc[0]
    assert row["source"].iloc[0] == str(folder)


def test_pseudonymize_reduces_file_lists_to_counts(tmp_path: Path) -> None:
    from power1000_analysis.anonymize import find_leaks, pseudonymize

    folder = _book_with_extras(tmp_path / "exports")
    (folder / "Hans Gruber therapy notes.txt").write_text("private\n", encoding="utf-8")
    net = p1k.load(folder, cache_dir=False)
    shared = pseudonymize(net, salt="s")
    [message] = shared.problems["message"][
        shared.problems["message"].str.contains("not recognised by any loader")
    ].tolist()
    assert message.startswith(
        "3 file(s) given beside the exports were not recognised by any loader and not read "
        "(names left out)."
    )
    assert "Bluesky chat export (chat.jsonl)" in message  # the fixed hint stays
    assert "Hans Gruber" not in message and "notes.txt" not in message
    out = tmp_path / "out"
    out.mkdir()
    shared.problems.to_csv(out / "problems.csv")
    assert not find_leaks(out, ["Hans Gruber", str(tmp_path)])


def test_file_listing_rows_without_user_names() -> None:
    from power1000_analysis.loaders import without_file_names

    assert (
        without_file_names("2 file(s) not used by the facebook loader: me/Hans.txt, a.json")
        == "2 file(s) not used by the facebook loader (names left out)"
    )
    listed = (
        "2 recognised file(s) not used by the instagram loader: "
        "connections/followers_and_following/blocked_profiles.json (accounts you blocked, "
        "not ties); Hans stuff/synced_contacts.json (address book)"
    )
    names = [
        "connections/followers_and_following/blocked_profiles.json",
        "Hans stuff/synced_contacts.json",
    ]
    assert without_file_names(listed, names) == (
        "2 recognised file(s) not used by the instagram loader: blocked_profiles.json "
        "(accounts you blocked, not ties); synced_contacts.json (address book)"
    )
    # a name not known as a recognised file leaves a path: the names go
    assert without_file_names(listed, names[:1]) == (
        "2 recognised file(s) not used by the instagram loader (names left out)"
    )
    assert without_file_names("3 comments not counted") == "3 comments not counted"
