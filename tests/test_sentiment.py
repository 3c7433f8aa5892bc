import math
import sys

import numpy as np
import pandas as pd
import pytest
from nltk.metrics.agreement import AnnotationTask

from framing import paths
from framing import agreement as A
from framing import sentiment as S
from framing.annotations import AnnotationError
from framing.article import normalise_text
from framing.corpus import read_sentences
from framing.resources import ResourceError

# VADER's own demonstration sentences (vaderSentiment's __main__), which exercise every rule.
DEMO = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "With VADER, sentiment analysis is the shit!",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "It was a kiss of death for the plan.",
    "good is not good",
    "Good?? Great!!!",
    "",
]


@pytest.fixture(scope="module")
def sentences():
    return read_sentences()


@pytest.fixture(scope="module")
def body(sentences):
    return S.body_sentences(sentences)


def rules_of(text):
    return dict(zip(S.explain(text).words["token"], S.explain(text).words["rules"]))


# --------------------------------------------------------------------------
# thresholds
# --------------------------------------------------------------------------

@pytest.mark.parametrize("compound, expected", [
    (0.05, "positive"), (0.0499, "neutral"), (0.0, "neutral"), (-0.0499, "neutral"),
    (-0.05, "negative"), (1.0, "positive"), (-1.0, "negative"), (1, "positive"), (np.float64(-0.3), "negative"),
])
def test_label_thresholds(compound, expected):
    assert S.label(compound) == expected


def test_label_custom_threshold():
    assert S.label(0.3, threshold=0.5) == "neutral"
    assert S.labels([0.6, -0.6, 0.0], threshold=0.5) == ["positive", "negative", "neutral"]


@pytest.mark.parametrize("bad, error", [(float("nan"), ValueError), (1.5, ValueError), ("0.3", TypeError),
                                        (True, TypeError), (None, TypeError)])
def test_label_rejects_bad_compounds(bad, error):
    with pytest.raises(error, match="label: compound"):
        S.label(bad)


@pytest.mark.parametrize("threshold", [0, 1, -0.05])
def test_label_rejects_bad_thresholds(threshold):
    with pytest.raises(ValueError, match="threshold"):
        S.label(0.2, threshold=threshold)


# --------------------------------------------------------------------------
# explanation table
# --------------------------------------------------------------------------

def all_texts():
    s = read_sentences()
    return DEMO + list(s["text_norm"]) + list(s["text"])


@pytest.mark.parametrize("text", all_texts())
def test_explanation_reproduces_nltk_exactly(text):
    vader = S.analyzer()
    e = S.explain(text)
    assert vader.score_valence(list(e.valences), text) == vader.polarity_scores(text)
    assert round(e.compound, 4) == vader.polarity_scores(text)["compound"]
    assert len(e.tokens) == len(e.valences)


@pytest.mark.parametrize("text, token, rule", [
    ("The plan is not good.", "good", "negation 'not' x-0.74"),
    ("This doesn't help.", "help", "negation \"doesn't\" x-0.74"),
    ("The plan is very good.", "good", "booster 'very' +0.293"),
    ("The plan is slightly good.", "good", "dampener 'slightly' -0.293"),
    ("The plan is very bad.", "bad", "booster 'very' -0.293"),
    ("The book was only kind of good.", "good", "dampener 'kind of' -0.293"),
    ("The plan is GOOD, they said.", "GOOD", "ALL CAPS +0.733"),
    ("It was a kiss of death for the plan.", "death", "idiom: valence set to -1.500"),
    ("The least good plan.", "good", "negation 'least' x-0.74"),
    ("Sentiment analysis has never been this good!", "good", "'so'/'this' emphasis x1.25"),
])
def test_explanation_names_each_rule(text, token, rule):
    assert rule in rules_of(text)[token]


def test_explanation_but_rule():
    words = S.explain("The plan was good, but the talks were bad.").words.set_index("token")
    assert words.loc["good", "valence"] == pytest.approx(1.9 * 0.5)
    assert "before 'but' x0.5" in words.loc["good", "rules"]
    assert words.loc["bad", "valence"] == pytest.approx(-2.5 * 1.5)
    assert "after 'but' x1.5" in words.loc["bad", "rules"]


