"""What introduces a quote before its marks: a verb cue before a colon or
right before the marks (« X a déclaré : « … » », « a lancé « … » »), a
verb that shows words on display (« on pouvait lire : « … » »), and the
speaker of a present participle that introduces them (« …, ajoutant :
« … » »). Moved out of ``direct`` whole."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.drafts import _WS, mention_of
from quidit.extract.spans import text_of
from quidit.lang import LanguageData, SyntaxData


class Cues(Protocol):
    """The cue lookups an introduction needs (``direct.CueIndex``)."""

    by_verb: dict[int, VerbCue]

    def between(self, lo: int, hi: int) -> list[VerbCue]: ...


def intro_cue(
    doc: Doc,
    colon: int,
    cues: Cues,
    p_start: int,
    syntax: SyntaxData,
    adjacent: bool = False,
) -> VerbCue | None:
    """The verb cue that introduces a quote at ``colon`` (or right before it)."""
    best = None
    for cue in cues.between(p_start, colon + 1):
        if cue.end <= colon:
            gap = text_of(doc)[cue.end : colon]
            if adjacent:
                if (gap.strip(_WS) == "" and cue.verb.morph.get("VerbForm", []) != ["Part"]) or (
                    gap.strip(_WS) == "" and cue.subject is not None
                ):
                    best = cue
            elif len(gap) < 80 and not any(ch in gap for ch in ".!?«»"):
                best = cue
    if best is not None and nickname(best, syntax):
        return None
    return best


def display_verb(
    doc: Doc, before: int, language: LanguageData
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """« on pouvait lire : « … » », « les manifestants scandaient « … » »,
    « une pancarte où était inscrit « … » »: a verb that shows, chants or
    writes words right before the marks quotes them (slogans, placards).
    Returns its verb group and its subject unless that is « on » or a
    relative (the source then comes from the context)."""
    lemmas = language.extra.get("display_lemmas", frozenset())
    text = text_of(doc)
    end = before
    while end > 0 and text[end - 1] in _WS + ":":
        end -= 1
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span[-1]
    if verb.lemma_.lower() not in lemmas or verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    first = verb
    while first.i > 0 and doc[first.i - 1].pos_ in {"AUX", "VERB"}:
        first = doc[first.i - 1]  # « pouvait lire », « était inscrit »
    subjects = language.syntax.labels("subject")
    heads = [verb, first]
    subject = next((c for h in heads for c in h.children if c.dep_ in subjects), None)
    # « Elle a lu « Vivre sans peur » »: someone reading reads a title;
    # words one « can read » are on display.
    if verb.lemma_.lower() == "lire" and subject is not None and subject.lower_ != "on":
        return None
    mention = None
    if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        mention = (subject.left_edge.idx, subject.idx + len(subject))
    return (first.idx, verb.idx + len(verb)), mention


def intro_mention(cue: VerbCue, cues: Cues) -> tuple[tuple[int, int] | None, bool]:
    """A present participle (« …, ajoutant : « … » ») has no subject of its
    own: its speaker is that of the verb it hangs on when that verb is a
    cue (« a-t-il estimé, ajoutant »), else the context's."""
    verb = cue.verb
    if verb.morph.get("VerbForm", []) == ["Part"] and verb.morph.get("Tense", []) == ["Pres"]:
        main = cues.by_verb.get(verb.head.i)
        if main is None or main is cue or main.verb.i > verb.i:
            # The parser often hangs the participle elsewhere: the cue
            # right before it, a comma between, is the one it goes on.
            before = cues.between(max(0, cue.start - 40), cue.start)
            text = text_of(verb.doc)
            main = next(
                (c for c in reversed(before) if not text[c.end : cue.start].strip(_WS + ",")),
                None,
            )
        if main is not None:
            return mention_of(main)
        return None, False
    return mention_of(cue)


def nickname(cue: VerbCue, syntax: SyntaxData) -> bool:
    """« Ilyan Berzak, dit « le Vautour » »: a participle with no auxiliary
    introduces a nickname, not speech."""
    verb = cue.verb
    if any(c.dep_ in syntax.labels("auxiliary") for c in verb.children):
        return False
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    # A present participle (« ajoutant : « … » ») introduces speech.
    past = verb.morph.get("Tense", []) != ["Pres"]
    return (verb.morph.get("VerbForm", []) == ["Part"] and past) or (
        after_comma and verb.lower_ in syntax.nickname_forms
    )


#: Tokens of an inverted display group after the marks: « y », a modal,
#: the clitic « -on » and the verb (« pouvait-on lire », « y voit-on »).
DISPLAY_AFTER_TOKENS = 4

#: « lit-on », « voit-on »: forms the tagger reads as nouns (a bed).
_INVERTED_FORMS = frozenset({"lit", "lisait", "voit", "voyait"})


def display_after(doc: Doc, after: int, language: LanguageData) -> tuple[int, int] | None:
    """« « Ni riches ni pauvres », peut-on lire sur un carton »: an inverted
    verb of display with the impersonal « on » right after the marks shows
    words on a placard or a wall (slogans: guidelines §1 count them, the
    source coming from the context). Returns the verb group."""
    lemmas = language.extra.get("display_lemmas", frozenset()) | {"voir"}
    clitics = language.extra.get("impersonal_clitics", frozenset())
    span = doc.char_span(after, after + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != after:
        return None
    doc_end = min(len(doc), span[0].i + DISPLAY_AFTER_TOKENS)
    clitic = False
    shown: Token | None = None  # « y voit-on »: the verb before its clitic
    for tok in doc[span[0].i : doc_end]:
        if tok.lower_ in clitics:
            if shown is not None:
                return after, tok.idx + len(tok)
            clitic = True
        elif tok.lemma_.lower() in lemmas or tok.lower_ in _INVERTED_FORMS:
            if clitic:
                return after, tok.idx + len(tok)
            shown = tok
        elif not (tok.lower_ == "y" or tok.pos_ in {"VERB", "AUX"}):
            return None
    return None
