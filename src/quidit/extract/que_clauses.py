"""Where a que/that clause after a cue starts and ends on the parse (split
from :mod:`quidit.extract.indirect`, which builds the quotes): the
complementiser within reach of the cue (not a comparing « que »), the
clause's own end, and a conjunct with its own finite verb cut off."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.spans import clip_content, text_of
from quidit.lang import SyntaxData


def _restrictive(verb: Token, syntax: SyntaxData) -> bool:
    """« ne soutient … qu'en … »: ne … que means "only", not "that"."""
    negated = any(c.lower_ in syntax.restrictive_negation for c in verb.children)
    full = any(c.lower_ in syntax.full_negation for c in verb.children)
    return negated and not full


#: Tokens that may stand between a cue and its « que » (« a déclaré
#: mercredi à la presse que »); a verb or sentence end stops the search.
#: Ten tokens hold the longest such insertions seen in news copy
#: (« a déclaré mercredi soir devant les députés de la commission que »).
QUE_WINDOW = 10

#: Pattern priors: the share of quotes of each pattern that are right
#: (content and speaker), set from the dev-set figures of bench/accuracy.py

# --------------------------------------------------------------------------
# 1. verbs of saying


def que_after(
    cue: VerbCue, doc: Doc, syntax: SyntaxData, ce_que: Collection[str] = ()
) -> Token | None:
    """The complementiser (« que », "that") that opens the cue's complement
    clause, if any. For the lemmas in ``ce_que`` the complement is opened by
    the locution « à ce que » (« s'attendre à ce que »), whose « ce » would
    otherwise mark a free relative (« ce que X dit »)."""
    if not syntax.complementisers:
        return None
    verb = cue.verb
    sent_end = verb.sent.end
    last = doc[verb.i]
    # Start right after the cue words (a multi-word cue ends after its tail).
    i = last.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    steps = 0
    detached = False  # a comma seen: an adjunct set off between cue and « que »
    infinitive_adjunct: Token | None = None  # « , au sortir du conseil, »
    closed = False  # the comma after that adjunct seen
    while i < sent_end and steps < QUE_WINDOW:
        tok = doc[i]
        if tok.lower_ in syntax.complementisers:
            if _relative_object(tok, verb, syntax):
                return None  # « un procès qu'ils jugent sans fondement »
            prev = doc[i - 1].lower_ if i > 0 else ""
            locution = cue.lemma in ce_que and prev == "ce" and i >= 2 and doc[i - 2].lower_ == "à"
            if locution:
                return tok
            adverb = i >= 2 and f"{doc[i - 2].lower_} {prev}" in syntax.adverbs_before_que
            if (prev in syntax.not_complementiser_after and not adverb) or _restrictive(
                verb, syntax
            ):
                return None
            if infinitive_adjunct is not None and not closed:
                # « a affirmé, avant de préciser que … »: the infinitive's
                # own complement, not the cue's.
                return None
            if prev in syntax.coordinators and _in_completive(verb, syntax):
                # « a dit qu'il espérait A mais que B »: the second
                # completive is the outer verb's, coordinated with the first.
                return None
            if comparative(doc, verb.i, i, syntax):
                return None
            return tok
        # A finite verb starts another clause; a "verb" without tense is
        # usually a mistagged name (« sur France Inter que »).
        finite = (
            tok.pos_ == "VERB"
            and bool(tok.morph.get("VerbForm", []))
            and not tok.text[:1].isupper()  # « sur France Inter que »: a name
            # « a rappelé, dans une lettre ouverte au préfet, que »: a
            # past participle that modifies a noun of the adjunct opens no
            # clause, nor a detached one (« a expliqué, interrogé par la
            # radio, que »); a present participle may be a cue of its own.
            and not (
                detached
                and tok.morph.get("VerbForm", []) == ["Part"]
                and tok.morph.get("Tense", []) == ["Past"]
                and (
                    tok.dep_ in syntax.labels("modifier", "clause_modifier")
                    or (doc[i - 1].text == "," and tok.dep_ in syntax.labels("participle_clause"))
                )
            )
        )
        if finite and _adjunct_infinitive(tok, doc, detached, syntax):
            # « a annoncé, au sortir du conseil, que … », « a dit, pour
            # conclure, que … »: an infinitive led by a preposition inside an
            # adjunct set off by commas opens no clause of its own before
            # the cue's « que », once its comma closes.
            infinitive_adjunct, closed, finite = tok, False, False
        if finite or tok.lower_ in {".", "!", "?", ";"}:
            return None
        if tok.text in {"«", "“", '"', ":"}:
            return None
        if tok.text == "," and infinitive_adjunct is not None:
            closed = True
        detached = detached or tok.text == ","
        i += 1
        steps += 1
    return None


def _adjunct_infinitive(tok: Token, doc: Doc, detached: bool, syntax: SyntaxData) -> bool:
    """An infinitive right after a preposition (« au sortir de », « pour
    conclure », « avant de partir ») in an adjunct set off by a comma, or
    the participle of such a compound infinitive (« après avoir consulté »)."""
    if not detached or tok.i < 2:
        return False
    lead = tok.i - 1
    if tok.morph.get("VerbForm", []) == ["Part"]:
        aux = doc[lead]
        if aux.pos_ != "AUX" or aux.morph.get("VerbForm", []) != ["Inf"]:
            return False
        lead -= 1
    elif tok.morph.get("VerbForm", []) != ["Inf"]:
        return False
    return doc[lead].pos_ == "ADP"


