"""What to call a contact on a page when the export gives no name (ux7 review #12).

X's follower and following lists carry only account ids; a table of who joined or left
then showed ``NaN`` for most X rows. :func:`display_names` falls back to the handle, then
to the platform's account id, so every row says who it is about.

Example
-------
>>> import pandas as pd
>>> frame = pd.DataFrame({"platform": ["x", "x", "linkedin"], "contact_key": ["7", "8", "u"],
...                       "name": ["Ann", None, None], "handle": [None, "bob", None]})
>>> display_names(frame).tolist()
['Ann', '@bob', 'LinkedIn account u']
"""

from __future__ import annotations

import pandas as pd

__all__ = ["PLATFORM_LABELS", "counted", "display_names"]

#: how a platform is spelled in prose (others: capitalised).
PLATFORM_LABELS = {
    "x": "X",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "addressbook": "Address book",
}


#: plurals that are not the singular + "s"
_PLURALS = {"person": "people", "entry": "entries", "reply": "replies", "child": "children"}


def counted(n: int | float, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it needs (ux8 #20: never "1 requests"), with
    thousands separators. The plural is ``plural``, else a known irregular one, else the
    singular + "s"; a phrase ("former contact") takes it on its last word.

    >>> counted(1, "request"), counted(2, "request"), counted(1_234, "person")
    ('1 request', '2 requests', '1,234 people')
    >>> counted(1, "former contact"), counted(0, "repeated entry")
    ('1 former contact', '0 repeated entries')
    """
    number = f"{int(n):,}" if float(n).is_integer() else f"{n:,.1f}"
    if n == 1:
        return f"{number} {singular}"
    if plural is None:
        head, _, last = singular.rpartition(" ")
        word = _PLURALS.get(last, f"{last}s")
        plural = f"{head} {word}" if head else word
    return f"{number} {plural}"


def display_names(frame: pd.DataFrame) -> pd.Series:
    """Each row's ``name``, else ``@handle``, else ``"<Platform> account <contact_key>"``.

    Parameters
    ----------
    frame
        Rows with ``name`` and, where present, ``handle``, ``platform`` and
        ``contact_key`` (contacts, interactions, a snapshot diff).

    Returns
    -------
    Series of object, aligned with ``frame``; missing only where the row has none of these.
    """
    names = frame["name"].astype(object) if "name" in frame else pd.Series(None, frame.index)
    names = names.where(names.notna() & (names.astype(str).str.strip() != ""), None)
    if "handle" in frame:
        handles = frame["handle"].astype(object)
        usable = handles.notna() & (handles.astype(str).str.strip() != "")
        at = "@" + handles.astype(str).str.lstrip("@")
        names = names.where(names.notna() | ~usable, at)
    if "contact_key" in frame and "platform" in frame:
        keys = frame["contact_key"].astype(object)
        platforms = frame["platform"].astype(str)
        labels = platforms.map(lambda p: PLATFORM_LABELS.get(p, p.capitalize()))
        account = labels + " account " + keys.astype(str)
        names = names.where(names.notna() | keys.isna(), account)
    return names.astype(object)
