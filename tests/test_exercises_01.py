"""The checkers of notebook 01's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pytest

from framing.agreement import cohen_kappa
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb01 import FIVE, body_sentences, late_cue, sentences

MINE = {4: "journalist", 6: "russian_readout", 13: "chinese_state_media", 20: "chinese_readout", 24: "russian_readout"}


def file_voices():
    return sentences().set_index("sent_id").loc[list(FIVE), "voice"].tolist()


def right(exercise):
    if exercise == "01.1":
        return 3
    if exercise == "01.2":
        return [14, 22]
    if exercise == "01.3":
        return MINE, cohen_kappa(list(MINE.values()), file_voices())
    body = body_sentences()
    return cohen_kappa(body["voice"], late_cue(body)["voice_auto"])


WRONG = {"01.1": 4, "01.2": [14], "01.3": (MINE, 1.0), "01.4": 0.784}


@pytest.mark.parametrize("exercise", ["01.1", "01.2", "01.3", "01.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def test_01_3_accepts_any_honest_coding():
    agree = {i: v for i, v in zip(FIVE, file_voices())}
    assert verdict("01.3", (agree, 1.0))[0] is True


def test_01_3_names_unknown_labels_and_missing_sentences():
    assert "not a voice" in verdict("01.3", ({**MINE, 4: "reporter"}, 0.5))[1]
    assert "one label for each" in verdict("01.3", ({4: "journalist"}, 0.5))[1]


def test_late_cue_fires_on_5_and_12():
    body = body_sentences()
    late = late_cue(body)
    assert body.loc[late["voice_auto"] != body["voice_auto"], "sent_id"].tolist() == [5, 12]
