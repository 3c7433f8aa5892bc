"""Keyword framing: concordances, naming patterns, a frame dictionary and its validation.

Everything here works on the shared sentence table (``framing.corpus``) and,
for positions, on the shared tokens (``framing.tokens``).

Pattern language
----------------
Naming patterns (``data/naming.csv``) and frame indicators
(``data/frame_indicators.csv``) are written in a deliberately small language,
so that a reader can check each one by eye:

* words separated by spaces; matching ignores case;
* a pattern matches whole words only: ``war`` does not match *warmest*, and
  ``West`` does not match *Western*;
* a trailing ``*`` matches any ending: ``sanction*`` matches *sanction*,
  *sanctions*, *sanctioned*; ``West*`` matches *Western*;
* a word without ``*`` also matches its regular plural (+s, +es, y→ies):
  ``Western country`` matches *Western countries*;
* a space or hyphen in the pattern matches a space, hyphen or dash in the
  text: ``China-Russia`` matches *China Russia* and *China–Russia*. A hyphen in
  the text also ends a word, so ``initiated`` matches inside *Russian-initiated*;
* an apostrophe matches a straight or curly one: ``China's`` matches *China’s*.

Anything else (brackets, ``|``, ``?``, a ``*`` inside a word) is rejected with
a one-line :class:`PatternError`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from . import paths
from .agreement import precision_recall_f1
from .annotations import AnnotationError, read_annotations, read_derived
from .article import extract_quotes, normalise
from .attribution import VOICES
from .tokens import read_tokens, token_spans

KWIC_COLUMNS = ["term", "sent_id", "voice", "left", "node", "right"]
FRAMES_BY_SENTENCE_COLUMNS = ["sent_id", "voice", "frame", "matched", "hand_coded"]

# The analysis choice of this notebook: every non-duplicate sentence, display
# text (headline and subheadings) included.
KWIC_TERMS = ("sanction*", "war", "operation*", "West*", "sovereign*", "security", "cooperation",
              "legitimate", "aggression", "alliance", "Taiwan", "development")


class PatternError(ValueError):
    """A pattern outside the small pattern language (one line)."""


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

_SEP = r"[\s\-\u2010-\u2015]+"            # spaces, hyphens and dashes
_WORD = re.compile(r"^[A-Za-z0-9']+\*?$")


def _word_regex(word: str) -> str:
    if word.endswith("*"):
        stem = word[:-1]
        return re.escape(stem).replace("'", "['\u2019]") + r"\w*"
    body = re.escape(word).replace("'", "['\u2019]")
    if not word.isalpha():
        return body
    if len(word) > 1 and word[-1].lower() == "y" and word[-2].lower() not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    return body + "(?:e?s)?"


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> re.Pattern:
    """The regular expression of a pattern (see the module docstring)."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise PatternError(f"empty pattern {pattern!r}")
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", pattern.strip()) if w]
    for w in words:
        if not _WORD.match(w) or w == "*" or w.strip("'*") == "":
            raise PatternError(
                f"pattern {pattern!r}: bad word {w!r} (use letters, digits, apostrophes and a final *)")
    body = _SEP.join(_word_regex(w) for w in words)
    return re.compile(rf"(?<![\w'\u2019]){body}(?![\w'\u2019])", re.IGNORECASE)


def find(pattern: str, text: str) -> list[tuple[int, int]]:
    """Character spans of the non-overlapping matches of ``pattern`` in ``text``."""
    return [m.span() for m in compile_pattern(pattern).finditer(text)]


# --------------------------------------------------------------------------
# Matching sentences, token positions, KWIC
# --------------------------------------------------------------------------

MATCH_COLUMNS = ["pattern", "sent_id", "voice", "start", "end", "token", "match", "quoted"]


def _check_sentences(sentences: pd.DataFrame, columns: Sequence[str] = ("sent_id", "voice", "text_norm")) -> None:
    missing = [c for c in columns if c not in sentences.columns]
    if missing:
        raise ValueError(f"sentence table lacks column(s) {', '.join(missing)}")


