"""Comparing two subcorpora: keyness statistics, vocabulary overlap, topics.

Notation (as in UCREL's log-likelihood calculator and Rayson & Garside 2000):
a term occurs ``a`` times in corpus 1 of ``c`` tokens and ``b`` times in
corpus 2 of ``d`` tokens. The 2x2 contingency table is::

                 term      other tokens
    corpus 1      a          c - a
    corpus 2      b          d - b

* ``g2``: the log-likelihood statistic G2 = 2 * sum(O * ln(O / E)) over the
  FOUR cells (what AntConc and ``scipy.stats.chi2_contingency(table,
  correction=False, lambda_="log-likelihood")`` compute; Dunning 1993);
  ``g2_two_term`` is the shortcut of UCREL's calculator, which sums over the
  two term cells only.
* ``log_ratio``: Hardie's (2014) Log Ratio, log2 of the ratio of relative
  frequencies, a zero frequency replaced by 0.5. Positive = more in corpus 1,
  with one exception built into the 0.5 rule: a word absent from corpus 1 and
  seen b times in corpus 2 gets a positive value when corpus 2 is more than
  2b times the size of corpus 1 (0 of 58 vs 1 of 167 gives +0.53), and the
  mirror case a negative one: the sign then follows the sizes, not the counts.
  ``misleading_sign`` flags such rows; ``zero_flip_limit`` gives the count
  below which a word seen only in the larger corpus is affected.
* ``pct_diff``: %DIFF (Gabrielatos & Marchi 2012; Gabrielatos 2018),
  100 * (rf1 - rf2) / rf2; infinite when the term is absent from corpus 2.
* ``p_fisher``: Fisher's exact two-sided p-value of the table.
* ``p_fisher_mid``: the mid-p version of Fisher's test (Lancaster 1961): the
  observed table's own probability counted half; less conservative.
* ``g2_williams``: G2 divided by Williams' (1976) correction factor q, the
  default of quanteda's ``textstat_keyness(measure = "lr")``.
* ``min_expected``: the smallest expected frequency of the four cells; the
  chi-square approximation behind G2's p-value is doubtful below 5.
* ``p_g2``: the chi-square (1 df) survival probability of G2.
* ``bic``: G2 - ln N, N = c + d, the BIC approximation of Wilson (2013): above 0
  the approximate Bayes factor favours a difference; the larger, the stronger the evidence.
* ``lr_ci_low``, ``lr_ci_high``: a 95% interval for the log ratio (log2 of the
  ratio of relative frequencies, no zero adjustment), from the exact
  Clopper-Pearson interval for a / (a + b), the share of the term's tokens that
  fall in corpus 1 given its total (the conditional binomial method for a ratio
  of two Poisson rates). An end that is infinite (a or b is 0) is undefined.
* ``testable`` (Tarone 1990): whether the smallest two-sided Fisher p that ANY
  split of the term's total count between the two corpora could give is below
  alpha. A word seen once or twice in all can never reach p < 0.05; only the
  testable words count as tests in a multiplicity correction (``tarone``).

In the keyness table an undefined value (an infinite %DIFF or interval end) is
NaN, written as an empty cell, never ``inf``.
"""
from __future__ import annotations

import math
import numbers
import re
from functools import lru_cache
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import betaincinv
from scipy.stats import chi2, fisher_exact, hypergeom

from . import paths
from .annotations import AnnotationError, read_derived

KEYNESS_COLUMNS = ["term", "freq_ru", "size_ru", "freq_cn", "size_cn", "g2", "log_ratio",
                   "pct_diff", "p_fisher", "min_expected", "p_g2", "bic", "lr_ci_low", "lr_ci_high",
                   "misleading_sign", "testable"]
ALPHA = 0.05
LEVEL = 0.95
SUMMARY_COLUMNS = ["measure", "voice", "value"]
MIN_EXPECTED = 5.0
ZERO_FREQ = 0.5  # Hardie's replacement for a zero frequency in Log Ratio


class KeynessError(ValueError):
    """Counts that cannot form a contingency table, reported in one line."""


# --------------------------------------------------------------------------
# One term: the 2x2 table and its statistics
# --------------------------------------------------------------------------

