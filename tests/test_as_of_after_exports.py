"""An as_of after the newest export: the notebooks refuse it as ``power1000 report --as-of``
does, ``contact_status`` warns (review11 N2); ``active_within_days`` is checked under its own
name (review11 A4)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import power1000_analysis as p1k
from power1000_analysis import activity, report

GENERIC = Path(__file__).parent / "fixtures" / "generic" / "good"


@pytest.fixture(scope="module")
def net() -> p1k.Network:
    loaded = p1k.load(GENERIC)
    assert str(loaded.as_of.date()) == "2017-06-30"
    return loaded


def test_notebook_describe_refuses_a_date_after_the_exports(net: p1k.Network) -> None:
    with pytest.raises(report.AsOfAfterExports) as caught:
        report.describe(net, as_of="2030-01-01", active_within_days=90)
    message = str(caught.value)
    assert message.startswith("as_of 2030-01-01 is after your newest export (2017-06-30)")
    assert "Set as_of = None to analyse as of 2017-06-30" in message


@pytest.mark.parametrize("as_of", [None, "2017-06-30", "2017-07-01", "2016-01-01"])
def test_notebook_describe_accepts_dates_within_the_exports(net: p1k.Network, as_of: str) -> None:
    assert "Read 1 snapshot" in report.describe(net, as_of=as_of).data


def test_cli_message_unchanged(net: p1k.Network) -> None:
    with pytest.raises(
        report.AsOfAfterExports, match=r"^--as-of 2017-07-02 is after .* Leave --as-of out"
    ):
        report.check_as_of(net, "2017-07-02")


def test_contact_status_warns_after_the_exports(net: p1k.Network) -> None:
    with pytest.warns(
        UserWarning, match=r"as_of 2030-01-01 is after your newest export \(2017-06-30\)"
    ):
        late = activity.contact_status(net, as_of="2030-01-01")
    assert (late["status"] == "active").sum() == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        activity.contact_status(net, as_of="2017-07-01")
        activity.contact_status(net)


@pytest.mark.parametrize("days", [0, -1, float("nan"), "90", None])
def test_active_within_days_named(net: p1k.Network, days: object) -> None:
    with pytest.raises(ValueError, match=r"^active_within_days must be a positive number of days"):
        activity.contact_status(net, active_within_days=days)  # type: ignore[arg-type]


@pytest.mark.slow
def test_notebook_05_refuses_a_date_after_the_exports(tmp_path: Path) -> None:
    """05 calls no ``describe``, so it took an as_of after the exports silently (01-04
    refuse it since 1bb37df). Its second cell now stops with the notebooks' message."""
    from papermill.exceptions import PapermillExecutionError

    notebooks = Path(__file__).resolve().parent.parent / "notebooks"
    parameters = {"exports": [str(GENERIC)], "as_of": "2030-01-01", "cache_dir": None}
    with pytest.raises(PapermillExecutionError) as caught:
        report.execute_notebook(
            notebooks / "05_communities.ipynb",
            tmp_path / "05.ipynb",
            parameters=parameters,
            cwd=notebooks,
        )
    assert caught.value.ename == "AsOfAfterExports"
    assert "as_of 2030-01-01 is after your newest export (2017-06-30)" in caught.value.evalue
    assert "Set as_of = None" in caught.value.evalue
