"""Claims made in the prose of notebooks/06-score-sentiment.ipynb, recomputed from data/ and the package."""
import math

import pandas as pd
import pytest

from framing import paths, sentiment
from framing.article import extract_quotes
from framing.corpus import read_sentences

NB = "06-score-sentiment.ipynb"


@pytest.fixture(scope="module")
def sentences():
    return read_sentences()


@pytest.fixture(scope="module")
def text_of(sentences):
    return sentiment.body_sentences(sentences).set_index("sent_id")["text_norm"]


@pytest.fixture(scope="module")
def explained(text_of):
    return sentiment.fired_words(text_of)


def compound(text, vader=None):
    return sentiment.score(text, vader)["compound"]


def test_ten_ratings_per_word():
    """06: "a valence: the mean of ten people's ratings from −4 to +4"."""
    ratings = sentiment.raw_ratings()
    assert all(len(r) == 10 and all(-4 <= x <= 4 for x in r) for r in ratings.values())


def test_rules_as_described():
    """06: "[negation] ("not good" flips and shrinks it), [boosters] ("very good" adds about 0.3), "but" (words after
    it count 1.5 times, words before it half)"."""
    vader = sentiment.analyzer()
    good = vader.lexicon["good"]
    assert -good < sentiment.explain("not good").valences[-1] < 0
    assert sentiment.explain("very good").valences[-1] == pytest.approx(good + 0.293)
    v = sentiment.explain("good but good").valences
    assert v[0] == pytest.approx(good * 0.5) and v[-1] == pytest.approx(good * 1.5)


def test_cooperation_missing_party_positive():
    """06: "*Cooperation*, the readouts' key word, is not in the lexicon ... *Party* is, with the positive valence"."""
    lex = sentiment.analyzer().lexicon
    assert "cooperation" not in lex and lex["party"] > 0


def test_label_thresholds():
    """06: "A **label**, by VADER's thresholds: positive if compound ≥ 0.05, negative if ≤ −0.05, else neutral"."""
    assert sentiment.labels([0.05, -0.05, 0.0499, -0.0499]) == ["positive", "negative", "neutral", "neutral"]


def test_by_hand_sentence_24(text_of):
    """06: "NLTK's VADER splits on spaces and strips a punctuation mark next to a word" (the by-hand compound of
    sentence 24 equals polarity_scores)."""
    vader = sentiment.analyzer()
    tokens = text_of[24].replace(",", "").rstrip(".").split()
    x = sum(vader.lexicon[t.lower()] for t in tokens if t.lower() in vader.lexicon)
    assert round(sentiment.normalize(x), 4) == compound(text_of[24])


def test_safeguard_repeat_changes_nothing(text_of):
    """06: "*Safeguard* occurs twice; NLTK scores a repeated word in the context of its first occurrence (token 23),
    which changes nothing here"."""
    words = sentiment.explain(text_of[13]).words
    rows = words[words["token"] == "safeguard"]
    assert rows["position"].tolist()[0] == 23 and len(rows) == 2
    assert rows["rules"].tolist() == ["", "repeat of token 23 (its context reused)"]
    assert (rows["valence"] == rows["lexicon"]).all()


def test_sentence_13_quotes_the_aims(text_of):
    """06: Sentence 13 gives the aims ... ("protect people's life and property, safeguard national sovereignty, security ...")."""
    assert "protect people's life and property, safeguard national sovereignty, security" in text_of[13]


def test_no_rule_changes_a_valence(explained):
    """06: "None: no rule fires on this article (no "not", no booster, no lexicon word in capitals, no "!"); the
    `rules` column only notes two repeated words"."""
    assert (explained["valence"] == explained["lexicon"]).all()
    counts = sentiment.rule_counts(explained)
    assert counts["repeated word"] == 2 and counts.drop("repeated word").sum() == 0


def test_top_words(explained):
    """06: "*War* leads, then ... (*promote*, *ready*, *security*)"."""
    totals = explained.assign(word=explained["token"].str.lower()).groupby("word")["valence"].sum()
    order = totals.sort_values(key=abs, ascending=False).index.tolist()
    assert order[:4] == ["war", "promote", "ready", "security"]


def test_wrong_senses(explained):
    """06: "*United* is read rightly in sentence 6 ("are united") and wrongly in sentence 11 (the United States);
    *Party* fires twice for the Communist Party; *stressed* means emphasised, and *respective* and *energy* (the
    sector) carry no feeling"."""
    rows = explained.assign(word=explained["token"].str.lower())
    united = rows[rows["word"] == "united"].set_index("sent_id")["context"]
    assert united.index.tolist() == [6, 11]
    assert "are united" in united[6] and "United States" in united[11]
    party = rows[rows["word"] == "party"]
    assert party["sent_id"].tolist() == [15, 15] and party["context"].str.contains("Communist Party").all()
    assert rows.loc[rows["word"] == "stressed", "context"].str.contains("stressed that").all()
    for word in ("respective", "energy"):
        assert word in set(rows["word"])


@pytest.fixture(scope="module")
def units(sentences):
    u = sentiment.scope_units(sentences, paths.SEED.read_text(encoding="utf-8"))
    u["compound"] = [compound(t) for t in u["text"]]
    return u