def _check(a, b, c, d) -> tuple[int, int, int, int]:
    out = []
    for name, v in (("a (frequency in corpus 1)", a), ("b (frequency in corpus 2)", b),
                    ("c (size of corpus 1)", c), ("d (size of corpus 2)", d)):
        if type(v) is int and v >= 0:  # the common case, checked fast
            out.append(v)
            continue
        if isinstance(v, bool) or not isinstance(v, numbers.Real) or (
                not isinstance(v, numbers.Integral) and not float(v).is_integer()):
            raise KeynessError(f"{name} must be a whole number, got {v!r}")
        if v < 0:
            raise KeynessError(f"{name} must not be negative, got {v!r}")
        out.append(int(v))
    a, b, c, d = out
    if c == 0 or d == 0:
        raise KeynessError(f"corpus sizes must be positive, got c={c}, d={d}")
    if a > c or b > d:
        raise KeynessError(f"a frequency exceeds its corpus size: a={a} of c={c}, b={b} of d={d}")
    return a, b, c, d


def table(a, b, c, d) -> list[list[int]]:
    """The 2x2 contingency table [[a, c - a], [b, d - b]]."""
    a, b, c, d = _check(a, b, c, d)
    return [[a, c - a], [b, d - b]]


def expected(a, b, c, d) -> list[list[float]]:
    """Expected cell frequencies if the term were equally common in both corpora."""
    a, b, c, d = _check(a, b, c, d)
    n = c + d
    rows = [c, d]
    cols = [a + b, n - a - b]
    return [[rows[i] * cols[j] / n for j in range(2)] for i in range(2)]


def _olnoe(o: float, e: float) -> float:
    return 0.0 if o == 0 else o * math.log(o / e)


def g2(a, b, c, d) -> float:
    """Four-term log-likelihood G2 of the 2x2 table (0 * ln 0 taken as 0)."""
    return _g2(*_check(a, b, c, d))


@lru_cache(maxsize=None)
def _g2(a: int, b: int, c: int, d: int) -> float:
    t = table(a, b, c, d)
    e = expected(a, b, c, d)
    return 2 * sum(_olnoe(t[i][j], e[i][j]) for i in range(2) for j in range(2))


def g2_two_term(a, b, c, d) -> float:
    """UCREL's two-term form, 2 * (a ln(a/E1) + b ln(b/E2)), with E1 = c(a+b)/(c+d)."""
    a, b, c, d = _check(a, b, c, d)
    if a + b == 0:
        return 0.0
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * (_olnoe(a, e1) + _olnoe(b, e2))


def p_g2(value: float) -> float:
    """p-value of G2 from the chi-square distribution with one degree of freedom."""
    return float(chi2.sf(value, 1))


def log_ratio(a, b, c, d, zero: float = ZERO_FREQ) -> float:
    """Hardie's Log Ratio: log2((a/c) / (b/d)), a zero frequency replaced by ``zero``."""
    a, b, c, d = _check(a, b, c, d)
    if a == 0 and b == 0:
        return 0.0
    return math.log2(((a or zero) / c) / ((b or zero) / d))


def misleading_sign(a, b, c, d, zero: float = ZERO_FREQ) -> bool:
    """True when the sign of Log Ratio contradicts the observed relative frequencies.

    With both counts above zero the sign always follows a/c - b/d. With one
    count zero, the 0.5 replacement can point the other way: a word seen ``b``
    times only in corpus 2 gets Log Ratio >= 0 ("more in corpus 1") whenever
    corpus 2 is at least 2b times the size of corpus 1 (``zero_flip_limit``).
    A Log Ratio of exactly 0 for a word that is not equally frequent counts as
    misleading too.
    """
    a, b, c, d = _check(a, b, c, d)
    lr = log_ratio(a, b, c, d, zero)
    diff = a * d - b * c  # sign of a/c - b/d, without rounding
    return (lr > 0) - (lr < 0) != (diff > 0) - (diff < 0)


