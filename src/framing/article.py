"""Reading the article, cleaning an analysis copy, and cutting it into sentences.

The seed file is never changed. Cleaning produces a *normalised copy* together
with an offset map, so that every sentence of the copy can be traced back to
the exact characters of the original (``text[start:end]``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import paths


class ArticleError(ValueError):
    """A problem with an input file, reported as one line naming the file."""


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------

def read_article(path: str | Path | None = None) -> str:
    """Return the text of an article file, or raise ArticleError in one line.

    The file must exist, be non-empty, be UTF-8 text and contain at least one
    sentence (a run of characters with a letter or digit in it).
    """
    path = Path(path) if path is not None else paths.SEED
    if not path.exists():
        raise ArticleError(f"{path}: file not found")
    if not path.is_file():
        raise ArticleError(f"{path}: not a regular file")
    raw = path.read_bytes()
    if not raw.strip():
        raise ArticleError(f"{path}: file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{path}: not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})"
        ) from None
    if "\x00" in text:
        raise ArticleError(f"{path}: not text (contains NUL bytes)")
    if not re.search(r"\w", text):
        raise ArticleError(f"{path}: no sentences found (no letters or digits)")
    return text


# --------------------------------------------------------------------------
# Normalisation with offsets
# --------------------------------------------------------------------------

QUOTE_MAP = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


@dataclass(frozen=True)
class Step:
    """One named cleaning step: a regular expression and its replacement."""

    name: str
    pattern: str
    repl: str | Callable[[re.Match], str]
    doc: str

    def __add__(self, other):   # `step + steps` without the comma that makes `(step,)` a tuple
        raise TypeError(f"{self.name} is one Step, not a tuple: a tuple of steps needs a trailing comma, "
                        f"({self.name},)")

    __radd__ = __add__


NORMALISATION_STEPS: tuple[Step, ...] = (
    Step("collapse_spaces", r" {2,}", " ",
         "Runs of spaces become one space (the first headline has doubled spaces)."),
    Step("split_run_on", r"(?<=[a-z])\.(?=[A-Z][a-z])", ". ",
         "A full stop glued to the next sentence gets its space back ('force.The')."),
    Step("straighten_quotes", "[\u201c\u201d\u2018\u2019]", lambda m: QUOTE_MAP[m.group()],
         "Curly quotes and apostrophes become straight ones, which NLTK's tokenizer expects."),
    Step("drop_stray_guillemet", r" ?[\u00ab\u00bb]", "",
         "The stray '\u00bb' left from Italian guillemets is removed with its space."),
    Step("no_space_before_punct", r" +(?=[,.;:!?])", "",
         "A space before a comma or full stop is removed ('UN , BRICS')."),
)


@dataclass(frozen=True)
class Normalised:
    """A cleaned copy of a text and, for each of its characters, the offset of
    the original character it came from."""

    text: str
    offsets: tuple[int, ...]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the cleaned text back to the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside the normalised text")
        return self.offsets[start], self.offsets[end - 1] + 1


def apply_step(norm: Normalised, step: Step) -> Normalised:
    """Apply one cleaning step, carrying the offset map along."""
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    text, offsets = norm.text, norm.offsets
    for m in re.finditer(step.pattern, text):
        s, e = m.span()
        if s == e:
            raise ValueError(f"step {step.name!r} matched an empty string")
        out.append(text[pos:s])
        omap.extend(offsets[pos:s])
        r = step.repl(m) if callable(step.repl) else m.expand(step.repl)
        out.append(r)
        omap.extend(offsets[min(s + i, e - 1)] for i in range(len(r)))
        pos = e
    out.append(text[pos:])
    omap.extend(offsets[pos:])
    return Normalised("".join(out), tuple(omap))


def normalise(text: str, steps: tuple[Step, ...] = NORMALISATION_STEPS, offset: int = 0) -> Normalised:
    """Apply the cleaning steps in order; offsets start at ``offset``."""
    if isinstance(steps, Step):
        raise TypeError(f"steps should be a tuple of steps, not one Step: a tuple of steps needs a trailing comma, "
                        f"({steps.name},)")
    if any(isinstance(item, tuple) for item in steps):   # e.g. (my_step, NORMALISATION_STEPS): a nested tuple
        parts = [f"({x.name},)" if isinstance(x, Step) else
                 "NORMALISATION_STEPS" if x == NORMALISATION_STEPS else "(...)" for x in steps]
        raise TypeError(f"steps should be a flat tuple of Step, not a tuple inside a tuple: join tuples with +, "
                        f"as in {' + '.join(parts)}")
    wrong = [item for item in steps if not isinstance(item, Step)]
    if wrong:
        raise TypeError(f"steps should be a tuple of Step, but it holds a {type(wrong[0]).__name__}: {wrong[0]!r}")
    norm = Normalised(text, tuple(range(offset, offset + len(text))))
    for step in steps:
        norm = apply_step(norm, step)
    return norm


def normalise_text(text: str) -> str:
    """The cleaned copy of ``text`` (without the offset map)."""
    return normalise(text).text


# --------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------

# Explicit Punkt parameters: no trained model (and so no pickle) is loaded.
ABBREVIATIONS = frozenset({"dr", "e.g", "etc", "i.e", "mr", "mrs", "ms", "no", "st", "u.k", "u.n", "u.s", "vs"})


def punkt_tokenizer(abbreviations: frozenset[str] = ABBREVIATIONS) -> PunktSentenceTokenizer:
    """NLTK's Punkt sentence tokenizer with explicit abbreviation parameters."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    return PunktSentenceTokenizer(params)


