"""Observed reach (page 04): a reply post no longer counts its own addressee as "active at
the time" of the post (review11 R2). The reply's outbound row, at the post's time to the
second, is evidence of life for the person replied to; the window was [t - 90 d, t]."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from test_reach import _observed_net

from power1000_analysis.reach import observed_reach
from power1000_analysis.schema import conform


def test_a_reply_does_not_make_its_addressee_active_at_its_own_time() -> None:
    evidence = [
        ("a", "x", "2024-03-01 10:00:00"),  # alive before the posts: counts
        ("c", "x", "2024-01-01 12:00:01"),  # exactly 90 days before p2: still counts
    ]
    posts = [
        ("p1", "2024-03-31 12:00:00", 3, 0),  # a reply to b: b's only sign of life is it
        ("p2", "2024-03-31 12:00:01", 1, 0),  # a second later: b counts, from p1's reply
    ]
    net = _observed_net(evidence, posts)
    reply = pd.DataFrame(
        {
            "platform": ["x"],
            "at": pd.to_datetime(["2024-03-31 12:00:00"], utc=True),
            "contact_key": ["b"],
            "person_id": ["x:b"],
            "direction": ["out"],
            "kind": ["reply"],
            "thread_key": ["p1"],
            "n_participants": [2],
        }
    )
    interactions = pd.concat([net.interactions, conform("interactions", reply)])
    net = replace(net, interactions=conform("interactions", interactions))
    table = observed_reach(net, as_of="2024-04-01")
    assert table["post_id"].tolist() == ["p1", "p2"]
    # old window [t - 90 d, t]: p1 counted a, b (its own addressee) and c
    assert table["active_contacts"].tolist() == [2, 3]
    assert table["active_on_platform"].tolist() == [2, 3]
