import pytest

from framing import paths
from framing.article import load_article


@pytest.fixture(scope="session")
def article():
    return load_article()


@pytest.fixture(scope="session")
def seed_text():
    return paths.SEED.read_text(encoding="utf-8")

