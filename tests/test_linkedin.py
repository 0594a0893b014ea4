"""LinkedIn loader: every export generation 2018 → 2026 on small hand-written fixtures.

Fixtures live in ``tests/fixtures/linkedin/<generation>/`` (synthetic people: Ada Lovelace is
the owner); a few variants are built here from strings.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import discover, linkedin, read_export
from power1000_analysis.loaders._archive import FolderArchive

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "linkedin"
ADA = "https://www.linkedin.com/in/ada-lovelace"
GRACE = "https://www.linkedin.com/in/grace-hopper"
JANE = "https://www.linkedin.com/in/jane-doe-phd"
ZOE = "https://www.linkedin.com/in/zoë-brandt"
ALAN = "https://www.linkedin.com/in/alan-turing"


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def load_one(path: Path):
    [found] = discover(path)
    assert found.platform == "linkedin"
    return found, read_export(found)


def messages(export) -> pd.DataFrame:
    frame = export.interactions
    return (
        frame[frame["kind"] == "message"].sort_values(["at", "contact_key"]).reset_index(drop=True)
    )


# -- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "generation", "exported"),
    [
        ("2018", "2018", "2018-11-04"),
        ("2021", "2020-2021", "2021-05-14"),
        ("2022", "2021-2023", "2022-09-12"),
        ("2024", "2023-2025", "2024-12-02"),
        ("2025", "2023-2025", "2025-08-26"),
        ("2026", "2026", "2026-03-15"),
    ],
)
def test_detects_generation_root_and_export_date(folder, generation, exported):
    found, export = load_one(FIXTURES / folder)
    assert found.detection.generation == generation
    assert found.detection.confidence == 90
    # The export sits in a nested Complete_/Basic_LinkedInDataExport_MM-DD-YYYY folder.
    assert found.detection.root.endswith(exported[5:7] + "-" + exported[8:] + "-" + exported[:4])
    assert export.exported_at == utc(exported)
    assert export.generation == generation


def test_detect_ignores_non_linkedin_csv(tmp_path):
    (tmp_path / "Connections.csv").write_text("Name,Phone\nBob,123\n", encoding="utf-8")
    assert linkedin.detect(FolderArchive(tmp_path)) == []


def test_root_connections_beside_nested_export_folder_is_one_export(tmp_path):
    # 2025 repos were seen with Connections.csv beside the Complete_… folder holding the rest.
    nested = tmp_path / "Complete_LinkedInDataExport_08-26-2025"
    shutil.copytree(FIXTURES / "2025" / nested.name, nested)
    shutil.move(nested / "Connections.csv", tmp_path / "Connections.csv")
    [detection] = linkedin.detect(FolderArchive(tmp_path))
    assert detection.root == ""
    export = linkedin.read(FolderArchive(tmp_path), detection)
    assert len(export.contacts) == 4
    assert (export.interactions["kind"] == "message").sum() == 7


# -- Connections.csv ------------------------------------------------------------------------------


def test_2018_connections_no_preamble_us_datetime_and_namesakes():
    _, export = load_one(FIXTURES / "2018")
    contacts = export.contacts.set_index("contact_key")
    assert list(contacts.index) == ["name:grace hopper", "name:alan turing", "name:alan turing#2"]
    assert contacts.loc["name:grace hopper", "connected_at"] == utc("2018-10-03 16:05")
    assert contacts.loc["name:grace hopper", "email"] == "grace@example.org"
    # Namesakes are numbered by Connected On, oldest first.
    assert contacts.loc["name:alan turing", "company"] == "Bletchley Park"
    assert contacts.loc["name:alan turing#2", "company"] == "Manchester"
    assert set(contacts["relation"]) == {"connection"}
    assert export.extra["hidden_connections"] == 0


def test_2021_connections_no_preamble_quoted_comma_and_hidden_row_without_final_newline():
    _, export = load_one(FIXTURES / "2021")
    contacts = export.contacts.set_index("contact_key")
    assert list(contacts.index) == ["name:grace hopper", "name:jane doe, ph.d."]
    jane = contacts.loc["name:jane doe, ph.d."]
    assert (jane["name"], jane["company"]) == ("Jane Doe, Ph.D.", "Acme, Inc.")
    assert jane["connected_at"] == utc("2020-04-12")
    assert export.extra["hidden_connections"] == 1


def test_2022_notes_preamble_is_found_by_scanning_and_hidden_rows_are_counted():
    _, export = load_one(FIXTURES / "2022")
    assert len(export.contacts) == 3
    assert export.extra["hidden_connections"] == 2
    hidden = export.problems[export.problems["message"].str.contains("hidden or closed")]
    assert hidden[["severity", "n_skipped"]].values.tolist() == [["info", 2]]
    assert hidden["source"].iloc[0].endswith("Connections.csv")
    # The newer namesake (2022) gets #2 although it is listed first in the file.
    keyed = export.contacts.set_index("contact_key")
    assert keyed.loc["name:alan turing#2", "email"] == "alan@example.org"
    assert keyed.loc["name:alan turing", "connected_at"] == utc("2019-03-09")


def test_preamble_with_blank_lines_never_loses_data_rows(tmp_path):
    # Stripping up to the first blank line would delete data from a file without preamble.
    folder = tmp_path / "Basic_LinkedInDataExport_01-02-2020"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Grace,Hopper,,US Navy,Admiral,03 Feb 2019\n\n"
        "Alan,Turing,,Bletchley,Reader,04 Feb 2019\n",
        encoding="utf-8",
    )
    _, export = load_one(tmp_path)
    assert sorted(export.contacts["name"]) == ["Alan Turing", "Grace Hopper"]


def test_2025_url_keys_percent_decoded_and_hidden_rows():
    _, export = load_one(FIXTURES / "2025")
    contacts = export.contacts.set_index("contact_key")
    assert sorted(contacts.index) == sorted([GRACE, ZOE, JANE, ALAN])
    assert contacts.loc[ZOE, "name"] == "Zoë Brandt"
    assert contacts.loc[ZOE, "handle"] == "zoë-brandt"
    assert contacts.loc[ZOE, "connected_at"] == utc("2023-02-08")
    assert contacts.loc[JANE, "email"] == "jane@example.org"
    assert export.extra["hidden_connections"] == 3
    assert not export.contacts["name"].isna().any()


def test_excel_resave_bom_crlf_and_d_mon_yy_dates():
    _, export = load_one(FIXTURES / "excel-resave")
    dates = export.contacts.set_index("name")["connected_at"]
    assert dates["Grace Hopper"] == utc("2021-02-03")
    assert dates["Alan Turing"] == utc("2022-09-09")
    assert export.contacts["connected_at"].dt.tz is not None


def test_unknown_connected_on_format_is_a_warning_not_a_crash(tmp_path):
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Grace,Hopper,,US Navy,Admiral,sometime\n",
        encoding="utf-8",
    )
    _, export = load_one(tmp_path)
    assert export.contacts["connected_at"].isna().all()
    assert export.problems["message"].str.contains("unknown date format").any()


# -- Invitations.csv ------------------------------------------------------------------------------


def test_2025_invitations_with_urls_directions_and_status():
    _, export = load_one(FIXTURES / "2025")
    requests = export.requests.set_index("name")
    assert requests.loc["Charles Babbage", "direction"] == "sent"
    assert requests.loc["Charles Babbage", "status"] == "pending"
    assert requests.loc["Charles Babbage", "sent_at"] == utc("2025-08-20 19:12")
    assert requests.loc["Charles Babbage", "contact_key"] == (
        "https://www.linkedin.com/in/charles-babbage"
    )
    assert requests.loc["Mary Somerville", "direction"] == "received"
    assert requests.loc["Mary Somerville", "status"] == "pending"
    # Alan is already a connection in the same export: the invitation was accepted.
    assert requests.loc["Alan Turing", "status"] == "accepted"
    assert requests.loc["Alan Turing", "resolved_at"] == utc("2025-08-01")
    assert export.owner_details["profile_urls"] == [ADA]


def test_2018_invitations_without_urls_match_connections_by_name():
    _, export = load_one(FIXTURES / "2018")
    requests = export.requests.set_index("name")
    assert requests.loc["Grace Hopper", "contact_key"] == "name:grace hopper"
    assert requests.loc["Grace Hopper", "status"] == "accepted"
    assert pd.isna(requests.loc["Charles Babbage", "contact_key"])
    assert requests.loc["Charles Babbage", "status"] == "pending"


def test_pending_invitation_becomes_accepted_in_a_later_snapshot(tmp_path):
    early = tmp_path / "Basic_LinkedInDataExport_01-01-2025"
    late = tmp_path / "Basic_LinkedInDataExport_06-01-2025"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    for folder in (early, late):
        folder.mkdir()
        # The owner (Profile.csv) ties the two snapshots to one account.
        (folder / "Profile.csv").write_text(
            "First Name,Last Name\nAda,Lovelace\n", encoding="utf-8"
        )
    (early / "Connections.csv").write_text(header, encoding="utf-8")
    (early / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'Ada Lovelace,Grace Hopper,"12/20/24, 7:12 PM",,OUTGOING,{ADA},{GRACE}\n',
        encoding="utf-8",
    )
    (late / "Connections.csv").write_text(
        header + f"Grace,Hopper,{GRACE},,US Navy,Admiral,05 Jan 2025\n", encoding="utf-8"
    )
    network = p1k.load(early, late)
    assert network.requests[["status", "resolved_at"]].values.tolist() == [
        ["accepted", utc("2025-01-05")]
    ]


# -- messages.csv ---------------------------------------------------------------------------------


def test_2018_messages_direction_column_and_drafts():
    _, export = load_one(FIXTURES / "2018")
    rows = messages(export)
    assert rows[["at", "direction", "contact_key"]].values.tolist() == [
        [utc("2018-10-04 08:15"), "in", "name:grace hopper"],
        [utc("2018-10-04 09:40"), "out", "name:grace hopper"],
    ]
    assert export.extra["draft_messages"] == 1


def test_2021_nine_column_messages_resolve_name_keyed_connections():
    _, export = load_one(FIXTURES / "2021")
    rows = messages(export)
    assert rows[["direction", "contact_key", "thread_key", "n_participants"]].values.tolist() == [
        ["in", "name:grace hopper", "2-AAA==", 2],
        ["out", "name:grace hopper", "2-AAA==", 2],
        # "Jane Doe, Ph.D." in TO is one person, not two.
        ["out", "name:jane doe, ph.d.", "2-BBB==", 2],
    ]
    assert export.owner == "Ada Lovelace"  # no Profile.csv: inferred from the messages


def test_2022_crlf_multiline_content_and_sponsored_rows():
    _, export = load_one(FIXTURES / "2022")
    rows = messages(export)
    assert rows[["direction", "name"]].values.tolist() == [
        ["in", "Grace Hopper"],
        ["out", "Grace Hopper"],
    ]
    assert export.extra["messages_rows"] == 4
    assert export.extra["sponsored_messages"] == 2  # spinmail InMail + "LinkedIn Member"
    sponsored = export.problems[export.problems["message"].str.contains("sponsored")]
    assert sponsored["n_skipped"].tolist() == [2]


def test_2024_message_draft_flag_drops_drafts():
    _, export = load_one(FIXTURES / "2024")
    rows = messages(export)
    assert rows["direction"].tolist() == ["in", "out"]
    assert export.extra["draft_messages"] == 1


def test_2025_group_thread_one_row_per_other_participant():
    _, export = load_one(FIXTURES / "2025")
    rows = messages(export)
    assert len(rows) == 7
    group_out = rows[(rows["thread_key"] == "2-G2==") & (rows["direction"] == "out")]
    assert sorted(group_out["contact_key"]) == sorted([GRACE, JANE, ZOE])
    assert set(group_out["n_participants"]) == {4}
    assert group_out["event_key"].nunique() == 3
    group_in = rows[(rows["thread_key"] == "2-G2==") & (rows["direction"] == "in")]
    assert group_in[["contact_key", "name", "n_participants"]].values.tolist() == [
        [JANE, "Jane Doe, Ph.D.", 4]
    ]
    one_to_one = rows[rows["thread_key"] == "2-G1=="]
    assert one_to_one[["at", "direction"]].values.tolist() == [
        [utc("2025-03-01 10:00"), "in"],
        [utc("2025-03-01 10:05"), "out"],
    ]
    # Sponsored (no sender URL / spinmail HTML) and "LinkedIn Member" rows are not people.
    assert export.extra["sponsored_messages"] == 3
    assert "Rita Recruiter" not in set(rows["name"])
    assert "Vendor Person" not in set(rows["name"])


def test_2026_quoted_header_and_crlf_inside_content():
    _, export = load_one(FIXTURES / "2026")
    rows = messages(export)
    assert rows[["at", "direction", "contact_key"]].values.tolist() == [
        [utc("2026-02-01 12:00"), "in", ALAN],
        [utc("2026-02-01 12:30"), "out", ALAN],
    ]
    assert str(rows["at"].dtype) == "datetime64[ns, UTC]"


def test_mid_2023_ten_column_header_built_from_string(tmp_path):
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        f"2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},2023-06-01 14:03:22 UTC,,Hi,INBOX\n"
        f"2-X==,,Ada Lovelace,{ADA},Grace Hopper,{GRACE},2023-06-01 14:05:00 UTC,,Hey,INBOX\n",
        encoding="utf-8",
    )
    (tmp_path / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    found, export = load_one(tmp_path)
    assert found.detection.confidence == 80  # no Connections.csv
    assert messages(export)[["direction", "contact_key"]].values.tolist() == [
        ["in", GRACE],
        ["out", GRACE],
    ]
    assert "contacts" in export.missing


def unknown_files(export) -> pd.Series:
    """The "N file(s) not used" rows: files the loader does not recognise at all."""
    messages = export.problems["message"]
    return messages[messages.str.match(r"\d+ file\(s\) not used")]


def not_used_files(export) -> list[str]:
    """The "N recognised file(s) not used" rows: known files deliberately not read."""
    messages = export.problems["message"]
    return messages[messages.str.match(r"\d+ recognised file\(s\) not used")].tolist()


def test_bot_and_learning_coach_files_are_recognised_not_read():
    _, export = load_one(FIXTURES / "2025")
    assert unknown_files(export).empty, unknown_files(export).tolist()
    [listed] = not_used_files(export)
    assert "coach_messages.csv" in listed and "Reactions.csv" in listed
    assert {
        "guide_messages.csv",
        "coach_messages.csv",
        "learning_coach_messages.csv",
        "learning_role_play_messages.csv",
        "LearningCoachMessages.csv",
        "Reactions.csv",
        "Comments.csv",
    } <= export.files_read


def test_numbered_2026_comments_file_is_recognised():
    _, export = load_one(FIXTURES / "2026")
    assert "Comments_34875879.csv" in export.files_read
    assert unknown_files(export).empty
    [listed] = not_used_files(export)
    assert "Comments_34875879.csv" in listed


def test_unknown_files_are_listed(tmp_path):
    # A file the loader does not know is reported, not dropped silently.
    [folder] = (FIXTURES / "2021").iterdir()
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    (copy / "Brand_New_Feature.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    _, export = load_one(tmp_path)
    assert unknown_files(export).str.contains("Brand_New_Feature.csv").tolist() == [True]


def test_recognised_files_not_read_are_listed_with_why(tmp_path):
    # Files the loader knows and does not read are not dropped silently either: one info
    # row names them, with the reason.
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Grace,Hopper,{GRACE},,Navy,Admiral,08 Feb 2023\n",
        encoding="utf-8",
    )
    planted = {
        "Member_Follows.csv": "Date,Status,FullName\n2025-08-01 09:00:00,Active,Alan Turing\n",
        "Contacts.csv": "Source,FirstName,LastName\nGoogle,Alan,Turing\n",
        "Imported Contacts.csv": "First Name,Last Name\nAlan,Turing\n",
        "Notes.csv": "Connection First Name,Connection Last Name,Connection Profile URL,Note\n"
        f"Grace,Hopper,{GRACE},met at a conference\n",
        "Reactions.csv": "Date,Type,Link\n2025-08-01 09:00:00,LIKE,https://x\n",
        "Comments.csv": "Date,Link,Message\n2025-08-01 09:00:00,https://x,nice\n",
        "Shares.csv": "Date,ShareLink,ShareCommentary\n",
        "Votes.csv": "Date,Link,OptionText\n",
        "coach_messages.csv": "CONVERSATION ID\n",
    }
    for name, text in planted.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _, export = load_one(tmp_path)
    assert unknown_files(export).empty
    [listed] = not_used_files(export)
    assert listed.startswith("9 recognised file(s) not used by the linkedin loader: ")
    for name in planted:
        assert name in listed
    assert (
        "Member_Follows.csv (members you follow, by name only with no profile URL: reading "
        "them would add people a second time)" in listed
    )
    assert "Contacts.csv, Imported Contacts.csv (address-book uploads" in listed
    assert "Notes.csv (your private notes about connections" in listed
    row = export.problems[export.problems["message"] == listed].iloc[0]
    assert row["severity"] == "info"
    # not read: Member_Follows' and the address books' Alan Turing is nobody's contact
    assert export.contacts["name"].tolist() == ["Grace Hopper"]


# -- endorsements and recommendations -------------------------------------------------------------


def test_2022_utf16_endorsement_duplicate_is_not_counted_twice():
    _, export = load_one(FIXTURES / "2022")
    endorsements = export.interactions[export.interactions["kind"] == "endorsement"]
    assert sorted(endorsements["name"]) == ["Charles Babbage", "Grace Hopper"]
    grace = endorsements[endorsements["name"] == "Grace Hopper"].iloc[0]
    assert (grace["direction"], grace["contact_key"]) == ("in", "name:grace hopper")
    assert grace["at"] == utc("2022-06-20 13:05:02")
    assert {
        "Endorsement_Received_Info.csv",
        "Endorsement Received Info.csv",
    } <= export.files_read


def test_2025_endorsements_schemeless_urls_and_recommendations():
    _, export = load_one(FIXTURES / "2025")
    other = export.interactions[export.interactions["kind"] != "message"]
    table = other.sort_values("at")[["kind", "direction", "contact_key", "at"]].values.tolist()
    assert table == [
        ["endorsement", "in", GRACE, utc("2025-01-20 13:05:02")],
        ["endorsement", "out", GRACE, utc("2025-02-01 08:00")],
        ["recommendation", "in", ALAN, utc("2025-08-03 09:00")],
        ["recommendation", "out", ZOE, utc("2025-08-04 22:30")],
    ]


# -- owner ----------------------------------------------------------------------------------------


def test_owner_from_profile_and_registration():
    _, export = load_one(FIXTURES / "2025")
    assert export.owner == "Ada Lovelace"
    assert export.owner_details["location"] == "London, UK"
    assert export.owner_details["registered_at"] == utc("2009-05-04 15:00")


# -- archives, snapshots, bad input ---------------------------------------------------------------


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


@pytest.mark.parametrize("generation", ["2018", "2022", "2025", "2026"])
def test_zip_equals_folder(tmp_path, generation):
    [folder] = (FIXTURES / generation).iterdir()
    archive = zip_folder(folder, tmp_path / f"{folder.name}.zip")
    _, from_folder = load_one(folder)
    _, from_zip = load_one(archive)
    for frame in ("contacts", "interactions", "requests"):
        pd.testing.assert_frame_equal(
            getattr(from_folder, frame).reset_index(drop=True),
            getattr(from_zip, frame).reset_index(drop=True),
        )
    assert from_zip.exported_at == from_folder.exported_at
    assert from_zip.extra == from_folder.extra


def test_events_in_two_snapshots_are_counted_once(tmp_path):
    [folder] = (FIXTURES / "2025").iterdir()
    later = tmp_path / "Complete_LinkedInDataExport_09-30-2025"
    shutil.copytree(folder, later)
    network = p1k.load(folder, later)
    assert len(network.snapshots) == 2
    assert (network.interactions["kind"] == "message").sum() == 7
    assert len(network.interactions) == 11
    assert network.contacts["is_current"].all()


def test_corrupt_messages_file_keeps_connections_and_names_the_file(tmp_path):
    [folder] = (FIXTURES / "2025").iterdir()
    broken = tmp_path / folder.name
    shutil.copytree(folder, broken)
    (broken / "messages.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00garbage")
    _, export = load_one(tmp_path)
    assert len(export.contacts) == 4
    errors = export.problems[export.problems["severity"] == "error"]
    assert errors["source"].str.endswith("messages.csv").any()
    assert (export.interactions["kind"] == "message").sum() == 0
    assert (export.interactions["kind"] == "endorsement").sum() == 2


def test_truncated_messages_file_loads_the_rows_before_the_damage(tmp_path):
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Grace,Hopper,{GRACE},,US Navy,Admiral,03 Feb 2021\n",
        encoding="utf-8",
    )
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        f"2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},2023-06-01 14:03:22 UTC,,Hi,INBOX\n"
        f'2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},not a date,,"unterminated',
        encoding="utf-8",
    )
    _, export = load_one(tmp_path)
    assert len(export.contacts) == 1
    rows = messages(export)
    assert rows["at"].iloc[0] == utc("2023-06-01 14:03:22")
    assert export.problems["source"].str.endswith("messages.csv").any()


def test_not_an_export_raises_saying_what_was_found_and_expected(tmp_path):
    # plain words, not generation codes (ux7 review: the list of codes was ~900 characters)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(
        p1k.loaders.ExportFormatError,
        match=r"the folder holds 1 file: notes\.txt\. Expected an export downloaded from LinkedIn",
    ):
        discover(tmp_path)


def test_message_event_keys_are_stable_uint64_hashes(tmp_path):
    # Snapshots cached on disk are compared with freshly read ones by event_key, so the key
    # must not depend on the process, the polars version or the machine: pinned values.
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        f"2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},2023-06-01 14:03:22 UTC,,Hi,INBOX\n"
        f"2-X==,,Ada Lovelace,{ADA},Grace Hopper,{GRACE},2023-06-01 14:05:00 UTC,,Hey,INBOX\n",
        encoding="utf-8",
    )
    (tmp_path / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    _, export = load_one(tmp_path)
    keys = messages(export)["event_key"]
    assert str(keys.dtype) == "uint64"
    assert keys.tolist() == [8577970028620068375, 3875685094120011762]


# -- messages.csv: the polars (fast) path and the csv-module fallback --------------------------

_HEADER_2026 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS"
)


def _quoted(*fields: str) -> str:
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


def _tricky_messages(newline: str) -> str:
    """Rows with every cell shape that trips CSV readers (2026 shape: every field quoted)."""
    rows = [
        _quoted(*_HEADER_2026.split(",")),
        # embedded LF and CRLF, doubled quotes and commas inside CONTENT
        _quoted(
            "2-A==",
            "",
            "Grace Hopper",
            GRACE,
            "Ada Lovelace",
            ADA,
            "2025-03-01 10:00:00 UTC",
            "",
            'line one\nline "two", three\r\nfour',
            "INBOX",
            "",
        ),
        # empty CONTENT, reply by the owner
        _quoted(
            "2-A==",
            "",
            "Ada Lovelace",
            ADA,
            "Grace Hopper",
            GRACE,
            "2025-03-01 10:05:00 UTC",
            "",
            "",
            "INBOX",
            "",
        ),
        # group thread: a name with a comma in TO, sent by the owner to two people
        _quoted(
            "2-G==",
            "Group, with comma",
            "Ada Lovelace",
            ADA,
            "Jane Doe, Ph.D., Alan Turing",
            f"{JANE},{ALAN}",
            "2025-03-02 09:00:00 UTC",
            "",
            "hello, both",
            "INBOX",
            "",
        ),
        # a re-saved date in another format, and one that no format reads
        _quoted(
            "2-A==",
            "",
            "Grace Hopper",
            GRACE,
            "Ada Lovelace",
            ADA,
            "2025/03/03 08:00:00 UTC",
            "",
            "x",
            "INBOX",
            "",
        ),
        _quoted(
            "2-A==",
            "",
            "Grace Hopper",
            GRACE,
            "Ada Lovelace",
            ADA,
            "someday",
            "",
            "y",
            "INBOX",
            "",
        ),
        # sponsored InMail (no sender URL, spinmail HTML) and a draft: not interactions
        _quoted(
            "2-S==",
            "Sponsored Conversation",
            "Rita Recruiter",
            "",
            "Ada Lovelace",
            ADA,
            "2025-03-04 08:00:00 UTC",
            "Offer",
            '<p class="spinmail-quill">hi</p>',
            "INBOX",
            "",
        ),
        _quoted(
            "2-A==",
            "",
            "Ada Lovelace",
            ADA,
            "Grace Hopper",
            GRACE,
            "2025-03-05 08:00:00 UTC",
            "",
            "unsent",
            "DRAFT",
            "",
        ),
    ]
    return newline.join(rows) + newline


def _force_fallback(monkeypatch):
    def refuse(source):
        raise pl.exceptions.ComputeError("refused for the test")

    monkeypatch.setattr(linkedin.messages, "_scan_messages", refuse)


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fast_and_fallback_messages_paths_give_the_same_frames(tmp_path, monkeypatch, bom, newline):
    folder = tmp_path / "Complete_LinkedInDataExport_03-15-2026"
    folder.mkdir()
    data = _tricky_messages(newline).encode("utf-8")
    (folder / "messages.csv").write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    (folder / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    scans = []
    real_scan = linkedin.messages._scan_messages
    monkeypatch.setattr(
        linkedin.messages, "_scan_messages", lambda s: scans.append(real_scan(s)) or scans[-1]
    )
    _, fast = load_one(folder)
    assert scans and scans[0] is not None  # the polars path read this file
    _force_fallback(monkeypatch)
    _, slow = load_one(folder)

    rows = messages(fast)
    assert rows[["at", "direction", "contact_key", "n_participants"]].values.tolist() == [
        [utc("2025-03-01 10:00"), "in", GRACE, 2],
        [utc("2025-03-01 10:05"), "out", GRACE, 2],
        [utc("2025-03-02 09:00"), "out", ALAN, 3],
        [utc("2025-03-02 09:00"), "out", JANE, 3],
        [utc("2025-03-03 08:00"), "in", GRACE, 2],
        [pd.NaT, "in", GRACE, 2],
    ]
    assert fast.extra["messages_rows"] == 7
    assert fast.extra["sponsored_messages"] == 1
    assert fast.extra["draft_messages"] == 1
    pd.testing.assert_frame_equal(fast.interactions, slow.interactions)
    assert fast.extra == slow.extra
    # the fallback says why it ran; otherwise the problems are the same
    refused = slow.problems["message"].str.contains("not well-formed CSV")
    assert refused.sum() == 1
    pd.testing.assert_frame_equal(
        fast.problems.reset_index(drop=True), slow.problems[~refused].reset_index(drop=True)
    )


def test_content_length_distinguishes_messages_in_both_paths(tmp_path, monkeypatch):
    # event_key fingerprints CONTENT by its length in bytes: "" (quoted empty) and a missing
    # cell both count 0, a multi-line cell counts its newline bytes, in either reader.
    folder = tmp_path / "Complete_LinkedInDataExport_03-15-2026"
    folder.mkdir()
    (folder / "messages.csv").write_text(_tricky_messages("\r\n"), encoding="utf-8")
    (folder / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    _, fast = load_one(folder)
    _force_fallback(monkeypatch)
    _, slow = load_one(folder)
    assert fast.interactions["event_key"].tolist() == slow.interactions["event_key"].tolist()
    assert fast.interactions["event_key"].nunique() == len(fast.interactions)


def test_malformed_quoting_is_a_recorded_problem_naming_the_file(tmp_path):
    # An unterminated quote in the middle swallows the lines after it: polars refuses the
    # file, the tolerant reader keeps the good rows, and both facts are problems naming it.
    good = f"2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},2023-06-01 14:03:22 UTC,,Hi,INBOX"
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        f"{good}\n"
        f'2-X==,,Grace Hopper,{GRACE},Ada Lovelace,{ADA},2023-06-02 09:00:00 UTC,,"oops,INBOX\n'
        f"{good.replace('06-01', '06-03')}\n"
        f"{good.replace('06-01', '06-04')}\n",
        encoding="utf-8",
    )
    (tmp_path / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    _, export = load_one(tmp_path)
    assert messages(export)["at"].tolist() == [utc("2023-06-01 14:03:22")]
    problems = export.problems[export.problems["source"].str.endswith("messages.csv")]
    assert problems["message"].str.contains("not well-formed CSV").any()
    skipped = problems[problems["message"].str.contains("wrong number of fields")]
    assert skipped["n_skipped"].tolist() == [1]
    assert skipped["message"].str.contains("3 lines of the file").all()
    assert set(skipped["severity"]) == {"warning"}


_HEADER_2025 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS"
)


def _message_line(day: int, *, quoted: bool = False, fields: int = 11) -> str:
    cells = [
        "2-A==",
        "",
        "Grace Hopper",
        GRACE,
        "Ada Lovelace",
        ADA,
        f"2025-03-{day:02d} 10:00:00 UTC",
        "",
        f"note {day}",
        "INBOX",
        "",
    ][:fields]
    return _quoted(*cells) if quoted else ",".join(cells)


@pytest.mark.parametrize("quoted", [False, True])
def test_a_short_message_row_is_skipped_and_named_in_both_paths(tmp_path, monkeypatch, quoted):
    # polars pads a row with too few fields with nulls; the row must not pass unseen. Both
    # readers skip it and name it (DESIGN.md §5), the 2025 unquoted and 2026 quoted styles.
    folder = tmp_path / "Complete_LinkedInDataExport_08-26-2025"
    folder.mkdir()
    header = _quoted(*_HEADER_2025.split(",")) if quoted else _HEADER_2025
    lines = [header, *(_message_line(day, quoted=quoted) for day in (1, 2, 3, 4))]
    lines.insert(3, _message_line(9, quoted=quoted, fields=8))  # no CONTENT, FOLDER, ...
    (folder / "messages.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "Profile.csv").write_text("First Name,Last Name\nAda,Lovelace\n", encoding="utf-8")
    scans = []
    real_scan = linkedin.messages._scan_messages
    monkeypatch.setattr(
        linkedin.messages, "_scan_messages", lambda s: scans.append(real_scan(s)) or scans[-1]
    )
    _, first = load_one(folder)
    assert scans == [None]  # polars could not rule out a short row: the csv module counted
    _force_fallback(monkeypatch)
    _, slow = load_one(folder)
    for export in (first, slow):
        assert messages(export)["at"].tolist() == [
            utc(f"2025-03-{day:02d} 10:00") for day in (1, 2, 3, 4)
        ]
        problems = export.problems[export.problems["source"].str.endswith("messages.csv")]
        skipped = problems[problems["message"].str.contains("wrong number of fields")]
        assert skipped["n_skipped"].tolist() == [1]
        assert skipped["message"].str.contains("row 3 after the header").all()
    pd.testing.assert_frame_equal(first.interactions, slow.interactions)


def test_empty_unquoted_last_cells_keep_the_polars_path_and_every_row(tmp_path, monkeypatch):
    # 2025's ATTACHMENTS is mostly an unquoted empty cell, which polars reads as it reads a
    # missing one: the fields are counted on the bytes, and complete rows stay with polars.
    folder = tmp_path / "Complete_LinkedInDataExport_08-26-2025"
    folder.mkdir()
    lines = [_HEADER_2025, *(_message_line(day) for day in (1, 2, 3))]
    (folder / "messages.csv").write_text("\n".join(lines), encoding="utf-8")  # no final \n
    scans = []
    real_scan = linkedin.messages._scan_messages
    monkeypatch.setattr(
        linkedin.messages, "_scan_messages", lambda s: scans.append(real_scan(s)) or scans[-1]
    )
    _, export = load_one(folder)
    assert scans[0] is not None
    assert len(messages(export)) == 3
    assert not export.problems["message"].str.contains("fields").any()


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ('a,b,c\n1,"x, ""y""\nz",3\r\n4,,\n', True),  # quoted comma, line break, "" escape
        ('a,b,c\n1,2,3\n4,"5,6",7', True),  # no final line break
        ("a,b,c\n1,2,3\n4,5\n", False),  # short
        ("a,b,c\n1,2,3,4\n4,5,6\n", False),  # long
        ("a,b,c\n1,2,3\n\n4,5,6\n", False),  # a blank line: the tolerant reader decides
        ('a,b,c\n1,2 "inch,3\n', False),  # a stray quote in an unquoted cell
    ],
)
@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1 << 26])
def test_every_row_full_counts_fields_outside_quotes(tmp_path, monkeypatch, text, full, chunk):
    # small chunks put quotes, "" escapes, commas and CRLFs on both sides of chunk borders
    monkeypatch.setattr(linkedin.messages, "_COUNT_CHUNK", chunk)
    path = tmp_path / "messages.csv"
    path.write_bytes(text.encode())
    height = 2
    assert linkedin.messages._every_row_full(path, 3, height) is full
    assert linkedin.messages._every_row_full(text.encode(), 3, height) is full


@pytest.mark.parametrize("error", [MemoryError, KeyboardInterrupt])
def test_an_error_in_the_field_count_is_not_replaced_by_a_buffer_error(
    tmp_path, monkeypatch, error
):
    # The count's frames in the traceback hold numpy views of the memory map: closing the
    # map must not fail on them ("cannot close exported pointers exist") and hide the error.
    import numpy as np

    path = tmp_path / "messages.csv"
    path.write_bytes(b"a,b,c\n1,2,3\n")

    def counter_holding_a_view(data):
        view = np.frombuffer(data, dtype=np.uint8)  # noqa: F841 (alive in the traceback)
        raise error("planted")

    monkeypatch.setattr(linkedin.messages, "_breaks_and_commas", counter_holding_a_view)
    with pytest.raises(error, match="planted"):
        linkedin.messages._every_row_full(path, 3, 1)


def test_the_real_field_count_releases_its_views_when_it_raises(tmp_path, monkeypatch):
    path = tmp_path / "messages.csv"
    path.write_bytes(b"a,b,c\n1,2,3\n")

    def out_of_memory(*args, **kwargs):
        raise MemoryError("planted")

    monkeypatch.setattr(linkedin.messages.np, "searchsorted", out_of_memory)
    with pytest.raises(MemoryError, match="planted"):
        linkedin.messages._every_row_full(path, 3, 1)


def test_out_of_memory_on_the_fast_path_keeps_the_rows_and_names_the_file(tmp_path, monkeypatch):
    # A MemoryError in the field count (reached by 2025's empty unquoted last cells) used to
    # end the load as a BufferError naming no file; the tolerant reader now reads the rows.
    folder = tmp_path / "Complete_LinkedInDataExport_08-26-2025"
    folder.mkdir()
    lines = [_HEADER_2025, *(_message_line(day) for day in (1, 2, 3))]
    (folder / "messages.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def out_of_memory(data):
        raise MemoryError("planted")

    monkeypatch.setattr(linkedin.messages, "_breaks_and_commas", out_of_memory)
    _, export = load_one(folder)
    assert messages(export)["at"].tolist() == [utc(f"2025-03-{day:02d} 10:00") for day in (1, 2, 3)]
    [problem] = export.problems[export.problems["message"].str.contains("MemoryError")].to_dict(
        "records"
    )
    assert problem["source"].endswith("messages.csv")
    assert "messages.csv" in problem["message"]
    assert "tolerant reader" in problem["message"]
    assert problem["severity"] == "warning"


def test_a_short_connections_row_is_kept_and_named(tmp_path):
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Grace,Hopper,{GRACE},,US Navy,Admiral,03 Feb 2021\n"
        f"Alan,Turing,{ALAN}\n",
        encoding="utf-8",
    )
    _, export = load_one(tmp_path)
    assert sorted(export.contacts["contact_key"]) == [ALAN, GRACE]
    alan = export.contacts.set_index("contact_key").loc[ALAN]
    assert pd.isna(alan["connected_at"])
    [problem] = export.problems[export.problems["message"].str.contains("fewer fields")].to_dict(
        "records"
    )
    assert problem["source"].endswith("Connections.csv")
    assert "row 2 after the header" in problem["message"]
    assert "Connections.csv" in problem["message"]
    assert problem["severity"] == "warning"
