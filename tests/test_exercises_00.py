"""The checkers of notebook 00's exercises: a right answer passes, a wrong one gets a hint, `...` is not answered."""
import re

import pandas as pd
import pytest

from framing import paths
from framing.article import NORMALISATION_STEPS, Step, load_article, normalise
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises.nb00 import sotu_passage

SEED = paths.SEED.read_text(encoding="utf-8")
NOTES = Step("drop_notes", r"\[[Aa]pplause\]|\[[Ll]aughter\]", "", "audience reactions")


def right(exercise):
    if exercise == "00.1":
        return 8
    if exercise == "00.2":
        return [m.start() for m in re.finditer(r" {2,}", SEED)]
    if exercise == "00.3":
        return normalise(sotu_passage(), (NOTES,) + NORMALISATION_STEPS)
    return [1, 12]


WRONG = {"00.1": 7, "00.2": [41], "00.3": normalise(sotu_passage()), "00.4": [1]}


@pytest.mark.parametrize("exercise", ["00.1", "00.2", "00.3", "00.4"])
def test_right_wrong_and_unanswered(exercise):
    assert verdict(exercise, right(exercise))[0] is True
    ok, message = verdict(exercise, WRONG[exercise])
    assert not ok and message.startswith("Not yet. Hint:")
    assert verdict(exercise, ...) == (False, NOT_ANSWERED)


def test_00_1_takes_a_one_row_series_and_hints_at_a_longer_one():
    assert verdict("00.1", pd.Series([8], index=[7], name="sent_id"))[0] is True
    ok, message = verdict("00.1", pd.Series([7, 8], index=[6, 7], name="sent_id"))
    assert not ok and "&" in message


def test_00_2_hints_without_the_pattern():
    ok, message = verdict("00.2", [m.start() for m in re.finditer(" ", SEED)])
    assert not ok and "single space" in message and "{2,}" not in message


def test_00_2_names_the_line_breaks_that_backslash_s_matches():
    ok, message = verdict("00.2", [m.start() for m in re.finditer(r"\s{2,}", SEED)])
    assert not ok and "line breaks" in message and "single" not in message


def test_00_3_wants_offsets_kept():
    cleaned = normalise(sotu_passage(), (NOTES,) + NORMALISATION_STEPS)
    ok, message = verdict("00.3", cleaned.text)
    assert not ok and "Normalised" in message


@pytest.mark.parametrize("steps", [NORMALISATION_STEPS + (NOTES,), (NOTES,)])
def test_00_3_wants_the_project_steps_after_the_notes(steps):
    ok, message = verdict("00.3", normalise(sotu_passage(), steps))
    assert not ok and "double space" in message


def test_00_3_names_a_greedy_pattern():
    step = Step("greedy", r"\[.*\]", "", "removes too much")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and ".*" in message


@pytest.mark.parametrize("pattern", [r"\[.*?\]", r"\[[^\]]*\]"])
def test_00_3_names_the_lost_correction_without_calling_it_greedy(pattern):
    step = Step("any_brackets", pattern, "", "removes too much")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "[Delaware]" in message and "greedy" not in message and ".*" not in message


def test_00_3_accepts_a_case_insensitive_pattern():
    step = Step("notes", r"(?i)\[(applause|laughter)\]", "", "audience reactions")
    assert verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))[0] is True


def test_00_4_accepts_any_order_and_a_series():
    assert verdict("00.4", pd.Series([12, 1]))[0] is True


def test_00_2_hints_at_a_list_for_a_single_number():
    ok, message = verdict("00.2", 2)
    assert not ok and "list of offsets" in message and "TypeError" not in message


def test_00_3_accepts_a_pattern_that_also_removes_the_space_before_a_note():
    step = Step("notes", r" ?\[([Aa]pplause|[Ll]aughter)\]", "", "audience reactions and the space before them")
    assert verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))[0] is True


def test_00_3_rejects_offsets_of_an_edited_copy():
    copy = re.sub(r"\[(?:[Aa]pplause|[Ll]aughter)\]", "", sotu_passage())
    ok, message = verdict("00.3", normalise(copy))
    assert not ok and "offsets do not lead back" in message


@pytest.mark.parametrize("pattern, note", [(r"\[applause\]|\[laughter\]", "[Applause]"),
                                           (r"\[Applause\]|\[Laughter\]", "[applause]"),
                                           (r"\[applause\]|\[Laughter\]", "[Applause]"),
                                           (r"\[[Aa]pplause\]|\[Laughter\]", "[laughter]")])
