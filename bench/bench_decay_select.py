"""Choosing the decay likelihood by AIC: does it pick the right model? (issue #7, session 7)

``decay_half_life`` has two floor likelihoods: ``"frailty"`` (decay_fit.py: the floor c on
every contact, λᵢ(a) = Zᵢ(λ₀e^(−βa) + c); parameters λ₀, β, c, k) and ``"mixture"``
(decay_mixture.py: a floor on a fitted share π of contacts, tied to each one's chattiness,
plus a passive share ψ; parameters λ₀, β, ρ, k, π, ψ). Neither nests the other. This script
fits both on the same data and reports each one's maximised log-likelihood, AIC = 2p − 2ℓ
(p = 4 and 6, every fitted parameter counted, boundaries included), the AIC gap
(frailty − mixture: > 0 means AIC picks the mixture), and each half-life against the truth.

The two log-likelihoods are of the same data under the same conventions, recomputed here
per contact from each fit's parameters (the fits do not expose them): ages binned to the
day's centre as both fits do; each contact's own exposure (decay_fit's optimiser uses its
groups' mean exposure, a negligible difference); the Poisson-process density Πλ(aⱼ)e^(−Λ)
mixed over Gamma(k, 1/k) in closed form, with every constant (log Γ(n+k) − log Γ(k) +
k log k) kept in both. The check: at π = ψ = 0 the mixture's per-contact log-likelihood
(decay_mixture._per_contact) equals the frailty one without a floor (``--check``).

Data: data/sample's Facebook, LinkedIn and Instagram (as ``decay_half_life`` loads them);
the synthetic persona at seeds 1..N on the generator's own events (as
bench_decay_coverage.py); tests/test_activity.py's ``simulate`` at 30,000 contacts
(planted 90 days; strong ties at a fixed rate 0.03/day, not in proportion to chattiness).

Session 8 adds ``"two-part"`` (decay_twopart.py: a decaying part Zᵢλ₀e^(−βa) on every
contact and, on a fitted share π, a floor Fᵢ of its own, Gamma(k_F = 2) with mean φ,
independent of Zᵢ, plus the passive share ψ; p = 6: λ₀, β, φ, k, π, ψ). Its log-likelihood
is its own compiled pass at the fit's parameters (the same conventions: day-binned ages,
each contact's exposure, every constant kept; ``--check``: at π = ψ = 0 it equals the
frailty one without a floor). The gaps printed: AIC(frailty) − AIC(two-part) and
AIC(mixture) − AIC(two-part), > 0 picks the two-part model.

Run:  python bench/bench_decay_select.py [--persona-seeds 20] [--simulate-seeds 1,3,4,5,6,7,8]
                                         [--sample data/sample] [--check] [--split]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy import special

from power1000_analysis import decay_fit, decay_mixture

ROOT = Path(__file__).resolve().parents[1]
PARAMETERS = {"frailty": 4, "mixture": 6, "two-part": 6}


def frailty_loglik(
    exposure: np.ndarray,
    age: np.ndarray,
    contact: np.ndarray,
    rate: float,
    beta: float,
    steady: float,
    k: float,
) -> float:
    """Σᵢ log ∫ Πⱼ Zλ(aᵢⱼ) e^(−ZΛᵢ) dGamma(Z; k, 1/k), λ(a) = λ₀e^(−βa) + c, ages binned to
    the day's centre; k = inf is the Poisson process."""
    binned = np.floor(age) + 0.5
    events = float(np.log(rate * np.exp(-beta * binned) + steady).sum())
    (g,) = decay_fit._integrals(beta, exposure, 1)
    total = rate * g + steady * exposure
    if not math.isfinite(k):
        return events - float(total.sum())
    n = np.bincount(contact, minlength=len(exposure)).astype(float)
    per = special.gammaln(n + k) - special.gammaln(k) + k * math.log(k)
    return events + float((per - (n + k) * np.log(k + total)).sum())


def mixture_loglik(
    exposure: np.ndarray, age: np.ndarray, contact: np.ndarray, fit: decay_fit._DecayFit
) -> float:
    """The mixture's log-likelihood at its fit, from the fit's reported parameters."""
    psi, pi, k = fit.passive_share, fit.floor_share, fit.frailty_shape
    rate = fit.rate0 / (1 - psi)
    rho = fit.floor_rate / (fit.rate0 * pi) if pi > 0 else 1.0

    def logit(p: float) -> float:
        return math.log(p / (1 - p)) if 0 < p < 1 else (-50.0 if p <= 0 else 50.0)

    theta = np.array(
        [math.log(rate), math.log(fit.beta), math.log(rho), math.log(k), logit(pi), logit(psi)]
    )
    # the fit's own objective (the compiled pass), with the boundaries it reports left out
    passes = decay_mixture._Passes(exposure, age, contact)
    return passes.evaluate(theta, floor=pi > 0, passive=psi > 0, scores=False)[0]