def zero_flip_limit(c, d, zero: float = ZERO_FREQ) -> int:
    """The smallest count a word seen only in the LARGER corpus needs for Log Ratio
    to point towards that corpus (below it, the sign is misleading).

    A word absent from the smaller corpus (size ``small``) and seen ``n`` times in
    the larger one (size ``large``) has Log Ratio log2((zero/small) / (n/large)),
    which points the right way only when n > zero * large / small.
    """
    _check(0, 0, c, d)
    small, large = sorted((c, d))
    return math.floor(zero * large / small) + 1


def pct_diff(a, b, c, d) -> float:
    """%DIFF: 100 * (a/c - b/d) / (b/d); +inf when b is 0 and a is not, 0 when both are 0."""
    a, b, c, d = _check(a, b, c, d)
    if b == 0:
        return 0.0 if a == 0 else math.inf
    return 100 * (a / c - b / d) / (b / d)


def p_fisher(a, b, c, d) -> float:
    """Fisher's exact test, two-sided p-value (scipy.stats.fisher_exact)."""
    return _p_fisher(*_check(a, b, c, d))


@lru_cache(maxsize=None)
def _p_fisher(a: int, b: int, c: int, d: int) -> float:
    return float(fisher_exact([[a, c - a], [b, d - b]], alternative="two-sided").pvalue)


def p_fisher_mid(a, b, c, d) -> float:
    """Two-sided mid-p of Fisher's test (Lancaster 1961): the probability of the tables
    (same margins) less likely than the observed one, plus half the probability of
    those exactly as likely (the observed table included)."""
    return _p_fisher_mid(*_check(a, b, c, d))


@lru_cache(maxsize=None)
def _p_fisher_mid(a: int, b: int, c: int, d: int) -> float:
    n = a + b
    dist = hypergeom(c + d, n, c)  # tokens of the term in corpus 1, given its total n
    probs = [float(dist.pmf(x)) for x in range(max(0, n - d), min(n, c) + 1)]
    observed = float(dist.pmf(a))
    tol = observed * 1e-7
    less = sum(p for p in probs if p < observed - tol)
    same = sum(p for p in probs if abs(p - observed) <= tol)
    return min(1.0, less + same / 2)


def williams_q(a, b, c, d) -> float:
    """Williams' (1976) correction factor for G2 of a 2x2 table:
    q = 1 + (N/row1 + N/row2 - 1)(N/col1 + N/col2 - 1) / (6N); 1 when a column is empty."""
    a, b, c, d = _check(a, b, c, d)
    n, k = c + d, a + b
    if k == 0 or k == n:
        return 1.0
    return 1 + (n / c + n / d - 1) * (n / k + n / (n - k) - 1) / (6 * n)


def g2_williams(a, b, c, d) -> float:
    """G2 / q, Williams' corrected log-likelihood (quanteda's default for ``measure = "lr"``)."""
    return g2(a, b, c, d) / williams_q(a, b, c, d)


def min_attainable_p(n, c, d) -> float:
    """The smallest two-sided Fisher p that any split of ``n`` tokens of a term
    between corpora of sizes ``c`` and ``d`` can give (Tarone 1990): the p of one
    of the two most lopsided splits."""
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 0:
        raise KeynessError(f"n (total frequency) must be a whole number >= 0, got {n!r}")
    _, _, c, d = _check(0, 0, c, d)
    if n > c + d:
        raise KeynessError(f"a total of {n} exceeds the two corpora ({c} + {d} tokens)")
    return _min_attainable_p(n, c, d)


@lru_cache(maxsize=None)
def _min_attainable_p(n: int, c: int, d: int) -> float:
    most, least = min(n, c), max(0, n - d)  # tokens in corpus 1 in the two most lopsided splits
    return min(_p_fisher(most, n - most, c, d), _p_fisher(least, n - least, c, d))


def testable(a, b, c, d, alpha: float = ALPHA) -> bool:
    """Tarone's criterion: can a word with this total count reach p < alpha at all?"""
    a, b, c, d = _check(a, b, c, d)
    return _min_attainable_p(a + b, c, d) < alpha


