import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency, fisher_exact

from framing import keyness as k
from framing.annotations import AnnotationError


def scipy_g2(a, b, c, d):
    stat, _, _, _ = chi2_contingency(np.array([[a, c - a], [b, d - b]]), correction=False,
                                     lambda_="log-likelihood")
    return stat


# ---------------------------------------------------------------- published values

def test_dunning_1993_table_1():
    # Dunning (1993: 72), Table 1: bigram counts k(AB), k(A~B), k(~AB), k(~A~B) from a
    # text of 31,777 bigrams. The row 'the swiss' (110, 2442, 111, 29114) has
    # -2 log lambda = 270.72; the row with 10 and 3 and 0 and 31,764 has 167.23.
    # As keyness counts: 110 of 2,552 vs 111 of 29,225, and 10 of 13 vs 0 of 31,764.
    assert round(k.g2(110, 111, 110 + 2442, 111 + 29114), 2) == 270.72
    assert round(k.g2(10, 0, 13, 31764), 2) == 167.23
    # G2 of a 2x2 table does not change when the table is transposed
    assert round(k.g2(10, 3, 10, 31767), 2) == 167.23


def test_ucrel_two_term_examples():
    # UCREL log-likelihood calculator (Rayson & Garside 2000): 52 of 50,000 vs
    # 57 of 75,000 gives 2.65; 348 vs 99 per million gives about 147.
    assert round(k.g2_two_term(52, 57, 50_000, 75_000), 2) == 2.65
    assert round(k.g2_two_term(348, 99, 1_000_000, 1_000_000)) == 147
    # the four-term form differs a little from the two-term shortcut
    assert k.g2(52, 57, 50_000, 75_000) == pytest.approx(2.654, abs=1e-3)


@pytest.mark.parametrize("a,b,c,d", [(10, 0, 13, 31764), (52, 57, 50_000, 75_000), (348, 99, 10**6, 10**6),
                                     (2, 0, 58, 167), (1, 5, 58, 167), (3, 3, 40, 40), (0, 7, 20, 90)])
def test_g2_agrees_with_scipy(a, b, c, d):
    assert k.g2(a, b, c, d) == pytest.approx(scipy_g2(a, b, c, d), rel=1e-10)


def test_g2_of_equal_relative_frequencies_is_zero():
    assert k.g2(5, 10, 100, 200) == pytest.approx(0.0, abs=1e-12)
    assert k.g2(0, 0, 100, 200) == 0.0
    assert k.g2_two_term(0, 0, 100, 200) == 0.0


def test_p_value_of_g2():
    assert k.p_g2(3.841458820694124) == pytest.approx(0.05)
    assert k.p_g2(15.13) == pytest.approx(1e-4, rel=0.01)


def test_fisher_matches_scipy():
    for a, b, c, d in [(2, 0, 58, 167), (1, 5, 58, 167), (10, 0, 13, 31764)]:
        expected = fisher_exact([[a, c - a], [b, d - b]]).pvalue
        assert k.p_fisher(a, b, c, d) == pytest.approx(expected)
    # 2 of 58 vs 0 of 167: p = P(both occurrences fall in the first corpus) = 58*57 / (225*224)
    assert k.p_fisher(2, 0, 58, 167) == pytest.approx(58 * 57 / (225 * 224))


def test_log_ratio_hardie():
    assert k.log_ratio(4, 2, 100, 100) == pytest.approx(1.0)
    assert k.log_ratio(2, 4, 100, 100) == pytest.approx(-1.0)
    assert k.log_ratio(1, 1, 100, 200) == pytest.approx(1.0)
    # zero replaced by 0.5
    assert k.log_ratio(2, 0, 100, 100) == pytest.approx(2.0)
    assert k.log_ratio(0, 2, 100, 100) == pytest.approx(-2.0)
    assert k.log_ratio(0, 0, 100, 100) == 0.0
    # a known quirk of the 0.5 rule with corpora of unequal size: a word seen once, only in the corpus
    # three times larger, still gets a positive Log Ratio ((0.5/58) / (1/167) > 1)
    assert k.log_ratio(0, 1, 58, 167) == pytest.approx(math.log2((0.5 / 58) / (1 / 167)))
    assert k.log_ratio(0, 1, 58, 167) > 0


