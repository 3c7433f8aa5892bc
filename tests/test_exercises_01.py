"""The checkers of notebook 01's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pandas as pd
import pytest

from framing.agreement import cohen_kappa
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb01 import FIVE, body_sentences, late_cue, sentences

MINE = {4: "journalist", 6: "russian_readout", 13: "chinese_state_media", 20: "chinese_readout", 24: "russian_readout"}


def file_voices():
    return sentences().set_index("sent_id").loc[list(FIVE), "voice"].tolist()


def file_labels():
    return dict(zip(FIVE, file_voices()))


def late_kappa(case=False):
    body = body_sentences()
    return cohen_kappa(body["voice"], late_cue(body, case=case)["voice_auto"])


def right(exercise):
    if exercise == "01.1":
        return 3
    if exercise == "01.2":
        return [14, 22]
    if exercise == "01.3":
        return file_labels(), cohen_kappa(file_voices(), file_voices())
    return late_kappa()


WRONG = {"01.1": 4, "01.2": [14], "01.3": (MINE, 1.0), "01.4": 0.784}


@pytest.mark.parametrize("exercise", ["01.1", "01.2", "01.3", "01.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def test_01_3_names_the_sentences_that_differ_from_the_file():
    ok, message = verdict("01.3", (MINE, cohen_kappa(list(MINE.values()), file_voices())))
    assert not ok and "computed right" in message and "sentence(s) 24" in message
    assert "chinese_readout" not in message


def test_01_3_names_unknown_labels_missing_sentences_and_unfilled_labels():
    assert "not a voice" in verdict("01.3", ({**MINE, 4: "reporter"}, 0.5))[1]
    assert "one label for each" in verdict("01.3", ({4: "journalist"}, 0.5))[1]
    assert "replace every ..." in verdict("01.3", ({i: ... for i in FIVE}, ...))[1]


def test_01_4_accepts_rounded_values_and_a_one_element_series():
    assert verdict("01.4", round(late_kappa(), 2))[0] is True
    assert verdict("01.4", round(late_kappa(), 4))[0] is True
    assert verdict("01.4", pd.Series([late_kappa()]))[0] is True


def test_01_4_names_the_capital_when_the_search_is_case_sensitive():
    ok, message = verdict("01.4", round(late_kappa(case=True), 3))
    assert not ok and "case=False" in message


def test_late_cue_fires_on_5_and_12():
    body = body_sentences()
    late = late_cue(body)
    assert body.loc[late["voice_auto"] != body["voice_auto"], "sent_id"].tolist() == [5, 12]
    assert body.loc[late_cue(body, case=True)["voice_auto"] != body["voice_auto"], "sent_id"].tolist() == [12]
