"""Claims of notebooks/A1-keyness-in-depth.ipynb, recomputed from the package (the readouts' counts)."""
import math

import numpy as np
import pytest

from framing import keyness
from framing.course.exercises import nb09


@pytest.fixture(scope="module")
def key():
    ru, cn = nb09.readout_counts()
    return keyness.keyness_table(ru, cn)


def test_rayson_rule_six_words_all_below_half(key):
    """A1: 'No word's smallest expected count reaches 5: the largest, *cooperation*'s 1.55, is in this table. Six words qualify for Rayson's rule, all with G2 below 0.5,
    far from 15.13.'"""
    q = key[key["min_expected"] >= 1]
    assert len(q) == 6 and (q["g2"] < 0.5).all() and (key["min_expected"] < 5).all()
    top = key.loc[key["min_expected"].idxmax()]
    assert top["term"] == "cooperation" and round(top["min_expected"], 2) == 1.55


def test_kremlin_and_face_fail_raysons_rule(key):
    """A1, section 2: '*Kremlin* and *face*, the only words whose G2 passes 3.84, are not among them: their smallest
    expected count is 0.52, so even Rayson's rule does not trust their G2.' Summary: 'Rayson's rule does not trust
    its G2'."""
    assert sorted(key.loc[key["g2"] > 3.84, "term"]) == ["face", "kremlin"]
    rows = key.set_index("term").loc[["kremlin", "face"]]
    assert (rows["min_expected"].round(2) == 0.52).all() and (rows["min_expected"] < 1).all()


def test_bic_only_face_and_kremlin_just_above_zero(key):
    """A1: 'Only *face* and *kremlin* have a BIC above 0, and only just (0.06): their G2 barely pays its price.
    On Kass and Raftery's (1995) scale, which Wilson (2013) applies to keyness, a BIC from 0 to 2 is "not worth more than a bare mention".' (every BIC is below 2)
    'The rows are sorted by G2, and ln *N* is the same for every word, so the first have the largest BIC'.
    Summary: 'BIC barely favours a difference'."""
    pos = key[key["bic"] > 0]
    assert list(pos["term"]) == ["face", "kremlin"] and (pos["bic"].round(2) == 0.06).all()
    assert key["bic"].max() < 2
    assert key["bic"].is_monotonic_decreasing and key["g2"].is_monotonic_decreasing
    assert (key["size_ru"] + key["size_cn"]).nunique() == 1


def test_one_chinese_token_gets_a_russian_sign(key):
    """A1: 'A word seen once, only in the Chinese readout, gets log₂((0.5/58)/(1/167)) ≈ +0.53' and 'Every flagged
    word is seen once, only in the Chinese readout.'"""
    assert round(math.log2((0.5 / 58) / (1 / 167)), 2) == 0.53
    assert round(keyness.log_ratio(0, 1, 58, 167), 2) == 0.53
    flagged = key[key["misleading_sign"]]
    assert len(flagged) > 0 and (flagged["freq_ru"] == 0).all() and (flagged["freq_cn"] == 1).all()
    assert len(flagged) == ((key["freq_ru"] == 0) & (key["freq_cn"] == 1)).sum()
    assert keyness.zero_flip_limit(58, 167) == 2


def test_zero_count_leaves_the_interval_open(key):
    """A1: '... or report its interval (next section), which a zero count leaves open on one side.'
    Summary: 'A zero count, replaced by 0.5, can turn Log Ratio's sign: read the sign only for words seen in both
    readouts.'"""
    zero = key[(key["freq_ru"] == 0) | (key["freq_cn"] == 0)]
    assert (zero["lr_ci_low"].isna() ^ zero["lr_ci_high"].isna()).all()


def test_cooperation_ratio_and_interval(key):
    """A1: '*Cooperation* has 1 of its 6 tokens in the Russian readout.' '*Cooperation* is 1.7 times as frequent
    in the Chinese readout, 95% interval about 0.2 to 82 times (a low end of 0.19 means about 5 times as frequent in
    the Russian readout): the interval contains 1 time (a Log Ratio of 0), so with six tokens not even the direction
    is fixed.'"""
    r = key.set_index("term").loc["cooperation"]
    assert (r.freq_ru, r.freq_cn) == (1, 5)
    assert round(2 ** -r.log_ratio, 1) == 1.7
    assert round(2 ** -r.lr_ci_high, 1) == 0.2 and round(2 ** -r.lr_ci_low) == 82
    assert r.lr_ci_low < 0 < r.lr_ci_high
    assert round(2 ** -r.lr_ci_high, 2) == 0.19 and round(1 / 0.19) == 5 == round(2 ** r.lr_ci_high)


