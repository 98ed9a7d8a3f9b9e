"""The inverted subject after a verb of saying, read on the surface.

« », a déclaré mercredi la directrice · « », a annoncé dans la soirée à
l'AFP le préfet · « », a indiqué, jeudi 12 mars, la préfecture: French
puts the subject after the verb in an incise, and the parser often takes it
for an object or hangs it on the adjunct before it. The words after the
verb are read in order: time words and dates, adjuncts set off by commas,
detached adjectives, up to two prepositional phrases, then the noun phrase.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quidit.lang import LanguageData

if TYPE_CHECKING:
    from quidit.extract.cues import VerbCue

#: Tokens an inverted subject may span (see ``noun_after``).
SUBJECT_TOKENS = 20


def noun_after(cue: VerbCue, language: LanguageData) -> tuple[int, int] | None:
    """The noun phrase right after a cue verb: an inverted subject the
    parser took for an object (« », a insisté Me Hennequart »).

    Time words (« a déclaré mercredi la directrice ») and one prepositional
    phrase of the verb (« a indiqué à la presse le ministre ») may come
    first.
    """
    doc = cue.verb.doc
    time_words = language.extra.get("time_words", frozenset())
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    months = language.extra.get("months", frozenset())
    i = _past_times(doc, i, time_words, months)
    i = _past_set_off(doc, i, time_words)
    i = _past_detached(doc, i)
    # Up to two prepositional phrases of the verb (« a annoncé dans la
    # soirée à la presse le gouverneur »): where and when, to whom. The
    # parser often hangs the second on the first's noun, and the subject
    # on the second's (« dans la matinée à la presse le préfet »).
    anchors = {cue.verb.i}
    for _ in range(2):
        if i < len(doc) and doc[i].pos_ == "ADP" and doc[i].head.head.i in anchors:
            noun = doc[i].head
            i = _phrase_noun_end(noun, language) + 1
            anchors.add(noun.i)
            i = _past_times(doc, i, time_words, months)
            i = _past_set_off(doc, i, time_words)
    start = end = None
    # Twenty tokens hold the longest inverted subjects of news copy: a
    # title with a long complement, an acronym in brackets and a name
    # (« le directeur de l'Office régional des eaux et forêts (OREF) Jean
    # Paul Morel »: 16), or an apposed name (« la directrice générale du
    # CHU, Nathalie Ferrière-Lamblin »).
    k = i
    while k < min(i + SUBJECT_TOKENS, len(doc)):
        tok = doc[k]
        if tok.text == "-" and not tok.whitespace_ and start is not None:
            k += 1  # « Roussel-Gaudin » split by the tokenizer
            continue
        if tok.text == "," and start is not None and _name_follows(doc, k):
            k += 1  # « son délégué, Karim Laouadi »: the apposed name belongs to it
            continue
        if tok.text == "(" and start is not None:
            close = next(
                (j for j in range(k + 1, min(k + 5, len(doc))) if doc[j].text == ")"), None
            )
            if close is not None:  # « l’agence (AFAD) »: an acronym in brackets
                end = doc[close].idx + 1
                k = close + 1
                continue
        if (
            tok.is_punct
            or tok.is_space
            or (tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} and not nominal_participle(tok))
        ):
            break
        if tok.pos_ == "ADP" and tok.head.head is cue.verb and start is not None:
            break  # « sous les applaudissements »: an adjunct of the verb
        if (
            tok.pos_ == "ADP"
            and start is not None
            and tok.lower_ not in language.extra.get("name_prepositions", (tok.lower_,))
        ):
            # « l'armée sur les réseaux sociaux », « le ministre à la presse »:
            # past the name, a preposition other than « de » opens the
            # verb's adjunct whatever the parse hangs it on.
            break
        if start is None:
            if tok.pos_ not in {"NOUN", "PROPN", "DET", "ADJ"}:
                return None
            start = tok.idx
        end = tok.idx + len(tok)
        k += 1
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(t.pos_ in {"NOUN", "PROPN"} or nominal_participle(t) for t in span):
        return None
    return start, end


def nominal_participle(tok: Token) -> bool:
    """A participle right after a determiner is a noun (« l'opposant », « un
    manifestant », « le prévenu »): French puts no article before a verb,
    and the tagger reads these forms as the verb's participle."""
    return (
        tok.pos_ == "VERB"
        and "Part" in tok.morph.get("VerbForm", [])
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "DET"
        and tok.doc[tok.i - 1].lower_ not in {"en"}
    )


