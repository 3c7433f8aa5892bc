"""Sentence sentiment with VADER, explained word by word, and its uncertainty.

* :func:`analyzer` is NLTK's ``SentimentIntensityAnalyzer`` (lexicon set up
  offline by :mod:`framing.resources`); :func:`reference_analyzer` is the
  reference implementation from the ``vaderSentiment`` package.
* :func:`explain` re-traces NLTK's scoring of one text and reports which
  lexicon words fired, with their valences and the rules that changed them
  (caps, boosters, negation, 'least', idioms, 'but', punctuation emphasis).
  Its valences reproduce NLTK's scores exactly (tested).
* :func:`compare_with_reference` lists every word whose valence differs
  between NLTK and vaderSentiment, with the cause.
* :func:`label` applies VADER's documented thresholds (compound >= 0.05
  positive, <= -0.05 negative, otherwise neutral).
* :func:`bootstrap_ci` is a seeded percentile bootstrap of a mean
  (agreement measures live in :mod:`framing.agreement`); :func:`t_ci` is the classical t-interval, for comparison.
* :func:`build_sentiment` / :func:`read_sentiment` write and check
  ``data/derived/sentiment.csv``.
"""
from __future__ import annotations

import copy
import math
import string
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from math import comb
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from . import paths
from .agreement import LEVEL, N_BOOT, SEED, BootstrapCI, check_settings
from .annotations import AnnotationError, read_annotations, read_derived
from .article import extract_quotes, normalise_text
from .corpus import analysed
from .resources import ResourceError, nltk_vader

THRESHOLD = 0.05
LABELS = ("positive", "neutral", "negative")
SENTIMENT_COLUMNS = ["sent_id", "voice", "neg", "neu", "pos", "compound", "ref_compound", "label", "hand_tone"]
TONE_COLUMNS = ["sent_id", "hand_tone", "justification"]
EXPLANATION_COLUMNS = ["position", "token", "lexicon", "valence", "rules"]
DECIMALS = 4
WRITTEN_BY = "07-validate-sentiment.ipynb"
MIN_N_INTERVAL = 3  # no interval for a group of fewer sentences


# --------------------------------------------------------------------------
# Analysers
# --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def analyzer():
    """NLTK's VADER analyser (one shared instance)."""
    return nltk_vader()


@lru_cache(maxsize=1)
def reference_analyzer():
    """The reference VADER implementation (``vaderSentiment`` package)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        raise ResourceError("vaderSentiment is not installed: run `pip install -r requirements.txt`") from None
    return SentimentIntensityAnalyzer()


def raw_ratings(path: str | Path | None = None) -> dict[str, list[int]]:
    """The individual human ratings behind each lexicon entry, read from the
    lexicon file shipped in vaderSentiment (tab-separated: token, mean,
    standard deviation, list of ratings from -4 to +4)."""
    import json

    from .resources import vader_source

    path = Path(path or vader_source())
    out: dict[str, list[int]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            ratings = json.loads(parts[3])
            if not isinstance(ratings, list) or not all(isinstance(r, int) for r in ratings):
                raise ValueError
        except (IndexError, ValueError):
            raise ValueError(f"{path}: line {n} has no list of ratings in its fourth column") from None
        out[parts[0]] = ratings
    return out


def score(text: str, vader=None) -> dict[str, float]:
    """neg, neu, pos and compound of one text (NLTK's analyser by default)."""
    if not isinstance(text, str):
        raise TypeError(f"score: expected a string, got {type(text).__name__}")
    return (vader or analyzer()).polarity_scores(text)


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------

def label(compound: float, threshold: float = THRESHOLD) -> str:
    """VADER's label for a compound score: ``positive`` if compound >=
    threshold, ``negative`` if compound <= -threshold, else ``neutral``."""
    if isinstance(compound, bool) or not isinstance(compound, (int, float, np.number)):
        raise TypeError(f"label: compound must be a number, got {compound!r}")
    if not -1.0 <= float(compound) <= 1.0:  # also rejects NaN
        raise ValueError(f"label: compound {compound!r} is outside [-1, 1]")
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"label: threshold {threshold!r} must be between 0 and 1")
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


