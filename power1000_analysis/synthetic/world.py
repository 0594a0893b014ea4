"""Simulate one persona's social world: people, ties, requests, one-to-one and group events.

Everything is vectorised with numpy and drawn from one ``numpy.random.Generator`` (one
exception: whose name a planted namesake copies is drawn from a generator seeded by the main
stream's draw, see ``_namesake_sources``, so that choosing names by frequency moves no other
draw); times are
integer milliseconds since the Unix epoch (UTC). The result, a :class:`World`, holds plain
pandas frames that the writers turn into export files and ``truth.py`` into ground truth.

Tie dynamics per platform (see ``PlatformParams``):

- outbound requests/follows arrive as a Poisson process from ``warmup_days`` before the
  first snapshot to the last one; each is accepted with ``accept_prob`` after an exponential
  delay, otherwise declined (vanishes) or ignored (stays pending);
- inbound requests/follows arrive as a Poisson stream that is thinned (a uniformly random
  subset is kept) so that the contacts of the second snapshot come out exactly;
- contacts older than the window ("legacy") fill the first snapshot to its exact count;
- a share of first-snapshot contacts is removed before the second snapshot (churn).

People (``_assign_people``): a share of each later platform's new people are namesakes who
carry the exact name of someone already known, in another community; which name they carry
is chosen with probability proportional to its population frequency
(``PersonaParams.namesake_by_frequency``), so common names have namesakes and rare ones
almost never, as in life.

Example
-------
>>> from power1000_analysis.synthetic.params import default_persona
>>> world = simulate(default_persona(scale=0.2))
>>> int(world.contacts_at("facebook", 0).shape[0]), int(world.contacts_at("facebook", 1).shape[0])
(64, 108)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.synthetic.params import PersonaParams, PlatformParams

__all__ = [
    "NEVER",
    "OWNER",
    "PersonaNotDrawn",
    "World",
    "day_ms",
    "people_name_frequency",
    "simulate",
]

DAY_MS = 86_400_000
WEEK_MS = 7 * DAY_MS
#: "no such time" (an edge that never forms, a tie never removed).
NEVER = np.iinfo(np.int64).max
#: the owner in sender/actor columns.
OWNER = -1


def day_ms(date: str) -> int:
    """Milliseconds since the epoch at UTC midnight of an ISO date."""
    return int(pd.Timestamp(date, tz="UTC").value // 1_000_000)


class PersonaNotDrawn(ValueError):
    """This seed's draw of a platform's own requests alone adds more contacts than the
    platform gains over the year (likelier the smaller the persona: see
    ``synthetic.MIN_SCALE``)."""


@dataclass
class World:
    """The simulated world (frames described in ``simulate``)."""

    params: PersonaParams
    snapshot_ms: list[int]
    people: pd.DataFrame
    ties: pd.DataFrame
    requests: pd.DataFrame
    threads: pd.DataFrame
    messages: pd.DataFrame
    events: pd.DataFrame
    realised: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the owner's address book: person, name, email, phone, url (None where the card has none)
    cards: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def as_of_ms(self) -> int:
        return self.snapshot_ms[-1]

    def contacts_at(self, platform: str, snapshot: int) -> pd.DataFrame:
        """Ties present in a snapshot, with their ``relation`` there."""
        at = self.snapshot_ms[snapshot]
        ties = self.ties[self.ties["platform"] == platform]
        present = (ties["formed_ms"] < at) & (ties["removed_ms"] >= at)
        chosen = ties[present].copy()
        following = chosen["following_ms"] < at
        follower = chosen["follower_ms"] < at
        relation = np.where(
            following & follower, "mutual", np.where(following, "following", "follower")
        )
        symmetric = chosen["tie"] == "symmetric"
        chosen["relation"] = np.where(symmetric, chosen["symmetric_relation"], relation)
        return chosen


def _exp(rng: np.random.Generator, mean: float, size: int) -> np.ndarray:
    if mean <= 0:
        return np.zeros(size, dtype=np.int64)
    return (rng.exponential(mean, size) * DAY_MS).astype(np.int64)


def _poisson_times(rng: np.random.Generator, per_week: float, start: int, end: int) -> np.ndarray:
    count = rng.poisson(max(per_week, 0.0) * (end - start) / WEEK_MS)
    return np.sort(rng.integers(start, end, count, dtype=np.int64))


def _platform_ties(
    rng: np.random.Generator, persona: PersonaParams, p: PlatformParams, s1: int, s2: int
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    """Ties and requests of one platform (person columns still unassigned)."""
    window = s1 - persona.warmup_days * DAY_MS
    ties: list[dict[str, np.ndarray]] = []
    requests: list[dict[str, np.ndarray]] = []

    # Outbound: requests (symmetric, private accounts) or instant follows (public accounts).
    sent = _poisson_times(rng, p.sent_per_week, window, s2)
    n = sent.size
    needs_approval = np.ones(n, bool) if p.tie == "symmetric" else rng.random(n) < p.private_share
    accepted = rng.random(n) < p.accept_prob
    answer = sent + _exp(rng, p.accept_delay_days, n)
    declined = ~accepted & (rng.random(n) < p.decline_share)
    following = np.where(needs_approval, np.where(accepted, answer, NEVER), sent)
    if p.tie == "directed":
        back = rng.random(n) < p.follow_back_prob
        follower = np.where(
            back & (following < NEVER), following + _exp(rng, p.follow_back_delay_days, n), NEVER
        )
    else:
        follower = following.copy()
    req = needs_approval
    requests.append(
        {
            "direction": np.full(int(req.sum()), "sent"),
            "sent_ms": sent[req],
            "outcome": np.where(accepted, "accepted", np.where(declined, "declined", "ignored"))[
                req
            ],
            "resolved_ms": np.where(accepted | declined, answer, NEVER)[req],
            "slot": np.where(req)[0],
        }
    )
    ties.append({"following_ms": following, "follower_ms": follower, "origin": np.full(n, "sent")})

    # Inbound candidates: received requests (symmetric) or new followers (directed, Quora).
    churn_removed = rng.binomial(p.contacts_start, p.churn_per_year)
    need_new = p.contacts_end - p.contacts_start + churn_removed
    out_following = ties[0]["following_ms"]
    out_first = np.minimum(out_following, ties[0]["follower_ms"])
    out_new = int(((out_first >= s1) & (out_first < s2)).sum())
    need_in = need_new - out_new
    if need_in < 0:
        raise PersonaNotDrawn(
            f"{p.name}: outbound alone adds {out_new} contacts, more than the {need_new} needed"
        )
    form_prob = 1.0 if p.tie != "symmetric" else max(p.owner_accept_prob, 1e-9)
    candidate_rate = max(p.inbound_per_week, 1.6 * need_in / form_prob / ((s2 - s1) / WEEK_MS))
    while True:
        got = _poisson_times(rng, candidate_rate, window, s2)
        m = got.size
        owner_yes = rng.random(m) < p.owner_accept_prob
        owner_answer = got + _exp(rng, p.owner_delay_days, m)
        if p.tie == "symmetric":
            in_follower = np.where(owner_yes, owner_answer, NEVER)
            in_following = in_follower.copy()
        else:
            in_follower = got
            in_following = np.where(owner_yes, owner_answer, NEVER)
        first = np.minimum(in_follower, in_following)
        forms = (first >= s1) & (first < s2)
        order = rng.permutation(m)
        cumulative = np.cumsum(forms[order])
        if need_in == 0 or (cumulative.size and cumulative[-1] >= need_in):
            break
        candidate_rate *= 1.5
    keep_count = int(np.searchsorted(cumulative, need_in) + 1) if need_in else 0
    keep = np.sort(order[:keep_count])
    got, owner_yes, owner_answer = got[keep], owner_yes[keep], owner_answer[keep]
    in_follower, in_following = in_follower[keep], in_following[keep]
    if p.tie == "symmetric":
        requests.append(
            {
                "direction": np.full(keep.size, "received"),
                "sent_ms": got,
                "outcome": np.where(owner_yes, "accepted", "declined"),
                "resolved_ms": owner_answer,
                "slot": np.arange(keep.size) + n,
            }
        )
    ties.append(
        {
            "following_ms": in_following,
            "follower_ms": in_follower,
            "origin": np.full(keep.size, "received"),
        }
    )

    frame = pd.DataFrame({k: np.concatenate([t[k] for t in ties]) for k in ties[0]})
    frame["formed_ms"] = np.minimum(frame["following_ms"], frame["follower_ms"])
    # Legacy contacts fill the first snapshot exactly.
    formed_before = int((frame["formed_ms"] < s1).sum())
    legacy = p.contacts_start - formed_before
    if legacy < 0:
        raise ValueError(f"{p.name}: the warm-up alone forms {formed_before} contacts")
    legacy_start = window - int(persona.legacy_years * 365.25 * DAY_MS)
    # Growth accelerates towards the window: connection times ~ sqrt of a uniform.
    legacy_formed = legacy_start + (np.sqrt(rng.random(legacy)) * (window - legacy_start)).astype(
        np.int64
    )
    if p.tie == "symmetric":
        lf, lg = legacy_formed, legacy_formed
    else:
        draw = rng.random(legacy)
        mutual = draw < p.legacy_mutual_share
        follower_only = ~mutual & (draw < p.legacy_mutual_share + p.legacy_follower_share)
        if p.tie == "followers":
            mutual, follower_only = np.zeros(legacy, bool), np.ones(legacy, bool)
        second = np.minimum(legacy_formed + _exp(rng, 3.0, legacy), window - 1)
        lf = np.where(mutual, second, np.where(follower_only, legacy_formed, NEVER))
        lg = np.where(follower_only, NEVER, legacy_formed)
    legacy_frame = pd.DataFrame(
        {"following_ms": lg, "follower_ms": lf, "origin": "legacy", "formed_ms": legacy_formed}
    )
    frame = pd.concat([frame, legacy_frame], ignore_index=True)
    frame["slot"] = np.arange(len(frame))
    frame = frame[frame["formed_ms"] < NEVER].reset_index(drop=True)
    # Churn: exactly ``churn_removed`` first-snapshot contacts leave during the year.
    frame["removed_ms"] = NEVER
    at_s1 = np.where(frame["formed_ms"] < s1)[0]
    gone = rng.choice(at_s1, churn_removed, replace=False)
    frame.loc[gone, "removed_ms"] = rng.integers(s1, s2, churn_removed)
    frame["removed_by_owner"] = False
    frame.loc[gone, "removed_by_owner"] = rng.random(churn_removed) < 0.5
    frame["tie"] = p.tie
    frame["symmetric_relation"] = {"facebook": "friend"}.get(p.name, "connection")

    request_frame = pd.DataFrame({k: np.concatenate([r[k] for r in requests]) for k in requests[0]})
    realised = {
        "sent_per_week": n / ((s2 - window) / WEEK_MS),
        "inbound_candidate_per_week": candidate_rate,
        "inbound_per_week": keep.size / ((s2 - window) / WEEK_MS),
        "legacy_contacts": legacy,
        "churned": int(churn_removed),
    }
    return frame, request_frame, realised


COMMUNITY_LABELS = (
    "family",
    "school",
    "university",
    "first job",
    "current job",
    "neighbourhood",
    "sports club",
    "online",
)


def _name_pick(
    rng: np.random.Generator, culture: np.ndarray, weights: list[np.ndarray]
) -> np.ndarray:
    """A name rank for each person of ``culture`` (indices), drawn with that culture's rank
    ``weights`` (``names.rank_weights``: common names really common, a long tail of rare ones).
    Uses one uniform draw per person, whatever the weights."""
    out = np.zeros(culture.size, np.int64)
    for c in np.unique(culture):
        chosen = np.where(culture == c)[0]
        out[chosen] = rng.choice(weights[c].size, chosen.size, p=weights[c])
    return out


#: relative share of each culture (``names.CULTURES`` order) among the persona's people
CULTURE_WEIGHTS = (6, 3, 3, 3, 2, 2, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1.5, 1.0)


def _name_weights(
    persona: PersonaParams,
) -> tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]:
    """Culture shares and, per culture, the given- and family-name rank weights that
    ``_assign_people`` draws names with."""
    from power1000_analysis.synthetic.names import CULTURES, TOP_SHARE, rank_weights

    cultures = list(CULTURES)
    given_weights = [
        rank_weights(len(CULTURES[c][0]), TOP_SHARE[c][0], persona.name_zipf) for c in cultures
    ]
    family_weights = [
        rank_weights(len(CULTURES[c][1]), TOP_SHARE[c][1], persona.name_zipf) for c in cultures
    ]
    weights = np.array(CULTURE_WEIGHTS)[: len(cultures)]
    return weights / weights.sum(), given_weights, family_weights


def people_name_frequency(people: pd.DataFrame, persona: PersonaParams) -> np.ndarray:
    """The population frequency of each person's name in ``World.people`` (culture, given,
    family): the probability that a freshly drawn person gets exactly that name
    (``name_frequency``). Used by the tests of the planted namesakes."""
    from power1000_analysis.synthetic.names import CULTURES

    code = {c: i for i, c in enumerate(CULTURES)}
    return name_frequency(
        people["culture"].map(code).to_numpy(np.int64),
        people["given"].to_numpy(np.int64),
        people["family"].to_numpy(np.int64),
        *_name_weights(persona),
    )


def name_frequency(
    culture: np.ndarray,
    given: np.ndarray,
    family: np.ndarray,
    culture_share: np.ndarray,
    given_weights: list[np.ndarray],
    family_weights: list[np.ndarray],
) -> np.ndarray:
    """The population frequency of each (culture, given, family) name: the probability that a
    freshly drawn person gets exactly that name (culture share × given-name rank weight ×
    family-name rank weight, the draws ``_assign_people`` makes; middle names aside)."""
    out = np.zeros(culture.size)
    for c in np.unique(culture):
        at = np.where(culture == c)[0]
        out[at] = culture_share[c] * given_weights[c][given[at]] * family_weights[c][family[at]]
    return out


def _namesake_sources(
    draw: np.ndarray,
    circle: np.ndarray,
    known_circle: np.ndarray,
    culture: np.ndarray,
    given: np.ndarray,
    family: np.ndarray,
    frequency: np.ndarray,
) -> np.ndarray:
    """Whose name each planted namesake copies (indices into the known people), as in life:
    a namesake is a new person who happens to carry a name already known, so a name is copied
    with probability proportional to its population frequency (``frequency``, see
    ``name_frequency``) among the names known outside the namesake's own circle
    (``circle``: a namesake lives in another community than the person whose name they
    carry), whatever how many known people carry it: each known person's weight is the
    name's frequency divided by the number of its carriers there, so the carrier whose name
    is copied is equally likely to be any of them. "María García" therefore gets namesakes
    far more often than a rare tail name, where a uniformly random source (the old
    behaviour) gave every known person the same chance.

    ``draw`` (the uniform draw the old behaviour used as the sources) seeds a separate
    generator, so the main random stream, and every other draw of the world, is the same
    whichever way the namesakes choose."""
    key = (culture * (given.max() + 1) + given) * (family.max() + 1) + family
    sub = np.random.default_rng([0x6E616D65, *(int(x) for x in draw)])
    out = np.zeros(circle.size, np.int64)
    for c in np.unique(circle):
        at = np.where(circle == c)[0]
        pool = np.where(known_circle != c)[0]
        if pool.size == 0:  # one community only: anyone known
            pool = np.arange(known_circle.size)
        _, inverse, carriers = np.unique(key[pool], return_inverse=True, return_counts=True)
        weight = frequency[pool] / carriers[inverse]
        out[at] = pool[sub.choice(pool.size, at.size, p=weight / weight.sum())]
    return out


def _co_connected(
    rng: np.random.Generator,
    slot_ms: np.ndarray,
    met_ms: np.ndarray,
    eligible: np.ndarray,
    count: int,
    scale_days: float,
) -> tuple[np.ndarray, np.ndarray]:
    """``count`` (slot, person) pairs where the person (among ``eligible``) met the owner
    close to the slot's time: people get added on several platforms within days or weeks."""
    if count == 0 or eligible.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    slots = rng.choice(slot_ms.size, min(count, slot_ms.size, eligible.size), replace=False)
    target = slot_ms[slots] + (rng.laplace(0.0, scale_days, slots.size) * DAY_MS).astype(np.int64)
    order = np.argsort(met_ms[eligible], kind="stable")
    times = met_ms[eligible][order]
    used = np.zeros(times.size, bool)
    people = np.zeros(slots.size, np.int64)
    for n, t in enumerate(target):
        at = int(np.searchsorted(times, t))
        low, high = at - 1, at
        while low >= 0 and used[low]:
            low -= 1
        while high < times.size and used[high]:
            high += 1
        nearer_high = high < times.size and (low < 0 or times[high] - t < t - times[low])
        pick = high if nearer_high else low
        used[pick] = True
        people[n] = eligible[order[pick]]
    return slots, people


