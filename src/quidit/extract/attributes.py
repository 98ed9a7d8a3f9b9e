"""Who each source is: its kind, whether the text withholds its name, its gender.

A pure function over the resolved entities, the quotes and the Doc.  The
rules read the article's own words first and a first-name list second:

- **kind**: a well-known name (« l'AFP », "Reuters"), else the head noun of
  the name (« le ministère … » → government, « les manifestants » →
  group, « un bilan » → document), else two sources joined by « et » →
  group, else the entity type (PER → person, places → government, which
  is how news names states: « Moscou a démenti »);
- **anonymous**: ``extract/anonymity.py``;
- **gender** (persons only): ``extract/gender.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from quidit.extract.anonymity import is_anonymous
from quidit.extract.gender import gender_of, named_people
from quidit.extract.source_words import (
    APOSTROPHES,
    Head,
    attribute_data,
    first_name_gender,
    known_first_name,
    noun_kind,
    one_of,
    one_of_them,
    original_words,
    people_unlisted,
    unaccented,
    words_of,
)
from quidit.extract.spans import text_of
from quidit.lang import LanguageData
from quidit.lang.attributes import AttributeData
from quidit.records import Entity, Quote

__all__ = [
    "attribute_data",
    "attribute_entities",
    "first_name_gender",
    "is_anonymous",
    "kind_of",
    "words_of",
]


def _known(name: str, data: AttributeData) -> str:
    words = words_of(name)
    i = 0
    while i < len(words) - 1 and words[i] in data.determiners:
        i += 1
    rest = " ".join(words[i:]).replace("' ", "'")
    # The whole name too, its elided article kept (« L'Équipe », « l'Obs »).
    found = data.known_names.get(rest, "") or data.known_names.get(
        " ".join(words).replace("' ", "'"), ""
    )
    if found:
        return found
    # A medium's local edition or programme is named by the medium's name
    # and more words (« France Bleu Drôme Ardèche », « France 3 Aquitaine »):
    # a known name of two words or more, then a capitalised word.
    original = original_words(name)[i:]
    for k in range(len(original) - 1, 1, -1):
        lead = " ".join(words[i : i + k])
        if data.known_names.get(lead) == "media" and original[k][:1].isupper():
            return "media"
    return ""


def _coordinated(name: str, data: AttributeData, body: bool = False) -> bool:
    """Two sources joined (« le maire et la préfète », « Jean X et Ali Y »);
    not two words inside a complement (« le directeur de l'Institut de la
    pêche et des études marines »): after a preposition, the
    conjunct must itself be a source.  ``body``: the first conjunct is a
    body, whose own name often joins two words (« le ministère de l'Europe
    et des Affaires étrangères »): the second must be a source with its
    own determiner (« l'Union des dockers et la préfecture »)."""
    words = words_of(name)
    original = original_words(name)
    for k, w in enumerate(words):
        if not (0 < k < len(words) - 1 and w in data.coordinators):
            continue
        if _two_roles(words, original, k, data):
            continue
        if not body and not any(x in data.complement_words for x in words[1:k]):
            return True
        j = k + 1
        while j < len(words) - 1 and words[j] in data.determiners:
            j += 1
        if body and j == k + 1:
            continue
        if noun_kind(words[j], data) in ("person", "group", "organisation", "government", "media"):
            return True
        if j == k + 1 and len(original) == len(words) and first_name_gender(original[j], data):
            return True
    return False


def _two_roles(words: Sequence[str], original: Sequence[str], k: int, data: AttributeData) -> bool:
    """« Solène X, romancière et journaliste »: two bare person nouns
    joined, neither with its own determiner, describe one person; two
    sources each take a determiner or a name (« le maire et la préfète »)."""
    if len(original) != len(words) or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    # Titles are often capitalised (« Représentant spécial … et Chef du
    # Bureau … »): a capital is no name where the word is a person noun
    # and no first name.
    return (
        before not in data.determiners
        and after not in data.determiners
        and (original[k + 1].islower() or not known_first_name(original[k + 1], data))
        and noun_kind(before, data) == "person"
        and noun_kind(after, data) == "person"
    )


def kind_of(entity: Entity, data: AttributeData) -> str:
    if one_of_them(entity.name, data):
        return "person"
    one = one_of(entity, data)
    if one is not entity:
        head = Head(one.name, data)
        body = noun_kind(head.head[:-1], data) if head.head.endswith("s") else ""
        if body in ("organisation", "government", "media", "document"):
            return body  # « l'un des syndicats », « l'une des chaînes »
        if people_unlisted(one.name, head):
            return "person"  # « l'un des secouristes »: no list names them
        kind = kind_of(one, data)
        # One of several people is a person.
        return "person" if kind == "group" else kind
    known = _known(entity.name, data)
    if known:
        return known
    if any(re.search(p, entity.name) for p in data.government_patterns):
        return "government"
    if any(re.search(p, entity.name) for p in data.media_patterns):
        return "media"
    head = Head(entity.name, data)
    if head.head in data.organisation_plurals:
        return "organisation"
    original = original_words(entity.name)
    if _a_known_medium_after(head, original, data):
        return "media"  # « l'agence Belga », « l'agence officielle APS »
    if (
        head.head in data.group_nouns
        and 0 <= head.index < len(original)
        and original[head.index][:1].isupper()
        and head.index > 0
        and not any(w in data.coordinators for w in head.words)
    ):
        # A plural of people written with a capital after its determiner
        # names a body (« Les Écologistes », « les Insoumis »): the
        # lower-case noun is the people themselves (« les écologistes »).
        # First in the name, the capital may be the sentence's.
        return "organisation"
    plural = head.determiner in data.plural_determiners
    noun = noun_kind(head.head, data) if head.head else ""
    if not noun and not head.determiners and original and original[0][:1].isupper():
        # A proper name ending on what it is: "Castlemere Fire and Rescue
        # Service", « Agence nationale … » is read by its head above.
        last = noun_kind(original[-1].lower(), data)
        if last in ("government", "organisation", "media"):
            return last
    if _coordinated(entity.name, data, body=noun in ("government", "organisation", "media")):
        return "group"
    if head.head in data.state_body_nouns and not plural:
        after = head.words[head.index + 1 : head.index + 3]
        if any(w in data.public_adjectives for w in after):
            return "government"  # « un organisme officiel », « l'organisation onusienne »
    if noun and (head.is_description() or entity.type != "PER" or head.determiners):
        if noun in ("organisation", "media", "person") and plural:
            return "group"
        if noun == "person" and head.head in data.group_nouns:
            return "group"
        return noun
    # « des festivaliers », « les vacanciers »: a plural common noun the lists
    # lack names people together (bodies are named in the singular).
    if (
        not noun
        and plural
        and len(original) > len(head.determiners)
        and original[len(head.determiners)][:1].islower()
    ):
        return "group"
    if entity.type in ("GPE", "LOC"):
        return "government"
    if entity.type in ("ORG", "MISC"):
        return "person" if _looks_like_person(entity.name, data) else "organisation"
    return "person"


def _a_known_medium_after(head: Head, original: Sequence[str], data: AttributeData) -> bool:
    """A body's head noun then, past adjectives, a medium's known name that
    ends the name: « l'agence Belga », « la chaîne publique RTS »; not a
    complement (« le directeur de l'AFP »)."""
    if noun_kind(head.head, data) not in ("government", "organisation", "media"):
        return False
    k = len(original)
    while k > head.index + 1 and original[k - 1][:1].isupper():
        k -= 1
    if k == len(original) or head.words[k - 1] in data.complement_words:
        return False
    return data.known_names.get(" ".join(head.words[k:]), "") == "media"


def _looks_like_person(name: str, data: AttributeData) -> bool:
    words = original_words(name)
    if not words:
        return False
    if words[0].lower() in data.gender_titles:
        return True
    return len(words) >= 2 and bool(first_name_gender(words[0], data))


#: Verbs whose "it" subject is often no referent ("said it was unfair",
#: "said it seemed late", "said it would take years"): not read.
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "take", "remain", "look", "matter"})