def _quote_test(sent_id, text: str, text_norm: str):
    """A function telling whether a span of ``text_norm`` is quoted.

    Quotedness comes from the original sentence ``text``, whose curly marks
    say which way they face (:func:`framing.article.extract_quotes`); a span
    of the cleaned ``text_norm`` is mapped back to ``text`` first."""
    norm = normalise(text)
    if norm.text != text_norm:
        raise ValueError(f"sentence {sent_id}: text_norm is not the cleaned text of its text")
    quotes = [(q.start, q.end) for q in extract_quotes(text, [(0, len(text))])]

    def quoted(start: int, end: int) -> bool:
        a, b = norm.span_in_original(start, end)
        return any(qa <= a and b <= qb for qa, qb in quotes)

    return quoted


def _matches(sentences: pd.DataFrame, patterns: Iterable[str]) -> tuple[pd.DataFrame, dict]:
    """The match table and, for each sentence with a match, the character
    spans of its tokens (computed once per sentence)."""
    _check_sentences(sentences, ("sent_id", "voice", "text", "text_norm"))
    patterns = list(dict.fromkeys(patterns))
    rows = []
    spans_of: dict = {}
    for s in sentences.itertuples(index=False):
        spans = quoted = None
        for p in patterns:
            for a, b in find(p, s.text_norm):
                if spans is None:
                    spans = spans_of[s.sent_id] = [(ta, tb) for ta, tb, _ in token_spans(s.text_norm)]
                    quoted = _quote_test(s.sent_id, s.text, s.text_norm)
                tok = next(i for i, (ta, tb) in enumerate(spans) if tb > a)
                rows.append((p, s.sent_id, s.voice, a, b, tok, s.text_norm[a:b], quoted(a, b)))
    return pd.DataFrame(rows, columns=MATCH_COLUMNS), spans_of


def match_table(sentences: pd.DataFrame, patterns: Iterable[str]) -> pd.DataFrame:
    """Every match of every pattern in every sentence.

    Columns: pattern, sent_id, voice, start, end (characters of ``text_norm``),
    token (index of the first token of the match within its sentence),
    match (the matched text) and quoted (inside quotation marks of the
    original ``text``, as :func:`framing.article.extract_quotes` finds them:
    an unclosed quote runs to the end of its sentence, a closing mark without
    an opener back to the previous closing mark or the sentence start)."""
    return _matches(sentences, patterns)[0]


def kwic(sentences: pd.DataFrame, terms: Iterable[str], window: int = 6) -> pd.DataFrame:
    """Keyword in context: one row per match, with up to ``window`` tokens of
    the same sentence on each side (``KWIC_COLUMNS``)."""
    if window < 0:
        raise ValueError(f"window must be >= 0, not {window}")
    terms = list(terms)
    m, spans_of = _matches(sentences, terms)
    texts = dict(zip(sentences["sent_id"], sentences["text_norm"]))
    rows = []
    for r in m.itertuples(index=False):
        text, spans = texts[r.sent_id], spans_of[r.sent_id]
        left_toks = [sp for sp in spans if sp[1] <= r.start][-window:] if window else []
        right_toks = [sp for sp in spans if sp[0] >= r.end][:window] if window else []
        left = text[left_toks[0][0]:r.start].strip() if left_toks else ""
        right = text[r.end:right_toks[-1][1]].strip() if right_toks else ""
        rows.append((r.pattern, r.sent_id, r.voice, left, r.match, right))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    order = {t: i for i, t in enumerate(terms)}
    out["_o"] = out["term"].map(order)
    return out.sort_values(["_o", "sent_id"], kind="stable").drop(columns="_o").reset_index(drop=True)


