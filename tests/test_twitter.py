"""X (Twitter) archive loader: both layouts, part files, follows, replies, mentions, DMs."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import discover, read_export
from power1000_analysis.loaders.twitter import (
    GEN_DATA,
    GEN_GRAILBIRD,
    GEN_GRAILBIRD_CSV,
    GEN_ROOT,
    parse_ytd,
)

FIXTURES = Path(__file__).parent / "fixtures"

X = FIXTURES / "x"


def load_one(path: Path):
    (found,) = discover(path)
    return found, read_export(found)


def interaction_rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str, int]]:
    return sorted(
        zip(
            frame["kind"],
            frame["direction"],
            frame["contact_key"],
            frame["thread_key"],
            frame["n_participants"].astype(int),
            strict=True,
        )
    )


def test_parse_ytd_cuts_at_the_first_equals_sign() -> None:
    text = 'window.YTD.tweet.part0 = [{"tweet": {"full_text": "window.YTD.x.part0 = [ oops"}}];'
    assert parse_ytd(text) == [{"tweet": {"full_text": "window.YTD.x.part0 = [ oops"}}]
    assert parse_ytd('window.__THAR_CONFIG = {"a": 1}') == {"a": 1}
    with pytest.raises(ValueError, match="prefix"):
        parse_ytd('[{"follower": {}}]')


def test_2019_root_layout_contacts() -> None:
    found, export = load_one(X / "root_2019")
    assert found.detection.generation == GEN_ROOT
    assert export.owner == "12"
    assert export.owner_details["username"] == "ada_owner"
    contacts = export.contacts.set_index("contact_key")
    assert contacts["relation"].to_dict() == {
        "100": "follower",
        "200": "mutual",
        "300": "follower",
        "400": "following",
    }
    # Follow files hold ids only; names come from the tweets' user_mentions / reply targets.
    assert contacts.loc["300", "name"] == "Alan T"
    assert contacts.loc["300", "handle"] == "alan_t"
    assert contacts.loc["400", "handle"] == "grace_h"
    assert pd.isna(contacts.loc["100", "name"])


def test_2019_root_layout_interactions() -> None:
    _, export = load_one(X / "root_2019")
    rows = interaction_rows(export.interactions)
    assert rows == sorted(
        [
            # reply to 400; its leading @grace_h is not counted again as a mention
            ("reply", "out", "400", "1001", 3),
            ("mention", "out", "500", "1001", 3),
            # the tweet whose text holds "window.YTD.x.part0 = " parsed; mention id -1 skipped
            ("mention", "out", "300", "1002", 2),
            # 1:1 DMs: inbound → sender, outbound → the other participant
            ("message", "in", "100", "12-100", 2),
            ("message", "out", "100", "12-100", 2),
            # group DM: inbound → sender; outbound → one row per other participant
            ("message", "in", "500", "1350000000000000000", 3),
            ("message", "out", "500", "1350000000000000000", 3),
            ("message", "out", "100", "1350000000000000000", 3),
            # the retweet of @linus: a reaction to his tweet; its @grace_h is his mention
            ("reaction", "out", "500", "1004", 2),
        ]
    )
    # the self-reply (thread) gives no row; likes have no author
    # dated by its files' time: said so (ux8 #5)
    assert export.extra == {
        "likes_without_author": 1,
        "retweets": 1,
        "export_date_from": "file date",
    }
    names = {
        (kind, key): name
        for kind, key, name in export.interactions[["kind", "contact_key", "name"]].values
    }
    assert names[("mention", "500")] == "Linus T"
    assert names[("message", "100")] is None
    first = export.interactions["at"].min()
    assert first == pd.Timestamp("2020-06-06 13:02:35", tz="UTC")
    assert str(export.interactions["at"].dtype) == "datetime64[ns, UTC]"
    # a checked-out folder is dated by its file times: only that is said (ux8 #5)
    assert export.problems["message"].str.contains("states no date").all()
    assert "app.js" in export.files_read  # a known X file with nothing for the network


def test_2020_data_layout_with_parts_and_manifest() -> None:
    found, export = load_one(X / "data_2022")
    assert found.detection.generation == GEN_DATA
    assert found.detection.root == ""
    assert export.exported_at == pd.Timestamp("2022-10-20 08:00", tz="UTC")
    contacts = export.contacts.set_index("contact_key")
    # follower-part1.js is found by name although manifest.js does not list it
    assert contacts["relation"].to_dict() == {"700": "mutual", "800": "follower"}
    assert contacts.loc["800", "name"] == "Old Friend"
    assert contacts.loc["700", "profile_url"] == "https://twitter.com/intent/user?user_id=700"
    # tweets.js + tweets-part1.js joined
    assert interaction_rows(export.interactions) == [
        ("mention", "out", "700", "2001", 2),
        ("reply", "out", "800", "2002", 2),
    ]
    problems = export.problems.to_dict("records")
    assert problems == [
        {
            "source": f"{X / 'data_2022'}::data/like-part1.js",  # names the export (ux8 #28)
            "severity": "warning",
            "message": "manifest.js lists data/like-part1.js for 'like' but the archive lacks it",
            "n_skipped": 1,
        }
    ]
    # the viewer (Your archive.html, assets/) is recognised, not listed as unknown
    assert {"Your archive.html", "assets/js/viewer.js", "data/README.txt"} <= export.files_read


def test_archive_inside_a_top_folder_of_a_zip(tmp_path: Path) -> None:
    target = tmp_path / "twitter-2022-10-20-abc123.zip"
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted((X / "data_2022").rglob("*")):
            if path.is_file():
                zf.write(
                    path,
                    "twitter-2022-10-20-abc123/" + path.relative_to(X / "data_2022").as_posix(),
                )
    found, export = load_one(target)
    assert found.detection.root == "twitter-2022-10-20-abc123"
    assert sorted(export.contacts["contact_key"]) == ["700", "800"]


@pytest.mark.parametrize("fixture", ["root_2019", "data_2022"])
def test_zip_equals_folder(fixture: str, tmp_path: Path) -> None:
    target = tmp_path / f"{fixture}.zip"
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted((X / fixture).rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(X / fixture).as_posix())
    folder, zipped = p1k.load(X / fixture), p1k.load(target)
    for name in ("contacts", "interactions"):
        dates = ["first_seen_at", "last_seen_at"]
        left = getattr(folder, name).drop(columns=dates, errors="ignore")
        right = getattr(zipped, name).drop(columns=dates, errors="ignore")
        pd.testing.assert_frame_equal(left, right)


def test_corrupt_file_becomes_a_problem_and_the_rest_loads(tmp_path: Path) -> None:
    export_dir = tmp_path / "export"
    shutil.copytree(X / "root_2019", export_dir)
    (export_dir / "follower.js").write_text(
        'window.YTD.follower.part0 = [ { "follower" : { "accountId" : "100"', encoding="utf-8"
    )
    _, export = load_one(export_dir)
    problems = export.problems[export.problems["severity"] == "error"]
    assert problems["source"].tolist() == [f"{export_dir}::follower.js"]
    assert problems["message"].iloc[0].startswith("not a readable X data file")
    # following.js, tweets and DMs still load; 200 is now only "following"
    contacts = export.contacts.set_index("contact_key")["relation"].to_dict()
    assert contacts == {"200": "following", "400": "following"}
    assert len(export.interactions) == 9


def test_owner_inferred_from_one_to_one_conversations(tmp_path: Path) -> None:
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    conversations = [
        {
            "dmConversation": {
                "conversationId": f"12-{other}",
                "messages": [
                    {
                        "messageCreate": {
                            "senderId": other,
                            "recipientId": "12",
                            "id": f"m{other}",
                            "createdAt": "1609495200000",
                        }
                    }
                ],
            }
        }
        for other in ("100", "200")
    ]
    (export_dir / "direct-messages.js").write_text(
        "window.YTD.direct_messages.part0 = " + json.dumps(conversations), encoding="utf-8"
    )
    _, export = load_one(export_dir)
    assert export.owner == "12"
    frame = export.interactions
    assert sorted(frame["contact_key"]) == ["100", "200"]
    assert set(frame["direction"]) == {"in"}
    # epoch-milliseconds createdAt (seen in a third-party fixture) is accepted too
    assert set(frame["at"]) == {pd.Timestamp("2021-01-01 10:00", tz="UTC")}


def test_not_detected_without_the_ytd_prefix(tmp_path: Path) -> None:
    (tmp_path / "follower.js").write_text('console.log("not an archive")', encoding="utf-8")
    from power1000_analysis.loaders import twitter
    from power1000_analysis.loaders._archive import open_archive

    assert twitter.detect(open_archive(tmp_path)) == []


def test_real_dogsheep_2019_archive(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "twitter" / "dogsheep-twitter-to-sqlite")
    relations = net.contacts.set_index("contact_key")["relation"].to_dict()
    assert relations == {
        "73747798": "follower",
        "386025404": "follower",
        "547842573": "following",
        "12158": "following",
    }
    assert net.snapshots["owner"].tolist() == ["12497"]
    assert net.snapshots["format_version"].tolist() == [GEN_ROOT]
    assert net.exports[0].owner_details["name"] == "Simon Willison"
    assert net.interactions.empty
    assert net.problems.empty  # app.js, saved-search.js, account-suspension.js are known


# ------------------------------------------------------------------ own posts and engagement


def _tweet(tweet_id: str, when: str, likes: object, retweets: object, **more: object) -> dict:
    tweet = {"id_str": tweet_id, "id": tweet_id, "created_at": when, "full_text": "hello"}
    tweet |= {"favorite_count": likes, "retweet_count": retweets} | more
    return {"tweet": {k: v for k, v in tweet.items() if v is not None}}


def _write_posts_archive(folder: Path, generated: str, tweets: list[dict]) -> Path:
    data = folder / "data"
    data.mkdir(parents=True)
    account = [{"account": {"accountId": "12", "username": "ada_owner"}}]
    manifest = {"archiveInfo": {"generationDate": generated}, "dataTypes": {}}
    (data / "account.js").write_text(f"window.YTD.account.part0 = {json.dumps(account)}")
    (data / "manifest.js").write_text(f"window.__THAR_CONFIG = {json.dumps(manifest)}")
    (data / "tweets.js").write_text(f"window.YTD.tweets.part0 = {json.dumps(tweets, indent=1)}")
    return folder


def test_own_posts_keep_engagement_counts(tmp_path: Path) -> None:
    tweets = [
        _tweet("1", "Mon Jan 01 10:00:00 +0000 2024", "3", "1"),
        _tweet(
            "2",
            "Tue Jan 02 10:00:00 +0000 2024",
            "0",
            "2",
            in_reply_to_status_id_str="9",
            in_reply_to_user_id_str="100",
            in_reply_to_screen_name="bob",
        ),
        _tweet("3", "Wed Jan 03 10:00:00 +0000 2024", "0", "7", full_text="RT @bob: his post"),
        _tweet("4", "Thu Jan 04 10:00:00 +0000 2024", None, "x"),  # counts missing, garbled
    ]
    _, export = load_one(_write_posts_archive(tmp_path / "a", "2024-02-01T00:00:00Z", tweets))
    posts = export.posts
    assert list(posts.columns) == ["platform", "post_id", "at", "likes", "reposts", "is_reply"]
    assert posts["post_id"].tolist() == ["1", "2", "4"]  # the retweet is someone else's post
    assert posts["likes"].tolist()[:2] == [3, 0] and posts["likes"].isna().tolist()[2]
    assert posts["reposts"].tolist()[:2] == [1, 2] and posts["reposts"].isna().tolist()[2]
    assert posts["is_reply"].tolist() == [False, True, False]
    assert posts["at"].iloc[0] == pd.Timestamp("2024-01-01 10:00", tz="UTC")
    assert set(posts["platform"]) == {"x"}


def test_posts_merge_keeps_the_newest_snapshot_counts(tmp_path: Path) -> None:
    old = [_tweet("1", "Mon Jan 01 10:00:00 +0000 2024", "3", "1")]
    new = [
        _tweet("1", "Mon Jan 01 10:00:00 +0000 2024", "5", "2"),
        _tweet("2", "Tue Jan 02 10:00:00 +0000 2024", "1", "0"),
    ]
    _write_posts_archive(tmp_path / "new", "2024-03-01T00:00:00Z", new)
    _write_posts_archive(tmp_path / "old", "2024-02-01T00:00:00Z", old)
    net = p1k.load(tmp_path)
    assert net.posts[["post_id", "likes", "reposts"]].values.tolist() == [["1", 5, 2], ["2", 1, 0]]
    cached = p1k.load(tmp_path, cache_dir=tmp_path / "cache")
    again = p1k.load(tmp_path, cache_dir=tmp_path / "cache")  # from the cache
    pd.testing.assert_frame_equal(cached.posts, net.posts)
    pd.testing.assert_frame_equal(again.posts, net.posts)
    assert p1k.network.Network.empty().posts.empty  # a hand-built Network has a posts frame


# ------------------------------------------------------------------ Grailbird (until 2018)


def test_grailbird_archive_gives_tweets_interactions_and_no_contacts() -> None:
    found, export = load_one(X / "grailbird_2014")
    assert found.detection.generation == GEN_GRAILBIRD
    assert export.owner == "12"
    assert export.owner_details["screen_name"] == "ada_owner"
    assert export.exported_at == pd.Timestamp("2014-03-01 12:00", tz="UTC")  # payload_details
    assert interaction_rows(export.interactions) == [
        ("mention", "out", "500", "4001", 2),
        # the retweet's author comes from retweeted_status.user; its @grace_h is Alan's
        ("reaction", "out", "300", "4003", 2),
        # the reply's leading @grace_h is the reply itself, not a second mention
        ("reply", "out", "400", "4002", 2),
    ]
    assert export.interactions["at"].is_monotonic_increasing
    assert export.interactions.set_index("contact_key").loc["400", "handle"] == "grace_h"
    assert export.contacts is None or export.contacts.empty
    assert {"contacts", "messages", "posts"} <= set(export.missing)
    # the viewer (index.html, css/, tweets.csv) is recognised, nothing is left unexplained
    assert export.problems.empty
    assert {"index.html", "tweets.csv", "css/application.min.css"} <= export.files_read


def test_grailbird_in_a_zip_and_in_a_subfolder(tmp_path: Path) -> None:
    archive = tmp_path / "tweets-2014.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((X / "grailbird_2014").rglob("*")):
            if path.is_file():
                zf.write(path, "archive/" + path.relative_to(X / "grailbird_2014").as_posix())
    found, from_zip = load_one(archive)
    assert found.detection.root == "archive"
    _, from_folder = load_one(X / "grailbird_2014")
    pd.testing.assert_frame_equal(from_zip.interactions, from_folder.interactions)


def test_grailbird_broken_month_and_missing_file_are_problems(tmp_path: Path) -> None:
    folder = tmp_path / "grailbird"
    shutil.copytree(X / "grailbird_2014", folder)
    (folder / "data/js/tweets/2014_02.js").write_text(
        "Grailbird.data.tweets_2014_02 = [ {", "utf-8"
    )
    index = (folder / "data/js/tweet_index.js").read_text("utf-8")
    (folder / "data/js/tweet_index.js").write_text(
        index.replace(
            '"file_name" : "data/js/tweets/2014_02.js"', '"file_name" : "data/js/tweets/2013_12.js"'
        ),
        "utf-8",
    )
    _, export = load_one(folder)
    # each source names the export, then the member (ux8 #28)
    assert export.problems["source"].str.startswith(f"{folder}::").all()
    members = export.problems["source"].str.split("::").str[-1]
    messages = dict(zip(members, export.problems["message"], strict=True))
    assert "the archive lacks it" in messages["data/js/tweets/2013_12.js"]
    assert messages["data/js/tweets/2014_02.js"].startswith("not a readable Grailbird file")
    # January still loads
    assert sorted(export.interactions["thread_key"]) == ["4001", "4002"]


def _zip_folder(folder: Path, target: Path, keep) -> Path:
    """Zip the files of ``folder`` whose relative path passes ``keep``."""
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            if path.is_file() and keep(name):
                zf.write(path, name)
    return target


def _split_data_2022(tmp_path: Path) -> tuple[Path, Path]:
    """The 2022 fixture as X splits a big archive: tweets-part1.js in a second zip that holds
    no account.js and no manifest.js."""
    later = {"data/tweets-part1.js"}
    main = _zip_folder(
        X / "data_2022", tmp_path / "twitter-2022-10-20-ab12.zip", lambda n: n not in later
    )
    part = _zip_folder(
        X / "data_2022", tmp_path / "twitter-2022-10-20-ab12-part2.zip", lambda n: n in later
    )
    return main, part


def test_split_archive_parts_given_together_load_as_one_export(tmp_path: Path) -> None:
    main, part = _split_data_2022(tmp_path)
    whole = read_export(discover(X / "data_2022")[0])
    for paths in ([main, part], [part, main], [tmp_path]):
        (found,) = discover(*paths)
        export = read_export(found)
        assert found.detection.generation == GEN_DATA
        assert export.owner == "12"
        # the reply in tweets-part1.js is read: same rows as the unsplit archive
        assert interaction_rows(export.interactions) == interaction_rows(whole.interactions)
        assert ("reply", "out", "800", "2002", 2) in interaction_rows(export.interactions)
        assert export.contacts.equals(whole.contacts)
        # only the like part that no zip holds is reported missing
        assert [s.rsplit("::", 1)[-1] for s in export.problems["source"]] == ["data/like-part1.js"]


def test_main_part_alone_says_which_listed_files_are_missing(tmp_path: Path) -> None:
    main, _ = _split_data_2022(tmp_path)
    (found,) = discover(main)
    export = read_export(found)
    members = {s.rsplit("::", 1)[-1] for s in export.problems["source"]}
    assert members == {"data/tweets-part1.js", "data/like-part1.js"}
    assert ("reply", "out", "800", "2002", 2) not in interaction_rows(export.interactions)


def test_later_part_alone_loads_with_a_warning_instead_of_failing(tmp_path: Path) -> None:
    _, part = _split_data_2022(tmp_path)
    (found,) = discover(part)  # before: "no known export found" stopped the whole load
    export = read_export(found)
    assert export.owner is None
    assert interaction_rows(export.interactions) == [("reply", "out", "800", "2002", 2)]
    (problem,) = export.problems.to_dict("records")
    assert problem["severity"] == "warning"
    assert "multi-part X archive" in problem["message"]
    assert problem["source"] == str(part)


def test_later_part_goes_with_the_snapshot_whose_name_it_shares(tmp_path: Path) -> None:
    """Two snapshots of one account both list data/tweets-part1.js: the part joins the one
    whose file name it extends; parts with manifests join by account and date."""
    old_main, _ = _split_data_2022(tmp_path)
    newer = tmp_path / "newer"
    shutil.copytree(X / "data_2022", newer)
    manifest = newer / "data" / "manifest.js"
    manifest.write_text(manifest.read_text().replace("2022-10-20T08:00", "2023-03-01T08:00"))
    later = {"data/tweets-part1.js"}
    new_main = _zip_folder(
        newer, tmp_path / "twitter-2023-03-01-cd34.zip", lambda n: n not in later
    )
    new_part = _zip_folder(
        newer, tmp_path / "twitter-2023-03-01-cd34-part2.zip", lambda n: n in later
    )
    found = discover(tmp_path / "twitter-2022-10-20-ab12-part2.zip", old_main, new_main, new_part)
    assert len(found) == 2
    labels = sorted(f.archive.label for f in found)
    assert "twitter-2022-10-20-ab12.zip" in labels[0] and "ab12-part2" in labels[0]
    assert "twitter-2023-03-01-cd34.zip" in labels[1] and "cd34-part2" in labels[1]
    exported = sorted(read_export(f).exported_at for f in found)
    assert exported == [
        pd.Timestamp("2022-10-20 08:00", tz="UTC"),
        pd.Timestamp("2023-03-01 08:00", tz="UTC"),
    ]


def test_grailbird_tweets_csv_alone_gives_replies_and_retweets_and_counts_mentions(
    tmp_path: Path,
) -> None:
    # A Grailbird download reduced to its tweets.csv (data/js/ left out) was found by nothing
    # and lost without a word inside a folder of other exports.
    folder = tmp_path / "twitter-2014-03-01"
    folder.mkdir()
    header = (X / "grailbird_2014" / "tweets.csv").read_text("utf-8").splitlines()[0]
    (folder / "tweets.csv").write_text(
        "\n".join(
            [
                header,
                '"4001","","","2014-01-10 09:00:00 +0000","web","hello @linus_t and @al","","","",""',
                '"4002","3999","400","2014-01-20 18:30:00 +0000","web","@grace_h agreed","","","",""',
                '"4003","","","2014-02-02 08:00:00 +0000","web","RT @alan_t: hi @grace_h",'
                '"3000","300","2014-02-01 08:00:00 +0000",""',
                '"4004","","","2014-02-03 08:00:00 +0000","web"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    found, export = load_one(folder)
    assert found.detection.generation == GEN_GRAILBIRD_CSV
    assert interaction_rows(export.interactions) == [
        ("reaction", "out", "300", "4003", 2),
        ("reply", "out", "400", "4002", 2),
    ]
    assert export.owner is None
    problems = export.problems.set_index("n_skipped")
    # @linus_t and @al; the reply's leading @grace_h is the reply row
    assert problems.loc[2, "message"].startswith("2 @mention(s) in tweet texts not read")
    assert problems.loc[1, "message"].startswith(
        "1 row(s) with the wrong number of fields skipped: row 4 after the header"
    )
    assert export.problems["source"].str.endswith("tweets.csv").all()
    # inside a whole Grailbird archive, tweets.csv stays part of it: one export, not two
    (found_whole,) = discover(X / "grailbird_2014")
    assert found_whole.detection.generation == GEN_GRAILBIRD


def _grailbird_csv(folder: Path, *rows: str) -> None:
    header = (X / "grailbird_2014" / "tweets.csv").read_text("utf-8").splitlines()[0]
    (folder / "tweets.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_grailbird_tweets_csv_rows_with_too_many_fields_are_skipped_and_named(
    tmp_path: Path,
) -> None:
    # an unquoted comma in the text gives a row one field too many: its later cells would
    # sit under the wrong columns (here: the text's tail read as a retweeted status id)
    _grailbird_csv(
        tmp_path,
        '"4001","3999","400","2014-01-10 09:00:00 +0000","web","@grace_h yes","","","",""',
        '"4002","","","2014-01-20 18:30:00 +0000","web",well,"300","","","",""',
        '"4003","3998","500","2014-01-21 18:30:00 +0000","web","@alan_t ok","","","",""',
        '"4004","","","2014-01-22 18:30:00 +0000","web","x","","",""',
    )
    _, export = load_one(tmp_path)
    assert interaction_rows(export.interactions) == [
        ("reply", "out", "400", "4001", 2),
        ("reply", "out", "500", "4003", 2),
    ]
    [problem] = export.problems[
        export.problems["message"].str.contains("wrong number of fields")
    ].to_dict("records")
    assert problem["message"] == (
        "2 row(s) with the wrong number of fields skipped: rows 2, 4 after the header "
        "(of 10 fields in the header)"
    )
    assert problem["n_skipped"] == 2
    assert problem["source"].endswith("tweets.csv")


def test_grailbird_tweets_csv_mention_count_is_never_negative(tmp_path: Path) -> None:
    # replies starting with "@" that hold no handle ("@ hi", "@@x") have no mention to take
    # away: they must not cancel the mention of another tweet
    _grailbird_csv(
        tmp_path,
        '"4001","3999","400","2014-01-10 09:00:00 +0000","web","@ hi","","","",""',
        '"4002","3998","400","2014-01-11 09:00:00 +0000","web","@@x","","","",""',
        '"4003","","","2014-01-12 09:00:00 +0000","web","hello @linus_t","","","",""',
    )
    _, export = load_one(tmp_path)
    mentions = export.problems[export.problems["message"].str.contains("@mention")]
    assert mentions["n_skipped"].tolist() == [1]
    assert mentions["message"].str.startswith("1 @mention(s)").all()


def test_grailbird_tweets_csv_beside_a_linkedin_export_gives_both(tmp_path: Path) -> None:
    # the tweets.csv claim (confidence 60) competed with LinkedIn's for the folder and was
    # dropped without a word; it now claims the file alone
    folder = tmp_path / "exports"  # tweets.csv beside Connections.csv, one root for both
    shutil.copytree(
        FIXTURES / "linkedin" / "2025" / "Complete_LinkedInDataExport_08-26-2025", folder
    )
    _grailbird_csv(
        folder,
        '"4001","3999","400","2014-01-10 09:00:00 +0000","web","@grace_h yes","","","",""',
    )
    found = discover(folder)
    assert sorted((f.platform, f.archive.label, f.detection.generation) for f in found) == [
        ("linkedin", str(folder), "2023-2025"),
        ("x", str(folder), GEN_GRAILBIRD_CSV),
    ]
    [x_found] = [f for f in found if f.platform == "x"]
    x_export = read_export(x_found)
    assert interaction_rows(x_export.interactions) == [("reply", "out", "400", "4001", 2)]
    # the X export is the file alone: the LinkedIn files are not "not used" by it
    assert not x_export.problems["message"].str.contains("not used").any()
    [linkedin_found] = [f for f in found if f.platform == "linkedin"]
    assert len(read_export(linkedin_found).contacts) > 0


def _ytd(folder: Path, type_name: str, records: list[dict]) -> None:
    text = f"window.YTD.{type_name}.part0 = {json.dumps(records)}"
    (folder / f"{type_name}.js").write_text(text, encoding="utf-8")


def test_archive_without_tweets_or_messages_says_interactions_are_missing(
    tmp_path: Path,
) -> None:
    """review10 R15: an X archive of follower.js / following.js / account.js only holds
    nothing that could show a sign of life, so its people are "unknown", not "passive"
    (README); an archive with an (empty) tweets.js could show one: passive."""
    from power1000_analysis.activity import contact_status

    folder = tmp_path / "follows_only"
    folder.mkdir()
    account = {"accountId": "99", "username": "owner_x", "accountDisplayName": "Owner X"}
    _ytd(folder, "account", [{"account": account}])
    _ytd(folder, "follower", [{"follower": {"accountId": str(i)}} for i in (1, 2, 3)])
    _ytd(folder, "following", [{"following": {"accountId": str(i)}} for i in (3, 4)])
    _found, export = load_one(folder)
    assert "interactions" in export.missing
    assert len(export.contacts) == 4
    status = contact_status(p1k.load(folder))
    assert status["status"].astype(str).tolist() == ["unknown"] * 4

    _ytd(folder, "tweets", [])
    _found, export = load_one(folder)
    assert "interactions" not in export.missing
    status = contact_status(p1k.load(folder))
    assert status["status"].astype(str).tolist() == ["passive"] * 4
