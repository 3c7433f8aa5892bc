"""Claims made in the prose of notebooks/04-find-keywords.ipynb, recomputed from the data (one test per claim)."""
import re

import pandas as pd
import pytest

from framing import frames as F
from framing.corpus import analysed, read_sentences


@pytest.fixture(scope="module")
def sentences():
    return analysed(read_sentences())


@pytest.fixture(scope="module")
def text(sentences):
    return " ".join(sentences["text_norm"])


@pytest.fixture(scope="module")
def kwic(sentences):
    return F.kwic(sentences, F.KWIC_TERMS)


@pytest.fixture(scope="module")
def names(sentences):
    return F.match_namings(sentences, F.read_naming()).merge(sentences[["sent_id", "speaker"]], on="sent_id")


def test_substring_count_also_finds_warmest(text):
    """04: "Python's substring count finds "war" inside *warmest* too." """
    words = {w for w in re.findall(r"[\w'-]+", text.lower()) if "war" in w}
    assert "warmest" in words
    assert text.lower().count("war") > len(re.findall(r"\bwar\b", text, flags=re.IGNORECASE))


def test_united_is_an_adjective_and_a_name(text):
    """04: "The adjective ("are united") and a name (*United States*): a pattern cannot tell them apart." """
    spans = F.find("united", text)
    assert len(spans) == 2
    contexts = sorted(text[a - 4:b + 7] for a, b in spans)
    assert any(c.startswith("are united") for c in contexts)
    assert any(c.endswith("United States") for c in contexts)


def test_cooperation_is_the_most_frequent_term_mostly_chinese(kwic):
    """04: "*Cooperation* is the most frequent term, mostly in the Chinese readout." """
    totals = kwic["term"].value_counts()
    assert totals.idxmax() == "cooperation" and (totals.drop("cooperation") < totals["cooperation"]).all()
    coop = kwic.loc[kwic["term"] == "cooperation", "voice"].value_counts()
    assert coop["chinese_readout"] * 2 > coop.sum()


def test_war_in_neither_readout(kwic):
    """04: "*War* occurs in neither readout" """
    war = kwic[kwic["term"] == "war"]
    assert len(war) > 0 and not set(war["voice"]) & {"russian_readout", "chinese_readout"}


def test_aggression_only_journalist(kwic):
    """04: "and *aggression* only in the journalist's voice." """
    assert set(kwic.loc[kwic["term"] == "aggression", "voice"]) == {"journalist"}


def test_security_two_senses(kwic):
    """04: "*Security* is a national interest (next to *sovereignty*) and part of a name, China's *global security
    initiative*." """
    sec = kwic[kwic["term"] == "security"]
    assert sec["left"].str.contains("sovereignty").sum() >= 1
    assert (sec["left"].str.endswith("global") & sec["right"].str.startswith("initiative")).sum() == 1


def test_illegal_western_sanctions_is_reported_speech(names, sentences):
    """04: ""Illegal Western sanctions" (sentence 9) is reported speech: quoted, in a Russian-readout sentence
    ("As the Kremlin quoted by TASS reports…"), credited to both leaders." """
    row = names[names["naming"] == "illegal Western sanctions"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[9, "russian_readout", "both", True]]
    assert "As the Kremlin quoted by TASS reports" in sentences.set_index("sent_id").at[9, "text_norm"]


def test_special_military_operation_is_a_distancing_quote(names, sentences):
    """04: ""Special military operation" (sentence 14) is in the journalist's own sentence, credited to nobody in
    the call: "portrayed by Moscow as a 'special military operation'"." """
    row = names[names["naming"] == "special military operation"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[14, "journalist", "none", True]]
    assert "portrayed by Moscow as" in sentences.set_index("sent_id").at[14, "text_norm"]


def test_chinese_readout_has_the_most_sentences(sentences):
    """04: "The Chinese readout has the most sentences of any voice." """
    n = sentences["voice"].value_counts()
    assert n.idxmax() == "chinese_readout" and (n.drop("chinese_readout") < n.max()).all()


def test_quoted_chinese_readout_never_names_the_war(names, sentences):
    """04: "In the eight sentences of the CCTV readout that the article quotes, the war is never named; its
    namings of the West and of Taiwan, Xinjiang and Hong Kong are all in the last sentence, in Putin's words." """
    assert (sentences["voice"] == "chinese_readout").sum() == 8
    cn = names[names["voice"] == "chinese_readout"]
    assert "war" not in set(cn["target"]) and set(cn["target"]) == {"west", "territories"}
    assert set(cn["sent_id"]) == {sentences["sent_id"].max()} and set(cn["speaker"]) == {"Putin"}


def test_no_absent_naming_occurs(names):
    """04: "No naming listed as absent occurs, *invasion* among them." """
    naming = F.read_naming()
    absent = set(naming.loc[naming["expected"] == "absent", "naming"])
    assert "invasion" in absent and not absent & set(names["naming"])


def test_reading_of_the_naming_figure(names, sentences):
    """04: "The journalist names the war early, with Russia as its cause; Moscow's term appears only in
    distancing quotes; Xinjiang and Hong Kong appear only in the last sentence. A limit of voice by sentence: the
    journalist's wrapper "Putin's decision to attack Kyiv" sits in a Russian-readout sentence (5)." """
    war = names[names["target"] == "war"]
    first = war[war["sent_id"] == war["sent_id"].min()]
    assert set(first["voice"]) == {"journalist"} and "the Russian-initiated conflict" in set(first["naming"])
    assert names.loc[names["naming"] == "special military operation", "quoted"].all()
    last = sentences["sent_id"].max()
    assert (names.loc[names["naming"].isin(["Xinjiang", "Hong Kong"]), "sent_id"] == last).all()
    wrapper = names[names["naming"] == "Putin's decision to attack Kyiv"]
    assert wrapper[["sent_id", "voice", "quoted"]].values.tolist() == [[5, "russian_readout", False]]


def test_claim_tests_fail_when_the_data_change(names, sentences):
    """A test of the tests: if the Chinese readout named the war, the claim test above would fail."""
    fake = pd.concat([names, pd.DataFrame([{"target": "war", "naming": "the war in Ukraine", "voice": "chinese_readout",
                                            "sent_id": 17, "speaker": "Xi", "quoted": False}])], ignore_index=True)
    with pytest.raises(AssertionError):
        test_quoted_chinese_readout_never_names_the_war(fake, sentences)
