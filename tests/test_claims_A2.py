"""Claims made in the prose of notebooks/A2-vader-in-depth.ipynb, recomputed from data/ and the package."""
import math
import string

import pandas as pd
import pytest

from framing import sentiment
from framing.corpus import read_sentences

NB = "A2-vader-in-depth.ipynb"


@pytest.fixture(scope="module")
def text_of():
    return sentiment.body_sentences(read_sentences()).set_index("sent_id")["text_norm"]


def compound(text, analyser=None):
    return (analyser or sentiment.analyzer()).polarity_scores(text)["compound"]


def test_differences_are_double_punctuation(text_of):
    """A2: "Each is a word followed by two punctuation marks: NLTK strips one, misses the word and gives it 0"."""
    diffs = pd.concat([sentiment.compare_with_reference(t) for t in text_of])
    assert len(diffs) > 0 and diffs["cause"].str.startswith("punctuation stripping").all()
    assert all(w[-1] in string.punctuation + "”" and w[-2] in string.punctuation + "”" for w in diffs["word"])
    assert (diffs["nltk_valence"] == 0).all() and (diffs["ref_valence"] != 0).all()


def test_three_compounds_move_no_label_changes(text_of):
    """A2: "Three compounds move; no label changes" / Summary: "three words followed by two punctuation marks score
    0 in NLTK; no label changes"."""
    ref = sentiment.reference_analyzer()
    moved = [t for t in text_of if compound(t) != compound(t, ref)]
    assert len(moved) == 3
    assert len(pd.concat([sentiment.compare_with_reference(t) for t in text_of])) == 3
    for t in text_of:
        assert sentiment.label(compound(t)) == sentiment.label(compound(t, ref))


def test_so_rule_needs_three_words_before():
    """A2: "Both treat *so* as a booster (+0.293) and multiply a lexicon word right after *so* or *this* by 1.25, but
    only when at least three tokens come before that word. NLTK drops one-letter tokens such as *I*: before *happy* it counts
    two ("am so"), vaderSentiment three, and only vaderSentiment multiplies. With *We* both count three"."""
    vader, ref = sentiment.analyzer(), sentiment.reference_analyzer()
    happy, boost = vader.lexicon["happy"], 0.293
    assert vader.constants.BOOSTER_DICT["so"] == boost
    assert compound("I am so happy.", ref) == round(sentiment.normalize((happy + boost) * 1.25), 4)
    assert compound("I am so happy.", vader) == round(sentiment.normalize(happy + boost), 4)
    for analyser in (vader, ref):
        assert compound("We are so happy.", analyser) == round(sentiment.normalize((happy + boost) * 1.25), 4)
        assert compound("am so happy.", analyser) == round(sentiment.normalize(happy + boost), 4)
    assert not math.isclose(compound("I am so happy.", vader), compound("I am so happy.", ref))
    for analyser in (vader, ref):
        assert compound("We are this happy.", analyser) == round(sentiment.normalize(happy * 1.25), 4)


def test_multiplier_comes_from_operator_precedence_in_the_never_check():
    """A2: "The multiplier sits in the check for *never* (NLTK's `_never_check`, vaderSentiment's `_negation_check`):
    its test reads `never and (so or this) or (so or this)`, and since `and` binds tighter than `or`, *so* or *this*
    alone is enough, with no *never*"."""
    import inspect
    import re
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as Nltk
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Ref
    for source in (inspect.getsource(Nltk._never_check), inspect.getsource(Ref._negation_check)):
        flat = re.sub(r"[\s\\]+", "", source)  # and A and (B) or (C) groups as (A and B) or C
        assert re.search(r'=="never"and\([^()]*=="so"or[^()]*=="this"\)or\([^()]*=="so"or[^()]*=="this"\)', flat)
        assert "valence*1.25" in flat
    for analyser in (sentiment.analyzer(), sentiment.reference_analyzer()):
        assert compound("We are so happy.", analyser) > compound("am so happy.", analyser)


def test_party_and_lose_false_positives_in_15(text_of):
    """A2: "*Party* and *Lose* are lexicon false positives here: the Communist Party is no celebration, and *Lose* is a
    garbled translation (notebook 06)"."""
    words = sentiment.explain(text_of[15]).words
    assert {"Party", "Lose"} <= set(words["token"])
    assert "Communist Party" in text_of[15] and "set an example Lose" in text_of[15]


def test_differing_words_and_their_sentence_ids(text_of):
    """A2: the differing words are shown with their `sent_id` (5, 8, 25)."""
    diffs = pd.concat({sid: sentiment.compare_with_reference(t) for sid, t in text_of.items()}, names=["sent_id", None])
    assert sorted(set(diffs.index.get_level_values("sent_id"))) == [5, 8, 25]


def test_so_never_triggered_in_the_article(text_of):
    """A2: ""So": a rule this article never triggers"."""
    assert not any("'so'/'this'" in r for t in text_of for r in sentiment.explain(t).words["rules"])


def test_repeated_party_in_15(text_of):
    """A2: "*Party* occurs twice in sentence 15" / "The second *Party* is scored where the first stands. No rule word
    is near either, so nothing changes here; in a text like "not a party, a party", the second would be negated too"."""
    words = sentiment.explain(text_of[15]).words
    party = words[words["token"] == "Party"]
    assert len(party) == 2 and party["rules"].iloc[1].startswith("repeat of token")
    assert (words["valence"] == words["lexicon"]).all()
    toy = sentiment.explain("not a party, a party").words
    assert len(toy) == 2 and (toy["valence"] < 0).all()
    assert toy["rules"].iloc[1].startswith("repeat of token")


def test_nltk_scores_repeat_at_first_occurrence_reference_does_not():
    """A2: "NLTK scores a repeated token in the context of its *first* occurrence"."""
    text = "not a party, a party"
    ref = dict(sentiment.reference_valences(text))
    assert sentiment.explain(text).valences[-1] < 0 < ref["party"]
