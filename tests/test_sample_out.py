"""``power1000 sample --out DIR`` replaces an earlier sample and nothing else (review10 R13:
it deleted DIR/facebook etc. whatever they held, even when the draw then failed), and a
too-small ``--scale`` is refused up front in words for a user (R14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from power1000_analysis import cli, synthetic
from power1000_analysis.synthetic import default_persona, generate


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


REAL = {"facebook/facebook-me-2024-real/your_friends.json": b'{"real": true}'}


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def test_a_folder_of_real_exports_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    out = _write(tmp_path / "exports", REAL)
    with pytest.raises(ValueError, match="holds facebook/, which are not a sample") as refused:
        generate(out, default_persona(scale=0.1))
    assert isinstance(refused.value, synthetic.SampleFolderInUse)
    assert str(out) in str(refused.value)
    assert _tree(out) == REAL
    # a ground_truth.json that is not the generator's does not make it a sample
    _write(out, {"ground_truth.json": b'{"about": "my own notes"}'})
    with pytest.raises(synthetic.SampleFolderInUse, match=r"facebook/, ground_truth\.json"):
        generate(out, default_persona(scale=0.1))


def test_the_cli_refuses_a_folder_of_real_exports_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _write(tmp_path / "exports", REAL)
    assert cli.main(["sample", "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"power1000 sample: {out} holds facebook/, which are not a sample written by"
    )
    assert "choose a new or empty folder" in err
    assert _tree(out) == REAL


def test_a_failed_draw_leaves_the_earlier_sample(tmp_path: Path) -> None:
    """The reviewer's repro: the draw at scale 0.05 fails; the earlier sample stays whole."""
    out = tmp_path / "sample"
    generate(out, default_persona(scale=0.1))
    before = _tree(out)
    with pytest.raises(synthetic.PersonaNotDrawn, match="outbound alone adds"):
        generate(out, default_persona(scale=0.05))
    assert _tree(out) == before


def test_an_earlier_sample_is_replaced_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "sample"
    generate(out, default_persona(seed=7, scale=0.1))
    mine = {"notes.txt": b"mine", "other/keep.csv": b"a,b\n"}
    _write(out, mine)
    generate(out, default_persona(scale=0.1))
    fresh = tmp_path / "fresh"
    generate(fresh, default_persona(scale=0.1))
    assert _tree(out) == _tree(fresh) | mine  # nothing of seed 7's sample is left


def test_too_small_a_scale_is_refused_up_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.MIN_SAMPLE_SCALE == synthetic.MIN_SCALE
    out = tmp_path / "sample"
    for scale in ("0.05", "0", "-1", "nan"):
        assert cli.main(["sample", "--out", str(out), "--scale", scale, "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert f"--scale {float(scale):g} is too small: the smallest is 0.5" in err
        assert "outbound" not in err
    assert not out.exists()
    with pytest.raises(SystemExit):
        cli.main(["sample", "--help"])
    assert "at least 0.5" in " ".join(capsys.readouterr().out.split())


def test_a_seed_that_cannot_be_drawn_says_so_for_a_user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Above the smallest scale a draw can still fail, rarely (seed 44 at 0.75: 136 X follows
    sent in the year, where 133 new contacts were planned): the message says what to do."""
    out = _write(tmp_path / "sample", {"notes.txt": b"mine"})
    argv = ["sample", "--out", str(out), "--scale", "0.75", "--seed", "44", "--no-progress"]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "power1000 sample: seed 44 at --scale 0.75 cannot be drawn (x: outbound alone" in err
    assert "nothing was written. Try another --seed or a larger --scale" in err
    assert _tree(out) == {"notes.txt": b"mine"}
