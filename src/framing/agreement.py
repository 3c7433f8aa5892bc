"""Agreement between an automatic method and a hand coding, or between two coders.

The one place in the package where precision, recall, F1 and Cohen's kappa are
computed (the tests check them against ``nltk.metrics``). A ratio whose
denominator is zero is NaN (undefined), never 0.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Hashable, Iterable, Sequence

import numpy as np
import pandas as pd

SEED = 20220615
N_BOOT = 10_000  # bootstrap resamples
LEVEL = 0.95     # confidence level of bootstrap intervals


def _ratio(num: int, den: int) -> float:
    return num / den if den else math.nan


def _f1(precision: float, recall: float) -> float:
    if math.isnan(precision) or math.isnan(recall):
        return math.nan
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def set_scores(found: Iterable[Hashable], gold: Iterable[Hashable]) -> dict:
    """Precision, recall and F1 of a set of items ``found`` against a ``gold`` set
    (for example sentence boundaries): tp = found and gold, fp = found only, fn = gold only."""
    found, gold = set(found), set(gold)
    tp, fp, fn = len(found & gold), len(found - gold), len(gold - found)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def check_pair(a: Sequence, b: Sequence, who: str) -> tuple[list, list]:
    """Two codings of the same items as lists; a one-line error if their lengths differ or they are empty."""
    a, b = list(a), list(b)
    if len(a) != len(b):
        raise ValueError(f"{who}: the two codings have different lengths ({len(a)} and {len(b)})")
    if not a:
        raise ValueError(f"{who}: no items to compare")
    return a, b


def precision_recall_f1(gold: Iterable[bool], predicted: Iterable[bool]) -> dict:
    """Counts and scores of a binary prediction against a gold standard.

    precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean."""
    gold, predicted = [bool(x) for x in gold], [bool(x) for x in predicted]
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels, predicted {len(predicted)}")
    scores = set_scores((i for i, p in enumerate(predicted) if p), (i for i, g in enumerate(gold) if g))
    tn = len(gold) - scores["tp"] - scores["fp"] - scores["fn"]
    return {"tp": scores["tp"], "fp": scores["fp"], "fn": scores["fn"], "tn": tn,
            "precision": scores["precision"], "recall": scores["recall"], "f1": scores["f1"]}


def per_label(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str],
              names: tuple[str, str] = ("hand", "auto")) -> pd.DataFrame:
    """Precision, recall and F1 of ``predicted`` against ``gold`` for each label
    (one row per label, in ``labels`` order), with how often each side used it."""
    gold, predicted = check_pair(gold, predicted, "per_label")
    unknown = sorted((set(gold) | set(predicted)) - set(labels))
    if unknown:
        raise ValueError(f"per_label: unknown label {unknown[0]!r}")
    rows = []
    for lab in labels:
        s = set_scores((i for i, p in enumerate(predicted) if p == lab), (i for i, g in enumerate(gold) if g == lab))
        rows.append({"label": lab, "precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                     names[0]: s["tp"] + s["fn"], names[1]: s["tp"] + s["fp"]})
    return pd.DataFrame(rows)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa of two codings of the same items: (p_o - p_e) / (1 - p_e)."""
    a, b = check_pair(a, b, "cohen_kappa")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    p_e = sum((a.count(k) / n) * (b.count(k) / n) for k in set(a) | set(b))
    if p_e == 1:
        raise ValueError("cohen_kappa: undefined when both codings use one and the same label throughout")
    return (p_o - p_e) / (1 - p_e)


def majority_baseline(gold: Sequence[Hashable]) -> tuple[Hashable, float]:
    """The most frequent gold label (ties: the first in sorted order) and the share of items it gets right."""
    gold = list(gold)
    if not gold:
        raise ValueError("majority_baseline: no items")
    counts = pd.Series(gold).value_counts()
    top = sorted(counts[counts == counts.max()].index)[0]
    return top, float(counts[top] / len(gold))


@dataclass(frozen=True)
class BootstrapCI:
    mean: float   # the statistic on the full sample
    low: float
    high: float
    n: int        # items in the sample
    level: float
    n_boot: int   # resamples used


def check_settings(n_boot: int | None, level: float, who: str) -> None:
    """Check the number of resamples (unless None) and the confidence level."""
    if n_boot is not None and (isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer))
                               or n_boot < 100):
        raise ValueError(f"{who}: n_boot must be an integer >= 100, got {n_boot!r}")
    if not 0 < level < 1:
        raise ValueError(f"{who}: level must be between 0 and 1, got {level!r}")


def bootstrap_kappa(a: Sequence[Hashable], b: Sequence[Hashable], n_boot: int = N_BOOT, level: float = LEVEL,
                    seed: int = SEED) -> BootstrapCI:
    """Percentile bootstrap interval for Cohen's kappa of two codings of the
    same items, resampling items (pairs of labels) with replacement.

    ``mean`` is the kappa of the full sample. Resamples in which kappa is
    undefined (both codings use one and the same label throughout) are left
    out; ``n_boot`` in the result counts the resamples actually used.
    """
    a, b = check_pair(a, b, "bootstrap_kappa")
    if len(a) < 2:
        raise ValueError("bootstrap_kappa: need at least 2 items to resample, got 1")
    check_settings(n_boot, level, "bootstrap_kappa")
    point = cohen_kappa(a, b)
    code = {c: k for k, c in enumerate(sorted(set(a) | set(b), key=str))}
    x = np.array([code[v] for v in a])
    y = np.array([code[v] for v in b])
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, x.size, size=(n_boot, x.size))
    xs, ys = x[idx], y[idx]
    p_o = (xs == ys).mean(axis=1)
    p_e = sum((xs == k).mean(axis=1) * (ys == k).mean(axis=1) for k in range(len(code)))
    defined = p_e < 1
    kappas = (p_o[defined] - p_e[defined]) / (1 - p_e[defined])
    tail = (1 - level) / 2
    low, high = np.quantile(kappas, [tail, 1 - tail])
    return BootstrapCI(float(point), float(low), float(high), int(x.size), float(level), int(defined.sum()))