def test_williams_q_formula_and_grows_as_rarer():
    """A1, section 3: 'divides G2 by a factor *q* that undoes this. ... the first bracket grows when a readout is
    small, the second when the word is rare (*N*/*n* large), and dividing by 6*N* keeps *q* near 1 for common words.'
    'For *kremlin*, *q* is 1.35: G2 shrinks by about a quarter.' The notebook's inline q for kremlin equals the
    package's."""
    n = 58 + 167

    def inline(c, d, k):
        return 1 + (n / c + n / d - 1) * (n / k + n / (n - k) - 1) / (6 * n)

    assert inline(58, 167, 2) == pytest.approx(keyness.williams_q(2, 0, 58, 167)) and round(inline(58, 167, 2), 3) == 1.352
    assert round(inline(58, 167, 2), 2) == 1.35 and round(1 - 1 / inline(58, 167, 2), 2) == 0.26  # about a quarter
    q = [keyness.williams_q(k, 0, 58, 167) for k in (1, 2, 3, 5, 10)]
    assert all(x > 1 for x in q) and q == sorted(q, reverse=True)
    assert inline(20, 205, 2) > inline(58, 167, 2) > inline(112, 113, 2)  # a smaller readout: a larger first bracket
    assert inline(58, 167, 100) < 1.02  # a common word: q near 1


def test_williams_p_between_g2_and_fisher_for_kremlin():
    """A1: 'Williams's *p* (0.044) and the mid-p (0.033) are larger than G2's (0.019) but still below 0.05; only
    Fisher's (0.066, notebook 09) is not.' Summary: 'On a rare word the test decides: G2, Williams and the mid-p put *kremlin* below 0.05,
    Fisher's test does not'."""
    p_w = keyness.p_g2(keyness.g2_williams(2, 0, 58, 167))
    p_g2 = keyness.p_g2(keyness.g2(2, 0, 58, 167))
    p_f = keyness.p_fisher(2, 0, 58, 167)
    assert (round(p_w, 3), round(p_g2, 3), round(p_f, 3)) == (0.044, 0.019, 0.066)
    assert p_g2 < p_w < 0.05 <= p_f
    p_mid = keyness.p_fisher_mid(2, 0, 58, 167)
    assert round(p_mid, 3) == 0.033 and p_g2 < p_mid < 0.05


def test_fisher_p_rises_three_times_and_12_first_below_005():
    """A1: '*p* rises three times: from 3 to 4 tokens, from 5 to 6, and from 10 to 11 (0.068 to 0.070).' (and 12,
    09.2's answer, is the first below 0.05, as the printed dictionary shows)
    'An extra token makes 0 Russian tokens less likely, but it also adds a new split, which can join the sum: at 3
    tokens the sum holds the splits with 0, 2 and 3 Russian tokens; at 4, the splits with 0, 2, 3 and 4.'"""
    from scipy.stats import hypergeom
    summed = {}
    for n in (3, 4):
        dist = hypergeom(58 + 167, n, 58)
        summed[n] = [x for x in range(n + 1) if dist.pmf(x) <= dist.pmf(0) * (1 + 1e-7)]
        assert sum(dist.pmf(x) for x in summed[n]) == pytest.approx(keyness.p_fisher(0, n, 58, 167))
    assert summed == {3: [0, 2, 3], 4: [0, 2, 3, 4]}
    assert hypergeom(225, 4, 58).pmf(0) < hypergeom(225, 3, 58).pmf(0)
    ps = {n: keyness.p_fisher(0, n, 58, 167) for n in range(1, 13)}
    rises = [n for n in range(1, 12) if round(ps[n + 1], 3) > round(ps[n], 3)]
    assert rises == [3, 5, 10]
    assert round(ps[10], 3) == 0.068 and round(ps[11], 3) == 0.070
    assert min(n for n in ps if ps[n] < 0.05) == 12


def test_bic_is_g2_minus_ln_n(key):
    """A1: 'Wilson (2013) approximates the *Bayesian information criterion* (BIC) as BIC = G2 − ln *N*, where *N* is
    the tokens of both readouts'."""
    n = key["size_ru"] + key["size_cn"]
    assert (key["bic"] - (key["g2"] - n.map(math.log))).abs().max() < 1e-9


def test_clopper_pearson_ends_are_the_files_interval(key):
    """A1, section 6: 'of *n* tokens, *s·n* fall in the Russian readout ... Log Ratio = ... *n* cancels.'
    'Ours starts from the Russian share of a word's tokens: for *cooperation* (1:5), 1 of 6.' 'These two ends are
    *cooperation*'s `lr_ci_low` and `lr_ci_high` in notebook 09's file.'"""
    from scipy.stats import binomtest
    row = key.set_index("term").loc["cooperation"]
    assert (row["freq_ru"], row["freq_ru"] + row["freq_cn"]) == (1, 6)
    ci = binomtest(1, 6).proportion_ci(method="exact")
    ends = [math.log2((s / 58) / ((1 - s) / 167)) for s in (ci.low, ci.high)]
    assert ends == pytest.approx([row["lr_ci_low"], row["lr_ci_high"]], abs=1e-9)
    for s in (ci.low, ci.high):
        assert math.log2((s / 58) / ((1 - s) / 167)) == pytest.approx(
            math.log2((s * 6 / 58) / ((1 - s) * 6 / 167)), abs=1e-9)


