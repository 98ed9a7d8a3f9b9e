"""A figure credited by a past participle and its agent: « le chiffre de
300 manifestants, avancé par la police », « le bilan de 40 morts annoncé
par le ministère », « les 1 200 suppressions de postes évoquées par la
direction ».

The participle of a verb that reports a figure (the noun-phrase verbs of
guidelines §1: annoncer, avancer, évoquer …) modifies the noun phrase
holding the figure, and its agent « par X » is the source: the same claim
as « la police avance le chiffre de 300 », written as a reduced passive
relative (« qui a été avancé par la police »).  Only a phrase stating a
figure counts: « la date avancée par le gouvernement » reports no claim
the guidelines mark, and « le plan annoncé par la ministre » is an act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.drafts import CONFIDENCE, Draft
from quidit.extract.np_content import figure_in
from quidit.extract.spans import text_of
from quidit.lang import LanguageData


def agent_drafts(doc: Doc, cues: list[VerbCue], language: LanguageData) -> list[Draft]:
    """One noun-phrase quote per participle cue with an agent."""
    syntax = language.syntax
    modifiers = syntax.labels("clause_modifier")
    agents = syntax.labels("passive_agent")
    adpositions = syntax.labels("adposition")
    nominal = syntax.labels("nominal_modifier")
    text = text_of(doc)
    out: list[Draft] = []
    for cue in cues:
        verb = cue.verb
        if cue.lemma not in language.np_content_lemmas or verb.dep_ not in modifiers:
            continue
        if verb.morph.get("VerbForm", []) != ["Part"] or verb.morph.get("Tense", []) != ["Past"]:
            continue
        head = verb.head
        # « ce chiffre de 340 000 personnes donné par … »: the parser may
        # hang the participle on the last noun; it qualifies the report noun.
        reports = language.extra.get("report_nouns", frozenset())
        while head.dep_ in nominal and head.head.i < head.i and head.head.lower_ in reports:
            head = head.head
        if head.i >= verb.i or head.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue
        agent = next((c for c in verb.children if c.dep_ in agents and c.i > verb.i), None)
        if agent is None or not figure_in(head, language):
            continue
        start = head.left_edge.i
        end = _before(verb)
        if end < start:
            continue
        words = [t for t in agent.subtree if not (t.dep_ in adpositions and t.head.i == agent.i)]
        words = [t for t in words if t.i <= _agent_edge(agent)]
        if not words:
            continue
        span = (doc[start].idx, doc[end].idx + len(doc[end]))
        # A comma inside: the phrase is no single noun phrase (« selon le
        # bilan d'une ONG, trois fois plus élevé que celui annoncé par … »
        # compares two figures; « celui » names none).
        if "\n" in text[span[0] : span[1]] or "," in text[span[0] : span[1]]:
            continue
        mention = (words[0].idx, words[-1].idx + len(words[-1]))
        out.append(
            Draft(
                "noun_phrase",
                span[0],
                span[1],
                (cue.start, cue.end),
                mention,
                confidence=CONFIDENCE["noun_phrase"],
            )
        )
    return out


def _before(verb: Token) -> int:
    """Index of the last word of the noun phrase before the participle
    (and the comma that opens it)."""
    k = verb.i - 1
    # « 1 % prévue par … »: a percent sign is the figure's, no punctuation.
    while k >= 0 and verb.doc[k].is_punct and verb.doc[k].text != "%":
        k -= 1
    return k


def _agent_edge(agent: Token) -> int:
    """The agent's own phrase: up to a comma or a clause hung on it."""
    doc = agent.doc
    last = agent.right_edge.i
    for k in range(agent.i + 1, last + 1):
        if doc[k].text == "," or doc[k].pos_ in {"VERB", "AUX"}:
            return k - 1
    return last


__all__ = ["agent_drafts"]
