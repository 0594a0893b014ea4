"""Write a simulated :class:`World` as real-format exports, one folder per snapshot.

Generations written (``../shared/formats/``): Facebook FB-D (2024+, ``connections/`` and
``your_facebook_activity/``), Instagram IG-C (``connections/followers_and_following/``), the
LinkedIn Complete archive of 2023+ (``Notes:`` preamble, URL columns), the X archive's
``data/`` layout, and the generic contacts CSV for Quora. Meta files carry Meta's mojibake
(each UTF-8 byte escaped as ``\\u00XX``); X files use X's ``" : "`` pretty-printing.

Output is byte-deterministic: fixed ordering, no wall-clock time, orjson with sorted input.

Example
-------
>>> meta_json({"name": "Zoë"})
b'{\\n  "name": "Zo\\\\u00c3\\\\u00ab"\\n}'
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import numpy as np
import orjson
import pandas as pd

from power1000_analysis.synthetic.names import EMOJI, PHRASES, ascii_fold
from power1000_analysis.synthetic.world import NEVER, OWNER, World

__all__ = [
    "EXPORT_WRITERS",
    "Owner",
    "address_book",
    "card_key",
    "export_folder",
    "meta_json",
    "write_snapshot",
]

#: (relative path, bytes) pairs of one export.
Files = Iterator[tuple[str, bytes]]
DUMPS: Callable[[object], bytes] = lambda value: orjson.dumps(value, option=orjson.OPT_INDENT_2)  # noqa: E731

COMPANIES = ("Acme Analytics", "Nordlicht GmbH", "Société Générale de Données", "Café Ñandú",
             "Kovács & Társa Kft.", "Blue Harbor Labs", "東京データ株式会社", "Freelance",
             "University of Lisbon", "Green Field Ventures")  # fmt: skip
POSITIONS = ("Data Scientist", "Product Manager", "Software Engineer", "Founder", "Consultant",
             "Research Fellow", "Designer", "Head of Sales", "Teacher", "Journalist")  # fmt: skip
#: Facebook reactions other than LIKE (a LIKE is written "likes", and read as a like).
REACTIONS = ("LOVE", "HAHA", "WOW", "CARE", "SORRY")
GROUP_TITLES = ("Family 💛", "School reunion", "Uni friends", "Old team", "Work crew",
                "Neighbours", "Running club 🏃", "Online buddies")  # fmt: skip


def meta_json(value: object) -> bytes:
    """JSON the way Meta writes it: 2-space indent, every non-ASCII UTF-8 byte as ``\\u00XX``."""
    # Latin-1 maps each UTF-8 byte to one code point; backslashreplace writes it as \xNN,
    # which becomes Meta's \u00NN. Exact because no generated text contains a backslash.
    return (
        DUMPS(value).decode("latin-1").encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
    )


def x_js(global_name: str, value: object) -> bytes:
    """An X data file: ``window.YTD.<type>.part0 = `` + JSON with X's ``" : "`` separators."""
    body = DUMPS(value).replace(b'": ', b'" : ')
    return f"window.YTD.{global_name}.part0 = ".encode() + body


def _csv(header: list[str], rows: list[list[Any]], *, final_newline: bool = True) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    return (text if final_newline else text.rstrip("\n")).encode("utf-8")


def _iso(ms: int) -> str:
    return (
        datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.")
        + f"{ms % 1000:03d}Z"
    )


