"""Who each source is: its kind, whether the text withholds its name, its gender.

A pure function over the resolved entities, the quotes and the Doc.  The
rules read the article's own words first and a first-name list second:

- **kind**: a well-known name (« l'AFP », "Reuters"), else the head noun of
  the name (« le ministère … » → government, « les manifestants » →
  group, « un bilan » → document), else two sources joined by « et » →
  group, else the entity type (PER → person, places → government, which
  is how news names states: « Moscou a démenti »);
- **anonymous**: a person or group named only by a description that does
  not let the reader identify it (« une source sécuritaire », « un élu
  local », "a senior official"), or a mention followed by words that say
  the name was withheld (« sous couvert d'anonymat »).  An office held by
  one person (« le procureur ») is not anonymous;
- **gender** (persons only), from the text: a title (Mme, M., Mr, Ms), a
  gendered noun or determiner describing the person (« la porte-parole »,
  « le général », « la procureure »), a participle or adjective agreeing
  with the person (« s'est dite favorable », « interrogée »), a pronoun
  standing for the person as a speaker (« a-t-elle dit », "he said");
  only if the text says nothing, an unambiguous first name from
  ``gender_guesser`` (with the language's own additions).  Where the text
  gives both genders in equal measure, or nothing decides, ``unknown``.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from quidit.extract.spans import text_of
from quidit.lang import LanguageData
from quidit.lang.attributes import AttributeData
from quidit.records import Entity, Quote

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_WORD = re.compile(r"[\w.]+'|[\w][\w.\-]*|'")

#: Adjectives that may stand before the head noun of a description
#: (« une première source », "a senior official"): skipped to reach it.
_MAX_PRENOMINAL = 2

#: How far around a mention words saying the name was withheld are looked
#: for: one clause (« un responsable, qui a requis l'anonymat, … »); the
#: longest such clause in the unit tests is 60 characters.
_ANONYMITY_WINDOW = 90

#: How far back from a name a describing noun is looked for, in tokens:
#: « le procureur de la République de Caen Carole X » is 8 tokens.
_APPOSITION_TOKENS = 10


@cache
def attribute_data(code: str) -> AttributeData | None:
    try:
        module = importlib.import_module(f"quidit.lang.{code}.attributes")
    except ModuleNotFoundError:
        return None
    data = getattr(module, "ATTRIBUTES", None)
    return data if isinstance(data, AttributeData) else None


@cache
def _name_detector() -> object | None:
    try:
        import gender_guesser.detector as detector
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    return detector.Detector(case_sensitive=False)


def first_name_gender(first: str, data: AttributeData | None = None) -> str:
    """female, male or "" for a first name; "" where it goes either way."""
    low = first.lower().translate(_APOSTROPHES)
    if data is not None and low in data.first_names:
        return data.first_names[low]
    det = _name_detector()
    if det is None or not first[:1].isupper():
        return ""
    answer = det.get_gender(first)  # type: ignore[attr-defined]
    # "mostly_male", "andy" (androgynous) and "unknown" decide nothing.
    return answer if answer in ("male", "female") else ""


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
    return _WORD.findall(text.lower().translate(_APOSTROPHES))


def _original_words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_APOSTROPHES))


class _Head:
    """The head noun of a description and what stands before it."""

    def __init__(self, name: str, data: AttributeData) -> None:
        words = words_of(name)
        original = _original_words(name)
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
        for j in range(i, min(len(words), i + _MAX_PRENOMINAL + 1)):
            if j > i and words[j] in data.complement_words and not data.head_final:
                break  # « l'Union des producteurs »: the head comes before « des »
            if _noun_kind(words[j], data):
                # English compounds end on their head ("police chief").
                while data.head_final and j + 1 < len(words) and _noun_kind(words[j + 1], data):
                    j += 1
                self.head = words[j]
                self.index = j
                break
            if original[j][:1].isupper() and j > 0:
                self.capitalised_before = True
        self.first_word = words[i] if i < len(words) else ""
        self.words = words

    @property
    def determiner(self) -> str:
        return self.determiners[0] if self.determiners else ""

    def is_description(self) -> bool:
        return bool(self.head) and not self.capitalised_before


_PERSON_NOUNS: dict[int, frozenset[str]] = {}


def _person_nouns(data: AttributeData) -> frozenset[str]:
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
        if part in _person_nouns(data):
            return part
    return parts[0]


def _noun_kind(word: str, data: AttributeData) -> str:
    parts = compound_parts(word)
    word = parts[0]
    if len(parts) > 1 and word not in _person_nouns(data) and parts[1] in _person_nouns(data):
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
    if word in _person_nouns(data):
        return "person"
    return ""


def _known(name: str, data: AttributeData) -> str:
    words = words_of(name)
    i = 0
    while i < len(words) - 1 and words[i] in data.determiners:
        i += 1
    rest = " ".join(words[i:]).replace("' ", "'")
    return data.known_names.get(rest, "") or data.known_names.get(" ".join(words), "")


def _coordinated(name: str, data: AttributeData, body: bool = False) -> bool:
    """Two sources joined (« le maire et la préfète », « Jean X et Ali Y »);
    not two words inside a complement (« le directeur de l'Institut de la
    statistique et des études économiques »): after a preposition, the
    conjunct must itself be a source.  ``body``: the first conjunct is a
    body, whose own name often joins two words (« le ministère de l'Europe
    et des Affaires étrangères »): the second must be a source with its
    own determiner (« l'Union des dockers et la préfecture »)."""
    words = words_of(name)
    original = _original_words(name)
    for k, w in enumerate(words):
        if not (0 < k < len(words) - 1 and w in data.coordinators):
            continue
        if not body and not any(x in data.complement_words for x in words[1:k]):
            return True
        j = k + 1
        while j < len(words) - 1 and words[j] in data.determiners:
            j += 1
        if body and j == k + 1:
            continue
        if _noun_kind(words[j], data) in ("person", "group", "organisation", "government", "media"):
            return True
        if j == k + 1 and len(original) == len(words) and first_name_gender(original[j], data):
            return True
    return False


def kind_of(entity: Entity, data: AttributeData) -> str:
    known = _known(entity.name, data)
    if known:
        return known
    if any(re.search(p, entity.name) for p in data.government_patterns):
        return "government"
    head = _Head(entity.name, data)
    if head.head in data.organisation_plurals:
        return "organisation"
    plural = head.determiner in data.plural_determiners
    noun = _noun_kind(head.head, data) if head.head else ""
    original = _original_words(entity.name)
    if not noun and not head.determiners and original and original[0][:1].isupper():
        # A proper name ending on what it is: "Castlemere Fire and Rescue
        # Service", « Agence nationale … » is read by its head above.
        last = _noun_kind(original[-1].lower(), data)
        if last in ("government", "organisation", "media"):
            return last
    if _coordinated(entity.name, data, body=noun in ("government", "organisation", "media")):
        return "group"
    if noun and (head.is_description() or entity.type != "PER" or head.determiners):
        if noun in ("organisation", "media", "person") and plural:
            return "group"
        if noun == "person" and head.head in data.group_nouns:
            return "group"
        return noun
    # « des twittos », « les vacanciers »: a plural common noun the lists
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


def _looks_like_person(name: str, data: AttributeData) -> bool:
    words = _original_words(name)
    if not words:
        return False
    if words[0].lower() in data.gender_titles:
        return True
    return len(words) >= 2 and bool(first_name_gender(words[0], data))


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
    entity: Entity, quotes: Sequence[Quote], text: str, data: AttributeData
) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for q in quotes:
        m = q.speaker.mention
        if q.speaker.entity == entity.id and m is not None:
            spans.add((m.start, m.end))
    for name in (entity.name, *entity.aliases):
        spans.update(_find_all(text, name))
    words = _original_words(entity.name)
    # The surname alone (« Mme Massé ») for a person's name of two words or
    # more; not the body a description ends on (« une porte-parole de la
    # CGT »: « CGT » elsewhere is the union, not her), nor an acronym.
    last = words[-1] if len(words) >= 2 else ""
    named = len(words) >= 2 and (
        (words[0][:1].isupper() and words[0].lower() not in data.determiners)
        or words[-2][:1].isupper()
    )
    if named and last[:1].isupper() and len(last) > 2 and not last.isupper():
        spans.update(_find_all(text, last))
    return sorted(spans)[:MAX_MENTIONS]


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
        if re.search(intro, low[:start]):
            return False
    return True


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
        window = low[max(0, start - _ANONYMITY_WINDOW) : end + _ANONYMITY_WINDOW]
        if any(p in window for p in data.anonymity_phrases):
            return True
    head = _Head(entity.name, data)
    # "a US official", « un haut responsable Hamas »: an indefinite
    # description stays one over capitalised words before its noun.
    described = head.is_description() or (
        bool(head.head) and head.determiner in data.indefinite_determiners
    )
    if not described or _names_someone(entity, head):
        return False
    det = head.determiner
    noun = base_noun(head.head)
    if (
        kind == "person"
        and det in data.definite_articles
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
    return noun not in data.office_nouns


def _names_someone(entity: Entity, head: _Head) -> bool:
    """A description that carries a name after it (« le porte-parole …, Ali X »,
    "its coordinator, Inés Calvo") or before it (« Véron, une chercheuse »)."""
    if ", " in entity.name:
        lead = entity.name.split(", ", 1)[0].split()
        if lead and all(w[:1].isupper() for w in lead) and head.index >= len(lead):
            return True
    original = _original_words(entity.name)
    after = original[head.index + 1 :]
    if entity.type == "PER":
        return any(w[:1].isupper() for w in after)
    if ", " in entity.name:
        tail = entity.name.rsplit(", ", 1)[1].split()
        if len(tail) >= 2 and all(w[:1].isupper() for w in tail):
            return True
    # "Chief Executive Paul S. Otellini": a name of two capitalised words or
    # more right after the description's noun, whatever the parser's label.
    run = 0
    while run < len(after) and after[run][:1].isupper():
        run += 1
    return run >= 2 and run == len(after)


def _description_weight(gender: str) -> int:
    return 2 if gender == "female" else 1


#: Weights of 2 and more (a title, agreement, a feminine form, a pronoun
#: standing for the person named last before it) are the text's own word on
#: the person; 1 (a masculine form, which French and English keep for women
#: in some offices: « le secrétaire d'État », "spokesman") only leans, and
#: yields to an unambiguous first name that says otherwise.
_STRONG = 2


class _Evidence:
    def __init__(self) -> None:
        self.votes: Counter[str] = Counter()
        self.words: dict[str, list[str]] = {"female": [], "male": []}
        self.strong: dict[str, bool] = {"female": False, "male": False}
        self.leaning: dict[str, set[str]] = {"female": set(), "male": set()}

    def add(self, gender: str, words: str, weight: int = 2, source: str = "") -> None:
        """A title (Mme, Mr) weighs 3; a feminine description, agreement or
        a pronoun standing for the person named last 2; a masculine
        description 1, since French news keeps the masculine of some offices
        for women (« le secrétaire général, Marie X »).  Where the text is
        split evenly, an unambiguous first name decides."""
        if gender not in ("female", "male"):
            return
        words = " ".join(words.split())
        low = words.lower()
        # One description read twice (« Son secrétaire » from the name,
        # « Son secrétaire général » beside a mention) is one word.
        if any(low.startswith(w.lower()) or w.lower().startswith(low) for w in self.words[gender]):
            return
        self.votes[gender] += weight
        self.words[gender].append(words)
        self.strong[gender] = self.strong[gender] or weight >= _STRONG
        if weight < _STRONG:
            self.leaning[gender].add(source)

    def decide(self) -> tuple[str, str, bool] | None:
        """Gender, its words, and whether they are strong: one strong word,
        or leaning words of two independent sources (« le porte-parole »
        and « il a ajouté »)."""
        f, m = self.votes["female"], self.votes["male"]
        if f == m:
            return None
        gender = "female" if f > m else "male"
        strong = self.strong[gender] or len(self.leaning[gender]) >= 2
        return gender, " ; ".join(self.words[gender][:3]), strong


def _description_gender(words: Sequence[str], data: AttributeData) -> str:
    """Gender told by « det (adj) noun »: the determiner first, then the noun's form."""
    if not words:
        return ""
    i = 0
    det = ""
    while i < len(words) and words[i] in data.determiners:
        det = words[i]
        i += 1
    window = [person_noun(w, data) for w in words[i : i + _MAX_PRENOMINAL + 1]]
    for k, noun in enumerate(window):
        if noun in data.fixed_nouns:
            return ""
        if noun in data.gendered_nouns or noun in data.epicene_nouns:
            by_det = data.gendered_determiners.get(det, "")
            if by_det or noun in data.gendered_nouns:
                return by_det or data.gendered_nouns[noun]
            # An epicene noun takes the gender of the word that agrees with
            # it right after (« secrétaire générale », « ministre délégué »).
            after = words[i + k + 1] if i + k + 1 < len(words) else ""
            return data.gendered_nouns.get(after, "")
    return ""


def _has_sentences(doc: Doc) -> bool:
    """``doc.has_annotation`` reads every token: asked once per Doc."""
    found = doc.user_data.get("quidit_has_sents")
    if found is None:
        found = doc.has_annotation("SENT_START")
        doc.user_data["quidit_has_sents"] = found
    return bool(found)


def _description_words(name: str, data: AttributeData) -> str:
    """The words of a description up to its head noun (« la porte-parole »)."""
    original = name.split()
    for k, w in enumerate(original):
        if any(person_noun(x, data) in _person_nouns(data) for x in words_of(w)):
            return " ".join(original[: k + 1])
    return " ".join(original[:2])


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _left_apposition(doc: Doc, start: int, data: AttributeData) -> tuple[str, str]:
    """« la porte-parole de la police, Ilse X » → (female, "la porte-parole")."""
    tokens = _tokens(doc, start, start + 1)
    if not tokens:
        return "", ""
    first = tokens[0]
    sent_start = first.sent.start if _has_sentences(doc) else 0
    i = first.i - 1
    if i < sent_start:
        return "", ""
    if doc[i].lower_.translate(_APOSTROPHES) in data.complement_words:
        return "", ""
    if doc[i].text == ",":
        i -= 1
    lowest = max(sent_start, first.i - _APPOSITION_TOKENS)
    while i >= lowest:
        tok = doc[i]
        low = tok.lower_.translate(_APOSTROPHES)
        after = doc[i + 1].lower_ if i + 2 < len(doc) else ""
        if low in data.one_of and after in data.one_of_links:
            # « l'une des responsables de …, X »: the pronoun agrees with X,
            # unless the plural noun's gender is fixed (« l'une des sources »).
            if doc[i + 2].lower_ in data.fixed_nouns:
                return "", ""
            return data.one_of[low], doc[max(sent_start, i - 1) : i + 3].text
        if tok.pos_ in ("VERB", "AUX", "PRON") or (tok.is_punct and low not in ("-",)):
            return "", ""
        low = person_noun(low, data)
        if low in data.fixed_nouns:
            return "", ""
        if low in data.gendered_nouns or low in data.epicene_nouns:
            # The determiner, over adjectives before the noun (« la Première
            # ministre », where the parser may tag the capitalised adjective
            # a proper noun): any word but punctuation, a verb or a pronoun.
            k = i - 1
            while (
                k > max(sent_start, i - 1 - _MAX_PRENOMINAL)
                and doc[k].lower_.translate(_APOSTROPHES) not in data.determiners
                and not doc[k].is_punct
                and doc[k].pos_ not in ("VERB", "AUX", "PRON", "ADP")
            ):
                k -= 1
            before = doc[k].lower_.translate(_APOSTROPHES) if k >= sent_start else ""
            if before not in data.determiners:
                k, before = i, ""
            gender = data.gendered_determiners.get(before, "") or data.gendered_nouns.get(low, "")
            if not gender:
                return "", ""
            return gender, doc[k : i + 1].text
        i -= 1
    return "", ""


def _right_apposition(text: str, end: int, data: AttributeData) -> tuple[str, str]:
    """« Martin X, président de … » → (male, "président")."""
    m = re.match(r",\s+((?:[\w'-]+\s+){0,3})", text[end : end + 60].translate(_APOSTROPHES))
    if not m:
        return "", ""
    words = words_of(m.group(0))
    if not words:
        return "", ""
    one = words[1] if len(words) >= 4 and words[0] == "l'" else ""
    if one in data.one_of and words[2] in data.one_of_links:
        # « X, l'une des responsables de … »: the pronoun agrees with X,
        # unless the plural noun's gender is fixed (« l'une des sources »).
        if words[3] in data.fixed_nouns:
            return "", ""
        return data.one_of[one], " ".join(m.group(1).split()[:2])
    gender = _description_gender(words, data)
    if not gender:
        return "", ""
    # Only the description right after the comma: « det noun » or « noun ».
    lead = words[0]
    if lead not in data.determiners and person_noun(lead, data) not in (
        *data.gendered_nouns,
        *data.epicene_nouns,
    ):
        return "", ""
    return gender, " ".join(_original_words(m.group(1))[:2])


def _agreement(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """A participle or adjective agreeing with the mention (« X s'est dite … »)."""
    tokens = _tokens(doc, start, end)
    if not tokens:
        return "", ""
    root = tokens[-1]
    for tok in tokens:
        if tok.head.i < tokens[0].i or tok.head.i > tokens[-1].i:
            root = tok
            break
    candidates: list[Token] = []
    if root.dep_.startswith("nsubj"):
        candidates.append(root.head)
        candidates.extend(
            c for c in root.head.children if c.dep_ in ("advcl", "acl") and c.i < root.head.i
        )
    candidates.extend(c for c in root.children if c.dep_ in ("acl", "amod") and c.i > root.i)
    for word in candidates:
        gender = word.morph.get("Gender", [])
        if not gender or word.morph.get("Number", []) == ["Plur"]:
            continue
        part = word.morph.get("VerbForm", []) == ["Part"]
        with_etre = any(
            c.lemma_ == "être" and c.dep_ in ("aux", "aux:pass", "cop") for c in word.children
        )
        # A past participle agrees with its subject only after « être »;
        # a fronted or apposed participle (« Interrogée par … ») agrees always.
        if (part and (with_etre or word.dep_ in ("advcl", "acl"))) or (
            word.pos_ == "ADJ" and with_etre
        ):
            value = {"Fem": "female", "Masc": "male"}.get(gender[0], "")
            if value:
                return value, word.text
    return "", ""


def _speaker_pronouns(
    entity: Entity,
    quotes: Sequence[Quote],
    text: str,
    data: AttributeData,
    mentions: Sequence[tuple[int, int]] = (),
    people: Sequence[tuple[int, int]] = (),
) -> Iterable[tuple[str, str]]:
    """Pronouns the speaker engine resolved to ``entity``, where the entity
    is the person named last before them: a pronoun after another person's
    name (« Jean X a reçu Marie Y. « … », a-t-il dit ») may stand for
    either, and the gender read from it would be the engine's guess.
    ``mentions``: the entity's own; ``people``: every named person's."""
    for q in quotes:
        if q.speaker.entity != entity.id:
            continue
        m = q.speaker.mention
        if m is not None:
            gender = data.pronouns.get(m.text.lower().lstrip("-"), "")
            if gender and _named_last(m.start, mentions, people, (m.start, m.end)):
                yield gender, _phrase(text, m.start, m.end, q)
        if q.cue is not None and data.inverted_pronouns:
            if not _named_last(q.cue.start, mentions, people):
                continue
            window = text[q.cue.start : q.cue.end + 10].translate(_APOSTROPHES).lower()
            before = text[max(0, q.cue.start - 10) : q.cue.start].lower()
            for form, gender in data.inverted_pronouns.items():
                pattern = re.escape(form) + r"\b"
                if re.search(pattern, window) or re.search(pattern + r"\s*$", before):
                    yield gender, _phrase(text, q.cue.start, q.cue.end, q)
                    break


def _named_last(
    at: int,
    mentions: Sequence[tuple[int, int]],
    people: Sequence[tuple[int, int]],
    itself: tuple[int, int] | None = None,
) -> bool:
    """No other person is named between the entity's last mention before
    ``at`` and ``at``."""
    own = [s for s, e in mentions if s < at and (s, e) != itself]
    last_own = max(own, default=-1)
    for start, end in people:
        if last_own < start < at and not any(s < end and start < e for s, e in mentions):
            return False
    return True


def _phrase(text: str, start: int, end: int, q: Quote) -> str:
    if q.cue is not None and abs(q.cue.start - start) < 30:
        start, end = min(start, q.cue.start), max(end, q.cue.end)
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '«“"(':
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in ',.;»”")':
        end += 1
    return text[start:end]


def gender_of(
    entity: Entity,
    quotes: Sequence[Quote],
    doc: Doc,
    mentions: Sequence[tuple[int, int]],
    data: AttributeData,
    titles: frozenset[str] = frozenset(),
    folded: str | None = None,
    people: Sequence[tuple[int, int]] = (),
) -> tuple[str, str | None]:
    """Gender and evidence; ``titles`` are the language's titles before a
    name ("Chief Superintendent Daniel X"), skipped to reach the first name.
    ``folded``: the text with its apostrophes folded, when the caller built
    it once for every entity of the Doc; ``people``: the spans of the
    persons the Doc names, against which a pronoun's antecedent is checked."""
    text = text_of(doc)
    found = _Evidence()
    for name in (entity.name, *entity.aliases):
        words = words_of(name)
        if words and words[0] in data.gender_titles:
            found.add(data.gender_titles[words[0]], name, weight=3)
        gender = _description_gender(words, data)
        if gender:
            found.add(
                gender,
                _description_words(name, data),
                weight=_description_weight(gender),
                source="description",
            )
    low = folded if folded is not None else text.translate(_APOSTROPHES)
    named_by = _Head(entity.name, data)
    fixed = named_by.is_description() and base_noun(named_by.head) in data.fixed_nouns
    for start, end in mentions:
        before = re.search(r"([\w.]+)\s+$", low[max(0, start - 14) : start])
        if before and before.group(1).lower() in data.gender_titles:
            title = data.gender_titles[before.group(1).lower()]
            found.add(title, text[start - len(before.group(0)) : end], weight=3)
        for said, phrase in (
            _left_apposition(doc, start, data),
            _right_apposition(text, end, data),
        ):
            found.add(said, phrase, weight=_description_weight(said), source="description")
        # A participle agrees with « une personne », « un témoin » by the
        # noun's grammatical gender, which says nothing of the person's.
        if data.gendered_determiners and not fixed:
            found.add(*_agreement(doc, start, end))
    for said, phrase in _speaker_pronouns(entity, quotes, text, data, mentions, people):
        # The entity is the person named last before the pronoun: the text's
        # own word, as strong as agreement.
        found.add(said, phrase, weight=_STRONG, source="pronoun")
    decided = found.decide()
    name_said = _first_name_of(entity, doc, data, titles)
    if decided is not None:
        gender, said, strong = decided
        if strong or not name_said or name_said[0] == gender:
            return gender, said
        # Only leaning words (a masculine form, a pronoun) against an
        # unambiguous first name ("spokesman Harriet X"; a pronoun that may
        # stand for a neighbour; a family name written first): undecided.
        return "unknown", "none"
    return name_said or ("unknown", "none")


def _first_name_of(
    entity: Entity, doc: Doc, data: AttributeData, titles: frozenset[str]
) -> tuple[str, str] | None:
    """(gender, "first name: X") when the entity's first name is unambiguous."""
    head = _Head(entity.name, data)
    words = _original_words(entity.name)
    if head.is_description():
        if not _names_someone(entity, head):
            return None
        # "its coordinator, Inés Calvo": the name after the description.
        words = _original_words(entity.name.rsplit(", ", 1)[-1])
    while len(words) > 1 and (words[0].lower() in data.gender_titles or words[0].lower() in titles):
        words = words[1:]
    if len(words) == 1 and _named_otherwise(doc, words[0]):
        return None
    if words and words[0][:1].isupper():
        gender = first_name_gender(words[0], data)
        if gender:
            return gender, f"first name: {words[0]}"
    return None


def _named_people(doc: Doc, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Spans of the persons the Doc names: a PER name the list of first
    names knows (either gender, or either way), or the name of a source.
    The parser also tags streets and firms PER ("Millbeck Lane"); a pronoun
    after them is no less the speaker's."""
    sources = {
        w for e in entities for n in (e.name, *e.aliases) for w in n.split() if w[:1].isupper()
    }
    det = _name_detector()
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON"):
            continue
        words = ent.text.split()
        known = det is not None and det.get_gender(words[0]) != "unknown"  # type: ignore[attr-defined]
        if known or any(w in sources for w in words):
            out.append((ent.start_char, ent.end_char))
    return out


def _named_otherwise(doc: Doc, word: str) -> bool:
    """A lone word that the text also uses as a place or a body (« France »)."""
    return any(word in ent.text.split() and ent.label_ not in ("PER", "PERSON") for ent in doc.ents)


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
    folded = text.translate(_APOSTROPHES)
    low = text.lower().translate(_APOSTROPHES)
    people = _named_people(doc, entities)
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
        mentions = _mentions(e, own, text, data)
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
                frozenset(language.titles),
                folded,
                people,
            )
        out.append(replace(e, kind=kind, anonymous=anonymous, gender=g, gender_evidence=evidence))
    return out
