"""The checkers of notebook 01's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import pandas as pd
import pytest

from framing.agreement import cohen_kappa

from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb01 import FIVE, READOUTS, body_sentences, decoys, late_cue, late_table, sentences

MINE = ["journalist", "russian_readout", "russian_readout", "chinese_readout", "chinese_readout"]   # 7 differs


def file_voices():
    return sentences().set_index("sent_id").loc[list(FIVE), "voice"].tolist()


def file_labels():
    return dict(zip(FIVE, file_voices()))


def rule(case=False, next_text=True, next_voice=True, voices=READOUTS):
    """A student's `fires`, complete by default, or missing a condition (or with fewer voices)."""
    def fires(t):
        out = (t["voice_auto"] == "journalist") & t["text_norm"].str.contains('"')
        if next_text:
            out = out & t["next_text"].str.contains("according to", case=case)
        if next_voice:
            out = out & t["next_voice"].isin(voices)
        return out
    return fires


def right(exercise):
    if exercise == "01.1":
        return 4
    if exercise == "01.2":
        return [14, 22]
    if exercise == "01.3":
        return (file_voices(), 1.0)
    return rule()


WRONG = {"01.1": 3, "01.2": [14], "01.3": (MINE, 1.0), "01.4": rule(next_voice=False)}   # 01.4: the starter's rule