def _a_body_by_its_pronoun(
    entity: Entity, doc: Doc, mentions: Sequence[tuple[int, int]], data: AttributeData
) -> bool:
    """A name the parser took for a person ("Wavelength Live", no first
    name the list knows, no title) whose reported clause takes it up by
    "it" ("Orvane Foods said it had no record …"): a body.  The name's
    first word must be no known first name, and the clause's verb one
    whose "it" is a referent (not "it was", "it seemed")."""
    if not data.thing_pronouns or entity.type not in ("PER", "PERSON"):
        return False
    words = original_words(entity.name)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in data.gender_titles or first_name_gender(words[0], data):
        return False
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if not root.dep_.startswith("nsubj"):
            continue
        for clause in root.head.children:
            if clause.dep_ != "ccomp" or clause.lemma_ in _EXPLETIVE_HEADS:
                continue
            if any(
                s.dep_.startswith("nsubj") and s.lower_ in data.thing_pronouns and s.i > root.i
                for s in clause.children
            ):
                return True
    return False


def _a_first_name_speaking_as_one(
    entity: Entity, quotes: Sequence[Quote], data: AttributeData
) -> bool:
    """A lone first name the parser took for a place (« Élodie », « Marie-Laure »:
    vox pops name people so) whose own words say « je »: a state or a city
    speaks as « nous » or through someone, never in the first person
    singular.  Many first names are places too (« Florence », « Nancy »,
    « Israël »): the name alone decides nothing."""
    if entity.type not in ("GPE", "LOC") or not data.first_person:
        return False
    words = original_words(entity.name)
    if len(words) != 1 or not known_first_name(words[0], data):
        return False
    for q in quotes:
        if q.type != "direct" or q.content is None:
            continue
        said = words_of(q.content.text)
        if any(w in data.first_person for w in said):
            return True
    return False