def test_misleading_sign():
    # seen once, only in the corpus 167/58 = 2.9 times larger: Log Ratio > 0 points the wrong way
    assert k.misleading_sign(0, 1, 58, 167)
    assert not k.misleading_sign(0, 2, 58, 167)  # twice is enough here: log2((0.5/58) / (2/167)) < 0
    assert not k.misleading_sign(2, 0, 58, 167)  # absent from the larger corpus: always the right sign
    assert not k.misleading_sign(1, 5, 58, 167)  # both counts above zero: the sign follows the data
    assert not k.misleading_sign(0, 1, 100, 100)
    assert k.misleading_sign(1, 0, 300, 100)  # the mirror case: corpus 1 is the larger one
    assert k.misleading_sign(0, 1, 50, 100)  # Log Ratio exactly 0 for a word that is not equally frequent
    assert not k.misleading_sign(0, 0, 5, 5)
    assert not k.misleading_sign(0, 1, 58, 167, zero=0.1)  # a smaller constant moves the limit
    with pytest.raises(k.KeynessError, match="must not be negative"):
        k.misleading_sign(-1, 0, 10, 10)


def test_zero_flip_limit():
    assert k.zero_flip_limit(58, 167) == 2  # 0.5 * 167 / 58 = 1.44
    assert k.zero_flip_limit(167, 58) == 2  # symmetric in the two sizes
    assert k.zero_flip_limit(100, 100) == 1  # equal sizes: a single occurrence already points the right way
    assert k.zero_flip_limit(50, 100) == 2  # 0.5 * 100 / 50 = 1 exactly gives Log Ratio 0, not below
    for c, d in ((58, 167), (50, 100), (13, 31_764)):
        n = k.zero_flip_limit(c, d)
        small, large = sorted((c, d))
        b_args = (0, n, c, d) if d == large else (n, 0, c, d)
        below = (0, n - 1, c, d) if d == large else (n - 1, 0, c, d)
        assert not k.misleading_sign(*b_args)
        assert n == 1 or k.misleading_sign(*below)
    with pytest.raises(k.KeynessError, match="corpus sizes must be positive"):
        k.zero_flip_limit(0, 10)


def test_pct_diff():
    assert k.pct_diff(2, 1, 100, 100) == pytest.approx(100.0)
    assert k.pct_diff(1, 2, 100, 100) == pytest.approx(-50.0)
    assert k.pct_diff(1, 5, 58, 167) == pytest.approx(100 * (1 / 58 - 5 / 167) / (5 / 167))
    assert k.pct_diff(0, 3, 10, 10) == pytest.approx(-100.0)
    assert k.pct_diff(3, 0, 10, 10) == math.inf
    assert k.pct_diff(0, 0, 10, 10) == 0.0


def test_expected_and_min_expected():
    e = k.expected(2, 0, 58, 167)
    assert e[0][0] == pytest.approx(2 * 58 / 225)
    assert sum(map(sum, e)) == pytest.approx(225)
    assert k.min_expected(2, 0, 58, 167) == pytest.approx(2 * 58 / 225)
    _, _, _, scipy_expected = chi2_contingency([[2, 56], [0, 167]], correction=False)
    assert k.min_expected(2, 0, 58, 167) == pytest.approx(scipy_expected.min())


# ---------------------------------------------------------------- bad inputs

@pytest.mark.parametrize("args,message", [
    ((-1, 0, 10, 10), "must not be negative"),
    ((1, -2, 10, 10), "must not be negative"),
    ((1, 0, 0, 10), "corpus sizes must be positive"),
    ((0, 0, 10, 0), "corpus sizes must be positive"),
    ((11, 0, 10, 10), "exceeds its corpus size"),
    ((1.5, 0, 10, 10), "whole number"),
    (("3", 0, 10, 10), "whole number"),
    ((True, 0, 10, 10), "whole number"),
])
def test_bad_counts_raise_one_line_errors(args, message):
    for f in (k.g2, k.g2_two_term, k.log_ratio, k.pct_diff, k.p_fisher, k.min_expected):
        with pytest.raises(k.KeynessError, match=message) as err:
            f(*args)
        assert "\n" not in str(err.value)