def split(data: tuple, frailty: decay_fit._DecayFit, mixture: decay_fit._DecayFit) -> str:
    """Where the log-likelihood gap (mixture − frailty) comes from: contacts without events,
    and contacts with events by their count (up to the median, to the 90th percentile, the
    top 10%). Per-contact values from the NumPy passes; only with the mixture inside its
    boundaries (π, ψ > 0)."""
    exposure, age, contact = data
    psi, pi, k = mixture.passive_share, mixture.floor_share, mixture.frailty_shape
    if not (0 < pi < 1 and 0 < psi < 1 and math.isfinite(frailty.frailty_shape)):
        return "split n/a (a boundary)"
    rate, beta, steady, kf = (
        frailty.rate0,
        frailty.beta,
        frailty.floor_rate,
        frailty.frailty_shape,
    )
    n = np.bincount(contact, minlength=len(exposure)).astype(float)
    binned = np.floor(age) + 0.5
    events = np.bincount(
        contact, weights=np.log(rate * np.exp(-beta * binned) + steady), minlength=len(n)
    )
    (g,) = decay_fit._integrals(beta, exposure, 1)
    ll_f = (
        events + special.gammaln(n + kf) - special.gammaln(kf) + kf * math.log(kf)
        - (n + kf) * np.log(kf + rate * g + steady * exposure)
    )  # fmt: skip
    m_rate = mixture.rate0 / (1 - psi)
    rho = mixture.floor_rate / (mixture.rate0 * pi)
    theta = np.array(
        [
            math.log(m_rate), math.log(mixture.beta), math.log(rho), math.log(k),
            math.log(pi / (1 - pi)), math.log(psi / (1 - psi)),
        ]
    )  # fmt: skip
    d = decay_mixture._data(exposure, age, contact)
    gap = decay_mixture._per_contact(theta, d, decay_mixture._nodes())[0] - ll_f
    median, p90 = np.quantile(n[n > 0], [0.5, 0.9])
    parts = {
        f"silent ({int((n == 0).sum())})": n == 0,
        f"1-{median:g} events": (n > 0) & (n <= median),
        f"to {p90:g}": (n > median) & (n <= p90),
        f"top 10% ({int((n > p90).sum())})": n > p90,
    }
    return (
        "ll gap by contacts: "
        + ", ".join(f"{name} {gap[mask].sum():+.1f}" for name, mask in parts.items())
        + f"; mixture pi {pi:.3f} psi {psi:.3f} k {k:.3g}, frailty k {kf:.3g}"
    )


def twopart_loglik(
    exposure: np.ndarray, age: np.ndarray, contact: np.ndarray, fit: decay_fit._DecayFit
) -> float:
    """The two-part model's log-likelihood at the fit's parameters (its compiled pass)."""
    from power1000_analysis import decay_twopart

    psi, pi = fit.passive_share, fit.floor_share
    rate = fit.rate0 / (1 - psi)
    floor = pi > 0
    phi = fit.floor_rate / ((1 - psi) * pi) if floor else 1.0
    shape = fit.floor_shape if floor else decay_twopart.FLOOR_SHAPE
    theta = np.array(
        [
            math.log(rate), math.log(fit.beta), math.log(phi), math.log(fit.frailty_shape),
            math.log(pi / (1 - pi)) if floor else -50.0,
            math.log(psi / (1 - psi)) if psi > 0 else -50.0, math.log(shape),
        ]
    )  # fmt: skip
    passes = decay_twopart._TwoPartPasses(exposure, age, np.asarray(contact, dtype=np.int64))
    return passes.evaluate(theta, floor=floor, passive=psi > 0, scores=False)[0]