def _stamp(ms: int, fmt: str) -> str:
    return datetime.fromtimestamp(ms // 1000, tz=UTC).strftime(fmt)


def _utc_strings(ms: np.ndarray, unit: str) -> list[str]:
    """``YYYY-MM-DDTHH:MM:SS`` (``unit="s"``, seconds floored) or ``…:SS.mmm`` (``"ms"``) of
    epoch milliseconds, for whole thread blocks at once (``datetime.strftime`` per message
    is a noticeable share of the time at scale 100)."""
    values = ms.astype(np.int64)
    if unit == "s":
        return np.datetime_as_string((values // 1000).astype("datetime64[s]"), unit="s").tolist()
    return np.datetime_as_string(values.astype("datetime64[ms]"), unit="ms").tolist()


def _linkedin_short(ms: int) -> str:
    """``M/D/YY, h:mm AM`` without zero padding (Invitations.csv)."""
    t = datetime.fromtimestamp(ms // 1000, tz=UTC)
    return f"{t.month}/{t.day}/{t:%y}, {(t.hour % 12) or 12}:{t:%M} {t:%p}"


#: most messages are small talk in English; one in five is in any of the bank's languages.
_ENGLISH = tuple(p for p in PHRASES if p.isascii())


def _phrase(index: int) -> str:
    return (
        PHRASES[index // 5 % len(PHRASES)]
        if index % 5 == 0
        else _ENGLISH[index // 5 % len(_ENGLISH)]
    )


_PHRASE_BANK = np.array(PHRASES, dtype=object)
_ENGLISH_BANK = np.array(_ENGLISH, dtype=object)


def _phrases(index: np.ndarray) -> list[str]:
    """``_phrase`` of every index of a thread block at once."""
    index = index.astype(np.int64)
    step = index // 5
    return np.where(
        index % 5 == 0,
        _PHRASE_BANK[step % len(PHRASES)],
        _ENGLISH_BANK[step % len(_ENGLISH)],
    ).tolist()


def _token(*parts: object, length: int = 10) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:length]


class Owner:
    """The persona's own identity on each platform."""

    def __init__(self, world: World) -> None:
        params = world.params
        self.given = params.owner_given
        self.family = params.owner_family
        self.name = f"{self.given} {self.family}"
        base = ascii_fold(f"{self.given}.{self.family.split('-')[0]}").lower()
        self.instagram = base
        self.x_handle = base.replace(".", "")
        self.x_id = "4815162342"
        self.linkedin_url = (
            f"https://www.linkedin.com/in/{ascii_fold(self.name).lower().replace(' ', '-')}"
        )
        self.facebook_slug = base.replace(".", "")


def export_folder(world: World, platform: str, snapshot: int) -> str:
    """The export's folder name, as the platform names it, with the export date in it."""
    date = world.params.snapshots[snapshot]
    token = _token(platform, world.params.seed, world.params.scale, date, length=6)
    owner = Owner(world)
    if platform == "facebook":
        return f"facebook-{owner.facebook_slug}-{date}-{token}"
    if platform == "instagram":
        return f"instagram-{owner.instagram}-{date}-{token}"
    if platform == "linkedin":
        y, m, d = date.split("-")
        return f"Complete_LinkedInDataExport_{m}-{d}-{y}"
    if platform == "x":
        return f"twitter-{date}-{token}"
    return f"{platform}-followers-{date}.csv"


def _names(world: World, platform: str) -> dict[int, dict[str, Any]]:
    """person → account fields on one platform."""
    rows = pd.concat([world.ties, world.requests])
    rows = rows[rows["platform"] == platform].drop_duplicates("person")
    return {
        int(p): {"name": n, "handle": h, "url": u, "key": k, "account_id": a}
        for p, n, h, u, k, a in zip(
            rows["person"],
            rows["name"],
            rows["handle"],
            rows["url"],
            rows["key"],
            rows["account_id"],
            strict=True,
        )
    }


def _pending(world: World, platform: str, at: int, direction: str) -> pd.DataFrame:
    r = world.requests
    chosen = r[
        (r["platform"] == platform)
        & (r["direction"] == direction)
        & (r["sent_ms"] < at)
        & (r["resolved_ms"] >= at)
    ]
    return chosen.sort_values("sent_ms", ascending=False, kind="stable")


def _thread_messages(
    world: World, platform: str, at: int
) -> Iterator[tuple[dict[str, Any], dict[str, np.ndarray]]]:
    """(thread, columns newest first) per thread, by slicing sorted arrays (no pandas groupby:
    it dominates the run time at scale 100)."""
    messages = world.messages[
        (world.messages["platform"] == platform) & (world.messages["at_ms"] < at)
    ]
    threads = world.threads[world.threads["platform"] == platform]
    info = {
        int(t): {"thread": int(t), "is_group": bool(g), "members": m, "community": c}
        for t, g, m, c in zip(
            threads["thread"], threads["is_group"], threads["members"], threads["community"],
            strict=True,
        )
    }  # fmt: skip
    columns = {
        c: messages[c].to_numpy() for c in ("thread", "at_ms", "sender", "phrase", "reaction_by")
    }
    ids = columns["thread"]
    bounds = np.flatnonzero(np.diff(ids)) + 1
    for start, stop in zip(np.r_[0, bounds], np.r_[bounds, ids.size], strict=True):
        if stop > start:
            # newest first, as Meta and X write them
            yield info[int(ids[start])], {c: v[start:stop][::-1] for c, v in columns.items()}


def _meta_thread(
    world: World,
    platform: str,
    thread: dict[str, Any],
    block: dict[str, np.ndarray],
    names: dict[int, dict[str, Any]],
    owner_name: str,
    folder: str,
    chunk: int,
) -> Files:
    members = [names[m]["name"] for m in thread["members"]]
    if thread["is_group"]:
        title = GROUP_TITLES[int(thread["community"]) % len(GROUP_TITLES)]
        slug = ascii_fold(title).lower()
    else:
        title = members[0] or ""
        slug = (
            names[thread["members"][0]]["handle"]
            if platform == "instagram"
            else ascii_fold(title).lower()
        )
    slug = "".join(c for c in (slug or "") if c.isascii() and (c.isalnum() or c in "._")) or "user"
    thread_dir = f"{slug}_{_token(platform, thread['thread'], length=10)}"
    participants = [{"name": n} for n in members] + [{"name": owner_name}]
    # plain Python values: iterating numpy scalars costs several times more per message
    columns = [block[c].tolist() for c in ("sender", "at_ms", "phrase", "reaction_by")]
    messages = []
    for sender, stamp, phrase, reactor, text in zip(
        *columns, _phrases(block["phrase"]), strict=True
    ):
        message: dict[str, object] = {
            "sender_name": owner_name if sender == OWNER else names[sender]["name"],
            "timestamp_ms": stamp,
            "content": text,
        }
        if reactor != -2:
            actor = owner_name if reactor == OWNER else names[reactor]["name"]
            message["reactions"] = [
                {"reaction": EMOJI[phrase % 3 * 4 % len(EMOJI)], "actor": actor}
            ]
        messages.append(message)
    for part, start in enumerate(range(0, max(len(messages), 1), chunk), start=1):
        body: dict[str, object] = {
            "participants": participants,
            "messages": messages[start : start + chunk],
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{thread_dir}",
            "magic_words": [],
        }
        if thread["is_group"]:
            body["joinable_mode"] = {"mode": 1, "link": ""}
        yield f"{folder}/inbox/{thread_dir}/message_{part}.json", meta_json(body)


def _name_time(
    rows: pd.DataFrame, names: dict[int, dict[str, Any]], column: str
) -> list[dict[str, object]]:
    return [
        {"name": names[int(p)]["name"], "timestamp": int(t) // 1000}
        for p, t in zip(rows["person"], rows[column], strict=True)
    ]


def write_facebook(world: World, snapshot: int, chunk: int = 10_000) -> Files:
    """FB-D (2024–2025 layout)."""
    at = world.snapshot_ms[snapshot]
    owner = Owner(world)
    names = _names(world, "facebook")
    profile = {
        "profile_v2": {
            "name": {
                "full_name": owner.name,
                "first_name": owner.given,
                "middle_name": "",
                "last_name": owner.family,
            },
            "emails": {
                "emails": [f"{owner.facebook_slug}@example.org"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "registration_timestamp": world.snapshot_ms[0] // 1000 - 9 * 365 * 86400,
            "username": owner.facebook_slug,
        }
    }
    yield "personal_information/profile_information/profile_information.json", meta_json(profile)
    friends = world.contacts_at("facebook", snapshot).sort_values(
        "formed_ms", ascending=False, kind="stable"
    )
    yield (
        "connections/friends/your_friends.json",
        meta_json({"friends_v2": _name_time(friends, names, "formed_ms")}),
    )
    sent = _pending(world, "facebook", at, "sent")
    yield (
        "connections/friends/sent_friend_requests.json",
        meta_json({"sent_requests_v2": _name_time(sent, names, "sent_ms")}),
    )
    received = _pending(world, "facebook", at, "received")
    yield (
        "connections/friends/received_friend_requests.json",
        meta_json({"received_requests_v2": _name_time(received, names, "sent_ms")}),
    )
    r = world.requests
    rejected = r[
        (r["platform"] == "facebook")
        & (r["direction"] == "received")
        & (r["outcome"] == "declined")
        & (r["resolved_ms"] < at)
    ]
    rejected = rejected.sort_values("resolved_ms", ascending=False, kind="stable")
    yield (
        "connections/friends/rejected_friend_requests.json",
        meta_json({"rejected_requests_v2": _name_time(rejected, names, "resolved_ms")}),
    )
    t = world.ties
    removed = t[
        (t["platform"] == "facebook") & t["removed_by_owner"] & (t["removed_ms"] < at)
    ].sort_values("removed_ms", ascending=False, kind="stable")
    yield (
        "connections/friends/removed_friends.json",
        meta_json({"deleted_friends_v2": _name_time(removed, names, "removed_ms")}),
    )
    for thread, block in _thread_messages(world, "facebook", at):
        yield from _meta_thread(
            world,
            "facebook",
            thread,
            block,
            names,
            owner.name,
            "your_facebook_activity/messages",
            chunk,
        )
    events = world.events[
        (world.events["platform"] == "facebook") & (world.events["at_ms"] < at)
    ].iloc[::-1]
    comments, reactions = [], []
    for person, kind, stamp, phrase in zip(
        events["person"], events["kind"], events["at_ms"], events["phrase"], strict=True
    ):
        other = names[int(person)]["name"]
        seconds = int(stamp) // 1000
        if kind == "comment":
            comments.append(
                {
                    "timestamp": seconds,
                    "data": [
                        {
                            "comment": {
                                "timestamp": seconds,
                                "comment": _phrase(int(phrase)),
                                "author": owner.name,
                            }
                        }
                    ],
                    "title": f"{owner.name} commented on {other}'s post.",
                }
            )
        else:
            reaction = "LIKE" if kind == "like" else REACTIONS[int(phrase) % len(REACTIONS)]
            verb = "likes" if kind == "like" else "reacted to"
            reactions.append({
                "timestamp": seconds,
                "data": [{"reaction": {"reaction": reaction, "actor": owner.name}}],
                "title": f"{owner.name} {verb} {other}'s post.",
            })  # fmt: skip
    yield (
        "your_facebook_activity/comments_and_reactions/comments.json",
        meta_json({"comments_v2": comments}),
    )
    yield (
        "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json",
        meta_json(reactions),
    )


def _ig_item(handle: str, stamp: int, *, title: str = "") -> dict[str, object]:
    return {
        "title": title,
        "media_list_data": [],
        "string_list_data": [
            {
                "href": f"https://www.instagram.com/{handle}",
                "value": handle,
                "timestamp": int(stamp) // 1000,
            }
        ],
    }


def write_instagram(world: World, snapshot: int, chunk: int = 10_000) -> Files:
    """IG-C (2023 – mid 2025 layout)."""
    at = world.snapshot_ms[snapshot]
    owner = Owner(world)
    names = _names(world, "instagram")
    profile = {
        "profile_user": [{
            "title": "User Information",
            "media_map_data": {},
            "string_map_data": {
                "Email": {"href": "", "value": f"{owner.instagram}@example.org", "timestamp": 0},
                "Username": {"href": "", "value": owner.instagram, "timestamp": 0},
                "Name": {"href": "", "value": owner.name, "timestamp": 0},
                "Private Account": {"href": "", "value": "False", "timestamp": 0},
            },
        }]
    }  # fmt: skip
    yield "personal_information/personal_information/personal_information.json", meta_json(profile)
    contacts = world.contacts_at("instagram", snapshot)
    followers = contacts[contacts["follower_ms"] < at].sort_values(
        "follower_ms", ascending=False, kind="stable"
    )
    following = contacts[contacts["following_ms"] < at].sort_values(
        "following_ms", ascending=False, kind="stable"
    )
    yield (
        "connections/followers_and_following/followers_1.json",
        meta_json(
            [
                _ig_item(h, s)
                for h, s in zip(followers["handle"], followers["follower_ms"], strict=True)
            ]
        ),
    )
    yield (
        "connections/followers_and_following/following.json",
        meta_json(
            {
                "relationships_following": [
                    _ig_item(h, s)
                    for h, s in zip(following["handle"], following["following_ms"], strict=True)
                ]
            }
        ),
    )
    pending = _pending(world, "instagram", at, "sent")
    yield (
        "connections/followers_and_following/pending_follow_requests.json",
        meta_json(
            {
                "relationships_follow_requests_sent": [
                    _ig_item(h, s)
                    for h, s in zip(pending["handle"], pending["sent_ms"], strict=True)
                ]
            }
        ),
    )
    for thread, block in _thread_messages(world, "instagram", at):
        yield from _meta_thread(
            world,
            "instagram",
            thread,
            block,
            names,
            owner.name,
            "your_instagram_activity/messages",
            chunk,
        )
    events = world.events[
        (world.events["platform"] == "instagram") & (world.events["at_ms"] < at)
    ].iloc[::-1]
    comments, likes = [], []
    for person, kind, stamp, phrase in zip(
        events["person"], events["kind"], events["at_ms"], events["phrase"], strict=True
    ):
        handle = names[int(person)]["handle"]
        seconds = int(stamp) // 1000
        post = f"https://www.instagram.com/p/{_token('post', person, phrase, length=11)}/"
        if kind == "comment":
            comments.append(
                {
                    "media_list_data": [{"uri": ""}],
                    "string_map_data": {
                        "Comment": {"value": _phrase(int(phrase))},
                        "Media Owner": {"value": handle},
                        "Time": {"timestamp": seconds},
                    },
                }
            )
        else:
            likes.append({"title": handle, "string_list_data": [{"href": post, "value": "👍", "timestamp": seconds}]})  # fmt: skip
    yield "your_instagram_activity/comments/post_comments_1.json", meta_json(comments)
    yield "your_instagram_activity/likes/liked_posts.json", meta_json({"likes_media_likes": likes})


LINKEDIN_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)


def _split_name(name: str) -> tuple[str, str]:
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (name, "")


def write_linkedin(world: World, snapshot: int, chunk: int = 0) -> Files:
    """The Complete archive of 2023+: Notes preamble, URL columns, 10-column messages.csv."""
    at = world.snapshot_ms[snapshot]
    owner = Owner(world)
    names = _names(world, "linkedin")
    profile_header = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
                      "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"]  # fmt: skip
    profile_row = [
        owner.given,
        owner.family,
        "",
        "",
        "Mar 14",
        "Data scientist, network nerd",
        "",
        "Research",
        "",
        "Lisbon, Portugal",
        f"[{owner.x_handle}]",
        "",
        "",
    ]
    yield "Profile.csv", _csv(profile_header, [profile_row])
    connections = world.contacts_at("linkedin", snapshot).sort_values(
        "formed_ms", ascending=False, kind="stable"
    )
    rows = []
    shares = world.people.set_index("person")
    for person, name, url, stamp in zip(
        connections["person"],
        connections["name"],
        connections["url"],
        connections["formed_ms"],
        strict=True,
    ):
        first, last = _split_name(name)
        pick = _token("li", person, length=8)
        # the few who allow their connections to download their address
        email = shares.at[person, "email"] if shares.at[person, "linkedin_email"] else ""
        rows.append(
            [
                first,
                last,
                url,
                email,
                COMPANIES[int(pick, 16) % len(COMPANIES)],
                POSITIONS[int(pick, 16) // 7 % len(POSITIONS)],
                _stamp(int(stamp), "%d %b %Y"),
            ]
        )
    header = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    yield "Connections.csv", LINKEDIN_NOTES.encode() + _csv(header, rows, final_newline=False)
    invitations = []
    pending = pd.concat(
        [_pending(world, "linkedin", at, "sent"), _pending(world, "linkedin", at, "received")]
    )
    for person, direction, stamp in zip(
        pending["person"], pending["direction"], pending["sent_ms"], strict=True
    ):
        other = names[int(person)]
        if direction == "sent":
            invitations.append(
                (
                    int(stamp),
                    [
                        owner.name,
                        other["name"],
                        _linkedin_short(int(stamp)),
                        "",
                        "OUTGOING",
                        owner.linkedin_url,
                        other["url"],
                    ],
                )
            )
        else:
            invitations.append(
                (
                    int(stamp),
                    [
                        other["name"],
                        owner.name,
                        _linkedin_short(int(stamp)),
                        "",
                        "INCOMING",
                        other["url"],
                        owner.linkedin_url,
                    ],
                )
            )
    invitations.sort(key=lambda item: -item[0])
    yield (
        "Invitations.csv",
        _csv(
            [
                "From",
                "To",
                "Sent At",
                "Message",
                "Direction",
                "inviterProfileUrl",
                "inviteeProfileUrl",
            ],
            [row for _, row in invitations],
        ),
    )
    message_rows = []
    for thread, block in _thread_messages(world, "linkedin", at):
        members = [names[m] for m in thread["members"]]
        conversation = f"2-{_token('li-conv', thread['thread'], length=22)}=="
        title = (
            GROUP_TITLES[int(thread["community"]) % len(GROUP_TITLES)] if thread["is_group"] else ""
        )
        dates = _utc_strings(block["at_ms"], "s")
        for sender, stamp, text, date in zip(
            block["sender"].tolist(), block["at_ms"].tolist(), _phrases(block["phrase"]), dates,
            strict=True,
        ):  # fmt: skip
            if sender == OWNER:
                from_name, from_url, to = owner.name, owner.linkedin_url, members
            else:
                author = names[sender]
                from_name, from_url = author["name"], author["url"]
                to = [{"name": owner.name, "url": owner.linkedin_url}] + [
                    m for m in members if m["url"] != from_url
                ]
            message_rows.append((stamp, [
                conversation, title, from_name, from_url, ", ".join(str(m["name"]) for m in to),
                ",".join(str(m["url"]) for m in to), date.replace("T", " ") + " UTC", "",
                text, "INBOX",
            ]))  # fmt: skip
    message_rows.sort(key=lambda item: -item[0])
    header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
              "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip
    yield "messages.csv", _csv(header, [row for _, row in message_rows])


def write_x(world: World, snapshot: int, chunk: int = 0) -> Files:
    """The X archive, 2020+ ``data/`` layout (tweets.js name of late 2022 onwards)."""
    at = world.snapshot_ms[snapshot]
    owner = Owner(world)
    names = _names(world, "x")
    yield (
        "Your archive.html",
        b"<!DOCTYPE html><html><head><title>Your archive</title></head><body></body></html>\n",
    )
    account = {"account": {"email": f"{owner.x_handle}@example.org", "createdVia": "web", "username": owner.x_handle,
               "accountId": owner.x_id, "createdAt": "2009-03-02T10:11:12.000Z", "accountDisplayName": owner.name}}  # fmt: skip
    yield "data/account.js", x_js("account", [account])
    contacts = world.contacts_at("x", snapshot)
    for kind, column in (("follower", "follower_ms"), ("following", "following_ms")):
        chosen = contacts[contacts[column] < at].sort_values(column, ascending=False, kind="stable")
        records = [
            {kind: {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
            for a in chosen["account_id"]
        ]
        yield f"data/{kind}.js", x_js(kind, records)
    conversations = []
    for thread, block in _thread_messages(world, "x", at):
        other = names[thread["members"][0]]["account_id"]
        low, high = sorted([owner.x_id, str(other)], key=int)
        messages = []
        created = _utc_strings(block["at_ms"], "ms")
        for sender, stamp, phrase, iso, text in zip(
            block["sender"].tolist(), block["at_ms"].tolist(), block["phrase"].tolist(), created,
            _phrases(block["phrase"]), strict=True,
        ):  # fmt: skip
            sender_id = owner.x_id if sender == OWNER else str(other)
            messages.append({"messageCreate": {
                "recipientId": str(other) if sender == OWNER else owner.x_id, "reactions": [], "urls": [],
                "text": text, "mediaUrls": [], "senderId": sender_id,
                "id": str(int(_token("dm", stamp, phrase, length=15), 16)), "createdAt": iso + "Z",
            }})  # fmt: skip
        conversations.append(
            {"dmConversation": {"conversationId": f"{low}-{high}", "messages": messages}}
        )
    yield "data/direct-messages.js", x_js("direct_messages", conversations)
    events = world.events[(world.events["platform"] == "x") & (world.events["at_ms"] < at)].iloc[
        ::-1
    ]
    tweets = []
    for person, kind, stamp, phrase, likes, reposts in zip(
        events["person"], events["kind"], events["at_ms"], events["phrase"], events["likes"],
        events["reposts"], strict=True,
    ):  # fmt: skip
        other = names[int(person)]
        handle, other_id = str(other["handle"]), str(other["account_id"])
        text = _phrase(int(phrase))
        tweet_id = str(int(_token("tweet", stamp, phrase, person, length=15), 16))
        mention = {
            "name": other["name"],
            "screen_name": handle,
            "indices": ["0", str(len(handle) + 1)],
            "id_str": other_id,
            "id": other_id,
        }
        tweet: dict[str, object] = {"retweeted": False, "entities": {"hashtags": [], "symbols": [], "user_mentions": [mention], "urls": []},
                                    "display_text_range": ["0", str(len(handle) + 2 + len(text))], "favorite_count": str(int(likes)),
                                    "id_str": tweet_id, "truncated": False, "retweet_count": str(int(reposts)), "id": tweet_id,
                                    "created_at": _stamp(int(stamp), "%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
                                    "full_text": f"@{handle} {text}", "lang": "en"}  # fmt: skip
        if kind == "reply":
            replied = str(int(_token("their", person, phrase, length=15), 16))
            tweet.update({"in_reply_to_status_id_str": replied, "in_reply_to_status_id": replied, "in_reply_to_user_id": other_id,
                          "in_reply_to_user_id_str": other_id, "in_reply_to_screen_name": handle})  # fmt: skip
        tweets.append({"tweet": tweet})
    yield "data/tweets.js", x_js("tweets", tweets)
    manifest = {"userInfo": {"accountId": owner.x_id, "userName": owner.x_handle, "displayName": owner.name},
                "archiveInfo": {"sizeBytes": "0", "generationDate": _iso(at), "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {t: {"files": [{"fileName": f"data/{f}.js", "globalName": f"YTD.{g}.part0", "count": "0"}]}
                              for t, f, g in (("account", "account", "account"), ("follower", "follower", "follower"),
                                              ("following", "following", "following"), ("directMessages", "direct-messages", "direct_messages"),
                                              ("tweets", "tweets", "tweets"))}}  # fmt: skip
    yield "data/manifest.js", b"window.__THAR_CONFIG = " + DUMPS(manifest)


def write_quora(world: World, snapshot: int, chunk: int = 0) -> Files:
    """Generic contacts CSV (Quora has no export): one file per snapshot, date in its name."""
    contacts = world.contacts_at("quora", snapshot).sort_values("formed_ms", kind="stable")
    rows = [
        ["quora", name, handle, url, "", "follower", _stamp(int(stamp), "%Y-%m-%d")]
        for name, handle, url, stamp in zip(
            contacts["name"],
            contacts["handle"],
            contacts["url"],
            contacts["formed_ms"],
            strict=True,
        )
    ]
    yield (
        "",
        _csv(
            ["platform", "name", "handle", "profile_url", "email", "relation", "connected_at"], rows
        ),
    )


def _vcard_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def address_book(world: World) -> bytes:
    """The owner's address book as one vCard 3.0 file (a phone's "export all contacts"),
    cards in name order; ``b""`` when the persona has none."""
    cards = world.cards
    if cards.empty:
        return b""
    lines = []
    persons, names = cards["person"].tolist(), [str(name) for name in cards["name"]]
    emails, phones, urls = cards["email"].tolist(), cards["phone"].tolist(), cards["url"].tolist()
    for i in sorted(range(len(cards)), key=lambda i: (names[i], i)):
        person, name = int(persons[i]), names[i]
        given, family = _split_name(name) if " " in name else (name, "")
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"UID:{_card_uid(world, person)}",
                  f"FN:{_vcard_text(name)}", f"N:{_vcard_text(family)};{_vcard_text(given)};;;"]  # fmt: skip
        email, phone, url = emails[i], phones[i], urls[i]
        if isinstance(email, str):
            lines.append(f"EMAIL;TYPE=INTERNET:{email}")
        if isinstance(phone, str):
            lines.append(f"TEL;TYPE=CELL:{phone}")
        if isinstance(url, str):
            lines.append(f"URL:{url}")
        lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _card_uid(world: World, person: int) -> str:
    token = _token("card", world.params.seed, world.params.scale, person, length=32)
    return f"{token[:8]}-{token[8:12]}-{token[12:16]}-{token[16:20]}-{token[20:]}".upper()


def card_key(world: World, person: int) -> str:
    """The address-book loader's ``contact_key`` of a person's card."""
    return f"uid:{_card_uid(world, person)}"


EXPORT_WRITERS: dict[str, Callable[..., Files]] = {
    "facebook": write_facebook,
    "instagram": write_instagram,
    "linkedin": write_linkedin,
    "x": write_x,
    "quora": write_quora,
}


def write_snapshot(world: World, platform: str, snapshot: int, *, chunk: int = 10_000) -> Files:
    """(path relative to the platform folder, bytes) for every file of one export."""
    folder = export_folder(world, platform, snapshot)
    for relative, data in EXPORT_WRITERS[platform](world, snapshot, chunk=chunk):
        yield (f"{folder}/{relative}" if relative else folder), data


_ = (np, NEVER)
