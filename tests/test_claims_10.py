"""Claims of notebook 10, recomputed from the package and data files."""
import pandas as pd
import pytest

from framing import sentiment, sotu


@pytest.fixture(scope="module")
def passage():
    return sotu.passage(sotu.segment(sotu.load()))


def test_249_addresses():
    """10-name-the-war: "The `sotu` package (MIT licence) ships 249 presidential addresses from 1790 on"."""
    meta = sotu.metadata()
    assert len(meta) == 249 and meta["year"].min() == 1790


def test_passage_size(passage):
    """10-name-the-war: "The passage has 87 sentences and about 1,270 words"."""
    assert len(passage) == 87
    assert round(passage["text_norm"].str.split().str.len().sum(), -1) == 1270


def test_spread_not_mean(passage):
    """10-name-the-war: "The passage spans almost the whole scale, from strongly negative to strongly positive sentences"."""
    c = pd.Series([sentiment.score(t)["compound"] for t in passage["text_norm"]])
    assert c.min() < -0.8 and c.max() > 0.8


def test_united_is_the_top_word(passage):
    """10-name-the-war: "The word VADER credits most is *united*, mostly from the name *United States* (and *United Kingdom*)"."""
    table = sentiment.explanation_table(sotu.with_voice(passage))
    assert sentiment.dominant_words(table, 1).loc[0, "word"] == "united"
    rows = table[table["token"].str.lower() == "united"]
    texts = passage.set_index("sent_id").loc[rows["sent_id"], "text_norm"]
    assert sum(("United States" in t) or ("United Kingdom" in t) for t in texts) > len(rows) / 2


def test_pain_and_free_in_38(passage):
    """10-name-the-war: "VADER counts *pain* against the sentence, and *free* for it"."""
    t = sentiment.explanation_table(sotu.with_voice(passage)).query("sent_id == 38")
    v = dict(zip(t["token"].str.lower(), t["valence"]))
    assert v["pain"] < 0 < v["free"]


def test_namings(passage):
    """10-name-the-war: "Washington calls the same measures "powerful economic sanctions" ... the Kremlin speaks of a state (the Kremlin, Moscow); Washington of one man: *Putin* dominates its leadership panel"."""
    df = pd.read_csv(sotu.paths.DERIVED / "naming_contrast.csv")
    lead = df[(df["target"] == "leadership") & (df["source"] == "sotu2022")].set_index("naming")["count"]
    assert lead.idxmax() == "Putin"
    assert "powerful economic sanctions" in " ".join(passage["text_norm"])
    ru = df[(df["source"] == "russian_readout")]
    assert "the Kremlin" in set(ru["naming"]) and "illegal Western sanctions" in set(ru["naming"])
