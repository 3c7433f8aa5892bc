"""Sentences and tokens: from the article to countable words.

Notebook 02 cuts the article into sentences with several splitters (a naive
regular expression, Punkt untrained, with explicit parameters, or trained on
the article itself, and the library's ``framing.article.segment``) and scores
their boundaries against ``data/sentence_boundaries.csv``, marked by reading
(``read_boundaries``). Notebook 03 compares word tokenizers and writes
``data/derived/tokens.csv`` with ``token_table``; ``read_tokens`` reads it back.

The one tokenizer of the collection is NLTK's ``NLTKWordTokenizer`` (the
Treebank rules that ``nltk.word_tokenize`` uses, without the Punkt download),
applied to the cleaned sentence text (``text_norm``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import NLTKWordTokenizer, RegexpTokenizer, WhitespaceTokenizer, WordPunctTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

from . import paths
from .annotations import AnnotationError, _read_csv, read_derived
from .article import read_article, segment

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


def sentence_tokens(tokens: pd.DataFrame, column: str = "token") -> list[list[str]]:
    """One list per sentence (in ``sent_id`` order) of the values of ``column``, in token order."""
    if column not in tokens.columns:
        raise KeyError(f"tokens table has no column {column!r}")
    ordered = tokens.sort_values(["sent_id", "position"], kind="stable")
    return [list(group[column]) for _, group in ordered.groupby("sent_id", sort=True)]


def types_in_first(words: pd.DataFrame, n: int, by: str = "voice", column: str = "norm") -> pd.Series:
    """Per group of ``by``: the number of distinct ``column`` values among the group's first ``n`` rows."""
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    return words.groupby(by)[column].agg(lambda s: s.head(n).nunique()).rename(f"types in first {n}")