def labels(compounds: Iterable[float], threshold: float = THRESHOLD) -> list[str]:
    return [label(float(c), threshold) for c in compounds]


# --------------------------------------------------------------------------
# Explaining NLTK's scores
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Explanation:
    """How NLTK's VADER scored one text.

    ``tokens`` are VADER's tokens, ``valences`` the value each contributes
    (0 for words outside the lexicon), ``words`` one row per lexicon word
    that fired (columns :data:`EXPLANATION_COLUMNS`), ``punctuation`` the
    emphasis added for '!' and '?' (with the sign of the sum).
    """

    text: str
    tokens: tuple[str, ...]
    valences: tuple[float, ...]
    words: pd.DataFrame = field(repr=False)
    punctuation: float

    @property
    def total(self) -> float:
        """Sum of the valences plus punctuation emphasis: the raw score."""
        return sum(self.valences) + self.punctuation

    @property
    def compound(self) -> float:
        """The raw score squashed into [-1, 1]: x / sqrt(x^2 + 15)."""
        return normalize(self.total)


def normalize(x: float, alpha: float = 15.0) -> float:
    """VADER's normalisation of a raw score into (-1, 1)."""
    return x / math.sqrt(x * x + alpha)


def _tokens(text: str, vader) -> tuple[list[str], bool]:
    from nltk.sentiment.vader import SentiText

    c = vader.constants
    st = SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION)
    return st.words_and_emoticons, st.is_cap_diff


def _idiom_rule(words: list[str], i: int, before: float, after: float, decr: float) -> str:
    """Name the change made by NLTK's idiom check: a 'kind of'/'sort of'
    dampener before the word, or a special-case idiom that sets the value."""
    if math.isclose(after - before, decr):
        pair = next((f"{words[a]} {words[a + 1]}" for a in (i - 3, i - 2)
                     if f"{words[a]} {words[a + 1]}".lower() in ("kind of", "sort of", "just enough")), "kind of")
        return f"dampener {pair!r} {decr:+.3f}"
    return f"idiom: valence set to {after:+.3f}"


def explain(text: str, vader=None) -> Explanation:
    """Re-trace NLTK's ``polarity_scores`` on ``text``, recording each rule.

    The valences are computed with NLTK's own helper methods in NLTK's
    order, so ``vader.score_valence(list(e.valences), text)`` equals
    ``vader.polarity_scores(text)``. Note one NLTK quirk the rules column
    shows: a repeated token is scored in the context of its *first*
    occurrence.
    """
    if not isinstance(text, str):
        raise TypeError(f"explain: expected a string, got {type(text).__name__}")
    vader = vader or analyzer()
    c = vader.constants
    lex = vader.lexicon
    words, cap_diff = _tokens(text, vader)
    lower = [w.lower() for w in words]
    first: dict[str, int] = {}
    for k, w in enumerate(words):
        first.setdefault(w, k)

    valences: list[float] = []
    rows: list[dict] = []
    for pos, item in enumerate(words):
        i = first[item]
        low = item.lower()
        if (i < len(words) - 1 and low == "kind" and lower[i + 1] == "of") or low in c.BOOSTER_DICT:
            valences.append(0.0)
            continue
        if low not in lex:
            valences.append(0.0)
            continue
        base = lex[low]
        v = base
        rules: list[str] = []
        if i != pos:
            rules.append(f"repeat of token {i} (its context reused)")
        if item.isupper() and cap_diff:
            step = c.C_INCR if v > 0 else -c.C_INCR
            v += step
            rules.append(f"ALL CAPS {step:+.3f}")
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and lower[j] not in lex:
                s = c.scalar_inc_dec(words[j], v, cap_diff)
                if start_i == 1 and s != 0:
                    s *= 0.95
                if start_i == 2 and s != 0:
                    s *= 0.9
                if s != 0:
                    rules.append(f"{'booster' if s * v > 0 else 'dampener'} {words[j]!r} {s:+.3f}")
                v += s
                before = v
                v = vader._never_check(v, words, start_i, i)
                if v != before:
                    factor = v / before
                    if math.isclose(factor, c.N_SCALAR):
                        rules.append(f"negation {words[j]!r} x{c.N_SCALAR:g}")
                    else:
                        rules.append(f"'so'/'this' emphasis x{factor:g}")
                if start_i == 2:
                    before = v
                    v = vader._idioms_check(v, words, i)
                    if v != before:
                        rules.append(_idiom_rule(words, i, before, v, c.B_DECR))
        before = v
        v = vader._least_check(v, words, i)
        if v != before:
            rules.append(f"negation 'least' x{c.N_SCALAR:g}")
        valences.append(v)
        rows.append({"position": pos, "token": item, "lexicon": base, "valence": v, "rules": rules})

    if "but" in lower:
        bi = lower.index("but")
        for k in range(len(valences)):
            if k != bi:
                valences[k] *= 0.5 if k < bi else 1.5
        for row in rows:
            if row["position"] < bi:
                row["valence"] *= 0.5
                row["rules"].append("before 'but' x0.5")
            elif row["position"] > bi:
                row["valence"] *= 1.5
                row["rules"].append("after 'but' x1.5")

    punctuation = 0.0
    raw = sum(valences)
    if valences and raw != 0:
        amp = vader._punctuation_emphasis(raw, text)
        punctuation = amp if raw > 0 else -amp

    for row in rows:
        row["rules"] = "; ".join(row["rules"])
    table = pd.DataFrame(rows, columns=EXPLANATION_COLUMNS)
    return Explanation(text, tuple(words), tuple(valences), table, punctuation)