def check(data: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    """The two log-likelihoods agree where the models meet (no floor, no passive share)."""
    exposure, age, contact = data
    fit = decay_fit._fit_decay(*data, floor=False, refit_max=0)
    mine = frailty_loglik(*data, fit.rate0, fit.beta, 0.0, fit.frailty_shape)
    theta = np.array(
        [math.log(fit.rate0), math.log(fit.beta), 0.0, math.log(fit.frailty_shape), -50.0, -50.0]
    )
    passes = decay_mixture._Passes(exposure, age, contact)
    theirs = passes.evaluate(theta, floor=False, passive=False, scores=False)[0]
    theta[2] = -50.0  # NumPy version: floor ratio e^-50, share e^-50, passive share e^-50
    d = decay_mixture._data(exposure, age, contact)
    numpy = float(decay_mixture._per_contact(theta, d, decay_mixture._nodes())[0].sum())
    from power1000_analysis import decay_twopart

    two = decay_twopart._TwoPartPasses(exposure, age, np.asarray(contact, dtype=np.int64))
    theta7 = np.append(theta, 0.7)
    twopart = two.evaluate(theta7, floor=False, passive=False, scores=False)[0]
    print(
        f"check (no floor): frailty loglik {mine:.4f}, mixture at pi=psi=0 {theirs:.4f}"
        f" (NumPy pass {numpy:.4f}), two-part at pi=psi=0 {twopart:.4f}"
    )


def compare(label: str, data: tuple, truth: float, show_split: bool = False) -> dict[str, object]:
    frailty = decay_fit._fit_decay(*data, likelihood="frailty")
    mixture = decay_fit._fit_decay(*data, likelihood="mixture")
    twopart = decay_fit._fit_decay(*data, likelihood="two-part")
    ll_t = twopart_loglik(*data, twopart)
    aic_t = 2 * PARAMETERS["two-part"] - 2 * ll_t
    ll_f = frailty_loglik(
        *data, frailty.rate0, frailty.beta, frailty.floor_rate, frailty.frailty_shape
    )
    ll_m = mixture_loglik(*data, mixture)
    aic_f = 2 * PARAMETERS["frailty"] - 2 * ll_f
    aic_m = 2 * PARAMETERS["mixture"] - 2 * ll_m
    gap = aic_f - aic_m
    chosen = "mixture" if gap > 0 else "frailty"
    row: dict[str, object] = {"label": label, "truth": truth, "ll_f": ll_f, "ll_m": ll_m}
    row["gap"], row["chosen"] = gap, chosen
    row["ll_t"], row["gap_ft"], row["gap_mt"] = ll_t, aic_f - aic_t, aic_m - aic_t
    aics = {"frailty": aic_f, "mixture": aic_m, "two-part": aic_t}
    row["chosen3"] = min(aics, key=lambda name: aics[name])
    # Hausman-style check (not AIC; an alternative rule, measured beside it): the frailty
    # estimate is consistent for the mean intensity's β whatever the heterogeneity, the
    # mixture's only under its own model; z = their log-β difference over
    # sqrt(se_f² − se_m²) (jackknife SEs; the difference's variance if the mixture is
    # efficient). Rule: keep the mixture unless |z| > 1.96.
    se_f, se_m = frailty.beta_se / frailty.beta, mixture.beta_se / mixture.beta
    spread = math.sqrt(max(se_f**2 - se_m**2, 1e-300))
    z = (math.log(mixture.beta) - math.log(frailty.beta)) / spread
    row["z"], row["hausman"] = z, "frailty" if abs(z) > 1.96 else "mixture"
    parts = []
    for name, fit in (("frailty", frailty), ("mixture", mixture), ("two-part", twopart)):
        e = decay_fit._half_life_estimate(fit, floor=True)
        ok = abs(e.value / truth - 1) <= 0.15 and e.ci_low <= truth <= e.ci_high
        row[name] = (e.value, e.ci_low, e.ci_high, ok)
        parts.append(
            f"{name[:3]} {e.value:6.1f} ({e.ci_low:6.1f}-{e.ci_high:6.1f}) {e.value / truth:.3f}"
            f" {'ok' if ok else 'MISS'}"
        )
    print(
        f"{label:28s} truth {truth:5.0f}  ll_f {ll_f:11.2f} ll_m {ll_m:11.2f}"
        f"  AIC gap {gap:+9.2f} -> {chosen:7s} z {z:+5.2f} -> {row['hausman']:7s}"
        f"  ll_t {ll_t:11.2f} gap f-t {aic_f - aic_t:+9.2f} m-t {aic_m - aic_t:+9.2f}"
        f" -> {row['chosen3']} | " + " | ".join(parts),
        flush=True,
    )
    if show_split:
        print("    " + split(data, frailty, mixture), flush=True)
    return row


def sample_data(path: Path) -> list[tuple[str, tuple, float]]:
    import power1000_analysis as p1k
    from power1000_analysis import decay

    net = p1k.load(path)
    truth = json.loads((path / "ground_truth.json").read_text())
    planted = {p["name"]: p["half_life_days"] for p in truth["parameters"]["platforms"]}
    out = []
    for platform in ("facebook", "linkedin", "instagram"):
        x = decay._exposure(
            net, platform=platform, as_of=None, evidence_only=False, include_groups=False
        )
        data = (x.exposure_days, x.event_age_days, x.event_contact)
        out.append((f"sample {platform}", data, planted[platform]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persona-seeds", type=int, default=20)
    parser.add_argument("--simulate-seeds", default="1,3,4,5,6,7,8")
    parser.add_argument("--simulate-contacts", type=int, default=30_000)
    parser.add_argument("--sample", default=str(ROOT / "data" / "sample"))
    parser.add_argument("--check", action="store_true", help="the log-likelihoods' agreement")
    parser.add_argument("--split", action="store_true", help="where the gap comes from")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    rows: dict[str, list[dict[str, object]]] = {}
    sample = Path(args.sample)
    if (sample / "ground_truth.json").is_file():
        for label, data, truth in sample_data(sample):
            if args.check:
                check(data)
            rows.setdefault("sample", []).append(compare(label, data, truth, args.split))
    if args.persona_seeds:
        from test_activity import _oracle_data

        from power1000_analysis.synthetic import default_persona, simulate

        for seed in range(1, args.persona_seeds + 1):
            persona = default_persona(seed=seed)
            world = simulate(persona)
            for p in ("facebook", "linkedin", "instagram"):
                data = _oracle_data(world, p)
                truth = persona.platform(p).half_life_days
                rows.setdefault("persona", []).append(
                    compare(f"persona {seed} {p}", data, truth, args.split)
                )
    seeds = [int(s) for s in args.simulate_seeds.split(",") if s]
    if seeds:
        from test_activity import simulate as planted_world

        from power1000_analysis import decay

        for seed in seeds:
            world = planted_world(n_contacts=args.simulate_contacts, seed=seed)
            x = decay._exposure(
                world.net, platform=None, as_of=None, evidence_only=False, include_groups=False
            )
            data = (x.exposure_days, x.event_age_days, x.event_contact)
            label = f"simulate {args.simulate_contacts} s{seed}"
            rows.setdefault("simulate", []).append(
                compare(label, data, world.half_life, args.split)
            )
    for kind, table in rows.items():
        picked = {c: sum(r["chosen"] == c for r in table) for c in PARAMETERS}
        ok = {c: sum(bool(r[c][3]) for r in table) for c in PARAMETERS}  # type: ignore[index]
        within = {
            c: sum(abs(r[c][0] / r["truth"] - 1) <= 0.15 for r in table)  # type: ignore[index,operator]
            for c in PARAMETERS
        }
        picked3 = {c: sum(r["chosen3"] == c for r in table) for c in PARAMETERS}
        gaps_ft = np.array([float(r["gap_ft"]) for r in table])  # type: ignore[arg-type]
        gaps_mt = np.array([float(r["gap_mt"]) for r in table])  # type: ignore[arg-type]
        chosen_ok = sum(bool(r[str(r["chosen"])][3]) for r in table)  # type: ignore[index]
        hausman = sum(r["hausman"] == "frailty" for r in table)
        hausman_ok = sum(bool(r[str(r["hausman"])][3]) for r in table)  # type: ignore[index]
        gaps = np.array([float(r["gap"]) for r in table])  # type: ignore[arg-type]
        print(
            f"{kind:9s} n={len(table):3d}  AIC picks mixture {picked['mixture']}, frailty"
            f" {picked['frailty']}  (gap min {gaps.min():+.1f} median {np.median(gaps):+.1f}"
            f" max {gaps.max():+.1f})  ±15% and covered: frailty {ok['frailty']},"
            f" mixture {ok['mixture']}, AIC's choice {chosen_ok}; |z| > 1.96 rule picks"
            f" frailty {hausman}, its choice ±15% and covered {hausman_ok}"
        )
        print(
            f"{kind:9s} two-part: ±15% and covered {ok['two-part']} (within ±15%: frailty"
            f" {within['frailty']}, mixture {within['mixture']}, two-part {within['two-part']});"
            f" AIC gap frailty-two-part min {gaps_ft.min():+.1f} median {np.median(gaps_ft):+.1f}"
            f" max {gaps_ft.max():+.1f}, mixture-two-part min {gaps_mt.min():+.1f} median"
            f" {np.median(gaps_mt):+.1f} max {gaps_mt.max():+.1f}; AIC of three picks {picked3}"
        )


if __name__ == "__main__":
    main()
