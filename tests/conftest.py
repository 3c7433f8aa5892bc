import pytest

from framing import paths
from framing.article import load_article


@pytest.fixture(scope="session")
def article():
    return load_article()


@pytest.fixture(scope="session")
def seed_text():
    return paths.SEED.read_text(encoding="utf-8")


def pytest_collection_modifyitems(items):
    """Under xdist (--dist loadgroup), keep each notebook's cells on one worker, in order; every other
    test is spread over the workers one by one."""
    for item in items:
        if item.nodeid.split("::")[0].endswith(".ipynb"):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