def explanation_table(sentences: pd.DataFrame, column: str = "text_norm", vader=None) -> pd.DataFrame:
    """One row per lexicon word that fired in each sentence (plus one row
    for punctuation emphasis where '!' or '?' added any), with ``sent_id``
    and ``voice``. Per sentence, ``valence`` sums to the raw score whose
    normalisation is the compound score."""
    missing = [c for c in ("sent_id", "voice", column) if c not in sentences.columns]
    if missing:
        raise KeyError(f"explanation_table: missing column(s) {', '.join(missing)}")
    parts = []
    for s in sentences.itertuples(index=False):
        e = explain(getattr(s, column), vader)
        words = e.words.copy()
        if e.punctuation:
            words.loc[len(words)] = {"position": len(e.tokens), "token": "!/?", "lexicon": np.nan,
                                     "valence": e.punctuation, "rules": "punctuation emphasis"}
        words.insert(0, "voice", s.voice)
        words.insert(0, "sent_id", s.sent_id)
        parts.append(words)
    cols = ["sent_id", "voice"] + EXPLANATION_COLUMNS
    parts = [p for p in parts if not p.empty]
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols]


FIRED_COLUMNS = EXPLANATION_COLUMNS + ["context"]


def fired_words(texts: pd.Series | Sequence[str], width: int = 3, vader=None) -> pd.DataFrame:
    """One row per lexicon word that fired in each of ``texts``, with up to
    ``width`` of VADER's tokens on either side (``context``), so that a
    reader can judge the sense in which the word was used.

    The first column identifies the text: the Series' index (named after
    the index, e.g. ``sent_id``), or for a list the text's number from 0
    (named ``text``)."""
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or width < 0:
        raise ValueError(f"fired_words: width must be a whole number >= 0, got {width!r}")
    if isinstance(texts, str):
        raise TypeError("fired_words: expected several texts (a list or a Series), got one string")
    series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    key = series.index.name if isinstance(texts, pd.Series) and series.index.name else "text"
    parts = []
    for ident, text in series.items():
        e = explain(text, vader)
        if e.words.empty:
            continue
        words = e.words.copy()
        words["context"] = [" ".join(e.tokens[max(0, p - width):p + width + 1]) for p in words["position"]]
        words.insert(0, key, ident)
        parts.append(words)
    if not parts:
        return pd.DataFrame(columns=[key] + FIRED_COLUMNS)
    return pd.concat(parts, ignore_index=True)[[key] + FIRED_COLUMNS]


