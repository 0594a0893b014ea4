"""Ground truth of a simulated world: parameters, per-person and per-contact truth, and the
counts an honest loader (plus the snapshot merge of ``network.py``) must return.

Definitions (issue #4):

- active at ``as_of``: evidence of life within ``active_window_days`` before ``as_of``; evidence
  is an inbound interaction, or an outbound reaction/like/comment/reply to their content;
- dormant: evidence only before that window; passive: no evidence ever;
- a request's *visible* status is what the exports can show after merging snapshots: a request
  pending in one snapshot and gone from the next is ``accepted`` when a tie appeared, else
  ``withdrawn`` (a decline and a withdrawal look the same); the true outcome is kept beside it.

Example
-------
>>> from power1000_analysis.synthetic.params import default_persona
>>> from power1000_analysis.synthetic.world import simulate
>>> truth = ground_truth(simulate(default_persona(scale=0.2)))
>>> truth["snapshots"]["facebook"][1]["contacts"]
108
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.synthetic.world import NEVER, OWNER, World
from power1000_analysis.synthetic.writers import card_key

__all__ = ["EVIDENCE_OUT", "ground_truth", "interaction_rows"]

#: outbound kinds that react to the other person's content (evidence that they are alive).
EVIDENCE_OUT = frozenset({"reaction", "like", "comment", "reply"})


def _iso_many(ms: object) -> list[str | None]:
    """ISO-8601 UTC strings (millisecond precision) of epoch-ms values; ``NEVER`` and negative
    values (no time) become None. Vectorised: called on every tie and request."""
    values = np.asarray(ms, dtype=np.int64)
    valid = (values >= 0) & (values < NEVER)
    text = np.datetime_as_string(np.where(valid, values, 0).astype("datetime64[ms]"), unit="ms")
    return [f"{t}Z" if ok else None for t, ok in zip(text.tolist(), valid.tolist(), strict=True)]


def interaction_rows(world: World, at: int | None = None) -> pd.DataFrame:
    """Interactions in the contract's convention (one row per event and counterpart) before
    ``at`` (default ``as_of``): platform, person, kind, direction, at_ms, evidence."""
    at = world.as_of_ms if at is None else at
    messages = world.messages[world.messages["at_ms"] < at]
    # Thread ids are unique across platforms: a list indexed by id avoids per-row lookups.
    by_id: list[tuple[int, ...]] = [()] * (int(world.threads["thread"].max()) + 1)
    for thread, members_of in zip(world.threads["thread"], world.threads["members"], strict=True):
        by_id[int(thread)] = members_of
    members = [by_id[t] for t in messages["thread"].tolist()]
    frames = []
    inbound = messages["sender"].to_numpy() != OWNER
    frames.append(
        pd.DataFrame(
            {
                "platform": messages["platform"].to_numpy()[inbound],
                "person": messages["sender"].to_numpy()[inbound],
                "kind": "message",
                "direction": "in",
                "at_ms": messages["at_ms"].to_numpy()[inbound],
            }
        )
    )
    out_index = np.where(~inbound)[0]
    counts = np.array([len(members[i]) for i in out_index], dtype=np.int64)
    out_people = np.array([m for i in out_index for m in members[i]], dtype=np.int64)
    frames.append(
        pd.DataFrame(
            {
                "platform": np.repeat(messages["platform"].to_numpy()[out_index], counts),
                "person": out_people,
                "kind": "message",
                "direction": "out",
                "at_ms": np.repeat(messages["at_ms"].to_numpy()[out_index], counts),
            }
        )
    )
    reacted = messages[messages["reaction_by"] != -2]
    by_owner = reacted["reaction_by"].to_numpy() == OWNER
    frames.append(
        pd.DataFrame(
            {
                "platform": reacted["platform"].to_numpy(),
                "person": np.where(by_owner, reacted["sender"], reacted["reaction_by"]),
                "kind": "reaction",
                "direction": np.where(by_owner, "out", "in"),
                "at_ms": reacted["at_ms"].to_numpy(),
            }
        )
    )
    events = world.events[world.events["at_ms"] < at]
    frames.append(events[["platform", "person", "kind", "direction", "at_ms"]])
    rows = pd.concat(frames, ignore_index=True)
    rows["evidence"] = (rows["direction"] == "in") | rows["kind"].isin(EVIDENCE_OUT)
    return rows


def _visible_requests(world: World) -> pd.DataFrame:
    """Each request as the merged exports show it (or not at all)."""
    r = world.requests.copy()
    snaps = world.snapshot_ms
    seen_in: list[list[int]] = []
    status: list[str | None] = []
    for platform, direction, sent, resolved, outcome in zip(
        r["platform"], r["direction"], r["sent_ms"], r["resolved_ms"], r["outcome"], strict=True
    ):
        # Pending lists: sent before the export, not answered by then. Facebook also lists
        # received requests the owner declined ("rejected").
        pending = [i for i, s in enumerate(snaps) if sent < s <= resolved]
        rejected = [
            i
            for i, s in enumerate(snaps)
            if platform == "facebook"
            and direction == "received"
            and outcome == "declined"
            and resolved < s
        ]
        visible_in = sorted(set(pending) | set(rejected))
        seen_in.append(visible_in)
        if not visible_in:
            status.append(None)
        elif rejected and rejected[-1] == visible_in[-1]:
            status.append("declined")
        elif pending[-1] == len(snaps) - 1:
            status.append("pending")
        else:
            status.append(
                "accepted" if outcome == "accepted" and resolved < snaps[-1] else "withdrawn"
            )
    r["seen_in_snapshots"] = seen_in
    r["visible_status"] = status
    return r


def _connected_together(world: World, days: int = 30) -> dict[str, float]:
    """Pairs of one person's ties on two platforms, and the share formed within ``days``."""
    ties = world.ties[["person", "platform", "formed_ms"]]
    pairs = ties.merge(ties, on="person")
    pairs = pairs[pairs["platform_x"] < pairs["platform_y"]]
    gap = (pairs["formed_ms_x"] - pairs["formed_ms_y"]).abs() / 86_400_000
    return {
        "pairs": len(pairs),
        "share": round(float((gap <= days).mean()), 4) if len(pairs) else 0.0,
    }


