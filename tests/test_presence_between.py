"""At a date between two snapshots, a contact that the earlier one holds and the later one
does not is of unknown presence, as a newcomer without a connection date is (review10
R19: leavers counted as gone since the earlier snapshot, newcomers as unknown); and the
card's "not counted" says people, where page 01 counts accounts.

LinkedIn exports of 2024-01-01, 2024-04-01 and 2024-10-01, looked at on 2024-07-01: Ann is
in all three; Bob in the first two only (he left between April and October: maybe after
July); Cy in the first only (gone by April: former); Eve connected on 2024-05-01 and is in
the last one. Dee follows you on X, in one export of 2024-10-01 without connection dates.
"""

from __future__ import annotations

from _builders import contacts_export

from power1000_analysis import growth, headcount
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports

AS_OF = "2024-07-01"
CONNECTED = {"ann": "2023-01-01", "bob": "2023-02-01", "cy": "2023-03-01", "eve": "2024-05-01"}


def _export(platform: str, exported: str, keys: list[str]) -> LoadedExport:
    return contacts_export(platform, exported, keys, connected=CONNECTED)


def _network() -> Network:
    return merge_exports(
        [
            _export("linkedin", "2024-01-01", ["ann", "bob", "cy"]),
            _export("linkedin", "2024-04-01", ["ann", "bob"]),
            _export("linkedin", "2024-10-01", ["ann", "eve"]),
            _export("x", "2024-10-01", ["dee"]),
        ]
    )


def _states(net: Network, as_of: str | None) -> dict[str, str]:
    presence = growth.contact_presence(net, as_of=as_of)
    return dict(zip(net.contacts["contact_key"], presence, strict=True))


def test_a_leaver_between_two_snapshots_around_the_date_is_unknown() -> None:
    net = _network()
    assert _states(net, AS_OF) == {
        "ann": "present", "bob": "unknown", "cy": "former", "eve": "present", "dee": "unknown",
    }  # fmt: skip
    # on the later export's date Bob is gone; before his last snapshot he was there
    assert _states(net, "2024-10-01")["bob"] == "former"
    assert _states(net, "2024-04-01")["bob"] == "present"
    assert _states(net, None)["bob"] == "former"
    counts = growth.platform_counts(net, as_of=AS_OF).set_index("platform")
    assert counts.loc["linkedin", ["contacts", "former", "unknown"]].tolist() == [2, 1, 1]
    assert counts.loc[growth.ALL_PLATFORMS, ["people", "former", "unknown"]].tolist() == [2, 1, 2]


def test_the_people_line_names_who_may_have_left_and_counts_people_not_accounts() -> None:
    net = _network()
    counts = headcount.people_counts(net, as_of=AS_OF)
    assert counts["now"] == 2 and counts["former"] == 1 and counts["maybe_left"] == 1
    assert counts["in_all"] == counts["now"] + counts["former"] + counts["maybe_left"]
    line = headcount.describe_people(net, as_of=AS_OF)
    assert line.startswith(
        "4 people in all = 2 in your network on 2024-07-01 + 1 former contact (only in older"
        " exports) + 1 who may have left by 2024-07-01 (held by an export before it, missing"
        " from the next one after it);"
    )
    assert " Not counted: 1 person first seen in an export after 2024-07-01" in line
    assert "Who is in my network? counts accounts: 2 accounts of unknown presence" in line
