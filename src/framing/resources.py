"""Offline language resources.

NLTK's VADER analyser loads ``sentiment/vader_lexicon.zip`` from an nltk_data
folder. There is no network to download it from, so the lexicon is copied
from the vaderSentiment wheel into a project-local, git-ignored folder, which
is put first on ``nltk.data.path``. No pickle is ever loaded.
"""
from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import nltk

from . import paths

LEXICON_MEMBER = "vader_lexicon/vader_lexicon.txt"
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)


class ResourceError(RuntimeError):
    """A language resource cannot be set up."""


def vader_source() -> Path:
    """The lexicon file shipped in the vaderSentiment package."""
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError("vaderSentiment is not installed: run `pip install -r requirements.txt`")
    path = Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt"
    if not path.is_file():
        raise ResourceError(f"{path}: VADER lexicon missing from the vaderSentiment package")
    return path


def ensure_vader_lexicon(folder: Path | None = None) -> Path:
    """Write ``<folder>/sentiment/vader_lexicon.zip`` if needed, put ``folder``
    first on ``nltk.data.path`` and return the zip's path."""
    folder = Path(folder or paths.NLTK_DATA)
    source = vader_source()
    target = folder / "sentiment" / "vader_lexicon.zip"
    data = source.read_bytes()
    fresh = False
    if target.is_file():
        try:
            with zipfile.ZipFile(target) as zf:
                fresh = zf.read(LEXICON_MEMBER) == data
        except (zipfile.BadZipFile, KeyError):
            fresh = False
    if not fresh:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(zipfile.ZipInfo(LEXICON_MEMBER, _FIXED_DATE), data)
        tmp.replace(target)
    if str(folder) in nltk.data.path:
        nltk.data.path.remove(str(folder))
    nltk.data.path.insert(0, str(folder))
    return target


def nltk_vader():
    """NLTK's SentimentIntensityAnalyzer, with the lexicon set up offline."""
    ensure_vader_lexicon()
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()
