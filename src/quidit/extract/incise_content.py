"""Indirect quotes from an incise after plain content (split from
:mod:`quidit.extract.indirect`, which builds the quotes): « L'attaque a fait
deux morts, a indiqué la police. », "…, the service said." The clause
before the incise's comma is the content; the inverted subject after the
verb, where the parser took it for an object, is the mention."""

from __future__ import annotations

from spacy.tokens import Doc

from quidit.extract.cues import VerbCue, noun_after
from quidit.extract.drafts import _WS, sentence_end, sentence_start
from quidit.extract.marks import PairIndex
from quidit.extract.misparses import verbless_content
from quidit.extract.spans import text_of, token_at
from quidit.lang import LanguageData, SyntaxData

CLOSERS = {"»", "”", '"', "›", "’"}


def incise_content(
    cue: VerbCue, doc: Doc, language: LanguageData, pairs: PairIndex
) -> tuple[int, int, tuple[int, int] | None] | None:
    """« L'attaque a fait deux morts, a indiqué la police. »: an inverted
    cue after a comma takes the clause before it.  Returns the content and,
    when the parser took the inverted subject for an object, its mention."""
    mention = None
    first = token_at(doc, cue.start)
    syntax = language.syntax
    subject = cue.subject
    if syntax.subject_first_incises and subject is not None and subject.i < cue.verb.i:
        # "…, the service said.": the subject first, where the language
        # allows it, with nothing after the verb but an addressee or an
        # adjunct ("…, he told parliament", "…, a court heard on Monday").
        if cue.subject_start < 0 or not _nothing_reported_after(cue, doc, language):
            return None
        if any(t.lower_ in syntax.relative_pronouns for t in subject.subtree):
            return None  # "…, whose side have conceded": a relative clause
        if text_of(doc)[cue.subject_end : cue.start].strip(_WS + ","):
            return None
        first = token_at(doc, cue.subject_start)
    elif not (cue.inverted or cue.pronoun):
        if (
            subject is not None
            and subject.i < cue.verb.i
            and not _fronted_clause(cue, doc, syntax)
            and not verbless_content(cue.verb, subject, cue.start)
        ):
            return None
        governed = first is not None and "Fin" in first.morph.get("VerbForm", [])
        if not governed and any(
            t.morph.get("VerbForm", []) == ["Inf"] for t in (first or cue.verb, cue.verb)
        ):
            # « affirme, par ailleurs, avoir prévenu la préfecture »: an
            # infinitive is the content of the verb before it, never an
            # incise (French inverts a subject only after a finite verb; in
            # « …, a tenu à souligner X » the governor's auxiliary is one).
            return None
        if _present_participle(cue):
            # « …, confirmant la dégradation de la situation »: a participle
            # never inverts its subject; the noun after it is its object,
            # and the clause before is the writer's.
            return None
        mention = noun_after(cue, language)
        if mention is None:
            return None
        # An inverted subject ends the clause (« …, a indiqué la police. »);
        # a noun phrase with more after it is an object (« …, a défendu le
        # projet pour l’an prochain »).
        rest = text_of(doc)[mention[1] : mention[1] + 2].lstrip(_WS)
        if rest and rest[0] not in ".,;:!?()»”\n" and not _adjunct_to_end(doc, mention[1]):
            return None
    if first is None or first.i == 0:
        return None
    clitics = language.extra.get("object_only_clitics", frozenset())
    if first.i > 1 and doc[first.i - 1].lower_ in clitics and doc[first.i - 2].text == ",":
        first = doc[first.i - 1]  # « …, leur a répondu X »: the clitic opens the incise
    prev = doc[first.i - 1]
    # English puts the comma inside the closing mark: 'was “unfair,” said X'.
    end = prev.idx
    inside_comma = prev.text in CLOSERS and first.i > 1 and doc[first.i - 2].text == ","
    if inside_comma:
        end = prev.idx + len(prev)
    elif prev.text != ",":
        return None
    start = sentence_start(doc, first)
    if prev.idx <= start:
        return None
    if any(start <= p.open < prev.idx for p in pairs.unclosed):
        return None  # an unclosed « … : the direct finder ends it here
    colon = text_of(doc).rfind(":", start, prev.idx)
    if colon >= 0 and pairs.around(colon) is None:
        start = colon + 1  # « Réforme : le gouvernement « ne cédera pas », assure X »
        while start < prev.idx and text_of(doc)[start] in _WS:
            start += 1
    if pairs.around(start) is not None:
        return None  # the sentence starts inside a quotation: the marks decide
    before = text_of(doc)[start:end].rstrip(_WS)
    if before.endswith(tuple(language.quote_pairs.values())):
        # « … », a-t-il dit: marks that hold the whole clause make a direct
        # quote, found from the marks; a fragment at the end of a longer
        # clause (« Le projet est « une erreur », a estimé X ») is mixed.
        close = start + len(before) - 1
        pair = pairs.closing_at(close)
        lead = "" if pair is None else text_of(doc)[start : pair.open].rstrip(_WS)
        if not lead or lead.endswith(":"):
            return None  # « Titre : « … », dit X »: the marks hold the content
    if _earlier_incise(doc, start, prev.idx, language, pairs):
        return None
    if cue.pronoun and cue.inverted:
        end = _across_incise(cue, doc, end)
    return start, end, mention


