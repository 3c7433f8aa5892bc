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
    """A1: '... or report its interval (notebook 09, section 6), which a zero count leaves open on one side.'"""
    zero = key[(key["freq_ru"] == 0) | (key["freq_cn"] == 0)]
    assert (zero["lr_ci_low"].isna() ^ zero["lr_ci_high"].isna()).all()


def test_cooperation_ratio_and_interval(key):
    """A1: '*Cooperation* has 1 of its 6 tokens in the Russian readout.' '*Cooperation* is 1.7 times as frequent
    in the Chinese readout, 95% interval about 0.2 to 82 times (a low end of 0.19 means about 5 times as frequent in
    the Russian readout): with six tokens, not even the direction is fixed.'
    Summary: 'with six tokens, not even its direction is fixed'."""
    r = key.set_index("term").loc["cooperation"]
    assert (r.freq_ru, r.freq_cn) == (1, 5)
    assert round(2 ** -r.log_ratio, 1) == 1.7
    assert round(2 ** -r.lr_ci_high, 1) == 0.2 and round(2 ** -r.lr_ci_low) == 82
    assert r.lr_ci_low < 0 < r.lr_ci_high
    assert round(2 ** -r.lr_ci_high, 2) == 0.19 and round(1 / 0.19) == 5 == round(2 ** r.lr_ci_high)


def test_williams_q_formula_and_grows_as_rarer():
    """A1: 'divides G2 by a factor *q* a little above 1 ...: it shrinks G2 to undo its overconfidence with small
    counts, the more the rarer the word.' The notebook's inline q for kremlin equals the package's."""
    n = 58 + 167
    inline = 1 + (n / 58 + n / 167 - 1) * (n / 2 + n / (n - 2) - 1) / (6 * n)
    assert inline == pytest.approx(keyness.williams_q(2, 0, 58, 167)) and round(inline, 3) == 1.352
    q = [keyness.williams_q(k, 0, 58, 167) for k in (1, 2, 3, 5, 10)]
    assert all(x > 1 for x in q) and q == sorted(q, reverse=True)


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
    09.2's answer, is the first below 0.05, as the printed dictionary shows)"""
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
    """A1: 'Of *n* tokens, a share *s* puts *s·n* in the Russian readout ... Log Ratio ... loses *n*'
    A1: 'It starts from the Russian share of the word's tokens, 1 of 6.' 'Put back into Log Ratio with the readout
    sizes, its ends are the file's `lr_ci_low` and `lr_ci_high`'"""
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
    """A1: 'The file leaves an undefined end empty, so `read_keyness` gives `lr_ci_low` and `lr_ci_high` as text'."""
    import pandas as pd
    df = keyness.read_keyness()
    for col in ("lr_ci_low", "lr_ci_high"):
        assert not pd.api.types.is_numeric_dtype(df[col]) and (df[col] == "").any()


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


def test_tarone_table_17_then_6_so_k_six(key):
    """A1, section 2: 'Notebook 09 tested 6 words, each at 0.05 / 6.', step 2: 'the 145 words seen once or twice drop
    out.' and 'At *k* = 1, 2, 3 all 17 testable words are able. At *k* = 4 the threshold, 0.0125, drops the 11 words
    seen three times (smallest *p* 0.0165), but 6 words remain able, more than 4. At *k* = 6 the 6 able words are
    at most *k*: each is tested at 0.05 / 6 = 0.0083, and the 156 others cost nothing.' (the printed rows: 17, 17,
    17, 6, 6, 6; with_tarone gives k = 6, none significant)"""
    total = key["freq_ru"] + key["freq_cn"]
    min_p = total.map(lambda n: keyness.min_attainable_p(n, 58, 167))
    able = {k: int((min_p < 0.05 / k).sum()) for k in range(1, 8)}
    assert len(key) == 162 and (total <= 2).sum() == 145 and (total == 3).sum() == 11 and len(key) - 6 == 156
    assert [able[k] for k in (1, 2, 3)] == [17] * 3 and all(able[k] == 6 for k in range(4, 8))
    assert all(able[k] > k for k in range(1, 6)) and able[6] == 6
    assert min(k for k in able if able[k] <= k) == 6
    assert round(keyness.min_attainable_p(3, 58, 167), 4) == 0.0165 and 0.05 / 4 < keyness.min_attainable_p(3, 58, 167) < 0.05 / 3
    assert round(0.05 / 4, 4) == 0.0125 and (total >= 4).sum() == 6 and keyness.min_attainable_p(4, 58, 167) < 0.05 / 6
    table, k, thr = keyness.with_tarone(key)
    assert k == 6 and round(thr, 4) == 0.0083 and not table["significant"].any()


# --- section 6, moved from notebook 09 ---

C, D = 58, 167


def test_chart_shows_the_testable_words_open_end_means_absent(key):
    """A1, section 6: 'A word absent from the Russian readout has a dot (using the 0.5), but its line runs on to the left (◂):
    a Russian frequency of zero fits, and its Log Ratio is −∞.' (no word absent from the Chinese readout is shown, so no ▸) 'The chart shows the 17 testable words' (not face and kremlin)
    'An interval containing 0 has not established even the direction', Summary: 'All 17 intervals in the chart
    include 0: not even the direction is established.' (and the alt text: every interval includes zero; eight words absent from the Russian readout have an open lower end)"""
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
    """A1, section 6: 'orange-red if more frequent in the Russian readout, blue if Chinese.' and 'A zero count is replaced
    by 0.5, so every 0:3 word gets the same Log Ratio, −1.06.' (log₂((0.5/58) / (3/167)))"""
    from framing import style
    assert style.VOICE_COLORS["russian_readout"].upper() == "#D55E00" and style.VOICE_COLORS["chinese_readout"] == "#0072B2"
    zero_three = key[(key["freq_ru"] == 0) & (key["freq_cn"] == 3)]
    assert len(zero_three) >= 2 and zero_three["log_ratio"].nunique() == 1
    assert round(float(zero_three["log_ratio"].iloc[0]), 2) == -1.06 == round(np.log2((0.5 / C) / (3 / D)), 2)


def test_interval_is_clopper_pearson_of_the_russian_share_turned_into_log_ratios(key):
    """A1, section 6: 'Ours is [Clopper–Pearson]'s exact interval for the Russian share of a word's tokens, turned
    into Log Ratios: for *cooperation* (1:5) it runs from −6.4 to +2.4.' (the file's interval) and
    'a Russian frequency of zero fits, and its Log Ratio is −∞' (for a = 0 the exact interval's lower end is 0)"""
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
    assert (round(coop["lr_ci_low"], 1), round(coop["lr_ci_high"], 1)) == (-6.4, 2.4)


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
