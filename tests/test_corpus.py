import pandas as pd
import pytest

from framing import paths
from framing.annotations import AnnotationError
from framing.attribution import SPEAKERS, VOICES
from framing.corpus import SENTENCE_COLUMNS, analysed, build_sentences, read_sentences


@pytest.fixture(scope="module")
def sentences():
    return read_sentences()


def test_schema(sentences):
    assert list(sentences.columns) == SENTENCE_COLUMNS
    assert list(sentences["sent_id"]) == list(range(1, len(sentences) + 1))
    assert set(sentences["kind"]) == {"headline", "subheading", "body"}
    assert sentences["para_id"].is_monotonic_increasing


def test_offsets_against_the_seed(sentences, seed_text):
    for row in sentences.itertuples():
        assert seed_text[row.start:row.end] == row.text


def test_labels_follow_the_codebook(sentences):
    assert set(sentences["voice"]) <= set(VOICES)
    assert set(sentences["voice_auto"]) <= set(VOICES)
    assert set(sentences["speaker"]) <= set(SPEAKERS)


def test_committed_table_matches_the_library(sentences):
    pd.testing.assert_frame_equal(sentences, build_sentences(), check_dtype=False)


def test_duplicates_are_excluded(sentences):
    assert len(analysed(sentences)) == len(sentences) - 1


def test_uncoded_sentence_is_reported(tmp_path):
    coded = pd.read_csv(paths.DATA / "attribution.csv")
    p = tmp_path / "attribution.csv"
    coded[coded["sent_id"] != 7].to_csv(p, index=False)
    with pytest.raises(AnnotationError, match=r"sentence\(s\) 7 not coded"):
        build_sentences(attribution_path=p)


def test_read_sentences_checks_schema(tmp_path):
    p = tmp_path / "s.csv"
    pd.DataFrame({"sent_id": [1]}).to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="columns"):
        read_sentences(p)
    with pytest.raises(AnnotationError, match="file not found"):
        read_sentences(tmp_path / "none.csv")


def test_read_sentences_checks_labels(tmp_path, sentences):
    p = tmp_path / "s.csv"
    bad = sentences.copy()
    bad.loc[0, "voice"] = "pundit"
    bad.to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="unknown voice 'pundit'"):
        read_sentences(p)


def test_blank_duplicate_flag_is_refused(tmp_path, sentences):
    p = tmp_path / "s.csv"
    bad = sentences.copy()
    bad["is_duplicate"] = bad["is_duplicate"].astype(object)
    bad.loc[3, "is_duplicate"] = ""
    bad.to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="is_duplicate is not True/False"):
        read_sentences(p)
