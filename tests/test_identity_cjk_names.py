"""Names written in Han characters that differ are not an exact match, however alike
they transliterate (review12 ID-2: 李娜 / 黎娜 and 王伟 / 汪薇 read ``li na``, ``wang wei``)."""

from __future__ import annotations

import pandas as pd

from power1000_analysis.identity import name_tokens, resolve_people


def _pair(name_a: str, name_b: str) -> pd.DataFrame:
    day = pd.Timestamp("2020-03-01", tz="UTC")
    return pd.DataFrame(
        [
            {"platform": "facebook", "contact_key": "a", "name": name_a, "connected_at": day},
            {
                "platform": "instagram",
                "contact_key": "li.na.88",
                "name": name_b,
                "connected_at": day,
            },
        ]
    )


def test_homophone_han_names_are_only_a_question() -> None:
    assert name_tokens("李娜") == name_tokens("黎娜") == ("li", "na")  # alike as transliterated
    for a, b in (("李娜", "黎娜"), ("王伟", "汪薇")):
        result = resolve_people(_pair(a, b))
        assert result.contacts["person_id"].nunique() == 2, (a, b)
        [row] = result.candidates.to_dict("records")
        assert row["rule"] == "name_homophone"
        assert row["outcome"] == "review"
        assert "(homophone)" in row["evidence"] and "(exact)" not in row["evidence"]


def test_the_same_characters_or_a_transliteration_still_match_exactly() -> None:
    same = resolve_people(_pair("李娜", "李娜"))
    assert same.candidates["rule"].tolist() == ["name_exact"]
    across = resolve_people(_pair("李娜", "Li Na"))
    assert across.candidates["rule"].tolist() == ["name_exact"]  # scripts are bridged
    # another given name after the same characters is a middle name, as in Latin script
    extra = resolve_people(_pair("余博军", "余博军 雅强"))
    assert extra.candidates["rule"].tolist() == ["name_middle"]