def _earlier_incise(
    doc: Doc, start: int, end: int, language: LanguageData, pairs: PairIndex
) -> bool:
    """« « A », a insisté X, avant de dénoncer des actes qui, assure-t-il,
    « B » »: a quotation before the incise, in its sentence, has an incise
    of its own; the clause before this incise is no content of it, its
    opening words being someone's quoted words already attributed."""
    from quidit.extract.incises import surface_incise  # (incises imports cues)

    text = text_of(doc)
    for p in pairs.opening_in(start, end):
        if not p.closed or p.depth or p.end >= end:
            continue
        after = p.end
        while after < end and text[after] in _WS:
            after += 1
        if after >= end or text[after] != ",":
            continue
        after += 1
        while after < end and text[after] in _WS:
            after += 1
        found = surface_incise(doc, after, language)
        if found is not None and found[1][1] < end:
            return True
    return False


def _present_participle(cue: VerbCue) -> bool:
    """The cue is a bare present participle (« confirmant », « concédant »)."""
    verb = cue.verb
    if cue.end - cue.start > len(verb.text) + 1:
        return False  # an auxiliary or an adverb with it: a finite group
    forms = verb.morph.get("VerbForm", [])
    return "Ger" in forms or ("Part" in forms and "Pres" in verb.morph.get("Tense", []))


def _across_incise(cue: VerbCue, doc: Doc, end: int) -> int:
    """« Depuis, dit-il, peu de progrès ont été faits »: an inverted clitic
    incise inside its sentence attributes the whole of it (as an incise
    inside marks does, guidelines §1); the content runs on past the incise
    to the sentence end, incise included."""
    text = text_of(doc)
    after = cue.subject_end if cue.subject_end > 0 else cue.end
    rest = text[after : after + 2].lstrip(_WS)
    if not rest.startswith(","):
        return end
    sent_end = sentence_end(doc, cue.verb)
    tail = doc.char_span(after, sent_end, alignment_mode="expand")
    words = [t for t in (tail if tail is not None else ()) if t.idx > after]
    # The rest must be a clause of its own: a finite verb in it.
    if not any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm", []) == ["Fin"] for t in words):
        return end
    return sent_end


# The agent of a passive participle (« cité par », "quoted by").
_AGENT_PREPOSITIONS = frozenset({"par", "by"})


def _fronted_clause(cue: VerbCue, doc: Doc, syntax: SyntaxData) -> bool:
    """« Les digues ont cédé, a annoncé le préfet. »: the parser hung the
    subject of the reported clause on the cue verb.  Only when a comma
    right before the cue closes a clause of its own, whose first finite
    verb no subordinator or relative pronoun opens (« Le préfet, qui …, a
    annoncé la fermeture » keeps its subject)."""
    first = token_at(doc, cue.start)
    subject = cue.subject
    if first is None or subject is None or first.i == 0 or doc[first.i - 1].text != ",":
        return False
    comma = first.i - 1
    if subject.i >= comma:
        return False
    for tok in doc[subject.sent.start : comma]:
        if tok.pos_ == "SCONJ" or tok.lower_ in syntax.relative_pronouns:
            return False
        if tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", []):
            return tok.i > subject.i
    return False


def _adjunct_to_end(doc: Doc, offset: int) -> bool:
    """From ``offset`` a verbless phrase opened by a preposition runs to the
    next comma or the sentence end (« …, a annoncé le Palais mercredi vers
    19h30. », « …, a noté l'expert sur son blog. »)."""
    text = text_of(doc)
    while offset < len(text) and text[offset] in _WS:
        offset += 1
    k = token_at(doc, offset)
    if k is None or not k.is_alpha:
        return False
    i = k.i
    agent = False
    if (
        "Part" in k.morph.get("VerbForm", [])
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in _AGENT_PREPOSITIONS
    ):
        # « …, a indiqué le parquet, cité par la presse locale », « contacté
        # par l'AFP »: a passive participle on the subject, not an object.
        agent = True
        i += 2
    elif (
        k.morph.get("VerbForm", []) == ["Part"]
        and k.morph.get("Tense", []) == ["Past"]
        and k.dep_ == "acl"
        and k.head.i < k.i
    ):
        # « …, indique un communiqué publié samedi (par l'état-major) »: a
        # past participle on the subject noun, with no verb after it.
        agent = True
        i += 1
    while i < len(doc) and doc[i].text not in {".", ",", ";", "!", "?"} and not doc[i].is_space:
        # « cité par notre correspondant X »: a determiner makes a noun of
        # a participle the tagger reads as a verb.
        if doc[i].pos_ in {"VERB", "AUX"} and doc[i - 1].pos_ != "DET":
            return False
        i += 1
    if agent:
        return True
    return doc[k.i].pos_ == "ADP" or any(t.pos_ == "ADP" for t in doc[k.i : min(i, k.i + 3)])


def _nothing_reported_after(cue: VerbCue, doc: Doc, language: LanguageData) -> bool:
    """No content follows the cue: no complement clause on its right, no
    object unless the cue takes an addressee ("…, he told parliament"), and
    no verb before the next comma or the sentence end."""
    verb = cue.verb
    syntax = language.syntax
    complements = syntax.labels("clausal_complement", "open_complement")
    if any(c.dep_ in complements and c.i > verb.i for c in verb.children):
        return False
    addressed = cue.lemma in language.extra.get("addressee_lemmas", frozenset())
    objects = syntax.labels("object")
    if not addressed and any(c.dep_ in objects and c.i > verb.i for c in verb.children):
        return False
    i = verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    while i < len(doc) and doc[i].text not in {",", ".", ";", "!", "?", "\n"}:
        if doc[i].pos_ in {"VERB", "AUX"} or (doc[i].is_space and "\n" in doc[i].text):
            return doc[i].is_space
        i += 1
    return True
