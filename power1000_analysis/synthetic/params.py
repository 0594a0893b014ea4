"""Every parameter of the synthetic persona, in one documented place.

``PersonaParams`` holds the whole world; ``PlatformParams`` one platform's outreach and
activity. ``default_persona()`` is the persona of issue #4: over the year from January 2016 to
January 2017 Facebook grows 320 → 540 friends, LinkedIn 180 → 458 connections and Quora
380 → 975 followers (Instagram and X as well), while the owner chases 1000 *active* contacts.

Example
-------
>>> persona = default_persona()
>>> persona.platform("facebook").contacts_start, persona.platform("facebook").contacts_end
(320, 540)
>>> persona.scaled(2).platform("linkedin").contacts_end
916
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

__all__ = ["PersonaParams", "PlatformParams", "Tie", "default_persona"]

#: how ties form: symmetric requests (friend/connection), two directed edges (follower/following),
#: or inbound follows only (Quora followers).
Tie = Literal["symmetric", "directed", "followers"]

#: (kind, direction, weight) of one-to-one events; weights are relative within a platform.
KindMix = tuple[tuple[str, str, float], ...]


@dataclass(frozen=True)
class PlatformParams:
    """Outreach, tie dynamics and activity on one platform.

    Attributes
    ----------
    name : canonical platform name (``facebook``, ``linkedin``, ``instagram``, ``x``, ``quora``).
    tie : how ties form (see ``Tie``).
    contacts_start, contacts_end : exact contacts in the first and the second snapshot.
    sent_per_week : outbound requests (symmetric) or follows (directed) per week, Poisson.
    accept_prob : probability that an outbound request is accepted (directed: that a request
        to a private account is approved).
    accept_delay_days : mean of the exponential delay until acceptance (or decline).
    decline_share : share of non-accepted outbound requests that are declined (they vanish
        from the sender's pending list); the rest are ignored and stay pending.
    private_share : directed platforms: share of outbound follows that need approval.
    follow_back_prob, follow_back_delay_days : directed: the followed person follows back.
    owner_accept_prob : symmetric: the owner accepts a received request; directed: the owner
        follows a new follower back.
    owner_delay_days : mean delay of the owner's answer.
    inbound_per_week : received requests / new followers per week. Not free: the generator
        thins an inbound stream so that the snapshot counts are exact, and records the
        realised rate in ground truth (``realised``).
    churn_per_year : probability that a contact of the first snapshot is gone by the second.
    half_life_days : an interacting contact's event intensity halves every this many days
        after connecting.
    initial_per_week : mean events per week right after connecting (Gamma, shape 1.5).
    passive_share : contacts that never interact.
    strong_share, strong_per_week : contacts with a floor intensity that does not decay.
    kind_mix : one-to-one event kinds and directions with relative weights.
    message_reaction_prob : Messenger reactions: probability that a 1:1 message gets a
        reaction from the other side (owner → contact's message, contact → owner's message).
    groups, group_size, group_messages, group_half_life_days, group_owner_share : group
        conversations drawn within one community.
    legacy_mutual_share, legacy_follower_share : directed platforms: relation mix of contacts
        that predate the simulated window (the rest are following-only).
    post_like_rate, post_repost_rate : engagement of the owner's own posts (X: every reply and
        mention tweet): likes ~ Poisson(post_like_rate × n) and reposts ~ Poisson(
        post_repost_rate × n), where n is the number of the persona's contacts (all platforms)
        with evidence of life in the ``active_window_days`` before the post (``world.
        active_counts``). Engagement is proportional to active contacts: elasticity 1.
    """

    name: str
    tie: Tie
    contacts_start: int
    contacts_end: int
    sent_per_week: float
    accept_prob: float
    accept_delay_days: float
    decline_share: float
    private_share: float
    follow_back_prob: float
    follow_back_delay_days: float
    owner_accept_prob: float
    owner_delay_days: float
    inbound_per_week: float
    churn_per_year: float
    half_life_days: float
    initial_per_week: float
    passive_share: float
    strong_share: float
    strong_per_week: float
    kind_mix: KindMix
    message_reaction_prob: float = 0.0
    groups: int = 0
    group_size: tuple[int, int] = (2, 7)
    group_messages: float = 0.0
    group_half_life_days: float = 60.0
    group_owner_share: float = 0.25
    legacy_mutual_share: float = 0.5
    legacy_follower_share: float = 0.3
    post_like_rate: float = 0.0
    post_repost_rate: float = 0.0


@dataclass(frozen=True)
class PersonaParams:
    """The whole synthetic world of one persona (all times UTC, dates ISO ``YYYY-MM-DD``).

    Attributes
    ----------
    seed : seed of ``numpy.random.default_rng``; the only source of randomness.
    scale : multiplies contact counts and request rates (not per-contact intensity); group
        threads grow as ``scale ** group_scale_exponent``. One-to-one messages grow linearly
        with it, group messages a little faster (scale 100 ≈ 1,000,000 messages, issue #4).
    group_scale_exponent : group threads per platform are ``groups × scale ** exponent``
        (``scaled``), not linear in scale like contacts. Why: group chats form within one
        community, and the stochastic block model keeps its within-community tie probability
        whatever the scale, so a community K times larger holds about K² times the ties among
        its members and more distinct circles that keep a group chat than K times as many.
        1.0 would give each member a fixed number of circles, 2.0 one circle per
        within-community tie; 1.2 sits near the linear end. It changes nothing at scale 1
        (1 ** e = 1: data/sample is the same). At scale 100 it is what brings the benchmark
        export to about 1,000,000 distinct messages (issue #4: ~980k, where linear groups give
        ~812k); the value was chosen for that target within the range the argument allows.
        Below scale 1 groups thin out faster than contacts for the same reason.
    owner_given, owner_family : the owner's name (non-ASCII on purpose: Meta mojibake).
    snapshots : export dates, oldest first; the last one is ``as_of``.
    active_window_days : active = evidence of life within this many days before ``as_of``.
    warmup_days : outreach is simulated from this many days before the first snapshot.
    legacy_years : older contacts connected uniformly over this many years before the window.
    communities : number of communities (stochastic block model over people).
    community_in_prob, community_out_prob : SBM edge probabilities between people (recorded
        for reach analyses; group conversations are drawn within one community).
    overlap : per platform, the probability that a new tie is someone already tied on an
        earlier platform in ``platforms`` order (the cross-platform overlap).
    namesake_share : share of new people who get the exact name of someone else (namesakes).
    namesake_by_frequency : True (default): a planted namesake copies a name already known
        (outside their own community) with probability proportional to the name's
        population frequency, i.e. the chance that a freshly drawn person gets exactly that
        name (culture share × given- and family-name rank weights), however many known
        people carry it: as in life, "María García" has namesakes and a rare name almost
        none. False: the name of a uniformly random known person (until session 7; a rare
        name was then as likely to get a namesake as a common one, and a name carried by k
        known people k times as likely). The same people are namesakes, in the same
        communities, either way, and every other draw is identical: only names and what
        derives from them (handles, e-mails, keys) differ.
    nickname_share, middle_name_share, ascii_share, emoji_share : name variant rates per
        (person, platform) display name.
    name_zipf : exponent of the Zipf–Mandelbrot rank frequency of given and family names
        within a culture (``names.rank_weights``; the commonest name's share per culture is
        ``names.TOP_SHARE``): common names really common, most full names rare.
    handle_reuse_share : Instagram/X: share of accounts whose handle is the person's own
        handle (one they reuse across platforms); the rest pick a handle for that platform.
    co_connect_share : share of cross-platform ties added close in time to the person's tie
        on an earlier platform (people you meet get added on several platforms).
    co_connect_days : scale (days, Laplace) of the gap between such ties.
    known_passive_factor : multiplies a tie's chance to be passive when the person is a
        contact on several platforms (people you know interact more); the other ties' chance
        rises so that each platform's passive share stays ``passive_share``.
    linkedin_email_share : LinkedIn connections who share their e-mail in the export.
    addressbook_share : people with a non-passive Facebook/Instagram/LinkedIn tie (close
        contacts) who are in the owner's address book; ``addressbook_other_share`` of others.
    card_email_share, card_phone_share, card_url_share : an address-book card holds the
        person's e-mail, phone, one social profile URL.
    mirrored_group_share : share of group threads on later platforms drawn from the members of
        a group on an earlier platform (friends keep a group chat on several platforms).
    platforms : per-platform parameters, in assignment order.
    """

    seed: int = 1000
    scale: float = 1.0
    group_scale_exponent: float = 1.2
    owner_given: str = "Zoë"
    owner_family: str = "Brandt-Łukasik"
    snapshots: tuple[str, ...] = ("2016-01-15", "2017-01-15")
    active_window_days: int = 90
    warmup_days: int = 91
    legacy_years: float = 4.0
    communities: int = 8
    community_in_prob: float = 0.08
    community_out_prob: float = 0.004
    overlap: dict[str, float] = field(
        default_factory=lambda: {
            "facebook": 0.0,
            "linkedin": 0.35,
            "instagram": 0.45,
            "x": 0.3,
            "quora": 0.1,
        }
    )
    namesake_share: float = 0.03
    namesake_by_frequency: bool = True
    nickname_share: float = 0.3
    middle_name_share: float = 0.15
    ascii_share: float = 0.25
    emoji_share: float = 0.04
    name_zipf: float = 1.0
    handle_reuse_share: float = 0.6
    co_connect_share: float = 0.6
    co_connect_days: float = 10.0
    known_passive_factor: float = 0.3
    linkedin_email_share: float = 0.03
    addressbook_share: float = 0.6
    addressbook_other_share: float = 0.03
    card_email_share: float = 0.8
    card_phone_share: float = 0.85
    card_url_share: float = 0.2
    mirrored_group_share: float = 0.5
    platforms: tuple[PlatformParams, ...] = ()

    def platform(self, name: str) -> PlatformParams:
        for params in self.platforms:
            if params.name == name:
                return params
        raise KeyError(name)

    def scaled(self, scale: float) -> PersonaParams:
        """The same persona with counts and rates multiplied by ``scale`` (group threads by
        ``scale ** group_scale_exponent``, see the class docstring)."""
        factor = scale / self.scale
        group_factor = factor**self.group_scale_exponent
        platforms = tuple(
            replace(
                p,
                contacts_start=round(p.contacts_start * factor),
                contacts_end=round(p.contacts_end * factor),
                sent_per_week=p.sent_per_week * factor,
                inbound_per_week=p.inbound_per_week * factor,
                groups=round(p.groups * group_factor),
            )
            for p in self.platforms
        )
        return replace(self, scale=scale, platforms=platforms)

    def grown(self, growth: Mapping[str, float]) -> PersonaParams:
        """The same persona with some platforms' contact counts and request rates times a
        factor (``{"instagram": 2}``): what ``scaled`` does, for those platforms only, and
        without their group threads (they grow with ``scaled``, not here). Used by
        ``bench/bench_decay_coverage.py --grow`` to ask how large a sample must be."""
        unknown = set(growth) - {p.name for p in self.platforms}
        if unknown:
            raise KeyError(f"no such platform in the persona: {sorted(unknown)}")
        platforms = tuple(
            replace(
                p,
                contacts_start=round(p.contacts_start * growth[p.name]),
                contacts_end=round(p.contacts_end * growth[p.name]),
                sent_per_week=p.sent_per_week * growth[p.name],
                inbound_per_week=p.inbound_per_week * growth[p.name],
            )
            if p.name in growth
            else p
            for p in self.platforms
        )
        return replace(self, platforms=platforms)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_persona(*, seed: int = 1000, scale: float = 1.0) -> PersonaParams:
    """The persona of issue #4 (see the module docstring), at ``scale``."""
    meta_mix: KindMix = (
        ("message", "in", 0.45),
        ("message", "out", 0.35),
        ("comment", "out", 0.08),
        ("like", "out", 0.08),
        ("reaction", "out", 0.04),
    )
    platforms = (
        PlatformParams(
            name="facebook", tie="symmetric", contacts_start=320, contacts_end=540,
            sent_per_week=3.0, accept_prob=0.62, accept_delay_days=4.0, decline_share=0.4,
            private_share=0.0, follow_back_prob=0.0, follow_back_delay_days=0.0,
            owner_accept_prob=0.8, owner_delay_days=3.0, inbound_per_week=1.5,
            churn_per_year=0.03, half_life_days=150.0, initial_per_week=0.55,
            passive_share=0.3, strong_share=0.08, strong_per_week=0.35, kind_mix=meta_mix,
            message_reaction_prob=0.08, groups=14, group_size=(2, 7), group_messages=70.0,
        ),
        PlatformParams(
            name="linkedin", tie="symmetric", contacts_start=180, contacts_end=458,
            sent_per_week=6.0, accept_prob=0.55, accept_delay_days=6.0, decline_share=0.2,
            private_share=0.0, follow_back_prob=0.0, follow_back_delay_days=0.0,
            owner_accept_prob=0.9, owner_delay_days=5.0, inbound_per_week=1.5,
            churn_per_year=0.01, half_life_days=45.0, initial_per_week=0.35,
            passive_share=0.55, strong_share=0.03, strong_per_week=0.15,
            kind_mix=(("message", "in", 0.55), ("message", "out", 0.45)),
            groups=2, group_size=(2, 4), group_messages=20.0,
        ),
        PlatformParams(
            name="instagram", tie="directed", contacts_start=210, contacts_end=340,
            sent_per_week=2.0, accept_prob=0.7, accept_delay_days=2.0, decline_share=0.3,
            private_share=0.35, follow_back_prob=0.45, follow_back_delay_days=3.0,
            owner_accept_prob=0.5, owner_delay_days=2.0, inbound_per_week=1.5,
            churn_per_year=0.06, half_life_days=90.0, initial_per_week=0.5,
            passive_share=0.4, strong_share=0.06, strong_per_week=0.2,
            kind_mix=(
                ("message", "in", 0.3), ("message", "out", 0.25), ("comment", "out", 0.15),
                ("like", "out", 0.3),
            ),
            groups=4, group_size=(2, 5), group_messages=40.0,
        ),
        PlatformParams(
            name="x", tie="directed", contacts_start=260, contacts_end=420,
            sent_per_week=2.5, accept_prob=1.0, accept_delay_days=0.0, decline_share=0.0,
            private_share=0.0, follow_back_prob=0.3, follow_back_delay_days=5.0,
            owner_accept_prob=0.35, owner_delay_days=4.0, inbound_per_week=2.0,
            churn_per_year=0.08, half_life_days=60.0, initial_per_week=0.45,
            passive_share=0.5, strong_share=0.04, strong_per_week=0.15,
            kind_mix=(
                ("message", "in", 0.25), ("message", "out", 0.25), ("reply", "out", 0.3),
                ("mention", "out", 0.2),
            ),
            post_like_rate=0.03, post_repost_rate=0.008,
        ),
        PlatformParams(
            name="quora", tie="followers", contacts_start=380, contacts_end=975,
            sent_per_week=0.0, accept_prob=0.0, accept_delay_days=0.0, decline_share=0.0,
            private_share=0.0, follow_back_prob=0.0, follow_back_delay_days=0.0,
            owner_accept_prob=0.0, owner_delay_days=0.0, inbound_per_week=13.0,
            churn_per_year=0.04, half_life_days=30.0, initial_per_week=0.0,
            passive_share=1.0, strong_share=0.0, strong_per_week=0.0, kind_mix=(),
        ),
    )  # fmt: skip
    return PersonaParams(seed=seed, platforms=platforms).scaled(scale)