def _an_acronym_with_its_article(name: str, data: AttributeData) -> bool:
    """« l'ONFV », « la DGSI »: capitals after an article name a body, never a
    person (the parser labels some PER)."""
    words = original_words(name)
    return (
        len(words) == 2
        and words[0].lower() in data.definite_articles
        and len(words[1]) >= 2
        and words[1].isupper()
    )


def _kind_by_its_expansion(entity: Entity, text: str, data: AttributeData) -> str:
    """The kind of a body named by one word the lists lack (an acronym: « l'INPE »,
    « l'Afad »), read where the text spells it out: « l'Institut national de
    recherches spatiales (INPE) », « l'INPE (Institut …) », « l'Afad,
    organisme officiel de secours turc ».  "": nothing tells."""
    words = original_words(entity.name)
    i = 0
    while i < len(words) - 1 and words[i].lower() in data.determiners:
        i += 1
    if len(words) - i != 1 or Head(entity.name, data).head:
        return ""
    name = re.escape(words[i])
    spelled: list[str] = []
    for m in re.finditer(rf"(?<!\w){name}\s*\(([^()]{{3,120}})\)", text):
        spelled.append(m.group(1))
    for m in re.finditer(r",\s+([^,.;:()]{3,80})", text):
        before = text[max(0, m.start() - len(words[i]) - 1) : m.start()]
        if re.search(rf"(?<!\w){name}$", before):
            spelled.append(m.group(1))
    for m in re.finditer(rf"([^()]{{3,200}})\(\s*{name}\s*\)", text):
        # The body's own name starts at a capitalised word after a
        # determiner, nearest the parenthesis (« … prise en compte par
        # l'Institut national … (INPE) »).
        chunk = original_words(m.group(1))[-12:]
        for k in range(1, len(chunk)):
            if chunk[k - 1].lower() in data.determiners and chunk[k][:1].isupper():
                spelled.append(" ".join(chunk[k - 1 :]))
                break
    spelled.extend(_named_after(text, words[i], data))
    for phrase in spelled:
        kind = kind_of(Entity("x", phrase.replace("' ", "'"), "ORG"), data)
        if Head(phrase, data).head and kind in ("government", "organisation", "media", "document"):
            return kind
    return ""


def _named_after(text: str, name: str, data: AttributeData) -> list[str]:
    """« le syndicat policier Alliance », « le mouvement Ennahdha »: a
    determiner, then up to three lower-case words, right before the name.
    A preposition among them makes the name a complement (« la ville de
    X »), not what the noun names."""
    found: list[str] = []
    for n, m in enumerate(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)):
        if n >= MAX_MENTIONS:
            break
        before = words_of(text[max(0, m.start() - 80) : m.start()])
        k = len(before)
        while k > 0 and len(before) - k < 3 and before[k - 1] not in data.determiners:
            if not before[k - 1].isalpha() or before[k - 1] in data.complement_words:
                break
            k -= 1
        if 0 < k < len(before) and before[k - 1] in data.determiners:
            found.append(" ".join(before[k - 1 :]).replace("' ", "'"))
    return found


def _find_all(text: str, needle: str) -> Iterable[tuple[int, int]]:
    if not needle.strip():
        return
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    for n, m in enumerate(pattern.finditer(text)):
        if n >= MAX_MENTIONS:
            return
        yield m.start(), m.end()


#: Mentions of one entity read for evidence: the first ones decide, and a
#: name repeated thousands of times in a long text must not make the stage
#: cost more than linear time (the 5 MB test).  Fifty is more than any gold
#: passage's mentions of one source.
MAX_MENTIONS = 50


