"""Cues that report nothing: a negated verb of telling (« n'a pas confirmé
que … », « aucune information ne suggère que … »), the writer's own
imperative (« Rappelons que … ») or generic « on » of memory (« on se
souvient que … »), and a circumstance for subject (« la
situation exige que … »). None gives what a source said (guidelines §1:
the article's own statements are no quotes)."""

from __future__ import annotations

from spacy.tokens import Token

from quidit.extract.cues import VerbCue
from quidit.lang import LanguageData

_NONE: frozenset[str] = frozenset()


def _negative_subject(subject: Token, verb: Token, language: LanguageData) -> bool:
    """« aucune information suggérant que », « personne n'a dit que »."""
    determiners = language.extra.get("negative_determiners", _NONE)
    pronouns = language.extra.get("negative_pronouns", _NONE)
    if any(c.lower_ in determiners for c in subject.children if c.i < subject.i):
        return True
    if subject.lower_ in determiners:
        return True
    ne = language.syntax.restrictive_negation
    return subject.lower_ in pronouns and any(c.lower_ in ne for c in verb.children)


def negated_report(cue: VerbCue, language: LanguageData) -> bool:
    """The cue is a verb of telling under negation: « ne … pas / jamais /
    point / guère » on the verb, or a negative subject. « ne … plus » (no
    longer) and « ne … que » (only) leave what was said standing."""
    if cue.lemma not in language.extra.get("negation_voids", _NONE):
        return False
    verb = cue.verb
    syntax = language.syntax
    full = syntax.full_negation - {"plus"}
    children = list(verb.children)
    if any(c.lower_ in syntax.restrictive_negation for c in children) and any(
        c.lower_ in full for c in children
    ):
        return True
    if cue.subject is not None:
        return _negative_subject(cue.subject, verb, language)
    # A participle on the noun before it (« aucune information suggérant
    # que … »), which the parser often hangs on the main verb instead.
    if verb.i > 0 and "Part" in verb.morph.get("VerbForm", []):
        before = verb.doc[verb.i - 1]
        return before.pos_ == "NOUN" and _negative_subject(before, verb, language)
    return False


def writer_imperative(cue: VerbCue, language: LanguageData) -> bool:
    """« Rappelons que … », « Notons que … »: a first person plural verb
    with no subject opening its clause is the writer speaking to the reader."""
    endings = tuple(language.extra.get("writer_imperative_endings", ()))
    verb = cue.verb
    if not endings or cue.subject is not None or not verb.lower_.endswith(endings):
        return False
    if cue.start != verb.idx:
        return False  # an auxiliary or a clitic before it: not a bare imperative
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in {",", "«", "“", '"', "("}):
        k -= 1
    # At a sentence start, or after a connective (« Et rappelons que … »,
    # « Enfin, notons que … »): no subject pronoun « nous » before it.
    if k < 0 or doc[k].text in {".", "!", "?", ":", ";"} or doc[k].is_sent_end:
        return True
    return doc[k].pos_ in {"CCONJ", "ADV"} and doc[k].lower_ != "nous"


def writer_on(cue: VerbCue, language: LanguageData) -> bool:
    """« On se souvient que … », « on sait que … »: the generic « on » of a
    verb of memory or knowledge, with no place or body named after it, is
    the writer recalling a fact to the reader (guidelines §1: the article's
    own statements are no quotes). « On explique que … » may stand for a
    body the context names, and stays."""
    subject = cue.subject
    lemmas = language.extra.get("writer_on_lemmas", _NONE)
    if subject is None or cue.lemma not in lemmas:
        return False
    if subject.lower_ not in language.extra.get("impersonal_subjects", _NONE):
        return False
    # « se rappeler » recalls; « on rappelle que » reminds on someone's behalf.
    reflexive = language.syntax.reflexive_clitics
    return cue.lemma != "rappeler" or any(
        c.lower_ in reflexive and c.i < cue.verb.i for c in cue.verb.children
    )


def circumstance_subject(cue: VerbCue, language: LanguageData) -> bool:
    """« le contexte exige que … », « la situation impose que … »: a
    circumstance that requires something is no source saying it."""
    subject = cue.subject
    nouns = language.extra.get("circumstance_subjects", _NONE)
    return subject is not None and (subject.lower_ in nouns or subject.lemma_ in nouns)


__all__ = ["circumstance_subject", "negated_report", "writer_imperative", "writer_on"]