def read_kwic(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``kwic.csv`` and check its schema: exact columns, known voices,
    and every node matched by its term."""
    path = Path(path or paths.DERIVED / "kwic.csv")
    df = read_derived(path, KWIC_COLUMNS, "04-find-keywords.ipynb",
                      dtype={"left": str, "node": str, "right": str, "term": str})
    bad = sorted(set(df["voice"]) - set(VOICES))
    if bad:
        raise AnnotationError(f"{path}: unknown voice {bad[0]!r}")
    for i, r in enumerate(df.itertuples(index=False)):
        if not compile_pattern(r.term).fullmatch(r.node):
            raise AnnotationError(f"{path}: row {i + 2}: node {r.node!r} is not matched by term {r.term!r}")
    return df


# --------------------------------------------------------------------------
# Naming
# --------------------------------------------------------------------------

NAMING_TARGETS = {
    "war": "The war in Ukraine.",
    "west": "The West and its measures (sanctions, pressure, interference).",
    "territories": "Taiwan, Xinjiang and Hong Kong.",
}
EXPECTED = {
    "present": "The pattern is expected to match at least one sentence of the article.",
    "absent": "A naming usual in this discourse that the article does not use; the justification says why it is listed.",
}
NAMING_COLUMNS = ["target", "naming", "pattern", "strategy", "expected", "justification"]


def _check_patterns(df: pd.DataFrame, path: Path) -> None:
    for i, p in enumerate(df["pattern"]):
        try:
            compile_pattern(p)
        except PatternError as err:
            raise AnnotationError(f"{path}: row {i + 2}: {err}") from None


def read_naming(path: str | Path | None = None) -> pd.DataFrame:
    """The naming patterns (``data/naming.csv``), checked."""
    path = Path(path or paths.DATA / "naming.csv")
    df = read_annotations(path, NAMING_COLUMNS, allowed={"target": NAMING_TARGETS, "expected": EXPECTED})
    _check_patterns(df, path)
    dup = df.index[df["pattern"].duplicated()]
    if len(dup):
        raise AnnotationError(f"{path}: duplicate pattern {df.at[dup[0], 'pattern']!r} in row {dup[0] + 2}")
    dup = df.index[df["naming"].duplicated()]
    if len(dup):
        raise AnnotationError(f"{path}: duplicate naming {df.at[dup[0], 'naming']!r} in row {dup[0] + 2}")
    return df


def drop_overlaps(matches: pd.DataFrame, group: str) -> pd.DataFrame:
    """Within one sentence and one ``group``, keep the longer of two
    overlapping matches (the earlier row on a tie)."""
    keep = []
    for _, g in matches.groupby(["sent_id", group], sort=False):
        chosen: list[tuple[int, int, int]] = []
        order = sorted(g.index, key=lambda i: (-(g.at[i, "end"] - g.at[i, "start"]), i))
        for i in order:
            a, b = g.at[i, "start"], g.at[i, "end"]
            if all(b <= ca or a >= cb for ca, cb, _ in chosen):
                chosen.append((a, b, i))
        keep.extend(i for _, _, i in chosen)
    return matches.loc[sorted(keep)]


def match_namings(sentences: pd.DataFrame, naming: pd.DataFrame) -> pd.DataFrame:
    """Occurrences of the namings: target, naming, strategy, sent_id, voice,
    match, quoted, token, start, end. Overlapping matches of one target are
    resolved in favour of the longer naming."""
    if naming["pattern"].duplicated().any():
        raise ValueError("a naming pattern appears twice")
    m = match_table(sentences, naming["pattern"])
    m = m.merge(naming[["pattern", "target", "naming", "strategy"]], on="pattern", how="left")
    m = drop_overlaps(m.reset_index(drop=True), "target")
    cols = ["target", "naming", "strategy", "sent_id", "voice", "match", "quoted", "token", "start", "end"]
    return m[cols].sort_values(["sent_id", "start"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# Frame codebook and hand coding
# --------------------------------------------------------------------------

ENTMAN_FUNCTIONS = {
    "problem_definition": "What an actor is doing, with what costs and benefits; what the problem is.",
    "causal_interpretation": "Who or what causes the problem.",
    "moral_evaluation": "Judgement of the causes and their effects.",
    "treatment_recommendation": "What should be done, and what effects to expect.",
}
# Boydstun, Card, Gross, Resnik and Smith (2014), Policy Frames Codebook: the 15 dimensions.
POLICY_FRAMES = (
    "economic", "capacity_and_resources", "morality", "fairness_and_equality",
    "legality_constitutionality_jurisprudence", "policy_prescription_and_evaluation",
    "crime_and_punishment", "security_and_defense", "health_and_safety", "quality_of_life",
    "cultural_identity", "public_opinion", "political", "external_regulation_and_reputation", "other",
)
FRAME_COLUMNS = ["frame", "label", "definition", "entman", "policy_frames", "example_sent_id", "justification"]
INDICATOR_COLUMNS = ["frame", "pattern", "expected", "justification"]
CODING_COLUMNS = ["sent_id", "frame", "justification"]
NO_FRAME = "none"


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def read_frames(path: str | Path | None = None, valid_ids: Iterable[int] | None = None) -> pd.DataFrame:
    """The frame codebook (``data/frames.csv``), one row per frame, checked."""
    path = Path(path or paths.DATA / "frames.csv")
    df = read_annotations(path, FRAME_COLUMNS, valid_ids=valid_ids, id_column="example_sent_id", unique_ids=False)
    dup = df.index[df["frame"].duplicated()]
    if len(dup):
        raise AnnotationError(f"{path}: duplicate frame {df.at[dup[0], 'frame']!r} in row {dup[0] + 2}")
    for i, r in df.iterrows():
        if not re.fullmatch(r"[a-z][a-z_]*", r["frame"]) or r["frame"] == NO_FRAME:
            raise AnnotationError(f"{path}: frame name {r['frame']!r} in row {i + 2} must be snake_case and not {NO_FRAME!r}")
        for col, labels in (("entman", ENTMAN_FUNCTIONS), ("policy_frames", POLICY_FRAMES)):
            for label in _split(r[col]):
                if label not in labels:
                    raise AnnotationError(f"{path}: unknown {col} {label!r} in row {i + 2} "
                                          f"(allowed: {', '.join(sorted(labels))})")
    return df


def read_indicators(path: str | Path | None = None, frames: Iterable[str] | None = None) -> pd.DataFrame:
    """The frame indicators (``data/frame_indicators.csv``), one row per pattern."""
    path = Path(path or paths.DATA / "frame_indicators.csv")
    allowed = {"expected": EXPECTED}
    if frames is not None:
        allowed["frame"] = list(frames)
    df = read_annotations(path, INDICATOR_COLUMNS, allowed=allowed)
    _check_patterns(df, path)
    dup = df.index[df.duplicated(["frame", "pattern"])]
    if len(dup):
        raise AnnotationError(f"{path}: duplicate pattern {df.at[dup[0], 'pattern']!r} for frame "
                              f"{df.at[dup[0], 'frame']!r} in row {dup[0] + 2}")
    return df


def read_frame_coding(path: str | Path | None = None, frames: Iterable[str] | None = None,
                      valid_ids: Iterable[int] | None = None) -> pd.DataFrame:
    """The hand coding (``data/frame_coding.csv``): one row per frame present
    in a sentence, or one row with frame ``none``. With ``valid_ids``, every
    one of those sentences must be coded."""
    path = Path(path or paths.DATA / "frame_coding.csv")
    allowed = {"frame": list(frames) + [NO_FRAME]} if frames is not None else None
    valid = None if valid_ids is None else list(valid_ids)
    df = read_annotations(path, CODING_COLUMNS, allowed=allowed, valid_ids=valid, unique_ids=False)
    dup = df.index[df.duplicated(["sent_id", "frame"])]
    if len(dup):
        raise AnnotationError(f"{path}: sentence {df.at[dup[0], 'sent_id']} coded twice for "
                              f"{df.at[dup[0], 'frame']!r} in row {dup[0] + 2}")
    n = df.groupby("sent_id")["frame"].transform("size")
    mixed = df.index[(df["frame"] == NO_FRAME) & (n > 1)]
    if len(mixed):
        raise AnnotationError(f"{path}: sentence {df.at[mixed[0], 'sent_id']} is coded both {NO_FRAME!r} "
                              f"and with frames (row {mixed[0] + 2})")
    if valid is not None:
        missing = sorted(set(valid) - set(df["sent_id"]))
        if missing:
            raise AnnotationError(f"{path}: sentence(s) {', '.join(map(str, missing))} not coded "
                                  f"(use frame {NO_FRAME!r} for a sentence without a frame)")
    return df


def load_codebook(frames_path=None, indicators_path=None, valid_ids=None) -> pd.DataFrame:
    """The codebook with its indicators: one row per frame, ``indicators`` the
    present patterns joined by '; ' and ``absent`` the expected-absent ones."""
    frames = read_frames(frames_path, valid_ids=valid_ids)
    ind = read_indicators(indicators_path, frames=frames["frame"])
    missing = sorted(set(frames["frame"]) - set(ind.loc[ind["expected"] == "present", "frame"]))
    if missing:
        path = indicators_path or paths.DATA / "frame_indicators.csv"
        raise AnnotationError(f"{path}: frame {missing[0]!r} has no indicator expected present")
    joined = (ind.groupby(["frame", "expected"], sort=False)["pattern"].agg("; ".join)
              .unstack(fill_value="").reindex(columns=list(EXPECTED), fill_value=""))
    out = frames.merge(joined, left_on="frame", right_index=True, how="left").fillna("")
    return out.rename(columns={"present": "indicators"})


# --------------------------------------------------------------------------
# Detection and validation
# --------------------------------------------------------------------------

def detect_frames(sentences: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Dictionary hits: one row per (frame, indicator match) with sent_id,
    voice, pattern, match, quoted, token, start and end."""
    m = match_table(sentences, indicators["pattern"])
    m = m.merge(indicators[["frame", "pattern"]], on="pattern")
    cols = ["sent_id", "voice", "frame", "pattern", "match", "quoted", "token", "start", "end"]
    return m[cols].sort_values(["sent_id", "frame", "start"], kind="stable").reset_index(drop=True)


def frames_by_sentence(sentences: pd.DataFrame, frames: Sequence[str], hits: pd.DataFrame,
                       coding: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and frame: ``matched`` (dictionary) and
    ``hand_coded`` (hand coding), in the order of ``FRAMES_BY_SENTENCE_COLUMNS``."""
    _check_sentences(sentences)
    unknown = sorted(set(coding["sent_id"]) - set(sentences["sent_id"]))
    if unknown:
        raise ValueError(f"hand coding names sentence(s) not in the table: {unknown}")
    grid = pd.DataFrame([(s.sent_id, s.voice, f) for s in sentences.itertuples(index=False) for f in frames],
                        columns=["sent_id", "voice", "frame"])
    hit = set(zip(hits["sent_id"], hits["frame"]))
    coded = set(zip(coding["sent_id"], coding["frame"]))
    grid["matched"] = [(s, f) in hit for s, f in zip(grid["sent_id"], grid["frame"])]
    grid["hand_coded"] = [(s, f) in coded for s, f in zip(grid["sent_id"], grid["frame"])]
    return grid[FRAMES_BY_SENTENCE_COLUMNS]


def read_frames_by_sentence(path: str | Path | None = None, frames: Iterable[str] | None = None) -> pd.DataFrame:
    """Read ``frames_by_sentence.csv`` and check its schema."""
    path = Path(path or paths.DERIVED / "frames_by_sentence.csv")
    df = read_derived(path, FRAMES_BY_SENTENCE_COLUMNS, "05-code-frames.ipynb")
    for col in ("matched", "hand_coded"):
        if df[col].dtype != bool:
            raise AnnotationError(f"{path}: column {col} is not True/False")
    bad = sorted(set(df["voice"]) - set(VOICES))
    if bad:
        raise AnnotationError(f"{path}: unknown voice {bad[0]!r}")
    if frames is not None:
        bad = sorted(set(df["frame"]) - set(frames))
        if bad:
            raise AnnotationError(f"{path}: unknown frame {bad[0]!r}")
    if df.duplicated(["sent_id", "frame"]).any():
        raise AnnotationError(f"{path}: a (sent_id, frame) pair appears twice")
    return df


def evaluate(fbs: pd.DataFrame, frames: Sequence[str] | None = None) -> pd.DataFrame:
    """Per-frame precision, recall and F1 of ``matched`` against ``hand_coded``,
    with a micro-average row ``all frames`` (counts pooled over frames)."""
    frames = list(frames) if frames is not None else list(dict.fromkeys(fbs["frame"]))
    rows = [{"frame": f, **precision_recall_f1(g["hand_coded"], g["matched"])}
            for f in frames for g in [fbs[fbs["frame"] == f]]]
    rows.append({"frame": "all frames", **precision_recall_f1(fbs["hand_coded"], fbs["matched"])})
    return pd.DataFrame(rows).set_index("frame")


def single_matches(hits: pd.DataFrame, indicators: pd.DataFrame, coding: pd.DataFrame) -> pd.DataFrame:
    """The indicators of ``indicators`` that match exactly one sentence: one row
    each (sent_id, frame, pattern, in the order of ``hits``) with ``confirmed``,
    True when the hand coding gives that sentence the indicator's frame."""
    key = ["frame", "pattern"]
    for name, table, cols in (("hits", hits, ["sent_id", *key]), ("indicators", indicators, key),
                              ("coding", coding, ["sent_id", "frame"])):
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise ValueError(f"single_matches: {name} lacks column(s) {missing}")
    pairs = hits[["sent_id", *key]].drop_duplicates().merge(indicators[key].drop_duplicates(), on=key)
    single = pairs.drop_duplicates(key, keep=False).reset_index(drop=True)
    coded = set(zip(coding["sent_id"], coding["frame"]))
    single["confirmed"] = [(s, f) in coded for s, f in zip(single["sent_id"], single["frame"])]
    return single


def disagreements(fbs: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """Every miss (hand-coded, not matched) and false hit (matched, not
    hand-coded), with the indicator words that fired."""
    err = fbs[fbs["matched"] != fbs["hand_coded"]].copy()
    err["error"] = err["matched"].map({True: "false hit", False: "miss"})
    words = hits.groupby(["sent_id", "frame"])["match"].agg(lambda s: ", ".join(dict.fromkeys(s.str.lower())))
    err["fired"] = [words.get((s, f), "") for s, f in zip(err["sent_id"], err["frame"])]
    return err[["sent_id", "voice", "frame", "error", "fired"]].reset_index(drop=True)


def removal_cost(fbs: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """What deleting the indicators behind each false hit would cost.

    One row per false hit (matched, not hand-coded): ``patterns``, the
    indicators of that frame that fired in the sentence ('; '-joined), and
    ``lost``, the correct hits of the same frame (matched and hand-coded
    sentences) that would become misses because only those patterns fire
    there ('; '-joined sentence ids, '' if none); ``n_lost`` counts them."""
    missing = [c for c in ("sent_id", "frame", "pattern") if c not in hits.columns]
    if missing:
        raise ValueError(f"hits table lacks column(s) {', '.join(missing)}")
    fired = {k: frozenset(g) for k, g in hits.groupby(["sent_id", "frame"])["pattern"]}
    correct = fbs[fbs["matched"] & fbs["hand_coded"]]
    rows = []
    for r in fbs[fbs["matched"] & ~fbs["hand_coded"]].itertuples(index=False):
        pats = fired.get((r.sent_id, r.frame), frozenset())
        lost = [int(s) for s in correct.loc[correct["frame"] == r.frame, "sent_id"]
                if fired.get((s, r.frame), frozenset()) <= pats]
        rows.append((r.sent_id, r.voice, r.frame, "; ".join(sorted(pats)), "; ".join(map(str, lost)), len(lost)))
    return pd.DataFrame(rows, columns=["sent_id", "voice", "frame", "patterns", "lost", "n_lost"])


def pattern_coverage(sentences: pd.DataFrame, table: pd.DataFrame, key: Sequence[str]) -> pd.DataFrame:
    """For each row of a pattern table (naming or indicators): how many
    sentences its pattern matches, beside ``expected``."""
    m = match_table(sentences, table["pattern"])
    n = m.groupby("pattern")["sent_id"].nunique()
    out = table[list(key) + ["pattern", "expected"]].copy()
    out["sentences"] = out["pattern"].map(n).fillna(0).astype(int)
    out["ok"] = (out["expected"] == "present") == (out["sentences"] > 0)
    return out


# --------------------------------------------------------------------------
# Collocations and dispersion
# --------------------------------------------------------------------------

def bigram_table(documents: Sequence[Sequence[str]], min_freq: int = 1,
                 stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """Bigrams within each document (sentence) with their frequency, NLTK's
    log-likelihood ratio and PMI; bigrams seen fewer than ``min_freq`` times
    or containing a stop word are dropped. Sorted by log-likelihood."""
    if min_freq < 1:
        raise ValueError(f"min_freq must be >= 1, not {min_freq}")
    stops = frozenset(stopwords)
    finder = BigramCollocationFinder.from_documents([list(d) for d in documents])
    finder.apply_freq_filter(min_freq)
    finder.apply_word_filter(lambda w: w in stops)
    m = BigramAssocMeasures()
    llr = dict(finder.score_ngrams(m.likelihood_ratio))
    pmi = dict(finder.score_ngrams(m.pmi))
    rows = [(a, b, finder.ngram_fd[(a, b)], llr[(a, b)], pmi[(a, b)]) for (a, b) in llr]
    df = pd.DataFrame(rows, columns=["w1", "w2", "freq", "log_likelihood", "pmi"])
    return df.sort_values(["log_likelihood", "w1", "w2"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)


def sentence_offsets(tokens: pd.DataFrame | None = None) -> pd.Series:
    """Global token position of each sentence's first token (sent_id index),
    counting the tokens of ``tokens.csv`` from the start of the article."""
    tokens = read_tokens() if tokens is None else tokens
    sizes = tokens.groupby("sent_id", sort=True)["position"].size()
    return sizes.cumsum() - sizes


def dispersion(matches: pd.DataFrame, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add ``position``, the global token position of each match, to a table
    from :func:`match_table`, :func:`detect_frames` or :func:`match_namings`."""
    off = sentence_offsets(tokens)
    unknown = sorted(set(matches["sent_id"]) - set(off.index))
    if unknown:
        raise ValueError(f"sentence(s) {unknown} have no tokens in the token table")
    out = matches.copy()
    out["position"] = out["sent_id"].map(off) + out["token"]
    return out


# --------------------------------------------------------------------------
# Small views for the notebook
# --------------------------------------------------------------------------

def concordance(k: pd.DataFrame, width: int = 40) -> list[str]:
    """KWIC rows as aligned text lines: sentence id, left context right-aligned,
    the node in brackets, right context (each context cut to ``width``)."""
    if width < 1:
        raise ValueError(f"width must be >= 1, not {width}")
    return [f"{r.sent_id:>3}  {r.left[-width:]:>{width}} [{r.node}] {r.right[:width]}"
            for r in k.itertuples(index=False)]


def frame_voice_counts(fbs: pd.DataFrame, column: str, voices: Sequence[str] | None = None) -> pd.DataFrame:
    """Number of sentences of each voice (columns) in which each frame (rows)
    is ``column`` (``matched`` or ``hand_coded``)."""
    if column not in ("matched", "hand_coded"):
        raise ValueError(f"column must be 'matched' or 'hand_coded', not {column!r}")
    frames = list(dict.fromkeys(fbs["frame"]))
    voices = list(voices) if voices is not None else sorted(set(fbs["voice"]))
    t = fbs[fbs[column]].groupby(["frame", "voice"]).size().unstack(fill_value=0)
    return t.reindex(index=frames, columns=voices, fill_value=0).astype(int)
