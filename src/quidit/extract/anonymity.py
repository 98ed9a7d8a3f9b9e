"""Whether the text withholds who a source is.

A person or group named only by a description that does not let the
reader identify it (« une source sécuritaire », « un élu local », "a
senior official"), or a mention followed by words that say the name was
withheld (« sous couvert d'anonymat »), is anonymous.  An office held by
one person (« le procureur ») is not.  Read by ``extract/attributes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quidit.extract.source_words import (
    Head,
    base_noun,
    names_someone,
    one_of,
    one_of_them,
    original_words,
    people_unlisted,
)
from quidit.lang.attributes import AttributeData
from quidit.records import Entity

#: How far around a mention words saying the name was withheld are looked
#: for: one clause (« un responsable, qui a requis l'anonymat, … »); the
#: longest such clause in the unit tests is 60 characters.
_ANONYMITY_WINDOW = 90

#: How far back an indefinite introduction of an unnamed source is looked
#: for, in characters (see ``_points_back_to_a_name``).
_INTRODUCTION_WINDOW = 3000


def _points_back_to_a_name(
    noun: str, mentions: Sequence[tuple[int, int]], low: str, first_named: int, data: AttributeData
) -> bool:
    """A definite description (« la députée insoumise », "the executive")
    written after the text has named a person stands, as news writes, for
    that person; unless an indefinite one introduced it (« une vieille dame
    … la vieille dame »), which keeps it unnamed."""
    start = min((s for s, _ in mentions), default=0)
    if first_named >= start:
        return False
    if data.introducing_determiners:
        dets = "|".join(re.escape(d) for d in sorted(data.introducing_determiners))
        intro = rf"(?<!\w)(?:{dets})\s+(?:[\w'-]+\s+){{0,2}}{re.escape(noun)}(?!\w)"
        # Within the few paragraphs before (the longest gold passage is
        # 1,957 characters), so that a long text costs linear time.
        if re.search(intro, low[max(0, start - _INTRODUCTION_WINDOW) : start]):
            return False
    return True


#: A sentence ends on « . », « ! » or « ? » before a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_window(low: str, start: int, end: int, pronouns: Iterable[str] = ()) -> str:
    """The words around a mention, within ``_ANONYMITY_WINDOW`` and within
    its sentence: "… spoke on condition of anonymity. Spokesperson Ruth
    X said …" withholds the first source's name, not hers.  The next
    sentence counts when it opens on a subject pronoun, which takes the
    source up (« … a dit un policier. Il a requis l'anonymat. »).  A
    quote's inner full stops cut the window too, which only shortens it."""
    lo = max(0, start - _ANONYMITY_WINDOW)
    hi = end + _ANONYMITY_WINDOW
    ends = list(_SENTENCE_END.finditer(low, lo, start))
    if ends:
        lo = ends[-1].end()
    after = _SENTENCE_END.search(low, end, hi)
    if after is not None:
        words = low[after.end() : after.end() + 12].split()
        if not (words and words[0] in pronouns):
            hi = after.start()
    return low[lo:hi]


def is_anonymous(
    entity: Entity,
    kind: str,
    mentions: Sequence[tuple[int, int]],
    low: str,
    data: AttributeData,
    first_named: int | None = None,
) -> bool:
    """``low``: the text lower-cased with its apostrophes folded (built once per Doc);
    ``first_named``: where the text first names a person (None: nowhere)."""
    if kind not in ("person", "group"):
        return False
    for start, end in mentions:
        window = _sentence_window(low, start, end, data.pronouns)
        if any(p in window for p in data.anonymity_phrases):
            return True
    if one_of_them(entity.name, data):
        # « l'une d'entre elles »: one of a group the text leaves unnamed.
        return True
    one = one_of(entity, data)
    head = Head(one.name, data)
    if one is not entity and people_unlisted(one.name, head):
        return True  # « l'un des secouristes »: one of a group, unnamed
    entity = one
    if head.head in data.unnamed_collectives:
        # « l'entourage du ministre »: whoever speaks for it stays unnamed,
        # whatever the determiner.
        return True
    # "a US official", « un haut responsable Hamas »: an indefinite
    # description stays one over capitalised words before its noun.
    described = head.is_description() or (
        bool(head.head) and head.determiner in data.indefinite_determiners
    )
    if not described or names_someone(entity, head):
        return False
    det = head.determiner
    noun = base_noun(head.head)
    if (
        kind == "person"
        and (det in data.definite_articles or det in data.demonstrative_determiners)
        and first_named is not None
        and _points_back_to_a_name(head.head, mentions, low, first_named, data)
    ):
        return False
    if noun in data.fixed_nouns or noun in data.anonymous_nouns:
        # « une source », « un témoin », « ces sources »: unnamed unless a
        # definite article points back to sources the article identified
        # (« les sources » of two named counts).
        return det not in data.definite_articles or (
            kind == "person" and noun not in data.office_nouns
        )
    if kind == "group":
        return False
    if not det:
        # « source sécuritaire malienne » withholds a name; "Fire chief" in
        # a headline names an office.
        return noun not in data.office_nouns
    if det in data.indefinite_determiners:
        return True
    if det in data.possessive_determiners:
        return False
    if det in data.definite_articles and _of_a_named_body(entity.name, head, data):
        # « le représentant spécial du Secrétaire général », « le directeur
        # de l'Institut Pasteur »: the one holder of a post in a named body.
        return False
    return noun not in data.office_nouns


def _of_a_named_body(name: str, head: Head, data: AttributeData) -> bool:
    """The description's complement names a body: a preposition after the
    head noun, then (past determiners) a capitalised word."""
    original = original_words(name)
    words = head.words
    if len(original) != len(words):
        return False
    for k in range(head.index + 1, len(words) - 1):
        if words[k] not in data.complement_words:
            continue
        j = k + 1
        while j < len(words) - 1 and words[j] in data.determiners:
            j += 1
        if original[j][:1].isupper():
            return True
    return False
