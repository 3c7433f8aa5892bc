"""Checkers of notebook 06: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pytest
from exercise_contract import assert_checker_contract

from framing import sentiment
from framing.corpus import read_sentences
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises import nb06


def body_text():
    return sentiment.body_sentences(read_sentences()).set_index("sent_id")["text_norm"]


def right(exercise):
    lex = sentiment.analyzer().lexicon
    if exercise == "06.1":
        x = lex["peace"] + lex["war"]
        return round(x / (x**2 + 15) ** 0.5, 4)
    if exercise == "06.2":
        words = sentiment.explain(body_text()[13]).words
        return words.groupby("token")["valence"].sum().idxmax()
    if exercise == "06.3":
        adapted = sentiment.with_lexicon({w: None for w in nb06.REMOVED})
        return sorted(i for i, t in body_text().items()
                      if sentiment.label(sentiment.score(t)["compound"]) != sentiment.label(adapted.polarity_scores(t)["compound"]))
    fired = sentiment.fired_words(nb06.sotu_passage())
    word = fired.assign(word=fired["token"].str.lower()).groupby("word")["valence"].sum().idxmax()
    return (word, nb06.wrong_sense(fired, word))


WRONG = {"06.1": -0.4, "06.2": "peace", "06.3": [15], "06.4": ("united", 8)}


@pytest.mark.parametrize("exercise", sorted(WRONG))
def test_right_wrong_and_unanswered(exercise):
    assert_checker_contract(exercise, right(exercise), WRONG[exercise])
    assert not verdict(exercise, None)[0]


def test_known_answers_are_the_ones_the_lesson_teaches():
    # the values the notebook's prose relies on (computed by the checkers' own route above)
    assert right("06.2") == "safeguard"
    assert right("06.3") == [15, 21]
    assert right("06.4") == ("united", 6)


def test_raw_score_gets_a_specific_hint():
    lex = sentiment.analyzer().lexicon
    assert "raw score" in verdict("06.1", lex["peace"] + lex["war"])[1]


def test_rounding_gets_its_own_hint():
    lex = sentiment.analyzer().lexicon
    x = lex["peace"] + lex["war"]
    assert "4 decimals" in verdict("06.1", round(x / (x**2 + 15) ** 0.5, 2))[1]


def test_06_4_hints_tell_word_from_count():
    assert "groupby" in verdict("06.4", ("war", 6))[1]
    assert "every row" in verdict("06.4", ("united", 8))[1]  # every row counted: the frequency, not the names
    assert "capitalised" in verdict("06.4", ("united", 3))[1]  # some other wrong count: how to tell a name
    assert "whole number" in verdict("06.4", ("united", 5.5))[1]
    assert "pair" in verdict("06.4", "united")[1]


def test_wrong_sense_counts_names_only():
    fired = sentiment.fired_words(["We are united.", "The United States and the United Kingdom.", "United we stand."])
    assert nb06.wrong_sense(fired, "united") == 2


def test_numpy_and_pandas_forms_are_accepted():
    import numpy as np
    import pandas as pd

    assert verdict("06.3", np.array([15, 21]))[0]
    assert verdict("06.3", pd.Series([15, 21]))[0]
    assert verdict("06.3", [np.int64(15), np.int64(21)])[0]
    assert verdict("06.3", {21, 15})[0]
    assert verdict("06.4", ("united", np.int64(6)))[0]
    assert verdict("06.4", ["United", 6])[0]
    assert verdict("06.1", np.float64(right("06.1")))[0]


def test_06_2_largest_single_valence_gets_the_twice_hint():
    ok, hint = verdict("06.2", "peace")
    assert not ok and "twice" in hint


def test_06_3_whole_list_comparison_gets_a_hint():
    ok, hint = verdict("06.3", True)
    assert not ok and "item by item" in hint
    assert not verdict("06.3", [15.5, 21])[0]


def test_06_3_any_order_and_container_is_accepted():
    # the task asks for the sent_ids, not for a sorted list
    assert verdict("06.3", [21, 15])[0]
    assert verdict("06.3", (21, 15))[0]
    assert verdict("06.3", {15, 21})[0]
