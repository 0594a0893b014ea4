"""Your circles beside Dunbar's layers (issue #7 item 6).

Example
-------
>>> PUBLISHED_LAYER_SIZES[-1]
150.0
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from power1000_analysis.evidence import AsOf, _as_of
from power1000_analysis.network import Network
from power1000_analysis.scores import DEFAULT_WEIGHTS, _tally, activity_scores

__all__ = [
    "DUNBAR_NUMBER",
    "INNER_CIRCLE_FACTOR",
    "MIN_PEOPLE_PER_CIRCLE",
    "PUBLISHED_LAYER_SIZES",
    "describe_layers",
    "dunbar_layers",
    "dunbar_membership",
    "why_no_circles",
]

#: the outermost layer: about how many stable relationships a person keeps.
DUNBAR_NUMBER = 150

#: ego-network layer sizes (cumulative) from Dunbar, Arnaboldi, Conti & Passarella (2015),
#: "The structure of online social networks mirrors those in the offline world", Social
#: Networks 43:39–47 (>185,000 Facebook and Twitter egos): each about 3x the last.
PUBLISHED_LAYER_SIZES: tuple[float, ...] = (1.5, 5.0, 15.0, 50.0, 150.0)

#: circles are formed only when at least this many people per circle (15 for the five
#: circles) had an interaction in the window: with fewer, the clustering puts one or two
#: people in each circle, which says nothing about circles (ux8 review #27).
MIN_PEOPLE_PER_CIRCLE = 3

#: an innermost circle more than this many times Dunbar's innermost layer gets a word on
#: what the circles are (and are not) in :func:`describe_layers`
INNER_CIRCLE_FACTOR = 3


def _kmeans_1d(values: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Optimal weighted 1-D k-means of sorted ``values``; returns the cluster of each value.

    Dynamic programming over the sorted distinct values (Wang & Song 2011, Ckmeans.1d.dp):
    exact, and fast because contact counts have few distinct values.
    """
    n = len(values)
    k = min(k, n)
    cw = np.concatenate([[0.0], np.cumsum(weights)])
    cx = np.concatenate([[0.0], np.cumsum(weights * values)])
    cxx = np.concatenate([[0.0], np.cumsum(weights * values * values)])

    def cost(i: np.ndarray, j: int) -> np.ndarray:  # values[i:j], weighted SSE
        w = cw[j] - cw[i]
        s = cx[j] - cx[i]
        return (cxx[j] - cxx[i]) - np.where(w > 0, s * s / np.where(w > 0, w, 1.0), 0.0)

    best = np.full((k + 1, n + 1), np.inf)
    split = np.zeros((k + 1, n + 1), dtype=np.int64)
    best[0, 0] = 0.0
    for m in range(1, k + 1):
        for j in range(m, n + 1):
            starts = np.arange(m - 1, j)
            candidates = best[m - 1, starts] + cost(starts, j)
            pick = int(np.argmin(candidates))
            best[m, j], split[m, j] = candidates[pick], starts[pick]
    labels = np.zeros(n, dtype=np.int64)
    j = n
    for m in range(k, 0, -1):
        i = split[m, j]
        labels[i:j] = m - 1
        j = i
    return labels


