"""Where a person's name ends: the recogniser stops at particles (« Ilse Van
de Velde », « Valéry Giscard d'Estaing ») and apostrophes (« O'Brien »),
and where it begins when the recogniser glued it to a body's name."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quidit.extract.source_words import first_name_gender
from quidit.lang.attributes import AttributeData

_NEXT = re.compile(r"[ \u00a0]+([\w’'-]+)")
_GLUED = re.compile(r"[A-ZÀ-Þ][\w-]*")
_ELIDED = re.compile(r"d[’'][A-ZÀ-Þ][\w-]*")
#: Particles that only follow another one (« de la Fuente », « van der Berg »).
_SECOND = frozenset({"la", "le", "der", "den", "des", "du"})


def name_end(
    text: str, end: int, particles: frozenset[str], places: frozenset[int] = frozenset()
) -> int:
    """The end of the name that ``text[:end]`` has begun: over particles
    followed by a name word, and over an apostrophe glued to a capital.
    After a capitalised particle (« Van », « De ») the last word may be
    lower-cased, as Flemish and Dutch names write it (« Van de keere »).
    A word where a place or a body begins (``places``, character offsets)
    ends the name: « Martin de Québec » is Martin from Québec."""
    words = re.findall(r"[\w’'-]+", text[max(0, end - 40) : end])
    last = words[-1] if words else ""
    # A name cut on a capitalised particle (« Ilse Van ») is unfinished.
    loose = last[:1].isupper() and last.lower() in particles
    in_chain = loose
    pos = good = end
    after_particle = False
    while pos < len(text):
        if text[pos - 1] in "'’":
            m = _GLUED.match(text, pos)
            if not m:
                break
            pos = good = m.end()
            in_chain = False
            continue
        m = _NEXT.match(text, pos)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if _ELIDED.fullmatch(word):
            pos = good = m.end()
            in_chain = False
            continue
        if low in particles and (in_chain or low not in _SECOND):
            loose = loose or word[:1].isupper()
            pos, in_chain = m.end(), True
            continue
        if in_chain and m.start(1) in places:
            break
        if in_chain and (word[:1].isupper() or (loose and word.isalpha())):
            pos = good = m.end()
            in_chain = False
            after_particle = True
            continue
        if after_particle and word[:1].isupper() and low not in particles:
            # « Ould Abdel Aziz »: the name goes on after its particle.
            pos = good = m.end()
            continue
        break
    if loose and good == end and words and last.lower() in particles:
        return end
    return good


_HYPHENED = re.compile(r"[A-ZÀ-Þ][\w]*-$")


def name_start(text: str, start: int) -> int:
    """The start of a name the recogniser cut after the hyphen of a
    compound first name (« Jean-Baptiste », « Marie-Claire » read as
    « Baptiste »): over capitalised parts joined by hyphens."""
    while start > 0:
        m = _HYPHENED.search(text, max(0, start - 30), start)
        if m is None or m.end() != start:
            break
        start = m.start()
    return start


def glued_names(
    doc: Doc, ents: list[Span], roles: frozenset[str], data: AttributeData | None
) -> list[Span]:
    """``ents`` with a person's name split off the body's name the
    recogniser glued it to: « le directeur général du groupe Renault
    Thierry Bolloré » comes out one ORG.  Only after a role noun in the
    eight words before (the role the name fills: « le patron de X Jean
    Roux »), and only where the name opens on a first name the lists
    decide, so that « l'hôpital Georges Pompidou » stays a body."""
    out: list[Span] = []
    for ent in ents:
        split = None
        if len(ent) >= 3 and ent.label_ not in {"PER", "PERSON"}:
            before = doc[max(0, ent.start - 8) : ent.start]
            if any(t.lower_ in roles for t in before):
                for k in range(1, len(ent) - 1):
                    tail = ent[k:]
                    if (
                        ent[k - 1].pos_ == "PROPN"
                        and all(t.text[:1].isupper() for t in tail)
                        and first_name_gender(ent[k].text, data)
                    ):
                        split = k
                        break
        if split is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, ent.start + split, label=ent.label_))
        out.append(Span(doc, ent.start + split, ent.end, label="PER"))
    return out
