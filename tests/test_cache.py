"""The cache of parsed exports and merged networks (issue #5): a network read from the cache
is the network a fresh load gives, frame by frame and dtype by dtype; any change to an
export, the decisions file or the code merges again (parsing only what changed); a damaged
entry is ignored and recorded, never a crash."""

from __future__ import annotations

import compileall
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import cache, identity
from power1000_analysis.anonymize import for_report
from power1000_analysis.cache import ExportCache, frames_identical
from power1000_analysis.identity import record_decision
from power1000_analysis.loaders import discover
from power1000_analysis.network import Network

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
NETWORK_FRAMES = [
    f.name
    for f in dataclasses.fields(Network)
    if f.name not in ("exports", "identity")  # compared on their own below
]


def assert_same_network(cached: Network, fresh: Network) -> None:
    """Every frame identical (dtypes, None vs NaN, value types), the identity result and
    each export's own frames and metadata too."""
    for name in NETWORK_FRAMES:
        difference = frames_identical(getattr(cached, name), getattr(fresh, name))
        assert difference is None, f"{name}: {difference}"
    assert (cached.identity is None) == (fresh.identity is None)
    if fresh.identity is not None:
        assert type(cached.identity) is type(fresh.identity)
        for field in dataclasses.fields(fresh.identity):
            mine, theirs = getattr(cached.identity, field.name), getattr(fresh.identity, field.name)
            if isinstance(theirs, pd.DataFrame):
                difference = frames_identical(mine, theirs)
                assert difference is None, f"identity.{field.name}: {difference}"
            else:
                assert mine == theirs, f"identity.{field.name}"
    assert len(cached.exports) == len(fresh.exports)
    for mine, theirs in zip(cached.exports, fresh.exports, strict=True):
        for field in dataclasses.fields(theirs):
            a, b = getattr(mine, field.name), getattr(theirs, field.name)
            if isinstance(b, pd.DataFrame) or isinstance(a, pd.DataFrame):
                assert isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame), field.name
                difference = frames_identical(a, b)
                assert difference is None, f"{theirs.source} {field.name}: {difference}"
            else:
                assert a == b, f"{theirs.source} {field.name}"