def test_explanation_repeated_word_uses_first_context():
    words = S.explain("good is not good").words
    assert list(words["valence"]) == [1.9, 1.9]  # NLTK ignores the 'not' before the second 'good'
    assert words.loc[1, "rules"] == "repeat of token 0 (its context reused)"


def test_curly_apostrophe_switches_negation_off():
    assert "negation" in rules_of("It doesn't help.")["help"]
    assert rules_of("It doesn\u2019t help.")["help"] == ""
    assert S.score("It doesn\u2019t help.")["compound"] > 0 > S.score("It doesn't help.")["compound"]


def test_punctuation_emphasis_row():
    df = pd.DataFrame({"sent_id": [1, 2], "voice": ["journalist", "journalist"],
                       "text_norm": ["Good?? Great!!!", "Bad news!"]})
    table = S.explanation_table(df)
    punct = table[table["token"] == "!/?"]
    assert list(punct["sent_id"]) == [1, 2]
    assert punct["valence"].iloc[0] == pytest.approx(3 * 0.292 + 2 * 0.18)
    assert punct["valence"].iloc[1] == pytest.approx(-0.292)
    for sid, text in zip(df["sent_id"], df["text_norm"]):
        total = table.loc[table["sent_id"] == sid, "valence"].sum()
        assert round(S.normalize(total), 4) == S.score(text)["compound"]


def test_explanation_table_sums_to_compound(body):
    table = S.explanation_table(body)
    assert list(table.columns) == ["sent_id", "voice"] + S.EXPLANATION_COLUMNS
    for s in body.itertuples():
        total = table.loc[table["sent_id"] == s.sent_id, "valence"].sum()
        assert round(S.normalize(total), 4) == S.score(s.text_norm)["compound"]
    assert set(table["sent_id"]) <= set(body["sent_id"])
    assert table["lexicon"].notna().all()


def test_explanation_table_of_article(body):
    table = S.explanation_table(body)
    nine = table[table["sent_id"] == 9].set_index("token")
    assert nine.loc["illegal", "valence"] == -2.6
    assert S.rule_counts(table)["repeated word"] == 2
    assert S.rule_counts(table).drop("repeated word").sum() == 0


def test_explanation_table_errors_and_empty():
    with pytest.raises(KeyError, match="missing column"):
        S.explanation_table(pd.DataFrame({"sent_id": [1], "text_norm": ["good"]}))
    empty = S.explanation_table(pd.DataFrame({"sent_id": [1], "voice": ["journalist"], "text_norm": ["a table"]}))
    assert empty.empty and list(empty.columns) == ["sent_id", "voice"] + S.EXPLANATION_COLUMNS


def test_fired_words_adds_context_and_keeps_the_ids():
    texts = pd.Series(["We are united and ready.", "a table", "The United States met there."],
                      index=pd.Index([6, 7, 11], name="sent_id"))
    fired = S.fired_words(texts)
    assert list(fired.columns) == ["sent_id"] + S.FIRED_COLUMNS
    assert fired["sent_id"].tolist() == [6, 6, 11]
    assert fired.loc[fired["token"] == "United", "context"].item() == "The United States met there"
    assert fired.loc[fired["token"] == "united", "context"].item() == "We are united and ready"
    assert S.fired_words(["good news"], width=0)["context"].tolist() == ["good"]
    assert S.fired_words(["good news", "very bad"])["text"].tolist() == [0, 1]


def test_fired_words_matches_explain(body):
    text = body["text_norm"].iloc[0]
    fired = S.fired_words([text])
    assert fired[S.EXPLANATION_COLUMNS].equals(S.explain(text).words)


def test_fired_words_empty_and_bad_inputs():
    empty = S.fired_words(["a table"])
    assert empty.empty and list(empty.columns) == ["text"] + S.FIRED_COLUMNS
    with pytest.raises(TypeError, match="fired_words: expected several texts"):
        S.fired_words("good news")
    with pytest.raises(ValueError, match="fired_words: width must be"):
        S.fired_words(["good news"], width=-1)