def test_numpy_counts_are_accepted():
    assert k.g2(np.int64(2), np.int64(0), 58, 167) == pytest.approx(k.g2(2, 0, 58, 167))


# ---------------------------------------------------------------- the table

def test_keyness_table():
    ru = Counter({"kremlin": 2, "cooperation": 1, "face": 2})
    cn = Counter({"cooperation": 5, "cctv": 2})
    df = k.keyness_table(ru, cn, size_ru=58, size_cn=167)
    assert list(df.columns) == k.KEYNESS_COLUMNS
    assert sorted(df["term"]) == ["cctv", "cooperation", "face", "kremlin"]
    assert df["g2"].is_monotonic_decreasing
    row = df.set_index("term").loc["kremlin"]
    assert (row.freq_ru, row.size_ru, row.freq_cn, row.size_cn) == (2, 58, 0, 167)
    assert row.g2 == pytest.approx(scipy_g2(2, 0, 58, 167))
    assert row.log_ratio > 0 and np.isnan(row.pct_diff)  # undefined %DIFF: NaN (an empty cell), never inf
    assert not np.isinf(df.select_dtypes("number").to_numpy()).any()
    assert df.set_index("term").loc["cctv", "log_ratio"] < 0
    # ties in g2 are ordered by term
    assert list(df["term"][:2]) == ["face", "kremlin"]


def test_keyness_table_default_sizes_and_errors():
    df = k.keyness_table({"a": 1, "b": 3}, {"a": 2})
    assert set(df["size_ru"]) == {4} and set(df["size_cn"]) == {2}
    with pytest.raises(k.KeynessError, match="term 'a': .*negative"):
        k.keyness_table({"a": -1}, {"a": 2}, 10, 10)
    with pytest.raises(k.KeynessError, match="corpus sizes must be positive"):
        k.keyness_table({"a": 1}, {"a": 2}, 10, 0)


def test_keyness_table_names():
    df = k.keyness_table({"a": 1}, {"a": 2}, 10, 40, names=("putin", "xi"))
    assert list(df.columns) == ["term", "freq_putin", "size_putin", "freq_xi", "size_xi", "g2", "log_ratio",
                                "pct_diff", "p_fisher", "min_expected", "p_g2", "bic", "lr_ci_low",
                                "lr_ci_high", "misleading_sign", "testable"]


def test_fisher_mid_p_against_the_hypergeometric_sum():
    from scipy.stats import hypergeom
    for a, b in [(2, 0), (3, 1), (1, 3), (0, 6), (5, 15), (0, 0)]:
        n = a + b
        dist = hypergeom(225, n, 58)
        probs = [dist.pmf(x) for x in range(0, n + 1)]
        obs = dist.pmf(a)
        expected_mid = sum(p for p in probs if p < obs * (1 - 1e-7)) + 0.5 * sum(
            p for p in probs if abs(p - obs) <= obs * 1e-7)
        assert k.p_fisher_mid(a, b, 58, 167) == pytest.approx(expected_mid)
        assert k.p_fisher_mid(a, b, 58, 167) <= k.p_fisher(a, b, 58, 167)
    # the observed table alone in its tail: mid-p is exactly half of Fisher's p
    assert k.p_fisher_mid(2, 0, 58, 167) == pytest.approx(k.p_fisher(2, 0, 58, 167) / 2)
    # the most likely table (1 of 2 tokens in each of two equal corpora): p = 1, mid-p = 1 - P(observed) / 2
    assert k.p_fisher_mid(1, 1, 10, 10) == pytest.approx(1 - 0.5 * (10 * 10 / 190))


def test_williams_correction():
    # q = 1 + (N/row1 + N/row2 - 1)(N/col1 + N/col2 - 1) / (6N), Williams (1976), r = c = 2
    n = 225
    q = 1 + (n / 58 + n / 167 - 1) * (n / 2 + n / 223 - 1) / (6 * n)
    assert k.williams_q(2, 0, 58, 167) == pytest.approx(q)
    assert k.g2_williams(2, 0, 58, 167) == pytest.approx(scipy_g2(2, 0, 58, 167) / q)
    assert k.williams_q(0, 0, 58, 167) == 1.0
    assert 1 < k.williams_q(30, 70, 100, 200) < 1.01  # the correction vanishes with large counts
    with pytest.raises(k.KeynessError, match="negative"):
        k.g2_williams(-1, 0, 58, 167)
    with pytest.raises(k.KeynessError, match="whole number"):
        k.p_fisher_mid(0.5, 0, 58, 167)