@pytest.mark.parametrize("exercise", ["01.1", "01.2", "01.3", "01.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def kappa_with_file(labels):
    return cohen_kappa(labels, file_voices())


def test_01_3_any_labels_pass_with_their_kappa_and_the_first_difference_names_a_rule_not_the_label():
    ok, message = verdict("01.3", (MINE, kappa_with_file(MINE)))
    assert ok and "on 4 of 5" in message
    assert "sentence 7" in message and "C7" in message and "journalist" not in message
    ok, message = verdict("01.3", (file_voices(), 1.0))
    assert ok and "on 5 of 5" in message and "Advice" not in message


def test_01_3_all_journalist_passes_with_kappa_zero_but_is_told_it_ignores_the_codebook():
    """Any labels with their right kappa pass (the design), but one label for all five sentences is told that it
    applies no rule of the codebook, and the remark gives no label."""
    ok, message = verdict("01.3", (["journalist"] * 5, 0.0))
    assert ok and "on 2 of 5" in message and "ignores the codebook" in message
    ok, message = verdict("01.3", (["russian_readout"] * 5, kappa_with_file(["russian_readout"] * 5)))
    assert ok and "ignores the codebook" in message
    for labels in [MINE, file_voices()]:
        assert "ignores the codebook" not in verdict("01.3", (labels, kappa_with_file(labels)))[1]


def test_01_3_wrong_arithmetic_gets_a_hint():
    ok, message = verdict("01.3", (MINE, 1.0))
    assert not ok and "p_o" in message
    ok, message = verdict("01.3", (MINE, round(kappa_with_file(MINE), 2)))   # rounded to two decimals is fine
    assert ok


def test_01_3_accepts_a_dict_in_any_order_a_tuple_and_a_series_of_labels():
    assert verdict("01.3", (dict(reversed(list(file_labels().items()))), 1.0))[0] is True
    assert verdict("01.3", (tuple(file_voices()), 1.0))[0] is True
    assert verdict("01.3", (pd.Series(file_voices()), 1.0))[0] is True


def test_01_3_hints_at_the_form():
    assert "a pair" in verdict("01.3", "journalist")[1]
    assert "a pair" in verdict("01.3", file_voices())[1]   # the labels without the kappa
    assert "one voice for each" in verdict("01.3", (["journalist"], 1.0))[1]


def test_01_3_names_unknown_labels_and_unfilled_parts():
    assert "not a voice" in verdict("01.3", (["reporter"] + MINE[1:], 0.5))[1]
    assert "replace every ..." in verdict("01.3", ([...] * 5, 0.5))[1]
    assert "replace every ..." in verdict("01.3", (MINE, ...))[1]


def test_01_4_the_starter_rule_is_not_accepted_and_each_missing_condition_is_named():
    """The starter writes every condition but the voice one (.isin): it is rejected with a hint to test next_voice,
    and a student who deletes the starter's conditions is still told which one is missing."""
    assert "next_voice" in verdict("01.4", rule(next_voice=False))[1]   # the starter as given
    assert "no \"according to\"" in verdict("01.4", rule(next_text=False, next_voice=False))[1]
    assert "no \"according to\"" in verdict("01.4", rule(next_text=False))[1]
    assert "case=False" in verdict("01.4", rule(case=True))[1]   # a lowercase literal misses "According"


def test_01_4_wants_the_function_not_its_result():
    ok, message = verdict("01.4", rule()(late_table(body_sentences())))
    assert not ok and "function itself" in message


def test_01_4_decoys_fire_as_the_reference_rule_does():
    table = decoys()
    assert rule()(table).tolist() == table["fires"].tolist()


def test_late_cue_fires_on_5_and_12():
    body = body_sentences()
    late = late_cue(body)
    assert body.loc[late["voice_auto"] != body["voice_auto"], "sent_id"].tolist() == [5, 12]
    assert body.loc[late_cue(body, case=True)["voice_auto"] != body["voice_auto"], "sent_id"].tolist() == [12]


def test_01_4_a_capital_according_to_gets_the_case_hint():
    def fires(t):   # "According to" as written in sentence 6: misses sentence 13's lowercase cue
        return ((t["voice_auto"] == "journalist") & t["text_norm"].str.contains('"')
                & t["next_text"].str.contains("According to") & t["next_voice"].isin(READOUTS))
    ok, message = verdict("01.4", fires)
    assert not ok and "case=False" in message


def test_01_4_a_rule_without_state_media_is_told_so_not_about_case():
    ok, message = verdict("01.4", rule(voices=["russian_readout", "chinese_readout"]))
    assert not ok and "state media" in message and "case=False" not in message
    assert "chinese_state_media" not in message   # names the condition, not the answer


def test_01_4_a_rule_without_the_chinese_readout_is_told_so():
    ok, message = verdict("01.4", rule(voices=["russian_readout", "chinese_state_media"]))
    assert not ok and "Chinese readout" in message and "case=False" not in message


def test_01_4_any_voice_but_the_journalist_is_looser_than_the_rule():
    def fires(t):
        return ((t["voice_auto"] == "journalist") & t["text_norm"].str.contains('"')
                & t["next_text"].str.contains("according to", case=False) & (t["next_voice"] != "journalist"))
    ok, message = verdict("01.4", fires)
    assert not ok and "headline" in message
    assert fires(late_table(body_sentences())).tolist() == rule()(late_table(body_sentences())).tolist()


def test_01_2_row_labels_instead_of_sent_ids_get_their_own_hint():
    body = body_sentences()
    ok, message = verdict("01.2", [i - 1 for i in right("01.2")])   # row labels: sent_id - 1 here
    assert not ok and "row labels" in message and "sent_id" in message
    assert all(i in body.index for i in [13, 21])


def test_01_3_two_different_labels_give_the_count_and_the_first():
    labels = file_voices()
    labels[0] = "russian_readout"     # sentence 4
    labels[4] = "russian_readout"     # sentence 22
    ok, message = verdict("01.3", (labels, kappa_with_file(labels)))
    assert ok and "on 3 of 5" in message and "sentence 4" in message and "journalist" not in message


def test_01_3_sentences_are_not_settled_by_the_lesson():
    assert FIVE == (4, 7, 8, 21, 22)


def test_01_4_and_instead_of_ampersand_gets_its_own_hint():
    def fires(t):
        return (t["voice_auto"] == "journalist") and t["text_norm"].str.contains('"')
    ok, message = verdict("01.4", fires)
    assert not ok and "use &" in message and "ValueError" not in message


def test_01_1_one_condition_only_is_told_so():
    """01.1 counts Chinese-readout sentences of more than 30 words: counting all Chinese-readout sentences, or the
    long sentences of every voice, meets one condition only."""
    from framing.corpus import analysed
    counted = analysed(sentences())
    long_ones = counted["text_norm"].str.split().str.len() > 30
    for wrong in [(counted["voice"] == "chinese_readout").sum(), long_ones.sum()]:
        ok, message = verdict("01.1", int(wrong))
        assert not ok and "one condition only" in message


def test_01_3_sentence_22_advice_names_c3_and_c5():
    """Sentence 22 is a quotation with no source of its own: the advice sends the student to both rules that
    decide a quotation (C3: it relays the readout; C5: a term quoted in passing), as notebook 01's C5 now says."""
    labels = file_voices()
    labels[4] = "journalist"     # sentence 22, read as quotation marks alone
    ok, message = verdict("01.3", (labels, kappa_with_file(labels)))
    assert ok and "sentence 22" in message and "C3" in message and "C5" in message
    assert "chinese_readout" not in message


def test_01_4_a_headline_in_the_isin_list_is_told_which_labels_to_accept():
    ok, message = verdict("01.4", rule(voices=READOUTS + ["headline"]))
    assert not ok and "headline" in message and "next_voice" in message
    assert "any voice but the journalist" not in message


def test_01_4_a_function_that_ignores_its_argument_is_told_to_use_t():
    """A `fires` that tests the notebook's table `late` (with made-up row 99) instead of its argument `t`."""
    outer = late_table(body_sentences())
    outer.loc[99] = [99, 'He spoke of "unity".', "journalist", "journalist", "According to analysts, it was cordial."]
    def fires(t):
        return rule()(outer)
    ok, message = verdict("01.4", fires)
    assert not ok and "argument t" in message and "could not be checked" not in message


def test_01_2_only_the_worse_or_only_the_better_sentence_is_told_to_list_both():
    """01.2 asks for every sent_id whose label changed, better or worse: the one that got worse alone (22) is told to
    add the one that got better, and the reverse."""
    ok, message = verdict("01.2", [22])
    assert not ok and "also list the sentence that got better" in message
    ok, message = verdict("01.2", [14])
    assert not ok and "also list the sentence that got worse" in message
    assert verdict("01.2", [22, 14])[0] is True
