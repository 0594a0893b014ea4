"""How many people? One reconciled count that every page can quote.

Pages count people two ways, and each is right for its question:

- **now**: people with an account in the newest export of its platform (with ``as_of``: an
  account whose snapshots span that date). This is ``growth.platform_counts``' row "all
  platforms": the report's summary card and notebook 01.
- **in all**: every person ``activity.contact_status`` judges (notebooks 02, 03, 05 and the
  card's active count): besides those now, **former** contacts that an older export held
  and the newest does not (unfollowed, removed, deactivated), and people you **only
  interacted with**, in no contact list (by ``as_of``): a Messenger thread with someone who
  is not your friend, a contact first listed by a later export who wrote before ``as_of``.
  A former contact can still be active, and was part of the network's history.

``in all = now + former + only interacted with`` (at a date between two snapshots, also
people who may have left: held by the snapshot before it, gone from the next one, so
whether they were still there is unknown); :func:`describe_people` says it in one
line, with the active count (the card's) and how many people's activity cannot be known
(only on platforms whose exports hold no interactions: an address book), so two pages
quoting different numbers say why. This module is the one place that splits the people
that way (ux8 #5: the card said 9 where 02 and 05 said 10).

Example
-------
>>> from power1000_analysis.network import Network
>>> people_counts(Network.empty())  # doctest: +NORMALIZE_WHITESPACE
{'in_all': 0, 'now': 0, 'former': 0, 'maybe_left': 0, 'interacted': 0, 'active': 0,
 'active_former': 0, 'unknown': 0}
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd

from power1000_analysis.labels import counted
from power1000_analysis.network import Network

__all__ = ["describe_duplicates", "describe_people", "duplicate_risk", "people_counts"]


def _cutoff(net: Network, as_of: str | datetime | pd.Timestamp | None) -> pd.Timestamp | None:
    from power1000_analysis.evidence import _as_of  # the one as_of parser (ISO strings)

    return _as_of(net, as_of)


def people_counts(
    net: Network,
    *,
    as_of: str | datetime | pd.Timestamp | None = None,
    active_within_days: float = 90.0,
    status: pd.DataFrame | None = None,
    platform_table: pd.DataFrame | None = None,
) -> dict[str, int]:
    """People in all, now, former and only interacted with, how many are active, and how
    many cannot be judged (module docstring).

    Parameters
    ----------
    net
        The network.
    as_of
        Count as of this date (default: the newest export).
    active_within_days
        What "active" means (a sign of life within that many days).
    status, platform_table
        ``activity.contact_status(net, as_of=as_of, active_within_days=...)`` and
        ``growth.platform_counts(net, as_of=as_of)`` when the caller has them already (the
        report's card): they are used as they are instead of computed again. A ``status``
        of another date or window is a ``ValueError``.

    Returns
    -------
    dict
        ``in_all`` (every person ``contact_status`` judges: the people of notebooks 02,
        03 and 05), ``now`` (the summary card's count), ``former`` (contacts only in
        older exports), ``maybe_left`` (with ``as_of`` between two snapshots: held by
        the one before it, missing from the next: whether they had left by then is
        unknown, ``growth.contact_presence``), ``interacted`` (in no contact list by
        ``as_of``, only in interactions: ``in_all - now - former - maybe_left``),
        ``active`` (status active at
        ``as_of``, with ``active_within_days``: the card's active count), ``active_former``
        (of them, former contacts) and ``unknown`` (status unknown: only on platforms whose
        exports hold no interactions, so nothing could show them alive).
    """
    counts, _, _ = _counts(net, as_of, active_within_days, status, platform_table)
    return counts


def _counts(
    net: Network,
    as_of: str | datetime | pd.Timestamp | None,
    active_within_days: float,
    status: pd.DataFrame | None,
    platform_table: pd.DataFrame | None,
) -> tuple[dict[str, int], pd.DataFrame, set[str]]:
    """:func:`people_counts`, the ``contact_status`` rows of the active people counted
    (empty without any), and the ``person_id`` of everyone counted."""
    from power1000_analysis.activity import contact_status
    from power1000_analysis.growth import ALL_PLATFORMS, _presence, platform_counts

    contacts = net.contacts
    cutoff = _cutoff(net, as_of)
    state, left_between = _presence(net, as_of)
    counts = platform_table if platform_table is not None else platform_counts(net, as_of=as_of)
    now = int(counts.loc[counts["platform"] == ALL_PLATFORMS, "people"].iloc[0])
    current = set(contacts.loc[state == "present", "person_id"].dropna())
    # left between a snapshot before as_of and the next after it: maybe still there then
    maybe_left = set(contacts.loc[left_between, "person_id"].dropna()) - current
    former = set(contacts.loc[state == "former", "person_id"].dropna()) - current - maybe_left
    judged = pd.DataFrame({"person_id": pd.Series(dtype=object), "status": pd.Series(dtype=object)})
    if cutoff is not None:
        if status is None:
            status = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
        else:
            _check_status(status, cutoff, active_within_days)
        judged = status
    # the people of the pages: everyone contact_status judges (contacts known by as_of and
    # everyone you interacted with by then); present and former contacts are among them
    everyone = set(judged["person_id"]) | current | former | maybe_left
    active_rows = judged.loc[judged["status"] == "active"]
    active = set(active_rows["person_id"])
    return (
        {
            "in_all": len(everyone),
            "now": now,
            "former": len(former),
            "maybe_left": len(maybe_left),
            "interacted": len(everyone) - now - len(former) - len(maybe_left),
            "active": len(active),
            "active_former": len(active & former),
            "unknown": int((judged["status"] == "unknown").sum()),
        },
        active_rows,
        everyone,
    )


def _check_status(status: pd.DataFrame, cutoff: pd.Timestamp, active_within_days: float) -> None:
    """A ``contact_status`` table passed in must be of this date and window."""
    used = status.attrs.get("as_of")
    window = status.attrs.get("active_within_days", active_within_days)
    if used is None or pd.Timestamp(used) != cutoff or window != active_within_days:
        raise ValueError(
            f"status is contact_status as of {used} with active_within_days={window},"
            f" not as of {cutoff} with {active_within_days}: pass the one for these"
            " (or none)"
        )


def describe_people(
    net: Network,
    *,
    as_of: str | datetime | pd.Timestamp | None = None,
    active_within_days: float = 90.0,
    status: pd.DataFrame | None = None,
    platform_table: pd.DataFrame | None = None,
) -> str:
    """One line reconciling the people counts the pages quote (``status`` and
    ``platform_table`` as for :func:`people_counts`).

    Active people whose accounts' interactions are known only until an older export
    (``evidence.account_interactions_known_until``: a LinkedIn download of the connections only
    after a full archive) are judged as of that export by ``contact_status``: the line
    says how many and the date, rather than "in the last 90 days" for all.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> describe_people(Network.empty())
    '0 people in all = 0 in your network now + 0 former contacts (only in older exports); 0 of them active (evidence of life in the last 90 days).'
    """
    from power1000_analysis.growth import _presence

    counts, active, everyone = _counts(net, as_of, active_within_days, status, platform_table)
    former_active = (
        f", {counted(counts['active_former'], 'of them a former contact', 'of them former contacts')}"
        if counts["active_former"]
        else ""
    )
    cutoff = _cutoff(net, as_of)
    earlier = ""
    if "judged_as_of" in active and cutoff is not None:
        dates = active.loc[active["judged_as_of"] < cutoff, "judged_as_of"]
        if len(dates):
            days = ", ".join(f"{day:%Y-%m-%d}" for day in sorted(set(dates)))
            earlier = (
                f"; {len(dates):,} of them in the {active_within_days:g} days before {days},"
                " the newest export that holds their platforms' interactions"
            )
    when = "now"
    then = ""
    unknown = ""
    maybe_left = ""
    if as_of is not None and cutoff is not None:
        day = f"{cutoff:%Y-%m-%d}"
        when, then = f"on {day}", f" on {day}"
        presence, left_between = _presence(net, as_of)
        person = net.contacts["person_id"]
        # counted anyway when they interacted with you by then (see "only interacted with")
        unsure = (presence == "unknown") & ~left_between & ~person.isin(everyone)
        if unsure.any():
            # no connection date, first seen in a later export: maybe there on that date.
            # People, as the card counts; page 01's table counts accounts (review10 R19)
            people = person[unsure].nunique() + int(person[unsure].isna().sum())
            unknown = (
                f" Not counted: {counted(people, 'person', 'people')} first seen in an export"
                f" after {day} that gives no connection date (an address book, follower"
                " lists), so whether they were in your network then is unknown."
            )
        accounts = int((presence == "unknown").sum())
        if accounts:
            unknown += (
                f" Who is in my network? counts accounts: {counted(accounts, 'account')} of"
                f" unknown presence on {day} (new without a connection date, or gone by the"
                " next export), some of them of people counted through another account."
            )
        if counts["maybe_left"]:
            maybe_left = (
                f" + {counts['maybe_left']:,} who may have left by {day} (held by an export"
                " before it, missing from the next one after it)"
            )
    interacted = (
        f" + {counts['interacted']:,} you only interacted with (in no contact list{then})"
        if counts["interacted"]
        else ""
    )
    blind, accounts = _without_interactions(net)
    if counts["in_all"] and counts["unknown"] == counts["in_all"]:
        # an address book alone: nothing could show anyone alive (ux8 #17), not "0 active"
        activity = (
            f"activity unknown for all {counts['in_all']:,}: their exports hold no"
            f" interactions ({blind})"
        )
    else:
        activity = (
            f"{counts['active']:,} of them active (evidence of life in the last"
            f" {active_within_days:g} days{former_active}{earlier})"
        )
        if counts["unknown"]:
            where = (
                "in exports that hold no interactions"
                if accounts
                else "on platforms whose exports hold no interactions"
            )
            activity += f"; activity unknown for {counts['unknown']:,} (only {where}: {blind})"
    return (
        f"{counted(counts['in_all'], 'person', 'people')} in all = {counts['now']:,} in your"
        f" network {when} + {counted(counts['former'], 'former contact')} (only in older exports)"
        f"{maybe_left}{interacted}; {activity}.{unknown}"
    )


def _without_interactions(net: Network) -> tuple[str, bool]:
    """What holds the people whose activity is unknown, for the headcount line: the
    platforms none of whose exports holds interactions, then, per platform where only
    some accounts' exports hold none (a Mastodon CSV of another account beside an
    archive), how many such accounts hold unknown contacts ("1 mastodon account"); and
    whether there are any of the latter."""
    from power1000_analysis.evidence import (
        _accounts_without_interactions,
        contacts_without_interactions,
        platforms_without_interactions,
    )

    whole = platforms_without_interactions(net)
    names = sorted(whole)
    unseen = net.contacts.loc[contacts_without_interactions(net), "platform"].astype(str)
    partial = sorted(set(unseen) - whole)
    if partial:
        accounts = _accounts_without_interactions(net)
        for platform in partial:
            n = sum(1 for p, _ in accounts if p == platform)
            names.append(counted(max(n, 1), f"{platform} account"))
    return ", ".join(names), bool(partial)


def duplicate_risk(
    net: Network, *, as_of: str | datetime | pd.Timestamp | None = None
) -> dict[str, Any]:
    """Why the count of people (the card's, ``growth.platform_counts``' "all platforms")
    may count some people twice, in numbers identity resolution has (review10 R1: on the
    sample 2,422 people were counted where 2,288 were there; no correction is made here,
    only what is known is said).

    Two kinds of account can be one person counted as two:

    - accounts with **no name and no handle** (an X follower list gives only an account id):
      nothing matches them to the same person's accounts elsewhere, so each counts as a
      person of its own. Only people all of whose accounts are so, and only when the network
      counts accounts of another platform too (on one platform accounts are distinct people);
    - pairs in the **review queue** (``identity.review_queue``) whose two accounts belong to
      two different people both counted: each "same" answer would count one person fewer.

    Parameters
    ----------
    net
        The network as ``load`` resolved it (``net.identity``, the resolution with its
        review queue); an anonymised or hand-built network without one has no queue here
        (``pairs`` None).
    as_of
        Count the people of this date (``growth.contact_presence``), as the card does.

    Returns
    -------
    dict
        ``people`` (counted), ``nameless`` (people counted who are accounts with neither a
        name nor a handle), ``nameless_platforms`` (their platforms), ``pairs`` (review
        queue pairs joining two people counted; None without a resolution), ``queued``
        (every pair in the queue), ``at_most`` (how many fewer people the count would be if
        every such pair were one person: the people in them less the groups they form).

    Example
    -------
    >>> duplicate_risk(Network.empty())["nameless"]
    0
    """
    from power1000_analysis.growth import contact_presence
    from power1000_analysis.identity.resolve import Resolution

    contacts = net.contacts
    present = contact_presence(net, as_of=as_of) == "present"
    counted_rows = contacts.loc[present & contacts["person_id"].notna()]

    def blank(column: str) -> pd.Series:
        values = counted_rows[column].astype(object)
        return values.isna() | values.astype(str).str.strip().eq("")

    no_name = blank("name") & blank("handle")
    by_person = no_name.groupby(counted_rows["person_id"].astype(object), sort=False).all()
    platforms_counted = set(counted_rows["platform"].astype(str))
    nameless_ids = set(by_person.index[by_person.to_numpy()])
    nameless_rows = counted_rows[counted_rows["person_id"].isin(nameless_ids)]
    own = nameless_rows.groupby(nameless_rows["person_id"].astype(object), sort=False)[
        "platform"
    ].agg(lambda s: set(s.astype(str)))
    # a person on every platform the network counts cannot be anyone's other account
    elsewhere = own[[bool(platforms_counted - mine) for mine in own]]
    nameless_platforms = sorted(set().union(*elsewhere)) if len(elsewhere) else []
    risk: dict[str, Any] = {
        "people": int(counted_rows["person_id"].nunique()),
        "nameless": len(elsewhere),
        "nameless_platforms": nameless_platforms,
        "pairs": None,
        "queued": None,
        "at_most": None,
    }
    if not isinstance(getattr(net, "identity", None), Resolution):
        return risk
    from power1000_analysis.identity import review_queue

    queue = review_queue(net)
    ids = set(counted_rows["person_id"])
    both = queue[
        queue["person_id_a"].isin(ids)
        & queue["person_id_b"].isin(ids)
        & (queue["person_id_a"] != queue["person_id_b"])
    ]
    parent: dict[object, object] = {}

    def root(x: object) -> object:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in zip(both["person_id_a"], both["person_id_b"], strict=True):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    people = set(both["person_id_a"]) | set(both["person_id_b"])
    risk.update(
        pairs=len(both),
        queued=len(queue),
        at_most=len(people) - len({root(p) for p in people}),
    )
    return risk


def describe_duplicates(risk: dict[str, Any], *, short: bool = False) -> str:
    """What :func:`duplicate_risk` found, in words ("" when nothing: no nameless account,
    no pair waiting). ``short``: the card's few words next to its count; otherwise the
    sentence of page 01.

    Example
    -------
    >>> describe_duplicates({"nameless": 3, "nameless_platforms": ["x"], "pairs": 2,
    ...                      "queued": 2, "at_most": 2}, short=True)
    'may count some people twice: 3 x accounts with no name, 2 pairs waiting for review'
    >>> describe_duplicates({"people": 9, "nameless": 0, "nameless_platforms": [], "pairs": 0,
    ...                      "queued": 0, "at_most": 0})
    ''
    """
    nameless, pairs = risk["nameless"], risk["pairs"] or 0
    if not nameless and not pairs:
        return ""
    where = "/".join(risk["nameless_platforms"])
    kind = f"{where} account" if where else "account"
    if short:
        parts = []
        if nameless:
            parts.append(counted(nameless, f"{kind} with no name", f"{kind}s with no name"))
        if pairs:
            parts.append(counted(pairs, "pair", "pairs") + " waiting for review")
        return "may count some people twice: " + ", ".join(parts)
    parts = []
    if nameless:
        parts.append(
            counted(nameless, f"{kind} has", f"{kind}s have")
            + " neither a name nor a handle to match them with your other platforms, so each"
            " counts as a person of its own, though some are people you know there too"
        )
    if pairs:
        queued = risk.get("queued") or pairs
        waiting = (
            f"{pairs:,} of the {queued:,} pairs of accounts waiting for your review"
            if queued > pairs
            else f"{counted(pairs, 'pair')} of accounts waiting for your review"
        )
        one = pairs == 1
        parts.append(
            f"{waiting} would {'join' if one else 'each join'} two of the people counted:"
            f" were {'it' if one else 'each pair'} one person, the count would be at most"
            f" {risk['at_most'] or 0:,} lower (answer {'it' if one else 'them'} with"
            " `power1000 people review`)"
        )
    return (
        f"Of these {counted(risk['people'], 'person', 'people')}, some may be counted twice: "
        + "; and ".join(parts)
        + ". The count is not corrected for either."
    )
