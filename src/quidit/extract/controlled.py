"""« X ajoute que …, avant de souligner que … » · « « … », a lancé la
déléguée, avant d'ajouter que … »: an infinitive of saying in an adverbial
clause of time (« avant de ») has no subject of its own; French takes it
from the main clause (the grammars' « sujet non exprimé de l'infinitif
circonstanciel », Riegel et al., ch. XI). The controlling cue is the
nearest cue verb among the infinitive's heads, and its speaker speaks
again."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quidit.extract.cues import VerbCue
from quidit.extract.inverted_subjects import noun_after
from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import token_at
from quidit.lang import LanguageData

#: Heads climbed from the infinitive to its controlling verb: the parser
#: may hang the clause on the completive before it (« ajoute que la prison
#: est pleine, avant de … » hangs it on « pleine »): three holds a
#: completive's predicate, its verb and the cue.
_CLIMB = 3


def _opened_by(verb: Token, openers: frozenset[str]) -> bool:
    marks = [c.lower_ for c in verb.children if c.i < verb.i]
    return any(m in openers for m in marks) and any(m in {"de", "d'", "d’"} for m in marks)


def _controller(verb: Token, by_verb: dict[int, VerbCue]) -> VerbCue | None:
    node = verb
    for _ in range(_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.i in by_verb and node.i < verb.i:
            return by_verb[node.i]
    return None


def _main_subject(cue: VerbCue, language: LanguageData) -> VerbCue:
    """« Le chanteur a annulé sa tournée, avant de préciser … »: the
    subject of the nearest head verb that has one, when no cue governs."""
    syntax = language.syntax
    subjects = syntax.labels("subject")
    node = cue.verb
    for _ in range(_CLIMB):
        if node.head.i == node.i:
            break
        node = node.head
        found = next((c for c in node.children if c.dep_ in subjects and c.i < node.i), None)
        if found is not None:
            if found.lower_ in syntax.relative_pronouns:
                return cue  # « qui a annulé …, avant de … »: the antecedent is elsewhere
            start, end = mention_bounds(found, syntax)
            return replace(
                cue,
                subject=found,
                subject_start=start,
                subject_end=end,
                pronoun=found.lower_ in language.pronouns,
            )
    return cue


def controlled_subjects(cues: list[VerbCue], language: LanguageData) -> list[VerbCue]:
    """The cues whose infinitive clause takes its subject from the cue
    it depends on, with that subject filled in."""
    openers = language.extra.get("controlled_openers", frozenset())
    if not openers:
        return cues
    by_verb = {c.verb.i: c for c in cues}
    out: list[VerbCue] = []
    for cue in cues:
        verb = cue.verb
        if (
            cue.subject is None
            and verb.morph.get("VerbForm", []) == ["Inf"]
            and _opened_by(verb, openers)
        ):
            main = _controller(verb, by_verb)
            if main is None:
                cue = _main_subject(cue, language)
            elif main.subject is not None:
                cue = replace(
                    cue,
                    subject=main.subject,
                    subject_start=main.subject_start,
                    subject_end=main.subject_end,
                    pronoun=main.pronoun,
                )
            elif main is not None:
                # « », a lancé la déléguée, avant d'ajouter …: the inverted
                # subject the parser took for an object.
                found = noun_after(main, language)
                head = token_at(verb.doc, found[0]) if found is not None else None
                if found is not None and head is not None:
                    cue = replace(cue, subject=head, subject_start=found[0], subject_end=found[1])
        out.append(cue)
    return out


def controlled_cut(
    cue: VerbCue, cues: list[VerbCue], start: int, end: int, language: LanguageData
) -> int | None:
    """Where a content ends before a controlled clause of saying inside it
    (« ajoute que la prison est pleine, | avant de souligner que … »): that
    clause is the speaker's next act, not what was said."""
    openers = language.extra.get("controlled_openers", frozenset())
    if not openers:
        return None
    for other in cues:
        verb = other.verb
        if other is cue or not start < verb.idx < end:
            continue
        if verb.morph.get("VerbForm", []) != ["Inf"] or not _opened_by(verb, openers):
            continue
        first = min((c for c in verb.children if c.lower_ in openers), key=lambda t: t.i)
        doc = verb.doc
        k = first.i
        if k > 0 and doc[k - 1].text == ",":
            k -= 1
        return doc[k].idx
    return None
