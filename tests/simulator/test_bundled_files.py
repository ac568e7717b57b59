"""Bundled icons, examples and datasets are found through simulator.assets, and the CLI reaches examples by name."""
from __future__ import annotations

import io as text_io
from pathlib import Path

import pytest

from simulator import assets, cli, datasets, io

REPO_ASSETS = Path(__file__).resolve().parents[2] / "assets"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_installed_package_is_the_checkouts_assets_folder():
    # The editable install maps synaptica_assets onto assets/, so both ways of finding it agree.
    assert assets.root().resolve() == REPO_ASSETS.resolve()
    assert (assets.examples_dir() / "and.json").is_file()
    assert assets.dataset_path("iris.csv").is_file()
    assert assets.icon_path("app").suffix == ".svg"


def test_a_missing_icon_names_the_folder_looked_in():
    with pytest.raises(FileNotFoundError, match=r"no icon named 'nope' in .*icons"):
        assets.icon_path("nope")


def test_an_uninstalled_checkout_falls_back_to_its_assets_folder(monkeypatch):
    def not_installed(package):
        raise ModuleNotFoundError(f"No module named {package!r}")

    monkeypatch.setattr(assets.resources, "files", not_installed)
    assets.root.cache_clear()
    try:
        assert assets.root() == assets.CHECKOUT_DIR == REPO_ASSETS
    finally:
        assets.root.cache_clear()


def test_io_and_datasets_read_the_bundled_files():
    assert io.EXAMPLES_DIR == assets.examples_dir()
    assert set(io.example_paths()) >= {"and", "or", "nand", "xor", "three_layer", "spiral", "digits"}
    assert datasets.make("iris").X.shape == (150, 4)
    assert datasets.make("digits").X.shape == (1797, 64)


def test_cli_finds_a_bundled_example_by_name(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for name in ("and", "and.json"):
        assert cli.network_file(name) == io.example_paths()["and"]
    code, out, err = run("info", "three_layer")
    assert code == 0, err
    assert "2-3-2-2" in out


def test_a_file_in_the_current_folder_wins_over_the_bundled_example(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    Path("and.json").write_text("{}")
    assert cli.network_file("and.json") == Path("and.json")
    assert cli.network_file("sub/and.json") == Path("sub/and.json")  # a path is never redirected
    assert cli.network_file("nope") == Path("nope")


def test_training_a_bundled_example_saves_in_the_current_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in assets.examples_dir().iterdir())
    code, out, err = run("train", "and", "--epochs", "5")
    assert code == 0, err
    assert "Saved and.trained.json" in out
    trained = io.load(tmp_path / "and.trained.json")
    assert trained.history["epoch"][-1] == 5
    assert sorted(p.name for p in assets.examples_dir().iterdir()) == before  # nothing written into the package


def test_help_lists_the_bundled_examples():
    code, out, _ = run("info", "--help")
    assert code == 0
    assert "bundled example" in out and "spiral" in out
