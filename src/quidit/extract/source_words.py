"""The words of a source's name: its head noun, its determiners, its first name.

Shared by the kind and anonymity rules (``extract/attributes.py``) and the
gender rules (``extract/gender.py``).
"""

from __future__ import annotations

import gzip
import importlib
import re
import unicodedata
from dataclasses import replace
from functools import cache
from pathlib import Path

from quidit.lang.attributes import AttributeData
from quidit.records import Entity

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_WORD = re.compile(r"[\w.]+'|[\w][\w.\-]*|'")


#: Adjectives that may stand before the head noun of a description
#: (« une première source », "a senior official"): skipped to reach it.
MAX_PRENOMINAL = 2


@cache
def attribute_data(code: str) -> AttributeData | None:
    try:
        module = importlib.import_module(f"quidit.lang.{code}.attributes")
    except ModuleNotFoundError:
        return None
    data = getattr(module, "ATTRIBUTES", None)
    return data if isinstance(data, AttributeData) else None


@cache
def name_detector() -> object | None:
    try:
        import gender_guesser.detector as detector
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    return detector.Detector(case_sensitive=False)


#: Names ``gender-guesser`` does not know, from the ``nomquamgender`` lists
#: (unambiguous and common only: ``scripts/build_first_names.py`` says how).
_FIRST_NAMES_TABLE = Path(__file__).resolve().parents[1] / "lang" / "first-names.tsv.gz"


@cache
def more_first_names() -> dict[str, str]:
    try:
        with gzip.open(_FIRST_NAMES_TABLE, "rt", encoding="utf-8") as f:
            return dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
    except OSError:  # pragma: no cover - shipped with the package
        return {}


