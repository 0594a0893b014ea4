"""Accounts: what each contact offers for matching (names, handles, e-mails, URLs,
threads, connection dates, activity), gathered from contacts and interactions."""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.identity.constants import (
    TIME_WINDOW_DAYS,
)
from power1000_analysis.identity.names import _handle_name, _Name, _parse

_URL_HANDLE = re.compile(
    r"^https?://(?:www\.|mobile\.)?(twitter\.com|x\.com|instagram\.com|linkedin\.com/in|"
    r"quora\.com/profile|facebook\.com|bsky\.app/profile)/(?!intent/|i/)([^/?#]+)$",
    re.IGNORECASE,
)


def _split_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value if v]
    return [v.strip() for v in str(value).split(";") if v.strip()]


def _norm_url(url: str) -> str:
    """Profile URL without scheme, ``www.``, fragment or trailing slash; ``x.com`` as
    ``twitter.com``. The query stays: ``intent/user?user_id=…`` is the whole identity."""
    from urllib.parse import unquote, urlsplit

    text = url.strip()
    parts = urlsplit(text if "://" in text else "https://" + text)
    host = re.sub(r"^(www\.|mobile\.)", "", parts.netloc.lower())
    host = "twitter.com" if host == "x.com" else host
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/").lower()
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


@dataclass
class _Accounts:
    platform: list[str]
    key: list[str]
    names: list[list[_Name]]
    handles: list[set[str]]
    exact: list[set[str]]  # e-mail:…, phone:…, url:… tokens this account *is*
    listed: list[set[str]]  # url:… tokens this account points at (other profiles)
    connected: np.ndarray  # epoch days, NaN if unknown
    first_seen: list[Any]
    threads: list[set[str]] = field(default_factory=list)
    #: the user interacted with the account (a message, reaction, comment… either way);
    #: None where no interactions were given
    active: np.ndarray | None = None
    #: False: only the exact tokens were gathered (``_accounts(..., complete=False)``)
    complete: bool = True
    #: epoch days of the account's first interaction (NaN: none), for every account whose
    #: export gives no connection date (X; also Mastodon, and Instagram accounts without a
    #: follow date): a stand-in, one model for all of them, see ``scoring._touch_gap``
    first_touch: np.ndarray | None = None
    _sorted_times: dict[str, np.ndarray] = field(default_factory=dict)
    _sorted_lists: dict[str, list[float]] = field(default_factory=dict)

    def time_density(self, j: int, day: float) -> float:
        """Connections per day and per account of ``j``'s platform around ``day``
        (a ±``TIME_WINDOW_DAYS`` window, floored at one connection in the window)."""
        platform = self.platform[j]
        times = self._sorted_times.get(platform)
        if times is None:
            chosen = np.asarray([p == platform for p in self.platform], dtype=bool)
            times = np.sort(self.connected[chosen][~np.isnan(self.connected[chosen])])
            self._sorted_times[platform] = times
            self._sorted_lists[platform] = times.tolist()
        if times.size == 0:
            return 1.0
        ordered = self._sorted_lists[platform]  # bisect on a list: no array per call
        low = bisect.bisect_left(ordered, day - TIME_WINDOW_DAYS)
        high = bisect.bisect_left(ordered, day + TIME_WINDOW_DAYS)
        return max(high - low, 1) / (2 * TIME_WINDOW_DAYS) / times.size


