"""Tokens: from a cleaned sentence to countable words.

The one tokenizer of the collection is NLTK's ``NLTKWordTokenizer`` (the
Treebank rules that ``nltk.word_tokenize`` uses, without the Punkt download),
applied to the cleaned sentence text (``text_norm``). ``token_table`` builds
``data/derived/tokens.csv`` (notebook 01) and ``read_tokens`` reads it back.

Notebook 01 also compares the alternatives, which live here so that they are
tested: sentence splitters (naive regex, untrained Punkt, Punkt ignoring curly
quotes) scored against ``framing.article.segment``; four word tokenizers and
the places where they disagree; each normalisation choice measured; and the
counting helpers (frequency tables, n-grams, type-token ratio, rank-frequency).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
from nltk.probability import FreqDist
from nltk.stem.porter import PorterStemmer
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import NLTKWordTokenizer, RegexpTokenizer, WhitespaceTokenizer, WordPunctTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer
from nltk.util import ngrams

from . import paths
from .agreement import set_scores
from .annotations import AnnotationError, read_derived
from .article import Normalised, normalise, punkt_tokenizer, segment

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
    return read_derived(path, TOKEN_COLUMNS, "01-tokenising.ipynb", dtype={"token": str, "norm": str, "stem": str})


# --------------------------------------------------------------------------
# Sentence segmentation: the alternatives that notebook 01 compares with the
# library's segmenter (framing.article.segment)
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


class AsciiQuoteLanguageVars(PunktLanguageVars):
    """Punkt's English conventions as they were before nltk/nltk PR #3728
    (2026): only straight quotes count as punctuation after a full stop, so
    a full stop followed by a curly quote ('stability.\u201d The') is never
    a candidate sentence boundary."""

    re_boundary_realignment = re.compile(r'["\')\]}]+?(?:\s+|(?=--)|$)', re.MULTILINE)

    @property
    def _re_non_word_chars(self):
        return r"(?:[)\";}\]\*:@\'\({\[%s])" % re.escape("".join(set(self.sent_end_chars) - {"."}))


def untrained_punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with no training and no parameters."""
    return PunktSentenceTokenizer()


def ascii_quote_punkt() -> PunktSentenceTokenizer:
    """Untrained Punkt that, like NLTK before PR #3728, ignores curly quotes."""
    return PunktSentenceTokenizer(lang_vars=AsciiQuoteLanguageVars())