def _assign_people(
    rng: np.random.Generator, persona: PersonaParams, slot_times: dict[str, np.ndarray]
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """People for every tie/request slot, platform by platform, with cross-platform overlap
    (often connected close in time to the earlier tie), long-tailed names and planted
    namesakes (the exact name of someone known elsewhere, in another community; the name
    chosen by its frequency in the population, see ``_namesake_sources``)."""
    from power1000_analysis.synthetic.names import CULTURES

    cultures = list(CULTURES)
    n_given = np.array([len(CULTURES[c][0]) for c in cultures])
    culture_share, given_weights, family_weights = _name_weights(persona)
    community_sizes = rng.dirichlet(np.full(persona.communities, 2.0))
    total = sum(t.size for t in slot_times.values())
    culture = np.zeros(total, np.int64)
    given = np.zeros(total, np.int64)
    family = np.zeros(total, np.int64)
    middle = np.zeros(total, np.int64)
    namesake_of = np.full(total, -1, np.int64)
    met_ms = np.zeros(total, np.int64)
    member = np.zeros((total, len(slot_times)), bool)
    assigned: dict[str, np.ndarray] = {}
    #: (planted namesakes, the uniform draw of their sources, people known then) per platform
    batches: list[tuple[np.ndarray, np.ndarray, int]] = []
    n_people = 0
    for index, (platform, times) in enumerate(slot_times.items()):
        m = times.size
        eligible = np.where(~member[:n_people, index])[0]
        reuse = min(int(rng.binomial(m, persona.overlap.get(platform, 0.0))), eligible.size)
        together = int(rng.binomial(reuse, persona.co_connect_share))
        here = np.full(m, -1, np.int64)
        slots, people = _co_connected(
            rng, times, met_ms, eligible, together, persona.co_connect_days
        )
        here[slots] = people
        rest = np.setdiff1d(eligible, people)
        others = rng.choice(rest, min(reuse - people.size, rest.size), replace=False)
        free = np.where(here < 0)[0]
        here[rng.choice(free, others.size, replace=False)] = others
        fresh_slots = np.where(here < 0)[0]
        fresh = np.arange(n_people, n_people + fresh_slots.size)
        here[fresh_slots] = fresh
        met_ms[fresh] = times[fresh_slots]
        c = rng.choice(len(cultures), fresh.size, p=culture_share)
        culture[fresh] = c
        given[fresh] = _name_pick(rng, c, given_weights)
        family[fresh] = _name_pick(rng, c, family_weights)
        middle[fresh] = np.where(
            rng.random(fresh.size) < persona.middle_name_share,
            (rng.random(fresh.size) * n_given[c]).astype(np.int64),
            -1,
        )
        if index > 0 and n_people:
            # Namesakes: a new person takes the exact name of someone already known elsewhere.
            planted = fresh[rng.random(fresh.size) < persona.namesake_share]
            sources = rng.integers(0, n_people, planted.size)
            batches.append((planted, sources, n_people))
            for column in (culture, given, family, middle):
                column[planted] = column[sources]
            namesake_of[planted] = sources
        n_people += fresh.size
        member[here, index] = True
        assigned[platform] = here
    community = rng.choice(persona.communities, n_people, p=community_sizes)
    planted = np.where(namesake_of[:n_people] >= 0)[0]
    source_community = community[namesake_of[planted]]
    # a namesake lives in another circle than the person whose name they carry
    shift = rng.integers(1, max(persona.communities, 2), planted.size)
    community[planted] = (source_community + shift) % max(persona.communities, 1)
    if persona.namesake_by_frequency:
        # Whose name each namesake carries, chosen again by name frequency, batch by batch
        # (a later namesake may copy an earlier one's new name). Here, after the communities,
        # because the draw above placed each namesake in another circle than the uniform
        # source: the new source is sought outside that circle, and nothing else moves.
        for batch, (planted, draw, known) in enumerate(batches):
            sources = _namesake_sources(
                np.concatenate([[batch], draw]),
                community[planted],
                community[:known],
                culture[:known],
                given[:known],
                family[:known],
                name_frequency(
                    culture[:known],
                    given[:known],
                    family[:known],
                    culture_share,
                    given_weights,
                    family_weights,
                ),
            )
            for column in (culture, given, family, middle):
                column[planted] = column[sources]
            namesake_of[planted] = sources
    people = pd.DataFrame(
        {
            "person": np.arange(n_people),
            "culture": np.array(cultures)[culture[:n_people]],
            "given": given[:n_people],
            "family": family[:n_people],
            "middle": middle[:n_people],
            "community": community,
            "namesake_of": namesake_of[:n_people],
            "met_ms": met_ms[:n_people],
        }
    )
    return people, assigned


def _decaying_times(
    rng: np.random.Generator,
    start: np.ndarray,
    length: np.ndarray,
    rate_day: np.ndarray,
    half_life: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Event times of independent processes with intensity ``rate_day·exp(-k(t-start))`` on
    ``[start, start+length)``; returns (owner index per event, time ms)."""
    k = np.log(2) / half_life
    days = length / DAY_MS
    mass = rate_day / k * (1 - np.exp(-k * days))
    counts = rng.poisson(mass)
    owner = np.repeat(np.arange(start.size), counts)
    u = rng.random(owner.size)
    offset_days = -np.log1p(-u * (1 - np.exp(-k * days[owner]))) / k
    return owner, start[owner] + (offset_days * DAY_MS).astype(np.int64)


def _uniform_times(
    rng: np.random.Generator, start: np.ndarray, length: np.ndarray, rate_day: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    counts = rng.poisson(rate_day * length / DAY_MS)
    owner = np.repeat(np.arange(start.size), counts)
    return owner, start[owner] + (rng.random(owner.size) * length[owner]).astype(np.int64)


def _tie_events(
    rng: np.random.Generator,
    p: PlatformParams,
    ties: pd.DataFrame,
    as_of: int,
    known: np.ndarray | None = None,
    known_passive_factor: float = 1.0,
) -> pd.DataFrame:
    """One-to-one events of one platform's ties: decaying intensity plus strong-tie floor.

    ``known`` marks ties to people who are contacts on several platforms: their chance to be
    passive is ``known_passive_factor`` times the others' (the platform's share is kept)."""
    n = len(ties)
    if not p.kind_mix or n == 0:
        return pd.DataFrame(
            {
                "tie_row": np.zeros(0, np.int64),
                "at_ms": np.zeros(0, np.int64),
                "kind": np.zeros(0, object),
                "direction": np.zeros(0, object),
            }
        )
    start = ties["formed_ms"].to_numpy()
    end = np.minimum(ties["removed_ms"].to_numpy(), as_of)
    length = np.clip(end - start, 0, None)
    passive_prob = np.full(n, p.passive_share)
    if known is not None and known.any() and not known.all():
        low = p.passive_share * known_passive_factor
        high = min(1.0, (p.passive_share * n - low * known.sum()) / (~known).sum())
        passive_prob = np.where(known, low, high)
    passive = rng.random(n) < passive_prob
    strong = ~passive & (rng.random(n) < p.strong_share)
    initial = np.where(passive, 0.0, rng.gamma(1.5, p.initial_per_week / 1.5, n)) / 7
    floor = np.where(strong, rng.gamma(2.0, p.strong_per_week / 2.0, n), 0.0) / 7
    owner_a, at_a = _decaying_times(rng, start, length, initial, p.half_life_days)
    owner_b, at_b = _uniform_times(rng, start, length, floor)
    events = pd.DataFrame(
        {"tie_row": np.concatenate([owner_a, owner_b]), "at_ms": np.concatenate([at_a, at_b])}
    )
    weights = np.array([w for _, _, w in p.kind_mix])
    pick = rng.choice(len(p.kind_mix), len(events), p=weights / weights.sum())
    events["kind"] = np.array([k for k, _, _ in p.kind_mix])[pick]
    events["direction"] = np.array([d for _, d, _ in p.kind_mix])[pick]
    ties_flags = pd.DataFrame(
        {
            "passive": passive,
            "strong": strong,
            "initial_per_week": initial * 7,
            "floor_per_week": floor * 7,
        }
    )
    events.attrs["flags"] = ties_flags
    return events


def _dedupe(values: list[str], suffixes: np.ndarray, *, at: str | None = None) -> list[str]:
    """Make strings unique by appending ``suffixes[i]`` (digits) to repeats, deterministically
    (before ``at`` when given: ``ann.lee9@example.org``)."""
    seen: set[str] = set()
    out = []
    for value, suffix in zip(values, suffixes, strict=True):
        candidate = value
        bump = int(suffix)
        head, sep, tail = value.partition(at) if at else (value, "", "")
        while candidate in seen:
            candidate = f"{head}{bump}{sep}{tail}"
            bump += 7
        seen.add(candidate)
        out.append(candidate)
    return out


def _unique_names(names: list[str], letters: np.ndarray) -> list[str]:
    """Repeated names get a middle initial (``Anna K. Smith``), the way namesakes tell
    themselves apart on Facebook."""
    seen: set[str] = set()
    out = []
    for name, letter in zip(names, letters, strict=True):
        candidate, bump = name, int(letter)
        while candidate in seen:
            first, _, rest = name.partition(" ")
            initial = chr(65 + bump % 26) + ("" if bump < 26 else chr(65 + bump // 26 % 26))
            candidate = f"{first} {initial}. {rest}" if rest else f"{name} {initial}."
            bump += 1
        seen.add(candidate)
        out.append(candidate)
    return out


HANDLE_WORDS = (
    "art",
    "photo",
    "dev",
    "travels",
    "music",
    "official",
    "runs",
    "cooks",
    "xo",
    "real",
)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")


@functools.cache
def _letters(text: str) -> str:
    """The ASCII letters and digits of a name, lower case (``Zoë-Ann`` → ``zoeann``).
    Memoised: at scale 100 a few thousand distinct names are folded millions of times."""
    from power1000_analysis.synthetic.names import ascii_fold

    return "".join(ch for ch in ascii_fold(text).lower() if ch.isascii() and ch.isalnum())


def _ascii_parts(people: pd.DataFrame) -> tuple[list[str], list[str], list[str]]:
    """ASCII given name, family name and first nickname of each person (for handles and
    e-mails); names in other scripts become their culture and a number, as people do."""
    from power1000_analysis.synthetic.names import CULTURES, NICKNAMES

    givens, families, nicks = [], [], []
    for person, culture, g, f in zip(
        people["person"], people["culture"], people["given"], people["family"], strict=True
    ):
        given, family = CULTURES[culture][0][g], CULTURES[culture][1][f]
        g_ascii, f_ascii = _letters(given), _letters(family)
        if not g_ascii or not f_ascii:
            g_ascii, f_ascii = culture[:3], f"{int(person) * 37 % 1000:03d}"
        nick = NICKNAMES.get(given, ("",))[0]
        givens.append(g_ascii)
        families.append(f_ascii)
        nicks.append(_letters(nick) or g_ascii)
    return givens, families, nicks


def _handle_forms(
    rng: np.random.Generator, givens: list[str], families: list[str], nicks: list[str]
) -> list[str]:
    """Handles people pick: built from the name, but with numbers, nicknames, initials and
    words that no rule can predict from the name alone."""
    n = len(givens)
    pattern = rng.integers(0, 9, n)
    digits = rng.integers(1, 100, n)
    years = rng.integers(70, 100, n)
    word = rng.integers(0, len(HANDLE_WORDS), n)
    out = []
    for k, g, f, nick, d, y, w in zip(
        pattern, givens, families, nicks, digits, years, word, strict=True
    ):
        forms = (
            f"{g}.{f}", f"{g}_{f}", f"{g}{f}{d}", f"{f}{g[:1]}", f"{nick}{f}",
            f"{g}{y}", f"{g[:1]}{f}{d}", f"{g}.{HANDLE_WORDS[w]}", f"{nick}_{f[:3]}{d}",
        )  # fmt: skip
        out.append(forms[int(k)])
    return out


def _identities(rng: np.random.Generator, persona: PersonaParams, people: pd.DataFrame) -> None:
    """Each person's own handle (reused across platforms), e-mail and phone number."""
    givens, families, nicks = _ascii_parts(people)
    n = len(people)
    people["handle"] = _dedupe(_handle_forms(rng, givens, families, nicks), rng.integers(2, 9, n))
    domain = rng.integers(0, len(EMAIL_DOMAINS), n)
    style = rng.integers(0, 3, n)
    digits = rng.integers(1, 100, n)
    emails = [
        (f"{g}.{f}", f"{g[:1]}{f}{d}", f"{g}{d}")[int(k)] + "@" + EMAIL_DOMAINS[int(m)]
        for g, f, k, d, m in zip(givens, families, style, digits, domain, strict=True)
    ]
    people["email"] = _dedupe(emails, rng.integers(2, 9, n), at="@")
    country = rng.choice(np.array(["+49", "+33", "+34", "+351", "+36", "+48", "+44", "+1"]), n)
    # same draws as choice(np.arange(10**8, 10**9)) without building the 7 GB array
    numbers = rng.choice(9 * 10**8, n, replace=False) + 10**8
    people["phone"] = [f"{c}{x}" for c, x in zip(country, numbers, strict=True)]
    people["linkedin_email"] = rng.random(n) < persona.linkedin_email_share


def _accounts(
    rng: np.random.Generator,
    persona: PersonaParams,
    people: pd.DataFrame,
    platform: str,
    persons: np.ndarray,
) -> pd.DataFrame:
    """Display name, handle, profile URL and key of each person's account on ``platform``.

    Name variants (nicknames, middle names, dropped diacritics, emoji) are drawn per
    (person, platform), so one person looks different on each platform.
    """
    from urllib.parse import quote

    from power1000_analysis.synthetic.names import CULTURES, EMOJI, NICKNAMES, ascii_fold

    rows = people.set_index("person").loc[persons]
    n = persons.size
    nick_draw = rng.random(n) < persona.nickname_share
    ascii_draw = rng.random(n) < persona.ascii_share
    emoji_draw = rng.random(n) < persona.emoji_share
    emoji_pick = rng.integers(0, len(EMOJI), n)
    digits = rng.integers(10, 99, n)
    names, bases = [], []
    for i, (culture, g, f, mid) in enumerate(
        zip(rows["culture"], rows["given"], rows["family"], rows["middle"], strict=True)
    ):
        givens, families, family_first = CULTURES[culture]
        given, family = givens[g], families[f]
        middle = givens[mid] if mid >= 0 and givens[mid] != given else None
        if platform in ("facebook", "x") and nick_draw[i] and given in NICKNAMES:
            given = NICKNAMES[given][int(digits[i]) % len(NICKNAMES[given])]
        if platform == "linkedin" and middle:
            given = f"{given} {middle}"
        if family_first:
            name = f"{family}{given}" if culture in ("chinese", "japanese") else f"{family} {given}"
        else:
            name = f"{given} {family}"
        if platform in ("instagram", "quora") and ascii_draw[i]:
            name = ascii_fold(name)
        if platform in ("facebook", "instagram", "x") and emoji_draw[i]:
            name = f"{name} {EMOJI[emoji_pick[i]]}"
        names.append(name)
        g_ascii, f_ascii = _letters(givens[g]), _letters(family)
        if not g_ascii or not f_ascii:
            g_ascii, f_ascii = culture[:3], f"{int(digits[i]) * 37 % 1000:03d}"
        bases.append((g_ascii, f_ascii))
    suffix = rng.integers(2, 9, n)
    frame = pd.DataFrame({"platform": platform, "person": persons})
    if platform == "facebook":
        # Facebook identifies people only by display name: keep them unique within it.
        frame["name"] = _unique_names(names, rng.integers(0, 26, n))
        frame["handle"] = None
        frame["key"] = frame["name"]
        frame["url"] = None
    else:
        frame["name"] = names
        if platform == "linkedin":
            hexes = rng.integers(0, 16**6, n)
            slugs = [
                f"{name.lower().replace(' ', '-')}-{h:06x}"
                for name, h in zip(names, hexes, strict=True)
            ]
            frame["handle"] = _dedupe(slugs, suffix)
            frame["url"] = ["https://www.linkedin.com/in/" + quote(s) for s in frame["handle"]]
            frame["key"] = frame["url"]
        else:
            own = rows["handle"].tolist()
            ascii_given, ascii_family, ascii_nick = _ascii_parts(rows.reset_index())
            drawn = _handle_forms(rng, ascii_given, ascii_family, ascii_nick)
            reuse = rng.random(n) < persona.handle_reuse_share
            # the person's own handle (kept across platforms) or one picked for this platform
            forms = [o if r else d for o, r, d in zip(own, reuse, drawn, strict=True)]
            if platform == "quora":
                forms = [f"{g.title()}-{f.title()}" for g, f in bases]
            frame["handle"] = _dedupe(forms, suffix)
            if platform == "instagram":
                frame["url"] = "https://www.instagram.com/" + frame["handle"]
                frame["key"] = frame["handle"]
            elif platform == "x":
                ids = rng.choice(np.arange(10**8, 10**8 + 50 * n + 1000), n, replace=False) * 7 + 3
                frame["account_id"] = ids.astype(str)
                frame["url"] = "https://twitter.com/" + frame["handle"]
                frame["key"] = frame["account_id"]
            else:
                frame["url"] = "https://www.quora.com/profile/" + frame["handle"]
                frame["key"] = frame["url"]
    if "account_id" not in frame:
        frame["account_id"] = None
    return frame


def _groups(
    rng: np.random.Generator,
    p: PlatformParams,
    ties: pd.DataFrame,
    people: pd.DataFrame,
    s1: int,
    as_of: int,
    earlier: list[np.ndarray] | None = None,
    mirrored_share: float = 0.0,
) -> tuple[list[dict[str, Any]], pd.DataFrame]:
    """Group conversations: members from one community (stochastic block structure), a
    decaying message rate from the thread's start, senders drawn among members and owner.
    A ``mirrored_share`` of groups re-forms an ``earlier`` platform's group with those of
    its members who are contacts here too (the same friends chat on several platforms)."""
    threads: list[dict[str, Any]] = []
    frames = []
    community = people["community"].to_numpy()[ties["person"].to_numpy()]
    for number in range(p.groups):
        start = int(rng.integers(s1 - 2 * 365 * DAY_MS, as_of - 30 * DAY_MS))
        alive = (ties["formed_ms"].to_numpy() < start) & (ties["removed_ms"].to_numpy() > start)
        size = int(rng.integers(p.group_size[0], p.group_size[1] + 1))
        chosen_community = int(rng.integers(0, community.max() + 1)) if len(ties) else 0
        pool = np.where(alive & (community == chosen_community))[0]
        mirror = (
            earlier[int(rng.integers(0, len(earlier)))]
            if earlier and rng.random() < mirrored_share
            else None
        )
        if mirror is not None:
            again = np.where(alive & np.isin(ties["person"].to_numpy(), mirror))[0]
            if again.size >= 2:
                pool, size = again, again.size
        if pool.size < size:
            pool = np.where(alive)[0]
        if pool.size < 2:
            continue
        members = np.sort(
            ties["person"].to_numpy()[rng.choice(pool, min(size, pool.size), replace=False)]
        )
        _, at = _decaying_times(
            rng,
            np.array([start]),
            np.array([as_of - start]),
            np.array([p.group_messages * np.log(2) / p.group_half_life_days]),
            p.group_half_life_days,
        )
        owner_sends = rng.random(at.size) < p.group_owner_share
        sender = np.where(owner_sends, OWNER, members[rng.integers(0, members.size, at.size)])
        threads.append(
            {"platform": p.name, "group": number, "members": members, "community": chosen_community}
        )
        frames.append(pd.DataFrame({"group": number, "at_ms": at, "sender": sender}))
    messages = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame({"group": [], "at_ms": [], "sender": []})
    )
    return threads, messages