def test_00_3_names_the_note_a_case_sensitive_pattern_misses(pattern, note):
    step = Step("notes", pattern, "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and note in message and "case-sensitive" in message and "brackets too" not in message


def test_00_3_names_missing_brackets():
    step = Step("notes", r"[Aa]pplause|[Ll]aughter", "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "brackets" in message


def test_00_4_using_m_end_reaches_the_checker_and_gets_the_hint():
    seed = paths.SEED.read_text(encoding="utf-8")
    sentences = pd.DataFrame(load_article().records())

    def sentence_at(offset):   # as in the lesson: None between sentences
        hit = sentences.loc[(sentences["start"] <= offset) & (offset < sentences["end"]), "sent_id"]
        return hit.iloc[0] if len(hit) else None

    naive = list(re.finditer("\u201c[^\u201d]*\u201d", seed))
    answer = [sentence_at(m.start()) for m in naive if sentence_at(m.start()) != sentence_at(m.end())]
    ok, message = verdict("00.4", answer)
    assert not ok and "m.end() - 1" in message


def test_00_2_m_end_is_not_called_a_single_space():
    ok, message = verdict("00.2", [m.end() for m in re.finditer(r" {2,}", SEED)])
    assert not ok and "m.start()" in message and "single space" not in message


@pytest.mark.parametrize("pattern", [r"\[[Aa]pplause|[Ll]aughter\]", r"\[(Applause|applause)|(Laughter|laughter)\]"])
def test_00_3_names_the_reach_of_the_bar(pattern):
    step = Step("notes", pattern, "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "| splits" in message and "(...)" in message and "something else" not in message


def test_00_3_names_a_missing_closing_bracket():
    step = Step("notes", r"\[[Aa]pplause|\[[Ll]aughter", "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "both brackets" in message and "| splits" not in message


def test_00_2_findall_output_gets_the_offsets_hint():
    ok, message = verdict("00.2", re.findall(r" {2,}", SEED))
    assert not ok and "m.start() of each match" in message and "could not be checked" not in message


@pytest.mark.parametrize("answer", [NOTES, (NOTES,) + NORMALISATION_STEPS])
def test_00_3_a_bare_step_or_tuple_of_steps_gets_the_comma_hint(answer):
    ok, message = verdict("00.3", answer)
    assert not ok and "(drop_notes,)" in message


def test_00_3_without_the_students_step_says_it_is_missing():
    ok, message = verdict("00.3", normalise(sotu_passage()))
    assert not ok and "step is missing" in message and "case-sensitive" not in message


def test_00_3_the_students_step_alone_is_not_told_the_project_steps_are_there():
    ok, message = verdict("00.3", normalise(sotu_passage(), (NOTES,)))
    assert not ok and "NORMALISATION_STEPS among your steps" in message and "put your step before" not in message


@pytest.mark.parametrize("make", [lambda: normalise(sotu_passage(), NOTES),
                                  lambda: NOTES + NORMALISATION_STEPS,
                                  lambda: NORMALISATION_STEPS + NOTES])
def test_00_3_a_step_without_the_tuple_comma_names_the_comma(make):
    with pytest.raises(TypeError, match="a tuple of steps needs a trailing comma"):
        make()


def test_00_3_a_nested_tuple_gets_the_flat_tuple_hint_and_normalise_a_one_line_error():
    ok, message = verdict("00.3", (NOTES, NORMALISATION_STEPS))
    assert not ok and "flat tuple" in message and "could not be checked" not in message
    with pytest.raises(TypeError, match="flat tuple of Step"):   # what the student's normalise call raises
        normalise(sotu_passage(), (NOTES, NORMALISATION_STEPS))


def test_00_4_start_end_pairs_get_a_hint_asking_for_sentence_numbers():
    pairs = [(m.start(), m.end()) for m in re.finditer("\u201c[^\u201d]*\u201d", SEED)]
    ok, message = verdict("00.4", pairs)
    assert not ok and "sent_id" in message and "could not be checked" not in message


def test_00_4_end_sentences_get_their_own_hint():
    naive = list(re.finditer("\u201c[^\u201d]*\u201d", SEED))
    sentences = load_article().sentences

    def sent(offset):
        return next(s.sent_id for s in sentences if s.start <= offset < s.end)

    ends = [sent(m.end() - 1) for m in naive if sent(m.start()) != sent(m.end() - 1)]
    ok, message = verdict("00.4", ends)
    assert ends != right("00.4") and not ok and "end" in message and "m.start()" in message
    ok, other = verdict("00.4", [1])
    assert not ok and other != message


@pytest.mark.parametrize("pattern", [r"[Applause]|[applause]|[Laughter]|[laughter]", r"[Applause]|[Laughter]"])
def test_00_3_unescaped_brackets_are_named_a_set_of_letters(pattern):
    step = Step("notes", pattern, "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "any one of these letters" in message and "letters are missing" in message


def test_00_3_letters_kept_and_brackets_left_get_the_empty_brackets_hint():
    step = Step("notes", r"[Aa]pplause|[Ll]aughter", "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and message.endswith("empty brackets are left: match the brackets too, written \\[ and \\] in a pattern")


@pytest.mark.parametrize("pattern", [r"\[Applause|applause|Laughter|laughter\]", r"\[applause|Applause|laughter|Laughter\]"])
def test_00_3_an_unescaped_alternation_names_the_lone_bracket_not_empty_brackets(pattern):
    step = Step("notes", pattern, "", "audience reactions")
    ok, message = verdict("00.3", normalise(sotu_passage(), (step,) + NORMALISATION_STEPS))
    assert not ok and "| splits the whole pattern" in message and "(...)" in message
    assert "empty brackets" not in message


def test_00_1_the_mask_itself_is_told_to_pick_the_true_row():
    sentences = pd.DataFrame(load_article().records())
    inside = (sentences["start"] <= 1000) & (1000 < sentences["end"])
    ok, message = verdict("00.1", inside)
    assert not ok and "not the mask" in message and "&" not in message


def test_00_4_a_count_is_told_to_give_the_list():
    ok, message = verdict("00.4", len(right("00.4")))
    assert not ok and "not how many" in message and "could not be checked" not in message