def dominant_words(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The words with the largest total valence (in absolute value) in an
    explanation table: how often each fired and what it contributed."""
    if n < 1:
        raise ValueError(f"dominant_words: n must be at least 1, got {n}")
    words = table[table["token"] != "!/?"].assign(word=lambda d: d["token"].str.lower())
    out = (words.groupby("word")
           .agg(times=("valence", "size"), lexicon=("lexicon", "first"), total=("valence", "sum"),
                sentences=("sent_id", lambda s: ", ".join(map(str, sorted(set(s))))))
           .reset_index())
    out["share"] = out["total"].abs() / out["total"].abs().sum()
    out = out.assign(key=out["total"].abs()).sort_values(["key", "word"], ascending=[False, True])
    return out.drop(columns="key").head(n).reset_index(drop=True)


RULE_KINDS = {
    "negation": "negation",
    "booster": "booster",
    "dampener": "dampener",
    "'but'": "'but'",
    "ALL CAPS": "ALL CAPS",
    "punctuation emphasis": "punctuation",
    "idiom": "idiom",
    "'so'/'this'": "'so'/'this' emphasis",
    "repeat of token": "repeated word",
}


def rule_counts(table: pd.DataFrame) -> pd.Series:
    """How many rows of an explanation table each kind of rule touched
    (every kind listed, zeros included)."""
    counts = {name: int(table["rules"].str.contains(key, regex=False).sum()) for key, name in RULE_KINDS.items()}
    return pd.Series(counts, name="words affected")


def summarise_explanations(table: pd.DataFrame, decimals: int = 1) -> pd.DataFrame:
    """One row per sentence: the words that fired with their valences
    ("war -2.9") and the rules applied, for compact display."""
    def words(d: pd.DataFrame) -> str:
        return ", ".join(f"{t} {v:+.{decimals}f}" for t, v in zip(d["token"], d["valence"]))

    def rules(d: pd.DataFrame) -> str:
        return "; ".join(f"{t}: {r}" for t, r in zip(d["token"], d["rules"]) if r)

    rows = [{"sent_id": sid, "words (valence)": words(d), "rules": rules(d)}
            for sid, d in table.groupby("sent_id", sort=True)]
    return pd.DataFrame(rows, columns=["sent_id", "words (valence)", "rules"])


def with_lexicon(changes: Mapping[str, float | None], vader=None):
    """A copy of an analyser whose lexicon has some words re-valued (a number)
    or removed (None); the shared analyser is left unchanged."""
    base = vader or analyzer()
    lexicon = dict(base.lexicon)
    for word, value in changes.items():
        key = word.lower()
        if value is None:
            if key not in lexicon:
                raise ValueError(f"with_lexicon: {word!r} is not in the lexicon")
            del lexicon[key]
        else:
            if not -4 <= float(value) <= 4:
                raise ValueError(f"with_lexicon: valence {value!r} for {word!r} is outside [-4, 4]")
            lexicon[key] = float(value)
    new = copy.copy(base)
    new.lexicon = lexicon
    return new


def _letters(token: str) -> str:
    """A token without leading or trailing punctuation of any script."""
    def is_punct(ch: str) -> bool:
        return unicodedata.category(ch).startswith("P") or ch in string.punctuation

    s, e = 0, len(token)
    while s < e and is_punct(token[s]):
        s += 1
    while e > s and is_punct(token[e - 1]):
        e -= 1
    return token[s:e]


def hidden_words(text: str, vader=None) -> list[str]:
    """VADER tokens that miss the lexicon only because punctuation is still
    attached (curly quotes, or two marks such as '".'): the lexicon knows
    the bare word, but VADER never looks it up."""
    vader = vader or analyzer()
    words, _ = _tokens(text, vader)
    return [w for w in words if w.lower() not in vader.lexicon and _letters(w).lower() in vader.lexicon
            and w.lower() not in vader.constants.BOOSTER_DICT]


# --------------------------------------------------------------------------
# The reference implementation
# --------------------------------------------------------------------------

def reference_valences(text: str, reference=None) -> list[tuple[str, float]]:
    """(token, valence) pairs as vaderSentiment computes them, using its own
    methods in its own order (texts with emoji are not supported)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    reference = reference or reference_analyzer()
    emoji = sorted({ch for ch in text if ch in reference.emojis})
    if emoji:
        raise ValueError(f"reference_valences: text contains emoji {''.join(emoji)!r}, which are not supported")
    text = text.strip()
    st = SentiText(text)
    words = st.words_and_emoticons
    sentiments: list[float] = []
    for i, item in enumerate(words):
        low = item.lower()
        if low in BOOSTER_DICT or (i < len(words) - 1 and low == "kind" and words[i + 1].lower() == "of"):
            sentiments.append(0)
            continue
        sentiments = reference.sentiment_valence(0, st, item, i, sentiments)
    sentiments = reference._but_check(words, sentiments)
    return [(w, float(v)) for w, v in zip(words, sentiments)]


DIFF_COLUMNS = ["word", "nltk_token", "nltk_valence", "ref_token", "ref_valence", "cause"]


def compare_with_reference(text: str, vader=None, reference=None) -> pd.DataFrame:
    """Every whitespace-separated word whose valence differs between NLTK's
    VADER and vaderSentiment, with the cause of the difference.

    The two tokenise the same ``text.split()``: NLTK drops one-character
    tokens and maps a word with one punctuation mark attached to the bare word
    (a word with two marks, such as 'challenges,"', stays whole); vaderSentiment keeps every
    token and strips all surrounding punctuation (unless that leaves two
    letters or fewer). Causes, first match wins: one-letter token dropped,
    punctuation stripping, 'no' as negator (vaderSentiment only), repeated
    word (NLTK scores it in its first occurrence's context), booster lists,
    the 'so'/'this' x1.25 emphasis (both implementations apply it only when
    at least three tokens precede the lexicon word, so a one-letter word
    that NLTK drops can switch it off), a one-letter word shifting the
    three-word window otherwise, the 'but' rule, otherwise 'other rule
    difference'.
    """
    from nltk.sentiment.vader import VaderConstants
    from vaderSentiment.vaderSentiment import BOOSTER_DICT as REF_BOOSTERS

    vader = vader or analyzer()
    e = explain(text, vader)
    ref = reference_valences(text, reference)
    split = text.strip().split()
    if len(ref) != len(split):
        raise ValueError("compare_with_reference: tokenisations cannot be aligned")
    kept = [k for k, w in enumerate(split) if len(w) > 1]
    if len(kept) != len(e.tokens):
        raise ValueError("compare_with_reference: tokenisations cannot be aligned")
    nltk_at = {k: n for n, k in enumerate(kept)}
    first: dict[str, int] = {}
    for n, w in enumerate(e.tokens):
        first.setdefault(w, n)
    nltk_boosters = set(VaderConstants.BOOSTER_DICT)
    rows = []
    for k, word in enumerate(split):
        n = nltk_at.get(k)
        n_tok = e.tokens[n] if n is not None else None
        n_val = e.valences[n] if n is not None else 0.0
        r_tok, r_val = ref[k]
        if math.isclose(n_val, r_val, abs_tol=1e-9):
            continue
        before = [t.lower() for t, _ in ref[max(0, k - 3):k]]
        if n_tok is None:
            cause = "one-letter token: NLTK drops it"
        elif n_tok.lower() != r_tok.lower():
            cause = f"punctuation stripping: NLTK looks up {n_tok!r}, vaderSentiment {r_tok!r}"
        elif r_tok.lower() == "no" or "no" in before:
            cause = "'no' as negator: only vaderSentiment negates the word after 'no'"
        elif first[n_tok] != n:
            cause = "repeated word: NLTK scores it in the context of its first occurrence"
        elif any(b in REF_BOOSTERS and b not in nltk_boosters for b in before):
            b = next(b for b in before if b in REF_BOOSTERS and b not in nltk_boosters)
            cause = f"booster lists differ: {b!r} is a booster only in vaderSentiment"
        elif before and before[-1] in ("so", "this") and n < 3 <= k:
            cause = ("'so'/'this' x1.25 rule: it runs only when three words precede the lexicon word; "
                     "NLTK dropped a one-letter word, leaving fewer than three")
        elif any(len(t) == 1 for t, _ in ref[max(0, k - 3):k]):
            cause = "one-letter word before it: NLTK drops it, shifting the three-word window"
        elif "but" in [t.lower() for t, _ in ref]:
            cause = "'but' rule implemented differently"
        else:
            cause = "other rule difference"
        rows.append({"word": word, "nltk_token": n_tok, "nltk_valence": n_val, "ref_token": r_tok,
                     "ref_valence": r_val, "cause": cause})
    return pd.DataFrame(rows, columns=DIFF_COLUMNS)


# --------------------------------------------------------------------------
# Scope: article, paragraph, sentence, quotation
# --------------------------------------------------------------------------

SCOPES = ("article", "paragraph", "sentence", "quotation")


def scope_units(sentences: pd.DataFrame, seed_text: str) -> pd.DataFrame:
    """The body text cut four ways: the whole article (body sentences joined),
    each paragraph, each sentence, and each quoted span inside a body
    sentence (cleaned with :func:`framing.article.normalise_text`).
    Columns: scope, unit, text."""
    body = body_sentences(sentences)
    if body.empty:
        raise ValueError("scope_units: no body sentences")
    rows = [{"scope": "article", "unit": "body", "text": " ".join(body["text_norm"])}]
    for para, group in body.groupby("para_id", sort=True):
        rows.append({"scope": "paragraph", "unit": f"paragraph {para}", "text": " ".join(group["text_norm"])})
    for s in body.itertuples(index=False):
        rows.append({"scope": "sentence", "unit": f"sentence {s.sent_id}", "text": s.text_norm})
    spans = list(zip(sentences["start"], sentences["end"]))
    ids = dict(zip(zip(sentences["start"], sentences["end"]), sentences["sent_id"]))
    body_ids = set(body["sent_id"])
    for q in extract_quotes(seed_text, spans):
        if not q.text.strip():  # an empty quote may start where its sentence ends
            continue
        sid = next((ids[(s, e)] for s, e in spans if s <= q.start < e), None)
        if sid in body_ids:
            rows.append({"scope": "quotation", "unit": f"quote in sentence {sid}", "text": normalise_text(q.text)})
    return pd.DataFrame(rows, columns=["scope", "unit", "text"])


# --------------------------------------------------------------------------
# Bootstrap
# --------------------------------------------------------------------------

def _check_sample(values: Iterable[float], who: str, name: str | None = None) -> np.ndarray:
    """``values`` as a flat float array of at least 2 finite numbers, or a
    one-line ValueError naming the calling function ``who`` (and the sample
    ``name``, for functions that take two samples)."""
    what, s = ("values", "") if name is None else (f"sample {name}", "s")
    try:
        x = np.asarray(list(values), dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{who}: {what} must be numbers") from None
    if x.ndim != 1:
        raise ValueError(f"{who}: {what} must be a flat sequence of numbers")
    if x.size == 0:
        raise ValueError(f"{who}: empty sample" + ("" if name is None else f" {name}"))
    if x.size < 2:
        raise ValueError(f"{who}: need at least 2 values, got {x.size}" if name is None
                         else f"{who}: sample {name} needs at least 2 values, got {x.size}")
    if not np.isfinite(x).all():
        raise ValueError(f"{who}: {what} contain{s} NaN or infinity")
    return x


def bootstrap_ci(values: Iterable[float], n_boot: int = N_BOOT, level: float = LEVEL, seed: int = SEED) -> BootstrapCI:
    """Percentile bootstrap confidence interval for the mean of ``values``.

    Resamples with replacement ``n_boot`` times from a generator seeded with
    ``seed``, so the interval is the same on every run.
    """
    x = _check_sample(values, "bootstrap_ci")
    check_settings(n_boot, level, "bootstrap_ci")
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return BootstrapCI(float(x.mean()), float(low), float(high), int(x.size), float(level), int(n_boot))


def bootstrap_diff(a: Iterable[float], b: Iterable[float], n_boot: int = N_BOOT, level: float = LEVEL,
                   seed: int = SEED) -> BootstrapCI:
    """Percentile bootstrap interval for mean(a) - mean(b), resampling each
    group separately with one seeded generator."""
    x = _check_sample(a, "bootstrap_diff", "a")
    y = _check_sample(b, "bootstrap_diff", "b")
    check_settings(n_boot, level, "bootstrap_diff")
    rng = np.random.default_rng(seed)
    diffs = (x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
             - y[rng.integers(0, y.size, size=(n_boot, y.size))].mean(axis=1))
    tail = (1 - level) / 2
    low, high = np.quantile(diffs, [tail, 1 - tail])
    return BootstrapCI(float(x.mean() - y.mean()), float(low), float(high), int(x.size + y.size), float(level),
                       int(n_boot))


def t_ci(values: Iterable[float], level: float = LEVEL) -> BootstrapCI:
    """Classical Student-t confidence interval for a mean, for comparison with
    the bootstrap (``n_boot`` is 0: nothing is resampled). With few values it
    is much wider than the percentile bootstrap, which cannot spread further
    than the sample itself."""
    from scipy import stats

    x = _check_sample(values, "t_ci")
    check_settings(None, level, "t_ci")
    half = float(stats.t.ppf(1 - (1 - level) / 2, x.size - 1) * x.std(ddof=1) / math.sqrt(x.size))
    m = float(x.mean())
    return BootstrapCI(m, m - half, m + half, int(x.size), float(level), 0)


def distinct_resamples(n: int) -> int:
    """How many different bootstrap samples (multisets of size n drawn from
    n values) exist: C(2n - 1, n). For n = 2 there are only 3."""
    if n < 1:
        raise ValueError(f"distinct_resamples: n must be at least 1, got {n}")
    return comb(2 * n - 1, n)


def group_ci(df: pd.DataFrame, value: str = "compound", group: str = "voice", order: Sequence[str] | None = None,
             min_n: int = MIN_N_INTERVAL, **kwargs) -> pd.DataFrame:
    """Mean and bootstrap CI of ``value`` per ``group`` (each with the same
    seed). Groups with fewer than ``min_n`` rows get NaN bounds: two values
    have only three distinct resamples, so their "interval" is their range."""
    if isinstance(min_n, bool) or not isinstance(min_n, (int, np.integer)) or min_n < 2:
        raise ValueError(f"group_ci: min_n must be an integer >= 2, got {min_n!r}")
    rows = []
    groups = list(order) if order is not None else sorted(df[group].unique())
    for g in groups:
        vals = df.loc[df[group] == g, value]
        if vals.empty:
            continue
        if len(vals) < min_n:
            rows.append({group: g, "n": len(vals), "mean": float(vals.mean()), "ci_low": np.nan, "ci_high": np.nan})
            continue
        ci = bootstrap_ci(vals, **kwargs)
        rows.append({group: g, "n": ci.n, "mean": ci.mean, "ci_low": ci.low, "ci_high": ci.high})
    out = pd.DataFrame(rows, columns=[group, "n", "mean", "ci_low", "ci_high"])
    out["distinct_resamples"] = [distinct_resamples(int(n)) for n in out["n"]]
    return out


# --------------------------------------------------------------------------
# Hand coding and the output table
# --------------------------------------------------------------------------

def read_tone_coding(path: str | Path | None = None, valid_ids: Iterable[int] | None = None) -> pd.DataFrame:
    """The hand-coded tone (``data/tone_coding.csv``), checked against the codebook."""
    return read_annotations(path or paths.DATA / "tone_coding.csv", columns=TONE_COLUMNS,
                            allowed={"hand_tone": LABELS}, valid_ids=valid_ids)


def body_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences that are scored: body text, duplicates dropped."""
    body = analysed(sentences)
    return body[body["kind"] == "body"]


def score_table(body: pd.DataFrame, vader=None, reference=None) -> pd.DataFrame:
    """NLTK's VADER scores of each sentence's ``text_norm``, vaderSentiment's compound beside it and the
    thresholded label, one row per sentence of ``body``, floats rounded to 4 decimals (every column of
    ``sentiment.csv`` but ``hand_tone``)."""
    columns = [c for c in SENTIMENT_COLUMNS if c != "hand_tone"]
    if body.empty:
        return pd.DataFrame(columns=columns)
    reference = reference or reference_analyzer()
    rows = []
    for s in body.itertuples(index=False):
        sc = score(s.text_norm, vader)
        rows.append({"sent_id": s.sent_id, "voice": s.voice, **{k: sc[k] for k in ("neg", "neu", "pos", "compound")},
                     "ref_compound": reference.polarity_scores(s.text_norm)["compound"]})
    df = pd.DataFrame(rows)
    for col in ("neg", "neu", "pos", "compound", "ref_compound"):
        df[col] = df[col].astype(float).round(DECIMALS)
    df["label"] = labels(df["compound"])
    return df[columns]


def build_sentiment(sentences: pd.DataFrame, tone_path: str | Path | None = None, vader=None,
                    reference=None) -> pd.DataFrame:
    """The ``sentiment.csv`` table: :func:`score_table` of the body sentences with the hand tone."""
    body = body_sentences(sentences)
    path = tone_path or paths.DATA / "tone_coding.csv"
    coding = read_tone_coding(path, valid_ids=body["sent_id"])
    missing = sorted(set(body["sent_id"]) - set(coding["sent_id"]))
    if missing:
        raise AnnotationError(f"{path}: body sentence(s) {', '.join(map(str, missing))} not coded")
    df = score_table(body, vader, reference).merge(coding[["sent_id", "hand_tone"]], on="sent_id", how="left")
    return df[SENTIMENT_COLUMNS]


def disagreements(scores: pd.DataFrame, sentences: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """The rows of ``scores`` (a :func:`build_sentiment` table) where ``label`` differs from ``hand_tone``,
    indexed by ``sent_id``: both labels, the words that fired (``fired``, joined by spaces, "" if none) and the
    first ``width`` characters of the sentence's ``text_norm`` (from ``sentences``)."""
    missing = [c for c in ("sent_id", "hand_tone", "label") if c not in scores.columns]
    missing += [c for c in ("sent_id", "text_norm") if c not in sentences.columns]
    if missing:
        raise ValueError(f"disagreements: missing column(s) {', '.join(missing)}")
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or width < 1:
        raise ValueError(f"disagreements: width must be a whole number >= 1, got {width!r}")
    wrong = scores[scores["hand_tone"] != scores["label"]].set_index("sent_id")[["hand_tone", "label"]]
    text = sentences.drop_duplicates("sent_id").set_index("sent_id")["text_norm"]
    fired = fired_words(text[wrong.index]).groupby("sent_id")["token"].agg(" ".join)
    wrong["fired"] = fired.reindex(wrong.index).fillna("").astype(str)
    wrong["text"] = text.str[:width].reindex(wrong.index)
    return wrong


def read_sentiment(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``sentiment.csv`` (written by notebook 07) and check its schema."""
    path = Path(path or paths.DERIVED / "sentiment.csv")
    df = read_derived(path, SENTIMENT_COLUMNS, WRITTEN_BY)
    if not pd.api.types.is_integer_dtype(df["sent_id"]) or df["sent_id"].duplicated().any():
        raise AnnotationError(f"{path}: sent_id must be unique integers")
    for col in ("neg", "neu", "pos", "compound", "ref_compound"):
        if not pd.api.types.is_float_dtype(df[col]) and not pd.api.types.is_integer_dtype(df[col]):
            raise AnnotationError(f"{path}: column {col} is not numeric")
        lo = -1.0 if col in ("compound", "ref_compound") else 0.0
        bad = df.index[~df[col].between(lo, 1.0)]
        if len(bad):
            raise AnnotationError(f"{path}: {col} {df.at[bad[0], col]} in row {bad[0] + 2} outside [{lo:g}, 1]")
    for col in ("label", "hand_tone"):
        bad = df.index[~df[col].isin(LABELS)]
        if len(bad):
            raise AnnotationError(f"{path}: unknown {col} {df.at[bad[0], col]!r} in row {bad[0] + 2}")
    return df
