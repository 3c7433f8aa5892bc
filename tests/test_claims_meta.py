"""A test of the claims tests: change the data a claim rests on, and its test fails."""
import shutil

import pandas as pd
import pytest

import test_claims_07 as claims
from framing import paths, sentiment
from framing.corpus import read_sentences


def test_a_claim_fails_when_its_data_change(tmp_path, monkeypatch):
    """Notebook 07 claims VADER agrees with the hand coding on 12 of 20 sentences. Re-code one sentence
    on which they agree, in a copy of data/, and the claim's test must fail; on the real data it passes."""
    claims.test_twenty_sentences_twelve_agree(sentiment.build_sentiment(read_sentences()))
    shutil.copytree(paths.DATA, tmp_path / "data")
    coding_path = tmp_path / "data" / "tone_coding.csv"
    coding = pd.read_csv(coding_path)
    scores = sentiment.build_sentiment(read_sentences())
    agreed = scores.loc[scores["hand_tone"] == scores["label"], "sent_id"].iloc[0]
    row = coding["sent_id"] == agreed
    coding.loc[row, "hand_tone"] = "negative" if coding.loc[row, "hand_tone"].item() != "negative" else "positive"
    coding.to_csv(coding_path, index=False)
    monkeypatch.setattr(paths, "DATA", tmp_path / "data")
    monkeypatch.setattr(paths, "DERIVED", tmp_path / "data" / "derived")
    changed = sentiment.build_sentiment(read_sentences())
    with pytest.raises(AssertionError):
        claims.test_twenty_sentences_twelve_agree(changed)