def _column_codes(
    frame: pd.DataFrame, columns: Sequence[str], rows: np.ndarray | None = None
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per column, each row's integer code (-1: missing) and the values the codes stand
    for: a categorical's own codes and categories, else ``pd.factorize``'s. ``rows`` (a
    boolean mask) limits the rows."""
    codes: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for column in columns:
        series = frame[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            code = series.cat.codes.to_numpy()
            categories = series.cat.categories
        else:
            code, categories = pd.factorize(series, use_na_sentinel=True)
        if rows is not None:
            code = code[rows]
        codes.append(code)
        values.append(np.asarray(categories, dtype=object))
    return codes, values


def _distinct(
    frame: pd.DataFrame, columns: Sequence[str], rows: np.ndarray | None = None
) -> list[tuple[Any, ...]]:
    """The distinct value combinations of ``columns`` (rows with a missing value left out),
    as ``frame[columns].dropna().drop_duplicates()`` would give them, in no set order.

    Interactions hold a million rows over a few thousand accounts, and their string columns
    are categoricals: the combinations are found on the integer codes (one flag table or
    one hash of int64), not by hashing rows of strings. ``rows`` (a boolean mask) limits
    the rows looked at.
    """
    codes, values = _column_codes(frame, columns, rows)
    sizes = [max(len(v), 1) for v in values]
    if math.prod(sizes) >= 2**62:  # too many combinations for one int64: hash the rows
        subset = frame.loc[rows if rows is not None else slice(None), list(columns)]
        return list(subset.dropna().drop_duplicates().itertuples(index=False, name=None))
    present = np.ones(len(codes[0]), dtype=bool) if codes else np.zeros(0, dtype=bool)
    combined = np.zeros(len(present), dtype=np.int64)
    for code, size in zip(codes, sizes, strict=True):
        present &= code >= 0
        combined *= size
        combined += code
    combined = combined[present]
    total = math.prod(sizes)
    if total <= max(4 * len(combined), 1 << 22):
        seen = np.zeros(total, dtype=bool)
        seen[combined] = True
        found = np.flatnonzero(seen)
    else:
        found = np.unique(combined)
    parts = []
    for size, value in zip(reversed(sizes), reversed(values), strict=True):
        parts.append(value[found % size].tolist())
        found = found // size
    return list(zip(*reversed(parts), strict=True))


def _accounts(
    contacts: pd.DataFrame, interactions: pd.DataFrame | None, *, complete: bool = True
) -> _Accounts:
    """What each contact offers for matching. ``complete=False`` gathers only what makes
    candidate pairs on a *single* platform (the exact tokens: e-mails, phones, URLs and
    handles, interactions' handles included) and leaves names, group threads and activity
    empty: ``resolve_people`` asks for the complete accounts when such a pair exists."""
    n = len(contacts)
    platform = contacts["platform"].astype(str).tolist()
    key = contacts["contact_key"].astype(str).tolist()
    index = {(p, k): i for i, (p, k) in enumerate(zip(platform, key, strict=True))}

    def column(name: str) -> list[Any]:
        return contacts[name].tolist() if name in contacts.columns else [None] * n

    raw_names: list[set[str]] = [set() for _ in range(n)]
    handles: list[set[str]] = [set() for _ in range(n)]
    exact: list[set[str]] = [set() for _ in range(n)]
    listed: list[set[str]] = [set() for _ in range(n)]
    for i, (name, handle, url, email) in enumerate(
        zip(column("name"), column("handle"), column("profile_url"), column("email"), strict=True)
    ):
        if isinstance(handle, str) and handle:
            handles[i].add(handle.lower().lstrip("@"))
        if isinstance(name, str) and name and name.lower() not in handles[i]:
            raw_names[i].add(name)
        if isinstance(email, str) and email:
            exact[i].add("email:" + email.strip().lower())
        if isinstance(url, str) and url:
            exact[i].add("url:" + _norm_url(url))
        handle_keyed = platform[i] in ("instagram", "x", "mastodon", "bluesky", "quora")
        if handle_keyed and "/" not in key[i] and not key[i].isdigit():
            handles[i].add(key[i].lower())
        if key[i].startswith("http"):
            exact[i].add("url:" + _norm_url(key[i]))
    for i, extra in enumerate(column("emails")):
        exact[i] |= {"email:" + e.lower() for e in _split_list(extra)}
    for i, extra in enumerate(column("phones")):
        exact[i] |= {"phone:" + p for p in _split_list(extra) if len(p) >= 7}
    for i, extra in enumerate(column("urls")):
        listed[i] |= {"url:" + _norm_url(u) for u in _split_list(extra)}
    for i, (first, last) in enumerate(zip(column("first_name"), column("last_name"), strict=True)):
        if isinstance(first, str) and isinstance(last, str):
            raw_names[i].add(f"{first} {last}")

    threads: list[set[str]] = [set() for _ in range(n)]
    active: np.ndarray | None = None
    if interactions is not None and not interactions.empty and not complete:
        if "handle" in interactions.columns:  # handles are exact tokens (as below)
            for p, k, handle in _distinct(interactions, ["platform", "contact_key", "handle"]):
                found = index.get((str(p), str(k)))
                if found is not None:
                    handles[found].add(str(handle).lower().lstrip("@"))
    elif interactions is not None and not interactions.empty:
        # distinct (platform, contact_key, …) combinations, found on category codes: a
        # million interaction rows hold a few thousand (see _distinct)
        touched_keys = {
            (str(p), str(k)) for p, k in _distinct(interactions, ["platform", "contact_key"])
        }
        active = np.fromiter(
            ((p, k) in touched_keys for p, k in zip(platform, key, strict=True)), bool, n
        )
        for p, k, name in _distinct(interactions, ["platform", "contact_key", "name"]):
            found = index.get((str(p), str(k)))
            if found is not None and str(name).lower() not in handles[found]:
                raw_names[found].add(str(name))
        if "handle" in interactions.columns:
            for p, k, handle in _distinct(interactions, ["platform", "contact_key", "handle"]):
                found = index.get((str(p), str(k)))
                if found is not None:
                    handles[found].add(str(handle).lower().lstrip("@"))
        in_groups = (interactions["n_participants"] > 2).to_numpy(dtype=bool, na_value=False)
        for p, k, thread in _distinct(
            interactions, ["platform", "contact_key", "thread_key"], in_groups
        ):
            found = index.get((str(p), str(k)))
            if found is not None:
                threads[found].add(f"{p}:{thread}")
        # Instagram DM folders are named <username>_<id>: the display name in such a
        # thread belongs to that username even where the loader kept no contact_key (IG-A…D).
        in_ig_dms = (
            (interactions["platform"] == "instagram")
            & interactions["contact_key"].isna()
            & (interactions["n_participants"] <= 2)
        ).to_numpy(dtype=bool, na_value=False)
        for thread, name in _distinct(interactions, ["thread_key", "name"], in_ig_dms):
            found = index.get(("instagram", str(thread).rsplit("_", 1)[0]))
            if found is not None:
                active[found] = True
            if found is not None and str(name).lower() not in handles[found]:
                raw_names[found].add(str(name))

    for i in range(n):
        for handle in handles[i]:
            exact[i].add(f"handle:{platform[i]}:{handle}")
        for token in list(exact[i]) + list(listed[i]):
            match = _URL_HANDLE.match("https://" + token[4:]) if token.startswith("url:") else None
            if match:
                site = match.group(1).lower().split("/")[0].replace("x.com", "twitter.com")
                site_platform = {
                    "twitter.com": "x",
                    "instagram.com": "instagram",
                    "linkedin.com": "linkedin",
                    "quora.com": "quora",
                    "facebook.com": "facebook",
                    "bsky.app": "bluesky",
                }[site]
                handle_token = f"handle:{site_platform}:{match.group(2).lower()}"
                (exact if token in exact[i] else listed)[i].add(handle_token)

    names: list[list[_Name]] = []
    for i in range(n if complete else 0):
        parsed = [p for p in (_parse(r) for r in sorted(raw_names[i])) if p is not None]
        parsed += [h for h in (_handle_name(h) for h in sorted(handles[i])) if h is not None]
        unique: dict[tuple[tuple[str, ...], tuple[str, ...]], _Name] = {}
        for parsed_name in parsed:  # a real name wins over a handle that reads the same
            unique.setdefault((parsed_name.words, parsed_name.initials), parsed_name)
        names.append(list(unique.values()))

    connected_at = (
        pd.to_datetime(contacts["connected_at"], utc=True)
        if "connected_at" in contacts.columns
        else pd.Series(pd.NaT, index=contacts.index, dtype="datetime64[ns, UTC]")
    )
    days = (connected_at - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy() / 86400
    first_seen = (
        pd.to_datetime(contacts["first_seen_at"], utc=True).tolist()
        if "first_seen_at" in contacts.columns
        else [pd.NaT] * n
    )
    if not complete:
        names = [[] for _ in range(n)]
    first_touch = None
    undated = np.isnan(days)
    if (
        complete
        and undated.any()
        and interactions is not None
        and not interactions.empty
        and "at" in interactions.columns
    ):
        first_touch = np.full(n, np.nan)
        # only the platforms with undated accounts (X, Mastodon, Instagram accounts without
        # a follow date; address books have no interactions)
        wanted = sorted({platform[i] for i in np.flatnonzero(undated)})
        keyed = (
            interactions["contact_key"].notna() & interactions["platform"].isin(wanted)
        ).to_numpy(dtype=bool, na_value=False)
        if keyed.any():
            at = pd.to_datetime(interactions.loc[keyed, "at"], utc=True)
            day = (at - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy() / 86400
            # the earliest day per (platform, contact_key), grouped on integer category codes
            # (a million rows over a few thousand accounts), not on rows of strings
            codes, values = _column_codes(interactions, ["platform", "contact_key"], keyed)
            size = max(len(values[1]), 1)
            combined_codes = codes[0].astype(np.int64) * size + codes[1]
            earliest = pd.Series(day).groupby(combined_codes, sort=False).min()
            combined = earliest.index.to_numpy(dtype=np.int64)
            for p, k, first in zip(
                values[0][combined // size].tolist(),
                values[1][combined % size].tolist(),
                earliest.to_numpy().tolist(),
                strict=True,
            ):
                found = index.get((str(p), str(k)))
                if found is not None and undated[found]:
                    first_touch[found] = first
    return _Accounts(
        platform,
        key,
        names,
        handles,
        exact,
        listed,
        days,
        first_seen,
        threads,
        active,
        complete,
        first_touch=first_touch,
    )