def read_tokens(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``tokens.csv`` (written by notebook 03) and check its columns."""
    path = Path(path or paths.DERIVED / "tokens.csv")
    return read_derived(path, TOKEN_COLUMNS, "03-tokenise-words.ipynb", dtype={"token": str, "norm": str, "stem": str})


# --------------------------------------------------------------------------
# Sentence splitters (notebook 02), scored against a reference marked by reading
# --------------------------------------------------------------------------

NAIVE_BOUNDARY = re.compile(r"(?<=[.!?])\s+")
"""The naive rule: a sentence ends at '.', '!' or '?' followed by white space."""


def naive_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans from the naive regular expression ``NAIVE_BOUNDARY``."""
    spans, start = [], 0
    for m in NAIVE_BOUNDARY.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if s < e:
            out.append((s, e))
    return out


def trained_punkt(text: str) -> PunktSentenceTokenizer:
    """Punkt trained, without supervision, on ``text`` itself (Kiss & Strunk 2006):
    the abbreviations, collocations and sentence starters it learns come from this text."""
    trainer = PunktTrainer()
    trainer.train(text, finalize=True)
    return PunktSentenceTokenizer(trainer.get_params())


def punkt_spans(text: str, tokenizer: PunktSentenceTokenizer | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` from a Punkt tokenizer (untrained by default)."""
    tokenizer = tokenizer or PunktSentenceTokenizer()
    return list(tokenizer.span_tokenize(text))


def library_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (in ``text``) of the library's segmenter, framing.article.segment."""
    return [(s.start, s.end) for s in segment(text).sentences]


def boundaries(spans: list[tuple[int, int]]) -> set[int]:
    """Where sentences start, except the first: the places a splitter cut."""
    starts = sorted(s for s, _ in spans)
    return set(starts[1:])


BOUNDARY_COLUMNS = ["offset", "justification"]


def read_boundaries(path: str | Path | None = None, text: str | None = None) -> pd.DataFrame:
    """Read ``data/sentence_boundaries.csv`` (hand-marked) and check it against the
    seed: integer offsets inside the text, sorted and unique, each at the first
    character of a word or an opening quotation mark, after white space or a
    full stop; every justification non-empty. A bad file is one ``AnnotationError`` line."""
    path = Path(path or paths.DATA / "sentence_boundaries.csv")
    if not path.is_file():
        raise AnnotationError(f"{path}: file not found")
    text = read_article() if text is None else text
    df = _read_csv(path, dtype=str)
    missing = [c for c in BOUNDARY_COLUMNS if c not in df.columns]
    if missing:
        raise AnnotationError(f"{path}: missing column {missing[0]!r} (expected {BOUNDARY_COLUMNS})")
    df = df[BOUNDARY_COLUMNS]
    if df.empty:
        raise AnnotationError(f"{path}: no boundaries")
    for row, (offset, why) in enumerate(df.itertuples(index=False), start=2):
        if not re.fullmatch(r"\d+", offset.strip()):
            raise AnnotationError(f"{path}: row {row}: offset {offset!r} is not a whole number")
        o = int(offset)
        if not 0 < o < len(text):
            raise AnnotationError(f"{path}: row {row}: offset {o} is outside the text (1 to {len(text) - 1})")
        if not (text[o].isalnum() or text[o] in OPENING_QUOTES) or not (text[o - 1].isspace() or text[o - 1] == "."):
            raise AnnotationError(f"{path}: row {row}: offset {o} does not start a word or quotation "
                                  f"({text[max(0, o - 10):o]!r} | {text[o:o + 10]!r})")
        if not why.strip():
            raise AnnotationError(f"{path}: row {row}: empty justification")
    df = df.assign(offset=df["offset"].astype(int))
    if not df["offset"].is_monotonic_increasing or df["offset"].duplicated().any():
        raise AnnotationError(f"{path}: offsets must be sorted and unique")
    return df.reset_index(drop=True)


OPENING_QUOTES = "\"'\u201c\u2018\u00ab"


def boundary_errors(text: str, found: dict[str, set[int]], gold: set[int], width: int = 22) -> pd.DataFrame:
    """Every offset where at least one splitter of ``found`` (name -> boundaries)
    disagrees with ``gold``: its context (``width`` characters each side, '|' at the
    offset, '/' for a line break) and, per splitter, 'missed', 'spurious' or ''."""
    rows = []
    for o in sorted(set(gold).union(*found.values())):
        marks = {name: ("" if (o in b) == (o in gold) else "missed" if o in gold else "spurious")
                 for name, b in found.items()}
        if any(marks.values()):
            left = text[max(0, o - width):o].replace("\n", "/")
            right = text[o:o + width].replace("\n", "/")
            rows.append({"offset": o, "context": f"{left}|{right}", **marks})
    return pd.DataFrame(rows, columns=["offset", "context", *found])


# --------------------------------------------------------------------------
# Word tokenizers compared
# --------------------------------------------------------------------------

WORD_PATTERN = r"\w+(?:[-']\w+)*"
"""RegexpTokenizer pattern: runs of letters and digits, joined by inner
hyphens or straight apostrophes; punctuation is dropped."""

TOKENIZERS = {
    "whitespace": WhitespaceTokenizer(),
    "regexp": RegexpTokenizer(WORD_PATTERN),
    "wordpunct": WordPunctTokenizer(),
    "nltk": _TOKENIZER,
}
"""The four tokenizers of notebook 03; "nltk" (NLTKWordTokenizer) is the one the library uses."""


def _tokenizer(name: str):
    try:
        return TOKENIZERS[name]
    except KeyError:
        raise ValueError(f"unknown tokenizer {name!r} (known: {', '.join(TOKENIZERS)})") from None


def tokenize(text: str, name: str = "nltk") -> list[str]:
    """Tokens of ``text`` from one of the ``TOKENIZERS``."""
    return _tokenizer(name).tokenize(text)


def token_spans(text: str, name: str = "nltk") -> list[tuple[int, int, str]]:
    """(start, end, token) for each token; ``token`` is what the tokenizer
    returns (NLTKWordTokenizer returns `` and '' for a straight double quote)."""
    tok = _tokenizer(name)
    spans = list(tok.span_tokenize(text))
    tokens = tok.tokenize(text)
    if len(spans) != len(tokens):
        raise ValueError(f"tokenizer {name!r}: {len(tokens)} tokens but {len(spans)} spans")
    return [(s, e, t) for (s, e), t in zip(spans, tokens)]


def chunk_tokens(text: str, name: str = "nltk") -> list[tuple[str, list[str]]]:
    """The white-space-separated chunks of ``text``, each with the tokens one
    tokenizer makes of it (tokenizing the whole text, so context counts)."""
    chunks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    out: list[tuple[str, list[str]]] = [(c, []) for _, _, c in chunks]
    i = 0
    for s, e, t in token_spans(text, name):
        while chunks[i][1] <= s:
            i += 1
        if e > chunks[i][1]:
            raise ValueError(f"tokenizer {name!r}: token {t!r} crosses white space")
        out[i][1].append(t)
    return out


DISAGREEMENT_KINDS = ("guillemet", "possessive", "hyphen", "quotation mark", "lone punctuation", "punctuation")
"""Kinds of disagreement, in the order in which ``disagreement_kind`` tests them."""


def disagreement_kind(chunk: str) -> str:
    """What makes a chunk hard to tokenize (the first kind that applies)."""
    if re.search("[\u00ab\u00bb]", chunk):
        return "guillemet"
    if re.search(r"\w['\u2019]\w", chunk):
        return "possessive"
    if re.search(r"\w-\w", chunk):
        return "hyphen"
    if re.search("[\"\u201c\u201d\u2018]", chunk):
        return "quotation mark"
    if not re.search(r"\w", chunk):
        return "lone punctuation"
    return "punctuation"


def disagreements(texts: Iterable[tuple[int, str]], names: Iterable[str] = tuple(TOKENIZERS)) -> pd.DataFrame:
    """Every white-space chunk of the ``(sent_id, text)`` pairs on which the
    tokenizers do not all agree: sent_id, chunk, kind, and one column per
    tokenizer with its tokens joined by ' | ' (empty: the chunk is dropped)."""
    names = list(names)
    for n in names:
        _tokenizer(n)
    rows = []
    for sent_id, text in texts:
        per = {n: chunk_tokens(text, n) for n in names}
        for j, (chunk, _) in enumerate(per[names[0]]):
            toks = {n: per[n][j][1] for n in names}
            if len({tuple(t) for t in toks.values()}) > 1:
                rows.append({"sent_id": sent_id, "chunk": chunk, "kind": disagreement_kind(chunk),
                             **{n: " | ".join(t) for n, t in toks.items()}})
    return pd.DataFrame(rows, columns=["sent_id", "chunk", "kind", *names])


# --------------------------------------------------------------------------
# Reassembly: tokens back to the sentence
# --------------------------------------------------------------------------

QUOTE_TOKENS = {"``": '"', "''": '"'}
"""NLTKWordTokenizer (Penn Treebank convention) writes an opening straight
double quote as `` and a closing one as ''."""


def reassemble(tokens: Iterable[str]) -> str:
    """The tokens glued together without spaces, with `` and '' turned back into "."""
    return "".join(QUOTE_TOKENS.get(t, t) for t in tokens)


def reassembles(tokens: Iterable[str], text: str) -> bool:
    """Do the tokens give back ``text`` up to white space?"""
    return reassemble(tokens) == re.sub(r"\s+", "", text)


def check_tokens(tokens: pd.DataFrame, sentences: pd.DataFrame, source: str = "tokens.csv") -> None:
    """Check a token table against the sentence table; raise AnnotationError
    with one line naming ``source`` and the first problem found."""
    if list(tokens.columns) != TOKEN_COLUMNS:
        raise AnnotationError(f"{source}: columns {list(tokens.columns)} differ from {TOKEN_COLUMNS}")
    if tokens.empty:
        raise AnnotationError(f"{source}: no tokens")
    known = sentences.set_index("sent_id")
    unknown = sorted(set(tokens["sent_id"]) - set(known.index))
    if unknown:
        raise AnnotationError(f"{source}: sent_id {unknown[0]} is not in sentences.csv")
    dup = sorted(set(tokens["sent_id"]) & set(known.index[known["is_duplicate"].astype(bool)]))
    if dup:
        raise AnnotationError(f"{source}: sent_id {dup[0]} is a duplicate sentence and must be excluded")
    missing = sorted(set(known.index[~known["is_duplicate"].astype(bool)]) - set(tokens["sent_id"]))
    if missing:
        raise AnnotationError(f"{source}: sentence {missing[0]} has no tokens")
    for col in ("is_stop", "is_punct"):
        bad = set(tokens[col].astype(str)) - {"True", "False"}
        if bad:
            raise AnnotationError(f"{source}: {col} must be True or False, found {sorted(bad)[0]!r}")
    for sent_id, group in tokens.groupby("sent_id", sort=True):
        if list(group["position"]) != list(range(len(group))):
            raise AnnotationError(f"{source}: positions of sentence {sent_id} are not 0, 1, 2, ...")
        row = known.loc[sent_id]
        if set(group["voice"]) != {row["voice"]}:
            raise AnnotationError(f"{source}: voice of sentence {sent_id} differs from sentences.csv")
        if not reassembles(group["token"], row["text_norm"]):
            raise AnnotationError(f"{source}: tokens of sentence {sent_id} do not reassemble to its text_norm")


