"""The user's decisions file: "same" and "different" pairs, read and appended."""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from power1000_analysis.identity.constants import (
    DECISION_COLUMNS,
    Decision,
)


def read_decisions(path: str | os.PathLike[str] | None) -> pd.DataFrame:
    """The user's decisions file (CSV with :data:`DECISION_COLUMNS`); empty if missing or
    empty (a ``touch``-ed file, or one an editor saved with nothing in it).

    Example
    -------
    >>> read_decisions(None).columns.tolist()[:3]
    ['decision', 'platform_a', 'contact_key_a']
    """
    if path is None or not Path(path).exists():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DECISION_COLUMNS})
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:  # nothing in it, not even the header: no decisions yet
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DECISION_COLUMNS})
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ValueError(
            f"{path}: not a decisions file (a CSV with columns {', '.join(DECISION_COLUMNS)},"
            f" as `power1000 people merge|split|review` writes it): {error}"
        ) from error
    missing = {"decision", "platform_a", "contact_key_a", "platform_b", "contact_key_b"} - set(
        frame.columns
    )
    if missing:
        raise ValueError(f"{path}: decisions file lacks columns {sorted(missing)}")
    bad = ~frame["decision"].isin(["same", "different"])
    if bad.any():
        raise ValueError(
            f"{path}: decision must be 'same' or 'different', not {frame.loc[bad, 'decision'].iloc[0]!r}"
        )
    for column in DECISION_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    return frame[list(DECISION_COLUMNS)]


def record_decision(
    path: str | os.PathLike[str],
    decision: Decision,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    note: str = "",
) -> None:
    """Append one decision ("same"/"different") about accounts ``a`` and ``b`` to ``path``.

    Later lines win over earlier ones about the same pair.

    Example
    -------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
    >>> record_decision(path, "same", ("x", "42"), ("instagram", "ann"))
    >>> read_decisions(path)["decision"].tolist()
    ['same']
    """
    if decision not in ("same", "different"):
        raise ValueError(f"decision must be 'same' or 'different', not {decision!r}")
    target = Path(path)
    # missing, empty or blank lines only (read as no decisions): start it with the header
    new = not target.exists() or not target.read_bytes().strip()
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w" if new else "a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(DECISION_COLUMNS)
        writer.writerow(
            [
                decision,
                a[0],
                a[1],
                b[0],
                b[1],
                note,
                datetime.now(tz=UTC).isoformat(timespec="seconds"),
            ]
        )


def unknown_accounts(
    path: str | os.PathLike[str] | pd.DataFrame | None,
    contacts: pd.DataFrame,
    interactions: pd.DataFrame | None = None,
) -> list[dict[str, object]]:
    """``problems`` rows for the accounts the decisions file names that no loaded export
    holds (in ``contacts`` or ``interactions``): such a decision is never applied, and a
    typo (``linkedin:jane-do``) would otherwise go unnoticed.

    An account on a platform that was loaded is a warning, one row per account; accounts on
    platforms not loaded at all are one ``info`` row (kept in the file for the loads that
    include them). The source is the decisions file's name (``path`` may also be the
    decisions as a frame, source ``decisions``).

    Example
    -------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "people-decisions.csv"
    >>> record_decision(path, "same", ("linkedin", "nobody"), ("x", "42"))
    >>> contacts = pd.DataFrame({"platform": ["x", "linkedin"], "contact_key": ["42", "ann"]})
    >>> [row["message"][:44] for row in unknown_accounts(path, contacts)]
    ['a decision names linkedin:nobody, an account']
    """
    user = path if isinstance(path, pd.DataFrame) else read_decisions(path)
    if path is None or user.empty:
        return []
    named: dict[tuple[str, str], None] = {}
    for row in user.itertuples(index=False):
        named.setdefault((str(row.platform_a), str(row.contact_key_a)))
        named.setdefault((str(row.platform_b), str(row.contact_key_b)))
    loaded: set[str] = set()
    unknown = dict(named)
    for frame in (contacts, interactions):
        if frame is None or frame.empty or not unknown:
            continue
        loaded.update(str(p) for p in pd.unique(frame["platform"].dropna()))
        # only the rows about the accounts still unknown (an interactions frame is large)
        keys = frame["contact_key"]
        near = frame.loc[keys.isin({key for _, key in unknown}), ["platform", "contact_key"]]
        for account in zip(
            near["platform"].astype(str), near["contact_key"].astype(str), strict=True
        ):
            unknown.pop(account, None)
    source = "decisions" if isinstance(path, pd.DataFrame) else Path(path).name
    rows: list[dict[str, object]] = [
        {
            "source": source,
            "severity": "warning",
            "message": (
                f"a decision names {platform}:{key}, an account in none of the loaded "
                f"{platform} exports (a typo, or a changed handle?): it is not applied"
            ),
            "n_skipped": 1,
        }
        for platform, key in unknown
        if platform in loaded
    ]
    elsewhere = sorted({platform for platform, _ in unknown if platform not in loaded})
    if elsewhere:
        count = sum(1 for platform, _ in unknown if platform not in loaded)
        rows.append(
            {
                "source": source,
                "severity": "info",
                "message": (
                    f"{count} account(s) in decisions are on platforms not loaded now "
                    f"({', '.join(elsewhere)}): kept for the loads that include them"
                ),
                "n_skipped": 0,
            }
        )
    return rows


