"""The gender of a person the news quotes, and the words that decided it.

From the text first: a title (Mme, M., Mr, Ms), a gendered noun or
determiner describing the person (« la porte-parole », « le général »,
« la procureure »), a participle or adjective agreeing with the person
(« s'est dite favorable », « interrogée »), a pronoun standing for the
person as a speaker (« a-t-elle dit », "he said") when no other person is
named between them; then an unambiguous first name from ``gender_guesser``
(with the language's own additions).  A masculine form alone only leans:
against a first name that says otherwise it decides nothing.  Where the
text gives both genders in equal measure, or nothing decides, ``unknown``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from quidit.extract.gender_clauses import (
    agreement,
    clause_pronoun,
    grammatical_only,
    has_sentences,
    next_sentence_pronoun,
    self_agreement,
    speaker_pronouns,
    tokens_of,
)
from quidit.extract.source_words import (
    APOSTROPHES,
    MAX_PRENOMINAL,
    Head,
    base_noun,
    first_name_gender,
    known_first_name,
    names_someone,
    one_of_them,
    original_words,
    person_noun,
    person_nouns,
    words_of,
)
from quidit.extract.spans import text_of
from quidit.lang.attributes import AttributeData
from quidit.records import Entity, Quote

#: How far back from a name a describing noun is looked for, in tokens:
#: « le procureur de la République de Caen Carole X » is 8 tokens.
_APPOSITION_TOKENS = 10


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
        self.sources: dict[str, set[str]] = {"female": set(), "male": set()}

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
        self.sources[gender].add(source or "text")
        if weight < _STRONG:
            self.leaning[gender].add(source)

    def resolved_only(self, gender: str) -> bool:
        """Every word for ``gender`` is a pronoun whose antecedent the
        engine chose (a speaker pronoun, the subject of a reported clause),
        none is written on the person's own mention."""
        return bool(self.sources[gender]) and self.sources[gender] <= {"pronoun", "clause"}

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


def _adjective_gender(word: str, data: AttributeData, written: str = "") -> str:
    """The gender an adjective's form tells: one of the closed class written
    before nouns, or (``written`` as in the text, in lower case: a
    capitalised word may be a name, « Daniel ») a regular ending."""
    if word in data.gendered_adjectives:
        return data.gendered_adjectives[word]
    if not written or not written.isalpha() or not written.islower():
        return ""
    for ending, gender in data.adjective_endings:
        # Three letters at least before the ending: « tel », « bel » and
        # « vif » are not read by it.
        if written.endswith(ending) and len(written) >= len(ending) + 3:
            return gender
    return ""


def _agent_noun(noun: str, data: AttributeData) -> str | None:
    """The gender an agent noun the lists lack tells by its suffix
    (« chroniqueuse », « navigatrice »: female; « céramiste »,
    « urbaniste », « sismologue »: "" for either), or None for no such noun.
    Read only where a person is described (an apposition to a name, a
    speaker's description), where these suffixes make person nouns."""
    if not noun.isalpha() or noun in data.gendered_adjectives:
        return None
    for suffix, gender in data.agent_suffixes:
        # Three letters at least before the suffix (« liste », « piste »).
        if noun.endswith(suffix) and len(noun) >= len(suffix) + 3:
            return gender
    return None


def _person_noun_gender(noun: str, data: AttributeData, head: bool = True) -> str | None:
    """Gender of a person noun: its form's (``gendered_nouns``, an agent
    suffix), "" for one form for both, None for no person noun.  ``head``:
    the word stands where a noun heads its phrase (right after a
    determiner, or leading an apposition), the only place an agent suffix
    is read: elsewhere the same endings make adjectives (« dangereuse »,
    « socialiste »)."""
    if noun in data.gendered_nouns:
        return data.gendered_nouns[noun]
    if noun in data.epicene_nouns:
        return ""
    return _agent_noun(noun, data) if head else None


