"""Checkers of notebook 07: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pytest

from framing import agreement, sentiment
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises import nb07


def scores():
    from framing.corpus import read_sentences
    return sentiment.build_sentiment(read_sentences())


def right(exercise):
    s = scores()
    if exercise == "07.1":
        return int(s.loc[(s["hand_tone"] == "negative") & (s["label"] == "positive"), "sent_id"].item())
    if exercise == "07.2":
        hand = [{9: "negative"}.get(i, t) for i, t in zip(s["sent_id"], s["hand_tone"])]
        return round(agreement.cohen_kappa(hand, s["label"]), 2)
    if exercise == "07.3":
        russian = s.loc[s["voice"] == "russian_readout", "compound"]
        return round(russian.sort_values().iloc[1:].mean(), 2)
    codes = ["negative", "negative", "neutral", "negative", "negative"]
    vader = sentiment.labels([sentiment.score(t)["compound"] for t in nb07.sotu_sentences()])
    return (codes, agreement.cohen_kappa(codes, vader))


WRONG = {"07.1": 4, "07.2": 0.36, "07.3": -0.01, "07.4": (["negative"] * 5, 0.9)}


@pytest.mark.parametrize("exercise", sorted(WRONG))
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise)) == (True, "✓ Correct.")
    ok, hint = verdict(exercise, WRONG[exercise])
    assert not ok and hint.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)
    assert not verdict(exercise, "x")[0]


def test_sotu_paragraph_has_five_sentences_and_codings_by_the_codebook_pass():
    assert len(nb07.sotu_sentences()) == 5
    vader = sentiment.labels([sentiment.score(t)["compound"] for t in nb07.sotu_sentences()])
    for mine in (["negative", "neutral", "neutral", "neutral", "neutral"], ["negative"] * 5):
        assert verdict("07.4", (mine, agreement.cohen_kappa(mine, vader)))[0]
    assert not verdict("07.4", (["good"] * 5, 0.0))[0]


def test_07_4_checks_the_codes_not_only_the_arithmetic():
    vader = sentiment.labels([sentiment.score(t)["compound"] for t in nb07.sotu_sentences()])
    constant = ["positive"] * 5
    ok, hint = verdict("07.4", (constant, agreement.cohen_kappa(constant, vader)))
    assert not ok and "attack" in hint
    split = ["negative", "negative", "neutral", "negative", "positive"]  # "as well" read as praise
    ok, hint = verdict("07.4", (split, agreement.cohen_kappa(split, vader)))
    assert not ok and "as well" in hint


def test_07_3_hints():
    s = scores()
    russian = s.loc[s["voice"] == "russian_readout", "compound"].sort_values()
    assert "all four" in verdict("07.3", round(russian.mean(), 2))[1]
    assert "smallest" in verdict("07.3", round(russian.iloc[:-1].mean(), 2))[1]
