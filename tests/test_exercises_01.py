"""The checkers of notebook 01's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pandas as pd
import pytest

from framing.agreement import cohen_kappa
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb01 import FIVE, body_sentences, late_cue, sentences

MINE = ["journalist", "russian_readout", "chinese_state_media", "chinese_readout", "russian_readout"]   # 24 differs


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
        return file_voices(), cohen_kappa(file_voices(), file_voices())
    return late_kappa()


WRONG = {"01.1": 4, "01.2": [14], "01.3": (MINE, 1.0), "01.4": 0.784}   # 01.3: kappa not computed from MINE


@pytest.mark.parametrize("exercise", ["01.1", "01.2", "01.3", "01.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def test_01_3_accepts_a_correct_kappa_and_reports_the_differences_as_information(capsys):
    ok, message = verdict("01.3", (MINE, cohen_kappa(MINE, file_voices())))
    assert ok and message == "✓ Correct."
    printed = capsys.readouterr().out
    assert "κ computed correctly; you agree with the file on 4 of 5" in printed
    assert "sentence 24 (file: chinese_readout)" in printed
    assert "sentence 4" not in printed


def test_01_3_accepts_a_dict_in_any_order_and_a_tuple_of_labels():
    labels = dict(reversed(list(file_labels().items())))
    assert verdict("01.3", (labels, 1.0))[0] is True
    assert verdict("01.3", (tuple(MINE), round(cohen_kappa(MINE, file_voices()), 2)))[0] is True


def test_01_3_hints_at_the_form():
    assert "pair (my_labels, kappa_mine)" in verdict("01.3", MINE)[1]
    assert "pair (my_labels, kappa_mine)" in verdict("01.3", file_labels())[1]
    assert "should be a number" in verdict("01.3", (MINE, "0.5"))[1]
    assert "does not follow from your labels" in verdict("01.3", (MINE, 1.0))[1]


def test_01_3_names_unknown_labels_missing_sentences_and_unfilled_labels():
    assert "not a voice" in verdict("01.3", (["reporter"] + MINE[1:], 0.5))[1]
    assert "one voice for each" in verdict("01.3", (["journalist"], 0.5))[1]
    assert "replace every ..." in verdict("01.3", ([...] * 5, ...))[1]


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