def _description_gender(
    words: Sequence[str], data: AttributeData, original: Sequence[str] = ()
) -> str:
    """Gender told by « det (adj) noun (adj) »: the determiner first, then the
    noun's form, then an adjective agreeing with an epicene noun.
    ``original``: the same words as written, which lets a regular ending
    be read on lower-case words only."""
    if not words:
        return ""
    i = 0
    det = ""
    while i < len(words) and words[i] in data.determiners:
        det = words[i]
        i += 1
    window = [person_noun(w, data) for w in words[i : i + MAX_PRENOMINAL + 1]]
    for k, noun in enumerate(window):
        if noun in data.fixed_nouns:
            return ""
        form = _person_noun_gender(noun, data, head=k == 0)
        if form is not None:
            by_det = data.gendered_determiners.get(det, "")
            if by_det or form:
                return by_det or form
            # An epicene noun after an elided or plural determiner takes the
            # gender of an adjective agreeing with it, before it
            # (« l'ancienne ministre ») or right after it (« secrétaire
            # générale », « ministre délégué », « l'ex-ministre française »).
            for adj in words[i : i + k]:
                if data.gendered_adjectives.get(adj):
                    return data.gendered_adjectives[adj]
            after = words[i + k + 1] if i + k + 1 < len(words) else ""
            written = original[i + k + 1] if i + k + 1 < len(original) else ""
            return data.gendered_nouns.get(after, "") or _adjective_gender(after, data, written)
    return ""


def _description_words(name: str, data: AttributeData) -> str:
    """The words of a description up to its head noun (« la porte-parole »)."""
    original = name.split()
    for k, w in enumerate(original):
        if any(person_noun(x, data) in person_nouns(data) for x in words_of(w)):
            return " ".join(original[: k + 1])
    return " ".join(original[:2])


def _left_apposition(doc: Doc, start: int, data: AttributeData) -> tuple[str, str]:
    """« la porte-parole de la police, Ilse X » → (female, "la porte-parole")."""
    tokens = tokens_of(doc, start, start + 1)
    if not tokens:
        return "", ""
    first = tokens[0]
    sent_start = first.sent.start if has_sentences(doc) else 0
    i = first.i - 1
    if i < sent_start:
        return "", ""
    if doc[i].lower_.translate(APOSTROPHES) in data.complement_words:
        return "", ""
    if doc[i].text == ",":
        i -= 1
    lowest = max(sent_start, first.i - _APPOSITION_TOKENS)
    while i >= lowest:
        tok = doc[i]
        low = tok.lower_.translate(APOSTROPHES)
        after = doc[i + 1].lower_ if i + 2 < len(doc) else ""
        if low in data.one_of and after in data.one_of_links:
            # « l'une des responsables de …, X »: the pronoun agrees with X,
            # unless the plural noun's gender is fixed (« l'une des sources »).
            if doc[i + 2].lower_ in data.fixed_nouns:
                return "", ""
            return data.one_of[low], doc[max(sent_start, i - 1) : i + 3].text
        # A dash glued between two words joins a compound name
        # (« Bellerive–Monval »): no boundary.
        glued = i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_
        if tok.pos_ in ("VERB", "AUX", "PRON") or (
            tok.is_punct and low not in ("-",) and not (glued and low in ("–", "‑"))
        ):
            return "", ""
        low = person_noun(low, data)
        if low in data.fixed_nouns:
            return "", ""
        right_after_determiner = (
            i - 1 >= sent_start and doc[i - 1].lower_.translate(APOSTROPHES) in data.determiners
        )
        form = _person_noun_gender(low, data, head=right_after_determiner)
        if form is not None:
            # The determiner, over adjectives before the noun (« la Première
            # ministre », where the parser may tag the capitalised adjective
            # a proper noun): any word but punctuation, a verb or a pronoun.
            k = i - 1
            while (
                k > max(sent_start, i - 1 - MAX_PRENOMINAL)
                and doc[k].lower_.translate(APOSTROPHES) not in data.determiners
                and not doc[k].is_punct
                and doc[k].pos_ not in ("VERB", "AUX", "PRON", "ADP")
            ):
                k -= 1
            before = doc[k].lower_.translate(APOSTROPHES) if k >= sent_start else ""
            if before not in data.determiners:
                k, before = i, ""
            gender = data.gendered_determiners.get(before, "") or form
            end = i + 1
            if not gender:
                # An agreeing adjective before the noun or right after it
                # (« l'ancienne ministre X », « l'ex-ministre française X »).
                for t in doc[k + (1 if before else 0) : i]:
                    gender = gender or _adjective_gender(t.lower_, data)
                nxt = doc[i + 1] if i + 1 < first.i else None
                if not gender and nxt is not None:
                    gender = _adjective_gender(nxt.lower_, data, nxt.text)
                    end = i + 2
            if not gender:
                return "", ""
            return gender, doc[k:end].text
        i -= 1
    return "", ""


