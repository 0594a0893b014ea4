"""The contact jackknife's compiled sums (decay_fit._jackknife, _kernels.gram_of and
_kernels.influences, session 11) against the definitions written out in NumPy: the p × G
matrix of linear influences −H⁻¹sᵢ, the refitted contacts' columns replaced by their exact
leave-one-out moves, (G−1)/G Σ(dᵢ − d̄)(dᵢ − d̄)ᵀ over the watched contacts, and the
Satterthwaite df of log β's row."""

from __future__ import annotations

import math

import numpy as np
import pytest

from power1000_analysis import _kernels, decay_fit


def reference(
    params: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
    watched: np.ndarray,
    refit,
    refit_max: int,
) -> tuple[np.ndarray, np.ndarray, float, list[int]]:
    bread = np.linalg.pinv(hessian)
    bread = (bread + bread.T) / 2
    clusters = int(watched.sum())
    sandwich = clusters / (clusters - 1) * bread @ (scores @ scores.T) @ bread
    influence = -bread @ scores
    influence[:, ~watched] = 0.0
    se = np.sqrt(np.diag(sandwich))
    size = (np.abs(influence) / se[:, None]).max(axis=0)
    candidates = np.flatnonzero(size > decay_fit._REFIT_INFLUENCE)
    chosen = list(candidates[np.argsort(-size[candidates], kind="stable")][:refit_max])
    for contact in chosen:
        influence[:, contact] = refit(contact, params, None) - params
    d = influence[:, watched]
    centred = d - d.mean(axis=1, keepdims=True)
    jackknife = (clusters - 1) / clusters * centred @ centred.T
    squares = centred[1] ** 2
    return sandwich, jackknife, float(squares.sum() ** 2 / (squares**2).sum()), chosen


@pytest.mark.parametrize("all_watched", [True, False])
def test_the_compiled_jackknife_is_its_definition(all_watched: bool) -> None:
    rng = np.random.default_rng(3)
    p, g = 5, 3_000
    a = rng.normal(size=(p, p))
    hessian = a @ a.T + p * np.eye(p)
    # seven rows, of which the fit's five free ones are read in place (``rows``)
    rows = np.array([0, 1, 3, 4, 6])
    scores = rng.normal(size=(7, g))
    scores[:, [10, 200, 2_900]] *= 300.0  # (three contacts influential enough to refit)
    watched = np.ones(g, dtype=bool) if all_watched else rng.random(g) > 0.05
    watched[[10, 200, 2_900]] = True
    params = rng.normal(size=p)
    refitted: list[int] = []

    def refit(contact: int, start: np.ndarray, _: object) -> np.ndarray:
        refitted.append(contact)
        return start + 0.01 * (contact % 5 - 2) * np.arange(1, p + 1)

    bread, sandwich, jackknife, df, refits = decay_fit._jackknife(
        params, hessian, scores, watched, refit, refit_max=30, scale=1.0, rows=rows
    )
    expected = reference(params, hessian, scores[rows], watched, refit, 30)
    assert refits == len(expected[3]) >= 3
    assert refitted[: len(expected[3])] == expected[3]  # (largest first, the same contacts)
    assert sandwich == pytest.approx(expected[0], rel=1e-12)
    assert jackknife == pytest.approx(expected[1], rel=1e-10, abs=1e-14)
    assert df == pytest.approx(expected[2], rel=1e-10)
    assert bread == pytest.approx(np.linalg.inv(hessian), rel=1e-10)


def test_the_kernels_sum_what_numpy_sums() -> None:
    rng = np.random.default_rng(8)
    scores = rng.normal(size=(7, 1_300))  # (not a multiple of the 512-contact blocks)
    rows = np.array([1, 2, 5])
    watched = rng.random(1_300) > 0.3
    picked = scores[rows]
    assert _kernels.gram_of(scores, rows, np.zeros(0, dtype=bool)) == pytest.approx(
        picked @ picked.T, rel=1e-12
    )
    masked = picked * watched
    assert _kernels.gram_of(scores, rows, watched) == pytest.approx(masked @ masked.T, rel=1e-12)
    bread = rng.normal(size=(3, 3))
    inverse_se = np.array([1.0, 2.0, 0.5])
    total, second, chosen, sizes = _kernels.influences(
        bread, scores, rows, watched, inverse_se, 2.5
    )
    influence = -bread @ masked
    size = (np.abs(influence) * inverse_se[:, None]).max(axis=0)
    assert total == pytest.approx(influence.sum(axis=1), rel=1e-12)
    assert second == pytest.approx(influence[1], rel=1e-12, abs=1e-15)
    assert np.array_equal(chosen, np.flatnonzero(size > 2.5))
    assert sizes == pytest.approx(size[chosen], rel=1e-12)
    assert math.isfinite(float(sizes.sum()))
