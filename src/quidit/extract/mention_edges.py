"""Words at the edge of a speaker mention that wire copy puts there but
that name no source (a dateline before the subject, the people spoken to
after it), and an inverted pronoun the parser tags as no subject.  Used by
``mention_repair``."""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import expanded_span, token_at
from quidit.lang import SyntaxData

#: What follows a dateline's place: an optional agency in brackets, a dash.
_DATELINE_TAIL = re.compile(r"[ \u00a0]*(?:\([^)\n]{1,20}\)[ \u00a0]*)?[–—-][ \u00a0]*")
#: A name of up to four capitalised words.
_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]*(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]*){0,3}")


def dateline(doc: Doc, text: str, start: int, end: int, syntax: SyntaxData) -> tuple[int, int]:
    """« OTTAWA – Martin Roy aime dire que … »: a place in capitals that
    opens a paragraph before a dash is the dateline of wire copy; the
    parser may take it for the subject, whose words follow the dash."""
    word = text[start:end]
    letters = word.replace(" ", "").replace("-", "")
    if len(word) < 3 or not word.isupper() or not letters.isalpha():
        return start, end
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return start, end
    m = _DATELINE_TAIL.match(text, end)
    after = token_at(doc, m.end()) if m else None
    if m is None or after is None:
        return start, end
    if after.pos_ == "PROPN" or (after.text[:1].isupper() and after.pos_ != "DET"):
        name = _NAME.match(text, m.end())
        if name:
            return m.end(), name.end()
    head = after
    while head.pos_ == "DET" and head.head.i > head.i:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return start, end
    return mention_bounds(head, syntax)


def addressee(span: Span, k: int, nouns: frozenset[str]) -> bool:
    """« a indiqué le porte-parole aux journalistes », « à la presse »: the
    people spoken to, after « à » at ``span[k]``, are not part of the source."""
    if span[k].lower_ not in {"à", "aux", "au"}:
        return False
    rest = [t for t in span[k + 1 : k + 3] if t.pos_ != "DET"]
    return bool(rest) and rest[0].lower_ in nouns


def inverted_clitic(verb: Token, pronouns: Container[str]) -> tuple[int, int] | None:
    """« », a-t-il rassuré en soulignant que … »: the parser may tag the
    inverted pronoun of the verb a gerund hangs on as anything but a
    subject; its bounds (without the hyphen), that verb's subject all the
    same."""
    for child in verb.children:
        word = child.lower_.lstrip("-")
        if child.text.startswith("-") and word != "t" and word in pronouns:
            return child.idx + len(child.text) - len(word), child.idx + len(child.text)
    return None


def coordinated_start(
    doc: Doc, start: int, end: int, syntax: SyntaxData, adversative: Container[str]
) -> tuple[int, int]:
    """« La FSU et ses alliés réclament … »: the parser may hang both
    conjuncts on the verb as two subjects, and the finder take the second,
    from its « et »; the mention opens on the first (one group source,
    guidelines §2)."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) < 2:
        return start, end
    first = span[0]
    if first.lower_ not in syntax.coordinators or first.lower_ in adversative:
        return start, end
    head = span.root
    subjects = syntax.labels("subject")
    before = [
        c for c in head.head.children if c.dep_ in subjects and c.i < first.i and c.i != head.i
    ]
    if head.dep_ not in subjects or not before:
        # « X comptent 9 000 grévistes, contre 7 000 hier et la direction cite … »: a
        # clause coordinated after another's figures; the coordinator
        # opens the clause, no part of its subject.
        return span[1].idx, end
    return mention_bounds(before[-1], syntax)[0], end


def tail(doc: Doc, start: int, end: int, syntax: SyntaxData) -> tuple[int, int]:
    """Words the finder left off a noun of the mention: an adjective right
    after it (« de source sécuritaire | malienne »), a noun coordinated
    inside a complement (« le secteur des cerises | et abricots »)."""
    span = expanded_span(doc, start, end)
    if span is None or span.end >= len(doc):
        return start, end
    inside = range(span.start, span.end)
    nxt = doc[span.end]
    if nxt.pos_ == "ADJ" and nxt.head.i in inside and nxt.dep_ == "amod":
        return start, nxt.idx + len(nxt)
    last = doc[span.end - 1]
    if nxt.lower_ in syntax.coordinators and last.i != span.root.i:
        for c in last.children:
            # The tagger reads some bare plural nouns as adjectives (« des
            # cerises et abricots »): either is inside the phrase.
            if c.dep_ in syntax.labels("coordination") and c.pos_ in {"NOUN", "ADJ"}:
                # A bare noun (« et abricots ») or one with its own
                # preposition (« et des légumes »), not a new source.
                lead = [t for t in c.lefts if t.dep_ in {"det", "case"}]
                if not lead or lead[0].dep_ == "case":
                    return start, c.right_edge.idx + len(c.right_edge)
    return start, end


def past_medium(
    doc: Doc, text: str, start: int, end: int, circumstance: Container[str]
) -> tuple[int, int]:
    """« », témoigne sur France Bleu Isère, Gilbert, habitant … »:
    the finder may take the end of the medium's name, after « sur » / « à »,
    for the inverted subject; the source is the person after it."""
    first = token_at(doc, start)
    if first is None or first.i == 0:
        return start, end
    prev = doc[first.i - 1]
    lead = prev
    while lead.i > 0 and lead.pos_ == "PROPN" and doc[lead.i - 1].pos_ == "PROPN":
        lead = doc[lead.i - 1]
    # The mention goes on with the medium's name: it opens on a name too.
    if lead.i == 0 or prev.pos_ != "PROPN" or first.pos_ not in {"PROPN", "VERB"}:
        return start, end
    before = doc[lead.i - 1].lower_
    if before not in circumstance and before not in {"à", "au"}:
        return start, end
    comma = text.rfind(", ", start, end)
    if comma > 0 and text[comma + 2 : comma + 3].isupper():
        return comma + 2, end
    for ent in doc.ents:
        if ent.label_ == "PER" and end <= ent.start_char <= end + 2:
            return ent.start_char, ent.end_char
    return start, end


def apposed_subject(doc: Doc, comma: int, syntax: SyntaxData) -> tuple[int, int] | None:
    """« Au terme de son entretien avec X, le Premier ministre, Y, a appelé
    … »: where the parser hangs the subject's name on a complement before
    it and leaves the verb with no subject, the person's name that ends
    at the comma just before the verb is its subject."""
    k = comma - 1
    if comma < 1 or doc[comma].text != "," or doc[k].pos_ != "PROPN":
        return None
    if syntax.entity_type(doc[k].ent_type_) != "PER":
        return None
    start = k
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start].idx, doc[k].idx + len(doc[k])


#: « Celle-ci », « ceux-ci »: the tokenizer may split the demonstrative
#: pronoun and the parser hand over either half as the mention.
_DEMONSTRATIVE = re.compile(r"(?i)\b(?:celui|celle|ceux|celles)-ci\b")


def demonstrative(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention that is half of « celui-ci » / « celle-ci » is the whole."""
    for m in _DEMONSTRATIVE.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end() and (start, end) != m.span():
            return m.span()
    return start, end