def _right_apposition(text: str, end: int, data: AttributeData) -> tuple[str, str]:
    """« Martin X, président de … » → (male, "président")."""
    # Each word ends on a space or, for a description that closes the
    # sentence or clause (« estime Rosalind, une trentenaire. »), on its
    # punctuation.
    window = text[end : end + 60].translate(APOSTROPHES)
    said = _describing_clause(window, data)
    if said[0]:
        return said
    m = re.match(r",\s+((?:[\w'-]+(?:\s+|(?=[.,;:!?»”)]|$))){0,3})", window)
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
    gender = _description_gender(words, data, original_words(m.group(0)))
    if not gender:
        return "", ""
    # Only the description right after the comma: « det noun » or « noun ».
    lead = words[0]
    if lead not in data.determiners and _person_noun_gender(person_noun(lead, data), data) is None:
        return "", ""
    return gender, " ".join(original_words(m.group(1))[:2])


def _describing_clause(window: str, data: AttributeData) -> tuple[str, str]:
    """« la voisine, qui est pharmacienne au village » → (female,
    "qui est pharmacienne"): a relative clause saying what the person is,
    its predicate a person noun (with or without a determiner)."""
    for lead in data.describing_clauses:
        m = re.match(
            rf",?\s+{re.escape(lead)}\s+((?:[\w'-]+(?:\s+|(?=[.,;:!?»”)]|$))){{1,3}})",
            window,
            re.IGNORECASE,
        )
        if not m:
            continue
        words = words_of(m.group(1))
        lead_word = person_noun(words[0], data) if words else ""
        if not words or (
            words[0] not in data.determiners and _person_noun_gender(lead_word, data) is None
        ):
            return "", ""
        gender = _description_gender(words, data, original_words(m.group(1)))
        if gender:
            return gender, f"{lead} {' '.join(original_words(m.group(1))[:2])}"
    return "", ""


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
        one = one_of_them(name, data)
        if data.one_of.get(one):
            found.add(
                data.one_of[one],
                name,
                weight=_description_weight(data.one_of[one]),
                source="description",
            )
        gender = _description_gender(words, data, original_words(name))
        if gender:
            found.add(
                gender,
                _description_words(name, data),
                weight=_description_weight(gender),
                source="description",
            )
    low = folded if folded is not None else text.translate(APOSTROPHES)
    named_by = Head(entity.name, data)
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
        if (
            data.gendered_determiners
            and not fixed
            and not grammatical_only(start, mentions, text, data)
        ):
            found.add(*agreement(doc, start, end))
        said, phrase = clause_pronoun(doc, start, end, data, people, mentions)
        if said and grammatical_only(start, mentions, text, data):
            said = ""
        # Leaning only: "Asked about Y, X said he …" may mean Y.
        found.add(said, phrase, weight=1, source="clause")
        if data.gendered_determiners and not grammatical_only(start, mentions, text, data):
            # Read where pronouns agree with nouns (French); the person
            # named last, subject of the sentence before: as strong as a
            # speaker pronoun, and as open to a first name against it.
            said, phrase = next_sentence_pronoun(
                doc, start, end, data, people, mentions, person_nouns(data)
            )
            found.add(said, phrase, weight=_STRONG, source="pronoun")
    for said, phrase in self_agreement(entity, quotes, doc, data):
        # The speaker's own « je suis sortie »: as strong as a pronoun the
        # engine resolved, and as open to a first name against it.
        found.add(said, phrase, weight=_STRONG, source="pronoun")
    for said, phrase in speaker_pronouns(entity, quotes, text, data, mentions, people):
        # The entity is the person named last before the pronoun: the text's
        # own word, as strong as agreement.
        found.add(said, phrase, weight=_STRONG, source="pronoun")
    decided = found.decide()
    name_said = _first_name_of(entity, doc, data, titles)
    if decided is not None:
        gender, said, strong = decided
        if (
            name_said
            and name_said[0] != gender
            and found.resolved_only(gender)
            and _someone_else_of(gender, doc, people, mentions, data)
        ):
            # « Marie Y … a élu Marc X. « … », a-t-elle affirmé »: a pronoun
            # against an unambiguous first name, where the text names a
            # person of the pronoun's gender too, more likely stands for
            # that person, whom the speaker engine passed over: undecided.
            # With no such person the pronoun is the text's word and wins
            # over the list.
            return "unknown", "none"
        if strong or not name_said or name_said[0] == gender:
            return gender, said
        # Only leaning words (a masculine form, a pronoun) against an
        # unambiguous first name ("spokesman Harriet X"; a pronoun that may
        # stand for a neighbour; a family name written first): undecided.
        return "unknown", "none"
    return name_said or ("unknown", "none")