def _phrase_noun_end(noun: Token, language: LanguageData) -> int:
    """Last token of a prepositional phrase's noun with its own
    complements: its modifiers and « de » complements, not an apposition,
    a comma, or a bare noun phrase the parser hangs on it (« à la presse un
    responsable », « à l'AFP Paul Vidal »: the inverted subject), nor a
    phrase opened by another preposition (the verb's next adjunct)."""
    appos = language.syntax.labels("apposition")
    of = language.extra.get("name_prepositions", ("de", "du", "des", "d'", "d’"))
    end = noun.i
    for child in noun.rights:
        if child.dep_ in appos or child.is_punct:
            break
        if (
            child.pos_ in {"NOUN", "PROPN"}
            and not child.dep_.startswith("flat")
            and not any(c.lower_ in of for c in child.children if c.i < child.i)
        ):
            break
        end = child.right_edge.i
    return end


#: A time or place adjunct set off by commas between a verb and its
#: inverted subject (« a indiqué, mardi 3 juin, la mairie », « a
#: déclaré dans la matinée, sur une radio locale, le maire »): a day and a date,
#: or a preposition and its noun phrase, hold six words at most.
_SET_OFF_WORDS = 6


def _past_set_off(doc: Doc, i: int, time_words: Collection[str]) -> int:
    """Past a comma-bounded time word or prepositional phrase at ``i``; a
    segment that opens with a determiner or a name is the subject itself
    (« , le maire de Vauclair, Paul Roux »)."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return i
    first = doc[i + 1]
    if not (first.lower_ in time_words or first.pos_ == "ADP"):
        return i
    for j in range(i + 2, min(len(doc), i + 2 + _SET_OFF_WORDS)):
        tok = doc[j]
        if tok.text == ",":
            return j + 1
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"} or (
            tok.is_punct and tok.text != "-"
        ):
            return i
    return i


#: A detached adjective or participle between commas is short (« , très
#: déçu, », « , visiblement ému, »: two words; four hold « , la voix
#: nouée, » style absolutes without a noun, which are not read).
_DETACHED_WORDS = 3


def _past_detached(doc: Doc, i: int) -> int:
    """« », a lancé, très déçu, le délégué »: an adjective group of the
    speaker detached between commas (Riegel et al.: apposition of an
    adjective) stands between the verb and its inverted subject."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    j = i + 1
    while j < len(doc) and j <= i + _DETACHED_WORDS and doc[j].text != ",":
        j += 1
    words = doc[i + 1 : j]
    if (
        j >= len(doc)
        or doc[j].text != ","
        or not words
        or doc[j - 1].pos_ not in {"ADJ", "VERB"}
        or not all(t.pos_ in {"ADJ", "ADV"} or _past_participle(t) for t in words)
    ):
        return i
    return j + 1


def _past_participle(token: Token) -> bool:
    return (
        token.pos_ == "VERB"
        and token.morph.get("VerbForm", []) == ["Part"]
        and (token.morph.get("Tense", []) == ["Past"])
    )


def _past_times(doc: Doc, i: int, time_words: Collection[str], months: Collection[str]) -> int:
    """Past time words and a date (« jeudi 4 mars 2025 ») at ``i``."""
    while i < len(doc):
        if doc[i].lower_ in time_words:
            i += 1
        elif doc[i].like_num and i + 1 < len(doc) and doc[i + 1].lower_ in months:
            i += 2
            if i < len(doc) and doc[i].like_num and len(doc[i].text) == 4:
                i += 1  # the year
        else:
            break
    return i


def _name_follows(doc: Doc, comma: int) -> bool:
    """A proper name right after the comma, closed by a comma or the end."""
    k = comma + 1
    names = 0
    while k < len(doc) and (doc[k].pos_ == "PROPN" or (doc[k].text == "-" and names)):
        names += doc[k].pos_ == "PROPN"
        k += 1
    return names >= 2 and (k >= len(doc) or doc[k].is_punct or doc[k].is_space)
