import pytest

from framing.article import (NORMALISATION_STEPS, ArticleError, Step, apply_step, extract_quotes,
                             load_article, normalise, normalise_text, paragraph_spans, read_article,
                             segment, sentence_spans)


# --- loading and bad input -------------------------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match=r"nope\.txt: file not found"):
        read_article(tmp_path / "nope.txt")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n ")
    with pytest.raises(ArticleError, match=r"empty\.txt: file is empty"):
        read_article(p)


def test_not_utf8(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Perch\u00e9 la guerra".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin1\.txt: not UTF-8 text \(byte 0xe9 at offset 5\)"):
        read_article(p)


def test_binary_file(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(ArticleError, match="not text"):
        read_article(p)


def test_no_sentences(tmp_path):
    p = tmp_path / "dots.txt"
    p.write_text("... !!! ---\n\n ?", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"dots\.txt: no sentences found"):
        load_article(p)


def test_directory_is_not_an_article(tmp_path):
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(tmp_path)


def test_error_is_one_line(tmp_path):
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / "missing.txt")
    assert "\n" not in str(info.value)


# --- normalisation ---------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    ("Russian  Chinese", "Russian Chinese"),
    ("use of force.The initiative", "use of force. The initiative"),
    ("Putin\u2019s \u201cwords\u201d", "Putin's \"words\""),
    ("Organization \u00bb.", "Organization."),
    ("the UN , BRICS", "the UN, BRICS"),
    ("U.S. and e.g.", "U.S. and e.g."),
])
def test_normalisation_steps(raw, clean):
    assert normalise_text(raw) == clean


def test_every_step_is_named_and_documented():
    names = [s.name for s in NORMALISATION_STEPS]
    assert len(names) == len(set(names))
    assert all(s.doc for s in NORMALISATION_STEPS)


def test_offsets_point_back_to_the_original():
    raw = "A  b force.The \u201cx\u201d UN , B \u00bb."
    norm = normalise(raw)
    assert len(norm.offsets) == len(norm.text)
    for i, ch in enumerate(norm.text):
        if ch.isalnum():
            assert raw[norm.offsets[i]] == ch


def test_offsets_can_start_elsewhere():
    assert normalise("ab", offset=10).offsets == (10, 11)


def test_span_in_original_rejects_bad_spans():
    with pytest.raises(ValueError):
        normalise("abc").span_in_original(2, 2)


def test_empty_matching_step_is_refused():
    with pytest.raises(ValueError, match="empty string"):
        apply_step(normalise("abc", steps=()), Step("bad", r"x*", "", "matches nothing"))


# --- segmentation ----------------------------------------------------------

def test_paragraphs_are_blank_line_separated():
    assert paragraph_spans("a b\n\n c d \n\n\ne") == [(0, 3), (6, 9), (13, 14)]


def test_run_on_sentence_is_split(article):
    texts = [s.text for s in article.sentences]
    assert any(t.endswith("by use of force.") for t in texts)
    assert any(t.startswith("The initiative, the details") for t in texts)


def test_sentence_inside_an_open_quote_is_split(article):
    """The quote opened before 'China has its own...' is never closed; the
    segmenter still ends the sentence at 'war.'"""
    texts = [s.text for s in article.sentences]
    assert any(t.endswith("military operations other than war.") for t in texts)
    assert any(t.startswith("These are measures consisting of 59 articles") for t in texts)


def test_closing_quote_stays_with_its_sentence(article):
    texts = [s.text_norm for s in article.sentences]
    assert any(t.endswith('regional stability."') for t in texts)


def test_lowercase_fragment_is_merged():
    assert len(sentence_spans('He said "yes." to strengthen". Then more.')) == 2


def test_kinds_and_duplicate_headline(article):
    kinds = [s.kind for s in article.sentences]
    assert kinds[:2] == ["headline", "headline"]
    assert [s.is_duplicate for s in article.sentences].count(True) == 1
    assert article.sentences[1].is_duplicate
    subheads = [s.text for s in article.sentences if s.kind == "subheading"]
    assert subheads == ["The military decrees of Xi", "China-Russia, the Xi-Putin call",
                        "Common Stocks in Emerging Markets"]


def test_offsets_reproduce_every_sentence(article, seed_text):
    for s in article.sentences:
        assert seed_text[s.start:s.end] == s.text
        assert s.text_norm == normalise_text(s.text)


def test_segment_a_small_article():
    art = segment("Title here\n\nOne sentence. Another one.\n\nA sub\n\nLast.")
    assert [(s.kind, s.text) for s in art.sentences] == [
        ("headline", "Title here"), ("body", "One sentence."), ("body", "Another one."),
        ("subheading", "A sub"), ("body", "Last.")]


# --- quotations ------------------------------------------------------------

def spans(article):
    return [(s.start, s.end) for s in article.sentences]


def test_quotes_in_the_seed(article, seed_text):
    quotes = extract_quotes(seed_text, spans(article))
    assert len(quotes) == 17
    assert sum(not q.closed for q in quotes) == 3      # two headline quotes, 'China has its own...'
    assert sum(not q.opened for q in quotes) == 2      # the guillemet and 'to strengthen'
    assert any(q.text == "special military operation," for q in quotes)


def test_unclosed_quote_runs_to_end_of_sentence():
    text = "He said \u201cno more. Then she spoke \u201cyes\u201d."
    q = extract_quotes(text, [(0, 17), (18, len(text))])
    assert [x.text for x in q] == ["no more.", "yes"]
    assert [x.closed for x in q] == [False, True]


def test_orphan_closer_runs_back_to_previous_close():
    text = "A \u201cb\u201d c d\u201d."
    q = extract_quotes(text, [(0, len(text))])
    assert [(x.text, x.opened) for x in q] == [("b", True), ("c d", False)]


def test_guillemet_closes_a_lost_quote():
    text = "China is ready \u00bb. Xi said this."
    q = extract_quotes(text, [(0, 17), (18, len(text))])
    assert q[0].text == "China is ready" and not q[0].opened


def test_offset_outside_sentences_is_an_error():
    with pytest.raises(ValueError, match="in no sentence"):
        extract_quotes("\u201ca\u201d", [])


def test_a_nested_tuple_of_steps_gets_a_one_line_hint():
    step = Step("drop_notes", r"\[x\]", "", "notes")
    with pytest.raises(TypeError, match=r"flat tuple of Step.*\(drop_notes,\) \+ NORMALISATION_STEPS$"):
        normalise("a [x] b", (step, NORMALISATION_STEPS))
    with pytest.raises(TypeError, match=r"NORMALISATION_STEPS \+ \(drop_notes,\)$"):   # the student's order kept
        normalise("a [x] b", (NORMALISATION_STEPS, step))
    with pytest.raises(TypeError, match="holds a str"):
        normalise("a", ("collapse_spaces",))


def test_a_short_block_ending_in_a_question_or_exclamation_mark_is_body():
    """00 and 12: a subheading is a short block 'without a final full stop, question or exclamation mark'
    (a closing quote or bracket may follow the mark)."""
    from framing.article import paragraph_kind
    assert paragraph_kind(1, "Who pays for the sanctions?", set()) == "body"
    assert paragraph_kind(1, "Stop the war!", set()) == "body"
    assert paragraph_kind(1, 'He said "no."', set()) == "body"
    assert paragraph_kind(1, "The two readouts", set()) == "subheading"
    assert paragraph_kind(0, "Any first block?", set()) == "headline"