def tarone(min_p: Iterable[float], alpha: float = ALPHA) -> tuple[int, float]:
    """Tarone's (1990) multiplicity correction: the smallest ``k`` such that at most
    ``k`` tests have a minimum attainable p below ``alpha / k``; returns ``(k, alpha / k)``,
    the number of tests that count and the per-test threshold (Bonferroni over them)."""
    if not 0 < alpha < 1:
        raise KeynessError(f"alpha must be between 0 and 1, got {alpha!r}")
    values = np.sort(np.asarray(list(min_p), dtype=float))
    ks = np.arange(1, len(values) + 2)
    below = np.searchsorted(values, alpha / ks, side="left")  # tests with min p < alpha / k, for each k
    k = int(ks[np.argmax(below <= ks)])
    return k, alpha / k


def with_tarone(table: pd.DataFrame, alpha: float = ALPHA) -> tuple[pd.DataFrame, int, float]:
    """Tarone's correction over a keyness table (any suffixes): the table with a column
    ``significant`` (Fisher p below alpha / k), the number of tests that count (k) and alpha / k."""
    freqs = [col for col in table.columns if col.startswith("freq_")]
    sizes = [col for col in table.columns if col.startswith("size_")]
    if len(freqs) != 2 or len(sizes) != 2:
        raise KeynessError("a keyness table has two freq_ and two size_ columns")
    a = table[freqs[0]].to_numpy(dtype=np.int64)
    n = a + table[freqs[1]].to_numpy(dtype=np.int64)
    _, min_p = _fisher_by_total(a, n, int(table[sizes[0]].iloc[0]), int(table[sizes[1]].iloc[0]))
    k, threshold = tarone(min_p, alpha)
    return table.assign(significant=table["p_fisher"] < threshold), k, threshold


def bic(a, b, c, d) -> float:
    """Wilson's (2013) BIC approximation for a 2x2 keyness table: G2 - ln(c + d)."""
    a, b, c, d = _check(a, b, c, d)
    return g2(a, b, c, d) - math.log(c + d)


def log_ratio_ci(a, b, c, d, level: float = LEVEL) -> tuple[float, float]:
    """Interval for log2((a/c) / (b/d)) from the exact (Clopper-Pearson) interval for
    a / (a + b); an end is -inf or +inf when a or b is 0, NaN for both when a + b is 0."""
    a, b, c, d = _check(a, b, c, d)
    if not 0 < level < 1:
        raise KeynessError(f"level must be between 0 and 1, got {level!r}")
    return _log_ratio_ci(a, b, c, d, level)


@lru_cache(maxsize=None)
def _log_ratio_ci(a: int, b: int, c: int, d: int, level: float) -> tuple[float, float]:
    if a + b == 0:
        return math.nan, math.nan
    tail = (1 - level) / 2  # Clopper-Pearson bounds of a / (a + b) as beta quantiles (scipy's "exact" interval)
    low = betaincinv(a, b + 1, tail) if a else 0.0
    high = betaincinv(a + 1, b, 1 - tail) if b else 1.0

    def lr(share: float) -> float:
        if share <= 0:
            return -math.inf
        if share >= 1:
            return math.inf
        return math.log2(share / (1 - share) * d / c)

    return lr(float(low)), lr(float(high))


def min_expected(a, b, c, d) -> float:
    """The smallest of the four expected frequencies."""
    return min(min(row) for row in expected(a, b, c, d))


# --------------------------------------------------------------------------
# Many terms: the keyness table
# --------------------------------------------------------------------------

