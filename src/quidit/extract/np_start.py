"""Where the noun-phrase content of a verb of saying starts (split from
:mod:`quidit.extract.np_content`): past time words, a date, a short
incise and a circumstance of the saying (« a évoqué mercredi 1er avril
les … », « a dénoncé dans un communiqué une « faute » »), and the « à »
of a verb of evaluating before its figure (« a chiffré à un million … »).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from quidit.extract.cues import VerbCue
from quidit.extract.spans import skip_incise
from quidit.lang import LanguageData

_OPENING = {"«", "“", '"', "‹"}
#: The preposition of « parler de », « faire état de »: their object.
_GENITIVE_ADP = frozenset({"de", "d'", "d’"})


def start_after_cue(
    cue: VerbCue,
    doc: Doc,
    time_words: frozenset[str],
    incises: tuple[tuple[str, ...], ...],
    months: frozenset[str] = frozenset(),
    measure: Callable[[int], bool] | None = None,
    periods: frozenset[str] = frozenset(),
    clock: Callable[[int], int] | None = None,
) -> int:
    """Where the phrase reported after ``cue`` starts. ``measure(j)`` says
    that token ``j`` opens the value itself (« a chiffré à un million … »),
    which is then no circumstance to skip; ``clock(j)`` is the token after
    a clock time starting at ``j`` (``j`` where none starts there)."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    # « il annonçait : 4 169 civils tués … »: a colon before the figures
    # the verb reports (a quoted passage after it is a direct quote).
    if i + 1 < len(doc) and doc[i].text == ":" and doc[i + 1].text not in _OPENING:
        i += 1
    for _ in range(4):
        j = skip_incise(doc, i, incises)
        while j < len(doc) and (
            doc[j].lower_ in time_words
            or (doc[j].pos_ == "ADV" and doc[j].head.i == cue.verb.i and doc[j].dep_ == "advmod")
        ):
            j += 1
        # « a évoqué mercredi 1er avril les … », « a annoncé le 3 mars la
        # mort de … »: a date is no part of the phrase reported.
        k = j + 1 if j + 2 < len(doc) and doc[j].lower_ == "le" else j
        if k + 1 < len(doc) and doc[k + 1].lower_ in months and doc[k].text[:1].isdigit():
            j = k + 2
            if j < len(doc) and doc[j].text.isdigit() and len(doc[j].text) == 4:
                j += 1
        # « a déclaré ce vendredi … »: a demonstrative on a time word.
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and doc[j].lower_ in _DEMONSTRATIVES and nxt.lower_ in time_words:
            j += 2
        # « a insisté ces derniers jours sur … »: a demonstrative, up to
        # three adjectives or numerals (« ces deux derniers »), a period.
        elif j < len(doc) and doc[j].lower_ in _DEMONSTRATIVES:
            k = j + 1
            while k < len(doc) and k <= j + 3 and doc[k].pos_ in {"ADJ", "NUM"}:
                k += 1
            if k < len(doc) and doc[k].lower_ in periods:
                j = k + 1
        if clock is not None:
            j = clock(j)
        if measure is None or not measure(j):
            j = _past_circumstance(doc, cue, j)
        if j == i:
            break
        i = j
    return i


#: Determiners of a time phrase (« ce mardi », « cette semaine »).
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})


def _past_circumstance(doc: Doc, cue: VerbCue, j: int) -> int:
    """« a affirmé sur une radio « … » », « a dénoncé dans un communiqué
    une « faute » »: a prepositional phrase on the cue that is followed by
    a quoted fragment or a noun phrase is a circumstance of the saying
    (where, to whom, in which medium), not its content: the content starts
    after it. A phrase that runs to the content (« table sur une hausse »,
    « parle de 40 morts ») is followed by neither and stays."""
    if j >= len(doc) or doc[j].pos_ != "ADP":
        return j
    noun = doc[j].head
    if noun.head.i != cue.verb.i or noun.i <= j or not noun.dep_.startswith(("obl", "nmod")):
        return j
    if noun.dep_.endswith(":arg") and doc[j].lower_ in _GENITIVE_ADP:
        # « parle d'une affluence « en recul » avec … »: the verb's own
        # prepositional object is its content, quoted fragment or not.
        return j
    last = max(t.i for t in noun.subtree)
    # A French noun takes a complement only through a preposition: a bare
    # noun phrase the parser hung on the circumstance (« sur les réseaux
    # une « trahison » ») is the verb's object, where the phrase ends.
    for child in noun.rights:
        if child.dep_.startswith("nmod") and not any(c.dep_ == "case" for c in child.children):
            last = child.left_edge.i - 1
            break
    while last > noun.i and (doc[last].text in _OPENING or doc[last].is_punct):
        last -= 1
    nxt = last + 1
    if nxt < len(doc) and (doc[nxt].text in _OPENING or doc[nxt].pos_ in {"DET", "NUM"}):
        return nxt
    return j


def figure_after_a(doc: Doc, first: int, lemma: str, language: LanguageData) -> bool:
    """« à » then a figure after a verb of evaluating (« a évalué à 2
    millions le coût », « estime à un million »); « estime à juste titre »
    holds no figure."""
    if lemma not in language.extra.get("evaluation_at", ()):
        return False
    if first + 1 >= len(doc) or doc[first].lower_ != "à":
        return False
    tok = doc[first + 1]
    numbers = language.numbers
    if tok.text[:1].isdigit():
        return True
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if tok.lower_ in numbers.one_words:
        return nxt in numbers.multipliers  # « un million », not « une hauteur »
    if tok.pos_ == "NUM":
        return True
    # « à près de 3 000 », « à plus d'un million »: a hedge, then the figure
    hedges = {p.split()[0] for p in numbers.qualifiers_before}
    if tok.lower_ not in hedges:
        return False
    window = doc[tok.i + 1 : min(len(doc), tok.i + 4)]
    return any(
        t.text[:1].isdigit()
        or t.pos_ == "NUM"
        or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in numbers.multipliers)
        for t in window
    )


def past_clock(doc: Doc, j: int, language: LanguageData) -> int:
    """The token after a clock time at ``j`` (« à 19h00 », « vers 17
    heures »), else ``j``."""
    openers = language.extra.get("clock_prepositions", frozenset())
    if j + 1 >= len(doc) or doc[j].lower_ not in openers:
        return j
    numbers = language.numbers
    tok = doc[j + 1]
    digits = len(tok.text) - len(tok.text.lstrip("0123456789"))
    rest = tok.lower_[digits:]
    if digits and any(
        (rest.startswith(s) and rest[len(s) :].isdigit()) or rest == s
        for s in numbers.time_suffixes
    ):
        return j + 2  # « 19h00 », « 16H30 », « 8h »
    nxt = doc[j + 2] if j + 2 < len(doc) else None
    if tok.text.isdigit() and nxt is not None and nxt.lower_ in numbers.time_words:
        return j + 3  # « 17 heures »
    return j
