import pandas as pd
import pytest

from framing import paths
from framing.annotations import AnnotationError, read_annotations
from framing.attribution import VOICES, attribute, find_source, find_speaker, read_attribution


def frame(*rows):
    return pd.DataFrame([{"kind": k, "para_id": p, "text_norm": t} for k, p, t in rows])


@pytest.mark.parametrize("text, speaker", [
    ("The two sides, Xi added, should promote", "Xi"),
    ("the two leaders also stressed that", "both"),
    ("For his part, Putin also stated in the CCTV report that", "Putin"),
    ('Moscow "also supports the initiative"', "Putin"),
    ("The Chinese president also stressed that", "Xi"),
    ("Xi Jinping called Vladimir Putin", None),
])
def test_find_speaker(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, voice", [
    ("According to the Kremlin, the two", "russian_readout"),
    ("As the Kremlin quoted by TASS reports", "russian_readout"),
    ("in a report by state broadcaster CCTV", "chinese_readout"),
    ("according to the Xinhua Agency", "chinese_state_media"),
    ("the Kremlinology of it", None),
])
def test_find_source(text, voice):
    assert find_source(text) == voice


def test_publisher_is_not_speaker():
    out = attribute(frame(("body", 1, "Putin also stated in the CCTV report that all is well.")))
    assert (out[0].voice, out[0].speaker) == ("chinese_readout", "Putin")


def test_carry_over_and_backward_cue():
    out = attribute(frame(
        ("headline", 1, "A title"),
        ("body", 2, "China is ready to work with Russia."),
        ("body", 2, "Xi said this in a report by CCTV."),
        ("body", 3, "The two sides, Xi added, should act."),
        ("body", 3, 'Trade is "progressing steadily."'),
        ("body", 3, "Nothing to see here."),
    ))
    assert [a.voice for a in out] == ["headline", "chinese_readout", "chinese_readout",
                                      "chinese_readout", "chinese_readout", "journalist"]
    assert out[1].rule == "A6 backward cue"
    assert out[4].rule == "A4 quote carries over"


def test_quote_carry_over_can_be_switched_off():
    rows = frame(("body", 1, "According to the Kremlin, all is fine."), ("body", 1, 'It is "fine."'))
    assert attribute(rows)[1].voice == "russian_readout"
    assert attribute(rows, carry_quotes=False)[1].voice == "journalist"


def test_hand_coding_uses_the_codebook():
    df = read_attribution()
    assert set(df["voice"]) <= set(VOICES)
    assert df["justification"].str.len().min() > 10


def test_unknown_label_is_one_clear_line(tmp_path):
    p = tmp_path / "attribution.csv"
    p.write_text("sent_id,voice,speaker,justification\n1,kremlin,Putin,because\n")
    with pytest.raises(AnnotationError, match=r"attribution\.csv: unknown voice 'kremlin' in row 2"):
        read_attribution(p)


def test_unknown_id(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("sent_id,voice,speaker,justification\n99,journalist,none,because\n")
    with pytest.raises(AnnotationError, match=r"a\.csv: unknown sent_id 99 in row 2"):
        read_attribution(p, valid_ids=range(1, 26))


@pytest.mark.parametrize("content, message", [
    ("sent_id,voice\n1,journalist\n", "missing column"),
    ("sent_id,voice,speaker,justification\n", "no rows"),
    ("sent_id,voice,speaker,justification\nx,journalist,none,why\n", "not an integer"),
    ("sent_id,voice,speaker,justification\n1,journalist,none,\n", "empty justification"),
    ("sent_id,voice,speaker,justification\n1,journalist,none,a\n1,journalist,none,b\n", "duplicate sent_id 1"),
    ("sent_id,voice,speaker,justification\n1,journalist,none,because, it is\n", "more fields than the header"),
    ("sent_id,voice,speaker,justification\n\n2,journalist,none,because\n", "empty sent_id in row 2"),
])
def test_annotation_file_problems(tmp_path, content, message):
    p = tmp_path / "bad.csv"
    p.write_text(content)
    with pytest.raises(AnnotationError, match=message):
        read_attribution(p)


def test_missing_annotation_file(tmp_path):
    with pytest.raises(AnnotationError, match="file not found"):
        read_annotations(tmp_path / "none.csv", ["sent_id"])


def test_non_utf8_annotation_file(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_bytes(b"sent_id,voice\n1,\xe9\n")
    with pytest.raises(AnnotationError, match="not a readable CSV"):
        read_annotations(p, ["sent_id", "voice"])


def test_attribution_file_lives_in_data():
    assert (paths.DATA / "attribution.csv").is_file()


def test_read_derived_problems(tmp_path):
    from framing.annotations import read_derived

    with pytest.raises(AnnotationError, match=r"none\.csv: file not found \(run notebooks/09-x\.ipynb first\)"):
        read_derived(tmp_path / "none.csv", ["a"], "09-x.ipynb")
    p = tmp_path / "d.csv"
    p.write_text("a,b\n")
    with pytest.raises(AnnotationError, match="columns"):
        read_derived(p, ["a"], "09-x.ipynb")
    with pytest.raises(AnnotationError, match="no rows"):
        read_derived(p, ["a", "b"], "09-x.ipynb")
    p.write_text("a,b\n1,x\n")
    assert read_derived(p, ["a", "b"], "09-x.ipynb")["b"].tolist() == ["x"]


@pytest.mark.parametrize("content, message", [
    (b"", "not a readable CSV file"),
    (b"a,b\n\xe9,1\n", "not a readable CSV file"),
    (b"a,b\n1,2,3\n", "more fields than the header"),
])
def test_read_derived_bad_files(tmp_path, content, message):
    from framing.annotations import read_derived

    p = tmp_path / "d.csv"
    p.write_bytes(content)
    with pytest.raises(AnnotationError, match=message):
        read_derived(p, ["a", "b"], "09-x.ipynb")