def test_interval_columns_arrive_as_text():
    """A1, section 6: 'A word missing from one readout has an open end (−∞ or +∞), which the file leaves empty, so
    `read_keyness` gives both columns as text. `astype(float)` turns them into numbers, but only for words seen in
    both readouts: an empty end raises an error.'"""
    import pandas as pd
    df = keyness.read_keyness()
    missing = (df["freq_ru"] == 0) | (df["freq_cn"] == 0)
    for col in ("lr_ci_low", "lr_ci_high"):
        assert not pd.api.types.is_numeric_dtype(df[col]) and (df[col] == "").any()
        assert df.loc[~missing, col].astype(float).notna().all()
    assert ((df["lr_ci_low"] == "") | (df["lr_ci_high"] == "")).eq(missing).all()
    for w in ("xi", "kremlin"):
        with pytest.raises(ValueError):
            df.set_index("term").loc[w, ["lr_ci_low", "lr_ci_high"]].astype(float)


def test_fisher_p_is_this_split_plus_more_uneven_mid_p_halves_it():
    """A1: 'Fisher's *p* adds up the chance of this split and of every split at most as likely (notebook 09,
    section 3); the mid-p takes only half of this split.'"""
    from scipy.stats import hypergeom
    for a, b in [(2, 0), (0, 5), (1, 5), (3, 1)]:
        dist = hypergeom(58 + 167, a + b, 58)
        probs = [dist.pmf(x) for x in range(0, a + b + 1)]
        obs = dist.pmf(a)
        at_most = sum(p for p in probs if p <= obs * (1 + 1e-7))
        assert keyness.p_fisher(a, b, 58, 167) == pytest.approx(at_most)
        assert keyness.p_fisher_mid(a, b, 58, 167) == pytest.approx(at_most - obs / 2)


# --- sections 5 and 6 (Log Ratio and its interval), moved from notebook 09 ---

C, D = 58, 167


def test_chart_shows_the_testable_words_open_end_means_absent(key):
    """A1, section 6: 'The chart shows each of the 17 testable words (those seen at least 3 times)' (not face and
    kremlin) 'A word absent from the Russian readout has a dot (using the 0.5), but its line runs on to the left (◂):
    its lower end is −∞.' (no word absent from the Chinese readout is shown, so no ▸)
    Summary: 'All 17 intervals in the chart include 0'. (and the alt text: every interval includes zero; eight words
    absent from the Russian readout have an open lower end)"""
    shown = key[key["freq_ru"] + key["freq_cn"] >= 3]
    assert len(shown) == 17 and shown["testable"].all() and (key.loc[key["testable"], "term"].isin(shown["term"])).all()
    assert not {"face", "kremlin"} & set(shown["term"])
    terms = key.set_index("term")
    assert all(terms.loc[w, "freq_ru"] + terms.loc[w, "freq_cn"] == 2 for w in ("face", "kremlin"))
    open_end = shown["lr_ci_low"].isna() | shown["lr_ci_high"].isna()
    assert (open_end == ((shown["freq_ru"] == 0) | (shown["freq_cn"] == 0))).all()
    assert shown["lr_ci_high"].notna().all()
    assert shown["lr_ci_low"].isna().sum() == 8 and (shown.loc[shown["lr_ci_low"].isna(), "freq_ru"] == 0).all()
    assert shown["log_ratio"].notna().all()
    assert (shown["lr_ci_low"].fillna(-1) < 0).all() and (shown["lr_ci_high"].fillna(1) > 0).all()


def test_relative_frequency_divides_by_size(key):
    """A1, section 6: 'relative frequency (count over the readout's size, 58 or 167 tokens)' (russia, 1:2, is above 0)"""
    row = key.set_index("term").loc["russia"]
    assert (row["freq_ru"], row["freq_cn"]) == (1, 2) and (row["size_ru"], row["size_cn"]) == (C, D)
    assert 1 / C > 2 / D and row["log_ratio"] > 0


