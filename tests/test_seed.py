import hashlib

from framing import paths


def test_seed_is_unchanged():
    digest = hashlib.sha256(paths.SEED.read_bytes()).hexdigest()
    assert digest == paths.SEED_SHA256, "seeds/ must hold the seed byte for byte"


def test_seeds_folder_holds_only_the_seed_and_its_readme():
    names = sorted(p.name for p in paths.SEEDS.iterdir())
    assert names == sorted([paths.SEED.name, "README.md"])


def test_seed_readme_states_the_checksum():
    assert paths.SEED_SHA256 in (paths.SEEDS / "README.md").read_text(encoding="utf-8")


def test_paths_do_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    import importlib

    monkeypatch.chdir(tmp_path)
    reloaded = importlib.reload(paths)
    assert reloaded.SEED.is_file()