def test_explain_rejects_non_text():
    with pytest.raises(TypeError, match="explain: expected a string"):
        S.explain(None)
    with pytest.raises(TypeError, match="score: expected a string"):
        S.score(3)


def test_summary_and_rule_counts():
    df = pd.DataFrame({"sent_id": [1], "voice": ["journalist"], "text_norm": ["Not good, but very bad!"]})
    table = S.explanation_table(df)
    counts = S.rule_counts(table)
    assert counts["negation"] == 1 and counts["booster"] == 1 and counts["'but'"] == 2
    assert counts["punctuation"] == 1
    summary = S.summarise_explanations(table)
    assert summary.loc[0, "words (valence)"].startswith("good -0.7")
    assert "negation 'Not'" in summary.loc[0, "rules"]


def test_dominant_words():
    df = pd.DataFrame({"sent_id": [1, 2], "voice": ["journalist"] * 2,
                       "text_norm": ["War and war.", "Peace, good peace."]})
    top = S.dominant_words(S.explanation_table(df), n=2)
    assert list(top["word"]) == ["war", "peace"]
    assert list(top["times"]) == [2, 2]
    assert top.loc[0, "total"] == pytest.approx(-5.8)
    with pytest.raises(ValueError, match="n must be at least 1"):
        S.dominant_words(S.explanation_table(df), n=0)


def test_hidden_words():
    assert S.hidden_words('They "join forces.') == []
    assert S.hidden_words('They "join" forces.') == ['"join"']  # a quoted single word: two marks
    assert S.hidden_words("They \u201cjoin\u201d forces.") == ["\u201cjoin\u201d"]
    assert S.hidden_words('It is "good".') == ['"good".']


def test_with_lexicon_does_not_touch_the_shared_analyser():
    neutral = S.with_lexicon({"party": None, "war": -1.0})
    assert S.score("a party", neutral)["compound"] == 0
    assert S.score("war", neutral)["compound"] == pytest.approx(S.normalize(-1.0), abs=1e-4)
    assert "party" in S.analyzer().lexicon and S.analyzer().lexicon["war"] == -2.9
    with pytest.raises(ValueError, match="'cooperation' is not in the lexicon"):
        S.with_lexicon({"cooperation": None})
    with pytest.raises(ValueError, match="outside"):
        S.with_lexicon({"war": -9})


# --------------------------------------------------------------------------
# reference implementation
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [t for t in all_texts() if t])
def test_reference_valences_reproduce_vadersentiment(text):
    ref = S.reference_analyzer()
    values = [v for _, v in S.reference_valences(text)]
    assert ref.score_valence(values, text.strip()) == ref.polarity_scores(text)


@pytest.mark.parametrize("text, cause", [
    ("There is no good answer", "'no' as negator"),
    ("good is not good", "repeated word"),
    ("a major success", "booster lists differ: 'major'"),
    ('It is "good".', "punctuation stripping"),
    ("I am so happy", "'so'/'this' x1.25 rule: it runs only when three words precede"),
])
def test_reference_difference_causes(text, cause):
    diff = S.compare_with_reference(text)
    assert len(diff) >= 1
    assert diff["cause"].str.startswith(cause).all()


def test_reference_agrees_on_simple_text():
    assert S.compare_with_reference("The talks were good and the mood was bad.").empty


def test_reference_differences_in_the_article(body):
    diffs = pd.concat([S.compare_with_reference(t).assign(sent_id=i) for i, t in zip(body.sent_id, body.text_norm)])
    assert list(diffs["sent_id"]) == [5, 8, 25]
    assert diffs["cause"].str.startswith("punctuation stripping").all()
    assert S.analyzer().lexicon == S.reference_analyzer().lexicon


def test_reference_rejects_emoji():
    with pytest.raises(ValueError, match="emoji"):
        S.reference_valences("good \U0001F600")


def test_raw_ratings_match_the_lexicon():
    ratings = S.raw_ratings()
    lex = S.analyzer().lexicon
    assert ratings["peace"] and all(len(r) == 10 for r in ratings.values())
    assert all(-4 <= x <= 4 for r in ratings.values() for x in r)
    for word in ("peace", "war", "party", "stressed", "illegal"):
        assert np.mean(ratings[word]) == pytest.approx(lex[word], abs=0.051)