def test_article_close_to_one_and_paragraphs_further_out(units):
    """06: "Close to +1 ... the most extreme paragraphs reach further out than any sentence, and the article sits at
    the edge"."""
    by = units.groupby("scope")["compound"]
    assert by.max()["article"] > 0.95
    assert by.max()["paragraph"] > by.max()["sentence"] and by.min()["paragraph"] < by.min()["sentence"]
    assert units.loc[units["scope"] == "article", "compound"].abs().item() == units["compound"].abs().max()


def test_quote_in_14_flips_sign(units, text_of):
    """06: "The journalist's sentence on Russia's aggression is negative, but the words it quotes, Moscow's
    "special military operation", are positive" (sentence 14)."""
    quote = units.loc[units["text"].str.startswith("special military operation"), "compound"].item()
    assert compound(text_of[14]) < 0 < quote


def test_translation_artifacts(text_of):
    """06: "*confrontation* ... makes sentence 5 about twice as negative. In sentence 15 the doubled *Party* and
    the garbled *Lose* have opposite valences and cancel exactly: the score is unchanged"."""
    lex = sentiment.analyzer().lexicon
    fixed5 = text_of[5].replace("table of confrontation", "table for discussion")
    assert 1.5 < compound(text_of[5]) / compound(fixed5) < 2.5
    fixed15 = text_of[15].replace("Congress Party", "Congress").replace("set an example Lose", "seek a")
    assert fixed15 != text_of[15] and compound(fixed15) == compound(text_of[15])
    assert lex["party"] == -lex["lose"]


def test_sentence_13_most_positive_and_all_words_from_the_aims(text_of, sentences):
    """06: "Sentence 13 is the most positive sentence of the article, and every word that fired in it is from the
    decrees' stated aims"."""
    scores = {i: compound(t) for i, t in text_of.items()}
    assert max(scores, key=scores.get) == 13
    aims = text_of[13].split("aim to", 1)[1]
    words = sentiment.explain(text_of[13]).words["token"]
    assert all(w in aims for w in words)


def test_claims_illegal_legitimate(text_of):
    """06: "*Illegal* counts against the Kremlin's sentence on Western sanctions (9), while *legitimate*, its claim
    about its own war (5), counts nothing"."""
    lex = sentiment.analyzer().lexicon
    assert "illegal" in text_of[9] and lex["illegal"] < 0
    assert "legitimate" in text_of[5] and "legitimate" not in lex


def test_reference_differences_one_cause_no_label_change(text_of):
    """06: "Each is a word followed by two punctuation marks: NLTK strips one, misses the word and gives it 0. The
    compounds move, but no label changes"."""
    import string

    diffs = pd.concat([sentiment.compare_with_reference(t) for t in text_of])
    assert len(diffs) > 0 and diffs["cause"].str.startswith("punctuation stripping").all()
    assert all(w[-1] in string.punctuation + "”" and w[-2] in string.punctuation + "”" for w in diffs["word"])
    assert (diffs["nltk_valence"] == 0).all() and (diffs["ref_valence"] != 0).all()
    ref = sentiment.reference_analyzer()
    moved = [t for t in text_of if compound(t) != ref.polarity_scores(t)["compound"]]
    assert moved
    for t in text_of:
        assert sentiment.label(compound(t)) == sentiment.label(ref.polarity_scores(t)["compound"])


def test_so_rule_needs_three_words_before():
    """06: "Both treat *so* as a booster (+0.293) and multiply a lexicon word right after *so* by 1.25, but only when
    at least three tokens come before that word. NLTK drops one-letter tokens such as *I*: before *happy* it counts
    two ("am so"), vaderSentiment three, and only vaderSentiment multiplies. With *We* both count three"."""
    vader, ref = sentiment.analyzer(), sentiment.reference_analyzer()
    happy, boost = vader.lexicon["happy"], 0.293
    assert vader.constants.BOOSTER_DICT["so"] == boost
    assert ref.polarity_scores("I am so happy.")["compound"] == round(sentiment.normalize((happy + boost) * 1.25), 4)
    assert vader.polarity_scores("I am so happy.")["compound"] == round(sentiment.normalize(happy + boost), 4)
    for analyser in (vader, ref):
        assert analyser.polarity_scores("We are so happy.")["compound"] == round(
            sentiment.normalize((happy + boost) * 1.25), 4)
        assert analyser.polarity_scores("am so happy.")["compound"] == round(sentiment.normalize(happy + boost), 4)
    assert not math.isclose(vader.polarity_scores("I am so happy.")["compound"],
                            ref.polarity_scores("I am so happy.")["compound"])


def test_sotu_passage_triggers_rules():
    """06: "in that passage (`text` numbers its paragraphs), and here section 1's rules do fire" (06.4)."""
    from framing.course.exercises import nb06

    fired = sentiment.fired_words(nb06.sotu_passage())
    rules = fired["rules"].str.replace(r"repeat of token \d+ \(its context reused\)", "", regex=True).str.strip("; ")
    assert (rules != "").sum() > 5
