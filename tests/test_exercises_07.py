"""Checkers of notebook 07: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pytest
from exercise_contract import assert_checker_contract

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
        return ({9: "negative"}, kappa_with(s, {9: "negative"}))
    if exercise == "07.3":
        russian = s[s["voice"] == "russian_readout"].set_index("sent_id")["compound"]
        mean = round(russian.drop(russian.idxmin()).mean(), 2)  # the way the notebook teaches
        return (mean, sentiment.label(mean))
    return mine(["negative", "negative", "neutral", "negative", "negative"])


def kappa_with(s, recode):
    hand = [recode.get(i, t) for i, t in zip(s["sent_id"], s["hand_tone"])]
    return round(agreement.cohen_kappa(hand, s["label"]), 2)


def mine(codes, word="well"):
    vader = sentiment.labels([sentiment.score(t)["compound"] for t in nb07.sotu_sentences()])
    return {"codes": codes, "kappa": agreement.cohen_kappa(codes, vader), "word": word}


WRONG = {"07.1": 4, "07.2": ({21: "negative"}, 0.45), "07.3": (-0.01, "neutral"), "07.4": {"codes": ["negative"] * 5, "kappa": 0.9, "word": "well"}}


@pytest.mark.parametrize("exercise", sorted(WRONG))
def test_right_wrong_and_unanswered(exercise):
    assert_checker_contract(exercise, right(exercise), WRONG[exercise])
    assert not verdict(exercise, "x")[0]


def test_defensible_codes_pass_with_their_own_kappa():
    """07.4: "The checker rejects codes that contradict the codebook's definitions (confrontation is negative, for one);
    several codings pass" (3's belief and the dividing of
    4 and 5 may be neutral or negative; sentence 2's rejected diplomacy is confrontation, negative by the codebook)."""
    assert len(nb07.sotu_sentences()) == 5
    # lenient: there is no key for the student's own reading; the kappa must be THEIRS
    for codes in (["negative"] * 5, ["negative", "negative", "neutral", "negative", "negative"],
                  ["negative", "negative", "neutral", "neutral", "neutral"]):
        assert verdict("07.4", mine(codes))[0], codes


def test_07_4_sentence_2_neutral_fails_with_the_codebook_definitions():
    """07.4: rejecting repeated efforts at diplomacy is confrontation (the codebook's `negative`), not a factual or
    procedural statement (its `neutral`): the hint names the definitions, not the code."""
    for codes in (["negative", "neutral", "neutral", "neutral", "neutral"], ["negative", "neutral", "neutral", "negative", "negative"]):
        ok, hint = verdict("07.4", mine(codes))
        assert not ok and "sentence 2" in hint and "confrontation" in hint and "tone definitions" in hint, codes


def test_07_4_all_negative_passes_and_says_why_kappa_is_zero():
    """07.4: the all-negative coding is accepted, with a remark that kappa collapses to 0 for codes without variation;
    a coding that varies gets no such remark."""
    ok, message = verdict("07.4", mine(["negative"] * 5))
    assert ok and mine(["negative"] * 5)["kappa"] == 0 and "no variation" in message and "kappa is 0" in message
    ok, message = verdict("07.4", mine(["negative", "negative", "neutral", "negative", "negative"]))
    assert ok and message == "✓ Correct."


def test_codes_the_codebook_rules_out_fail_with_the_rule_to_reread():
    # sentence 1 reports an attack: the definition of negative names it (rule 2: the main claim decides)
    for codes in (["positive"] * 5, ["neutral"] * 5, ["neutral", "negative", "neutral", "negative", "negative"]):
        ok, hint = verdict("07.4", mine(codes))
        assert not ok and "rule 2" in hint and "sentence 1" in hint and "negative" not in hint, codes
    # no main claim presents cooperation, improvement, unity, success or praise; sentence 5 is VADER's trap
    ok, hint = verdict("07.4", mine(["negative", "negative", "neutral", "negative", "positive"]))
    assert not ok and "definition of `positive`" in hint and "sentence 5" in hint
    ok, hint = verdict("07.4", mine(["negative", "positive", "neutral", "neutral", "neutral"]))
    assert not ok and "sentence 2" in hint
    codes = ["negative", "negative", "neutral", "neutral", "neutral"]
    ok, hint = verdict("07.4", {**mine(codes), "kappa": mine(codes)["kappa"] + 0.5})
    assert not ok and "own codes" in hint
    other = ["negative", "negative", "neutral", "negative", "negative"]  # another accepted coding's kappa
    assert mine(other)["kappa"] != mine(codes)["kappa"]
    assert not verdict("07.4", {**mine(codes), "kappa": mine(other)["kappa"]})[0]
    ok, hint = verdict("07.4", mine(["negative"] * 5, word="divide"))
    assert not ok and "explain" in hint
    assert not verdict("07.4", {"codes": ["good"] * 5, "kappa": 0.0, "word": "well"})[0]
    assert not verdict("07.4", {"codes": ["negative"] * 4, "kappa": 0.0, "word": "well"})[0]
    assert not verdict("07.4", {**mine(["negative"] * 5), "kappa": None})[0]


