"""What a pair of quotation marks holds, and what stands around it: the
tests the direct-quote finder asks of each pair (speech or a term, a whole
sentence, a clause, a lead of the writer's words before it)."""

from __future__ import annotations

from spacy.tokens import Doc

from quidit.extract.cues import AdjunctCue, VerbCue
from quidit.extract.marks import MarkPair, PairIndex
from quidit.extract.spans import paragraph_bounds, text_of
from quidit.lang import LanguageData, SyntaxData

_WS = " \t\u00a0\u202f"


#: A quoted passage must hold this many words to be speech rather than a
#: term in marks (the English and French dev sets' scare quotes and titles
#: are one or two words: “shadow fleet”, « zone blanche »).
PASSAGE_WORDS = 3


def loose_adjunct(text: str, pair: MarkPair, adj: AdjunctCue, language: LanguageData) -> bool:
    """« pour » means *according to* after a quotation only as an incise:
    set off by a comma and closing its clause (« « … », pour le maire. »);
    « « au sursaut » pour le second tour » is the writer's purpose phrase."""
    if adj.first.lower_ not in language.extra.get("ambiguous_adjuncts", ()):
        return False
    tail = text[adj.source_end : adj.source_end + 2].lstrip(_WS)
    return "," not in text[pair.end : adj.start] or not (tail == "" or tail[0] in ".,;!?\n")


def speech(doc: Doc, pair: MarkPair) -> bool:
    """The marks hold something said: a verb, or a closing comma, question
    or exclamation mark (« Marc, dit « le Faucon », dirige … » holds a
    nickname)."""
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None:
        return False
    last = text_of(doc)[pair.inner_start : pair.inner_end].rstrip(_WS)[-1:]
    return last in {",", "!", "?"} or any(t.pos_ in {"VERB", "AUX"} for t in span)


#: Words before the marks, in their sentence, that make the content run
#: past them: a subject and a verb at least (« Cette instance « … » »);
#: one or two are a connective or an adverbial (« En revanche, « … » »).
LEAD_WORDS = 3


def lead_in(
    doc: Doc, pair: MarkPair, p_start: int, pairs: PairIndex, language: LanguageData
) -> int | None:
    """Start of the writer's words that open the sentence and run into the
    marks, when the incise after them attributes the whole (a mixed quote);
    None when the marks open their sentence, follow a comma or a colon, or
    follow only other quotations and the words that join them."""
    text = text_of(doc)
    start = sentence_start(text, p_start, pair.open)
    while start < pair.open and text[start] in _WS:
        start += 1
    left = text[start : pair.open].rstrip(_WS)
    if not left or left[-1] in ",:;—–-(":
        return None
    # Other quotations in the lead, and the joiners between them, are not
    # the writer's words (« « A » et « B », a-t-il dit »).
    words = left
    for p in reversed(pairs.opening_in(start, pair.open - 1)):
        if p.closed and p.end <= pair.open:
            words = words[: p.open - start] + " " + words[p.end - start :]
    joins = language.extra.get("quote_joiners", frozenset())
    rest = [w for w in words.replace(",", " ").split() if w.lower() not in joins]
    if len(rest) < LEAD_WORDS:
        return None
    return start


