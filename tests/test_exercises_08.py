from framing import keyness
from framing.corpus import analysed, read_sentences
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises import nb08
from framing.sentiment import read_sentiment
from framing.tokens import read_tokens

RU, CN, J = "russian_readout", "chinese_readout", "journalist"


def content():
    t = read_tokens()
    return t[~t["is_punct"] & ~t["is_stop"]]


def right_answers():
    c, s, senti = content(), analysed(read_sentences()), read_sentiment()
    return {
        "08.1": round((c["voice"] == CN).sum() / (s["voice"] == CN).sum(), 1),
        "08.2": round(keyness.jaccard(set(c.loc[c["voice"] == RU, "norm"]), set(c.loc[c["voice"] == J, "norm"])), 3),
        "08.3": round(keyness.permutation_p(senti.loc[senti["voice"] == RU, "pos"],
                                            senti.loc[senti["voice"] == CN, "pos"]), 3),
        "08.4": nb08.sotu_opening_missing(),
    }


def test_right_answers_pass():
    for ex, answer in right_answers().items():
        assert verdict(ex, answer)[0], ex


def test_wrong_answers_get_a_hint():
    wrong = {"08.1": 14.5, "08.2": 0.086, "08.3": 0.121, "08.4": ["sanctions"]}
    for ex, answer in wrong.items():
        ok, message = verdict(ex, answer)
        assert not ok and message.startswith("Not yet. Hint:"), ex


def test_not_answered():
    for ex in ("08.1", "08.2", "08.3", "08.4"):
        assert verdict(ex, ...) == (False, NOT_ANSWERED)


def test_rounding_slips_get_a_rounding_hint_not_a_method_hint():
    for ex, answer in {"08.1": 21, "08.2": 0.07, "08.3": 0.79}.items():
        ok, message = verdict(ex, answer)
        assert not ok and "rounded too far" in message, ex
    for ex, answer in {"08.1": 14.5, "08.1 ": 20.8, "08.2": 0.086, "08.2 ": 0.067, "08.3": 0.121}.items():
        ok, message = verdict(ex.strip(), answer)
        assert not ok and "rounded too far" not in message, ex


def test_unsorted_or_set_answers_get_a_specific_hint():
    right = nb08.sotu_opening_missing()
    for answer in (set(right), list(reversed(right)), tuple(reversed(right))):
        ok, message = verdict("08.4", answer)
        assert not ok and "sorted(" in message
    ok, message = verdict("08.4", right[:-1])
    assert not ok and "sorted(" not in message


def test_hints_do_not_give_the_answer():
    for ex, answer in right_answers().items():
        _, message = verdict(ex, "wrong")
        assert str(answer) not in message, ex


def test_sotu_opening_omits_the_readouts_asian_topics():
    missing = nb08.sotu_opening_missing()
    assert "Xinjiang" in missing and "sanctions" not in missing


def test_08_1_near_miss_gets_a_rounding_hint_russian_ratio_gets_its_own():
    right = right_answers()["08.1"]
    for near in (round(right - 0.1, 1), round(right + 0.1, 1)):
        ok, message = verdict("08.1", near)
        assert not ok and "round(x, 1)" in message and "Russian" not in message, near
    ok, message = verdict("08.1", 14.5)
    assert not ok and "Russian" in message


def test_strings_and_booleans_are_rejected_with_a_type_hint():
    for ex, answer in right_answers().items():
        if ex == "08.4":
            continue
        ok, message = verdict(ex, str(answer))
        assert not ok and "not a string" in message, ex
        ok, message = verdict(ex, True)
        assert not ok and "not a bool" in message, ex


def test_numeric_answers_require_the_asked_rounding():
    c, senti = content(), read_sentiment()
    s = analysed(read_sentences())
    exact = {
        "08.1": (c["voice"] == CN).sum() / (s["voice"] == CN).sum(),
        "08.2": keyness.jaccard(set(c.loc[c["voice"] == RU, "norm"]), set(c.loc[c["voice"] == J, "norm"])),
        "08.3": keyness.permutation_p(senti.loc[senti["voice"] == RU, "pos"], senti.loc[senti["voice"] == CN, "pos"]),
    }
    for ex, x in exact.items():
        for answer in (float(x), round(float(x), 4)):
            ok, message = verdict(ex, answer)
            assert not ok and "not the asked rounding" in message, (ex, answer)


def test_08_2_generic_wrong_answers_get_a_generic_hint_the_readouts_pair_its_own():
    t = read_tokens()
    words = t[~t["is_punct"]]  # Jaccard on all tokens, stop words included
    all_tokens = round(keyness.jaccard(set(words.loc[words["voice"] == RU, "norm"]),
                                       set(words.loc[words["voice"] == J, "norm"])), 3)
    for answer in (all_tokens, 0.064):
        ok, message = verdict("08.2", answer)
        assert not ok and "Chinese" not in message and "len(a & b) / len(a | b)" in message, answer
    ok, message = verdict("08.2", 0.086)
    assert not ok and "two readouts" in message
