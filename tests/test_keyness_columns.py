"""The keyness columns added for the methods review: p_g2, bic, the log-ratio interval,
misleading_sign and Tarone's testable, checked against scipy.stats."""
import math

import numpy as np
import pytest
from scipy.stats import binomtest, chi2, chi2_contingency, fisher_exact

from framing import keyness as K

COUNTS = {"face": (2, 0), "sanctions": (1, 3), "cooperation": (0, 6), "war": (3, 1), "the": (5, 15)}
C, D = 58, 167


@pytest.fixture(scope="module")
def table():
    return K.keyness_table({t: a for t, (a, b) in COUNTS.items() if a}, {t: b for t, (a, b) in COUNTS.items() if b},
                           C, D).set_index("term")


def test_columns_in_order(table):
    assert ["term", *table.columns] == K.KEYNESS_COLUMNS


def test_p_g2_and_bic_against_scipy(table):
    for term, (a, b) in COUNTS.items():
        g2 = chi2_contingency([[a, C - a], [b, D - b]], correction=False, lambda_="log-likelihood")[0]
        assert table.loc[term, "g2"] == pytest.approx(g2)
        assert table.loc[term, "p_g2"] == pytest.approx(chi2.sf(g2, 1))
        assert table.loc[term, "bic"] == pytest.approx(g2 - math.log(C + D))


def test_testable_against_every_split_with_scipy(table):
    for term, (a, b) in COUNTS.items():
        n = a + b
        smallest = min(fisher_exact([[x, C - x], [n - x, D - n + x]]).pvalue
                       for x in range(max(0, n - D), min(n, C) + 1))
        assert K.min_attainable_p(n, C, D) == pytest.approx(smallest)
        assert bool(table.loc[term, "testable"]) == (smallest < 0.05)
    assert not table.loc["face", "testable"] and table.loc["cooperation", "testable"]


def test_log_ratio_interval(table):
    ci = binomtest(3, 4).proportion_ci(method="exact")
    assert table.loc["war", "lr_ci_low"] == pytest.approx(math.log2(ci.low / (1 - ci.low) * D / C))
    assert table.loc["war", "lr_ci_low"] < table.loc["war", "log_ratio"] < table.loc["war", "lr_ci_high"]
    assert np.isnan(table.loc["face", "lr_ci_high"]) and np.isnan(table.loc["cooperation", "lr_ci_low"])


def test_no_infinity_and_misleading_sign(table):
    assert not np.isinf(table.select_dtypes("number").to_numpy()).any()
    assert np.isnan(table.loc["face", "pct_diff"])
    assert table.loc["cooperation", "misleading_sign"] == K.misleading_sign(0, 6, C, D)
    assert K.misleading_sign(0, 1, C, D) and not K.misleading_sign(0, 6, C, D)


def test_tarone():
    assert K.tarone([0.001, 0.2, 0.3]) == (1, 0.05)
    assert K.tarone([0.001] * 3) == (3, 0.05 / 3)
    assert K.tarone([]) == (1, 0.05)


@pytest.mark.parametrize("call, message", [
    (lambda: K.min_attainable_p(-1, C, D), "whole number"),
    (lambda: K.min_attainable_p(300, C, D), "exceeds"),
    (lambda: K.log_ratio_ci(1, 1, C, D, level=2), "level"),
    (lambda: K.tarone([0.1], alpha=0), "alpha"),
    (lambda: K.bic(1, 1, 0, D), "sizes"),
])
def test_bad_input(call, message):
    with pytest.raises(K.KeynessError, match=message):
        call()
