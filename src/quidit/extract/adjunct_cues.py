"""Attribution adjuncts on the parse: « selon X », « d'après X », "according
to X" …, with the head and bounds of their source."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from quidit.extract.mentions import mention_bounds
from quidit.extract.numbers_text import phrases_by_word
from quidit.extract.spans import text_of, tokens_among
from quidit.lang import LanguageData, SyntaxData


@dataclass(frozen=True, slots=True)
class AdjunctCue:
    first: Token  # "selon", "d'après" …
    start: int
    end: int
    source: Token | None  # head of the source noun phrase
    source_start: int = -1
    source_end: int = -1
    relative: bool = False  # « selon lesquels »
    # Where the adjunct begins with the adverbs that belong to it
    # (« toujours selon X »): text before it is what may be reported.
    lead: int = -1


@lru_cache(maxsize=16)
def _adjunct_cues_by_first(cues: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    # Indexed by first word: a frequent first word ("de") was checked
    # against every cue phrase (bench/scale.py --profile).
    return phrases_by_word(cues, last=False)


def find_adjunct_cues(doc: Doc, language: LanguageData) -> list[AdjunctCue]:
    found: list[AdjunctCue] = []
    syntax = language.syntax
    n = len(doc)
    by_first = _adjunct_cues_by_first(language.adjunct_cues)
    stressed = language.extra.get("stressed_pronouns", frozenset())
    leads = language.extra.get("adjunct_lead_adverbs", frozenset())
    for token in tokens_among(doc, by_first):
        for words in by_first[token.lower_]:
            j = token.i
            if any(j + k >= n or doc[j + k].lower_ != w for k, w in enumerate(words)):
                continue
            last = doc[j + len(words) - 1]
            after = j + len(words)
            if after >= n:
                continue
            nxt = doc[after]
            if nxt.text in language.extra.get("adjunct_false_heads", frozenset()):
                continue  # « en début d'après midi »: the noun after-noon, unhyphenated
            relative = nxt.lower_ in syntax.adjunct_relatives
            source = _adjunct_source(doc, token, last, after, syntax)
            if source is None and not relative:
                continue
            # « selon des règles précises », « selon une routine »: a noun of
            # manner or measure after « selon » is no source.
            if source is not None and source.lemma_.lower() in language.extra.get(
                "adjunct_non_sources", frozenset()
            ):
                continue
            s_start = s_end = -1
            if source is last:
                # « de sources proches de l'enquête »: the noun with its
                # adjective and the adjective's complement.
                s_start, s_end = last.idx, nxt.idx + len(nxt)
                _, sub_end = mention_bounds(nxt, syntax)
                s_end = max(s_end, min(sub_end, _clause_end(doc, after)))
            elif source is not None and source.lower_ in stressed:
                # « était selon lui une erreur »: a stressed personal pronoun
                # takes no complement; what the parser hangs on it is the
                # content's.
                s_start, s_end = source.idx, source.idx + len(source)
            elif source is not None:
                s_start, s_end = mention_bounds(source, syntax)
                s_start = max(s_start, last.idx + len(last))
                while s_start < s_end and text_of(doc)[s_start].isspace():
                    s_start += 1
                s_end = _before_figure(doc, s_start, s_end)
                s_end = _before_clause(doc, s_start, s_end)
            lead = token.i
            while lead > 0 and doc[lead - 1].lower_ in leads and doc[lead - 1].pos_ == "ADV":
                lead -= 1
            found.append(
                AdjunctCue(
                    first=token,
                    start=token.idx,
                    end=last.idx + len(last),
                    source=source,
                    source_start=s_start,
                    source_end=s_end,
                    relative=relative,
                    lead=doc[lead].idx,
                )
            )
            break
    return found


def _adjunct_source(
    doc: Doc, first: Token, last: Token, after: int, syntax: SyntaxData
) -> Token | None:
    """The head of the noun phrase that follows an adjunct cue; for « de
    source policière » the cue's own noun, which its adjective qualifies."""
    if last.lower_ in syntax.adjunct_source_nouns and doc[after].pos_ == "ADJ":
        return last
    # UD parsers hang « selon » on its noun as ``case``; others give the cue's
    # last word the noun as its object ("according to" → ``pobj``).
    if first.dep_ in syntax.labels("adposition") and first.head.i > last.i:
        head = first.head
        if head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return head
    objects = syntax.labels("adposition_object")
    for child in last.children:
        if child.dep_ in objects and child.i >= after and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
    # Otherwise the first nominal head after the cue words.
    climb = syntax.labels("name_part", "adposition") | {"amod", "det", "compound"}
    for k in range(after, min(after + 8, len(doc))):
        tok = doc[k]
        if tok.is_punct and tok.lower_ not in {"«", "“", '"'}:
            break
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            node = tok
            while node.head.i > node.i and node.head.i < after + 8 and node.dep_ in climb:
                node = node.head
            return node
    return None


def _before_figure(doc: Doc, start: int, end: int) -> int:
    """« selon la police 4 000 à Brest », « selon les pompiers 300
    hectares »: the source ends before a figure that follows a common noun
    (« selon France 2 »: a figure after a name is part of it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for tok in span[1:]:
        prev = doc[tok.i - 1]
        figure = tok.text[:1].isdigit() or (tok.like_num and tok.pos_ == "NUM")
        if figure and prev.pos_ != "PROPN" and not prev.text[:1].isupper():
            # « de 4 euros selon la mairie à 7 euros selon … », « selon la
            # police et 300 selon … »: the preposition or coordinator before
            # the figure links it to the figure phrase, not to the source.
            while prev.i > span.start and (
                prev.is_punct or prev.is_space or prev.pos_ in {"ADP", "CCONJ"}
            ):
                prev = doc[prev.i - 1]
            return prev.idx + len(prev)
    return end


def _before_clause(doc: Doc, start: int, end: int) -> int:
    """« Selon un voisin interrogé par la radio, le feu aurait pris … »:
    the parser may run the source on over the comma into the clause it
    governs; a comma followed by a finite verb before ``end`` ends it (an
    apposition « , maire de la ville, » has none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for tok in span:
        if tok.text != "," or tok.i + 1 >= span.end:
            continue
        if doc[tok.i + 1].text in {"«", "“", '"'}:
            # « Selon la même source, "depuis la chute de X, …" »: the
            # parser may hang the quoted words' noun on the source; a
            # quotation mark after the comma opens the content.
            return tok.idx
        if any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
            for t in doc[tok.i + 1 : span.end]
        ):
            return tok.idx
    return end


def _clause_end(doc: Doc, i: int) -> int:
    """Offset of the first comma or sentence end at or after token ``i``."""
    for tok in doc[i:]:
        if tok.is_punct and tok.text in {",", ".", ";", ":", "!", "?"}:
            return tok.idx
    return len(text_of(doc))
