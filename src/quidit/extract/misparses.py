"""Subjects on misread parses: the parser hangs a verb of saying on a
wrong head (an incise coordinated with the clause before it, an
auxiliary read as the main verb), and the subject must be found all the
same."""

from __future__ import annotations

from spacy.tokens import Token

from quidit.lang import SyntaxData

#: Tokens between a stray subject and its verb: the auxiliary, a short
#: incise and a name complement (« la préfecture de police a quant à elle
#: dénombré »).
STRAY_WINDOW = 8


def stray_subject(verb: Token, syntax: SyntaxData) -> Token | None:
    """A subject the parser hung on a wrong head when it misread the verb
    (« La préfecture a quant à elle dénombré 2 400 participants »: the
    figure's noun made the root): the nearest subject on the left, a few
    words before the verb with only an auxiliary, adverbs or an incise
    between, whose head stands at the verb or after it."""
    doc = verb.doc
    subjects = syntax.labels("subject")
    aux_at = -1  # an auxiliary the parser took for the main verb (« a »)
    for k in range(verb.i - 1, max(-1, verb.i - STRAY_WINDOW - 1), -1):
        tok = doc[k]
        if (
            tok.dep_ in subjects
            and tok.head.i != tok.i
            and tok.head.i in (aux_at, *range(verb.i, len(doc)))
        ):
            return tok
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_ in _AUXILIARY_LEMMAS and aux_at < 0:
            aux_at = k
            # « X, le directeur, a de son côté rappelé que … »: the parser
            # made the auxiliary the main verb and hung the subject, past
            # an apposition and its comma, on it.
            on_aux = [c for c in tok.children if c.dep_ in subjects and c.i < k]
            if on_aux:
                return on_aux[-1]
            continue
        if tok.pos_ == "VERB" or tok.is_punct or tok.is_space:
            return None
    return None


_AUXILIARY_LEMMAS = frozenset({"avoir", "être", "have", "be"})


def asyndetic_incise(verb: Token, syntax: SyntaxData) -> bool:
    """« Les pompiers ont éteint trois feux, a annoncé la préfecture. »: the
    parser coordinates the incise with the clause before it.  A conjunct
    with no coordinator, after a comma, whose object closes the sentence is
    an inverted incise, not a second verb of the first subject (« … et a
    ajouté que … »)."""
    doc = verb.doc
    if any(c.pos_ == "CCONJ" for c in verb.children):
        return False
    group = [c for c in verb.children if c.i < verb.i and not c.is_punct]
    first = min([verb, *group], key=lambda t: t.i)
    if first.i == 0 or doc[first.i - 1].text != ",":
        return False
    objects = [c for c in verb.children if c.dep_ in syntax.labels("object") and c.i > verb.i]
    if not objects:
        return _subject_after_adjunct(verb)
    if len(objects) != 1:
        return False
    after = objects[0].right_edge.i + 1
    return after >= len(doc) or doc[after].text in {".", "!", "?", "\n"} or doc[after].is_space


#: Prepositional phrases between an incise's verb and its inverted subject
#: (« a précisé à la presse », « a indiqué dans un communiqué à l'AFP »).
_ADJUNCTS_BEFORE_SUBJECT = 2


def _subject_after_adjunct(verb: Token) -> bool:
    """« …, a précisé à la presse un responsable des pompiers. »: the
    parser hangs the inverted subject on the verb's adjunct (as an
    apposition of « presse »); a determiner or a name after one or two
    prepositional phrases, running to the sentence end with no verb, is the
    subject of the incise."""
    doc = verb.doc
    k = verb.i + 1
    for _ in range(_ADJUNCTS_BEFORE_SUBJECT):
        if k >= len(doc) or doc[k].pos_ != "ADP" or doc[k].head.head.i != verb.i:
            break
        noun = doc[k].head
        k = noun.i + 1
        while k < len(doc) and doc[k].head.i == noun.i and doc[k].dep_ == "amod":
            k += 1
    if k == verb.i + 1 or k >= len(doc) or doc[k].pos_ not in {"DET", "PROPN"}:
        return False
    for tok in doc[k : verb.sent.end]:
        if tok.text in {".", "!", "?"} or (tok.is_space and "\n" in tok.text):
            return True
        if tok.is_punct and tok.text not in {"-", "(", ")"}:
            return False
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"}:
            return False
    return True


def verbless_content(verb: Token, subject: Token, cue_start: int) -> bool:
    """« Un chiffre provisoire, a précisé le maire. »: the parser takes the
    verbless content for the subject and the inverted subject for an
    object; French sets no lone comma between a subject and its verb, so a
    subject of its own (no finite verb, no comma: « Le directeur, Paul
    Roux, a précisé … » is an apposition closed by its comma) closed by a
    comma right before the verb group (starting at ``cue_start``), and an
    object that ends the sentence, is that misread."""
    doc = verb.doc
    if any(t.is_punct or t.morph.get("VerbForm", []) == ["Fin"] for t in subject.subtree):
        return False
    edge = subject.right_edge.i
    if edge + 2 >= len(doc) or doc[edge + 1].text != "," or doc[edge + 2].idx != cue_start:
        return False
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    if len(objects) != 1:
        return False
    after = objects[0].right_edge.i + 1
    return after >= len(doc) or doc[after].text in {".", "!", "?"} or doc[after].is_space
