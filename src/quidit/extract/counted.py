"""What a claim counts (issue 12): its unit family, and the side counted.

Split from :mod:`quidit.extract.scope`, which reads where and when a
count holds; this module reads what it counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quidit.extract.numbers_text import items_of, iter_items, normalise
from quidit.lang import LanguageData
from quidit.records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def families_of(
    claims: Sequence[Claim], text: str | None, language: LanguageData
) -> list[str | None]:
    """Each claim's unit family; a count of mere "people" takes the people
    family of the nearest claim of its paragraph (« 49 000 participants …
    avec 32 500 personnes dans le cortège des fonctionnaires »)."""
    families = language.units.families
    words = language.units.scope
    out: list[str | None] = [((families.get(c.unit) or c.unit) if c.unit else None) for c in claims]
    if text is None or not words.generic_people:
        return out
    units = language.units

    def generic(unit: str | None) -> bool:
        # « personnes », or a group's noun with no family of its own
        # (« 13 100 cheminots », « 40 militaires »).
        if unit is None:
            return False
        return unit in words.generic_people or (unit not in families and unit in units.groups)

    article_families = {
        fam
        for fam, c in zip(out, claims, strict=True)
        if fam in words.people_families and not generic(c.unit)
    }
    for i, c in enumerate(claims):
        if not generic(c.unit):
            continue
        para_start = text.rfind("\n", 0, c.span.start) + 1
        para_end = text.find("\n", c.span.end)
        para_end = len(text) if para_end < 0 else para_end
        best: tuple[int, str] | None = None
        for j, other in enumerate(claims):
            fam = out[j]
            if j == i or fam not in words.people_families or generic(claims[j].unit):
                continue
            if not (para_start <= other.span.start < para_end):
                continue
            gap = abs(other.span.start - c.span.start)
            if best is None or gap < best[0]:
                best = (gap, fam)
        if best is not None:
            out[i] = best[1]
        elif len(article_families) == 1:
            # No people count in its paragraph: the article's only kind of
            # people count (« les autorités en ont recensé 782 000 » after
            # a paragraph on marchers).
            out[i] = next(iter(article_families))
    return out


# -- the side counted -------------------------------------------------------

#: Words read after a claim for its counted group; a French noun phrase
#: with a relative clause ("plus de 70 de ce qu'elle appelle des
#: nationalistes") holds 7.
CONTEXT_ITEMS = 8
_STOP_PUNCT = frozenset(",;:.!?()[]")


def base_forms(word: str, language: LanguageData) -> list[str]:
    forms = [word]
    for suffix in language.numbers.plural_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)])
    return forms


def group_in(words: Sequence[str], language: LanguageData) -> str | None:
    for word in words:
        for form in base_forms(word, language):
            group = language.units.groups.get(form)
            if group:
                return group
    return None


def words_after(text: str, end: int, language: LanguageData) -> list[str]:
    # 200 characters hold the CONTEXT_ITEMS words comfortably.
    out: list[str] = []
    for item in iter_items(normalise(text[end : end + 200])):
        if item.text in _STOP_PUNCT or item.text in language.numbers.clause_words:
            break
        out.append(item.text)
        if len(out) >= CONTEXT_ITEMS:
            break
    return out


def group_of(claim: Claim, text: str, language: LanguageData) -> str | None:
    """The side a claim counts: "12 civils tués" → civilian, « le nombre de
    soldats tués a atteint 9 044 » → fighters."""
    group = group_in(words_after(text, claim.span.end, language), language)
    if group is None:
        group = group_in([i.text for i in items_of(normalise(claim.span.text))], language)
    if group is None:
        group = group_in(_count_noun_complement(text, claim.span.start, language), language)
    return group


#: « Le nombre de soldats tués a atteint » (6 words) reaches its figure
#: within this many characters; a longer stretch holds another clause.
COUNT_NOUN_WINDOW = 60
_DE = frozenset({"de", "des", "d'", "du"})


def _count_noun_complement(text: str, start: int, language: LanguageData) -> list[str]:
    """The words after « le nombre de » / « celui des » before a figure, in
    its clause; none where no such noun stands there."""
    before = items_of(normalise(text[max(0, start - COUNT_NOUN_WINDOW) : start]))
    nouns = language.units.scope.count_nouns
    for k in range(len(before) - 2, -1, -1):
        word = before[k].text
        if word in _STOP_PUNCT or word in language.numbers.clause_words:
            return []
        if word in nouns and before[k + 1].text in _DE:
            return [i.text for i in before[k + 2 : k + 4]]
    return []


def mistagged_noun(tok: Token, figure: Span) -> bool:
    """« Quelque 3.412 immeubles sont à terre »: the parser took the
    figure for a noun and the plural noun after it for its adjective."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "amod"
        and tok.head.i in range(figure.start, figure.end)
        and tok.head.pos_ in ("NOUN", "PRON", "PROPN")
        and tok.lower_[-1:] in ("s", "x")
    )