def _address_book(
    rng: np.random.Generator, persona: PersonaParams, people: pd.DataFrame, ties: pd.DataFrame
) -> pd.DataFrame:
    """The owner's address book: most close contacts (a non-passive Facebook, Instagram or
    LinkedIn tie) and a few others, under the name the owner typed, with e-mail, phone and
    now and then one social profile URL."""
    from power1000_analysis.synthetic.names import CULTURES, NICKNAMES, ascii_fold

    close_rows = ties["platform"].isin(["facebook", "instagram", "linkedin"]) & ~ties["passive"]
    close = np.zeros(len(people), bool)
    close[ties.loc[close_rows, "person"].to_numpy()] = True
    tied = np.zeros(len(people), bool)
    tied[ties["person"].to_numpy()] = True
    draw = rng.random(len(people))
    chosen = np.where(
        tied & (draw < np.where(close, persona.addressbook_share, persona.addressbook_other_share))
    )[0]
    n = chosen.size
    style = rng.random(n)
    has_email = rng.random(n) < persona.card_email_share
    has_phone = rng.random(n) < persona.card_phone_share
    has_url = rng.random(n) < persona.card_url_share
    pick = rng.integers(0, 3, n)
    urls = ties[ties["platform"].isin(["instagram", "x", "linkedin"])].drop_duplicates(
        ["person", "platform"]
    )
    url_of: dict[int, list[str]] = {}
    for person, url in zip(urls["person"], urls["url"], strict=True):
        url_of.setdefault(int(person), []).append(str(url))
    rows = people.set_index("person").loc[chosen]
    names, emails, phones, links = [], [], [], []
    for i, (person, culture, g, f) in enumerate(
        zip(chosen, rows["culture"], rows["given"], rows["family"], strict=True)
    ):
        givens, families, family_first = CULTURES[culture]
        given, family = givens[g], families[f]
        if style[i] < 0.15 and given in NICKNAMES:
            given = NICKNAMES[given][0]
        if family_first:
            name = f"{family}{given}" if culture in ("chinese", "japanese") else f"{family} {given}"
        else:
            name = f"{given} {family}"
        names.append(ascii_fold(name) if 0.15 <= style[i] < 0.25 else name)
        emails.append(rows.at[person, "email"] if has_email[i] else None)
        phones.append(rows.at[person, "phone"] if has_phone[i] else None)
        mine = url_of.get(int(person), [])
        links.append(mine[int(pick[i]) % len(mine)] if has_url[i] and mine else None)
    return pd.DataFrame(
        {"person": chosen, "name": names, "email": emails, "phone": phones, "url": links}
    )


