"""« Le maire s'est dit inquiet de la montée des eaux », « la ministre se
déclare prête à négocier », « il se dit convaincu que … »: a pronominal
verb of saying whose attribute describes the subject's own stance (the
grammars' « attribut du complément d'objet » of « se dire, se
déclarer »: Riegel et al., ch. VIII). What the source says of itself is
the attribute with its complements; the content runs from the adjective or
participle to the end of its phrase. A que-clause right after it is the
content instead, after « que » (« se dit convaincu que … » reads as « croit
que … », guidelines §1)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.drafts import sentence_end
from quidit.extract.incise_content import CLOSERS
from quidit.extract.que_clauses import before_finite_conjunct, clause_end
from quidit.lang import LanguageData

#: Degree adverbs before the attribute (« se dit très inquiet », « s'est
#: dite plutôt favorable »): two words hold « un peu », « tout à fait » is
#: three.
_GRADING = 3
_OPENERS = frozenset({"«", "“", '"', "‹"})
_ADVERBIAL = "advmod"


def _reflexive(cue: VerbCue, language: LanguageData) -> bool:
    syntax = language.syntax
    return any(
        c.lower_ in syntax.reflexive_clitics
        and c.i < cue.verb.i
        and c.dep_ in syntax.labels("reflexive")
        for c in cue.verb.children
    )


def _attribute(cue: VerbCue, doc: Doc, language: LanguageData) -> Token | None:
    """The adjective or participle right after the verb group (past degree
    adverbs and time words) that the parse hangs on the verb as its open
    complement."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    time_words = language.extra.get("time_words", frozenset())
    start = i
    while (
        i < len(doc)
        and i < start + _GRADING
        and (doc[i].pos_ == "ADV" or doc[i].lower_ in time_words)
    ):
        i += 1
    if i >= len(doc) or doc[i].text in _OPENERS:
        return None  # « s'est dit « écœuré » »: see _quoted_attribute
    tok = doc[i]
    adjectival = tok.pos_ == "ADJ" or (
        tok.pos_ == "VERB" and tok.morph.get("VerbForm", []) == ["Part"]
    )
    if not adjectival or tok.head.i != cue.verb.i:
        return None
    # « s'est déclarée favorable à … »: the parser may read an adjective
    # attribute as a modifier of the verb.
    if tok.dep_ in language.syntax.labels("open_complement") or (
        tok.pos_ == "ADJ" and tok.dep_ == _ADVERBIAL
    ):
        return tok
    return None


#: Words a quoted attribute may hold (« s'est dit « très, très déçu » »).
_QUOTED_WORDS = 6


def _quoted_attribute(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    """« s'est dit « dégoûté » après le match »: an attribute in marks
    right after the verb group, which the tagger often reads as a name.
    The marks hold the content (a direct quote of the source's word), so
    the span is the marks and what they hold, nothing after them."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    if i + 2 >= len(doc) or doc[i].text not in _OPENERS:
        return None
    word = doc[i + 1]
    if word.head.i != cue.verb.i or word.dep_ not in language.syntax.labels("open_complement"):
        return None
    for k in range(i + 2, min(len(doc), i + 2 + _QUOTED_WORDS)):
        if doc[k].text in CLOSERS:
            return doc[i].idx, doc[k].idx + len(doc[k])
        if doc[k].text in {".", ";", "!", "?"}:
            return None
    return None


def _complements_end(cue: VerbCue, attribute: Token, language: LanguageData) -> int:
    """Token index where the attribute's phrase ends: its subtree, and the
    complements the parser hung on the verb instead that follow it without
    a break (« s'est dit heureux | de recevoir son homologue »)."""
    syntax = language.syntax
    arguments = syntax.labels("open_complement", "oblique", "object")
    end = attribute.right_edge.i
    for child in cue.verb.children:
        if child.i <= attribute.i:
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in arguments:
            break
        end = child.right_edge.i
    return end


def self_description(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    """The content of « X se dit ADJ … », or None."""
    if cue.lemma not in language.extra.get("self_description_lemmas", frozenset()):
        return None
    if not _reflexive(cue, language):
        return None
    attribute = _attribute(cue, doc, language)
    if attribute is None:
        return _quoted_attribute(cue, doc, language)
    syntax = language.syntax
    sent_end = sentence_end(doc, cue.verb)
    last = doc[_complements_end(cue, attribute, language)]
    end = max(clause_end(attribute, attribute, sent_end, syntax), last.idx + len(last))
    # « se dit convaincu que … »: the parse hangs the que-clause on the
    # verb of saying, not on the participle; it is the attribute's.
    complements = syntax.labels("clausal_complement")
    for child in cue.verb.children:
        first = child.left_edge
        if (
            child.dep_ in complements
            and first.i == attribute.right_edge.i + 1
            and first.lower_ in syntax.complementisers
        ):
            clause = clause_end(child, first, sent_end, syntax)
            return first.nbor(1).idx, before_finite_conjunct(doc, first.nbor(1), clause, syntax)
    # Degree adverbs stay with the attribute (« très inquiet »).
    k = attribute.i
    while k - 1 > cue.verb.i and doc[k - 1].pos_ == "ADV" and doc[k - 1].idx >= cue.end:
        k -= 1
    return doc[k].idx, before_finite_conjunct(doc, attribute, end, syntax)
