"""The sentence table (``data/derived/sentences.csv``) that every notebook shares."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import paths
from .annotations import AnnotationError, read_derived
from .article import Article, load_article
from .attribution import SPEAKERS, VOICES, attribute, read_attribution

SENTENCE_COLUMNS = ["sent_id", "para_id", "start", "end", "kind", "is_duplicate",
                    "text", "text_norm", "voice", "speaker", "voice_auto"]
KINDS = ("headline", "subheading", "body")


def build_sentences(article: Article | None = None, attribution_path: str | Path | None = None) -> pd.DataFrame:
    """One row per sentence: segmentation, hand-coded voice and speaker, and
    the cue-based voice. Every sentence must be hand-coded."""
    article = article or load_article()
    df = pd.DataFrame(article.records())
    coded = read_attribution(attribution_path, valid_ids=df["sent_id"])
    missing = sorted(set(df["sent_id"]) - set(coded["sent_id"]))
    if missing:
        path = attribution_path or paths.DATA / "attribution.csv"
        raise AnnotationError(f"{path}: sentence(s) {', '.join(map(str, missing))} not coded")
    df = df.merge(coded[["sent_id", "voice", "speaker"]], on="sent_id", how="left")
    df["voice_auto"] = [a.voice for a in attribute(df)]
    return df[SENTENCE_COLUMNS]


def read_sentences(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``sentences.csv`` (written by notebook 01) and check its schema."""
    path = Path(path or paths.DERIVED / "sentences.csv")
    df = read_derived(path, SENTENCE_COLUMNS, "01-attribute-voices.ipynb")
    if df["is_duplicate"].dtype != bool:
        raise AnnotationError(f"{path}: column is_duplicate is not True/False")
    for col, labels in (("voice", VOICES), ("voice_auto", VOICES), ("speaker", SPEAKERS), ("kind", KINDS)):
        bad = sorted(set(df[col]) - set(labels))
        if bad:
            raise AnnotationError(f"{path}: unknown {col} {bad[0]!r}")
    return df


def analysed(df: pd.DataFrame) -> pd.DataFrame:
    """The sentences that count: everything but duplicates."""
    return df[~df["is_duplicate"].astype(bool)]
