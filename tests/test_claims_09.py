"""Claims of notebooks/09-test-keyness.ipynb, recomputed from data/ and the package."""
import math
from collections import Counter

import pytest

from framing import keyness
from framing.course.exercises import nb09


@pytest.fixture(scope="module")
def key():
    ru, cn = nb09.readout_counts()
    return keyness.keyness_table(ru, cn)


def test_sizes():
    """09: 'the two readouts of 58 and 167 content tokens'"""
    ru, cn = nb09.readout_counts()
    assert (sum(ru.values()), sum(cn.values())) == (58, 167)


def test_only_the_words_cells_below_five():
    """09: 'the word's two cells fall short, the other two are large' (kremlin)"""
    e = keyness.expected(2, 0, 58, 167)
    assert e[0][0] < 5 and e[1][0] < 5 and e[0][1] > 50 and e[1][1] > 50


def test_three_tests_say_yes_fisher_no():
    """09: 'For *kremlin*, three tests say *p* < 0.05 and Fisher's does not'"""
    a, b, c, d = 2, 0, 58, 167
    assert keyness.p_g2(keyness.g2(a, b, c, d)) < 0.05
    assert keyness.p_g2(keyness.g2_williams(a, b, c, d)) < 0.05
    assert keyness.p_fisher_mid(a, b, c, d) < 0.05 <= keyness.p_fisher(a, b, c, d)


def test_rayson_rule_six_words_all_below_half(key):
    """09: 'Six words qualify, all with G2 below 0.5, far from 15.13. No word's smallest expected count reaches 5.'"""
    q = key[key["min_expected"] >= 1]
    assert len(q) == 6 and (q["g2"] < 0.5).all() and (key["min_expected"] < 5).all()


def test_testable_seventeen_of_162(key):
    """09: 'Seventeen of 162 words are testable at α = 0.05; a simple reading corrects over 17 tests (0.05 / 17 ≈ 0.003).'"""
    assert len(key) == 162 and key["testable"].sum() == 17 and round(0.05 / 17, 3) == 0.003


def test_tarone_k_six_and_nothing_survives(key):
    """09: 'Here *k* = 6: six words could reach *p* < 0.0083. The smallest Fisher *p* is 0.066, and even the mid-p of
    0.033 fails that threshold: nothing survives any multiplicity correction.'"""
    total = key["freq_ru"] + key["freq_cn"]
    k, thr = keyness.tarone([keyness.min_attainable_p(int(n), 58, 167) for n in total])
    assert k == 6 and round(thr, 4) == 0.0083
    assert round(key["p_fisher"].min(), 3) == 0.066 and round(keyness.p_fisher_mid(2, 0, 58, 167), 3) == 0.033
    assert keyness.p_fisher_mid(2, 0, 58, 167) > thr and key["p_fisher"].min() > 0.05 / key["testable"].sum()


def test_enumeration_mean_and_most_splits(key):
    """09: 'A random split gives 2.2 such words on average, and most splits give two or more: the observed pair is
    typical of chance.' (the 12 readout sentences: 4 Russian, 8 Chinese)"""
    counts = nb09.split_keyword_counts()
    assert len(counts) == 495 and round(sum(counts) / 495, 1) == 2.2
    assert sum(n >= 2 for n in counts) / 495 > 0.5
    assert list(key.loc[key["g2"] >= 3.84, "term"]) == ["face", "kremlin"]


def test_cooperation_ratio_and_interval(key):
    """09: 'Per token, *cooperation* is 1.7 times as frequent in the Chinese readout, 95% interval about 0.2 to 82
    times: not even the direction is fixed.'"""
    r = key.set_index("term").loc["cooperation"]
    assert (r.freq_ru, r.freq_cn) == (1, 5)
    assert round(2 ** -r.log_ratio, 1) == 1.7
    assert round(2 ** -r.lr_ci_high, 1) == 0.2 and round(2 ** -r.lr_ci_low) == 82


def test_sotu_words_pass():
    """09: 'on a longer text (your turn 09.4) words do pass.'"""
    assert nb09.sotu_key_words() > 0
