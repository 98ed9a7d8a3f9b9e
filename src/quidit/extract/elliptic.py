"""Elliptical attributed figures (guidelines §1; issue 12).

News gives competing counts in a row, the verb left out after the first:
« 9 000 selon X, 2 100 selon Y », « 18 000 pour la préfecture, 14 000
d'après le cabinet Z », « contre 4 100 selon la police », or a figure with
its source in parentheses: « 40 morts (selon l'armée) ».  Each figure is a
quote of its own whose content is the figure phrase, with its own source.

The attribution adjuncts (:mod:`quidit.extract.adjuncts`) already propose a
quote for the words before « selon Y »; this module narrows such a quote to
its figure phrase when those words are verbless (an ellipsis) or when the
source stands in parentheses right after the figure, and ends a sentence
quote of another source where such a figure begins.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from quidit.extract.drafts import CONFIDENCE, Draft
from quidit.extract.numbers import Mention, find_numbers
from quidit.extract.spans import text_of
from quidit.lang import LanguageData

#: An elliptical figure phrase is short: the figure and a noun or a place
#: (« 2 100 manifestants à Brest »: 4 words); longer verbless stretches
#: before « selon » are headlines or lists, left to the adjunct reading.
MAX_WORDS = 6

#: What may stand between a figure phrase and its « selon »: spaces, a comma,
#: an opening parenthesis.
_BETWEEN = " \t\u00a0\u202f,("

_ADJUNCT_KINDS = frozenset({"adjunct", "adjunct_figure"})


def elliptic_drafts(doc: Doc, drafts: list[Draft], language: LanguageData) -> list[Draft]:
    """The drafts with elliptical figures narrowed to their figure phrase,
    and figures counted « par » an agent added (« 8 500 décomptés par la
    préfecture »)."""
    agent = _agent_figures(doc, drafts, language) + _gapped_figures(doc, drafts, language)
    if agent:
        drafts = drafts + agent
        _end_before(drafts, agent, text_of(doc))
    # A draft whose « selon Y » stands inside it (the adjunct reaches the
    # whole sentence: « entre 1 700 personnes, selon X, et 2 000, selon Y, à
    # Nantes ») is read up to its cue: the words after it are no figure's.
    candidates = [
        d for d in drafts if d.kind in _ADJUNCT_KINDS and d.cue is not None and d.start < d.cue[0]
    ]
    if not candidates:
        return drafts
    text = text_of(doc)
    leads = language.extra.get("ellipsis_leads", frozenset({"contre", "et", "mais", "puis"}))
    narrowed: list[Draft] = []
    for d in candidates:
        assert d.cue is not None
        whole = d
        if d.end > d.cue[0]:
            d = copy(d)
            d.end = whole.cue[0] if whole.cue else d.end
        assert d.cue is not None
        # Numbers of this draft only: the whole text's are read once later,
        # for claims; a page's few adjunct drafts are short.
        inside = [
            _shifted(m, d.start)
            for m in find_numbers(text[d.start : d.end], language.numbers)
            if not m.vague
        ]
        if not inside:
            continue
        figure = inside[-1]  # « 40 morts (selon l'armée) », « …, contre 4 100 selon Y »
        # « 40 morts (selon l'armée) », or the figure itself in parentheses
        # with its source: « 4 000 personnes (12 000 selon la CGT) ».
        paren = text[d.start : d.cue[0]].rstrip(" \t\u00a0\u202f").endswith("(") or (
            text[d.start : figure.start].rstrip(" \t\u00a0\u202f").endswith("(")
            and ")" not in text[figure.end : d.cue[0]]
        )
        if not paren and not _elliptical(doc, text, d, figure, leads, language.syntax.coordinators):
            continue
        if d is not whole and not paren and not _led(text[d.start : figure.start], leads):
            # « A Vernay, 3 400 personnes, selon la gendarmerie, ont défilé »:
            # the sentence goes on after the cue; only a figure set against
            # another by « et » / « contre » stands alone before it.
            continue
        if (
            not paren
            and _own_clause(doc, d.start, figure.start, language)
            and not _attributed(d, drafts, figure.start)
        ):
            continue  # « X aura 4,7 % en 2019, contre 3,8 % en 2018, d'après Y »
        end = d.end
        while end > figure.end and text[end - 1] in _BETWEEN:
            end -= 1
        if len(text[figure.start : end].split()) > MAX_WORDS and not paren:
            continue
        whole.start, whole.end = figure.start, end
        whole.kind = "adjunct_figure"
        narrowed.append(whole)
    if narrowed:
        _end_before(drafts, narrowed, text)
    return drafts


def _shifted(m: Mention, offset: int) -> Mention:
    return replace(
        m,
        start=m.start + offset,
        end=m.end + offset,
        num_start=m.num_start + offset,
        num_end=m.num_end + offset,
    )


def _elliptical(
    doc: Doc,
    text: str,
    d: Draft,
    first: Mention,
    leads: frozenset[str],
    coordinators: frozenset[str] = frozenset(),
) -> bool:
    """The words before the cue are a figure phrase with no verb, opened by
    the figure or by « contre » / « et »."""
    before = text[d.start : first.start].rstrip(" \t\u00a0\u202f(")
    words = before.split()
    opened = (
        not before
        or before.endswith((",", ")", ";"))
        or (bool(words) and words[-1].lower() in leads)
    )
    if not opened:
        return False
    if words and words[-1].lower() in coordinators:
        # « …, et 12 000 selon Y » opens a new figure; « a fait six morts
        # et 13 blessés, selon Y » coordinates two counts of one clause.
        prior = before[: len(before) - len(words[-1])].rstrip()
        if prior and not prior.endswith((",", ")", ";")):
            return False
    span = doc.char_span(first.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _led(before: str, leads: frozenset[str]) -> bool:
    """The words before a figure end with a lead (« …, et », « contre »)."""
    words = before.rstrip(" \t\u00a0\u202f(").split()
    return bool(words) and words[-1].lower() in leads


def _own_clause(doc: Doc, start: int, end: int, language: LanguageData) -> bool:
    """The words before an elliptical figure's lead (« contre ») hold a
    predicate that is no verb of saying: the figures before and after the
    lead are one clause's, and the adjunct governs it whole (guidelines §1:
    « selon X » reaches the start of its sentence). « Les syndicats ont
    compté 15 000, contre 8 700 selon la police » sets one source's verb
    against another's figure: a verb of counting, still an ellipsis."""
    span = doc.char_span(start, end, alignment_mode="expand")
    forms = language.speech_verb_forms
    objects = language.syntax.labels("object")
    numerals = language.syntax.labels("numeric_modifier")
    for t in span if span is not None else ():
        if t.pos_ == "VERB" and t.lower_ not in forms and not _counts(t, objects, numerals):
            return True
        if t.pos_ == "AUX" and t.dep_ in language.syntax.labels("copula"):
            return True
    return False