def ground_truth(world: World) -> dict[str, Any]:
    """Everything the generator planted, as one JSON-ready dict (see the module docstring)."""
    params = world.params
    as_of = world.as_of_ms
    window_start = as_of - params.active_window_days * 86_400_000
    rows = interaction_rows(world)
    evidence = rows[rows["evidence"]].groupby(["platform", "person"])["at_ms"].max()
    ties = world.ties
    last = (
        ties[["platform", "person"]]
        .merge(evidence.rename("last").reset_index(), on=["platform", "person"], how="left")["last"]
        .fillna(-1)
        .to_numpy(np.int64)
    )
    status = np.where(last >= window_start, "active", np.where(last >= 0, "dormant", "passive"))
    snapshots: dict[str, list[dict[str, Any]]] = {}
    for p in params.platforms:
        snapshots[p.name] = []
        for index, date in enumerate(params.snapshots):
            present = world.contacts_at(p.name, index)
            snapshots[p.name].append(
                {
                    "exported_at": date,
                    "contacts": len(present),
                    "by_relation": dict(sorted(Counter(present["relation"]).items())),
                    "active_contacts": int(
                        (status[present.index.to_numpy()] == "active").sum()
                        if index == len(params.snapshots) - 1
                        else 0
                    ),
                }
            )
    requests = _visible_requests(world)
    visible = requests[requests["visible_status"].notna()]
    counts = {
        "interactions": {
            p.name: dict(
                sorted(
                    Counter(
                        f"{k}/{d}"
                        for k, d in zip(
                            rows.loc[rows["platform"] == p.name, "kind"],
                            rows.loc[rows["platform"] == p.name, "direction"],
                            strict=True,
                        )
                    ).items()
                )
            )
            for p in params.platforms
        },
        "requests": {
            p.name: dict(
                sorted(
                    Counter(
                        f"{d}/{s}"
                        for d, s in zip(
                            visible.loc[visible["platform"] == p.name, "direction"],
                            visible.loc[visible["platform"] == p.name, "visible_status"],
                            strict=True,
                        )
                    ).items()
                )
            )
            for p in params.platforms
        },
        "messages": {
            p.name: int((world.messages["platform"] == p.name).sum()) for p in params.platforms
        },
    }
    current = ties["formed_ms"].lt(as_of) & ties["removed_ms"].ge(as_of)
    person_status = pd.Series(status[current.to_numpy()], index=ties.loc[current, "person"])
    active_people = int(person_status[person_status == "active"].index.nunique())
    contacts = [
        {
            "platform": p,
            "contact_key": k,
            "person_id": f"p{int(x):06d}",
            "name": n,
            "origin": o,
            "formed_at": f,
            "removed_at": r,
            "passive_by_design": bool(pa),
            "strong_tie": bool(st),
            "last_evidence_at": le,
            "status": s,
        }
        for p, k, x, n, o, f, r, pa, st, le, s in zip(
            ties["platform"], ties["key"], ties["person"], ties["name"], ties["origin"],
            _iso_many(ties["formed_ms"]), _iso_many(ties["removed_ms"]), ties["passive"],
            ties["strong"], _iso_many(last), status,
            strict=True,
        )
    ]  # fmt: skip
    request_rows = [
        {
            "platform": p,
            "contact_key": k,
            "person_id": f"p{int(x):06d}",
            "direction": d,
            "sent_at": s,
            "outcome": o,
            "resolved_at": r,
            "visible_status": v,
        }
        for p, k, x, d, s, o, r, v in zip(
            requests["platform"], requests["key"], requests["person"], requests["direction"],
            _iso_many(requests["sent_ms"]), requests["outcome"], _iso_many(requests["resolved_ms"]),
            requests["visible_status"],
            strict=True,
        )
    ]  # fmt: skip
    accounts: dict[int, dict[str, str]] = {}
    for person, platform, key in zip(
        ties["person"].tolist(), ties["platform"].tolist(), ties["key"].tolist(), strict=True
    ):
        accounts.setdefault(person, {})[platform] = key
    book = []
    for person, email, phone, url in zip(
        world.cards.get("person", []), world.cards.get("email", []),
        world.cards.get("phone", []), world.cards.get("url", []), strict=True,
    ):  # fmt: skip
        key = card_key(world, int(person))
        accounts.setdefault(int(person), {})["addressbook"] = key
        book.append(
            {
                "contact_key": key,
                "person_id": f"p{int(person):06d}",
                "has_email": isinstance(email, str),
                "has_phone": isinstance(phone, str),
                "url": url if isinstance(url, str) else None,
            }
        )
    on_platforms = ties.groupby("person")["platform"].nunique()
    together = _connected_together(world)
    people = [
        {
            "person_id": f"p{int(x):06d}",
            "culture": c,
            "community": int(cm),
            "namesake_of": f"p{int(ns):06d}" if ns >= 0 else None,
            "accounts": accounts.get(int(x), {}),
        }
        for x, c, cm, ns in zip(
            world.people["person"], world.people["culture"], world.people["community"],
            world.people["namesake_of"], strict=True,
        )
    ]  # fmt: skip
    return {
        "about": "Planted truth of a synthetic persona (power1000_analysis.synthetic). "
        "Counts under 'expected' are what loaders plus the snapshot merge must return.",
        "as_of": params.snapshots[-1],
        "definitions": {
            "active": f"evidence of life within {params.active_window_days} days before as_of",
            "evidence": "an inbound interaction, or an outbound reaction/like/comment/reply",
            "dormant": "evidence only before the window",
            "passive": "no evidence ever",
        },
        "parameters": {
            **params.to_dict(),
            "engagement": {
                "likes_per_active_contact": {
                    p.name: p.post_like_rate for p in params.platforms if p.post_like_rate
                },
                "reposts_per_active_contact": {
                    p.name: p.post_repost_rate for p in params.platforms if p.post_repost_rate
                },
                "elasticity": 1.0,
                "definition": "each own post (X reply or mention tweet) gets likes ~ "
                "Poisson(likes_per_active_contact × n) and reposts ~ "
                "Poisson(reposts_per_active_contact × n), written as X's string "
                "favorite_count/retweet_count; n = the persona's contacts (all platforms) with "
                f"evidence of life in the {params.active_window_days} days before the post "
                "(both ends included; evidence as under 'definitions')",
            },
        },
        "realised": world.realised,
        "snapshots": snapshots,
        "expected": counts,
        "summary": {
            "people": len(world.people),
            "people_on_several_platforms": int((on_platforms > 1).sum()),
            "namesakes": int((world.people["namesake_of"] >= 0).sum()),
            "address_book_cards": len(book),
            "linkedin_emails": int(
                world.people.set_index("person")
                .loc[ties.loc[ties["platform"] == "linkedin", "person"].unique(), "linkedin_email"]
                .sum()
            ),
            "cross_platform_pairs_connected_within_30_days": together,
            "current_contacts": int(current.sum()),
            "active_contacts": int((status[current.to_numpy()] == "active").sum()),
            "active_people": active_people,
        },
        "contacts": contacts,
        "requests": request_rows,
        "people": people,
        "addressbook": book,
    }
