"""The checkers of notebook 00's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import re

import pytest

from framing import paths
from framing.article import NORMALISATION_STEPS, Step, normalise
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb00 import sotu_opening

SEED = paths.SEED.read_text(encoding="utf-8")
NOTES = Step("drop_notes", r"\[[^\]]*\]", "", "bracketed transcript notes")


def right(exercise):
    if exercise == "00.1":
        return 8
    if exercise == "00.2":
        return [m.start() for m in re.finditer(r" {2,}", SEED)]
    if exercise == "00.3":
        return normalise(sotu_opening(), NORMALISATION_STEPS + (NOTES,))
    return [1, 12]


WRONG = {"00.1": 7, "00.2": [41], "00.3": normalise(sotu_opening()), "00.4": [1]}


@pytest.mark.parametrize("exercise", ["00.1", "00.2", "00.3", "00.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def test_00_3_wants_offsets_kept():
    cleaned = normalise(sotu_opening(), NORMALISATION_STEPS + (NOTES,))
    ok, message = verdict("00.3", cleaned.text)
    assert not ok and "Normalised" in message


def test_00_3_refuses_a_step_that_removes_words():
    greedy = Step("greedy", r"\[[^\]]*\][^.]*", "", "removes too much")
    ok, message = verdict("00.3", normalise(sotu_opening(), NORMALISATION_STEPS + (greedy,)))
    assert not ok and "removed more" in message