def dunbar_membership(
    net: Network,
    *,
    as_of: AsOf = None,
    window_days: float = 365.0,
    n_layers: int = 5,
) -> pd.DataFrame:
    """Each person's contact frequency in the window and the Dunbar layer it falls in.

    Frequency is interactions per year in the ``window_days`` before ``as_of`` (both
    directions, every kind, a group message counted 1/(n_participants − 1)). The layers
    are the clusters of an optimal 1-D k-means of log frequency among people with any
    interaction in the window; layer 1 is the most frequent. People with none are in no
    layer (``layer`` is missing), and so is everyone when fewer than
    ``MIN_PEOPLE_PER_CIRCLE * n_layers`` people had an interaction in the window (too few
    to form circles). ``attrs``: ``people_in_window`` (people with an interaction in the
    window), ``min_people`` (that minimum) and ``window_days``.

    Returns
    -------
    DataFrame
        ``person_id``, ``name``, ``platforms``, ``per_year``, ``layer`` (nullable Int64),
        most frequent first.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> dunbar_membership(Network.empty()).empty
    True
    """
    from power1000_analysis.decay import _check_whole

    # 0 gave one layer, -2 a numpy error (review11 A5)
    _check_whole(n_layers, "n_layers", "layers")
    cutoff = _as_of(net, as_of)
    columns = ["person_id", "name", "platforms", "per_year", "layer"]
    facts = {
        "people_in_window": 0,
        "min_people": MIN_PEOPLE_PER_CIRCLE * n_layers,
        "window_days": window_days,
    }
    if cutoff is None:
        empty = pd.DataFrame(columns=columns)
        empty.attrs.update(facts)
        return empty
    ones = dict.fromkeys(DEFAULT_WEIGHTS, 1.0)
    scores = activity_scores(net, as_of=cutoff, weights=ones)
    # Counting, not decaying, within the window: a very long half-life, a lower bound.
    tally = _tally(
        net.interactions,
        cutoff,
        half_life_days=1e12,
        weights=ones,
        since=cutoff - pd.Timedelta(days=window_days),
    )
    counts = pd.Series(tally.score, index=tally.person_id).groupby(level=0).sum()
    per_year = counts.reindex(scores["person_id"]).fillna(0.0).to_numpy() * 365.0 / window_days
    table = scores[["person_id", "name", "platforms"]].assign(per_year=per_year)
    table["layer"] = pd.array([pd.NA] * len(table), dtype="Int64")
    active = table["per_year"] > 0
    facts["people_in_window"] = int(active.sum())
    if active.sum() >= facts["min_people"]:
        distinct, counts_of = np.unique(np.log(table.loc[active, "per_year"]), return_counts=True)
        labels = _kmeans_1d(distinct, counts_of.astype(float), n_layers)
        # cluster 0 is the least frequent; layer 1 the most
        layer_of = labels.max() - labels + 1
        where = np.searchsorted(distinct, np.log(table.loc[active, "per_year"]))
        table.loc[active, "layer"] = layer_of[where]
    table = table.sort_values(["per_year", "person_id"], ascending=[False, True])
    table = table.reset_index(drop=True)
    table.attrs.update(facts)
    return table


def dunbar_layers(
    net: Network,
    *,
    as_of: AsOf = None,
    window_days: float = 365.0,
    n_layers: int = 5,
) -> pd.DataFrame:
    """Nested circles of people by contact frequency, beside the published layer sizes.

    Layers come from the data (:func:`dunbar_membership`); circle k holds layers 1..k.
    The published cumulative sizes of face-to-face and online ego networks are about
    1.5, 5, 15, 50 and 150, each ~3x the last (Dunbar, Arnaboldi, Conti & Passarella 2015,
    Social Networks 43:39–47, from >185,000 Facebook and Twitter egos).

    Returns
    -------
    DataFrame
        One row per layer: ``layer``, ``people`` (in this ring), ``size`` (cumulative),
        ``ratio`` (size / previous size), ``min_per_year``/``max_per_year`` (contact
        frequency in the ring), ``published_size``, ``published_ratio``. Empty when too
        few people had an interaction in the window; ``attrs`` as :func:`dunbar_membership`'s
        (``people_in_window``, ``min_people``, ``window_days``) say why.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> dunbar_layers(Network.empty()).empty
    True
    """
    members = dunbar_membership(net, as_of=as_of, window_days=window_days, n_layers=n_layers)
    columns = [
        "layer", "people", "size", "ratio", "min_per_year", "max_per_year", "published_size",
        "published_ratio",
    ]  # fmt: skip
    facts = dict(members.attrs)
    members = members.loc[members["layer"].notna()]
    if members.empty:
        empty = pd.DataFrame(columns=columns)
        empty.attrs.update(facts)
        return empty
    table = (
        members.groupby("layer")
        .agg(
            people=("person_id", "size"),
            min_per_year=("per_year", "min"),
            max_per_year=("per_year", "max"),
        )
        .reset_index()
    )
    table["layer"] = table["layer"].astype(int)
    table["size"] = table["people"].cumsum()
    table["ratio"] = table["size"] / table["size"].shift(1)
    published = pd.Series(PUBLISHED_LAYER_SIZES, index=range(1, len(PUBLISHED_LAYER_SIZES) + 1))
    table["published_size"] = table["layer"].map(published).astype(float)
    table["published_ratio"] = table["published_size"] / table["published_size"].shift(1)
    table = table[columns]
    table.attrs.update(facts)
    return table


