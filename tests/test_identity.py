"""Identity resolution: hand-made cases, user decisions, stable ids, planted truth."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from power1000_analysis import identity
from power1000_analysis.identity import accounts as accounts_module
from power1000_analysis.identity import candidates as candidates_module
from power1000_analysis.identity import (
    explain,
    name_tokens,
    read_decisions,
    record_decision,
    resolve_people,
    review_queue,
    scoring,
)
from power1000_analysis.network import Network

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def contacts(*rows: dict[str, object]) -> pd.DataFrame:
    base = {"handle": None, "profile_url": None, "email": None, "connected_at": pd.NaT}
    frame = pd.DataFrame([{**base, **row} for row in rows])
    frame["first_seen_at"] = pd.Timestamp("2024-01-01", tz="UTC")
    return frame


def people_of(result: identity.Resolution) -> dict[tuple[str, str], str]:
    c = result.contacts
    return dict(zip(zip(c["platform"], c["contact_key"], strict=True), c["person_id"], strict=True))


def test_name_tokens_fold_accents_scripts_punctuation_emoji() -> None:
    assert name_tokens("José Müller 🎉") == ("jose", "muller")
    assert name_tokens("O'Connor, Liz") == ("oconnor", "liz")
    assert name_tokens("Екатерина") == ("ekaterina",)
    # one word per Chinese character: family and given names written together still compare
    assert name_tokens("谢春伟") == ("xie", "chun", "wei")


def test_same_email_merges() -> None:
    frame = contacts(
        {
            "platform": "addressbook",
            "contact_key": "email:a@x.org",
            "name": "Ann Lee",
            "email": "a@x.org",
        },
        {
            "platform": "linkedin",
            "contact_key": "in/ann",
            "name": "Annie Lee-Smith",
            "email": "A@x.org",
        },
    )
    result = resolve_people(frame)
    assert result.contacts["person_id"].nunique() == 1
    assert result.candidates["rule"].tolist() == ["exact"]


def test_listed_url_in_address_book_card_merges() -> None:
    frame = contacts(
        {
            "platform": "addressbook",
            "contact_key": "c1",
            "name": "Kim Park",
            "urls": "https://x.com/kimpark",
        },
        {"platform": "x", "contact_key": "12345", "name": "K. Park", "handle": "kimpark"},
    )
    assert resolve_people(frame).contacts["person_id"].nunique() == 1


def test_accents_and_matching_handle_merge() -> None:
    frame = contacts(
        {
            "platform": "instagram",
            "contact_key": "josemuller",
            "name": "José Müller",
            "handle": "josemuller",
        },
        {"platform": "x", "contact_key": "99", "name": "Jose Muller", "handle": "JoseMuller"},
    )
    result = resolve_people(frame)
    assert result.contacts["person_id"].nunique() == 1
    net = Network.empty()
    net.identity = result  # explain reads the stored resolution
    why = explain(net, result.contacts["person_id"].iloc[0])
    assert len(why) == 1 and "same handle" in why["evidence"].iloc[0]
    assert "same handle" in why["signals"].iloc[0]  # which signals decided


def test_namesakes_without_other_evidence_are_not_merged() -> None:
    frame = contacts(
        {"platform": "facebook", "contact_key": "john smith", "name": "John Smith"},
        {"platform": "linkedin", "contact_key": "in/js", "name": "John Smith"},
    )
    result = resolve_people(frame)
    assert result.contacts["person_id"].nunique() == 2
    assert set(result.candidates["outcome"]) <= {"review"}


def _rarity_frame(gap_days: float = 0.0) -> pd.DataFrame:
    """Two exact-name pairs across Facebook and LinkedIn with the same other evidence (no
    e-mail, handle or interaction; connected ``gap_days`` apart): "Ottilie Brandwein",
    whose full name no platform carries twice, and "Anna Weber", whose name two Quora
    accounts carry (two different people: the user's own contacts prove it shared)."""
    day = pd.Timestamp("2020-03-01", tz="UTC")
    later = day + pd.Timedelta(days=gap_days)
    rows = [
        {"platform": "facebook", "contact_key": "ob", "name": "Ottilie Brandwein"},
        {"platform": "linkedin", "contact_key": "in/ob", "name": "Ottilie Brandwein"},
        {"platform": "facebook", "contact_key": "aw", "name": "Anna Weber"},
        {"platform": "linkedin", "contact_key": "in/aw", "name": "Anna Weber"},
        {"platform": "quora", "contact_key": "anna-weber-1", "name": "Anna Weber"},
        {"platform": "quora", "contact_key": "anna-weber-2", "name": "Anna Weber"},
    ]
    for row in rows:
        if row["platform"] == "facebook":
            row["connected_at"] = day
        elif row["platform"] == "linkedin":
            row["connected_at"] = later
    # other people, so that rarity and overlap have a population to speak of
    rows += [
        {"platform": p, "contact_key": f"{p}-{k}", "name": f"Person{k} Family{k}{p[:2]}"}
        for p in ("facebook", "linkedin", "quora")
        for k in range(30)
    ]
    return contacts(*rows)


def _pair(result: identity.Resolution, name: str) -> pd.Series:
    c = result.candidates
    found = c[(c["name_a"] == name) & (c["platform_a"] != "quora") & (c["platform_b"] != "quora")]
    assert len(found) == 1, found
    return found.iloc[0]


def test_an_unshared_exact_name_merges_with_less_corroboration_a_shared_one_does_not() -> None:
    """Name rarity learnt from the user's contacts (issue #6): an exact full-name match whose
    name no platform carries twice merges at ``AUTO_SCORE_UNSHARED`` (posterior 0.925),
    one whose name two accounts of one platform carry (at least two people) needs
    ``AUTO_SCORE``. Both thresholds are moved around the two pairs' scores so that only the
    rarity rule can tell them apart, and ``explain``'s evidence says rarity decided."""
    frame = _rarity_frame()
    base = resolve_people(frame)
    rare, common = _pair(base, "Ottilie Brandwein"), _pair(base, "Anna Weber")
    assert "name rarity" in rare["signals"] and "name rarity" in common["signals"]
    top = max(rare["score"], common["score"]) + 1.0
    low = min(rare["score"], common["score"]) - 1.0
    result = resolve_people(frame, auto_score=top, auto_score_unshared=low)
    rare, common = _pair(result, "Ottilie Brandwein"), _pair(result, "Anna Weber")
    assert rare["outcome"] == "merged" and common["outcome"] == "review"
    assert "name rarity decided" in rare["signals"].split(", ")
    assert "no platform of your contacts carries this full name twice" in rare["evidence"]
    assert "name rarity decided" not in common["signals"]
    # without the rule (its threshold as high as the others') neither merges
    strict = resolve_people(frame, auto_score=top, auto_score_unshared=top)
    assert set(strict.candidates["outcome"]) == {"review"}


def test_the_unshared_name_threshold_never_overrides_dates_against() -> None:
    """Connected three years apart, the dates speak against the rare pair: the lower
    threshold no longer applies (a name's rarity only lowers the bar when nothing
    contradicts the match)."""
    frame = _rarity_frame(gap_days=3 * 365)
    base = resolve_people(frame)
    rare = _pair(base, "Ottilie Brandwein")
    assert "connected 1095 days apart (-" in rare["evidence"]
    result = resolve_people(frame, auto_score=rare["score"] + 1.0, auto_score_unshared=-10.0)
    assert _pair(result, "Ottilie Brandwein")["outcome"] == "review"


def _carriers_frame(joined: bool) -> pd.DataFrame:
    """ "Ottilie Brandwein" on Facebook, LinkedIn and Quora, no dates or interactions; with
    ``joined`` her Facebook and LinkedIn accounts share an e-mail (one person for sure),
    without it nothing links them but the name. Thirty other people per platform give
    rarity a population."""
    email = "ob@example.org" if joined else None
    rows = [
        {"platform": "facebook", "contact_key": "ob", "name": "Ottilie Brandwein", "email": email},
        {
            "platform": "linkedin",
            "contact_key": "in/ob",
            "name": "Ottilie Brandwein",
            "email": email,
        },
        {"platform": "quora", "contact_key": "ottilie-b", "name": "Ottilie Brandwein"},
    ]
    rows += [
        {"platform": p, "contact_key": f"{p}-{k}", "name": f"Person{k} Family{k}{p[:2]}"}
        for p in ("facebook", "linkedin", "quora")
        for k in range(30)
    ]
    return contacts(*rows)


def _quora_pair(result: identity.Resolution, other: str) -> pd.Series:
    c = result.candidates
    found = c[
        (c["platform_a"] == other)
        & (c["contact_key_b"] == "ottilie-b")
        & (c["name_a"] == c["name_b"])
    ]
    assert len(found) == 1, found
    return found.iloc[0]


def test_accounts_already_joined_are_not_other_carriers_of_the_name() -> None:
    """Collective second pass (``support._joined_carriers``): the first pass counts the
    LinkedIn account as another carrier of "Ottilie Brandwein" when it scores Facebook ~
    Quora (and Facebook when it scores LinkedIn ~ Quora). Once an e-mail has joined
    Facebook and LinkedIn they are one person, so the Quora pairs are scored again
    without it: the score rises; with the bar set between the two scores the pair reaches
    it but is *not* merged (review12 ID-1: such merges were right 22 of 30 times on planted
    samples): it waits in the review queue and ``blocked_by`` says why. Not joined (the
    same names, no e-mail), the third account still counts as someone else: same
    first-pass score, no recount."""
    high = {"auto_score": 50.0, "auto_score_unshared": 50.0}
    alone = _quora_pair(resolve_people(_carriers_frame(joined=False), **high), "facebook")
    assert "name carriers counted as people" not in alone["evidence"]
    together = _quora_pair(resolve_people(_carriers_frame(joined=True), **high), "facebook")
    assert "name carriers counted as people (1 account(s)" in together["evidence"]
    assert together["score"] > alone["score"] + 1.0
    assert together["outcome"] == "review"
    bar = {"auto_score": (alone["score"] + together["score"]) / 2}
    bar["auto_score_unshared"] = bar["auto_score"]
    joined = resolve_people(_carriers_frame(joined=True), **bar)
    pair = _quora_pair(joined, "facebook")
    assert pair["outcome"] == "review"
    assert pair["blocked_by"] == "rare only once accounts already joined are not counted"
    assert "joined accounts decided" not in pair["signals"].split(", ")
    assert joined.contacts["person_id"].iloc[:3].nunique() == 2  # Facebook+LinkedIn, Quora
    # the same bar without the e-mail: no one is joined, the name alone stays a question
    apart = resolve_people(_carriers_frame(joined=False), **bar)
    assert set(apart.candidates["outcome"]) == {"review"}
    assert apart.contacts["person_id"].iloc[:3].nunique() == 3


def test_joined_carriers_do_not_lift_a_name_a_platform_carries_twice() -> None:
    """A name that two accounts of one platform carry is proven shared: the second pass
    leaves such pairs alone (on the generator's seeds 1-6 its merges there were wrong)."""
    frame = _carriers_frame(joined=True)
    frame = pd.concat(
        [
            frame,
            contacts({"platform": "quora", "contact_key": "ob-2", "name": "Ottilie Brandwein"}),
        ],
        ignore_index=True,
    )
    result = resolve_people(frame, auto_score=50.0, auto_score_unshared=50.0)
    assert not result.candidates["evidence"].str.contains("name carriers counted").any()


def test_nickname_is_a_candidate_and_conflicting_initial_is_not() -> None:
    frame = contacts(
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
        {"platform": "x", "contact_key": "7", "name": "Liz Q. Stone"},
        {"platform": "quora", "contact_key": "eliz", "name": "Elizabeth Maria Stone"},
    )
    result = resolve_people(frame)
    rules = {frozenset((r.name_a, r.name_b)): r.rule for r in result.candidates.itertuples()}
    assert rules[frozenset(("Bob Stone", "Robert Stone"))] == "name_nickname"
    # Q. is not Maria: no candidate
    assert frozenset(("Liz Q. Stone", "Elizabeth Maria Stone")) not in rules


def test_given_names_that_start_alike_are_only_reviewed() -> None:
    frame = contacts(
        {"platform": "facebook", "contact_key": "franzi q", "name": "Franzi Quellenberg"},
        {"platform": "linkedin", "contact_key": "in/fq", "name": "Franziska Quellenberg"},
        {"platform": "x", "contact_key": "9", "name": "Fritz Quellenberg"},
    )
    result = resolve_people(frame)
    rules = {frozenset((r.name_a, r.name_b)): r for r in result.candidates.itertuples()}
    prefix = rules[frozenset(("Franzi Quellenberg", "Franziska Quellenberg"))]
    assert (prefix.rule, prefix.outcome) == ("name_prefix", "review")
    initial = rules[frozenset(("Fritz Quellenberg", "Franziska Quellenberg"))]
    assert (initial.rule, initial.outcome) == ("name_given_initial", "review")
    assert initial.score < prefix.score
    assert result.contacts["person_id"].nunique() == 3


def test_handles_of_a_given_name_plus_family_prefix_or_all_words_are_candidates() -> None:
    """``leonie_pfe17`` spells Leonie Pfeiffer (given name and the family word's first
    letters), ``phuongtuannguyen`` a three-word name; neither has a display name to compare."""
    frame = contacts(
        {"platform": "facebook", "contact_key": "leonie p", "name": "Leonie Pfeiffer"},
        {"platform": "instagram", "contact_key": "leonie_pfe17", "handle": "leonie_pfe17"},
        {"platform": "facebook", "contact_key": "npt", "name": "Nguyễn Phương Tuấn"},
        {"platform": "instagram", "contact_key": "phuongtuannguyen", "handle": "phuongtuannguyen"},
    )
    result = resolve_people(frame)
    rules = {(r.contact_key_a, r.contact_key_b): r for r in result.candidates.itertuples()}
    assert rules[("npt", "phuongtuannguyen")].rule == "handle_spells_name"
    assert rules[("leonie p", "leonie_pfe17")].rule == "handle_abbreviates_name"
    for pair in (("leonie p", "leonie_pfe17"), ("npt", "phuongtuannguyen")):
        assert "handle spells the name" in rules[pair].signals
    assert ("leonie p", "phuongtuannguyen") not in rules


def _crowd(n: int, platform: str, seed: int, *, handles: bool = False) -> list[dict[str, object]]:
    """``n`` contacts of made-up two-word names (no digits, so each word is a real word to
    the tokenizer), with handles ``given.family`` when asked."""
    import random

    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvwz"
    rows: list[dict[str, object]] = []
    for k in range(n):
        given = "".join(rng.choice(letters) for _ in range(6)).title()
        family = "".join(rng.choice(letters) for _ in range(8)).title()
        row: dict[str, object] = {
            "platform": platform,
            "contact_key": f"{platform}-{k}",
            "name": f"{given} {family}",
        }
        if handles:
            row["handle"] = f"{given}.{family}".lower()
        rows.append(row)
    return rows


def test_handle_naming_one_word_never_merges_among_hundreds_of_contacts() -> None:
    """``krzysztof.travels`` names a given name only: review-only, so neither the card
    threshold nor any other threshold merges it. Before it was review-only it merged here at
    2.24 bits (the default card threshold is 2.0): 300 Facebook contacts, 3 cards whose
    Instagram accounts spell their names (the card~Instagram overlap is learnt high, as in
    a real export) and 60 other Instagram accounts."""
    cards = _crowd(3, "addressbook", 2)
    twins = [
        {"platform": "instagram", "contact_key": f"tw{k}", "handle": handle}
        for k, handle in enumerate(str(card["name"]).lower().replace(" ", ".") for card in cards)
    ]
    frame = contacts(
        *_crowd(300, "facebook", 1),
        *cards,
        *twins,
        *_crowd(60, "instagram", 3, handles=True),
        {"platform": "addressbook", "contact_key": "kj", "name": "Krzysztof Jawka"},
        {
            "platform": "instagram",
            "contact_key": "krzysztof.travels",
            "handle": "krzysztof.travels",
        },
    )
    for thresholds in ({}, {"auto_score": -10.0, "auto_score_card": -10.0}):
        result = resolve_people(frame, **thresholds)
        c = result.candidates
        row = c[(c["contact_key_a"] == "kj") | (c["contact_key_b"] == "kj")].iloc[0]
        assert (row["rule"], row["outcome"]) == ("handle_names_word", "review")
        people = people_of(result)
        assert people[("addressbook", "kj")] != people[("instagram", "krzysztof.travels")]
    assert "only a question" in row["evidence"]


def test_handle_of_the_owners_own_nickname_names_no_one_else() -> None:
    """``maggie_hay49`` is Margaret Hayes's own handle (Maggie ~ Margaret, Hay… her family
    name): it is no link to Maggie Brader."""
    frame = contacts(
        {
            "platform": "instagram",
            "contact_key": "maggie_hay49",
            "name": "Margaret Hayes",
            "handle": "maggie_hay49",
        },
        {"platform": "facebook", "contact_key": "mb", "name": "Maggie Brader"},
    )
    assert resolve_people(frame).candidates.empty


def test_handle_abbreviating_the_family_name_scores_by_the_prefix_not_the_name() -> None:
    """``leonie_pfe17`` proves Leonie and that the family name starts with Pfe: scored as
    the given name's chance times the share of family words starting so (here several
    Pfe… names and Leonies), well below a handle writing the whole name, and never merged
    by the card threshold (which is for whole-name matches)."""
    others = [
        {"platform": "facebook", "contact_key": f"o{k}", "name": name}
        for k, name in enumerate(
            ["Leonie Brandt", "Jonas Pfeil", "Mia Pfennig", "Paul Pfeffer", "Lara Pfeifer"]
        )
    ]
    crowd = _crowd(200, "facebook", 4)
    base = contacts(
        *crowd,
        *others,
        {"platform": "addressbook", "contact_key": "lp", "name": "Leonie Pfeiffer"},
        {"platform": "instagram", "contact_key": "leonie_pfe17", "handle": "leonie_pfe17"},
    )
    whole = base.assign(
        handle=base["handle"].replace({"leonie_pfe17": "leoniepfeiffer17"}),
        contact_key=base["contact_key"].replace({"leonie_pfe17": "leoniepfeiffer17"}),
    )

    def row(result: identity.Resolution) -> pd.Series:
        c = result.candidates
        return c[(c["contact_key_a"] == "lp") | (c["contact_key_b"] == "lp")].iloc[0]

    cut = row(resolve_people(base))
    full = row(resolve_people(whole))
    assert cut["rule"] == "handle_abbreviates_name"
    assert "given name + first 3 letters of the family name" in cut["evidence"]
    assert full["rule"] == "handle_spells_name"
    # four other Pfe… words and no other Pfeiffer: (4 + 1) / (0 + 1) as likely by
    # chance, log2(5) = 2.3 bits lower (was 0: scored as the whole name)
    assert cut["score"] <= full["score"] - 2.0
    merged = resolve_people(base, auto_score=50.0, auto_score_card=-10.0)
    assert (
        people_of(merged)[("addressbook", "lp")] != people_of(merged)[("instagram", "leonie_pfe17")]
    )


def test_card_threshold_is_for_whole_name_matches_only() -> None:
    """A card's fuzzy match (a typo) needs ``auto_score`` like any other pair."""
    frame = contacts(
        {"platform": "addressbook", "contact_key": "c", "name": "Aino Virtanen"},
        {"platform": "facebook", "contact_key": "f", "name": "Aino Virtamen"},
    )
    result = resolve_people(frame, auto_score=50.0, auto_score_card=-10.0)
    assert result.candidates["rule"].tolist() == ["name_fuzzy"]
    assert result.contacts["person_id"].nunique() == 2
    exact = frame.assign(name="Aino Virtanen")
    assert (
        resolve_people(exact, auto_score=50.0, auto_score_card=-10.0)
        .contacts["person_id"]
        .nunique()
        == 1
    )


@pytest.mark.parametrize(("days", "merged"), [(2, True), (900, False)])
def test_card_dates_that_support_a_pair_do_not_raise_its_bar(days: int, merged: bool) -> None:
    """A card's match whose joined accounts' dates speak *for* it still merges by the card
    threshold on its score without dates (more evidence must not stop a merge); dates
    against it leave it to ``auto_score``."""
    frame = _card_with_dated_accounts(days)
    result = resolve_people(frame, auto_score=50.0, auto_score_card=-10.0)
    people = people_of(result)
    assert (people[("addressbook", "c1")] == people[("quora", "lena-vogtmann")]) is merged
    if merged:
        c = result.candidates
        card = c[(c["platform_a"] == "addressbook") & (c["platform_b"] == "quora")].iloc[0]
        assert "card threshold" in card["evidence"] and "(others need" in card["evidence"]


def test_spelling_and_word_keys_are_capped_like_other_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names' words against handles' words are blocking keys too: a word shared by more
    than ``BLOCK_CAP`` accounts on either side pairs nothing (30 Marias x 30 ``mariaN``
    handles would be 900 pairs)."""
    monkeypatch.setattr(candidates_module, "BLOCK_CAP", 20)
    frame = contacts(
        *[
            {"platform": "facebook", "contact_key": f"m{k}", "name": f"Maria {family}"}
            for k, family in enumerate(r["name"].split()[1] for r in _crowd(30, "x", 5))
        ],
        *[
            {"platform": "instagram", "contact_key": f"maria{k}", "handle": f"maria{k}"}
            for k in range(30)
        ],
    )
    accounts = accounts_module._accounts(frame, None)
    assert len(candidates_module._candidate_pairs(accounts)) == 0


def test_handle_naming_one_word_is_only_a_weak_candidate() -> None:
    """``nathalie86`` names only Nathalie Hautville's given name: a candidate for review
    (the word's rarity, less a loose match's penalty); a handle of a word that is in its
    own account's name (``juliette70`` of Juliette Gauchamp) is not a link to others."""
    frame = contacts(
        {"platform": "facebook", "contact_key": "nh", "name": "Nathalie Hautville"},
        {"platform": "instagram", "contact_key": "nathalie86", "handle": "nathalie86"},
        {
            "platform": "instagram",
            "contact_key": "krzysztof.travels",
            "handle": "krzysztof.travels",
        },
        {"platform": "linkedin", "contact_key": "in/kj", "name": "Krzysztof Jawka"},
        {"platform": "x", "contact_key": "5", "name": "Juliette Gauchamp", "handle": "juliette70"},
        {"platform": "linkedin", "contact_key": "in/jb", "name": "Juliette Berger"},
    )
    result = resolve_people(frame)
    rules = {(r.contact_key_a, r.contact_key_b): r for r in result.candidates.itertuples()}
    for pair in (("nh", "nathalie86"), ("krzysztof.travels", "in/kj")):
        row = rules[pair]
        assert (row.rule, row.outcome) == ("handle_names_word", "review")
        assert "handle names a word" in row.signals
    assert not any("juliette" in str(r.evidence) for r in rules.values())
    assert result.contacts["person_id"].nunique() == len(frame)


def test_address_book_card_without_dates_merges_at_its_own_threshold() -> None:
    """A card and an account of one name, no connection date for or against: the pair
    merges from ``auto_score_card`` (posterior 0.8 by default) and says so; the same
    score between two dated accounts needs ``auto_score``."""
    card = contacts(
        {"platform": "addressbook", "contact_key": "uid:1", "name": "Aino Virtanen"},
        {"platform": "facebook", "contact_key": "aino v", "name": "Aino Virtanen"},
    )
    score = float(resolve_people(card).candidates["score"].iloc[0])
    merged = resolve_people(card, auto_score=score + 5, auto_score_card=score - 0.1)
    assert merged.contacts["person_id"].nunique() == 1
    row = merged.candidates.iloc[0]
    assert row["outcome"] == "merged" and "address-book card" in row["signals"]
    kept = resolve_people(card, auto_score=score + 5, auto_score_card=score + 0.1)
    assert kept.contacts["person_id"].nunique() == 2
    social = card.assign(platform=["linkedin", "facebook"])
    other = resolve_people(social, auto_score=score + 5, auto_score_card=-10.0)
    assert other.contacts["person_id"].nunique() == 2


def test_review_queue_ranked_by_value_with_limit() -> None:
    frame = contacts(
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
        {"platform": "facebook", "contact_key": "ann q", "name": "Annabel Quist"},
        {"platform": "linkedin", "contact_key": "in/aq", "name": "Anna Quist"},
    )
    net = Network.empty()
    net.identity = resolve_people(frame)
    queue = review_queue(net)
    assert len(queue) == 2
    assert queue["value"].is_monotonic_decreasing
    assert ((queue["posterior"] > 0) & (queue["posterior"] < 1)).all()
    assert review_queue(net, limit=1).equals(queue.head(1))


def test_review_queue_columns() -> None:
    frame = contacts(
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
    )
    net = Network.empty()
    net.identity = resolve_people(frame)
    queue = review_queue(net)
    assert len(queue) == 1
    for column in (
        "platform_a",
        "contact_key_a",
        "name_a",
        "platform_b",
        "contact_key_b",
        "name_b",
        "score",
        "rule",
    ):
        assert column in queue.columns


def test_review_queue_blocked_by_says_why_a_sure_pair_was_not_merged() -> None:
    """``blocked_by`` is the resolver's reason for holding back a pair that reaches the
    merge threshold: two Instagram accounts fit one Facebook friend (rivals), or the user
    said one of them is a different person; a pair below the threshold has none."""
    day = pd.Timestamp("2021-03-05", tz="UTC")
    zeb = {"name": "Zebulon Quixwell", "connected_at": day}
    rivals = contacts(
        {"platform": "facebook", "contact_key": "zq", **zeb},
        {"platform": "instagram", "contact_key": "zebulonquixwell", "handle": "zebulonquixwell"}
        | zeb,
        {"platform": "instagram", "contact_key": "zquixwell", "handle": "zquixwell"}
        | {"name": None, "connected_at": day},
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
    )
    net = Network.empty()
    net.identity = resolve_people(rivals, auto_score=2.0)  # both Zebulon pairs reach it alone
    queue = review_queue(net).set_index(["contact_key_a", "contact_key_b"])
    assert queue["score"].loc[("zq", "zebulonquixwell")] >= 2.0
    assert queue["score"].loc[("zq", "zquixwell")] >= 2.0
    assert queue["blocked_by"].loc[("zq", "zebulonquixwell")] == (
        "another account on the same platform fits too"
    )
    assert queue["blocked_by"].loc[("zq", "zquixwell")] == (
        "another account on the same platform fits too"
    )
    # the evidence text keeps its own sentence; the column is not parsed from it
    assert "not merged: another account" in queue["evidence"].loc[("zq", "zquixwell")]
    plain = queue.loc[("bob stone", "in/rs")]
    assert plain["score"] < 2.0
    assert plain["blocked_by"] == ""

    # the user's "different" between the e-mail twin and the Instagram account blocks it
    decided = contacts(
        {"platform": "facebook", "contact_key": "zq", "email": "z@q.org", **zeb},
        {"platform": "linkedin", "contact_key": "in/zq", "name": "Zeb Q", "email": "z@q.org"},
        {"platform": "instagram", "contact_key": "zebulonquixwell", "handle": "zebulonquixwell"}
        | zeb,
    )
    different = pd.DataFrame(
        [
            {
                "decision": "different",
                "platform_a": "linkedin",
                "contact_key_a": "in/zq",
                "platform_b": "instagram",
                "contact_key_b": "zebulonquixwell",
            }
        ]
    )
    net.identity = resolve_people(decided, decisions=different, auto_score=2.0)
    queue = review_queue(net)
    assert queue[["contact_key_a", "contact_key_b", "blocked_by"]].values.tolist() == [
        ["zq", "zebulonquixwell", "would contradict your decision that two accounts are different"]
    ]
    # merged links never carry a reason, and explain keeps its columns
    assert (net.identity.candidates.query("outcome != 'review'")["blocked_by"] == "").all()
    assert "blocked_by" not in explain(net, net.identity.contacts["person_id"].iloc[0]).columns


def test_decisions_win_both_ways(tmp_path: Path) -> None:
    frame = contacts(
        {
            "platform": "instagram",
            "contact_key": "josemuller",
            "name": "José Müller",
            "handle": "josemuller",
        },
        {"platform": "x", "contact_key": "99", "name": "Jose Muller", "handle": "josemuller"},
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
    )
    path = tmp_path / "people.csv"
    record_decision(path, "different", ("instagram", "josemuller"), ("x", "99"))
    record_decision(path, "same", ("facebook", "bob stone"), ("linkedin", "in/rs"))
    assert len(read_decisions(path)) == 2
    ids = people_of(resolve_people(frame, decisions=path))
    assert ids[("instagram", "josemuller")] != ids[("x", "99")]
    assert ids[("facebook", "bob stone")] == ids[("linkedin", "in/rs")]
    # a later line about the same pair wins
    record_decision(path, "same", ("x", "99"), ("instagram", "josemuller"))
    ids = people_of(resolve_people(frame, decisions=path))
    assert ids[("instagram", "josemuller")] == ids[("x", "99")]


def test_ids_stable_across_reruns_and_new_snapshot(tmp_path: Path) -> None:
    first = contacts(
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
        {"platform": "x", "contact_key": "1", "name": "Ann Lee"},
    )
    path = tmp_path / "people.csv"
    record_decision(path, "same", ("facebook", "bob stone"), ("linkedin", "in/rs"))
    before = people_of(resolve_people(first, decisions=path))
    assert before == people_of(resolve_people(first, decisions=path))
    later = contacts(
        {"platform": "x", "contact_key": "2", "name": "Zed Ray"},
        {"platform": "instagram", "contact_key": "annlee", "name": "Ann Lee"},
    )
    later["first_seen_at"] = pd.Timestamp("2024-06-01", tz="UTC")
    after = people_of(resolve_people(pd.concat([later, first]), decisions=path))
    for account, person in before.items():
        assert after[account] == person
    assert before[("facebook", "bob stone")] == before[("linkedin", "in/rs")]


def test_interactions_follow_merged_people() -> None:
    frame = contacts(
        {"platform": "addressbook", "contact_key": "c1", "name": "Ann Lee", "email": "a@x.org"},
        {"platform": "linkedin", "contact_key": "in/ann", "name": "Ann Lee", "email": "a@x.org"},
    )
    interactions = pd.DataFrame(
        {
            "platform": ["linkedin", "linkedin"],
            "contact_key": ["in/ann", None],
            "name": ["Ann Lee", "Someone"],
            "thread_key": ["t", "u"],
            "n_participants": [2, 2],
            "person_id": ["linkedin:in/ann", None],
        }
    )
    result = resolve_people(frame, interactions)
    assert result.interactions is not None
    person = result.contacts["person_id"].iloc[0]
    assert result.interactions["person_id"].tolist()[0] == person
    assert pd.isna(result.interactions["person_id"].tolist()[1])
    assert result.people.loc[0, "n_accounts"] == 2


def test_connection_date_model_is_learnt_from_sure_pairs() -> None:
    """Planted: 80 people on Facebook and LinkedIn linked by e-mail, 70 % connected on both
    within an exponential gap of 5 days, the rest at unrelated times, among 400 other
    LinkedIn contacts; the model learnt from the sure pairs finds share and gap."""
    import numpy as np

    from power1000_analysis.identity.support import _timing_model

    rng = np.random.default_rng(3)
    start = pd.Timestamp("2020-01-01", tz="UTC")
    rows = []
    for k in range(80):
        met = rng.uniform(0, 1500)
        gap = rng.exponential(5.0) if rng.random() < 0.7 else rng.uniform(-1500, 1500)
        for platform, day in (("facebook", met), ("linkedin", met + gap)):
            rows.append(
                {
                    "platform": platform,
                    "contact_key": f"{platform}-{k}",
                    "name": f"Person{k} Sure",
                    "email": f"p{k}@example.org",
                    "connected_at": start + pd.Timedelta(days=float(day)),
                }
            )
    for k in range(400):
        rows.append(
            {
                "platform": "linkedin",
                "contact_key": f"other-{k}",
                "name": f"Other{k} Person",
                "connected_at": start + pd.Timedelta(days=float(rng.uniform(-200, 1700))),
            }
        )
    frame = contacts(*rows)
    accounts = accounts_module._accounts(frame, None)
    rarity = scoring._rarity(accounts)
    scored = [
        scoring._score(int(a), int(b), accounts, rarity)
        for a, b in candidates_module._candidate_pairs(accounts)
    ]
    model = _timing_model([s for s in scored if s is not None], accounts)
    assert model.anchors == 80
    assert 0.55 <= model.share <= 0.85
    assert 3.0 <= model.mean_days <= 9.0
    assert "learnt from 80 sure pairs" in model.describe()


def _word(k: int) -> str:
    """A made-up name word per number (``name_tokens`` drops digits)."""
    letters = "bcdfghjklmnprstvz"
    return "Qu" + "".join(letters[int(d)] for d in str(k + 10)) + "o"


def _held_folds(frame: pd.DataFrame) -> set[frozenset[str]]:
    """The sure name matches scored together by one held-out timing model (one fold)."""
    from power1000_analysis.identity.support import _timing_models

    accounts = accounts_module._accounts(frame, None)
    rarity = scoring._rarity(accounts)
    scored = [
        scoring._score(int(a), int(b), accounts, rarity)
        for a, b in candidates_module._candidate_pairs(accounts)
    ]
    models = _timing_models([s for s in scored if s is not None], accounts)
    assert models.model.anchors >= 20 and models.held
    by_model: dict[int, set[str]] = {}
    for (a, b), model in models.held.items():
        assert model.held_out
        pair = f"{accounts.platform[a]}:{accounts.key[a]}~{accounts.platform[b]}:{accounts.key[b]}"
        by_model.setdefault(id(model), set()).add(pair)
    return {frozenset(pairs) for pairs in by_model.values()}


def test_cross_fitting_folds_do_not_move_when_a_sure_pair_is_added() -> None:
    """A sure pair's cross-fitting fold depends on its own accounts only: adding one
    unrelated sure pair (its accounts sorting first, as a new snapshot's can) leaves every
    other pair in its fold with the same other pairs. Folds by position moved every later
    pair to the next fold."""
    from power1000_analysis.identity.support import _fold

    start = pd.Timestamp("2020-01-01", tz="UTC")
    rows = []
    for k in range(60):
        name = f"{_word(k)} {_word(k + 500)}"  # one rare name per person: a sure name match
        for platform, day in (("facebook", 30 * k), ("linkedin", 30 * k + k % 7)):
            rows.append(
                {
                    "platform": platform,
                    "contact_key": f"{platform}-{k:03d}",
                    "name": name,
                    "connected_at": start + pd.Timedelta(days=day),
                }
            )
    for k in range(600):  # Facebook friends of their own: the shared names are rare
        rows.append(
            {
                "platform": "facebook",
                "contact_key": f"facebook-other-{k:03d}",
                "name": f"{_word(k + 2000)} {_word(k + 3000)}",
                "connected_at": start + pd.Timedelta(days=3 * k),
            }
        )
    base = contacts(*rows)
    added = contacts(
        *[
            {
                "platform": platform,
                "contact_key": f"{platform}-000a",
                "name": "Zyx Wvut",
                "email": "zyx@example.org",
                "connected_at": start + pd.Timedelta(days=day),
            }
            for platform, day in (("facebook", 3), ("linkedin", 5))
        ],
        *rows,
    )
    before, after = _held_folds(base), _held_folds(added)
    assert len(before) > 5
    new = "facebook:facebook-000a~linkedin:linkedin-000a"
    assert {fold - {new} for fold in after} - {frozenset()} == before
    # the activity ratio's folds are per account, by its own platform:contact_key alone
    one, other = accounts_module._accounts(base, None), accounts_module._accounts(added, None)
    folds = {
        f"{p}:{k}": _fold(one, i)
        for i, (p, k) in enumerate(zip(one.platform, one.key, strict=True))
    }
    for i, (p, k) in enumerate(zip(other.platform, other.key, strict=True)):
        assert folds.get(f"{p}:{k}", _fold(other, i)) == _fold(other, i)


@pytest.mark.parametrize(("days", "sign"), [(2, 1), (900, -1)])
def test_connection_dates_of_accounts_already_joined_count(days: int, sign: int) -> None:
    """An address-book card has no connection date: the card's LinkedIn account (joined by
    e-mail) lends its date to the card's match with a Quora account, and explain says so."""
    frame = _card_with_dated_accounts(days)
    result = resolve_people(frame)
    card = result.candidates[
        (result.candidates["platform_a"] == "addressbook")
        & (result.candidates["platform_b"] == "quora")
    ].iloc[0]
    assert "accounts already joined to each side (linkedin~quora)" in card["evidence"]
    assert "connection dates" in card["signals"]
    weight = float(card["evidence"].split("days apart (")[-1].split(")")[0])
    assert weight * sign > 0


# ----------------------------------------------------------------------------- planted truth


def _truth_key(platform: str, key: str) -> str:
    if platform == "linkedin":
        return unquote(key).lower()
    if platform == "quora":
        return key.rsplit("/", 1)[-1].lower()
    return key.casefold()


def planted_pairs(
    net: Network, root: Path = SAMPLE
) -> dict[str, set[tuple[tuple[str, str], tuple[str, str]]]]:
    """Cross-platform account pairs: true, merged, queued and exact-name baseline."""
    truth = json.loads((root / "ground_truth.json").read_text())
    person = {
        (c["platform"], _truth_key(c["platform"], c["contact_key"])): c["person_id"]
        for c in truth["contacts"]
    }
    person |= {
        ("addressbook", card["contact_key"].casefold()): card["person_id"]
        for card in truth.get("addressbook", [])
    }

    def pairs_of(groups: pd.core.groupby.DataFrameGroupBy) -> set:
        out = set()
        for _, group in groups:
            accounts = sorted(zip(group["platform"], group["contact_key"], strict=True))
            out |= {(a, b) for a, b in itertools.combinations(accounts, 2) if a[0] != b[0]}
        return out

    c = net.contacts.copy()
    c["truth"] = [
        person.get((p, _truth_key(p, k)))
        for p, k in zip(c["platform"], c["contact_key"], strict=True)
    ]
    queue = review_queue(net)
    queued = {
        tuple(sorted(((r.platform_a, r.contact_key_a), (r.platform_b, r.contact_key_b))))
        for r in queue.itertuples()
    }
    named = c[c["name"].notna() & (c["name"] != c["handle"])]
    named = named.assign(key=[" ".join(sorted(name_tokens(n))) for n in named["name"]])
    # accounts that carry nothing to compare (an X follower known by its numeric id only)
    bare = c["name"].isna() & c["handle"].isna() & c["email"].isna()
    bare_accounts = set(zip(c.loc[bare, "platform"], c.loc[bare, "contact_key"], strict=True))
    true = pairs_of(c.dropna(subset=["truth"]).groupby("truth"))
    return {
        "true": true,
        "identifiable": {p for p in true if not set(p) & bare_accounts},
        "merged": pairs_of(c.groupby("person_id")),
        "queued": queued,
        "baseline": pairs_of(named.groupby("key")),
    }


def planted_report(sets: dict[str, set]) -> dict[str, float]:
    true, merged, baseline = sets["true"], sets["merged"], sets["baseline"]
    covered = (merged | sets["queued"]) & true
    return {
        "true_pairs": len(true),
        "merged_precision": len(merged & true) / max(len(merged), 1),
        "merged_recall": len(merged & true) / len(true),
        "merged_or_queued": len(covered) / len(true),
        "merged_or_queued_identifiable": len(covered & sets["identifiable"])
        / max(len(sets["identifiable"]), 1),
        "review_queue": len(sets["queued"]),
        "baseline_precision": len(baseline & true) / max(len(baseline), 1),
        "baseline_recall": len(baseline & true) / len(true),
    }


@pytest.mark.skipif(not (SAMPLE / "ground_truth.json").exists(), reason="no sample data")
def test_planted_truth_precision_and_recall() -> None:
    import power1000_analysis as p1k

    report = planted_report(planted_pairs(p1k.load(SAMPLE, resolve=True)))
    print(report)
    # Measured on data/sample (bench/README.md, "Identity resolution (issue #6)"). The
    # issue's targets are merged precision >= 0.95 and recall >= 0.80, >= 0.95 merged or
    # queued; recall is not met yet (numbers there). These bounds guard against regressions.
    # Session 7 (namesakes carry names by their frequency): 0.983 / 0.763, merged or queued
    # 0.883 (0.981 of identifiable pairs); the sample of the old generator gave 0.975 / 0.766.
    # Session 8 (accounts already joined to a pair's people are not other carriers of its
    # name, ``support._joined_carriers``): 0.972 / 0.782, identifiable 0.981.
    # Session 12 (that second pass only queues, review12 ID-1: its merges were right 11 of
    # 15 times here): 0.983 / 0.763, merged or queued 0.883, identifiable 0.981 unchanged.
    assert report["merged_precision"] >= 0.975
    assert report["merged_recall"] >= 0.755
    assert report["merged_or_queued_identifiable"] >= 0.975
    assert report["merged_or_queued"] >= 0.875
    assert report["merged_precision"] > report["baseline_precision"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="no sample data")
def test_row_order_changes_neither_people_nor_ids_nor_candidates() -> None:
    """Person ids and the partition do not depend on the caller's row order: data/sample's
    contacts and interactions shuffled give the same people, ids and candidate scores, and
    the contacts come back in the caller's order. Before, a shuffled frame gave 2,530 or
    2,532 people for 2,486 (account order oriented each pair, and the platform-pair overlap
    was learnt per *ordered* platform pair, so on half of each pair's candidates). 2,492
    people since session 7's sample, whose namesakes carry names by their frequency; 2,477
    since session 8's second pass (accounts already joined are not other carriers); 2,492
    again since that pass only queues (session 12)."""
    import power1000_analysis as p1k

    net = p1k.load(SAMPLE, resolve=False)
    base = resolve_people(net.contacts, net.interactions)
    shuffled = net.contacts.sample(frac=1.0, random_state=1)
    shuffled.index = shuffled.index + 10_000  # the caller's index is not relied upon
    messages = net.interactions.sample(frac=1.0, random_state=2).reset_index(drop=True)
    other = resolve_people(shuffled, messages)
    assert other.contacts["contact_key"].tolist() == shuffled["contact_key"].tolist()
    assert other.contacts["platform"].tolist() == shuffled["platform"].tolist()
    assert people_of(other) == people_of(base)
    assert other.contacts["person_id"].nunique() == base.contacts["person_id"].nunique() == 2492
    pd.testing.assert_frame_equal(other.people, base.people)

    def by_pair(frame: pd.DataFrame) -> pd.DataFrame:
        key = [
            tuple(sorted(((pa, ka), (pb, kb))))
            for pa, ka, pb, kb in zip(
                frame["platform_a"],
                frame["contact_key_a"],
                frame["platform_b"],
                frame["contact_key_b"],
                strict=True,
            )
        ]
        return frame.assign(pair=key).set_index("pair").sort_index()[["score", "outcome"]]

    pd.testing.assert_frame_equal(by_pair(other.candidates), by_pair(base.candidates))
    # the interactions are mapped to the same people, row for row
    assert other.interactions is not None and base.interactions is not None
    resolved = dict(
        zip(
            net.interactions["person_id"].astype(str),
            base.interactions["person_id"].astype(str),
            strict=True,
        )
    )
    expected = messages["person_id"].astype(str).map(resolved)
    assert other.interactions["person_id"].astype(str).tolist() == expected.tolist()


def test_decisions_survive_reload_and_a_new_snapshot(tmp_path: Path) -> None:
    """Through ``load()`` on generator exports: a user's decisions hold on every re-load and
    after a later snapshot is added; person ids of decided accounts do not move."""
    import warnings

    import power1000_analysis as p1k
    from power1000_analysis.synthetic import default_persona, generate

    generate(tmp_path / "exports", default_persona(scale=0.15))
    root = tmp_path / "exports"
    first = [sorted((root / p).iterdir())[0] for p in ("facebook", "linkedin", "instagram")]
    later = [sorted((root / p).iterdir())[1] for p in ("facebook", "linkedin", "instagram")]
    decisions = tmp_path / "people.csv"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = p1k.load(*first, resolve=True, decisions=decisions)
        candidates = net.identity.candidates
        merged = candidates[candidates["outcome"] == "merged"].iloc[0]
        a = (merged["platform_a"], merged["contact_key_a"])
        b = (merged["platform_b"], merged["contact_key_b"])
        record_decision(decisions, "different", a, b)
        pending = review_queue(net)
        pending = pending[
            ~pending["contact_key_a"].isin([a[1], b[1]])
            & ~pending["contact_key_b"].isin([a[1], b[1]])
        ].iloc[0]
        c = (pending["platform_a"], pending["contact_key_a"])
        d = (pending["platform_b"], pending["contact_key_b"])
        record_decision(decisions, "same", c, d)
        runs = [
            p1k.load(*first, resolve=True, decisions=decisions),
            p1k.load(*first, resolve=True, decisions=decisions),
            p1k.load(*first, *later, resolve=True, decisions=decisions),
        ]
    ids = [people_of(run.identity) for run in runs]
    for found in ids:
        assert found[a] != found[b]
        assert found[c] == found[d]
    assert ids[0] == ids[1]
    for account in (a, b, c, d):
        assert ids[2][account] == ids[0][account]


def test_cli_people_merge_split_and_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from power1000_analysis import cli

    path = tmp_path / "decisions.csv"
    assert cli.main(["people", "merge", "x:1", "linkedin:in/a", "--decisions", str(path)]) == 0
    assert cli.main(["people", "split", "x:2", "quora:b", "--decisions", str(path)]) == 0
    assert read_decisions(path)["decision"].tolist() == ["same", "different"]
    assert cli.main(["people", "merge", "nocolon", "x:1", "--decisions", str(path)]) == 2

    frame = contacts(
        {"platform": "facebook", "contact_key": "bob stone", "name": "Bob Stone"},
        {"platform": "linkedin", "contact_key": "in/rs", "name": "Robert Stone"},
    )
    net = Network.empty()
    net.identity = resolve_people(frame)
    monkeypatch.setattr("power1000_analysis.network.load", lambda *paths, decisions=None: net)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert cli.main(["people", "review", "anything", "--decisions", str(path)]) == 0
    assert "recorded 1 decision in" in capsys.readouterr().out
    last = read_decisions(path).iloc[-1]
    assert (last["decision"], last["platform_a"], last["contact_key_b"]) == (
        "same",
        "facebook",
        "in/rs",
    )


def test_distinct_matches_dropna_drop_duplicates() -> None:
    """accounts._distinct finds combinations on category codes; it must give the rows of
    ``frame[columns].dropna().drop_duplicates()`` for categorical and object columns alike,
    with a row mask too."""
    import numpy as np

    from power1000_analysis.identity.accounts import _distinct

    rng = np.random.default_rng(2)
    n = 3000
    keys = np.array(["ann", "bo", "cy", None, "dee"], dtype=object)[rng.integers(0, 5, n)]
    names = np.array(["Ann", "Bo", None, "Dee Dee"], dtype=object)[rng.integers(0, 4, n)]
    frame = pd.DataFrame(
        {
            "platform": np.array(["facebook", "instagram"], dtype=object)[rng.integers(0, 2, n)],
            "contact_key": keys,
            "name": names,
            "n_participants": rng.integers(1, 5, n),
        }
    )
    as_categories = frame.astype({"platform": "category", "contact_key": "category"})
    mask = (frame["n_participants"] > 2).to_numpy()
    for data in (frame, as_categories):
        for columns in (["platform", "contact_key"], ["platform", "contact_key", "name"]):
            expected = set(data[columns].dropna().drop_duplicates().itertuples(index=False))
            found = _distinct(data, columns)
            assert len(found) == len(set(found))
            assert set(found) == {tuple(row) for row in expected}
            masked = set(data.loc[mask, columns].dropna().drop_duplicates().itertuples(index=False))
            assert set(_distinct(data, columns, mask)) == {tuple(row) for row in masked}


def test_one_platform_gathers_evidence_only_for_exact_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With contacts of one platform, resolve_people first gathers only exact tokens (no
    names, threads or activity from a million interactions); where a pair turns up (two
    cards sharing an e-mail) it scores it with everything. Either way the result must equal
    a resolution that gathered everything from the start."""
    from power1000_analysis.identity import resolve as resolve_module

    contacts = pd.DataFrame(
        {
            "platform": ["addressbook"] * 4,
            "contact_key": ["card:1", "card:2", "card:3", "card:4"],
            "name": ["Ann Lee", "Annie Lee", "Bo Chan", "Cy Dee"],
            "email": ["ann@example.org", "ann@example.org", None, "cy@example.org"],
        }
    )
    interactions = pd.DataFrame(
        {
            "platform": ["addressbook"] * 3,
            "contact_key": ["card:1", "card:3", "card:2"],
            "name": ["Ann M. Lee", "Bo Chan", "Annie Lee"],
            "n_participants": [2, 3, 2],
            "thread_key": ["t1", "t2", None],
            "person_id": ["addressbook:card:1", "addressbook:card:3", "addressbook:card:2"],
        }
    )
    calls: list[bool] = []
    real = resolve_module._accounts

    def recorded(*args: object, complete: bool = True) -> object:
        calls.append(complete)
        return real(*args, complete=complete)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve_module, "_accounts", recorded)
    lazy = identity.resolve_people(contacts, interactions)
    assert calls == [False, True]  # the shared e-mail made a pair: evidence gathered then
    assert lazy.candidates["evidence"].str.contains("email").any()

    def complete_always(*args: object, complete: bool = True) -> object:
        return real(*args, complete=True)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve_module, "_accounts", complete_always)
    eager = identity.resolve_people(contacts, interactions)
    pd.testing.assert_frame_equal(lazy.candidates, eager.candidates)
    pd.testing.assert_frame_equal(lazy.contacts, eager.contacts)
    pd.testing.assert_frame_equal(lazy.people, eager.people)

    calls.clear()
    monkeypatch.setattr(resolve_module, "_accounts", recorded)
    alone = identity.resolve_people(contacts.assign(email=None), interactions)
    assert calls == [False]  # no exact evidence: nothing more gathered
    assert alone.candidates.empty
    assert alone.contacts["person_id"].nunique() == 4


def test_people_frame_one_account_each() -> None:
    """Where no person has two accounts, people_frame skips the grouping: rows still come
    sorted by person_id with the same columns and dtypes as from the grouped path."""
    from power1000_analysis.identity import people_frame

    contacts = pd.DataFrame(
        {
            "platform": ["x", "facebook", "linkedin"],
            "contact_key": ["2", "bo", "in/a"],
            "name": [None, "Bo", "Ann Lee"],
            "person_id": ["x:2", "facebook:bo", "linkedin:in/a"],
        }
    )
    people = people_frame(contacts)
    assert people.values.tolist() == [
        ["facebook:bo", "Bo", "facebook", 1, "facebook:bo"],
        ["linkedin:in/a", "Ann Lee", "linkedin", 1, "linkedin:in/a"],
        ["x:2", None, "x", 1, "x:2"],
    ]
    assert people["n_accounts"].dtype == "int64"
    merged = people_frame(contacts.assign(person_id=["x:2", "facebook:bo", "x:2"]))
    assert merged.dtypes.to_dict() == people.dtypes.to_dict()


def test_categorical_interaction_person_ids_stay_categorical_when_people_merge() -> None:
    """Two accounts of one person share one category; rows of no one stay missing; the
    scorers then work on the codes instead of hashing every row's string."""
    frame = contacts(
        {"platform": "addressbook", "contact_key": "c1", "name": "Ann Lee", "email": "a@x.org"},
        {"platform": "linkedin", "contact_key": "in/ann", "name": "Ann Lee", "email": "a@x.org"},
        {"platform": "linkedin", "contact_key": "in/bo", "name": "Bo Park"},
    )
    keys = ["addressbook:c1", "linkedin:in/ann", None, "linkedin:in/bo", "linkedin:in/ann"]
    interactions = pd.DataFrame(
        {
            "platform": ["addressbook", "linkedin", "linkedin", "linkedin", "linkedin"],
            "contact_key": ["c1", "in/ann", None, "in/bo", "in/ann"],
            "name": ["Ann Lee", "Ann Lee", "Someone", "Bo Park", "Ann Lee"],
            "thread_key": list("tuvwx"),
            "n_participants": 2,
            "person_id": pd.Categorical(keys),
        }
    )
    result = resolve_people(frame, interactions)
    assert result.interactions is not None
    person = result.interactions["person_id"]
    assert isinstance(person.dtype, pd.CategoricalDtype)
    ann = result.contacts.set_index("contact_key").loc["in/ann", "person_id"]
    bo = result.contacts.set_index("contact_key").loc["in/bo", "person_id"]
    assert person.tolist()[0] == person.tolist()[1] == person.tolist()[4] == ann
    assert person.tolist()[3] == bo and pd.isna(person.tolist()[2])
    assert len(person.cat.categories) == 2  # the two accounts' categories became one


def _card_with_dated_accounts(days: int) -> pd.DataFrame:
    """An address-book card and a LinkedIn account of Lena Vogtmann joined by e-mail (the
    LinkedIn one connected on 2023-05-01), and a Quora account of that name connected
    ``days`` later."""
    day = pd.Timestamp("2023-05-01", tz="UTC")
    return contacts(
        {
            "platform": "addressbook",
            "contact_key": "c1",
            "name": "Lena Vogtmann",
            "email": "l@v.org",
        },
        {
            "platform": "linkedin",
            "contact_key": "in/lv",
            "name": "Lena Vogtmann",
            "email": "l@v.org",
            "connected_at": day,
        },
        {
            "platform": "quora",
            "contact_key": "lena-vogtmann",
            "name": "Lena Vogtmann",
            "connected_at": day + pd.Timedelta(days=days),
        },
    )


def _activity_world(*, target_known: bool, nameless: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """40 Facebook ~ LinkedIn pairs sure by e-mail (all in touch on Facebook, half on
    LinkedIn), 60 lone Facebook and 60 lone LinkedIn accounts (in touch: one in three on
    Facebook, one in five on LinkedIn), and
    the target: "Quillon Marchetti" on Facebook (in touch) and on LinkedIn (not), with
    nothing but the name. With ``target_known`` the Facebook account also shares an e-mail
    with an Instagram account: its person is on another platform already. ``nameless``
    more Facebook accounts carry no name and no interaction (like X followers known only
    by id): they can never be a name candidate."""
    sure_fb = _crowd(40, "facebook", 11)
    sure_li = [
        {**row, "platform": "linkedin", "contact_key": f"li-sure-{k}"}
        for k, row in enumerate(sure_fb)
    ]
    for k, (fb, li) in enumerate(zip(sure_fb, sure_li, strict=True)):
        fb["email"] = li["email"] = f"sure{k}@example.org"
    lone_fb = [
        {**row, "contact_key": f"fb-lone-{k}"} for k, row in enumerate(_crowd(60, "facebook", 12))
    ]
    lone_li = [
        {**row, "contact_key": f"li-lone-{k}"} for k, row in enumerate(_crowd(60, "linkedin", 13))
    ]
    target = [
        {"platform": "facebook", "contact_key": "fb-target", "name": "Quillon Marchetti"},
        {"platform": "linkedin", "contact_key": "li-target", "name": "Quillon Marchetti"},
    ]
    if target_known:
        target[0]["email"] = "quillon@example.org"
        target.append(
            {
                "platform": "instagram",
                "contact_key": "zzq8841",
                "handle": "zzq8841",
                "email": "quillon@example.org",
            }
        )
    anonymous = [{"platform": "facebook", "contact_key": f"{k}"} for k in range(nameless)]
    frame = contacts(*sure_fb, *sure_li, *lone_fb, *lone_li, *target, *anonymous)
    active = (
        [("facebook", str(r["contact_key"])) for r in sure_fb]
        + [("linkedin", str(r["contact_key"])) for r in sure_li[::2]]
        + [("facebook", str(r["contact_key"])) for r in lone_fb[::3]]
        + [("linkedin", str(r["contact_key"])) for r in lone_li[::5]]
        + [("facebook", "fb-target")]
    )
    interactions = pd.DataFrame(
        {
            "platform": [p for p, _ in active],
            "contact_key": [k for _, k in active],
            "name": None,
            "thread_key": [f"t{n}" for n in range(len(active))],
            "n_participants": 2,
            "person_id": None,
        }
    )
    return frame, interactions


def _target_row(result: identity.Resolution) -> pd.Series:
    c = result.candidates
    keys = {"fb-target", "li-target"}
    return c[c["contact_key_a"].isin(keys) & c["contact_key_b"].isin(keys)].iloc[0]


def test_activity_is_compared_with_lone_accounts_and_skips_known_sides() -> None:
    """Activity evidence: the share in touch among sure pairs' accounts against the share
    among *lone* accounts (in no candidate pair: one-platform people), not among all of the
    platform's accounts; and an account whose person is already on another platform (here
    by a shared e-mail with Instagram) has its activity explained either way, so only the
    other side counts, and the evidence says so (signal "interactions")."""
    import math

    frame, interactions = _activity_world(target_known=False)
    row = _target_row(resolve_people(frame, interactions))
    # Facebook: 40 of 40 sure accounts in touch vs 20 of 60 lone ones (add-one smoothed);
    # LinkedIn: 20 of 40 vs 12 of 60, the target's LinkedIn account is not in touch
    facebook = math.log2((41 / 42) / (21 / 62))
    linkedin = math.log2((1 - 21 / 42) / (1 - 13 / 62))
    weight = float(row["evidence"].split("no interaction on linkedin (")[1].split(")")[0])
    assert weight == pytest.approx(facebook + linkedin, abs=0.06)
    # against all Facebook accounts (61 of 101 in touch) the same side gave much less
    assert facebook - math.log2((41 / 42) / (62 / 103)) > 0.8
    assert "activity not counted" not in row["evidence"]

    frame, interactions = _activity_world(target_known=True)
    result = resolve_people(frame, interactions)
    row = _target_row(result)
    assert "activity not counted on facebook" in row["evidence"]
    assert "no interaction on linkedin (" in row["evidence"]
    assert "in touch on facebook" not in row["evidence"]
    weight = float(row["evidence"].split("no interaction on linkedin (")[1].split(")")[0])
    assert weight == pytest.approx(linkedin, abs=0.06)
    assert "interactions" in row["signals"]


def test_lone_accounts_are_those_that_could_have_been_name_candidates() -> None:
    """Accounts without a name are never a name candidate, so they are not "lone" people a
    namesake could be: 200 nameless, inactive Facebook accounts (X followers known only by
    id, in the real data) must not lower the Facebook baseline. Counted as lone, the
    baseline fell to 20 of 260 in touch and an active side gained the +2-bit cap instead
    of the 1.5 bits its 60 named lone accounts give."""
    import math

    frame, interactions = _activity_world(target_known=False, nameless=200)
    row = _target_row(resolve_people(frame, interactions))
    facebook = math.log2((41 / 42) / (21 / 62))
    linkedin = math.log2((1 - 21 / 42) / (1 - 13 / 62))
    weight = float(row["evidence"].split("no interaction on linkedin (")[1].split(")")[0])
    assert weight == pytest.approx(facebook + linkedin, abs=0.06)
    # the nameless ones counted: (41/42) / (21/262) is over the cap
    assert min(2.0, math.log2((41 / 42) / (21 / 262))) - facebook > 0.4


def test_first_interaction_stands_in_for_a_missing_connection_date() -> None:
    """An X account has no connection date, but its first interaction follows the
    connection by days: with 30 sure LinkedIn ~ X pairs (shared e-mail) to learn the lag
    from, a name match whose X account first interacted 3 days after the LinkedIn
    connection gains, one 400 days later loses (signal "interaction dates"); without
    enough sure pairs the stand-in says nothing."""

    def world(sure: int) -> tuple[pd.DataFrame, pd.DataFrame]:
        start = pd.Timestamp("2020-01-01", tz="UTC")
        rows, touches = [], []
        for k, row in enumerate(_crowd(sure, "linkedin", 21)):
            day = start + pd.Timedelta(days=25 * k)
            rows.append({**row, "email": f"s{k}@example.org", "connected_at": day})
            rows.append(
                {"platform": "x", "contact_key": f"x-sure-{k}", "email": f"s{k}@example.org"}
            )
            touches.append((f"x-sure-{k}", day + pd.Timedelta(days=2 + k % 9)))
        for k, row in enumerate(_crowd(40, "linkedin", 22)):
            day = start + pd.Timedelta(days=18 * k + 7)
            rows.append({**row, "contact_key": f"li-lone-{k}", "connected_at": day})
        for name, offset in (("Quillon Marchetti", 3), ("Ysolde Brankovic", 400)):
            key = name.split()[0].lower()
            day = start + pd.Timedelta(days=300)
            rows.append(
                {"platform": "linkedin", "contact_key": f"li-{key}", "name": name,
                 "connected_at": day}
            )  # fmt: skip
            rows.append({"platform": "x", "contact_key": f"x-{key}", "name": name})
            touches.append((f"x-{key}", day + pd.Timedelta(days=offset)))
        interactions = pd.DataFrame(
            {
                "platform": "x",
                "contact_key": [k for k, _ in touches],
                "at": [t for _, t in touches],
                "name": None,
                "thread_key": [f"t{n}" for n in range(len(touches))],
                "n_participants": 2,
                "person_id": None,
            }
        )
        return contacts(*rows), interactions

    def row(result: identity.Resolution, key: str) -> pd.Series:
        c = result.candidates
        return c[(c["contact_key_a"] == key) | (c["contact_key_b"] == key)].iloc[0]

    result = resolve_people(*world(30))
    near, far = row(result, "x-quillon"), row(result, "x-ysolde")
    for pair, sign in ((near, 1), (far, -1)):
        assert "first interaction" in pair["evidence"]
        assert "interaction dates" in pair["signals"]
        weight = float(pair["evidence"].split("from the other's connection (")[1].split(";")[0])
        assert weight * sign > 0
    assert near["score"] - far["score"] > 3.0
    # the lag model is learnt from the sure pairs alone (2-10 days, all together), with no
    # pseudo-pairs at the connection-date defaults (50% together, ~14 days), which pulled
    # it to <= 88% and ~7-8 days; and its words speak of first interactions
    model = near["evidence"].split("; learnt from ")[1].split(")")[0]
    share = int(model.split(": ")[1].split("%")[0])
    days = int(model.split("~")[1].split(" days")[0])
    assert share >= 90
    assert days <= 7
    assert "first interacted around the other's connection" in model
    assert "connected together" not in model

    result = resolve_people(*world(10))  # too few sure pairs to learn the lag from
    assert "first interaction" not in row(result, "x-quillon")["evidence"]


def _sure_name_pairs_world(first_gap: float) -> pd.DataFrame:
    """30 people on Facebook and LinkedIn under rare names (sure name matches, >= 8 bits
    before dates), connected 1-5 days apart except the first, ``first_gap`` days; 600
    one-platform LinkedIn contacts dated over the same years, 600 undated Facebook ones."""
    start = pd.Timestamp("2020-01-01", tz="UTC")
    rows = []
    for k, row in enumerate(_crowd(30, "facebook", 31)):
        day = start + pd.Timedelta(days=40 * k)
        gap = first_gap if k == 0 else 1 + k % 5
        rows.append({**row, "connected_at": day})
        rows.append(
            {
                **row,
                "platform": "linkedin",
                "contact_key": f"li-sure-{k}",
                "connected_at": day + pd.Timedelta(days=gap),
            }
        )
    for k, row in enumerate(_crowd(600, "linkedin", 32)):
        rows.append({**row, "connected_at": start + pd.Timedelta(days=2 * k)})
    # undated: only make the names rare
    rows += [
        {**row, "contact_key": f"fb-lone-{k}"} for k, row in enumerate(_crowd(600, "facebook", 33))
    ]
    return contacts(*rows)


def test_sure_name_matches_are_not_scored_by_a_date_model_learnt_from_themselves() -> None:
    """The connection-date model is learnt from the user's sure pairs, which are mostly name
    matches that are then themselves scored with dates. Cross-fitted: such a pair is scored
    by the model of the other folds, so its own gap cannot vouch for it. Planted: moving one
    sure pair's gap from 2 to 900 days moves the model learnt from all pairs, but not the
    model that pair is scored by (its evidence says "other sure pairs")."""
    from power1000_analysis.identity.accounts import _accounts
    from power1000_analysis.identity.support import _timing_model

    def first_pair(result: identity.Resolution) -> pd.Series:
        c = result.candidates
        return c[c["contact_key_b"].eq("li-sure-0") | c["contact_key_a"].eq("li-sure-0")].iloc[0]

    texts, full = [], []
    for gap in (2.0, 900.0):
        frame = _sure_name_pairs_world(gap)
        result = resolve_people(frame)
        pair = first_pair(result)
        assert pair["rule"] == "name_exact"
        model = pair["evidence"].split("; learnt from ")[1].split(")")[0]
        # 30 sure pairs in 10 folds by a hash of their accounts: its fold is left out
        assert model.split(" other sure pairs: ")[0] == "26"
        texts.append(model.split(": ")[1])
        accounts = _accounts(frame, None)
        rarity = scoring._rarity(accounts)
        scored = [
            scoring._score(int(a), int(b), accounts, rarity)
            for a, b in candidates_module._candidate_pairs(accounts)
        ]
        full.append(_timing_model([s for s in scored if s is not None], accounts).describe())
    assert texts[0] == texts[1]  # the pair's own gap did not shape its model
    assert full[0] != full[1]  # ... though it does shape the model every other pair gets


def test_sure_name_matches_are_not_scored_by_an_activity_ratio_learnt_from_themselves() -> None:
    """The activity ratio is learnt from the sure pairs' accounts too: a sure name match's
    account gets the ratio of the other folds. Planted: of the 30 sure Facebook accounts
    only the one scored is in touch, as are 36 of the 600 lone ones (6 %). Learnt with it,
    the sure accounts' share (2/32, add-one) equals the lone share and being in touch says
    nothing (+0.0); without it (1/29) being in touch is *less* common among sure accounts
    than among lone ones: -0.8 bits."""
    import math

    frame = _sure_name_pairs_world(2.0)
    touched = ["facebook-0"] + [f"fb-lone-{k}" for k in range(36)]
    interactions = pd.DataFrame(
        {
            "platform": "facebook",
            "contact_key": touched,
            "at": pd.Timestamp("2023-01-01", tz="UTC"),
            "name": None,
            "thread_key": [f"t{n}" for n in range(len(touched))],
            "n_participants": 2,
            "person_id": None,
        }
    )
    c = resolve_people(frame, interactions).candidates
    pair = c[c["contact_key_a"].eq("facebook-0") | c["contact_key_b"].eq("facebook-0")].iloc[0]
    weight = float(pair["evidence"].split("in touch on facebook (")[1].split(")")[0])
    assert weight == pytest.approx(math.log2((1 / 29) / (37 / 602)), abs=0.06)
    assert weight < -0.5  # learnt with its own activity: log2((2 / 32) / (37 / 602)) = +0.02