def _mentions(
    entity: Entity,
    quotes: Sequence[Quote],
    text: str,
    data: AttributeData,
    titles: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for q in quotes:
        m = q.speaker.mention
        if q.speaker.entity == entity.id and m is not None:
            spans.add((m.start, m.end))
    words = original_words(entity.name)
    for name in (entity.name, *entity.aliases):
        spans.update(
            (s, e)
            for s, e in _find_all(text, name)
            if not _someone_elses(text, s, words, data, titles)
        )
    # The surname alone (« Mme Massé ») for a person's name of two words or
    # more; not the body a description ends on (« une porte-parole de la
    # CGT »: « CGT » elsewhere is the union, not her), nor an acronym.
    last = words[-1] if len(words) >= 2 else ""
    named = len(words) >= 2 and (
        (words[0][:1].isupper() and words[0].lower() not in data.determiners)
        or words[-2][:1].isupper()
    )
    if named and last[:1].isupper() and len(last) > 2 and not last.isupper():
        spans.update(
            (s, e)
            for s, e in _find_all(text, last)
            if not _someone_elses(text, s, words, data, titles)
        )
    return sorted(spans)[:MAX_MENTIONS]


def _folded(word: str) -> str:
    return unaccented(word.lower().translate(APOSTROPHES))


def _someone_elses(
    text: str,
    start: int,
    words: Sequence[str],
    data: AttributeData,
    titles: frozenset[str] = frozenset(),
) -> bool:
    """The part of the entity's name found at ``start`` ends another
    person's name: « le président Ousmane Diallo » for Aminata Kane Diallo,
    « Hélène Vasseur » for her father Gérard Vasseur; families and namesakes share a
    surname.  The words before it are matched back against the entity's
    own; where they part, a first name the lists know that is not the
    entity's starts the other person's name."""
    before = text[max(0, start - 120) : start]
    if before and not before[-1].isspace():
        return False
    found = original_words(text[start : start + 60])
    own = [_folded(w) for w in words]
    if not found or _folded(found[0]) not in own:
        return False
    k = len(own) - 1 - own[::-1].index(_folded(found[0]))
    prior = before.split()
    i = len(prior) - 1
    while k > 0 and i >= 0 and _folded(prior[i]) == own[k - 1]:
        k -= 1
        i -= 1
    if k == 0 or i < 0:
        return False
    word = prior[i]
    return (
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word.lower() not in data.gender_titles
        # « Me Diallo » (Maître): a title the name lists also hold as a name.
        and word.lower() not in titles
        and _folded(word) not in own
        and known_first_name(word, data)
    )


def attribute_entities(
    doc: Doc, entities: Sequence[Entity], quotes: Sequence[Quote], language: LanguageData
) -> list[Entity]:
    """The entities with ``kind``, ``anonymous``, ``gender`` and ``gender_evidence`` set."""
    data = attribute_data(language.code)
    by_entity: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker.entity is not None:
            by_entity.setdefault(q.speaker.entity, []).append(q)
    # The Doc's text and its folded forms are built once: per entity, they
    # cost a pass over the whole text (entities × length on long texts).
    text = text_of(doc)
    folded = text.translate(APOSTROPHES)
    low = text.lower().translate(APOSTROPHES)
    people = named_people(doc, entities)
    titles = frozenset(language.titles)
    first_named = min((start for start, _ in people), default=None)
    out: list[Entity] = []
    for e in entities:
        if data is None:
            kind = {"PER": "person", "GPE": "government", "LOC": "government"}.get(
                e.type or "", "organisation"
            )
            plain = ("unknown", "none") if kind == "person" else (None, None)
            out.append(replace(e, kind=kind, gender=plain[0], gender_evidence=plain[1]))
            continue
        kind = kind_of(e, data)
        own = by_entity.get(e.id, [])
        mentions = _mentions(e, own, text, data, titles)
        if kind == "person" and _a_body_by_its_pronoun(e, doc, mentions, data):
            kind = "organisation"
        if kind == "government" and _a_first_name_speaking_as_one(e, own, data):
            kind = "person"
        if (
            (kind == "organisation" and e.type != "PER")
            or (kind == "person" and _an_acronym_with_its_article(e.name, data))
            # A body's name the parser took for a place (« Alliance »).
            or (kind == "government" and e.type in ("GPE", "LOC"))
        ):
            kind = _kind_by_its_expansion(e, text, data) or kind
        anonymous = is_anonymous(e, kind, mentions, low, data, first_named)
        g: str | None = None
        evidence: str | None = None
        if kind == "person":
            g, evidence = gender_of(
                e,
                own[:MAX_MENTIONS],
                doc,
                mentions,
                data,
                titles,
                folded,
                people,
            )
        out.append(replace(e, kind=kind, anonymous=anonymous, gender=g, gender_evidence=evidence))
    return out