def _attributed(d: Draft, drafts: list[Draft], at: int) -> bool:
    """Another source's quote runs over the words before the figure (« Selon
    la CGT, 9 000 personnes ont défilé, contre 2 100 selon la préfecture »):
    the figure after « contre » is set against it."""
    return any(
        o is not d and o.mention != d.mention and o.start < at and o.end > d.start
        for o in drafts
        if o.cue is not None
    )


def _counts(verb: Token, objects: frozenset[str], numerals: frozenset[str]) -> bool:
    """The verb's object is a figure or a counted noun (« ont enregistré
    100 000 manifestants »): its subject gives a count, as a verb of
    saying would."""
    return any(
        c.dep_ in objects
        and (
            _figure(c) or any(_figure(g) and (g.i < c.i or g.dep_ in numerals) for g in c.children)
        )
        for c in verb.children
    )


def _figure(token: Token) -> bool:
    """A figure, not the article « une » that ``like_num`` also accepts."""
    return token.like_num and (token.pos_ == "NUM" or token.text[:1].isdigit())


def _end_before(drafts: list[Draft], narrowed: list[Draft], text: str) -> None:
    """A quote of one source that runs over another source's elliptical
    figure ends before it (guidelines §1: « selon X » stops where another
    source's attribution begins)."""
    for d in drafts:
        if d in narrowed or d.type == "direct":
            continue
        for n in narrowed:
            if n.mention == d.mention or not (d.start < n.start < d.end):
                continue
            assert n.cue is not None
            source_end = n.mention[1] if n.mention else n.cue[1]
            if text[source_end : d.end].strip(" ,.;)"):
                continue  # the quote goes on past the figure's source: not at its end
            end = n.start
            # Also leave out this quote's own trailing « , selon X ».
            if d.cue is not None and d.start < d.cue[0] < end:
                end = d.cue[0]
            while end > d.start and text[end - 1] in _BETWEEN + "–—-":
                end -= 1
            if end > d.start:
                d.end = end


#: The agent noun phrase of a counting participle is short (« la préfecture
#: de police du Rhône »: 5 words); longer is a clause, not a source.
MAX_AGENT_WORDS = 6


@lru_cache(maxsize=8)
def _agent_pattern(participles: frozenset[str], agents: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(participles, key=len, reverse=True))
    preps = "|".join(re.escape(a) for a in sorted(agents))
    return re.compile(rf"(?<![\w'’-])(?:{words})(?=\s+(?:{preps})(?![\w]))")