def test_relative_frequencies():
    df = k.relative_frequencies(k.keyness_table({"a": 1}, {"a": 2}, 10, 40))
    assert df.loc[0, "rel_ru"] == pytest.approx(100) and df.loc[0, "rel_cn"] == pytest.approx(50)


# ---------------------------------------------------------------- overlap and topics

def test_jaccard():
    assert k.jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert k.jaccard(["a", "a"], ["a"]) == 1.0
    assert k.jaccard({"a"}, set()) == 0.0
    with pytest.raises(ValueError, match="empty"):
        k.jaccard(set(), [])


def test_topic_matches():
    assert k.topic_matches("illegal Western sanctions") == ["sanctions", "the West and the United States"]
    assert k.topic_matches("Xinjiang, Hong Kong, Taiwan") == ["Taiwan", "Xinjiang", "Hong Kong"]
    assert k.topic_matches("the UN, BRICS and the Shanghai Cooperation Organization") == ["BRICS", "SCO", "UN"]
    assert k.topic_matches("tell us, reunite the un-armed") == []
    assert k.topic_matches("the US and the UN") == ["the West and the United States", "UN"]
    assert k.topic_matches("nothing here") == []


def test_topic_presence():
    s = pd.DataFrame({"text_norm": ["sanctions and Taiwan", "Taiwan", "the bridge"],
                      "voice": ["ru", "cn", "cn"]})
    t = k.topic_presence(s, voices=["ru", "cn"])
    assert list(t.columns) == ["ru", "cn"]
    assert t.loc["Taiwan"].tolist() == [1, 1]
    assert t.loc["sanctions"].tolist() == [1, 0]
    assert t.loc["the bridge"].tolist() == [0, 1]
    assert list(t.index) == list(k.TOPICS)
    with pytest.raises(KeyError, match="speaker"):
        k.topic_presence(s, by="speaker")


# ---------------------------------------------------------------- output files

def test_keyness_file_schema():
    df = k.read_keyness()
    assert list(df.columns) == k.KEYNESS_COLUMNS
    assert (df["freq_ru"] >= 0).all() and (df["freq_cn"] >= 0).all()
    assert df["size_ru"].nunique() == 1 and df["size_cn"].nunique() == 1
    assert ((df["freq_ru"] + df["freq_cn"]) > 0).all()
    assert df["g2"].is_monotonic_decreasing
    assert df["p_fisher"].between(0, 1).all()
    both = (df["freq_ru"] > 0) & (df["freq_cn"] > 0)
    diff = df["freq_ru"] / df["size_ru"] - df["freq_cn"] / df["size_cn"]
    assert (np.sign(df.loc[both, "log_ratio"]) == np.sign(diff[both])).all()
    for r in df[~both].itertuples():
        assert r.log_ratio == pytest.approx(k.log_ratio(r.freq_ru, r.freq_cn, r.size_ru, r.size_cn))
    sample = df.iloc[0]
    assert sample.g2 == pytest.approx(scipy_g2(sample.freq_ru, sample.freq_cn, sample.size_ru, sample.size_cn), abs=1e-6)


def test_summary_file_schema():
    df = k.read_summary()
    assert list(df.columns) == k.SUMMARY_COLUMNS
    assert not df.duplicated(["measure", "voice"]).any()
    assert {"russian_readout", "chinese_readout"} <= set(df["voice"])
    assert pd.to_numeric(df["value"], errors="coerce").notna().all()


def test_summary_table_long_format_and_errors():
    sizes = pd.Series({"ru": 4, "cn": 8})
    shares = pd.DataFrame({"ru": [0.25, 0.5], "cn": [0.375, 0.0]}, index=["war", "west"])
    df = k.summary_table(["ru", "cn"], sentences=sizes, frame=shares)
    assert list(df.columns) == k.SUMMARY_COLUMNS
    assert df.values.tolist() == [["sentences", "ru", 4.0], ["frame.war", "ru", 0.25], ["frame.west", "ru", 0.5],
                                  ["sentences", "cn", 8.0], ["frame.war", "cn", 0.375], ["frame.west", "cn", 0.0]]
    with pytest.raises(KeyError, match="measure 'sentences' has no value for voice 'j'"):
        k.summary_table(["ru", "j"], sentences=sizes)
    with pytest.raises(KeyError, match="voice 'j'"):
        k.summary_table(["j"], frame=shares)