def _fisher_by_total(a: np.ndarray, n: np.ndarray, c: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """Two-sided Fisher p of each table (a, n - a | c, d) and the smallest p attainable with its
    total n (Tarone), from the hypergeometric distribution of each distinct total, computed once.
    The two-sided p sums the probabilities not above the observed one (relative tolerance 1e-7,
    as ``scipy.stats.fisher_exact``)."""
    p, min_p = np.empty(len(a)), np.empty(len(a))
    for total in np.unique(n):
        rows = np.flatnonzero(n == total)
        lo, pmf, order, cum = _split_chances(int(total), c, d)

        def two_sided(x):
            k = np.searchsorted(order, pmf[np.asarray(x) - lo] * (1 + 1e-7), side="right")
            return np.minimum(cum[k - 1], 1.0)

        p[rows] = two_sided(a[rows])
        min_p[rows] = min(two_sided([lo])[0], two_sided([lo + len(pmf) - 1])[0])
    return p, min_p


@lru_cache(maxsize=4096)
def _split_chances(total: int, c: int, d: int) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """For a word seen ``total`` times: the smallest possible count in corpus 1, the chance of each split
    (hypergeometric), those chances sorted, and their running sums. Cached: ``with_tarone`` and repeated
    tables of the same two corpora ask for the same totals again. The arrays are read-only."""
    lo, hi = max(0, total - d), min(total, c)
    pmf = hypergeom.pmf(np.arange(lo, hi + 1), c + d, c, total)
    order = np.sort(pmf)
    cum = np.cumsum(order)
    for arr in (pmf, order, cum):
        arr.flags.writeable = False
    return lo, pmf, order, cum


def keyness_table(freq_ru: Mapping[str, int], freq_cn: Mapping[str, int],
                  size_ru: int | None = None, size_cn: int | None = None,
                  names: tuple[str, str] = ("ru", "cn"), alpha: float = ALPHA) -> pd.DataFrame:
    """One row per term of either corpus, with the columns of ``KEYNESS_COLUMNS``.

    ``freq_ru`` and ``freq_cn`` map terms to counts (a ``collections.Counter``
    will do) in corpus 1 and corpus 2; the sizes default to the sum of the
    counts. ``log_ratio`` and ``pct_diff`` are positive when a term is
    relatively more frequent in corpus 1. Rows are sorted by ``g2`` (largest
    first), then by term. ``names`` renames the suffixes ``_ru`` and ``_cn``
    for other comparisons (e.g. ``("putin", "xi")``).

    Every column is computed for all terms at once with array operations (a
    vocabulary of tens of thousands of words takes about a second); the tests
    check each value against the one-term functions above (``g2``, ``p_fisher``,
    ``log_ratio_ci``, ``testable`` ...).
    """
    c = sum(freq_ru.values()) if size_ru is None else size_ru
    d = sum(freq_cn.values()) if size_cn is None else size_cn
    terms = sorted(set(freq_ru) | set(freq_cn))
    for t in terms:
        try:
            _check(freq_ru.get(t, 0), freq_cn.get(t, 0), c, d)
        except KeynessError as err:
            raise KeynessError(f"term {t!r}: {err}") from None
    if not terms:
        _check(0, 0, c, d)
    a = np.array([freq_ru.get(t, 0) for t in terms], dtype=np.int64)
    b = np.array([freq_cn.get(t, 0) for t in terms], dtype=np.int64)
    obs = np.stack([a, c - a, b, d - b]).astype(float)
    n, total = a + b, c + d
    exp = np.stack([n * c / total, (total - n) * c / total, n * d / total, (total - n) * d / total])
    with np.errstate(divide="ignore", invalid="ignore"):
        g2_ = np.maximum(2 * np.where(obs > 0, obs * np.log(obs / exp), 0.0).sum(axis=0), 0.0)
        lr = np.where(n == 0, 0.0, np.log2((np.where(a > 0, a, ZERO_FREQ) / c) / (np.where(b > 0, b, ZERO_FREQ) / d)))
        pct = np.where(b > 0, 100 * (a / c - b / d) / (b / d), np.where(a > 0, np.nan, 0.0))
        tail = (1 - LEVEL) / 2
        low = np.where(a > 0, betaincinv(a, b + 1, tail), 0.0)
        high = np.where(b > 0, betaincinv(a + 1, b, 1 - tail), 1.0)
        ci_low = np.where(low > 0, np.log2(low / (1 - low) * d / c), np.nan)
        ci_high = np.where(high < 1, np.log2(high / (1 - high) * d / c), np.nan)
    p_fisher_, min_p = _fisher_by_total(a, n, c, d)
    df = pd.DataFrame({"term": terms, "freq_ru": a, "size_ru": c, "freq_cn": b, "size_cn": d, "g2": g2_,
                       "log_ratio": lr, "pct_diff": pct, "p_fisher": p_fisher_, "min_expected": exp.min(axis=0),
                       "p_g2": chi2.sf(g2_, 1), "bic": g2_ - np.log(total), "lr_ci_low": ci_low, "lr_ci_high": ci_high,
                       "misleading_sign": np.sign(lr) != np.sign(a * d - b * c), "testable": min_p < alpha})
    df = df[KEYNESS_COLUMNS].sort_values(["g2", "term"], ascending=[False, True], kind="mergesort")
    one, two = names
    df.columns = [col.replace("_ru", f"_{one}").replace("_cn", f"_{two}") for col in df.columns]
    return df.reset_index(drop=True)


def relative_frequencies(df: pd.DataFrame, per: int = 1000) -> pd.DataFrame:
    """``df`` with ``rel_ru`` and ``rel_cn``: frequency per ``per`` tokens."""
    out = df.copy()
    out["rel_ru"] = per * out["freq_ru"] / out["size_ru"]
    out["rel_cn"] = per * out["freq_cn"] / out["size_cn"]
    return out


WRITTEN_BY = "09-test-keyness.ipynb"  # keyness_ru_vs_cn.csv
SUMMARY_WRITTEN_BY = "08-compare-readouts.ipynb"  # comparison_summary.csv


def read_keyness(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``keyness_ru_vs_cn.csv`` and check its schema."""
    path = Path(path or paths.DERIVED / "keyness_ru_vs_cn.csv")
    df = read_derived(path, KEYNESS_COLUMNS, WRITTEN_BY)
    if df["term"].duplicated().any():
        raise AnnotationError(f"{path}: duplicate term {df.loc[df['term'].duplicated(), 'term'].iloc[0]!r}")
    return df


def summary_table(voices: Iterable[str], **measures: pd.Series | pd.DataFrame) -> pd.DataFrame:
    """The long table of ``comparison_summary.csv`` (``SUMMARY_COLUMNS``: measure, voice, value).

    Each keyword names a measure. A Series indexed by voice gives one measure (``sentences=...``);
    a DataFrame with the voices as columns gives one measure per row, named ``keyword.row``
    (``namings=table`` with rows ``war``, ``west`` gives ``namings.war``, ``namings.west``).
    Rows are ordered by voice (in ``voices`` order), then by measure; values are floats rounded to 6 decimals.
    """
    voices = list(voices)
    wide = {}
    for name, m in measures.items():
        if isinstance(m, pd.DataFrame):
            missing = [v for v in voices if v not in m.columns]
            wide.update({f"{name}.{row}": m.loc[row] for row in m.index})
        else:
            missing = [v for v in voices if v not in m.index]
            wide[name] = m
        if missing:
            raise KeyError(f"measure {name!r} has no value for voice {missing[0]!r}")
    rows = [(measure, v, round(float(values[v]), 6)) for v in voices for measure, values in wide.items()]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def write_summary(voices: Iterable[str], sizes: pd.DataFrame, presence: pd.DataFrame, tone: pd.DataFrame,
                  frame_share: pd.DataFrame, path: str | Path | None = None) -> pd.DataFrame:
    """Build the summary table of notebook 08 and write it to ``comparison_summary.csv``; return it.

    ``sizes`` has columns sentences, tokens, types (rows: voices); ``presence`` is ``topic_presence``'s table;
    ``tone`` has a column mean (VADER compound); ``frame_share`` has frames as rows, voices as columns.
    """
    table = summary_table(
        voices, sentences=sizes["sentences"], content_tokens=sizes["tokens"], content_types=sizes["types"],
        topics_mentioned=(presence > 0).sum(), vader_compound_mean=tone["mean"], frame_hand_share=frame_share)
    table.to_csv(Path(path) if path else paths.derived("comparison_summary.csv"), index=False)
    return table


def read_summary(path: str | Path | None = None) -> pd.DataFrame:
    """Read ``comparison_summary.csv`` (long format: measure, voice, value)."""
    path = Path(path or paths.DERIVED / "comparison_summary.csv")
    df = read_derived(path, SUMMARY_COLUMNS, SUMMARY_WRITTEN_BY)
    dup = df.duplicated(["measure", "voice"])
    if dup.any():
        row = df[dup].iloc[0]
        raise AnnotationError(f"{path}: duplicate row for measure {row['measure']!r}, voice {row['voice']!r}")
    return df


# --------------------------------------------------------------------------
# Overlap and topics
# --------------------------------------------------------------------------

def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """|A & B| / |A | B| of two vocabularies (sets of types)."""
    a, b = set(a), set(b)
    if not a and not b:
        raise ValueError("Jaccard similarity is undefined for two empty sets")
    return len(a & b) / len(a | b)


# Topic -> regular expression on the cleaned sentence text, matched without
# regard to case except for acronyms ((?-i:...)), so that "us" is not the US.
TOPICS: dict[str, str] = {
    "Ukraine and the war": r"\bUkrain\w*|\bKyiv\b|\bwar\b|\bconflict\b|military operation\b|\battack\w*",
    "sanctions": r"\bsanction\w*",
    "the West and the United States": r"\bWest\w*|\bUnited States\b|\bAmerica\w*|(?-i:\bU\.?S\.?\b)",
    "Taiwan": r"\bTaiwan\w*",
    "Xinjiang": r"\bXinjiang\b",
    "Hong Kong": r"\bHong Kong\b",
    "BRICS": r"(?-i:\bBRICS\b)",
    "SCO": r"\bShanghai Cooperation Organi[sz]ation\b|(?-i:\bSCO\b)",
    "UN": r"(?-i:\bUN\b)|\bUnited Nations\b",
    "energy/finance/industry": r"\benerg\w*|\bfinanc\w*|\bindustr\w*",
    "economy and trade": r"\beconom\w*|\btrade\b",
    "the bridge": r"\bbridge\b",
    "development": r"\bdevelop\w*",
    "congratulations": r"\bcongratulat\w*",
}


def topic_matches(text: str, topics: Mapping[str, str] | None = None) -> list[str]:
    """The topics (in ``topics`` order) whose pattern occurs in ``text``."""
    topics = TOPICS if topics is None else topics
    return [name for name, pattern in topics.items() if re.search(pattern, text, flags=re.IGNORECASE)]


def topic_presence(sentences: pd.DataFrame, by: str = "voice", voices: Iterable[str] | None = None,
                   topics: Mapping[str, str] | None = None, text_column: str = "text_norm") -> pd.DataFrame:
    """Topics x groups: how many sentences of each group mention each topic.

    ``sentences`` needs ``text_column`` and ``by``; ``voices`` fixes the
    column order (default: sorted groups). A 0 is an omission.
    """
    topics = TOPICS if topics is None else topics
    for col in (text_column, by):
        if col not in sentences.columns:
            raise KeyError(f"sentences have no column {col!r}")
    groups = sorted(set(sentences[by])) if voices is None else list(voices)
    counts = {t: {g: 0 for g in groups} for t in topics}
    for text, group in zip(sentences[text_column], sentences[by]):
        if group not in groups:
            continue
        for t in topic_matches(text, topics):
            counts[t][group] += 1
    out = pd.DataFrame.from_dict(counts, orient="index")[groups]
    out.index.name = "topic"
    out.columns.name = by
    return out


# --------------------------------------------------------------------------
# A difference of means between two small groups
# --------------------------------------------------------------------------

MAX_SPLITS = 1_000_000


def permutation_p(x: Iterable[float], y: Iterable[float]) -> float:
    """Exact two-sided permutation test of the difference of means of ``x`` and ``y``.

    Every way of splitting the pooled values into groups of ``len(x)`` and
    ``len(y)`` is enumerated (no randomness); the p-value is the share of
    splits whose absolute difference of means is at least the observed one.
    """
    from itertools import combinations

    x, y = [float(v) for v in x], [float(v) for v in y]
    if not x or not y:
        raise ValueError(f"both groups need values (got {len(x)} and {len(y)})")
    if any(math.isnan(v) for v in x + y):
        raise ValueError("the groups contain NaN")
    pooled = x + y
    n, total = len(x), sum(pooled)
    if math.comb(len(pooled), n) > MAX_SPLITS:
        raise ValueError(f"{math.comb(len(pooled), n)} splits is too many for an exact test (max {MAX_SPLITS})")

    def diff(sum_x: float) -> float:
        return sum_x / n - (total - sum_x) / (len(pooled) - n)

    observed = abs(diff(sum(x)))
    hits = splits = 0
    for idx in combinations(range(len(pooled)), n):
        splits += 1
        if abs(diff(sum(pooled[i] for i in idx))) >= observed - 1e-12:
            hits += 1
    return hits / splits