def _someone_else_of(
    gender: str,
    doc: Doc,
    people: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int]],
    data: AttributeData,
) -> bool:
    """Another person the text names or describes whose first name, title or
    description (« la ministre », « une habitante ») is of ``gender``."""
    text = text_of(doc)

    def own(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in mentions)

    for start, end in people:
        if own(start, end):
            continue
        words = original_words(text[start:end])
        before = re.search(r"([\w.]+)\s+$", text[max(0, start - 14) : start])
        title = data.gender_titles.get(before.group(1).lower(), "") if before else ""
        if title == gender or (words and first_name_gender(words[0], data) == gender):
            return True
    for tok in doc[1:]:
        det = doc[tok.i - 1].lower_.translate(APOSTROPHES)
        noun = person_noun(tok.lower_, data)
        if noun in data.fixed_nouns or own(tok.idx, tok.idx + len(tok.text)):
            continue
        form = _person_noun_gender(noun, data, head=False)
        if form is not None and (form or data.gendered_determiners.get(det, "")) == gender:
            return True
    return False


def _first_name_of(
    entity: Entity, doc: Doc, data: AttributeData, titles: frozenset[str]
) -> tuple[str, str] | None:
    """(gender, "first name: X") when the entity's first name is unambiguous."""
    head = Head(entity.name, data)
    words = original_words(entity.name)
    if head.is_description():
        if not names_someone(entity, head):
            return None
        # "its coordinator, Inés Calvo": the name after the description.
        words = original_words(entity.name.rsplit(", ", 1)[-1])
    while len(words) > 1 and (words[0].lower() in data.gender_titles or words[0].lower() in titles):
        words = words[1:]
    # A lone word the text also uses as a place or body decides nothing;
    # unless the parser's place label is the entity's own, and the stage
    # found it a person all the same (« Élodie », who says « je »).
    if len(words) == 1 and entity.type not in ("GPE", "LOC") and _named_otherwise(doc, words[0]):
        return None
    if (
        len(words) >= 2
        and words[0].lower() in data.family_name_first
        and words[1].lower() in data.middle_names
        # « Le Thi »: a name cut after « Thi » still tells; « Van » alone
        # after a family name may be a particle (« Le Van »).
        and (len(words) >= 3 or data.middle_names[words[1].lower()] == "female")
    ):
        # « Nguyen Thi Lan »: family name first, then a middle name that
        # tells the gender; the first word is no first name.
        return data.middle_names[words[1].lower()], f"middle name: {words[1]}"
    if (
        len(words) >= 2
        and data.middle_names.get(words[0].lower()) == "female"
        and words[1][:1].isupper()
    ):
        # « Thi Thu Hang »: the family name « Le » read as an article and
        # dropped; « Thi » opens no other name.  (« Van » does: « Van
        # Ranst », a Dutch particle.)
        return "female", f"middle name: {words[0]}"
    if words and words[0][:1].isupper():
        gender = first_name_gender(words[0], data)
        if gender:
            return gender, f"first name: {words[0]}"
    return None


def named_people(doc: Doc, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Spans of the persons the Doc names: a PER name the list of first
    names knows (either gender, or either way), or the name of a source.
    The parser also tags streets and firms PER ("Millbeck Lane"); a pronoun
    after them is no less the speaker's."""
    sources = {
        w for e in entities for n in (e.name, *e.aliases) for w in n.split() if w[:1].isupper()
    }
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON"):
            continue
        words = ent.text.split()
        if known_first_name(words[0]) or any(w in sources for w in words):
            out.append((ent.start_char, ent.end_char))
    return out


def _named_otherwise(doc: Doc, word: str) -> bool:
    """A lone word that the text also uses as a place or a body (« France »)."""
    # MISC is left out: the French model tags a lone first name MISC as often
    # as PER (« Rosalind, une trentenaire »), and a place or a body is LOC,
    # GPE or ORG.
    return any(
        word in ent.text.split() and ent.label_ not in ("PER", "PERSON", "MISC") for ent in doc.ents
    )