def complement_start(doc: Doc, cue: VerbCue, limit: int, syntax: SyntaxData) -> int:
    """Where the content of ``cue`` starts before ``limit``: after « que »,
    at an infinitive, or at the marks."""
    span = doc.char_span(cue.end, limit, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.idx < cue.end or tok.idx >= limit:
            continue
        if tok.lower_ in syntax.complementisers:
            return tok.idx + len(tok) + (1 if tok.whitespace_ else 0)
        if tok.pos_ in {"VERB", "AUX"} and tok.morph.get("VerbForm", []) == ["Inf"]:
            return tok.idx
    return limit


def scare_quoted(doc: Doc, pair: MarkPair, language: LanguageData) -> bool:
    """« les supposées « nuisances de la campagne » », « la fameuse « règle
    d’or » »: a verbless phrase in marks after a word that distances the
    writer from it is irony or a term, not speech (guidelines §1)."""
    markers = language.extra.get("scare_markers", frozenset())
    text = text_of(doc)
    words = text[max(0, pair.open - 30) : pair.open].split()
    if not words or words[-1].lower() not in markers:
        return False
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    return span is not None and not any(t.pos_ in {"VERB", "AUX"} for t in span)


def named(doc: Doc, pair: MarkPair, language: LanguageData, capitalised: bool = False) -> bool:
    """« une opération baptisée « … » »: the marks hold a name after a
    naming word, not the source's words (guidelines §1). With
    ``capitalised``, capitalised words only (three at most, no verb: « des
    drones « Shahed » ») are a name too; a quote standing alone may be one
    capitalised word (« « Jamais », a-t-il dit »), so only inside a
    content is that reading taken."""
    text = text_of(doc)
    words = text[max(0, pair.open - 30) : pair.open].split()
    if words and words[-1].lower() in language.extra.get("naming_markers", frozenset()):
        # « s'est dite « surprise » », « se dit « choqué » »: the reflexive
        # verb of saying, not the naming participle (« Paul, dit « le Roc » »).
        reflexive = language.syntax.reflexive_clitics
        prev = words[-2].lower().replace("’", "'") if len(words) > 1 else ""
        return not (prev in reflexive or prev.startswith("s'"))
    if not capitalised:
        return False
    inner = text[pair.inner_start : pair.inner_end].split()
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    return (
        0 < len(inner) <= NAME_WORDS
        and all(w[:1].isupper() for w in inner)
        and span is not None
        and not any(t.pos_ in {"VERB", "AUX"} for t in span)
    )


#: Capitalised words a name in marks holds at most (« Les Républicains »,
#: « Barkhane »); a longer capitalised run is a headline or a slogan.
NAME_WORDS = 3


def passage(doc: Doc, pair: MarkPair) -> bool:
    """The marks hold a passage, not a term: a verb, or ``PASSAGE_WORDS``
    words at least."""
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None:
        return False
    # A figure states something (« « 42 personnes tuées » »).
    words = [t for t in span if t.is_alpha or t.like_num]
    figure = any(any(ch.isdigit() for ch in t.text) for t in span)
    return len(words) >= PASSAGE_WORDS or figure or any(t.pos_ in {"VERB", "AUX"} for t in span)


def comma_closes(text: str, pair: MarkPair, after: int) -> bool:
    """The quoted sentence ends in a comma, before or inside the closing
    mark (« « … », dit-il » and the English-style « "…," dit-il »)."""
    inner = text[pair.inner_start : pair.inner_end].rstrip(_WS)
    return "," in text[pair.end : after] or inner.endswith(",")


#: Words a quoted passage must hold to be read as a clause in its own
#: right, with no comma before its incise (« « … » a affirmé X »): titles
#: in marks that are followed by a verb (« « Les Misérables » a attiré … »)
#: are rarely longer than four words.
CLAUSE_WORDS = 5


def clause(doc: Doc, pair: MarkPair) -> bool:
    """The marks hold a clause of some length: a verb and five words."""
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None or len([t for t in span if t.is_alpha]) < CLAUSE_WORDS:
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in span)


def sentence_start(text: str, p_start: int, offset: int) -> int:
    """Start of the sentence holding ``offset``: after the last full stop,
    question or exclamation mark of its paragraph before it."""
    k = max(text.rfind(ch, p_start, offset) for ch in ".!?")
    return p_start if k < 0 else k + 1


#: A sentence ends inside the marks when the quoted text ends so.
_FINAL = ".!?…"


def stands_alone(text: str, pair: MarkPair, doc: Doc) -> bool:
    """The marks hold a whole sentence or paragraph: only punctuation
    around them in their sentence, or a colon before them that ends a
    sentence of the writer's (« Le maire est catégorique : « … » »)."""
    p_start, p_end = paragraph_bounds(text, pair.open)
    left = text[p_start : pair.open].strip(_WS)
    right = text[pair.end : p_end].strip(_WS)
    inner = text[pair.inner_start : pair.inner_end].strip()
    if left and left[-1] not in ".!?:":
        return False
    # A paragraph that holds only the marks and a stray comma or semicolon
    # after them (copy cut from a longer sentence) still stands alone.
    if not left and right and not right.strip(",;"):
        right = ""
    # « … dormi. » La suite: the quoted sentence ends inside the marks.
    if right and right[0] not in ".!?" and not inner.endswith(tuple(_FINAL)):
        return False
    # A lone short phrase in marks is a title or a term; two words at least
    # and a verb make speech.
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None or len(inner.split()) < 2:
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in span)