def test_raw_ratings_bad_file(tmp_path):
    bad = tmp_path / "lex.txt"
    bad.write_text("good\t1.9\t0.9\t[2, 2, 1]\nbad\t-2.5\t0.5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lex\.txt: line 2 has no list of ratings"):
        S.raw_ratings(bad)


def test_missing_vadersentiment_is_a_clear_error(monkeypatch):
    S.reference_analyzer.cache_clear()
    monkeypatch.setitem(sys.modules, "vaderSentiment.vaderSentiment", None)
    try:
        with pytest.raises(ResourceError, match="vaderSentiment is not installed"):
            S.reference_analyzer()
    finally:
        S.reference_analyzer.cache_clear()


# --------------------------------------------------------------------------
# bootstrap
# --------------------------------------------------------------------------

VALUES = [0.87, 0.0, 0.59, -0.25, 0.0, 0.62, 0.89, 0.84]


def test_bootstrap_is_reproducible_with_a_fixed_seed():
    a, b = S.bootstrap_ci(VALUES, seed=7), S.bootstrap_ci(VALUES, seed=7)
    assert a == b
    assert S.bootstrap_ci(VALUES, seed=8) != a
    assert S.bootstrap_ci(VALUES) == S.bootstrap_ci(VALUES, seed=S.SEED)


def test_bootstrap_interval_is_sensible():
    ci = S.bootstrap_ci(VALUES)
    assert ci.mean == pytest.approx(np.mean(VALUES))
    assert min(VALUES) <= ci.low < ci.mean < ci.high <= max(VALUES)
    narrow = S.bootstrap_ci(VALUES, level=0.5)
    assert ci.low < narrow.low < narrow.high < ci.high
    assert (ci.n, ci.level, ci.n_boot) == (8, 0.95, 10_000)


def test_bootstrap_of_a_constant_sample_has_zero_width():
    ci = S.bootstrap_ci([0.3, 0.3, 0.3])
    assert ci.low == ci.high == pytest.approx(0.3)


@pytest.mark.parametrize("values, message", [
    ([], "empty sample"),
    ([0.5], "need at least 2 values"),
    ([0.5, float("nan")], "NaN or infinity"),
    ([0.5, float("inf")], "NaN or infinity"),
    (["a", "b"], "must be numbers"),
    ([[0.1, 0.2], [0.3, 0.4]], "flat sequence"),
])
def test_bootstrap_rejects_bad_samples(values, message):
    with pytest.raises(ValueError, match=f"^bootstrap_ci: .*{message}"):
        S.bootstrap_ci(values)


@pytest.mark.parametrize("kwargs, message", [({"n_boot": 10}, "n_boot"), ({"n_boot": 1000.5}, "n_boot"),
                                             ({"level": 1.5}, "level"), ({"level": 0}, "level")])
def test_bootstrap_rejects_bad_settings(kwargs, message):
    with pytest.raises(ValueError, match=message):
        S.bootstrap_ci(VALUES, **kwargs)


def test_two_values_give_only_three_resample_means():
    assert S.distinct_resamples(2) == 3
    assert S.distinct_resamples(8) == 6435
    rng = np.random.default_rng(0)
    x = np.array([-0.6, 0.93])
    means = x[rng.integers(0, 2, size=(1000, 2))].mean(axis=1)
    assert len(np.unique(means)) == 3
    with pytest.raises(ValueError, match="at least 1"):
        S.distinct_resamples(0)


def test_bootstrap_diff():
    a, b = [0.9, 0.8, 0.7, 0.85], [-0.5, -0.4, -0.6]
    d = S.bootstrap_diff(a, b, seed=1)
    assert d == S.bootstrap_diff(a, b, seed=1)
    assert d.mean == pytest.approx(np.mean(a) - np.mean(b))
    assert 0 < d.low < d.mean < d.high
    with pytest.raises(ValueError, match="sample b needs at least 2 values"):
        S.bootstrap_diff(a, [0.1])
    with pytest.raises(ValueError, match="sample a contains NaN"):
        S.bootstrap_diff([0.1, float("nan")], b)