def write_csv(folder: Path, platform: str, date: str, rows: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(rows, columns=["name", "handle"])
    frame.insert(0, "platform", platform)
    frame["connected_at"] = "2015-03-01"
    path = folder / f"{platform}-followers-{date}.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    """Two platforms, one snapshot each; Ann is on both."""
    folder = tmp_path / "exports"
    write_csv(folder, "quora", "2018-01-15", [("Ann Example", "ann-example"), ("Bob Roe", "bob")])
    write_csv(folder, "medium", "2018-02-15", [("Ann Example", "annex"), ("Cy Doe", "cy-doe")])
    return folder


@pytest.fixture(autouse=True)
def trust_fresh_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files of these tests were written a moment ago: let the path fingerprint trust
    them anyway (outside tests it waits RACY_SECONDS after the last change)."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)


def load(folder: Path, store: ExportCache, decisions: Path | None = None) -> Network:
    """``load(folder)`` through ``store`` (by the folder's fingerprint, else by content)."""
    net = store.load([folder], resolve=True, decisions=decisions)
    assert isinstance(net, Network)
    return net


# ------------------------------------------------------------------ equal to a fresh load


@pytest.mark.slow
def test_sample_network_from_the_cache_equals_a_fresh_load(tmp_path: Path) -> None:
    if not (SAMPLE / "ground_truth.json").exists():
        pytest.fail("data/sample is missing: run `make sample`")
    fresh = p1k.load(SAMPLE)
    store = ExportCache(tmp_path / "cache")
    cold = p1k.load(SAMPLE, cache_dir=store)
    assert (store.misses, store.network_misses, store.network_hits) == (len(fresh.exports), 1, 0)
    store = ExportCache(tmp_path / "cache")
    warm = p1k.load(SAMPLE, cache_dir=store)
    assert (store.hits, store.misses, store.network_hits) == (0, 0, 1)  # nothing parsed
    assert all(isinstance(e, cache.CachedExport) for e in warm.exports)
    assert_same_network(cold, fresh)
    assert_same_network(warm, fresh)
    # what the notebooks show of identity resolution
    queue = identity.review_queue(fresh)
    assert not queue.empty
    assert frames_identical(identity.review_queue(warm), queue) is None
    merged = fresh.people.loc[fresh.people["n_accounts"] > 1, "person_id"].tolist()[:20]
    assert merged
    for person in merged:
        assert (
            frames_identical(identity.explain(warm, person), identity.explain(fresh, person))
            is None
        )
    assert (
        frames_identical(identity.people_by_platform(warm), identity.people_by_platform(fresh))
        is None
    )
    # and what an anonymised report is made of
    shown, expected = for_report(warm, anonymize=True), for_report(fresh, anonymize=True)
    for name in NETWORK_FRAMES:
        assert frames_identical(getattr(shown, name), getattr(expected, name)) is None, name


def test_tricky_columns_are_stored_exactly(tmp_path: Path) -> None:
    n = 6
    frame = pd.DataFrame(
        {
            "key": [1, "1", float("nan"), None, 2.5, True],  # mixed, as an event_key can be
            "nulls": ["a", None, float("nan"), "b", None, float("nan")],
            "flags": [True, float("nan"), False, None, np.bool_(True), pd.NA],
            "numpy": [np.int64(3), np.float64(1.5), np.float64("nan"), "x", None, 7],
            "strings": pd.array(["a", None, "c", "d", "e", "f"], dtype="string"),
            "arrow": pd.array(["a", None, "c", "d", "e", "f"], dtype="string[pyarrow]"),
            "count": pd.array([1, None, 3, 4, 5, 6], dtype="Int64"),
            "cat": pd.Categorical(["x", "y", None, "x", "x", "y"], categories=["y", "x", "z"]),
            "at": pd.to_datetime(
                ["2020-01-01", None, "2021-05-05", None, "2019-01-01", None], utc=True
            ),
            "score": [0.1, np.nan, 3.0, -0.0, 1e300, 2.0],
            "ok": [True, False, True, True, False, True],
            "empty": [None] * n,
        }
    )
    frame.attrs = {"note": "kept"}
    spec = cache._store_frame(frame, tmp_path, "tricky")
    back = cache._read_exact(tmp_path / spec["file"], spec)
    assert frames_identical(back, frame) is None
    assert [type(v) for v in back["key"]] == [type(v) for v in frame["key"]]
    assert back["nulls"].iloc[1] is None and isinstance(back["nulls"].iloc[2], float)
    # empty, and without any non-object column
    for odd in (frame.iloc[:0], frame[["key", "nulls"]]):
        spec = cache._store_frame(odd.reset_index(drop=True), tmp_path, "odd")
        assert frames_identical(cache._read_exact(tmp_path / spec["file"], spec), odd) is None


def test_frames_identical_tells_none_from_nan_and_categories_from_objects() -> None:
    base = pd.DataFrame({"k": ["a", None]})
    assert frames_identical(base, pd.DataFrame({"k": ["a", float("nan")]})) is not None
    assert frames_identical(base, base.astype({"k": "category"})) is not None
    assert frames_identical(pd.DataFrame({"k": [1]}), pd.DataFrame({"k": ["1"]})) is not None
    assert (
        frames_identical(
            pd.DataFrame({"k": [1]}, dtype=object), pd.DataFrame({"k": [1.0]}, dtype=object)
        )
        is not None
    )
    assert frames_identical(base, base.copy()) is None


def test_a_value_parquet_cannot_hold_leaves_the_network_uncached(
    exports: Path, tmp_path: Path
) -> None:
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    odd = dataclasses.replace(net, people=net.people.assign(extra=[object()] * len(net.people)))
    with pytest.warns(UserWarning, match="merged network not cached"):
        store._put_network(
            tmp_path / "cache" / "network" / "odd", odd, [store.entry(f) for f in discover(exports)]
        )
    assert not (tmp_path / "cache" / "network" / "odd").exists()


# ------------------------------------------------------------------ invalidation


def test_same_exports_reuse_the_network_and_parse_nothing(exports: Path, tmp_path: Path) -> None:
    first = load(exports, ExportCache(tmp_path / "cache"))
    store = ExportCache(tmp_path / "cache")
    again = load(exports, store)
    assert (store.network_hits, store.hits, store.misses) == (1, 0, 0)
    assert_same_network(again, first)
    assert_same_network(again, p1k.load(exports))
    # frames read from memory-mapped files are the caller's to change, as fresh ones are
    for name in NETWORK_FRAMES:
        for block in getattr(again, name)._mgr.blocks:
            values = block.values
            assert not isinstance(values, np.ndarray) or values.flags.writeable, name


def test_a_changed_export_is_parsed_again_and_only_it(exports: Path, tmp_path: Path) -> None:
    load(exports, ExportCache(tmp_path / "cache"))
    write_csv(exports, "medium", "2018-02-15", [("Ann Example", "annex"), ("Di Changed", "di")])
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    assert (store.network_misses, store.hits, store.misses) == (1, 1, 1)
    assert "Di Changed" in set(net.contacts["name"])
    assert_same_network(net, p1k.load(exports))


def test_a_new_snapshot_parses_only_the_new_one(exports: Path, tmp_path: Path) -> None:
    load(exports, ExportCache(tmp_path / "cache"))
    write_csv(exports, "quora", "2019-01-15", [("Ann Example", "ann-example"), ("Eve New", "eve")])
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    assert (store.network_misses, store.hits, store.misses) == (1, 2, 1)
    assert len(net.snapshots) == 3
    assert_same_network(net, p1k.load(exports))


def test_a_recorded_decision_merges_again_without_parsing(exports: Path, tmp_path: Path) -> None:
    decisions = tmp_path / "people.csv"
    before = load(exports, ExportCache(tmp_path / "cache"), decisions)
    ids = before.contacts.set_index(["platform", "contact_key"])["person_id"]
    assert ids[("quora", "bob")] != ids[("medium", "cy-doe")]
    record_decision(decisions, "same", ("quora", "bob"), ("medium", "cy-doe"))
    store = ExportCache(tmp_path / "cache")
    after = load(exports, store, decisions)
    assert (store.network_misses, store.hits, store.misses) == (1, 2, 0)
    ids = after.contacts.set_index(["platform", "contact_key"])["person_id"]
    assert ids[("quora", "bob")] == ids[("medium", "cy-doe")]
    assert_same_network(after, p1k.load(exports, decisions=decisions))
    # the same decisions again: reused
    store = ExportCache(tmp_path / "cache")
    load(exports, store, decisions)
    assert store.network_hits == 1


def test_resolve_flag_and_code_version_are_part_of_the_key(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(exports, ExportCache(tmp_path / "cache"))
    store = ExportCache(tmp_path / "cache")
    plain = store.load([exports], resolve=False, decisions=None)
    assert store.network_misses == 1 and plain.identity is None
    monkeypatch.setattr(cache, "network_code_version", lambda: "edited identity.py")
    store = ExportCache(tmp_path / "cache")
    load(exports, store)
    assert (store.network_misses, store.misses) == (1, 0)


def test_code_version_follows_the_source_of_identity() -> None:
    # identity/, network.py, schema.py and cache.py are hashed (not just their names)
    assert "power1000_analysis.identity" in cache._NETWORK_MODULES
    assert "power1000_analysis.network" in cache._NETWORK_MODULES
    # identity is a package: every module in it counts, not only its __init__
    source = cache._module_source("power1000_analysis.identity")
    assert b"def _score(" in source and b"def read_decisions(" in source


@pytest.mark.parametrize(
    ("edited", "changes", "stays"),
    [
        ("loaders._meta", {"facebook", "instagram"}, set()),  # Messenger threads, message keys
        ("linkedin.messages", {"linkedin"}, {"facebook", "x"}),  # linkedin/ is a package
        ("loaders.facebook", {"facebook"}, {"linkedin", "instagram"}),
    ],
)
def test_loader_version_follows_every_file_that_parses_the_export(
    monkeypatch: pytest.MonkeyPatch, edited: str, changes: set[str], stays: set[str]
) -> None:
    """An edit to a shared loader module (``loaders/_meta.py``) or to any module of a
    loader package (``linkedin/messages.py``) gives new cache entries, and so does the
    path fingerprint's code version: once only the platform module and a few shared ones
    were hashed (``inspect.getsource`` of ``linkedin`` is its ``__init__``), so such an edit
    read back frames the new code would not make. Other platforms keep their entries."""
    platforms = changes | stays
    before = {p: cache.loader_version(p) for p in platforms}
    before_all = cache._loaders_version()
    read = cache._code_bytes

    def edited_source(name: str) -> bytes:
        return read(name) + (b"# edited" if name.endswith("." + edited) else b"")

    monkeypatch.setattr(cache, "_code_bytes", edited_source)
    cache.loader_version.cache_clear()
    cache._loaders_version.cache_clear()
    try:
        after = {p: cache.loader_version(p) for p in platforms}
        assert {p for p in platforms if after[p] != before[p]} == changes
        assert cache._loaders_version() != before_all
    finally:
        cache.loader_version.cache_clear()
        cache._loaders_version.cache_clear()


_VERSIONS = (
    "from power1000_analysis import cache; print(cache.__file__); "
    "print(cache.loader_version('facebook'), cache.loader_version('linkedin'), "
    "cache.network_code_version())"
)


def _versions(where: Path) -> list[str]:
    """[module file, facebook's and linkedin's loader versions, network code version] of
    the package importable from ``where`` (a folder or a zip), in a fresh interpreter that
    fails on any RuntimeWarning (the "code cannot be read" one)."""
    done = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", "-c", _VERSIONS],
        env={**os.environ, "PYTHONPATH": str(where)},
        cwd=where.parent,  # (``-c`` puts the working folder first on sys.path)
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.slow
def test_code_versions_follow_the_code_in_a_zip_and_without_source(tmp_path: Path) -> None:
    """Under zipimport a folder glob for ``*.py`` finds nothing, and the versions once fell
    back to file names: a cached parse made by older code was reused after an edit. The code
    is now read through the importer (zip), or as bytecode (a source-less install)."""
    package = Path(cache.__file__).parent

    def copy(name: str, edit: bool) -> Path:
        tree = tmp_path / name
        shutil.copytree(package, tree / package.name, ignore=shutil.ignore_patterns("__pycache__"))
        if edit:
            for module in ("loaders/facebook.py", "identity/names.py"):
                file = tree / package.name / module
                file.write_text(file.read_text() + "\nEDITED = True\n")
        return tree

    def zipped(tree: Path) -> Path:
        archive = tree.with_suffix(".zip")
        with zipfile.ZipFile(archive, "w") as out:
            for file in sorted((tree / package.name).rglob("*")):
                out.write(file, file.relative_to(tree).as_posix())
        return archive

    def sourceless(tree: Path) -> Path:
        compileall.compile_dir(tree, quiet=1, legacy=True)  # name.pyc beside name.py
        for source in tree.rglob("*.py"):
            source.unlink()
        return tree

    original, edited = copy("original", False), copy("edited", True)
    before, after = _versions(zipped(original)), _versions(zipped(edited))
    assert ".zip" in before[0] and ".zip" in after[0]
    assert before[1] != after[1]  # facebook.py edited
    assert before[2] == after[2]  # linkedin untouched
    assert before[3] != after[3]  # identity/names.py edited
    # the same code read from the zip and from its files gives the same versions
    assert _versions(edited)[1:] == after[1:]
    # a source-less install (only .pyc), in one place (bytecode holds its file names): the
    # bytecode counts
    shutil.rmtree(original)
    before = _versions(sourceless(copy("installed", False)))
    shutil.rmtree(tmp_path / "installed")
    after = _versions(sourceless(copy("installed", True)))
    assert before[0].endswith(".pyc")
    assert (before[1] != after[1], before[2] == after[2], before[3] != after[3]) == (
        True,
        True,
        True,
    )


def test_unreadable_code_is_said_and_never_keyed_by_its_name() -> None:
    """Code that can be read neither as source nor as bytecode warns, and its bytes are not
    its name (which would reuse stale entries after an edit)."""
    with pytest.warns(RuntimeWarning, match="neither as source nor as bytecode"):
        unreadable = cache._code_bytes("power1000_analysis.no_such_module")
    assert b"no_such_module" not in unreadable


# ------------------------------------------------------------------ damage, location


def _entries(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern))


def test_a_damaged_network_entry_is_ignored_and_recorded(exports: Path, tmp_path: Path) -> None:
    fresh = load(exports, ExportCache(tmp_path / "cache"))
    [entry] = _entries(tmp_path / "cache", "network/*")
    (entry / f"contacts{cache.NETWORK_SUFFIX}").write_bytes(b"ARROW1 not really")
    store = ExportCache(tmp_path / "cache")
    with pytest.warns(UserWarning, match="could not be read"):
        net = load(exports, store)
    assert (store.network_misses, store.misses) == (1, 0)
    recorded = net.problems[net.problems["source"] == "cache"]
    assert len(recorded) == 1 and recorded["severity"].tolist() == ["info"]
    assert str(tmp_path) not in recorded["message"].iloc[0]  # no path of the user's
    assert frames_identical(net.contacts, fresh.contacts) is None
    # it was written again, whole
    store = ExportCache(tmp_path / "cache")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_same_network(load(exports, store), fresh)
    assert store.network_hits == 1


def test_unreadable_entries_are_ignored(exports: Path, tmp_path: Path) -> None:
    fresh = load(exports, ExportCache(tmp_path / "cache"))
    [network] = _entries(tmp_path / "cache", "network/*")
    (network / "meta.json").write_text("{not json")
    [quora] = [
        m for m in _entries(tmp_path / "cache", "generic/*/meta.json") if "quora" in m.read_text()
    ]
    quora.write_text('{"frames": 3}')
    store = ExportCache(tmp_path / "cache")
    with pytest.warns(UserWarning, match="could not be read"):
        net = load(exports, store)
    assert (store.network_misses, store.hits, store.misses) == (1, 1, 1)
    assert sorted(net.problems["source"]) == ["cache", "cache"]
    assert frames_identical(net.people, fresh.people) is None


def test_a_damaged_export_entry_read_lazily_parses_the_export_again(
    exports: Path, tmp_path: Path
) -> None:
    fresh = load(exports, ExportCache(tmp_path / "cache"))
    store = ExportCache(tmp_path / "cache")
    warm = load(exports, store)
    [medium_entry] = [
        m.parent
        for m in _entries(tmp_path / "cache", "generic/*/meta.json")
        if "medium" in m.read_text()
    ]
    (medium_entry / "contacts.parquet").write_bytes(b"broken")
    medium = next(e for e in warm.exports if e.platform == "medium")
    with pytest.warns(UserWarning, match="could not be read"):
        contacts = medium.contacts
    theirs = next(e for e in fresh.exports if e.platform == "medium").contacts
    assert contacts is not None and theirs is not None
    assert frames_identical(contacts, theirs) is None
    assert len(store.problems) == 1


def test_the_cache_stays_beside_the_data(exports: Path, tmp_path: Path) -> None:
    before = set(tmp_path.rglob("*"))
    p1k.load(exports, cache_dir=True)
    written = set(tmp_path.rglob("*")) - before
    assert written
    assert all(
        tmp_path / ".power1000-cache" in p.parents or p == tmp_path / ".power1000-cache"
        for p in written
    )


def test_old_networks_are_pruned(exports: Path, tmp_path: Path) -> None:
    decisions = tmp_path / "people.csv"
    for step in range(cache.NETWORKS_KEPT + 2):
        record_decision(decisions, "different", ("quora", "bob"), ("medium", f"x{step}"))
        load(exports, ExportCache(tmp_path / "cache"), decisions)
    assert len(_entries(tmp_path / "cache", "network/*")) == cache.NETWORKS_KEPT


# ------------------------------------------------------------------ by path fingerprint


def test_an_unchanged_tree_is_loaded_without_looking_into_it(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load(exports, ExportCache(tmp_path / "cache"))
    assert _entries(tmp_path / "cache", "paths/*.json")

    def no_discover(*paths: object) -> None:
        raise AssertionError("discover ran on an unchanged tree")

    monkeypatch.setattr("power1000_analysis.loaders.discover", no_discover)
    store = ExportCache(tmp_path / "cache")
    warm = load(exports, store)
    assert (store.network_hits, store.hits, store.misses) == (1, 0, 0)
    monkeypatch.undo()
    assert_same_network(warm, fresh)


def test_an_edit_keeping_size_and_time_is_still_seen(exports: Path, tmp_path: Path) -> None:
    load(exports, ExportCache(tmp_path / "cache"))
    target = next(exports.glob("medium-*.csv"))
    before = target.stat()
    target.write_text(target.read_text().replace("Cy Doe", "Cy Roe"))
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves on
    assert target.stat().st_size == before.st_size
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    assert (store.network_misses, store.misses) == (1, 1)
    assert "Cy Roe" in set(net.contacts["name"])


def test_files_changed_a_moment_ago_are_looked_into(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_SECONDS", 3600.0)
    assert cache.tree_fingerprint([exports]) is None
    load(exports, ExportCache(tmp_path / "cache"))
    assert not _entries(tmp_path / "cache", "paths/*.json")
    store = ExportCache(tmp_path / "cache")
    load(exports, store)  # by content
    assert (store.network_hits, store.hits, store.misses) == (1, 0, 0)


def test_a_damaged_fingerprint_is_ignored(exports: Path, tmp_path: Path) -> None:
    fresh = load(exports, ExportCache(tmp_path / "cache"))
    [marker] = _entries(tmp_path / "cache", "paths/*.json")
    marker.write_text("[")
    store = ExportCache(tmp_path / "cache")
    with pytest.warns(UserWarning, match="could not be read"):
        net = load(exports, store)
    assert store.network_hits == 1  # by content
    assert frames_identical(net.contacts, fresh.contacts) is None
    assert _entries(tmp_path / "cache", "paths/*.json")  # written again


# ------------------------------------------------------------------ hand-off to notebooks


def _handed_over(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Network, str]:
    """Load as ``power1000 report`` does and set the hand-off its kernels inherit."""
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    text = store.handoff([exports])
    assert text is not None and str(exports) in text
    monkeypatch.setenv(cache.HANDOFF_ENV, text)
    return net, text


def test_a_kernel_reads_the_reports_network_without_looking_at_the_exports(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh, _ = _handed_over(exports, tmp_path, monkeypatch)

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the exports were looked at")

    monkeypatch.setattr(cache, "tree_fingerprint", forbidden)
    monkeypatch.setattr("power1000_analysis.loaders.discover", forbidden)
    store = ExportCache(tmp_path / "cache")
    # as a notebook calls it: the folder as given (relative here), the cache as a string
    monkeypatch.chdir(exports.parent)
    net = p1k.load(exports.name, cache_dir=str(store.folder))
    assert isinstance(net, Network)
    net = load(exports, store)
    assert (store.handoff_hits, store.network_hits, store.hits, store.misses) == (1, 1, 0, 0)
    monkeypatch.undo()
    assert_same_network(net, fresh)


@pytest.mark.parametrize("other", ["resolve", "paths", "decisions", "cache", "garbled"])
def test_the_handoff_serves_only_the_same_load(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, other: str
) -> None:
    _handed_over(exports, tmp_path, monkeypatch)
    store = ExportCache(tmp_path / ("elsewhere" if other == "cache" else "cache"))
    paths = [exports, exports / "quora-followers-2018-01-15.csv"] if other == "paths" else [exports]
    decisions = tmp_path / "people.csv" if other == "decisions" else None
    if other == "garbled":
        monkeypatch.setenv(cache.HANDOFF_ENV, "{not json")
    store.load(paths, resolve=other != "resolve", decisions=decisions)
    assert store.handoff_hits == 0


def test_a_damaged_entry_handed_over_is_recorded_and_rebuilt(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh, _ = _handed_over(exports, tmp_path, monkeypatch)
    [entry] = _entries(tmp_path / "cache", "network/*")
    (entry / f"interactions{cache.NETWORK_SUFFIX}").write_bytes(b"ARROW1 truncated")
    store = ExportCache(tmp_path / "cache")
    with pytest.warns(UserWarning, match="could not be read"):
        net = load(exports, store)
    assert (store.handoff_hits, store.network_misses, store.misses) == (0, 1, 0)
    recorded = net.problems[net.problems["source"] == "cache"]
    assert recorded["severity"].tolist() == ["info"]
    assert frames_identical(net.interactions, fresh.interactions) is None


def test_without_the_handoff_a_changed_export_is_seen(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _handed_over(exports, tmp_path, monkeypatch)
    monkeypatch.delenv(cache.HANDOFF_ENV)  # the report ended; the next one starts
    write_csv(exports, "medium", "2018-02-15", [("Ann Example", "annex"), ("Di Changed", "di")])
    store = ExportCache(tmp_path / "cache")
    net = load(exports, store)
    assert (store.handoff_hits, store.network_misses, store.misses) == (0, 1, 1)
    assert "Di Changed" in set(net.contacts["name"])


@pytest.mark.parametrize("served_by", ["fingerprint", "handoff", "content"])
def test_a_network_served_whole_reports_every_export_done_once(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served_by: str
) -> None:
    """Each whole-network hit (path fingerprint, hand-off, content) counts once and tells
    ``progress`` that all exports are done; content hits report per export as they go."""
    if served_by == "handoff":
        fresh, _ = _handed_over(exports, tmp_path, monkeypatch)
    else:
        fresh = load(exports, ExportCache(tmp_path / "cache"))
    if served_by == "content":
        monkeypatch.setattr(cache, "tree_fingerprint", lambda paths: None)
    calls: list[tuple[int, int, str]] = []
    store = ExportCache(tmp_path / "cache")
    net = store.load(
        [exports], resolve=True, decisions=None, progress=lambda *call: calls.append(call)
    )
    hits = {"fingerprint": (1, 0), "handoff": (1, 1), "content": (1, 0)}[served_by]
    assert (store.network_hits, store.handoff_hits) == hits
    assert calls[-1] == (2, 2, "")
    if served_by != "content":
        assert calls == [(2, 2, "")]
    assert_same_network(net, fresh)


@pytest.mark.parametrize("missing", ["cache", "paths", "resolve", "decisions", "entries"])
def test_a_handoff_lacking_a_field_is_not_served(
    exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    _, text = _handed_over(exports, tmp_path, monkeypatch)
    record = json.loads(text)
    del record[missing]
    monkeypatch.setenv(cache.HANDOFF_ENV, json.dumps(record))
    store = ExportCache(tmp_path / "cache")
    load(exports, store)
    assert (store.handoff_hits, store.network_hits) == (0, 1)  # by fingerprint instead


def test_files_not_used_survive_the_cache(tmp_path: Path) -> None:
    """The recognised files a loader does not read come back from the cache with their
    reasons, as from a fresh parse."""
    [found] = discover(Path(__file__).parent / "fixtures" / "facebook" / "fb_d-2025-02-01")
    store = ExportCache(tmp_path / "cache")
    fresh = store.read(found)
    assert fresh.files_not_used  # secret_conversations.json
    store = ExportCache(tmp_path / "cache")
    cached = store.read(found)
    assert store.hits == 1
    assert cached.files_not_used == fresh.files_not_used