def _in_completive(verb: Token, syntax: SyntaxData) -> bool:
    """The verb heads a clause opened by a complementiser (« qu'il espérait »)."""
    return any(c.lower_ in syntax.complementisers and c.i < verb.i for c in verb.children)


def _relative_object(que: Token, verb: Token, syntax: SyntaxData) -> bool:
    """« a dénoncé le caractère d'un procès qu'ils jugent sans fondement »:
    « que » parsed as the object pronoun of a relative clause on the noun
    before it, where the cue already has its object, opens no completive of
    the cue (« lire dans le rapport que … », with no object, may be a
    completive the parser misread)."""
    objects = syntax.labels("object")
    return (
        any(c.dep_ in objects and c.i < que.i for c in verb.children if c.i > verb.i)
        # the tagger may call the relative pronoun a conjunction; its
        # object relation to a relative clause tells
        and que.pos_ in {"PRON", "SCONJ"}
        and que.dep_ in syntax.labels("object")
        # a pronoun that is its clause's object is relative wherever the
        # parser hangs the clause (on the cue, « a rappelé les engagements
        # financiers qu'il avait pris »); a conjunction only under a relcl
        and (que.pos_ == "PRON" or que.head.dep_ in syntax.labels("relative_clause"))
        and que.i > 0
        and _ends_noun_phrase(que.doc[que.i - 1])
    )


def _ends_noun_phrase(tok: Token) -> bool:
    """The word ends a noun phrase: a noun, or an adjective after its noun
    (« a rappelé les objectifs chiffrés que le gouvernement avait fixés »)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.pos_ == "ADJ" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i


#: Words between a degree word and its comparing « que » at most (« plus
#: lourd que », « moins de morts que », « aussi grave et durable que »).
COMPARATIVE_WINDOW = 3


def comparative(doc: Doc, after: int, que: int, syntax: SyntaxData) -> bool:
    """« a mis en garde contre une crise plus grave que celle de 2008 »: a
    degree word before « que », with only an adjective, an adverb or a noun
    between (« a dit aussi que … » has nothing between: a completive)."""
    for k in range(que - 1, max(after, que - COMPARATIVE_WINDOW - 1), -1):
        tok = doc[k]
        if tok.lower_ in syntax.comparatives:
            between = doc[k + 1 : que]
            return bool(between) and not any(
                t.lower_ in syntax.comparative_exceptions
                or t.pos_ in {"VERB", "AUX", "PUNCT", "PRON"}
                for t in between
            )
        if tok.pos_ not in {"ADJ", "ADV", "NOUN", "ADP", "CCONJ"}:
            return False
    return False


def clause_end(head: Token, first: Token, sent_end: int, syntax: SyntaxData) -> int:
    """End of a complement clause: its subtree (conjuncts included), so
    that a coordinated main verb (« affirme avoir … et réclame … ») or an
    adjunct of the main clause (« …, sans céder ») stays out.  Falls back to
    the sentence end when the parse does not put the clause after ``first``.
    """
    node = head
    # « avoir » and « que » hang on the clause's verb.
    if node.i < first.i or node.dep_ in syntax.labels("auxiliary", "clause_marker"):
        return sent_end
    end_tok = node.right_edge
    end = end_tok.idx + len(end_tok)
    # Closing marks the parser left outside the subtree belong to it.
    doc = head.doc
    nxt = end_tok.i + 1
    # American style puts the full stop inside the closing mark: '… "never."'
    if (
        nxt + 1 < len(doc)
        and doc[nxt].text in {".", "!", "?"}
        and doc[nxt + 1].text in {"»", "”", '"'}
        and doc[nxt + 1].idx == doc[nxt].idx + 1
    ):
        nxt += 1
        end = doc[nxt].idx + 1
    while nxt < len(doc) and (doc[nxt].text in {"»", "”", '"'} or doc[nxt].is_space):
        end = doc[nxt].idx + len(doc[nxt]) if not doc[nxt].is_space else end
        nxt += 1
    return min(end, sent_end) if end > first.idx else sent_end


def before_finite_conjunct(doc: Doc, first: Token, end: int, syntax: SyntaxData) -> int:
    """An infinitive's content stops before « et » + a finite verb or
    « , sans » + infinitive: both belong to the main clause (« affirme avoir
    dérobé X et réclame une rançon »)."""
    span = doc.char_span(first.idx, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.lower_ in syntax.coordinators and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.pos_ in {"VERB", "AUX"} and nxt.morph.get("VerbForm", []) == ["Fin"]:
                return trim_end(text_of(doc), first.idx, tok.idx)
            # « disent n'avoir rien su, et c'est là le problème »: a subject
            # pronoun and a finite verb make a clause of its own, which an
            # infinitive's content cannot hold.
            after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            if (
                nxt.pos_ == "PRON"
                and after is not None
                and after.pos_ in {"VERB", "AUX"}
                and after.morph.get("VerbForm", []) == ["Fin"]
                and nxt.lower_ not in syntax.relative_pronouns
            ):
                return trim_end(text_of(doc), first.idx, tok.idx)
        if tok.lower_ in syntax.clause_adjunct_openers and tok.i > 0 and doc[tok.i - 1].text == ",":
            return trim_end(text_of(doc), first.idx, doc[tok.i - 1].idx)
    return end


def trim_end(text: str, start: int, end: int) -> int:
    return clip_content(text, start, end)[1]
