"""Pages say in words what is missing instead of printing NaN, None or a Python repr
(ux8 review #10, #21, #25, #29): the helpers the notebooks print, and notebooks 02, 04 and
05 run on a real address-book export (no X archive, no interactions, no ties)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest
from test_activity import AS_OF, DAY, _network

from power1000_analysis import reach, scores
from power1000_analysis.network import Network
from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent


def test_observed_reach_without_an_x_archive_says_so() -> None:
    net = Network.empty()
    observed = reach.observed_reach(net, as_of="2024-07-01")
    text = reach.describe_observed(
        net, observed, {"all posts": reach.observed_reach_trend(observed)}
    )
    assert text.startswith("No X archive with your posts: nothing to compare")
    assert "nan" not in text.lower()
    with_x = SimpleNamespace(platforms=["facebook", "x"])
    text = reach.describe_observed(with_x, observed)  # type: ignore[arg-type]
    assert text == "Your X archive holds no posts of yours up to 2024-07-01: nothing to compare."


def test_observed_reach_text_counts_the_posts() -> None:
    table = pd.DataFrame(
        {"engagement": pd.array([3, 4, None], dtype="Int64"), "active_contacts": [2, 5, 9]}
    )
    trend = pd.DataFrame()
    trend.attrs["reason"] = "3 post(s) with a count and an active contact: too few to fit"
    text = reach.describe_observed(Network.empty(), table, {"all posts": trend})
    assert text.splitlines() == [
        "3 posts, 7 likes + reposts in all; active contacts at the time 2–9.",
        "all posts: no trend (3 post(s) with a count and an active contact: too few to fit).",
    ]


def test_people_met_only_in_interactions_without_a_name_get_their_account() -> None:
    contacts = pd.DataFrame({"platform": "linkedin", "contact_key": ["ann"], "name": ["Ann"]})
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": ["ann", "did:plc:abc", "zed"],
            "name": ["Ann", None, "Zed"],
            "at": [AS_OF - DAY] * 3,
            "direction": ["in", "out", "in"],
            "kind": ["message", "mention", "message"],
            "n_participants": 2,
        }
    )
    table = scores.activity_scores(_network(contacts, interactions), as_of=AS_OF)
    names = dict(zip(table["person_id"].astype(str), table["name"], strict=True))
    assert sorted(names.values()) == ["Ann", "LinkedIn account did:plc:abc", "Zed"]


def _text(path: Path) -> str:
    """What a reader of the executed notebook sees: printed lines, Markdown and tables."""
    words = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            words.append(output.get("text", ""))
            data = output.get("data", {})
            words += [str(data.get(kind, "")) for kind in ("text/markdown", "text/html")]
            if "text/html" not in data:
                words.append(str(data.get("text/plain", "")))
    return "\n".join(words)


@pytest.mark.slow
def _page_texts(tmp_path: Path, exports: Path, names: tuple[str, ...]) -> dict[str, str]:
    """Each notebook of ``names`` run on ``exports`` (no cache, no decisions), as page text;
    every page must end with its checks' sentence."""
    texts = {}
    for name in names:
        executed = tmp_path / f"{name}.ipynb"
        execute_notebook(
            ROOT / "notebooks" / f"{name}.ipynb",
            executed,
            parameters={"exports": [str(exports)], "cache_dir": None, "decisions": None},
            cwd=ROOT / "notebooks",
        )
        texts[name] = _text(executed)
        assert "All checks passed." in texts[name], name
    return texts


def test_pages_on_an_address_book_alone_say_what_is_missing(
    tmp_path: Path, real_fixtures: Path
) -> None:
    source = real_fixtures / "vcard" / "roundcube"
    exports = tmp_path / "roundcube"
    shutil.copytree(source, exports)
    texts = _page_texts(tmp_path, exports, ("02_activity", "04_reach", "05_communities"))
    for name in texts:
        assert "'all checks passed'" not in texts[name]
        assert "FutureWarning" not in texts[name]
        for token in ("nan–nan", "modularity nan", "<NA>", ">None<", "None.\n"):
            assert token not in texts[name], (name, token)
    assert "No X archive with your posts: nothing to compare" in texts["04_reach"]
    assert "No communities: these exports show no ties" in texts["05_communities"]
    assert "its export holds no interactions" in texts["02_activity"]  # why the book is left out
    assert "No circles: no one with an interaction in the last 365 days" in texts["02_activity"]
    assert ">NaN<" not in texts["02_activity"]  # active_share of an address book: a dash


def _header_only_tables(text: str) -> list[str]:
    """The column headers of every table a page shows with no row (ux8 review #19)."""
    found = []
    for table in re.findall(r"<table.*?</table>", text, flags=re.S):
        body = re.search(r"<tbody>(.*?)</tbody>", table, flags=re.S)
        if body is None or "<tr" not in body.group(1):
            found.append(", ".join(re.findall(r"<th[^>]*>([^<]+)</th>", table)))
    if "Empty DataFrame" in text:
        found.append("an empty frame printed as text")
    return found


def test_header_only_tables_are_found() -> None:
    empty = pd.DataFrame({"platform": [], "joined": []})
    assert _header_only_tables(empty.to_html()) == ["platform, joined"]
    assert _header_only_tables(pd.DataFrame({"platform": ["x"]}).to_html()) == []


@pytest.mark.slow
def test_pages_01_and_03_say_why_a_table_is_empty(tmp_path: Path, real_fixtures: Path) -> None:
    """A Facebook export with one snapshot, no sent requests and no pair to review: 01 and
    03 say so in sentences instead of header-only tables, and end with the checks' sentence."""
    exports = tmp_path / "facebook"
    shutil.copytree(real_fixtures / "facebook" / "tardigrde-facebook-data-miner", exports)
    texts = _page_texts(tmp_path, exports, ("01_network", "03_funnel"))
    empty = {name: _header_only_tables(text) for name, text in texts.items()}
    assert empty == {"01_network": [], "03_funnel": []}, empty
    assert (
        "No account has two snapshots: no one can be seen joining or leaving."
        in texts["01_network"]
    )
    assert "No pairs of accounts wait for your review" in texts["01_network"]
    assert "No funnel: Facebook, not available" in texts["03_funnel"]
    assert "No sent requests in these exports: no acceptance to estimate." in texts["03_funnel"]