#: outbound kinds that show the counterpart is alive (``evidence.EVIDENCE_OUTBOUND_KINDS``).
EVIDENCE_OUT = ("reaction", "like", "comment", "reply")


def active_counts(
    messages: pd.DataFrame, events: pd.DataFrame, at: np.ndarray, window_days: float
) -> np.ndarray:
    """People with evidence of life in ``[t - window_days, t]`` (both ends included) for each
    time ``t`` of ``at`` (ms), over all platforms. Evidence: an inbound message (one-to-one or
    group), a contact's reaction to the owner's message, an inbound event, or an outbound
    reaction/like/comment/reply. Each person's evidence times become intervals
    ``[e, e + window]``; overlapping ones of one person are merged, and a time's count is the
    intervals started by it minus those ended before it."""
    window = int(window_days * DAY_MS)
    sender = messages["sender"].to_numpy()
    reactor = messages["reaction_by"].to_numpy()
    inbound = (events["direction"] == "in").to_numpy()
    evident = inbound | events["kind"].isin(EVIDENCE_OUT).to_numpy()
    people = np.concatenate(
        [sender[sender >= 0], reactor[reactor >= 0], events["person"].to_numpy()[evident]]
    ).astype(np.int64)
    times = np.concatenate(
        [
            messages["at_ms"].to_numpy()[sender >= 0],
            messages["at_ms"].to_numpy()[reactor >= 0],
            events["at_ms"].to_numpy()[evident],
        ]
    ).astype(np.int64)
    if not times.size or not at.size:
        return np.zeros(at.size, np.int64)
    order = np.lexsort((times, people))
    who, start = people[order], times[order]
    # within a person times are sorted, so a block ends where the next evidence is > window later
    new = np.r_[True, (who[1:] != who[:-1]) | (start[1:] > start[:-1] + window)]
    last = np.r_[new[1:], True]
    starts = np.sort(start[new])
    ends = np.sort(start[last] + window)
    return np.searchsorted(starts, at, side="right") - np.searchsorted(ends, at, side="left")