_UNKNOWN_ROW = re.compile(r"^a decision names (?P<platform>[\w-]+):.*?, an account in none of")


def without_account(message: str) -> str:
    """An :func:`unknown_accounts` message fit to share (``anonymize.pseudonymize``): the
    account's key, which may be a real person's handle absent from the exports, is left
    out. Other messages are returned as they are.

    >>> without_account("a decision names x:ann_e, an account in none of the loaded x exports")
    'a decision names an account on x (left out) that is in none of the loaded x exports'
    """
    match = _UNKNOWN_ROW.match(message)
    if match is None:
        return message
    return (
        f"a decision names an account on {match['platform']} (left out) that is in none of"
        + message[match.end() :]
    )


def _typed_forms(text: object) -> set[str]:
    """The forms under which a typed account may name a contact: case-folded with
    whitespace collapsed, without a leading ``@``, without a trailing ``/``, and a profile
    URL normalised as identity does (scheme, ``www.``, trailing slash, ``x.com``)."""
    if not isinstance(text, str) or not text.strip():
        return set()
    from power1000_analysis.identity.accounts import _norm_url

    base = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    forms = {base, base.lstrip("@"), base.rstrip("/")}
    if "/" in base:
        forms.add("url:" + _norm_url(base))
    return {f for f in forms if f}


def match_account(account: tuple[str, str], contacts: pd.DataFrame) -> tuple[str, str]:
    """The loaded account that ``account`` (``PLATFORM:WHAT THE USER TYPED``) names: its
    ``contact_key`` as typed, or else the one contact of that platform whose key, name,
    handle or profile URL reads the same once case, spaces, a leading ``@``, a trailing
    ``/`` and URL spelling are set aside (``facebook:Mike Young`` → ``facebook:mike young``,
    ``instagram:@ann`` → ``instagram:ann``, a LinkedIn URL with its trailing ``/``).

    An account of a platform that ``contacts`` does not hold comes back as typed (kept for
    the loads that include it). Raises ValueError when nothing fits (listing the closest
    keys and names) or several contacts do (listing them): a decision about an account
    that no load holds would never apply.

    Example
    -------
    >>> contacts = pd.DataFrame({"platform": ["facebook"], "contact_key": ["mike young"],
    ...                          "name": ["Mike Young"]})
    >>> match_account(("facebook", "Mike Young"), contacts)
    ('facebook', 'mike young')
    """
    platform, typed = account
    mine = contacts[contacts["platform"].astype(str) == platform]
    if mine.empty:
        return account
    keys = mine["contact_key"].astype(str).tolist()
    if typed in keys:
        return account
    wanted = _typed_forms(typed)

    def column(name: str) -> list[object]:
        return mine[name].tolist() if name in mine.columns else [None] * len(mine)

    fits: dict[str, str] = {}
    labels: dict[str, str] = {}
    for key, name, handle, url in zip(
        keys, column("name"), column("handle"), column("profile_url"), strict=True
    ):
        labels[key] = f"{platform}:{key}" + (f" ({name})" if isinstance(name, str) else "")
        forms = _typed_forms(key) | _typed_forms(name) | _typed_forms(url)
        forms |= _typed_forms(handle)
        if wanted & forms:
            fits[key] = labels[key]
    if len(fits) == 1:
        return platform, next(iter(fits))
    if fits:
        raise ValueError(
            f"{platform}:{typed} fits {len(fits)} accounts: {'; '.join(sorted(fits.values()))}"
            " — name one by its PLATFORM:CONTACT_KEY"
        )
    import difflib

    by_text = {k.casefold(): labels[k] for k in keys}
    for key, name in zip(keys, column("name"), strict=True):
        if isinstance(name, str):
            by_text.setdefault(name.casefold(), labels[key])
    close = difflib.get_close_matches(typed.casefold().lstrip("@"), list(by_text), n=5, cutoff=0.6)
    hint = (
        "closest: " + "; ".join(dict.fromkeys(by_text[c] for c in close))
        if close
        else "no account there reads alike"
    )
    raise ValueError(
        f"{platform}:{typed} is no account of the loaded {platform} exports ({hint}); "
        "nothing recorded"
    )
