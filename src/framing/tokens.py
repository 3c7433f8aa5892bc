"""Tokens: from a cleaned sentence to countable words.

The one tokenizer of the collection is NLTK's ``NLTKWordTokenizer`` (the
Treebank rules that ``nltk.word_tokenize`` uses, without the Punkt download),
applied to the cleaned sentence text (``text_norm``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import NLTKWordTokenizer

from . import paths
from .annotations import AnnotationError

TOKEN_COLUMNS = ["sent_id", "position", "token", "norm", "stem", "is_stop", "is_punct", "voice"]

_TOKENIZER = NLTKWordTokenizer()
_STEMMER = SnowballStemmer("english")


def word_tokens(text: str) -> list[str]:
    """Tokens of one cleaned sentence."""
    return _TOKENIZER.tokenize(text)


def is_punct(token: str) -> bool:
    """A token with no letter or digit in it."""
    return not any(ch.isalnum() for ch in token)


def norm(token: str) -> str:
    """Case-folded token (quotes are already straight in ``text_norm``)."""
    return token.lower()


def stem(token: str) -> str:
    """Snowball (Porter 2) stem of a normalised token."""
    return _STEMMER.stem(token)


@lru_cache(maxsize=None)
def _read_stopwords(path: Path) -> frozenset[str]:
    if not path.is_file():
        raise AnnotationError(f"{path}: file not found")
    words = [l.strip() for l in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words if w and not w.startswith("#")]
    if not words:
        raise AnnotationError(f"{path}: no stop words")
    return frozenset(words)


def stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The project's documented stop word list (``data/stopwords.txt``)."""
    return _read_stopwords(Path(path or paths.DATA / "stopwords.txt"))


def token_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per token of every non-duplicate sentence (``tokens.csv``)."""
    stops = stopwords()
    rows = []
    for s in sentences.itertuples(index=False):
        if s.is_duplicate:
            continue
        for i, tok in enumerate(word_tokens(s.text_norm)):
            n = norm(tok)
            rows.append((s.sent_id, i, tok, n, stem(n), n in stops, is_punct(tok), s.voice))
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


def read_tokens(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``tokens.csv`` (written by notebook 01) and check its columns."""
    path = Path(path or paths.DERIVED / "tokens.csv")
    if not path.is_file():
        raise AnnotationError(f"{path}: file not found (run notebooks/01-tokenising.ipynb first)")
    df = pd.read_csv(path, keep_default_na=False, dtype={"token": str, "norm": str, "stem": str})
    if list(df.columns) != TOKEN_COLUMNS:
        raise AnnotationError(f"{path}: columns {list(df.columns)} differ from {TOKEN_COLUMNS}")
    return df