def why_no_circles(layers: pd.DataFrame) -> str:
    """Why :func:`dunbar_layers` gave no circles, in one line ('' when it gave some).

    Example
    -------
    >>> t = pd.DataFrame(columns=["layer", "size"])
    >>> t.attrs.update(people_in_window=3, min_people=15, window_days=365.0)
    >>> why_no_circles(t)
    'too few people to form circles: 3 with an interaction in the last 365 days (at least 15 needed, 3 per circle)'
    """
    if len(layers):
        return ""
    people = int(layers.attrs.get("people_in_window", 0))
    window = float(layers.attrs.get("window_days", 365.0))
    minimum = int(layers.attrs.get("min_people", MIN_PEOPLE_PER_CIRCLE * 5))
    if people == 0:
        return f"no circles: no one with an interaction in the last {window:g} days"
    return (
        f"too few people to form circles: {people} with an interaction in the last {window:g} "
        f"days (at least {minimum} needed, {MIN_PEOPLE_PER_CIRCLE} per circle)"
    )


def describe_layers(
    layers: pd.DataFrame,
    *,
    active_people: int,
    active_within_days: float,
    status_known: int | None = None,
) -> str:
    """Say plainly where the user's active people and circles sit against Dunbar's ~150.

    Parameters
    ----------
    layers
        :func:`dunbar_layers` output.
    active_people
        People with evidence of life in the window (``activity.contact_status``).
    active_within_days
        That window, in days.
    status_known
        People whose status is known (not ``unknown``); 0 says whether anyone is active
        is unknown (no export holds interactions) instead of "0 active people". None:
        not given, ``active_people`` is taken as known.

    Returns
    -------
    str
        A few sentences of plain text (Markdown).

    Example
    -------
    >>> layers = pd.DataFrame({"layer": [1, 2], "size": [4, 20], "published_size": [1.5, 5.0]})
    >>> print(describe_layers(layers, active_people=75, active_within_days=90))
    You have **75 active people** (evidence of life in the last 90 days): half of Dunbar's ~150, the number of stable relationships a person is thought to keep. Your 2 circles hold 4 and 20 people; Dunbar's layers hold about 1.5 and 5.
    """
    ratio = active_people / DUNBAR_NUMBER
    if active_people == 0:
        against = "none yet, against Dunbar's ~150"
    elif 0.9 <= ratio <= 1.1:
        against = "about Dunbar's ~150"
    elif ratio > 1:
        against = f"{ratio:.1f} times Dunbar's ~150"
    elif abs(ratio - 0.5) < 0.05:
        against = "half of Dunbar's ~150"
    else:
        against = f"{ratio:.0%} of Dunbar's ~150"
    text = (
        f"You have **{active_people:,} active people** (evidence of life in the last "
        f"{active_within_days:g} days): {against}, the number of stable relationships a person "
        "is thought to keep."
    )
    if status_known == 0 and active_people == 0:  # review12 UNK-1: not "0 active, none yet"
        text = (
            f"Whether anyone is active (evidence of life in the last {active_within_days:g}"
            " days) is **unknown**: none of these exports holds interactions (an address book"
            " alone, say), so no one can show a sign of life, and there is no count to set"
            " against Dunbar's ~150, the number of stable relationships a person is thought"
            " to keep."
        )
    if len(layers):

        def listed(values: list[str]) -> str:
            return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]

        yours = listed([f"{int(size):,}" for size in layers["size"]])
        published = listed([f"{size:g}" for size in layers["published_size"].dropna()])
        circles = "circle" if len(layers) == 1 else "circles"
        text += f" Your {len(layers)} {circles} hold {yours} people"
        text += f"; Dunbar's layers hold about {published}." if published else "."
        inner, first = int(layers["size"].iloc[0]), layers["published_size"].iloc[0]
        if pd.notna(first) and inner > INNER_CIRCLE_FACTOR * first:
            # review10 R11: 61 people in the innermost circle, against 1.5, went unremarked
            text += (
                f" Your innermost circle holds {inner:,} people where Dunbar's holds about"
                f" {first:g}: the circles are tiers of how often you interacted in the last"
                " year, so people you interact with about equally often share one; read them"
                " as your own tiers of contact, not as Dunbar's layers of closeness."
            )
    else:
        why = why_no_circles(layers)
        text += f" {why[0].upper()}{why[1:]}."
    return text
