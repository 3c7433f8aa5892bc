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
    """A2: "Each word carries two punctuation marks. NLTK strips a mark only when a word carries exactly one from its
    punctuation list; with two it strips neither, looks up `challenges,"` as it stands, finds no such word in the lexicon and
    gives it 0. vaderSentiment strips both marks and finds the word"."""
    diffs = pd.concat([sentiment.compare_with_reference(t) for t in text_of])
    assert len(diffs) > 0 and diffs["cause"].str.startswith("punctuation stripping").all()
    assert all(w[-1] in string.punctuation + "”" and w[-2] in string.punctuation + "”" for w in diffs["word"])
    assert (diffs["nltk_valence"] == 0).all() and (diffs["ref_valence"] != 0).all()
    assert (diffs["nltk_token"] == diffs["word"]).all()          # NLTK strips neither mark
    assert (diffs["ref_token"] == diffs["word"].str.rstrip(string.punctuation + "”")).all()
    vader = sentiment.analyzer()
    assert not any(w.lower() in vader.lexicon for w in diffs["word"])
    assert all(w.rstrip(string.punctuation + "”").lower() in vader.lexicon for w in diffs["word"])
    assert "challenges,\"" in list(diffs["word"])
    from nltk.sentiment.vader import SentiText
    c = vader.constants
    assert SentiText('challenges, fine', c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons[0] == "challenges"
    assert SentiText('challenges," fine', c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons[0] == 'challenges,"'


def test_reference_has_18_boosters_nltk_lacks_major_twice_in_17(text_of):
    """A2: "vaderSentiment has 18 boosters NLTK lacks (*major*, *total*, *extreme*, …). A booster strengthens a
    lexicon word up to three tokens after it. *Major* appears twice in sentence 17, but the three tokens after it
    ("concerns such as", "international and regional") hold no lexicon word, so nothing changes"."""
    import inspect
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as Nltk
    from nltk.sentiment.vader import VaderConstants
    from vaderSentiment.vaderSentiment import BOOSTER_DICT
    extra = set(BOOSTER_DICT) - set(VaderConstants.BOOSTER_DICT)
    assert len(extra) == 18 and {"major", "total", "extreme"} <= extra
    assert "for start_i in range(0, 3)" in inspect.getsource(Nltk.sentiment_valence)  # up to three tokens back
    words = [w.strip(string.punctuation).lower() for w in text_of[17].split()]
    at = [k for k, w in enumerate(words) if w == "major"]
    assert len(at) == 2 and [" ".join(words[k + 1:k + 4]) for k in at] == [
        "concerns such as", "international and regional"]
    lexicon = sentiment.reference_analyzer().lexicon
    assert not {w for k in at for w in words[k + 1:k + 4]} & set(lexicon)
    assert len(sentiment.compare_with_reference(text_of[17])) == 0


def test_three_compounds_move_no_label_changes(text_of):
    """A2: "Three compounds move; no label changes" / Summary: "on this article they differ only where a word carries
    two punctuation marks"."""
    ref = sentiment.reference_analyzer()
    moved = [t for t in text_of if compound(t) != compound(t, ref)]
    assert len(moved) == 3
    assert len(pd.concat([sentiment.compare_with_reference(t) for t in text_of])) == 3
    for t in text_of:
        assert sentiment.label(compound(t)) == sentiment.label(compound(t, ref))


def test_so_rule_needs_three_words_before():
    """A2: "Both treat *so* as a booster: a lexicon word right after it gains 0.293 (`B_INCR` in both packages). Both
    also multiply a lexicon word right after *so* or *this* by 1.25, on two conditions: at least three tokens come
    before the word, and the third token back is not itself a lexicon word." "NLTK drops one-letter tokens such as
    *I*: before *happy* (valence 2.7) it counts two tokens, "am so", and sums 2.7 + 0.293. vaderSentiment counts
    three, and *I* is not a lexicon word, so it sums (2.7 + 0.293) × 1.25. ... With *We* both count three and both
    multiply"."""
    from nltk.sentiment.vader import VaderConstants
    from vaderSentiment import vaderSentiment as vs
    vader, ref = sentiment.analyzer(), sentiment.reference_analyzer()
    happy, boost = vader.lexicon["happy"], 0.293
    assert happy == 2.7 == ref.lexicon["happy"] and VaderConstants.B_INCR == boost == vs.B_INCR
    assert "i" not in ref.lexicon and "I" not in ref.lexicon
    assert vader.constants.BOOSTER_DICT["so"] == boost
    assert compound("I am so happy.", ref) == round(sentiment.normalize((happy + boost) * 1.25), 4)
    assert compound("I am so happy.", vader) == round(sentiment.normalize(happy + boost), 4)
    for analyser in (vader, ref):
        assert compound("We are so happy.", analyser) == round(sentiment.normalize((happy + boost) * 1.25), 4)
        assert compound("am so happy.", analyser) == round(sentiment.normalize(happy + boost), 4)
    assert not math.isclose(compound("I am so happy.", vader), compound("I am so happy.", ref))
    for analyser in (vader, ref):
        assert compound("We are this happy.", analyser) == round(sentiment.normalize(happy * 1.25), 4)
        good = vader.lexicon["good"]
        assert "one" not in vader.lexicon and "day" not in vader.lexicon
        assert compound("One day so happy.", analyser) == round(sentiment.normalize((happy + boost) * 1.25), 4)
        assert compound("Good day so happy.", analyser) == round(sentiment.normalize(good + happy + boost), 4)


def test_party_and_lose_false_positives_in_15(text_of):
    """A2: "*Party* and *Lose* are lexicon false positives here: the Communist Party is no celebration, and *Lose* is a
    garbled translation (notebook 06)"."""
    words = sentiment.explain(text_of[15]).words
    assert {"Party", "Lose"} <= set(words["token"])
    assert "Communist Party" in text_of[15] and "set an example Lose" in text_of[15]


def test_differing_words_and_their_sentence_ids(text_of):
    """A2: the differing words are shown with their `sent_id` (5, 8, 25); "Each word carries two punctuation marks"."""
    diffs = pd.concat([sentiment.compare_with_reference(t).assign(sent_id=sid) for sid, t in text_of.items()])
    assert list(diffs["sent_id"]) == [5, 8, 25]
    assert all(sum(ch in string.punctuation for ch in w) == 2 for w in ('challenges,"', 'improving".', 'strengthen".'))


def test_so_never_triggered_in_the_article(text_of):
    """A2: ""So": a rule this article never triggers"."""
    assert not any("'so'/'this'" in r for t in text_of for r in sentiment.explain(t).words["rules"])


def test_positions_count_nltk_tokens_not_words(text_of):
    """A2: "`position` counts NLTK's tokens (one-letter tokens dropped), not the words of the text"; the two *Party*
    rows sit at positions 33 and 35 while *Party* is word 34 and 36 of the text."""
    words = sentiment.explain(text_of[15]).words
    assert list(words.loc[words["token"] == "Party", "position"]) == [33, 35]
    assert [k for k, w in enumerate(text_of[15].split()) if w.startswith("Party")] == [34, 36]


def test_repeated_party_in_15(text_of):
    """A2: "*Party* occurs twice in sentence 15" / "The second *Party* is scored where the first stands. No booster or
    negation is near either, so nothing changes here"."""
    words = sentiment.explain(text_of[15]).words
    party = words[words["token"] == "Party"]
    assert len(party) == 2 and party["rules"].iloc[1].startswith("repeat of token")
    assert (words["valence"] == words["lexicon"]).all()


def test_a_party_not_a_party():
    """A2: "vaderSentiment negates the second *party*; NLTK scores it where the first stands, unnegated, and gives the
    text the same compound as "a party, a party"."""
    text = "a party, not a party"
    toy = sentiment.explain(text).words
    assert len(toy) == 2 and (toy["valence"] == toy["lexicon"]).all()
    assert toy["rules"].iloc[1].startswith("repeat of token")
    assert compound(text) == compound("a party, a party") == 0.6597
    ref = sentiment.reference_valences(text)
    assert ref[1] == ("party", 1.7) and ref[-1][0] == "party" and ref[-1][1] < 0
    assert compound(text, sentiment.reference_analyzer()) == 0.1134


def test_nltk_scores_repeat_at_first_occurrence_reference_does_not():
    """A2: "NLTK scores a repeated token in the context of its *first* occurrence"."""
    text = "a party, not a party"
    ref = sentiment.reference_valences(text)
    assert sentiment.explain(text).valences[-1] == 1.7 > 0 > ref[-1][1]