def _plant_engagement(
    rng: np.random.Generator, persona: PersonaParams, messages: pd.DataFrame, events: pd.DataFrame
) -> None:
    """Likes and reposts of the owner's own posts (the one-to-one events of platforms with
    ``post_like_rate``/``post_repost_rate``, i.e. X's replies and mentions), in place as
    ``events`` columns ``likes``/``reposts`` (0 elsewhere): Poisson with mean rate × the
    persona's contacts with evidence of life in the ``active_window_days`` before the post
    (``active_counts``), so engagement is proportional to active contacts (elasticity 1)."""
    events["likes"] = np.zeros(len(events), np.int64)
    events["reposts"] = np.zeros(len(events), np.int64)
    for p in persona.platforms:
        if p.post_like_rate <= 0 and p.post_repost_rate <= 0:
            continue
        rows = np.where((events["platform"] == p.name).to_numpy())[0]
        active = active_counts(
            messages, events, events["at_ms"].to_numpy()[rows], persona.active_window_days
        )
        events.loc[rows, "likes"] = rng.poisson(p.post_like_rate * active)
        events.loc[rows, "reposts"] = rng.poisson(p.post_repost_rate * active)
        events.loc[rows, "active_contacts"] = active


def simulate(persona: PersonaParams) -> World:
    """Simulate the persona's world (see the module docstring).

    Frames of the result:

    - ``people``: person, culture, name indices, community, namesake_of (-1: none);
    - ``ties``: platform, person, key, name, handle, url, account_id, following_ms,
      follower_ms, formed_ms, removed_ms, removed_by_owner, origin, tie, passive, strong;
    - ``requests``: platform, person, direction (sent/received), sent_ms, outcome
      (accepted/declined/ignored), resolved_ms (``NEVER`` when unresolved);
    - ``threads``: platform, thread, is_group, members (person ids), community;
    - ``messages``: platform, thread, at_ms, sender (``OWNER`` = -1), phrase, reaction_by
      (-2 none, ``OWNER``, or a person);
    - ``events``: non-message one-to-one events: platform, person, kind, direction, at_ms,
      likes, reposts (planted engagement of own posts, see ``_plant_engagement``; 0 elsewhere),
      active_contacts (the count they were drawn from; NaN where none was drawn).
    """
    rng = np.random.default_rng(persona.seed)
    snapshot_ms = [day_ms(d) for d in persona.snapshots]
    s1, as_of = snapshot_ms[0], snapshot_ms[-1]
    built = {p.name: _platform_ties(rng, persona, p, s1, as_of) for p in persona.platforms}
    slot_times: dict[str, np.ndarray] = {}
    for name, (t, r, _) in built.items():
        size = int(max(t["slot"].max() if len(t) else -1, r["slot"].max() if len(r) else -1) + 1)
        times = np.full(size, NEVER, np.int64)
        times[r["slot"].to_numpy()] = r["sent_ms"].to_numpy()
        times[t["slot"].to_numpy()] = t["formed_ms"].to_numpy()
        # slots of no tie and no request (an outbound follow that never formed) get a time too
        slot_times[name] = np.where(times == NEVER, as_of, times)
    people, assigned = _assign_people(rng, persona, slot_times)
    _identities(rng, persona, people)
    tied_on = np.zeros(len(people), np.int64)
    for name, (t, _, _) in built.items():
        tied_on[np.unique(assigned[name][t["slot"].to_numpy()])] += 1
    tie_frames, request_frames, account_frames = [], [], []
    realised: dict[str, dict[str, Any]] = {}
    for p in persona.platforms:
        ties, requests, realised[p.name] = built[p.name]
        ties = ties.assign(platform=p.name, person=assigned[p.name][ties["slot"].to_numpy()])
        requests = requests.assign(
            platform=p.name, person=assigned[p.name][requests["slot"].to_numpy()]
        )
        persons = np.unique(
            np.concatenate([ties["person"].to_numpy(), requests["person"].to_numpy()])
        )
        account_frames.append(_accounts(rng, persona, people, p.name, persons))
        tie_frames.append(ties.drop(columns="slot"))
        request_frames.append(requests.drop(columns="slot"))
    accounts = pd.concat(account_frames, ignore_index=True)
    ties = pd.concat(tie_frames, ignore_index=True).merge(
        accounts, on=["platform", "person"], how="left"
    )
    ties = ties.sort_values(["platform", "formed_ms", "person"], kind="stable").reset_index(
        drop=True
    )
    requests = pd.concat(request_frames, ignore_index=True).merge(
        accounts, on=["platform", "person"], how="left"
    )
    requests = requests.sort_values(["platform", "sent_ms", "person"], kind="stable").reset_index(
        drop=True
    )

    event_frames, message_frames, thread_rows = [], [], []
    ties["passive"] = True
    ties["strong"] = False
    thread_counter = 0
    earlier_groups: list[np.ndarray] = []
    for p in persona.platforms:
        mask = (ties["platform"] == p.name).to_numpy()
        platform_ties = ties[mask]
        known = tied_on[platform_ties["person"].to_numpy()] > 1
        events = _tie_events(rng, p, platform_ties, as_of, known, persona.known_passive_factor)
        if "flags" in events.attrs:
            flags = events.attrs["flags"]
            ties.loc[mask, "passive"] = flags["passive"].to_numpy()
            ties.loc[mask, "strong"] = flags["strong"].to_numpy()
        events["person"] = platform_ties["person"].to_numpy()[events["tie_row"].to_numpy()]
        events["platform"] = p.name
        is_message = (events["kind"] == "message").to_numpy() if len(events) else np.zeros(0, bool)
        one_to_one = events[is_message]
        others = events[~is_message]
        event_frames.append(others[["platform", "person", "kind", "direction", "at_ms"]])
        # One-to-one threads: one per person who exchanged messages.
        people_with = np.unique(one_to_one["person"].to_numpy())
        thread_of = dict(
            zip(people_with, range(thread_counter, thread_counter + people_with.size), strict=True)
        )
        for person in people_with:
            thread_rows.append(
                {
                    "platform": p.name,
                    "thread": thread_of[person],
                    "is_group": False,
                    "members": (int(person),),
                    "community": int(people.at[person, "community"]),
                }
            )
        thread_counter += people_with.size
        sender = np.where(
            one_to_one["direction"].to_numpy() == "out", OWNER, one_to_one["person"].to_numpy()
        )
        reacts = rng.random(len(one_to_one)) < p.message_reaction_prob
        reaction_by = np.where(
            reacts, np.where(sender == OWNER, one_to_one["person"].to_numpy(), OWNER), -2
        )
        message_frames.append(
            pd.DataFrame(
                {
                    "platform": p.name,
                    "thread": np.array(
                        [thread_of[x] for x in one_to_one["person"].to_numpy()], dtype=np.int64
                    ),
                    "at_ms": one_to_one["at_ms"].to_numpy(),
                    "sender": sender,
                    "reaction_by": reaction_by,
                }
            )
        )
        groups, group_messages = _groups(
            rng, p, platform_ties, people, s1, as_of, earlier_groups, persona.mirrored_group_share
        )
        earlier_groups += [g["members"] for g in groups]
        group_thread = {g["group"]: thread_counter + i for i, g in enumerate(groups)}
        for g in groups:
            thread_rows.append(
                {
                    "platform": p.name,
                    "thread": group_thread[g["group"]],
                    "is_group": True,
                    "members": tuple(int(x) for x in g["members"]),
                    "community": g["community"],
                }
            )
        thread_counter += len(groups)
        if len(group_messages):
            message_frames.append(
                pd.DataFrame(
                    {
                        "platform": p.name,
                        "thread": np.array(
                            [group_thread[g] for g in group_messages["group"]], dtype=np.int64
                        ),
                        "at_ms": group_messages["at_ms"].to_numpy(np.int64),
                        "sender": group_messages["sender"].to_numpy(np.int64),
                        "reaction_by": -2,
                    }
                )
            )
    messages = pd.concat(message_frames, ignore_index=True)
    # Millisecond jitter keeps message times distinct, as in real exports.
    messages["at_ms"] = messages["at_ms"] + rng.integers(0, 1000, len(messages))
    messages["phrase"] = rng.integers(0, 1 << 30, len(messages))
    messages = messages.sort_values(["platform", "thread", "at_ms"], kind="stable").reset_index(
        drop=True
    )
    events = pd.concat(event_frames, ignore_index=True)
    events["at_ms"] = events["at_ms"] - events["at_ms"] % 1000
    events["phrase"] = rng.integers(0, 1 << 30, len(events))
    events = events.sort_values(["platform", "at_ms", "person"], kind="stable").reset_index(
        drop=True
    )
    threads = pd.DataFrame(thread_rows)
    cards = _address_book(rng, persona, people, ties)
    _plant_engagement(rng, persona, messages, events)
    return World(
        persona, snapshot_ms, people, ties, requests, threads, messages, events, realised, cards
    )