def test_chart_colours_by_sign_and_zero_three_words_share_a_log_ratio(key):
    """A1, section 6: 'coloured by the readout it is more frequent in' (the plot colours by the sign of Log Ratio)
    and section 5: 'A zero count is replaced by 0.5, so every 0:3 word gets the same Log Ratio, −1.06.'
    (log₂((0.5/58) / (3/167)))"""
    from framing import style
    assert style.VOICE_COLORS["russian_readout"].upper() == "#D55E00" and style.VOICE_COLORS["chinese_readout"] == "#0072B2"
    zero_three = key[(key["freq_ru"] == 0) & (key["freq_cn"] == 3)]
    assert len(zero_three) >= 2 and zero_three["log_ratio"].nunique() == 1
    assert round(float(zero_three["log_ratio"].iloc[0]), 2) == -1.06 == round(np.log2((0.5 / C) / (3 / D)), 2)


def test_interval_is_clopper_pearson_of_the_russian_share_turned_into_log_ratios(key):
    """A1, section 6: the file's interval is Clopper–Pearson's exact interval for the Russian share of a word's
    tokens, turned into Log Ratios (the printed ends for cooperation, −6.36 and 2.36), and 'its lower end is −∞'
    (for a = 0 the exact interval's lower end is 0)"""
    import math
    from scipy.stats import binomtest
    for a, b, low, high in key[["freq_ru", "freq_cn", "lr_ci_low", "lr_ci_high"]].itertuples(index=False):
        if a == 0 or b == 0:
            continue
        ci = binomtest(int(a), int(a + b)).proportion_ci(confidence_level=0.95, method="exact")
        assert math.isclose(low, math.log2(ci.low / (1 - ci.low) * D / C), rel_tol=1e-6)
        assert math.isclose(high, math.log2(ci.high / (1 - ci.high) * D / C), rel_tol=1e-6)
        assert math.isclose(low, math.log2((ci.low / 58) / ((1 - ci.low) / 167)), rel_tol=1e-6)
        assert (C, D) == (58, 167)
    zero = binomtest(0, 3).proportion_ci(confidence_level=0.95, method="exact")
    assert zero.low == 0 and keyness.log_ratio_ci(0, 3, C, D)[0] == -math.inf
    coop = key.set_index("term").loc["cooperation"]
    assert (coop["freq_ru"], coop["freq_cn"]) == (1, 5)
    assert (round(coop["lr_ci_low"], 2), round(coop["lr_ci_high"], 2)) == (-6.36, 2.36)


def test_zero_three_words_upper_end_about_28_seven_times(key):
    """A1, section 6: 'The 0:3 words' lines reach about +2.8: a word never seen in the Russian readout could still be
    2^2.8 ≈ 7 times more frequent there.'"""
    zero_three = key[(key["freq_ru"] == 0) & (key["freq_cn"] == 3)]
    assert len(zero_three) > 0 and (zero_three["lr_ci_high"].round(1) == 2.8).all()
    assert round(2 ** zero_three["lr_ci_high"].iloc[0]) == 7 and round(2 ** 2.8) == 7


def test_kremlin_and_face_not_in_chart_their_interval_contains_zero(key):
    """A1, section 6: '*Kremlin* and *face* (2 tokens, not testable) are not in the chart; their intervals (−0.89 to +∞) also
    contain 0.' (2:0, so the upper end is open: the file's empty cell)"""
    terms = key.set_index("term")
    for w in ("kremlin", "face"):
        row = terms.loc[w]
        assert (row["freq_ru"], row["freq_cn"]) == (2, 0) and not row["testable"]
        assert row["freq_ru"] + row["freq_cn"] < 3  # the chart's min_total=3
        assert round(row["lr_ci_low"], 2) == -0.89 and np.isnan(row["lr_ci_high"])
        assert keyness.log_ratio_ci(2, 0, C, D)[1] == np.inf


def test_one_three_words_blue_just_left_of_zero(key):
    """A1, section 6: 'The 1:3 words are blue, their dots just left of 0 (−0.06): 1/58 is a little less than 3/167.'"""
    one_three = key[(key["freq_ru"] == 1) & (key["freq_cn"] == 3)]
    assert len(one_three) == 4 and (one_three["log_ratio"].round(2) == -0.06).all()
    assert 1 / C < 3 / D and round(math.log2((1 / C) / (3 / D)), 2) == -0.06


def test_smallest_p_falls_at_every_step():
    """A1, section 1: 'Tarone's rule (notebook 09, section 4) needs only the smallest *p* each count can reach (all
    tokens in one readout), and that one falls at every step.' and '`keyness.p_fisher(0, n, 58, 167)` is Fisher's *p*
    for 0 Russian and *n* Chinese tokens'."""
    smallest = [keyness.min_attainable_p(n, 58, 167) for n in range(1, 40)]
    assert all(a > b for a, b in zip(smallest, smallest[1:]))
    for n in range(1, 13):
        assert smallest[n - 1] == pytest.approx(min(keyness.p_fisher(n, 0, 58, 167), keyness.p_fisher(0, n, 58, 167)))
