"""Damaged input that used to lose rows or mis-read dates silently (review11 Part 3):
vCards without END:VCARD, day-first dates in LinkedIn and generic CSV files, unreadable
LinkedIn Sent At / Creation Date values, and the shared ``to_utc`` parser."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from power1000_analysis.loaders import discover, read_export
from power1000_analysis.loaders._text import date_order, to_utc


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


# -- X2: the shared parser decides day/month order per column ------------------------------


def test_to_utc_reads_a_day_first_column_day_first() -> None:
    # createdAt re-written as DD/MM/YYYY: pandas' per-value guess read 05/01 as 1 May
    times = to_utc(["14/01/2017 22:10:12", "05/01/2017 09:00:00", "12/12/2016 08:00:00"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == ["2017-01-14", "2017-01-05", "2016-12-12"]


def test_to_utc_reads_a_month_first_column_month_first() -> None:
    times = to_utc(["01/14/2017", "05/01/2017"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == ["2017-01-14", "2017-05-01"]


def test_to_utc_refuses_numeric_dates_the_column_leaves_ambiguous() -> None:
    # 05/01/2017 is 5 January or 1 May: refused (NaT), not guessed; unambiguous ones read
    times = to_utc(["05/01/2017", "06/02/2017", "Sat Jan 14 22:10:12 +0000 2017", None])
    assert times.isna().tolist() == [True, True, False, True]
    both = to_utc(["14/01/2017", "01/14/2017", "03/04/2017"])
    assert both.isna().tolist() == [False, False, True]
    assert date_order(["14/01/2017", "01/14/2017"]).conflicting


def test_to_utc_iso_values_read_as_before() -> None:
    values = ["2017-01-14T22:10:12.000Z", "2017-01-14T22:10:12+02:00", "2017-01-14 22:10:12"]
    assert to_utc(values).tolist() == [
        pd.Timestamp("2017-01-14 22:10:12", tz="UTC"),
        pd.Timestamp("2017-01-14 20:10:12", tz="UTC"),
        pd.Timestamp("2017-01-14 22:10:12", tz="UTC"),  # naive = UTC, not the previous +02:00
    ]
    # ISO beside a day-first value: each read in its own way
    mixed = to_utc(["2017-01-14T22:10:12+02:00", "2017-01-14 22:10:12", "13/01/2017"])
    assert mixed.dt.strftime("%Y-%m-%d %H").tolist() == [
        "2017-01-14 20",
        "2017-01-14 22",
        "2017-01-13 00",
    ]


# -- L1 / L2: LinkedIn dates ----------------------------------------------------------------

_CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _linkedin(tmp_path: Path, connected_on: list[str], sent_at: list[str] | None = None):
    folder = tmp_path / "Complete_LinkedInDataExport_01-15-2017"
    folder.mkdir()
    rows = "".join(
        f'P{i},Q,https://www.linkedin.com/in/p{i},,,,"{day}"\n'
        for i, day in enumerate(connected_on)
    )
    (folder / "Connections.csv").write_text(_CONNECTIONS_HEADER + rows, encoding="utf-8")
    if sent_at is not None:
        invitations = "".join(
            f'Ada Lovelace,R{i},"{when}",,OUTGOING\n' for i, when in enumerate(sent_at)
        )
        (folder / "Invitations.csv").write_text(
            "From,To,Sent At,Message,Direction\n" + invitations, encoding="utf-8"
        )
    return _read(tmp_path)


def _connected(export) -> list[str]:
    frame = export.contacts.sort_values("first_name")
    return [d.strftime("%Y-%m-%d") if not pd.isna(d) else "" for d in frame["connected_at"]]


def test_linkedin_day_first_column_is_read_day_first(tmp_path: Path) -> None:
    # Connections.csv re-saved by a European spreadsheet: DD/MM/YYYY. 05/01/2017 used to be
    # read as 1 May 2017 (after the export of 15 January) and 14/01/2017 was unreadable.
    export = _linkedin(tmp_path, ["14/01/2017", "05/01/2017", "11/01/2017", "08 Feb 2016"])
    assert _connected(export) == ["2017-01-14", "2017-01-05", "2017-01-11", "2016-02-08"]
    messages = _messages(export)
    assert any("3 Connected On value(s) written day first" in m for m in messages)
    assert not any("unknown date format" in m or "after the export" in m for m in messages)


def test_linkedin_day_first_two_digit_years_are_read(tmp_path: Path) -> None:
    # review11b LI-2: "14/01/17" was both "written day first; read as D/M/Y" and "in an
    # unknown date format", every date left empty
    export = _linkedin(tmp_path, ["14/01/17", "05/01/17", "08.02.16"])
    assert _connected(export) == ["2017-01-14", "2017-01-05", "2016-02-08"]
    messages = _messages(export)
    assert any("Connected On value(s) written day first" in m for m in messages), messages
    assert not any("unknown date format" in m for m in messages), messages


def test_linkedin_ambiguous_column_keeps_us_order_and_warns(tmp_path: Path) -> None:
    export = _linkedin(tmp_path, ["05/01/2016", "01/03/2016", "01/20/2016"])
    assert _connected(export) == ["2016-05-01", "2016-01-03", "2016-01-20"]
    [warning] = [m for m in _messages(export, "warning") if "could be D/M/Y or M/D/Y" in m]
    assert warning.startswith("2 Connected On value(s) could be D/M/Y or M/D/Y")


def test_linkedin_native_us_dates_raise_no_order_warning(tmp_path: Path) -> None:
    # LinkedIn's own 2018 form: M/D by the format notes, not doubted
    export = _linkedin(tmp_path, ["3/12/16, 4:05 PM", "1/2/17, 9:00 AM"])
    assert _connected(export) == ["2016-03-12", "2017-01-02"]
    assert _messages(export) == []


def test_linkedin_connected_after_the_export_date_is_a_warning(tmp_path: Path) -> None:
    export = _linkedin(tmp_path, ["08 Feb 2016", "15 Jan 2017", "01 Nov 2017"])
    assert _connected(export) == ["2016-02-08", "2017-01-15", "2017-11-01"]
    [warning] = [m for m in _messages(export, "warning") if "after the export date" in m]
    assert warning.startswith("1 Connected On value(s) after the export date 2017-01-15")


_MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)


def test_linkedin_day_first_message_dates_keep_their_time(tmp_path: Path) -> None:
    # review11b LI-1: messages.csv re-saved with DD/MM/YYYY HH:MM:SS dates lost every
    # message's time ("unreadable DATE; kept with an empty time"): read day first now, as
    # Connections.csv's dates are
    folder = tmp_path / "Complete_LinkedInDataExport_01-15-2017"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        _CONNECTIONS_HEADER + 'Nan,B,https://www.linkedin.com/in/nan-b,,,,"08 Feb 2016"\n',
        encoding="utf-8",
    )
    me = "https://www.linkedin.com/in/ada-l"
    nan = "https://www.linkedin.com/in/nan-b"
    rows = [
        ("1", "Nan B", nan, "Ada L", me, "14/01/2017 12:09:23"),
        ("1", "Ada L", me, "Nan B", nan, "05/01/2017 08:00:00"),
        ("2", "Nan B", nan, "Ada L", me, "2016-03-02 10:00:00 UTC"),
    ]
    text = "".join(
        f"c{c},,{who},{url},{to},{to_url},{when},,hello,INBOX\n"
        for c, who, url, to, to_url, when in rows
    )
    (folder / "messages.csv").write_text(_MESSAGES_HEADER + text, encoding="utf-8")
    export = _read(tmp_path)
    times = sorted(export.interactions["at"].dt.strftime("%Y-%m-%d %H:%M:%S"))
    assert times == ["2016-03-02 10:00:00", "2017-01-05 08:00:00", "2017-01-14 12:09:23"]
    messages = _messages(export)
    assert any("2 DATE value(s) written day first" in m for m in messages), messages
    assert not any("unreadable DATE" in m for m in messages)


def test_linkedin_unreadable_sent_at_is_counted(tmp_path: Path) -> None:
    export = _linkedin(
        tmp_path,
        ["08 Feb 2016"],
        sent_at=["14.1.17, 12:21", "1/2/17, 9:00 AM", "2017-01-03 10:00 AM"],
    )
    sent = export.requests.sort_values("name")["sent_at"]
    assert sent.isna().tolist() == [True, False, False]
    assert sent.iloc[2] == pd.Timestamp("2017-01-03 10:00", tz="UTC")
    [warning] = [m for m in _messages(export, "warning") if "Sent At" in m]
    assert warning.startswith("1 Sent At value(s) in an unknown date format")
    assert "sent_at left empty" in warning


def test_linkedin_unreadable_recommendation_and_endorsement_dates_are_counted(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Complete_LinkedInDataExport_01-15-2017"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        _CONNECTIONS_HEADER + "Grace,Hopper,https://www.linkedin.com/in/grace,,,,08 Feb 2016\n",
        encoding="utf-8",
    )
    (folder / "Recommendations_Received.csv").write_text(
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        'Grace,Hopper,,,Great,"someday",VISIBLE\n'
        'Grace,Hopper,,,Again,"1/2/17, 9:00 AM",VISIBLE\n',
        encoding="utf-8",
    )
    (folder / "Endorsement_Received_Info.csv").write_text(
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,"
        "Endorser Public Url,Endorsement Status\n"
        "sometime,Python,Grace,Hopper,www.linkedin.com/in/grace,ACCEPTED\n",
        encoding="utf-8",
    )
    export = _read(tmp_path)
    messages = _messages(export, "warning")
    assert any(m.startswith("1 Creation Date value(s) in an unknown date format") for m in messages)
    assert any(
        m.startswith("1 Endorsement Date value(s) in an unknown date format") for m in messages
    )
    assert len(export.interactions) == 3  # kept, with an empty time


# -- Q1 / Q2: generic CSV -------------------------------------------------------------------


def _generic(tmp_path: Path, text: str):
    (tmp_path / "quora-followers-2017-01-15.csv").write_text(text, encoding="utf-8")
    return _read(tmp_path)


def test_generic_day_first_connected_at_keeps_every_contact(tmp_path: Path) -> None:
    # Excel's European re-save: every row used to be skipped with one warning per row
    export = _generic(
        tmp_path,
        "platform,name,handle,connected_at\n"
        "quora,Ann,ann,22/11/2011\n"
        "quora,Bob,bob,06/03/2012\n"
        "quora,Cem,cem,2013-04-05\n",
    )
    dates = export.contacts.set_index("contact_key")["connected_at"]
    assert dates.dt.strftime("%Y-%m-%d").to_dict() == {
        "ann": "2011-11-22",
        "bob": "2012-03-06",
        "cem": "2013-04-05",
    }
    [problem] = export.problems.to_dict("records")
    assert problem["severity"] == "info"
    assert problem["message"].startswith("2 connected_at value(s) read as DD/MM/YYYY")


def test_generic_unreadable_connected_at_is_one_warning_and_rows_stay(tmp_path: Path) -> None:
    # 01/02/2012 … 08/01/2012: no day above 12, so no way to tell; 05/05/2012 reads one way
    rows = "".join(f"quora,P{i},p{i},{i:02d}/{i % 8 + 1:02d}/2012\n" for i in range(1, 9))
    rows += "quora,Q,q,05/05/2012\n"
    export = _generic(
        tmp_path, "platform,name,handle,connected_at\n" + rows + "quora,Z,z,yesterday\n"
    )
    assert len(export.contacts) == 10
    dates = export.contacts.set_index("contact_key")["connected_at"]
    assert dates.drop("q").isna().all()
    assert dates["q"] == pd.Timestamp("2012-05-05", tz="UTC")
    [problem] = export.problems.to_dict("records")
    assert problem["severity"] == "warning"
    message = problem["message"]
    assert message.startswith("9 connected_at value(s) not read (day and month could be")
    assert "row 2 '01/02/2012'" in message
    assert "and 4 more" in message
    assert "kept with connected_at empty" in message


def test_generic_without_platform_says_the_column_is_missing(tmp_path: Path) -> None:
    export = _generic(tmp_path, "name,handle,connected_at\nAnn,ann,2011-11-22\n")
    [problem] = export.problems.to_dict("records")
    assert problem["severity"] == "error"
    assert problem["message"].startswith("missing required column(s) platform (header has:")


def test_generic_without_platform_claims_only_its_own_columns(tmp_path: Path) -> None:
    from power1000_analysis.loaders import generic_csv
    from power1000_analysis.loaders._archive import FolderArchive

    (tmp_path / "people.csv").write_text("name,phone\nAnn,123\n", encoding="utf-8")
    (tmp_path / "log.csv").write_text("date,name\n2020-01-01,x\n", encoding="utf-8")
    assert generic_csv.detect(FolderArchive(tmp_path)) == []


def test_generic_row_cut_by_the_end_of_the_file_is_skipped(tmp_path: Path) -> None:
    export = _generic(
        tmp_path,
        "platform,name,handle,profile_url,connected_at\n"
        "quora,Ann,ann,,2011-11-22\n"
        "quora,Bob\n"  # a short row inside the file: kept, said once
        "quora,Javier B",  # the file ends inside this row
    )
    assert sorted(export.contacts["name"]) == ["Ann", "Bob"]
    messages = _messages(export)
    assert any(m.startswith("row 4: the file ends inside this row (2 of 5 cells") for m in messages)
    assert any(
        m.startswith("1 row(s) with fewer cells than the header (5): row 3") for m in messages
    )


def test_generic_header_only_file_is_a_warning(tmp_path: Path) -> None:
    export = _generic(tmp_path, "platform,name,handle\n")
    assert _messages(export, "warning") == ["no rows under the header: nothing to read"]


def test_generic_day_first_interactions_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "quora-interactions-2019-05-01.csv").write_text(
        "platform,at,handle,direction,kind\n"
        "quora,13/04/2019 10:00,ada,in,comment\n"
        "quora,02/04/2019,ada,out,comment\n"
        "quora,someday,ada,in,comment\n"
        "quora,later,ada,in,comment\n",
        encoding="utf-8",
    )
    export = _read(tmp_path)
    assert export.interactions["at"].dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2019-04-13 10:00",
        "2019-04-02 00:00",
    ]
    messages = _messages(export)
    assert messages[0].startswith("2 at value(s) read as DD/MM/YYYY")
    # the two unreadable rows: one warning, not one per row
    assert messages[1].startswith("2 at value(s) not read (not a date this format reads: row 4")
    assert export.problems["n_skipped"].tolist() == [0, 2]
