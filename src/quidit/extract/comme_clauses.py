"""« Comme le souligne X, … » · « …, comme l'a rappelé X »: a comparative
clause of a verb of saying whose neuter clitic « le » stands for the main
clause (Riegel et al., ch. XXIII and the « proposition comparative »: the
pronoun « le » takes up the proposition).  The main clause is what X says,
as with « selon X »: its content runs from the comma after the comparative
clause to the sentence end, or from the sentence start to the comma before
it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue, noun_after
from quidit.extract.drafts import mention_of, sentence_end, sentence_start
from quidit.extract.spans import clip_content, text_of, token_at
from quidit.lang import LanguageData

#: The neuter clitic that takes up the proposition, and the openers of the
#: comparative clause (« comme », « ainsi que »).
_NEUTER = frozenset({"le", "l'", "l’"})
_SPACES = " \t\u00a0\u202f"


def _opener(doc: Doc, first: Token) -> Token | None:
    """« comme » (or « ainsi que ») and « le » right before the verb group."""
    k = first.i - 1
    if k < 1 or doc[k].lower_ not in _NEUTER:
        return None
    k -= 1
    if doc[k].lower_ == "comme":
        return doc[k]
    if doc[k].lower_ == "que" and k > 0 and doc[k - 1].lower_ == "ainsi":
        return doc[k - 1]
    return None


def comme_clause(
    cue: VerbCue, doc: Doc, language: LanguageData
) -> tuple[int, int, tuple[int, int] | None] | None:
    """Content span and speaker mention of a comparative clause of saying,
    or None."""
    if cue.lemma in language.extra.get("needs_que", frozenset()):
        return None  # « comme le savent les riverains »: knowledge, not a report
    first = token_at(doc, cue.start)
    if first is None:
        return None
    opener = _opener(doc, first)
    if opener is None:
        return None
    mention, _ = mention_of(cue)
    if mention is None or mention[0] < cue.start:
        mention = noun_after(cue, language)
    if mention is None:
        return None  # « comme le veut la tradition »-like readings need a named source
    text = text_of(doc)
    start, end = sentence_start(doc, opener), sentence_end(doc, opener)
    lead = text[start : opener.idx].strip(_SPACES)
    if not lead or lead[-1] in ".!?:;":
        # « Comme le souligne X, P »: P after the comma that closes the clause.
        comma = text.find(",", mention[1], end)
        if comma < 0 or text[mention[1] : comma].strip(_SPACES + ")"):
            return None
        c_start, c_end = clip_content(text, comma + 1, end)
    elif lead.endswith(","):
        # « P, comme l'a rappelé X »: P before the comma, the clause ending
        # the sentence.
        if text[mention[1] : end].strip(_SPACES + ".!?;)"):
            return None
        c_start, c_end = clip_content(text, start, start + len(lead) - 1)
    else:
        return None
    if c_end <= c_start:
        return None
    return c_start, c_end, mention
