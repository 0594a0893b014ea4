"""Evidence of life, and the time conventions every activity analysis shares (issue #7).

An interaction shows that its counterpart is alive when it is *inbound* (they messaged,
commented, reacted, endorsed, mentioned…) or an *outbound* reaction, like, comment or reply,
which the exports record against the author of the content reacted to. Outbound messages,
mentions, tags, endorsements and recommendations alone do not: the owner can send them to
someone who has long left.

``as_of`` accepts a date string, a ``datetime`` or a ``pandas.Timestamp`` (naive means UTC)
and defaults to the newest export date in the network.

Example
-------
>>> frame = pd.DataFrame({"direction": ["in", "out"], "kind": ["message", "message"]})
>>> evidence_of_life(frame).tolist()
[True, False]
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import numpy as np
import pandas as pd

from power1000_analysis.network import Network

__all__ = [
    "EVIDENCE_OUTBOUND_KINDS",
    "AsOf",
    "evidence_of_life",
    "platforms_without_interactions",
    "without_interaction_data",
]

AsOf: TypeAlias = str | datetime | pd.Timestamp | None

#: outbound kinds that are recorded against the author of the content: evidence that the
#: author is alive (they posted something the owner reacted to).
EVIDENCE_OUTBOUND_KINDS: frozenset[str] = frozenset({"reaction", "like", "comment", "reply"})

_NS_PER_DAY = 86_400 * 10**9
_NAT = np.iinfo(np.int64).min
_INT64_MAX = np.iinfo(np.int64).max


# --------------------------------------------------------------------------- helpers


def _as_of(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    if as_of is None:
        return net.as_of
    stamp = pd.Timestamp(as_of)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _ns(series: pd.Series) -> np.ndarray:
    """Nanoseconds since the epoch (NaT → int64 min) without copying where possible."""
    values = series.array
    if isinstance(values, pd.arrays.DatetimeArray):
        if values.unit != "ns":
            values = values.as_unit("ns")
        return np.asarray(values.asi8)
    converted = pd.to_datetime(series, utc=True).array
    return np.asarray(converted.as_unit("ns").asi8)


def _utc(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series if str(series.dtype.tz) == "UTC" else series.dt.tz_convert("UTC")
    return pd.to_datetime(series, utc=True)


def _codes(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (-1 for missing) and categories; free for a categorical column."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return np.asarray(series.cat.codes), pd.Index(series.cat.categories)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes, pd.Index(uniques)


def evidence_of_life(interactions: pd.DataFrame) -> pd.Series:
    """Whether each interaction shows that its counterpart is alive.

    Inbound interactions do; outbound ones only when they are a reaction, like, comment or
    reply (recorded against the author of the content). Outbound messages and mentions
    alone do not.

    Parameters
    ----------
    interactions
        An ``interactions`` frame (DESIGN.md §4).

    Returns
    -------
    Series of bool, aligned with ``interactions``.

    Example
    -------
    >>> frame = pd.DataFrame({"direction": ["in", "out", "out"],
    ...                       "kind": ["message", "message", "like"]})
    >>> evidence_of_life(frame).tolist()
    [True, False, True]
    """
    inbound = interactions["direction"] == "in"
    reacted = (interactions["direction"] == "out") & interactions["kind"].isin(
        EVIDENCE_OUTBOUND_KINDS
    )
    return (inbound | reacted).rename("evidence")


def platforms_without_interactions(net: Network) -> frozenset[str]:
    """Platforms whose exports carry no interaction data at all: nobody there can show life.

    A platform qualifies when every export of it read says that it holds no interactions
    (its ``missing`` names ``interactions``: an address book, a generic CSV such as Quora's
    followers list without an interactions file, a LinkedIn archive without messages.csv)
    and the network holds no interaction on it. A platform whose export *can* hold
    interactions but where there were none is not in the set: its contacts are passive.
    A network built without loader results (``net.exports`` empty) has no such platform.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platforms_without_interactions(Network.empty())
    frozenset()
    """
    declared: dict[str, bool] = {}
    for export in net.exports:
        none = "interactions" in export.missing
        declared[export.platform] = declared.get(export.platform, True) and none
    seen = set(net.interactions["platform"].dropna().astype(str).unique())
    return frozenset(p for p, none in declared.items() if none and p not in seen)


def without_interaction_data(net: Network, platforms: pd.Series) -> np.ndarray:
    """Whether each row's platform (a contact's) is one of
    :func:`platforms_without_interactions`: such contacts can never show evidence of life,
    so survival, cohorts and the decay curve leave them out rather than count them as
    contacts who never interact."""
    blind = platforms_without_interactions(net)
    if not blind:
        return np.zeros(len(platforms), dtype=bool)
    return np.asarray(platforms.astype(str).isin(blind), dtype=bool)


def _contact_end(net: Network, cutoff: pd.Timestamp, platforms: pd.Series) -> np.ndarray:
    """End of observation per contact: as_of, or its platform's newest export if earlier."""
    newest = net.snapshots.groupby("platform")["exported_at"].max()
    end = pd.to_datetime(platforms.map(newest), utc=True).fillna(cutoff)
    return np.minimum(_ns(end), int(cutoff.as_unit("ns").value))


def _contact_rows(contacts: pd.DataFrame, interactions: pd.DataFrame) -> np.ndarray:
    """Row in ``contacts`` of each interaction's (platform, contact_key); -1 when none."""
    index = pd.MultiIndex.from_arrays([contacts["platform"], contacts["contact_key"]])
    return np.asarray(
        index.get_indexer(
            pd.MultiIndex.from_arrays([interactions["platform"], interactions["contact_key"]])
        )
    )