def _agent_figures(doc: Doc, drafts: list[Draft], language: LanguageData) -> list[Draft]:
    """« contre 8 500 décomptés par la préfecture »: a figure with a
    counting participle and its agent is a figure quote of that agent
    (guidelines §1: the attributed clause), the participle its cue."""
    participles = language.units.counting_participles
    agents = language.extra.get("agent_prepositions", frozenset({"par"}))
    if not participles:
        return []
    text = text_of(doc)
    lower = text.lower()
    out: list[Draft] = []
    # Only the few words that are a counting participle before an agent
    # preposition: a scan of the text, not of every token.
    for w in _agent_pattern(participles, frozenset(agents)).finditer(lower):
        span = doc.char_span(w.start(), w.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span[0]
        if tok.i + 2 >= len(doc):
            continue
        prep = doc[tok.i + 1]
        if prep.lower_ not in agents:
            continue
        # the figure right before the participle, its noun between
        before = [m for m in find_numbers(text[max(0, tok.idx - 40) : tok.idx], language.numbers)]
        if not before or before[-1].vague:
            continue
        figure = _shifted(before[-1], max(0, tok.idx - 40))
        gap = text[figure.end : tok.idx].split()
        if len(gap) > 1:
            continue  # « 8 500 [manifestants] décomptés »: at most the noun
        end = prep.idx + len(prep)
        words = 0
        last = prep.i
        for t in doc[prep.i + 1 :]:
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ"):
                break
            last = t.i
            words += 1
            if words > MAX_AGENT_WORDS:
                break
        if last == prep.i or words > MAX_AGENT_WORDS:
            continue
        end = doc[last].idx + len(doc[last])
        if any(d.start <= figure.start < d.end and d.kind == "adjunct_figure" for d in drafts):
            continue
        out.append(
            Draft(
                "adjunct_figure",
                figure.start,
                tok.idx + len(tok),
                (tok.idx, tok.idx + len(tok)),
                (prep.idx + len(prep) + 1, end),
                confidence=CONFIDENCE["adjunct_figure"],
            )
        )
    return out


#: The subject of a gapped clause (« …, et la préfecture 7 850 ») is a
#: short noun phrase opened by a definite article.
_GAPPED = re.compile(
    r"(?:\s*,\s*(?:(?:et|mais|tandis\s+que)\s+)?|\s+(?:et|tandis\s+que)\s+)"
    r"((?:la|le|les|l'|l’)\s*[^\W\d][^,;:.()\d]{0,50}?)\s+(?:à\s+)?(?=\d)",
    re.IGNORECASE,
)


_PHRASE_END = re.compile(
    r"(?:\s+[^\W\d][\w'’-]*)?(?=\s*(?:[,.;)]|$|\s+(?:et|tandis|alors|mais)\b))"
)


def _gapped_figures(doc: Doc, drafts: list[Draft], language: LanguageData) -> list[Draft]:
    """« la CGT a compté 30 000 manifestants, la police 12 000 »: the second
    clause leaves out the counting verb (gapping); its subject is the
    source of its figure."""
    text = text_of(doc)
    out: list[Draft] = []
    for d in drafts:
        if d.type == "direct" or d.cue is None or d.cue[1] > d.start:
            continue
        # The gapped clause after the quote, or inside it where the parser
        # ran the first clause on over it; a cheap look for a comma and a
        # figure first.
        m = _GAPPED.match(text, d.end)
        if m is None and not _GAPPED.search(text, d.start, d.end):
            continue
        inside = find_numbers(text[d.start : d.end], language.numbers)
        if not inside:
            continue  # the first clause gives a figure too
        cut = False
        if m is None:
            m = _GAPPED.search(text, d.start + inside[0].end, d.end)
            cut = m is not None
        if m is None:
            continue
        subject = m.group(1)
        if len(subject.split()) > MAX_AGENT_WORDS:
            continue
        figures = find_numbers(text[m.end() : m.end() + 40], language.numbers)
        if not figures or figures[0].start != 0 or figures[0].vague:
            continue
        figure = _shifted(figures[0], m.end())
        end = _figure_phrase_end(doc, text, figure.end)
        if end is None:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        if any(t.lemma_.lower() in language.units.families for t in span):
            continue  # « 30 morts, les blessés 12 »: a counted thing, not a source
        if cut:
            d.end = m.start()
        out.append(
            Draft(
                "adjunct_figure",
                figure.start,
                end,
                d.cue,  # the gapped verb is the first clause's
                (m.start(1), m.end(1)),
                confidence=CONFIDENCE["adjunct_figure"],
            )
        )
    return out


def _figure_phrase_end(doc: Doc, text: str, at: int) -> int | None:
    """Where a gapped figure phrase ends: at most one noun after the figure,
    then the end of the clause."""
    rest = _PHRASE_END.match(text[at : at + 60])
    if rest is None:
        return None
    return at + rest.end()
