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


def test_reference_has_14_boosters_4_dampeners_nltk_lacks_major_twice_in_17(text_of):
    """A2: "vaderSentiment has 14 boosters NLTK lacks (*major*, *total*, *extreme*, …) and 4 dampeners (*marginal*,
    *occasional*, *scarce*, *slight*). A booster strengthens, a dampener weakens, a lexicon word up to three tokens
    after it. *Major* appears twice in sentence 17, but the three tokens after it
    ("concerns such as", "international and regional") hold no lexicon word, so nothing changes"."""
    import inspect
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as Nltk
    from nltk.sentiment.vader import VaderConstants
    from vaderSentiment.vaderSentiment import BOOSTER_DICT
    extra = set(BOOSTER_DICT) - set(VaderConstants.BOOSTER_DICT)
    dampeners = {w for w in extra if BOOSTER_DICT[w] < 0}
    assert dampeners == {"marginal", "occasional", "scarce", "slight"}
    assert all(BOOSTER_DICT[w] > 0 for w in extra - dampeners) and len(extra - dampeners) == 14
    assert {"major", "total", "extreme"} <= extra - dampeners
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
    """A2: "Three short sentences put *happy* after *so*" / "Both treat *so* as a booster: a lexicon word right after it gains 0.293 (`B_INCR` in both packages). Both
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
    """A2: "*Party* occurs twice in sentence 15" / "No booster or negation is near either *Party*, so nothing changes
    here"."""
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


def test_so_this_rule_comes_from_and_or_grouping_in_three_back_step():
    """A2: "The odd conditions come from the original code, which NLTK copied: its check for "never so" and "never
    this" groups `and` and `or` so that *so* or *this* alone is enough, and it sits in the step that looks three
    tokens back, which runs only when that token exists and is not a lexicon word."
    "The compound is *x*/√(*x*² + 15) of the sum *x*" (0.6115 and 0.6948)."""
    import inspect
    import re
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as Nltk
    from vaderSentiment import vaderSentiment as vs
    for fn in (vs.SentimentIntensityAnalyzer._negation_check, Nltk._never_check):
        flat = re.sub(r"\s+", " ", inspect.getsource(fn).replace("\\", " ")).replace("'", '"')
        block = flat[flat.index("if start_i == 2"):]
        cond = block[:block.index("1.25")]
        assert '"never" and' in cond and ") or (" in cond  # `and` binds first: (never and so/this) or (so/this)
    for fn in (vs.SentimentIntensityAnalyzer.sentiment_valence, Nltk.sentiment_valence):
        src = inspect.getsource(fn)
        assert "for start_i in range(0, 3)" in src and "i > start_i" in src and "not in self.lexicon" in src
    assert inspect.signature(vs.normalize).parameters["alpha"].default == 15
    from nltk.sentiment.vader import VaderConstants
    assert inspect.signature(VaderConstants.normalize).parameters["alpha"].default == 15
    x_nltk, x_ref = 2.7 + 0.293, (2.7 + 0.293) * 1.25
    vader, ref = sentiment.analyzer(), sentiment.reference_analyzer()
    assert [round(x / (x * x + 15) ** 0.5, 4) for x in (x_nltk, x_ref)] == [
        compound("I am so happy.", vader), compound("I am so happy.", ref)] == [0.6115, 0.6948]


def test_versions_printed_match_requirements():
    """A2: the printed versions ("nltk 3.10.4 | vaderSentiment 3.3.2") are the pinned ones."""
    from importlib.metadata import version
    from pathlib import Path
    req = (Path(__file__).resolve().parents[1] / "requirements.txt").read_text()
    for pkg in ("nltk", "vaderSentiment"):
        assert f"{pkg}=={version(pkg)}" in req


def test_no_and_but_differ_between_implementations():
    """A2 summary: "their booster lists, one-letter tokens, repeated words, *no* as a negator and the *but* rule can
    move scores elsewhere"."""
    causes = {c for t in ("There is no good answer.", "Nice and warm but late.")
              for c in sentiment.compare_with_reference(t)["cause"]}
    assert any(c.startswith("'no' as negator") for c in causes)
    assert any(c.startswith("'but' rule") for c in causes)
