"""Where an indirect quote's content stops: another source's clause, a
clause of the cue's own verb, a conjunct reattached to the cue, a word cut
in two by the tokenizer, a dangling coordinator."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.marks import PairIndex
from quidit.extract.spans import clip_content, written_tense
from quidit.lang import SyntaxData


class CueMaps:
    """The cues of a text arranged once for the per-cue questions below
    (asked by scanning every cue, they were quadratic in the text's length)."""

    def __init__(self, cues: list[VerbCue]) -> None:
        self.by_position = sorted(cues, key=lambda c: c.verb.idx)
        self.positions = [c.verb.idx for c in self.by_position]
        self.governed: dict[int, list[VerbCue]] = {}
        for c in cues:
            self.governed.setdefault(c.governor, []).append(c)
        # Attributions that open on their verb: inverted (« , a-t-il dit »,
        # whose clitic stands before the participle), or with no subject
        # before it (the parser often takes « l'AFP » after « a appris » for
        # an object): their start → their verb.
        self.opening_on_verb = {
            c.start: c.verb.i
            for c in cues
            if c.subject is None or c.subject.i > c.verb.i or c.inverted
        }

    def inside(self, start: int, end: int) -> list[VerbCue]:
        """Cues whose verb lies strictly inside ``(start, end)``."""
        return self.by_position[
            bisect_right(self.positions, start) : bisect_left(self.positions, end)
        ]


def subordinate_cut(
    cue: VerbCue, maps: CueMaps, start: int, end: int, syntax: SyntaxData
) -> int | None:
    """ "said 300 troops would go, while the opposition said …": another
    source's attribution in an adverbial clause (a subordinator and a
    subject of its own) ends the content before that clause."""
    adverbial = syntax.labels("participle_clause")
    markers = syntax.labels("clause_marker")
    subjects = syntax.labels("subject", "passive_subject")
    for other in maps.inside(start, end):
        verb = other.verb
        if verb.i == cue.verb.i or verb.dep_ not in adverbial:
            continue
        children = list(verb.children)
        if any(c.dep_ in markers for c in children) and any(c.dep_ in subjects for c in children):
            doc = verb.doc
            k = verb.left_edge.i - 1
            while k > 0 and (doc[k].is_punct or doc[k].is_space):
                k -= 1
            return doc[k].idx + len(doc[k])
    return None


#: Tokens between a comma and the finite verb of a new clause: a subject
#: of up to three words (« , Moscou dément », ", the army said").
NEW_CLAUSE_WINDOW = 4


def new_clause_cut(
    cue: VerbCue, maps: CueMaps, doc: Doc, start: int, end: int, syntax: SyntaxData
) -> int | None:
    """Content stops at a comma that opens another clause: a subject and a
    finite verb of their own (« Kiev affirme avoir abattu 25 drones, Moscou
    dément »), or another source's inverted attribution (« …, a appris
    l'AFP auprès du parquet »)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    subjects = syntax.labels("subject")
    finite_before = False
    for tok in span if span is not None else ():
        if tok.pos_ in {"VERB", "AUX"} and tok.morph.get("VerbForm", []) == ["Fin"]:
            finite_before = True
        if tok.text != "," or tok.i + 1 >= len(doc) or not finite_before:
            # « a indiqué que, malgré les protestations, le ministre … »: a
            # fronted adjunct is no clause of its own.
            continue
        nxt = doc[tok.i + 1]
        verb_i = maps.opening_on_verb.get(nxt.idx)
        if verb_i is not None and verb_i != cue.verb.i and nxt.pos_ in {"VERB", "AUX"}:
            return tok.idx
        for k in range(tok.i + 2, min(tok.i + 2 + NEW_CLAUSE_WINDOW, len(doc))):
            verb = doc[k]
            if verb.is_punct:
                break
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            own = [c for c in verb.children if c.dep_ in subjects and tok.i < c.i < verb.i]
            finite = verb.morph.get("VerbForm", []) == ["Fin"]
            nominal = all(t.pos_ in {"PROPN", "NOUN", "DET", "ADJ"} for t in doc[tok.i + 1 : k])
            if own and finite and nominal:
                return tok.idx
            break
    return None


def _finite_between(doc: Doc, start: int, end: int) -> bool:
    return any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in doc[start:end]
    )


def main_clause_cut(
    cue: VerbCue,
    que: Token,
    end: int,
    syntax: SyntaxData,
    speech_forms: Mapping[str, str] | None = None,
) -> int:
    """A que-clause stops before a clause of the cue's own verb after it: a
    coordinated verb (« a révélé que …, mais n'a pas permis de … ») or an
    adverbial clause (« …, en soulignant que … »): the speaker's act, not
    what is reported."""
    verb = cue.verb
    doc = verb.doc
    own = syntax.labels("coordination", "participle_clause")
    own_subjects = syntax.labels("subject", "passive_subject", "expletive_subject")
    markers = syntax.labels("clause_marker")
    for child in verb.children:
        if child.i <= que.i or child.dep_ not in own or child.idx >= end:
            continue
        if child.pos_ not in {"VERB", "AUX"}:
            continue
        # « a estimé qu'à Nantes il y avait … »: a clause with a subject of
        # its own and no subordinator, hung on the cue by the parser, is the
        # content clause itself (the cue's own acts share its subject).
        grand = list(child.children)
        if any(c.dep_ in own_subjects for c in grand) and not any(c.dep_ in markers for c in grand):
            continue
        k = child.left_edge.i - 1
        # Back over the coordinator and the comma before the clause.
        while k > que.i and (doc[k].pos_ == "CCONJ" or doc[k].is_punct or doc[k].is_space):
            k -= 1
        # A que-clause holds a finite verb: a clause before its first one is
        # the parser's misreading of a fronted adverbial (« a confié que
        # depuis un an, elle avait peur »: « avait » is the clause's verb).
        if k > que.i and _finite_between(doc, que.i + 1, k + 1):
            return min(end, doc[k].idx + len(doc[k]))
    # « Si X a affirmé que A, Y a démenti … »: the cue stands in an
    # adverbial clause; the main clause after it (its subject on) is not
    # what X said.
    if verb.dep_ in syntax.labels("participle_clause") and verb.head.i > que.i:
        main = verb.head
        subjects = syntax.labels("subject", "passive_subject")
        subject = next((c for c in main.children if c.dep_ in subjects and c.i > que.i), None)
        if subject is not None and doc[subject.left_edge.i - 1].text == ",":
            return min(end, doc[subject.left_edge.i - 2].idx + len(doc[subject.left_edge.i - 2]))
    # « X, qui a confirmé que A, a déclaré que B »: a cue in a relative
    # clause on the main verb's subject reports only up to that clause's
    # end; the main verb after it is X's next act.
    main = verb.head.head
    if (
        verb.dep_ in syntax.labels("relative_clause")
        and verb.head.dep_ in syntax.labels("subject")
        and verb.right_edge.i < main.i
        and main.idx < end
        and verb.right_edge.i > que.i
    ):
        edge = verb.right_edge
        end = min(end, edge.idx + len(edge))
    # « …, en soulignant que … », « …, ajoutant que … », « …, tout en
    # reconnaissant … », « …, sans préciser … »: a participle or an
    # infinitive of saying after a comma is the speaker's act, wherever
    # the parse hangs it.
    forms = speech_forms or {}
    k = que.i + 1
    while k + 1 < len(doc) and doc[k].idx < end:
        if doc[k].text == ",":
            j = k + 1
            lead = doc[j].lower_
            if lead == "tout" and j + 1 < len(doc) and doc[j + 1].lower_ == "en":
                j += 2
            elif lead in {"en", *syntax.clause_adjunct_openers}:
                j += 1
            part = doc[j] if j < len(doc) else None
            wanted = ["Inf"] if lead in syntax.clause_adjunct_openers else ["Part"]
            if (
                part is not None
                and part.lower_ in forms
                and part.morph.get("VerbForm", []) == wanted
                and (wanted == ["Inf"] or part.morph.get("Tense", []) == ["Pres"])
            ):
                return min(end, doc[k].idx)
        k += 1
    return end


def coordinated_report_cut(
    que: Token, end: int, syntax: SyntaxData, speech_forms: Mapping[str, str]
) -> int:
    """« croit que A et il affirme que B », « estime que A, mais elle
    rappelle que B »: a verb of saying coordinated after the clause, with a
    subject of its own and no complementiser, is a new attribution (the
    parser often hangs it inside the que-clause); the content stops before
    its coordinator. « … et qu'il affirme B » stays: a second completive."""
    doc = que.doc
    subjects = syntax.labels("subject")
    k = que.i + 2
    while k < len(doc) and doc[k].idx < end:
        verb = doc[k]
        k += 1
        if verb.lower_ not in speech_forms or verb.pos_ not in {"VERB", "AUX"}:
            continue
        before = [c for c in verb.children if c.i < verb.i]
        if any(c.lower_ in syntax.complementisers for c in before):
            continue
        joint = next((c for c in before if c.lower_ in syntax.coordinators), None)
        if joint is None or not any(c.dep_ in subjects and c.i > joint.i for c in before):
            continue
        cut = _before_joint(que, joint, end)
        if cut is not None:
            return cut
    return end


def _before_joint(que: Token, joint: Token, end: int) -> int | None:
    """The end of the word before a coordinator (and its comma), if it is
    inside the que-clause."""
    doc = que.doc
    j = joint.i - 1
    while j > que.i and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    return min(end, doc[j].idx + len(doc[j])) if j > que.i else None


def word_end(text: str, end: int) -> int:
    """Never end inside a word: the parser may split "pre-positioned" and
    leave half of it out of the clause."""
    n = len(text)
    if not (0 < end < n and text[end - 1].isalnum() and (text[end].isalnum() or text[end] == "-")):
        return end
    while end < n and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return end


def without_dangling_coordinator(text: str, start: int, end: int, syntax: SyntaxData) -> int:
    """ "restored power to 40,000 customers but": a coordinator whose
    conjunct the parse put outside the clause is no part of the content."""
    words = text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in syntax.coordinators:
        return clip_content(text, start, start + len(text[start:end].rstrip()) - len(words[1]))[1]
    return end


#: Closing marks a sentence's full stop may stand before or after.
_OPENERS = frozenset('«“"‹‘')

#: A word of at most this many letters, capitalised, before a full stop is
#: an initial or an abbreviated title (« J. Martin », « M. Roy », « Dr. »),
#: not a sentence end.
ABBREVIATION_LETTERS = 2


def _sentence_break(text: str, dot: int, titles: frozenset[str]) -> bool:
    """``text[dot]`` (. ! ?) ends a sentence: a space, then a capital letter
    or an opening quotation mark, and no initial or title before it."""
    if text[dot] not in ".!?":
        return False
    k = dot + 1
    if k >= len(text) or text[k] not in " \u00a0\u202f\n":
        return False
    while k < len(text) and text[k] in " \u00a0\u202f":
        k += 1
    if k >= len(text) or not (text[k].isupper() or text[k] in _OPENERS):
        return False
    if text[dot] != ".":
        return True
    word = text[:dot].rsplit(None, 1)[-1] if text[:dot].strip() else ""
    word = word.lstrip('(«“"')
    letters = word.replace("-", "").replace(".", "")
    if word[:1].isupper() and len(letters) <= ABBREVIATION_LETTERS:
        return False
    return word.lower() not in titles


def at_sentence_breaks(
    text: str, start: int, end: int, forward: bool, pairs: PairIndex, titles: frozenset[str]
) -> tuple[int, int]:
    """An indirect content is one sentence (guidelines §1: « selon X »
    reaches the end of its sentence, no further): where the parser ran a
    clause on over a full stop, or over a colon that opens a quotation
    (« Il pense que A : « B » » — the marks are a quote of their own), the
    content stops there. ``forward``: the cue stands before the content,
    which keeps its first sentence; else it keeps its last. Breaks inside
    quotation marks are the source's own sentences and stay."""
    cuts: list[int] = []
    for k in range(start, end):
        ch = text[k]
        if ch not in ".!?:" or pairs.around(k) is not None:
            continue
        if ch == ":" and forward:
            rest = text[k + 1 : end].lstrip(" \u00a0\u202f")
            at = end - len(rest)
            if rest[:1] in _OPENERS and any(p.closed for p in pairs.opening_in(at, at)):
                cuts.append(k)
        elif ch != ":" and _sentence_break(text, k, titles):
            cuts.append(k)
    if not cuts:
        return start, end
    if forward:
        return clip_content(text, start, cuts[0])
    return clip_content(text, cuts[-1] + 1, end)


def _finite(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and (
        "Fin" in tok.morph.get("VerbForm", []) or bool(tok.morph.get("Mood", []))
    )


def before_main_clause(cue: VerbCue, que: Token, end: int, extra: Mapping[str, object]) -> int:
    """« Quand X dit que A il oublie B », « Lorsque X affirme que A la
    population … »: a cue in a fronted adverbial clause (lorsque, quand,
    si …) needs a main clause after its own; where the que-clause runs to
    the sentence end with no comma, the parser has swallowed that main
    clause, which starts at the first subject (a pronoun, or a determiner
    and its noun) that is followed by a finite verb once the que-clause
    has had its own finite verb."""
    subordinators = extra.get("adverbial_subordinators")
    pronouns = extra.get("subject_pronouns")
    clitics = extra.get("preverbal_clitics")
    if not isinstance(subordinators, frozenset) or not isinstance(pronouns, frozenset):
        return end
    clitics = clitics if isinstance(clitics, frozenset) else frozenset()
    doc = que.doc
    sent = cue.verb.sent
    # The subordinator opens the sentence, or is the cue's own marker
    # inside a larger clause (« a répondu que, si un maire estime que A, B »).
    opener = sent[0]
    if opener.lower_ not in subordinators or opener.i >= cue.verb.i:
        opener = next(
            (c for c in cue.verb.children if c.i < cue.verb.i and c.lower_ in subordinators),
            opener,
        )
    if opener.lower_ not in subordinators or opener.i >= cue.verb.i:
        return end
    # Only the cue's own clause opens with it: no finite verb between the
    # subordinator and the cue (but the cue's auxiliary).
    if any(_finite(t) and t.head.i != cue.verb.i for t in doc[opener.i + 1 : cue.verb.i]):
        return end
    last = doc[sent.end - 1]
    tail = doc.text[end : last.idx + len(last)].strip(' .!?…»”"\u00a0')
    if tail:
        return end  # the main clause stands after the content already
    seen_finite = False
    k = que.i + 1
    while k < sent.end and doc[k].idx < end:
        tok = doc[k]
        prev = doc[k - 1]
        opens = prev.pos_ not in {"SCONJ", "CCONJ", "ADP", "DET"} and prev.lower_ not in (
            subordinators | {"que", "qu'", "qu’", "qui", "dont", "où"}
        )
        if seen_finite and opens and tok.i + 1 < sent.end:
            j = None
            if tok.lower_ in pronouns:
                j = tok.i + 1
            elif tok.pos_ == "DET" and doc[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
                j = tok.i + 2
                while j < sent.end and doc[j].pos_ in {"ADJ", "PROPN"}:
                    j += 1
            while j is not None and j < sent.end and doc[j].lower_ in clitics:
                j += 1
            if (
                j is not None
                and j < sent.end
                and (
                    _finite(doc[j])
                    # « elle se trompe »: after a subject pronoun and a clitic,
                    # the word is a verb whatever the tagger read.
                    or (tok.lower_ in pronouns and j > tok.i + 1 and doc[j].pos_ != "PUNCT")
                )
            ):
                return clip_content(doc.text, que.idx, tok.idx)[1]
        if _finite(tok):
            seen_finite = True
        k += 1
    return end


def shared_act_cut(cue: VerbCue, que: Token, end: int, syntax: SyntaxData) -> int:
    """« a estimé que la réforme était nécessaire et a annoncé un vote »: a
    verb coordinated to the que-clause's head, with no subject of its own
    and written in the cue's tense (« a … et a … ») where the clause's head
    is in another, is the speaker's next act, which the parser hangs inside
    the clause; the content stops before its coordinator. In the clause's
    own tense (« que le maire a menti et a caché … ») it shares the
    clause's subject and stays."""
    head = que.head
    auxiliaries = syntax.labels("auxiliary")
    own_tense = written_tense(cue.verb, auxiliaries)
    if own_tense is None or head.i <= que.i or written_tense(head, auxiliaries) == own_tense:
        return end
    subjects = syntax.labels("subject", "passive_subject", "expletive_subject")
    for conj in head.children:
        if conj.dep_ not in syntax.labels("coordination") or conj.pos_ not in {"VERB", "AUX"}:
            continue
        if conj.idx >= end or any(c.dep_ in subjects for c in conj.children):
            continue
        if written_tense(conj, auxiliaries) != own_tense:
            continue
        joint = next(
            (c for c in conj.children if c.i < conj.i and c.lower_ in syntax.coordinators), None
        )
        cut = None if joint is None else _before_joint(que, joint, end)
        if cut is not None:
            return cut
    return end