def test_write_summary_writes_what_it_returns(tmp_path):
    voices = ["ru", "cn"]
    sizes = pd.DataFrame({"tokens": [58, 167], "types": [55, 121], "sentences": [4, 8]}, index=voices)
    presence = pd.DataFrame({"ru": [1, 0], "cn": [0, 2]}, index=["war", "Taiwan"])
    tone = pd.DataFrame({"mean": [-0.008, 0.446]}, index=voices)
    shares = pd.DataFrame({"ru": [0.25], "cn": [0.375]}, index=["war"])
    out = tmp_path / "s.csv"
    df = k.write_summary(voices, sizes, presence, tone, shares, path=out)
    assert df.equals(k.read_summary(out))
    assert df.loc[(df["measure"] == "topics_mentioned"), "value"].tolist() == [1.0, 1.0]
    assert set(df["measure"]) == {"sentences", "content_tokens", "content_types", "topics_mentioned",
                                  "vader_compound_mean", "frame_hand_share.war"}


def test_readers_report_bad_files(tmp_path):
    with pytest.raises(AnnotationError, match="file not found"):
        k.read_keyness(tmp_path / "none.csv")
    p = tmp_path / "k.csv"
    pd.DataFrame({"term": ["a"]}).to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="columns"):
        k.read_keyness(p)
    p = tmp_path / "s.csv"
    pd.DataFrame({"measure": ["m", "m"], "voice": ["v", "v"], "value": [1, 2]}).to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="duplicate row"):
        k.read_summary(p)


# ---------------------------------------------------------------- permutation test

def test_permutation_p_small_example():
    # pooled 1, 2, 3, 4 split 2 + 2: six splits; |mean difference| >= 2 only for {1,2} | {3,4} and back
    assert k.permutation_p([1, 2], [3, 4]) == pytest.approx(2 / 6)
    assert k.permutation_p([3, 4], [1, 2]) == pytest.approx(2 / 6)
    # identical groups: every split is at least as extreme as a zero difference
    assert k.permutation_p([1, 1], [1, 1]) == 1.0


def test_permutation_p_agrees_with_scipy():
    from scipy.stats import permutation_test
    x, y = [0.1, -0.4, 0.5, 0.3], [0.9, 0.2, 0.0, 0.6, 0.7, -0.1, 0.8, 0.4]
    # scipy enumerates all 495 splits exactly when n_resamples exceeds their number; the statistic is the
    # absolute difference, so "greater" counts the splits at least as extreme in either direction
    ref = permutation_test((x, y), lambda a, b: abs(np.mean(a) - np.mean(b)), permutation_type="independent",
                           alternative="greater", n_resamples=10_000).pvalue
    assert k.permutation_p(x, y) == pytest.approx(ref)


def test_permutation_p_bad_input():
    with pytest.raises(ValueError, match="both groups need values"):
        k.permutation_p([], [1.0])
    with pytest.raises(ValueError, match="NaN"):
        k.permutation_p([float("nan")], [1.0])
    with pytest.raises(ValueError, match="too many"):
        k.permutation_p(range(20), range(20))


def test_split_chances_are_cached_read_only_and_scipys():
    """The per-total chances that the Fisher columns share: scipy's hypergeometric pmf, sorted and summed, cached."""
    from scipy.stats import hypergeom
    from framing.keyness import _split_chances
    lo, pmf, order, cum = _split_chances(5, 58, 167)
    assert lo == 0 and len(pmf) == 6 and np.allclose(pmf, hypergeom.pmf(np.arange(6), 225, 58, 5))
    assert np.allclose(order, np.sort(pmf)) and np.isclose(cum[-1], 1.0)
    assert _split_chances(5, 58, 167)[1] is pmf  # cached
    with pytest.raises(ValueError):
        pmf[0] = 0.5
    assert _split_chances(170, 58, 167)[0] == 3  # at least 170 - 167 of the tokens fall in corpus 1