def unaccented(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def first_name_gender(first: str, data: AttributeData | None = None) -> str:
    """female, male or "" for a first name; "" where it goes either way.

    A name the list lacks is looked up again without its accents (the list
    has « Emeline », news writes « Émeline »), and a hyphenated French name
    the list lacks takes the gender of its first element, as French
    compound first names do (« Jean-Baptiste », « Marie-Noëlle »,
    « Jean-Marie »)."""
    low = first.lower().translate(APOSTROPHES)
    if data is not None:
        for key in (low, unaccented(low)):
            if key in data.first_names:
                return data.first_names[key]
    det = name_detector()
    if det is None or not first[:1].isupper():
        return ""
    answer = det.get_gender(first)  # type: ignore[attr-defined]
    plain = unaccented(first)
    if answer == "unknown" and plain != first:
        answer = det.get_gender(plain)  # type: ignore[attr-defined]
    if answer == "unknown":
        # Only where the first list knows no form of the name: the names it
        # marks as going either way stay undecided.
        more = more_first_names()
        answer = more.get(low) or more.get(unaccented(low)) or "unknown"
    if answer == "unknown" and "-" in first.strip("-"):
        return first_name_gender(first.split("-", 1)[0], data)
    # "mostly_male", "andy" (androgynous) and "unknown" decide nothing.
    return answer if answer in ("male", "female") else ""


def known_first_name(word: str, data: AttributeData | None = None) -> bool:
    """A first name the lists know, of either gender or going either way."""
    low = word.lower().translate(APOSTROPHES)
    if data is not None and (low in data.first_names or unaccented(low) in data.first_names):
        return True
    det = name_detector()
    for form in dict.fromkeys((word, unaccented(word))):
        if det is not None and det.get_gender(form) != "unknown":  # type: ignore[attr-defined]
            return True
    more = more_first_names()
    return low in more or unaccented(low) in more


#: Prefixes of compound role nouns (« vice-présidente », « co-porte-parole »,
#: « ex-ministre »): the noun after them decides gender and kind.
_PREFIXES = ("vice-", "co-", "ex-", "sous-", "vice ", "ancien-", "ancienne-")


def base_noun(word: str) -> str:
    for p in _PREFIXES:
        if word.startswith(p) and len(word) > len(p) + 2:
            return word[len(p) :]
    return word


def compound_parts(word: str) -> tuple[str, ...]:
    """The word, then for a hyphenated compound of two person nouns its
    first part (« enseignante-chercheuse » → enseignante: French compounds
    of this kind put the noun that agrees first)."""
    word = base_noun(word)
    if "-" in word:
        first = word.split("-", 1)[0]
        if len(first) > 2:
            return word, first
    return (word,)


def words_of(text: str) -> list[str]:
    """Lower-case words with elided articles split off (« l'armée » → l', armée)."""
    return _WORD.findall(text.lower().translate(APOSTROPHES))


def original_words(text: str) -> list[str]:
    return _WORD.findall(text.translate(APOSTROPHES))


class Head:
    """The head noun of a description and what stands before it."""

    def __init__(self, name: str, data: AttributeData) -> None:
        words = words_of(name)
        original = original_words(name)
        i = 0
        while i < len(words):
            if words[i] in data.determiners:
                i += 1
            elif (
                # English genitives stand where a determiner does ("the
                # city's": read as « city' » and « s »).
                data.head_final
                and words[i].endswith("'")
                and words[i + 1 : i + 2] == ["s"]
                and i + 2 < len(words)
            ):
                i += 2
            else:
                break
        self.determiners = words[:i]
        self.head = ""
        self.index = -1
        self.capitalised_before = False
        for j in range(i, min(len(words), i + MAX_PRENOMINAL + 1)):
            if j > i and words[j] in data.complement_words and not data.head_final:
                break  # « l'Union des producteurs »: the head comes before « des »
            if noun_kind(words[j], data):
                # English compounds end on their head ("police chief").
                while data.head_final and j + 1 < len(words) and noun_kind(words[j + 1], data):
                    j += 1
                self.head = words[j]
                self.index = j
                break
            if original[j][:1].isupper() and j > 0:
                self.capitalised_before = True
        self.first_word = words[i] if i < len(words) else ""
        self.words = words
        self.complement_words = data.complement_words
        self.all_determiners = data.determiners

    @property
    def determiner(self) -> str:
        return self.determiners[0] if self.determiners else ""

    def is_description(self) -> bool:
        return bool(self.head) and not self.capitalised_before


_PERSON_NOUNS: dict[int, frozenset[str]] = {}


def person_nouns(data: AttributeData) -> frozenset[str]:
    found = _PERSON_NOUNS.get(id(data))
    if found is None:
        found = (
            frozenset(data.gendered_nouns)
            | data.epicene_nouns
            | data.fixed_nouns
            | data.office_nouns
            | data.anonymous_nouns
        )
        _PERSON_NOUNS[id(data)] = found
    return found


def person_noun(word: str, data: AttributeData) -> str:
    """The form of ``word`` the person-noun lists know: itself or, for a
    compound, its first part."""
    parts = compound_parts(word)
    for part in parts:
        if part in person_nouns(data):
            return part
    return parts[0]


def noun_kind(word: str, data: AttributeData) -> str:
    parts = compound_parts(word)
    word = parts[0]
    if len(parts) > 1 and word not in person_nouns(data) and parts[1] in person_nouns(data):
        return "person"
    if word in data.organisation_plurals:
        return "organisation"
    if word in data.document_nouns:
        return "document"
    if word in data.media_nouns:
        return "media"
    if word in data.government_nouns:
        return "government"
    if word in data.organisation_nouns:
        return "organisation"
    if word in data.group_nouns:
        return "group"
    if word in person_nouns(data):
        return "person"
    return ""


def names_someone(entity: Entity, head: Head) -> bool:
    """A description that carries a name after it (« le porte-parole …, Ali X »,
    "its coordinator, Inés Calvo") or before it (« Lemaire, une chercheuse »)."""
    if ", " in entity.name:
        lead = entity.name.split(", ", 1)[0].split()
        if lead and all(w[:1].isupper() for w in lead) and head.index >= len(lead):
            return True
    original = original_words(entity.name)
    after = original[head.index + 1 :]
    if entity.type == "PER":
        lowered = [w.lower() for w in after]
        first_complement = next(
            (k for k, w in enumerate(lowered) if w in head.complement_words), len(after)
        )
        if any(w[:1].isupper() for w in after[:first_complement]):
            return True
        # Past a preposition, a capitalised word names the place or body
        # of the complement (« une commerçante du marché Tivolin », « un
        # habitant de La Courneuve »); a person's name there is two
        # capitalised words at least, after a common noun (« la
        # porte-parole de la police Ilse X »), not after a determiner (« un
        # responsable de l'Union Européenne »).
        run = 0
        while run < len(after) and after[len(after) - 1 - run][:1].isupper():
            run += 1
        before = lowered[len(after) - 1 - run] if run < len(after) else ""
        return (
            run >= 2
            and lowered[len(after) - run] not in head.all_determiners
            and bool(before)
            and before not in head.all_determiners
            and before not in head.complement_words
        )
    if ", " in entity.name:
        tail = entity.name.rsplit(", ", 1)[1].split()
        if len(tail) >= 2 and all(w[:1].isupper() for w in tail):
            return True
    # "Chief Executive Ann B. Quell": a name of two capitalised words or
    # more right after the description's noun, whatever the parser's label.
    run = 0
    while run < len(after) and after[run][:1].isupper():
        run += 1
    return run >= 2 and run == len(after)


def one_of(entity: Entity, data: AttributeData) -> Entity:
    """« l'une des sources », « un des manifestants », "one of the
    president's aides": one person of the plural noun after the link; the
    rest of the name is read as the description."""
    words = words_of(entity.name)
    i = 1 if words[:1] == ["l'"] else 0
    if len(words) < i + 3 or words[i] not in data.one_of or words[i + 1] not in data.one_of_links:
        return entity
    original = original_words(entity.name)
    if len(original) != len(words):
        return entity
    rest = " ".join(original[i + 2 :]).replace("' ", "'")
    return replace(entity, name=rest)


def one_of_them(name: str, data: AttributeData) -> str:
    """« l'une d'entre elles », « l'un d'eux », "one of them": the pronoun
    that opens the name (« une », « un », "one"), else "".  Vox pops name an
    unnamed person of a group so; the pronoun's gender is the person's."""
    words = words_of(name)
    i = 1 if words[:1] == ["l'"] else 0
    rest = words[i + 2 :]
    if (
        not data.one_of_pronouns
        or len(words) < i + 3
        or words[i] not in data.one_of
        or words[i + 1] not in data.one_of_links
        or not all(w in data.one_of_pronouns for w in rest)
        or rest[-1] not in data.one_of_pronouns - {"entre"}
    ):
        return ""
    return words[i]


def people_unlisted(rest: str, head: Head) -> bool:
    """The plural after « l'un des » is a common noun the lists lack
    (« secouristes », « festivaliers venus de Lyon »), written in lower
    case up to its complement: the people themselves, not a body (bodies
    are named in the singular, « l'un des syndicats » aside)."""
    words = original_words(rest)
    lead = []
    for w in words:
        if w.lower() in head.complement_words:
            break
        lead.append(w)
    return (
        not head.head
        and not head.determiners
        and bool(lead)
        and all(w[:1].islower() for w in lead)
        and lead[0].lower().endswith(("s", "x"))
    )