@dataclass(frozen=True)
class Sentence:
    sent_id: int
    para_id: int
    start: int
    end: int
    kind: str
    is_duplicate: bool
    text: str
    text_norm: str


@dataclass
class Article:
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    source: str = "<text>"

    def records(self) -> list[dict]:
        return [s.__dict__.copy() for s in self.sentences]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks separated by blank lines, trimmed of whitespace."""
    spans = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, flags=re.S):
        spans.append(m.span())
    return spans


HEADING_MAX_WORDS = 15
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u00bb)]*$")


def paragraph_kind(index: int, norm: str, headlines: set[str]) -> str:
    """headline (the first block, or a repeat of it), subheading (a short block
    without a final full stop, question or exclamation mark) or body."""
    if index == 0 or norm in headlines:
        return "headline"
    if not _ENDS_SENTENCE.search(norm) and len(norm.split()) <= HEADING_MAX_WORDS:
        return "subheading"
    return "body"


def sentence_spans(norm: str, tokenizer: PunktSentenceTokenizer | None = None) -> list[tuple[int, int]]:
    """Sentence spans of a cleaned paragraph: Punkt, then a split before a
    lower-case word is undone (Punkt splits 'China." to strengthen".')."""
    tokenizer = tokenizer or punkt_tokenizer()
    spans: list[tuple[int, int]] = []
    for s, e in tokenizer.span_tokenize(norm):
        if spans and norm[s:e][:1].islower():
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def segment(text: str, source: str = "<text>") -> Article:
    """Cut an article into headline, subheading and body sentences.

    Offsets refer to ``text``; ``text_norm`` is the cleaned sentence. A
    sentence whose cleaned text repeats an earlier one is flagged
    ``is_duplicate``.
    """
    sentences: list[Sentence] = []
    headlines: set[str] = set()
    seen: set[str] = set()
    tokenizer = punkt_tokenizer()
    for p_index, (ps, pe) in enumerate(paragraph_spans(text)):
        norm = normalise(text[ps:pe], offset=ps)
        kind = paragraph_kind(p_index, norm.text, headlines)
        if kind == "headline":
            headlines.add(norm.text)
        spans = [(0, len(norm.text))] if kind != "body" else sentence_spans(norm.text, tokenizer)
        for s, e in spans:
            piece = norm.text[s:e]
            if not re.search(r"\w", piece):
                continue
            start, end = norm.span_in_original(s, e)
            sentences.append(Sentence(
                sent_id=len(sentences) + 1, para_id=p_index + 1, start=start, end=end,
                kind=kind, is_duplicate=piece in seen, text=text[start:end], text_norm=piece,
            ))
            seen.add(piece)
    if not sentences:
        raise ArticleError(f"{source}: no sentences found")
    return Article(text=text, sentences=sentences, source=source)


def load_article(path: str | Path | None = None) -> Article:
    """Read and segment an article file (the seed by default)."""
    path = Path(path) if path is not None else paths.SEED
    return segment(read_article(path), source=str(path))


# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------

OPENERS = "\u201c\u00ab"
CLOSERS = "\u201d\u00bb"


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    opened: bool
    closed: bool


def extract_quotes(text: str, sentence_spans_: list[tuple[int, int]]) -> list[Quote]:
    """Quoted spans of ``text``, tolerant of unbalanced quotation marks.

    * an opening mark followed by its closing mark is an ordinary quote;
    * an opening mark never closed (a new opener or the end of the sentence
      comes first) runs to the end of its sentence (``closed=False``);
    * a closing mark without an opener runs back to the previous closing mark
      or the start of its sentence, whichever is later (``opened=False``).

    Offsets and text refer to ``text`` and exclude the quotation marks.
    """
    def sentence_of(i: int) -> tuple[int, int]:
        for s, e in sentence_spans_:
            if s <= i < e:
                return s, e
        raise ValueError(f"offset {i} is in no sentence")

    def make(s: int, e: int, opened: bool, closed: bool) -> Quote:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return Quote(s, e, text[s:e], opened, closed)

    quotes: list[Quote] = []
    open_at: int | None = None
    last_close = 0
    for i, ch in enumerate(text):
        if ch in OPENERS:
            if open_at is not None:
                quotes.append(make(open_at + 1, sentence_of(open_at)[1], True, False))
            open_at = i
        elif ch in CLOSERS:
            if open_at is not None and sentence_of(open_at)[1] > i:
                quotes.append(make(open_at + 1, i, True, True))
            else:
                if open_at is not None:
                    quotes.append(make(open_at + 1, sentence_of(open_at)[1], True, False))
                quotes.append(make(max(last_close, sentence_of(i)[0]), i, False, True))
            open_at = None
            last_close = i + 1
    if open_at is not None:
        quotes.append(make(open_at + 1, sentence_of(open_at)[1], True, False))
    return quotes