def test_bootstrap_diff_is_the_documented_resampling():
    # bit for bit: one generator seeded once, a's resamples drawn before b's
    a, b = [0.9, 0.8, 0.7, 0.85, 0.1], [-0.5, -0.4, -0.6]
    x, y = np.array(a), np.array(b)
    rng = np.random.default_rng(3)
    diffs = (x[rng.integers(0, 5, size=(500, 5))].mean(axis=1) - y[rng.integers(0, 3, size=(500, 3))].mean(axis=1))
    low, high = np.quantile(diffs, [0.05, 0.95])
    d = S.bootstrap_diff(a, b, n_boot=500, level=0.9, seed=3)
    assert (d.low, d.high, d.n, d.n_boot) == (float(low), float(high), 8, 500)


def test_bootstrap_diff_does_not_run_a_throwaway_bootstrap(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("bootstrap_ci called")

    monkeypatch.setattr(S, "bootstrap_ci", refuse)
    S.bootstrap_diff([0.9, 0.8, 0.7], [-0.5, -0.4])


@pytest.mark.parametrize("call, message", [
    (lambda: S.bootstrap_diff([0.9, 0.8], [0.1, 0.2], n_boot=10), "bootstrap_diff: n_boot must be an integer >= 100"),
    (lambda: S.bootstrap_diff([0.9, 0.8], [0.1, 0.2], n_boot=True), "bootstrap_diff: n_boot"),
    (lambda: S.bootstrap_diff([0.9, 0.8], [0.1, 0.2], level=1), "bootstrap_diff: level must be between 0 and 1"),
    (lambda: S.bootstrap_diff([[0.9, 0.8], [0.1, 0.2]], [0.1, 0.2]), "bootstrap_diff: sample a must be a flat"),
    (lambda: S.bootstrap_diff([0.9, 0.8], []), "bootstrap_diff: empty sample b"),
    (lambda: S.bootstrap_diff([0.9, 0.8], ["x", "y"]), "bootstrap_diff: sample b must be numbers"),
    (lambda: A.bootstrap_kappa(HAND, AUTO, n_boot=99), "bootstrap_kappa: n_boot"),
    (lambda: S.bootstrap_ci(VALUES, level=-0.1), "bootstrap_ci: level"),
    (lambda: S.t_ci([], level=0.9), "t_ci: empty sample"),
    (lambda: S.t_ci([[0.1, 0.2], [0.3, 0.4]]), "t_ci: values must be a flat sequence"),
    (lambda: S.t_ci(VALUES, level=0), "t_ci: level must be between 0 and 1"),
])
def test_input_errors_name_the_function_called(call, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")) as err:
        call()
    assert "\n" not in str(err.value)


def test_t_ci_is_wider_than_the_bootstrap_for_small_samples():
    t, boot = S.t_ci(VALUES), S.bootstrap_ci(VALUES)
    assert t.mean == pytest.approx(boot.mean)
    assert t.low < boot.low and t.high > boot.high
    # by hand: mean +- t(0.975, 3) * s / sqrt(4), with t(0.975, 3) = 3.182
    x = [0.1, 0.2, 0.3, 0.6]
    half = 3.182446 * np.std(x, ddof=1) / 2
    ci = S.t_ci(x)
    assert (ci.low, ci.high) == (pytest.approx(np.mean(x) - half), pytest.approx(np.mean(x) + half))
    assert ci.n_boot == 0


@pytest.mark.parametrize("values, kwargs, message", [([0.5], {}, "at least 2"), ([0.5, float("nan")], {}, "NaN"),
                                                     (["a", "b"], {}, "numbers"), (VALUES, {"level": 2}, "level")])
def test_t_ci_bad_inputs(values, kwargs, message):
    with pytest.raises(ValueError, match=f"^t_ci: .*{message}"):
        S.t_ci(values, **kwargs)


def test_group_ci_handles_singletons():
    df = pd.DataFrame({"voice": ["a", "a", "a", "b"], "compound": [0.1, 0.2, 0.3, 0.5]})
    out = S.group_ci(df, order=["a", "b", "c"])
    assert list(out["voice"]) == ["a", "b"]
    assert math.isnan(out.loc[1, "ci_low"]) and out.loc[1, "mean"] == 0.5
    assert list(out["distinct_resamples"]) == [10, 1]


def test_group_ci_gives_no_interval_to_two_sentences():
    df = pd.DataFrame({"voice": ["a"] * 3 + ["b"] * 2, "compound": [0.1, 0.2, 0.3, -0.6, 0.9]})
    out = S.group_ci(df).set_index("voice")
    assert not math.isnan(out.loc["a", "ci_low"])
    assert math.isnan(out.loc["b", "ci_low"]) and out.loc["b", "n"] == 2 and out.loc["b", "mean"] == pytest.approx(0.15)
    assert S.group_ci(df, min_n=2).set_index("voice").loc["b", "ci_low"] == pytest.approx(-0.6)
    with pytest.raises(ValueError, match="group_ci: min_n must be an integer >= 2"):
        S.group_ci(df, min_n=1)


# --------------------------------------------------------------------------
# agreement
# --------------------------------------------------------------------------

def test_kappa_matches_nltk():
    hand = ["positive", "neutral", "negative", "positive", "negative", "neutral", "positive"]
    auto = ["positive", "positive", "negative", "neutral", "negative", "neutral", "positive"]
    task = AnnotationTask(data=[(c, str(i), lab) for i, (h, a) in enumerate(zip(hand, auto))
                                for c, lab in (("hand", h), ("auto", a))])
    assert A.cohen_kappa(hand, auto) == pytest.approx(task.kappa())
    assert A.cohen_kappa(hand, hand) == 1.0


@pytest.mark.parametrize("a, b, message", [([], [], "no items"), (["positive"], [], "different lengths"),
                                           (["neutral", "neutral"], ["neutral", "neutral"], "undefined")])
def test_kappa_bad_inputs(a, b, message):
    with pytest.raises(ValueError, match=message):
        A.cohen_kappa(a, b)


HAND = ["positive", "neutral", "negative", "positive", "negative", "neutral", "positive", "positive"]
AUTO = ["positive", "positive", "negative", "neutral", "negative", "neutral", "positive", "negative"]


def test_bootstrap_kappa_is_seeded_and_brackets_the_estimate():
    ci = A.bootstrap_kappa(HAND, AUTO)
    assert ci == A.bootstrap_kappa(HAND, AUTO, seed=A.SEED)
    assert A.bootstrap_kappa(HAND, AUTO, seed=1) != ci
    assert ci.mean == pytest.approx(A.cohen_kappa(HAND, AUTO))
    assert -1 <= ci.low < ci.mean < ci.high <= 1
    assert (ci.n, ci.level) == (8, S.LEVEL)
    assert 0 < ci.n_boot <= S.N_BOOT


def test_bootstrap_kappa_of_perfect_agreement_is_one():
    ci = A.bootstrap_kappa(HAND, HAND)
    assert ci.mean == ci.low == ci.high == 1.0


def test_bootstrap_kappa_drops_undefined_resamples():
    # with two items, half the resamples draw one item twice (one label throughout): kappa undefined
    ci = A.bootstrap_kappa(["positive", "negative"], ["positive", "negative"], n_boot=1000)
    assert ci.mean == ci.low == ci.high == 1.0
    assert 300 < ci.n_boot < 700


@pytest.mark.parametrize("a, b, kwargs, message", [
    ([], [], {}, "no items"),
    (["positive"], [], {}, "different lengths"),
    (["positive"], ["positive"], {}, "at least 2 items"),
    (HAND, AUTO, {"n_boot": 10}, "n_boot"),
    (HAND, AUTO, {"level": 1.0}, "level"),
    (["neutral", "neutral"], ["neutral", "neutral"], {}, "undefined"),
])
def test_bootstrap_kappa_bad_inputs(a, b, kwargs, message):
    with pytest.raises(ValueError, match=f"^(bootstrap_kappa|cohen_kappa): .*{message}"):
        A.bootstrap_kappa(a, b, **kwargs)


def test_per_label_on_tone_labels():
    hand = ["positive", "positive", "negative", "neutral"]
    auto = ["positive", "negative", "negative", "positive"]
    scores = A.per_label(hand, auto, S.LABELS, names=("hand", "VADER")).set_index("label")
    assert scores.loc["positive", "precision"] == 0.5 and scores.loc["positive", "recall"] == 0.5
    assert scores.loc["negative", "recall"] == 1.0
    assert math.isnan(scores.loc["neutral", "precision"])
    assert not hasattr(S, "confusion")  # a confusion matrix is pd.crosstab, written in the lesson


# --------------------------------------------------------------------------
# hand coding and sentiment.csv
# --------------------------------------------------------------------------

def test_tone_coding_covers_the_body(body):
    coding = S.read_tone_coding(valid_ids=body["sent_id"])
    assert sorted(coding["sent_id"]) == sorted(body["sent_id"])
    assert set(coding["hand_tone"]) <= set(S.LABELS)


def test_tone_coding_bad_label(tmp_path):
    path = tmp_path / "tone.csv"
    path.write_text("sent_id,hand_tone,justification\n3,mixed,both\n")
    with pytest.raises(AnnotationError, match=r"tone\.csv: unknown hand_tone 'mixed' in row 2"):
        S.read_tone_coding(path)


def test_build_sentiment_needs_every_body_sentence_coded(tmp_path, sentences):
    path = tmp_path / "tone.csv"
    path.write_text("sent_id,hand_tone,justification\n3,negative,alliance against the West\n")
    with pytest.raises(AnnotationError, match=r"tone\.csv: body sentence\(s\) 4, 5, .* not coded"):
        S.build_sentiment(sentences, tone_path=path)
    path.write_text("sent_id,hand_tone,justification\n1,negative,a headline\n")
    with pytest.raises(AnnotationError, match="unknown sent_id 1"):
        S.build_sentiment(sentences, tone_path=path)


def test_scope_units(sentences):
    units = S.scope_units(sentences, paths.SEED.read_text(encoding="utf-8"))
    counts = units["scope"].value_counts()
    body = S.body_sentences(sentences)
    assert counts["article"] == 1 and counts["paragraph"] == body["para_id"].nunique()
    assert counts["sentence"] == len(body) and counts["quotation"] > 0
    assert not units["text"].str.contains("[\u201c\u201d\u00bb]").any()
    with pytest.raises(ValueError, match="no body sentences"):
        S.scope_units(sentences[sentences["kind"] != "body"], "")


def toy_sentences(*rows):
    """A sentence table for ``scope_units``: (text, kind) pairs, one paragraph
    each, laid end to end with one space between them."""
    starts, text = [], ""
    for t, _ in rows:
        text += (" " if text else "")
        starts.append(len(text))
        text += t
    df = pd.DataFrame({"sent_id": range(1, len(rows) + 1), "para_id": range(1, len(rows) + 1),
                       "start": starts, "end": [s + len(t) for s, (t, _) in zip(starts, rows)],
                       "kind": [k for _, k in rows], "is_duplicate": False, "text": [t for t, _ in rows]})
    df["text_norm"] = df["text"].map(normalise_text)
    return df, text


def test_scope_units_skips_an_empty_quote():
    # an opening mark at the very end of a sentence makes an empty quote that starts where the sentence ends
    df, text = toy_sentences(("He said \u201c", "body"), ("She said \u201cno\u201d.", "body"))
    units = S.scope_units(df, text)
    assert units.loc[units["scope"] == "quotation", ["unit", "text"]].values.tolist() == [["quote in sentence 2", "no"]]


def test_scope_units_takes_its_sentences_from_body_sentences(monkeypatch, sentences):
    # one definition of "the sentences that are scored", shared with build_sentiment
    two = S.body_sentences(sentences).head(2)
    calls = []

    def first_two(df):
        calls.append(df)
        return two

    monkeypatch.setattr(S, "body_sentences", first_two)
    units = S.scope_units(sentences, paths.SEED.read_text(encoding="utf-8"))
    assert len(calls) == 1 and calls[0] is sentences
    assert units.loc[units["scope"] == "sentence", "unit"].tolist() == [f"sentence {i}" for i in two["sent_id"]]


SENTIMENT_CSV = paths.DERIVED / "sentiment.csv"


def test_sentiment_csv_schema():
    df = S.read_sentiment()
    assert list(df.columns) == S.SENTIMENT_COLUMNS
    body = S.body_sentences(read_sentences())
    assert list(df["sent_id"]) == list(body["sent_id"])
    assert list(df["voice"]) == list(body["voice"])
    assert df["label"].tolist() == S.labels(df["compound"])
    coding = S.read_tone_coding().set_index("sent_id")["hand_tone"]
    assert df["hand_tone"].tolist() == coding.loc[df["sent_id"]].tolist()
    assert ((df[["neg", "neu", "pos"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_sentiment_csv_compound_is_nltk_on_text_norm():
    df = S.read_sentiment()
    text = read_sentences().set_index("sent_id")["text_norm"]
    nltk_vader = S.analyzer()
    for row in df.itertuples():
        scores = nltk_vader.polarity_scores(text[row.sent_id])
        assert row.compound == round(scores["compound"], 4)
        assert (row.neg, row.neu, row.pos) == (scores["neg"], scores["neu"], scores["pos"])
        assert row.ref_compound == round(S.reference_analyzer().polarity_scores(text[row.sent_id])["compound"], 4)


def test_sentiment_csv_is_byte_stable(tmp_path, sentences):
    out = tmp_path / "sentiment.csv"
    S.build_sentiment(sentences).to_csv(out, index=False)
    assert out.read_bytes() == SENTIMENT_CSV.read_bytes()
    for line in SENTIMENT_CSV.read_text().splitlines()[1:]:
        for cell in line.split(",")[2:7]:
            assert len(cell.split(".")[-1]) <= 4


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.drop(columns="ref_compound"), "columns"),
    (lambda d: d.assign(label="upbeat"), "unknown label 'upbeat' in row 2"),
    (lambda d: d.assign(compound=1.5), "compound 1.5 in row 2 outside"),
    (lambda d: d.assign(sent_id=3), "sent_id must be unique"),
    (lambda d: d.head(0), "no rows"),
])
def test_read_sentiment_bad_files(tmp_path, edit, message):
    path = tmp_path / "sentiment.csv"
    edit(pd.read_csv(SENTIMENT_CSV)).to_csv(path, index=False)
    with pytest.raises(AnnotationError, match=message):
        S.read_sentiment(path)
    with pytest.raises(AnnotationError, match="file not found"):
        S.read_sentiment(tmp_path / "missing.csv")


def test_score_table_is_build_sentiment_without_the_hand_tone():
    sentences = read_sentences()
    built = S.build_sentiment(sentences)
    scored = S.score_table(S.body_sentences(sentences))
    pd.testing.assert_frame_equal(scored, built.drop(columns="hand_tone"))
    assert list(S.score_table(S.body_sentences(sentences).iloc[:0]).columns) == list(scored.columns)


def test_disagreements_lists_the_rows_where_vader_and_the_hand_coding_differ():
    sentences = read_sentences()
    scores = S.build_sentiment(sentences)
    table = S.disagreements(scores, sentences)
    wrong = scores.loc[scores["hand_tone"] != scores["label"], "sent_id"].tolist()
    assert table.index.tolist() == wrong and list(table.columns) == ["hand_tone", "label", "fired", "text"]
    assert table.at[12, "fired"] == "war" and table.at[3, "fired"] == ""  # nothing fires in sentence 3
    assert table["text"].str.len().max() <= 60
    text = sentences.set_index("sent_id")["text_norm"]
    assert all(text[i].startswith(t) for i, t in table["text"].items())
    assert S.disagreements(scores.assign(label=scores["hand_tone"]), sentences).empty


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.drop(columns="label"), "missing column"),
])
def test_disagreements_bad_inputs(edit, message):
    sentences = read_sentences()
    scores = S.build_sentiment(sentences)
    with pytest.raises(ValueError, match=message):
        S.disagreements(edit(scores), sentences)
    with pytest.raises(ValueError, match="width"):
        S.disagreements(scores, sentences, width=0)
