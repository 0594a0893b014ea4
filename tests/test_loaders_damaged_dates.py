"""Damaged input that used to lose rows or mis-read dates silently (review11 Part 3):
vCards without END:VCARD, day-first dates in LinkedIn and generic CSV files, unreadable
LinkedIn Sent At / Creation Date values, and the shared ``to_utc`` parser."""

from __future__ import annotations

from pathlib import Path

from power1000_analysis.loaders import discover, read_export


def _read(path: Path):
    [found] = discover(path)
    return read_export(found)


def _messages(export, severity: str | None = None) -> list[str]:
    problems = export.problems
    if problems is None or problems.empty:
        return []
    if severity is not None:
        problems = problems[problems["severity"] == severity]
    return list(problems["message"])


# -- V1: vCards without END:VCARD -----------------------------------------------------------


def _card(name: str, email: str, end: bool = True) -> str:
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n"
    return text + ("END:VCARD\r\n" if end else "")


def test_vcards_without_end_are_read_and_counted(tmp_path: Path) -> None:
    # cards 1 and 2 lack END:VCARD (the next BEGIN cuts them), card 4 is cut by the file's end
    text = (
        _card("Ann Arbor", "ann@example.org", end=False)
        + _card("Bob Baker", "bob@example.org", end=False)
        + _card("Cem Cura", "cem@example.org")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Dunn\r\nEMAIL:dee@exam"
    )
    (tmp_path / "contacts-2017-01-15.vcf").write_text(text, encoding="utf-8")
    export = _read(tmp_path)
    assert sorted(export.contacts["name"]) == ["Ann Arbor", "Bob Baker", "Cem Cura", "Dee Dunn"]
    [warning] = [m for m in _messages(export, "warning") if "END:VCARD" in m]
    assert warning.startswith("3 card(s) without END:VCARD")
    assert "cards 1, 2, 4" in warning


def test_well_formed_vcards_give_no_end_warning(tmp_path: Path) -> None:
    text = _card("Ann Arbor", "ann@example.org") + _card("Bob Baker", "bob@example.org")
    (tmp_path / "contacts-2017-01-15.vcf").write_text(text, encoding="utf-8")
    export = _read(tmp_path)
    assert len(export.contacts) == 2
    assert not [m for m in _messages(export) if "END:VCARD" in m]
