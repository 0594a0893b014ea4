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
    "PUBLISHED_LAYER_SIZES",
    "describe_layers",
    "dunbar_layers",
    "dunbar_membership",
]

#: the outermost layer: about how many stable relationships a person keeps.
DUNBAR_NUMBER = 150

#: ego-network layer sizes (cumulative) from Dunbar, Arnaboldi, Conti & Passarella (2015),
#: "The structure of online social networks mirrors those in the offline world", Social
#: Networks 43:39–47 (>185,000 Facebook and Twitter egos): each about 3x the last.
PUBLISHED_LAYER_SIZES: tuple[float, ...] = (1.5, 5.0, 15.0, 50.0, 150.0)


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
    layer (``layer`` is missing).

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
    cutoff = _as_of(net, as_of)
    columns = ["person_id", "name", "platforms", "per_year", "layer"]
    if cutoff is None:
        return pd.DataFrame(columns=columns)
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
    if active.any():
        distinct, counts_of = np.unique(np.log(table.loc[active, "per_year"]), return_counts=True)
        labels = _kmeans_1d(distinct, counts_of.astype(float), n_layers)
        # cluster 0 is the least frequent; layer 1 the most
        layer_of = labels.max() - labels + 1
        where = np.searchsorted(distinct, np.log(table.loc[active, "per_year"]))
        table.loc[active, "layer"] = layer_of[where]
    table = table.sort_values(["per_year", "person_id"], ascending=[False, True])
    return table.reset_index(drop=True)


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
        frequency in the ring), ``published_size``, ``published_ratio``.

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
    members = members.loc[members["layer"].notna()]
    if members.empty:
        return pd.DataFrame(columns=columns)
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
    return table[columns]


def describe_layers(layers: pd.DataFrame, *, active_people: int, active_within_days: float) -> str:
    """Say plainly where the user's active people and circles sit against Dunbar's ~150.

    Parameters
    ----------
    layers
        :func:`dunbar_layers` output.
    active_people
        People with evidence of life in the window (``activity.contact_status``).
    active_within_days
        That window, in days.

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
        f"You have **{active_people} active people** (evidence of life in the last "
        f"{active_within_days:g} days): {against}, the number of stable relationships a person "
        "is thought to keep."
    )
    if len(layers):

        def listed(values: list[str]) -> str:
            return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]

        yours = listed([f"{int(size)}" for size in layers["size"]])
        published = listed([f"{size:g}" for size in layers["published_size"].dropna()])
        circles = "circle" if len(layers) == 1 else "circles"
        text += f" Your {len(layers)} {circles} hold {yours} people"
        text += f"; Dunbar's layers hold about {published}." if published else "."
    return text