def test_07_4_wants_the_three_named_values():
    """07.4: "Answer with a dictionary: `{"codes": my_codes, "kappa": kappa, "word": "..."}`": the old 4-tuple with
    the number of agreements, a tuple of the three values, a missing or an extra key get the format hint."""
    right = mine(["negative", "negative", "neutral", "negative", "negative"])
    assert verdict("07.4", right)[0]
    old = (right["codes"], 3, right["kappa"], right["word"])
    for wrong in (old, tuple(right.values()), {"codes": right["codes"], "kappa": right["kappa"]},
                  {**right, "agreements": 3}, {1: 2}, "well"):
        ok, hint = verdict("07.4", wrong)
        assert not ok and "dictionary with three keys" in hint, wrong


def test_07_1_accepts_what_a_selection_gives():
    s = scores()
    found = s[(s["hand_tone"] == "negative") & (s["label"] == "positive")]
    for answer in (found["sent_id"], found["sent_id"].iloc[0], found["sent_id"].values[0], found["sent_id"].values):
        assert verdict("07.1", answer)[0]


def test_07_3_hints():
    s = scores()
    russian = s.loc[s["voice"] == "russian_readout", "compound"].sort_values()
    assert "all four" in verdict("07.3", (round(russian.mean(), 2), "neutral"))[1]
    assert "smallest" in verdict("07.3", (round(russian.iloc[:-1].mean(), 2), "negative"))[1]
    assert "(the largest)" in verdict("07.3", (round(russian.iloc[:-1].mean(), 2), "negative"))[1]


def test_07_3_wrong_row_names_the_sentence_left_out():
    """07.3: a student who drops a sentence other than the most negative one is told which sentence they left out
    (the starter's row labels are sent_ids, so `russian.drop(5)` drops sentence 5)."""
    s = scores()
    russian = s[s["voice"] == "russian_readout"].set_index("sent_id")["compound"]
    assert russian.index.tolist() == [5, 6, 8, 9] and russian.idxmin() == 5
    assert verdict("07.3", (round(russian.drop(5).mean(), 2), "positive"))[0]
    for sid in [6, 8, 9]:
        mean = round(russian.drop(sid).mean(), 2)
        ok, hint = verdict("07.3", (mean, sentiment.label(mean)))
        assert not ok and f"sentence {sid}" in hint and "smallest" in hint
        assert ("(the largest)" in hint) == (sid == 8)
    right_mean = right("07.3")[0]
    assert "thresholds" in verdict("07.3", (right_mean, "neutral"))[1]
    assert "pair" in verdict("07.3", right_mean)[1]
    assert "idxmin" in verdict("07.3", (0.9, "positive"))[1]
    unrounded = russian.drop(russian.idxmin()).mean()
    assert verdict("07.3", (unrounded, sentiment.label(unrounded)))[0]


def test_07_4_a_phrase_is_asked_for_a_single_token():
    ok, hint = verdict("07.4", mine(["negative", "negative", "neutral", "negative", "negative"], word="as well"))
    assert not ok and "single token" in hint


def test_07_2_kappa_alone_cannot_tell_sentence_9_so_the_recode_is_checked():
    """07.2: re-coding 21 as negative gives exactly sentence 9's kappa (and 22 as neutral rounds to it), so the
    answer is the pair (recode, kappa) and the checker reads the dictionary."""
    s = scores()
    assert kappa_with(s, {21: "negative"}) == kappa_with(s, {9: "negative"}) == kappa_with(s, {22: "neutral"})
    for recode in ({21: "negative"}, {22: "neutral"}, {9: "negative", 3: "neutral"}):
        ok, hint = verdict("07.2", (recode, kappa_with(s, recode)))
        assert not ok and "sentence 9 only" in hint, recode
    ok, hint = verdict("07.2", 0.45)
    assert not ok and "pair (recode, kappa)" in hint


def test_07_2_string_key_empty_recode_and_wrong_tone_get_their_own_hints():
    """07.2: a key written "9" matches no sent_id; an empty recode changes nothing; sentence 9 re-coded neutral is
    a wrong tone; a right recode with a wrong kappa is told to compute it; a string kappa is not a number."""
    s = scores()
    for answer, words in ((({"9": "negative"}, kappa_with(s, {})), "whole number 9"),
                          (({}, kappa_with(s, {})), "changed nothing"),
                          (({9: "neutral"}, kappa_with(s, {9: "neutral"})), "tone other than VADER's label"),
                          (({9: "negative"}, 0.36), "compute agreement.cohen_kappa"),
                          (({9: "negative"}, "0.45"), "one number")):
        ok, hint = verdict("07.2", answer)
        assert not ok and words in hint, answer
        assert "negative" not in hint  # never the answer