def punkt_spans(text: str, tokenizer: PunktSentenceTokenizer | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` from a Punkt tokenizer (untrained by default)."""
    tokenizer = tokenizer or untrained_punkt()
    return list(tokenizer.span_tokenize(text))


def library_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (in ``text``) of the library's segmenter, framing.article.segment."""
    return [(s.start, s.end) for s in segment(text).sentences]


SEGMENTERS: dict[str, Callable[[str], list[tuple[int, int]]]] = {
    "naive regex": naive_sentence_spans,
    "Punkt, untrained": punkt_spans,
    "Punkt, explicit parameters": lambda text: punkt_spans(text, punkt_tokenizer()),
    "Punkt, curly quotes ignored": lambda text: punkt_spans(text, ascii_quote_punkt()),
}
"""Whole-text sentence splitters compared with the library's segmenter."""


def to_original(spans: list[tuple[int, int]], cleaned: Normalised) -> list[tuple[int, int]]:
    """Map spans of a cleaned text back to the original text."""
    return [cleaned.span_in_original(s, e) for s, e in spans]


def boundaries(spans: list[tuple[int, int]]) -> set[int]:
    """Where sentences start, except the first: the places a splitter cut."""
    starts = sorted(s for s, _ in spans)
    return set(starts[1:])


def boundary_scores(spans: list[tuple[int, int]], reference: list[tuple[int, int]]) -> dict:
    """Compare the cuts of ``spans`` with those of ``reference``.

    Returns the number of sentences, cuts found, correct, missed and spurious,
    with precision, recall and F1 of the cuts.
    """
    gold = boundaries(reference)
    if not gold:
        raise ValueError("reference has fewer than two sentences: no boundaries to compare")
    found = boundaries(spans)
    s = set_scores(found, gold)
    return {"sentences": len(spans), "cuts": len(found), "correct": s["tp"],
            "missed": s["fn"], "spurious": s["fp"],
            "precision": s["precision"], "recall": s["recall"], "f1": s["f1"]}


def compare_segmenters(text: str) -> pd.DataFrame:
    """Every splitter of ``SEGMENTERS`` on the raw and on the cleaned text,
    scored against the library's segmenter (one row per splitter and input)."""
    reference = library_spans(text)
    cleaned = normalise(text)
    rows = []
    for name, split in SEGMENTERS.items():
        for given, spans in (("raw", split(text)), ("cleaned", to_original(split(cleaned.text), cleaned))):
            rows.append({"segmenter": name, "input": given, **boundary_scores(spans, reference)})
    rows.append({"segmenter": "library (segment)", "input": "raw", **boundary_scores(reference, reference)})
    return pd.DataFrame(rows)


def boundary_errors(text: str, spans: list[tuple[int, int]], reference: list[tuple[int, int]],
                    width: int = 25) -> pd.DataFrame:
    """Each missed or spurious cut with ``width`` characters of context on
    either side ('|' marks the place, line breaks are shown as '/')."""
    gold, found = boundaries(reference), boundaries(spans)
    rows = []
    for where, error in [(i, "missed") for i in gold - found] + [(i, "spurious") for i in found - gold]:
        left = text[max(0, where - width):where].replace("\n", "/")
        right = text[where:where + width].replace("\n", "/")
        rows.append({"offset": where, "error": error, "context": f"{left}|{right}"})
    return pd.DataFrame(rows, columns=["offset", "error", "context"]).sort_values("offset", ignore_index=True)


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
"""The four tokenizers of notebook 01; "nltk" (NLTKWordTokenizer) is the one the library uses."""


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


def differs_from(table: pd.DataFrame, reference: str = "nltk") -> pd.DataFrame:
    """Counts of chunks where each tokenizer differs from ``reference``, by kind
    (rows: kinds in ``DISAGREEMENT_KINDS`` order; columns: the other tokenizers)."""
    others = [c for c in table.columns if c not in ("sent_id", "chunk", "kind", reference)]
    counts = {n: table.loc[table[n] != table[reference], "kind"].value_counts() for n in others}
    out = pd.DataFrame(counts).reindex(DISAGREEMENT_KINDS).fillna(0).astype(int)
    return out.loc[out.sum(axis=1) > 0]


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


# --------------------------------------------------------------------------
# Normalisation, one measured step at a time
# --------------------------------------------------------------------------

STEMMERS = {"porter": PorterStemmer(), "snowball": _STEMMER}


def stem_with(word: str, name: str = "snowball") -> str:
    """Stem ``word`` with the Porter or the Snowball (Porter 2) stemmer."""
    try:
        return STEMMERS[name].stem(word)
    except KeyError:
        raise ValueError(f"unknown stemmer {name!r} (known: {', '.join(STEMMERS)})") from None


def stem_groups(words: Iterable[str], name: str = "snowball") -> dict[str, list[str]]:
    """The stems that two or more of the distinct ``words`` share, each with
    its words (sorted): where a stemmer merges words."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(stem_with(w, name), []).append(w)
    return {s: ws for s, ws in sorted(groups.items()) if len(ws) > 1}


def normalisation_stages(sentences: pd.DataFrame) -> dict[str, list[str]]:
    """The article's tokens after each normalisation choice, applied in turn
    (duplicate sentences excluded). Keys are the stage names, in order."""
    rows = sentences[~sentences["is_duplicate"].astype(bool)]
    stops = stopwords()
    stages: dict[str, list[str]] = {}
    stages["raw text"] = [t for text in rows["text"] for t in word_tokens(text)]
    stages["cleaned text"] = [t for text in rows["text_norm"] for t in word_tokens(text)]
    stages["case folded"] = [norm(t) for t in stages["cleaned text"]]
    stages["punctuation removed"] = [t for t in stages["case folded"] if not is_punct(t)]
    stages["stop words removed"] = [t for t in stages["punctuation removed"] if t not in stops]
    stages["stemmed"] = [stem(t) for t in stages["stop words removed"]]
    return stages


def stage_sizes(stages: dict[str, list[str]]) -> pd.DataFrame:
    """Tokens and types at each stage, and the change from the stage before."""
    df = pd.DataFrame({"stage": list(stages),
                       "tokens": [len(v) for v in stages.values()],
                       "types": [len(set(v)) for v in stages.values()]})
    df["token_change"] = df["tokens"].diff().fillna(0).astype(int)
    df["type_change"] = df["types"].diff().fillna(0).astype(int)
    return df


def changed_terms(tokens: Iterable[str], step: Callable[[str], str | None], n: int = 20) -> pd.DataFrame:
    """The ``n`` most frequent terms that a token-by-token ``step`` changes:
    term, what it becomes ('' when the step removes it) and its count
    (ties broken alphabetically)."""
    counts = Counter(tokens)
    rows = []
    for term, c in counts.items():
        new = step(term)
        if new != term:
            rows.append((term, new or "", c))
    rows.sort(key=lambda r: (-r[2], r[0]))
    return pd.DataFrame(rows[:n], columns=["term", "becomes", "count"])


def count_changes(before: Iterable[str], after: Iterable[str], n: int = 20) -> pd.DataFrame:
    """The ``n`` terms whose count changes most from ``before`` to ``after``
    (ties broken alphabetically)."""
    b, a = Counter(before), Counter(after)
    rows = [(t, b[t], a[t], a[t] - b[t]) for t in set(b) | set(a) if a[t] != b[t]]
    rows.sort(key=lambda r: (-abs(r[3]), r[0]))
    return pd.DataFrame(rows[:n], columns=["term", "before", "after", "change"])


# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------

def content(tokens: pd.DataFrame) -> pd.DataFrame:
    """Rows of a token table that are neither punctuation nor stop words."""
    return tokens[~tokens["is_punct"].astype(bool) & ~tokens["is_stop"].astype(bool)]


def top_terms(tokens: pd.DataFrame, n: int = 10, column: str = "norm", by: str | None = None) -> pd.DataFrame:
    """The ``n`` most frequent values of ``column`` (overall, or per value of
    ``by``), ties broken alphabetically: columns [by,] term, count."""
    groups = [(None, tokens)] if by is None else list(tokens.groupby(by, sort=True))
    rows = []
    for key, group in groups:
        fd = FreqDist(group[column])
        ranked = sorted(fd.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        rows += [({by: key} if by else {}) | {"term": t, "count": c} for t, c in ranked]
    return pd.DataFrame(rows, columns=([by] if by else []) + ["term", "count"])


def ties_left_out(tokens: pd.DataFrame, n: int = 10, column: str = "norm", by: str | None = None) -> pd.DataFrame:
    """What ``top_terms(tokens, n, column, by)`` leaves out at its cut-off:
    for each group ([by,]), the count of the last term shown and how many
    other terms have that same count but were cut (alphabetically)."""
    shown = top_terms(tokens, n, column, by)
    groups = [(None, tokens)] if by is None else list(tokens.groupby(by, sort=True))
    rows = []
    for key, group in groups:
        top = shown if by is None else shown[shown[by] == key]
        last = int(top["count"].iloc[-1])
        same = int((group[column].value_counts() == last).sum())
        rows.append(({by: key} if by else {}) | {"last_count": last,
                                                 "left_out": same - int((top["count"] == last).sum())})
    return pd.DataFrame(rows, columns=([by] if by else []) + ["last_count", "left_out"])


def sentence_ngrams(tokens: pd.DataFrame, n: int, column: str = "norm") -> Counter:
    """Counts of the n-grams inside each sentence that contain neither
    punctuation nor a stop word (n-grams never cross a sentence boundary)."""
    if n < 1:
        raise ValueError(f"n-gram length must be at least 1, got {n}")
    counts: Counter = Counter()
    for _, group in tokens.groupby("sent_id", sort=True):
        keep = list(~group["is_punct"].astype(bool) & ~group["is_stop"].astype(bool))
        terms = list(group[column])
        for i, gram in enumerate(ngrams(terms, n)):
            if all(keep[i:i + n]):
                counts[gram] += 1
    return counts


def rank_of(counts: Counter, gram: tuple[str, ...]) -> dict:
    """Where ``gram`` ranks: its count, its rank (1 + the number of n-grams
    with a higher count), how many n-grams share its count, and how many there are."""
    c = counts.get(gram, 0)
    return {"ngram": " ".join(gram), "count": c,
            "rank": 1 + sum(v > c for v in counts.values()) if c else None,
            "tied": sum(v == c for v in counts.values()) if c else 0,
            "ngrams": len(counts)}


def type_token_ratio(tokens: Iterable[str]) -> float:
    """Distinct types divided by tokens."""
    tokens = list(tokens)
    if not tokens:
        raise ValueError("type-token ratio of an empty text is undefined")
    return len(set(tokens)) / len(tokens)


def ttr_curve(tokens: Iterable[str]) -> list[float]:
    """The type-token ratio of the first 1, 2, ..., N tokens."""
    seen: set[str] = set()
    out = []
    for i, t in enumerate(tokens, 1):
        seen.add(t)
        out.append(len(seen) / i)
    return out


def rank_frequency(tokens: Iterable[str]) -> pd.DataFrame:
    """Terms by descending count (ties alphabetical) with rank 1, 2, ..."""
    ranked = sorted(Counter(tokens).items(), key=lambda kv: (-kv[1], kv[0]))
    df = pd.DataFrame(ranked, columns=["term", "count"])
    df.insert(0, "rank", range(1, len(df) + 1))
    return df
