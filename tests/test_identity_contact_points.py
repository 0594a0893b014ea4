"""A shared e-mail or phone is evidence, not proof (review12 ID-3): a family's e-mail, a
home or office phone are on several people's cards."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis.identity import resolve_people, review_queue
from power1000_analysis.identity.constants import BLOCKED_BY_NAMES, BLOCKED_BY_SAME_SOURCE

FAMILY = """BEGIN:VCARD
VERSION:3.0
FN:Anna Schmidt
N:Schmidt;Anna;;;
TEL;TYPE=HOME:+49 30 1234567
TEL;TYPE=CELL:+49 171 1111111
EMAIL;TYPE=HOME:familie.schmidt@example.de
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Johann Schmidt
N:Schmidt;Johann;;;
TEL;TYPE=HOME:+49 30 1234567
TEL;TYPE=CELL:+49 171 2222222
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Lena Schmidt
N:Schmidt;Lena;;;
EMAIL;TYPE=HOME:familie.schmidt@example.de
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Peter Weber
N:Weber;Peter;;;
END:VCARD
"""


def test_family_cards_of_one_address_book_stay_apart_and_are_queued(tmp_path: Path) -> None:
    (tmp_path / "contacts-2024-07-01.vcf").write_text(FAMILY.replace("\n", "\r\n"))
    net = p1k.load(tmp_path, cache_dir=None)
    assert len(net.people) == 4  # was 2: Anna, Lena and Johann were one person
    queue = review_queue(net)
    assert sorted(zip(queue["name_a"], queue["name_b"], strict=True)) == [
        ("Anna Schmidt", "Johann Schmidt"),
        ("Anna Schmidt", "Lena Schmidt"),
    ]
    assert set(queue["blocked_by"]) == {BLOCKED_BY_SAME_SOURCE}
    assert queue["evidence"].str.startswith("shares ").all()


def _pair(name_a: str, name_b: str, **extra_b: object) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "platform": "addressbook",
                "contact_key": "email:fam@example.de",
                "name": name_a,
                "email": "fam@example.de",
                "phones": "+49301234567",
            },
            {
                "platform": "linkedin",
                "contact_key": "https://www.linkedin.com/in/x",
                "name": name_b,
                "email": "fam@example.de",
                **extra_b,
            },
        ]
    )


def test_shared_email_with_different_given_names_is_a_question_not_a_merge() -> None:
    result = resolve_people(_pair("Anna Schmidt", "Lena Schmidt"))
    assert result.contacts["person_id"].nunique() == 2
    [row] = result.candidates.to_dict("records")
    assert (row["outcome"], row["rule"], row["blocked_by"]) == (
        "review",
        "shared_contact",
        BLOCKED_BY_NAMES,
    )
    assert "shares email fam@example.de" in row["evidence"]


def test_shared_email_merges_when_names_agree_or_cannot_tell() -> None:
    for other in ("Anna Schmidt", "Anna M. Schmidt", "Annie Schmidt", "A. Schmidt", "Anna"):
        result = resolve_people(_pair("Anna Schmidt", other))
        assert result.contacts["person_id"].nunique() == 1, other
        assert result.candidates["rule"].tolist() == ["exact"]
    # a card called "Mum": its name cannot contradict the e-mail
    assert resolve_people(_pair("Mum", "Maria Schmidt")).contacts["person_id"].nunique() == 1


def test_a_shared_profile_url_stays_proof_whatever_the_names() -> None:
    frame = _pair("Anna Schmidt", "Lena Schmidt")
    frame.loc[0, "urls"] = "https://www.linkedin.com/in/x/"
    assert resolve_people(frame).contacts["person_id"].nunique() == 1
