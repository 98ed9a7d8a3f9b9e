"""What the clauses around a person's mention say of the person's gender:
a participle or adjective agreeing with it (« s'est dite favorable »,
« Interrogée par … , X »), a pronoun standing for it (« a-t-elle
ajouté », "X said she …"), and the checks that keep each to its own
clause and its own antecedent.  Read by ``extract/gender.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from quidit.extract.source_words import APOSTROPHES, Head, base_noun, original_words
from quidit.extract.spans import expanded_span
from quidit.lang.attributes import AttributeData
from quidit.records import Entity, Quote


def has_sentences(doc: Doc) -> bool:
    """``doc.has_annotation`` reads every token: asked once per Doc."""
    found = doc.user_data.get("quidit_has_sents")
    if found is None:
        found = doc.has_annotation("SENT_START")
        doc.user_data["quidit_has_sents"] = found
    return bool(found)


def tokens_of(doc: Doc, start: int, end: int) -> list[Token]:
    span = expanded_span(doc, start, end)
    return list(span) if span is not None else []


#: Participles that stay masculine before an infinitive (« elle s'est fait
#: agresser », « s'est laissé convaincre »): they tell nothing.
_INVARIABLE_BEFORE_INFINITIVE = frozenset({"faire", "laisser"})
#: Articles opening a direct object right after a reflexive's participle
#: (« s'est posé des questions », « s'est offert une pause »), which then
#: does not agree; the parser tags « des » a preposition as often as not.
_ARTICLES = frozenset({"un", "une", "des", "le", "la", "les", "l'", "l’"})


def agreement(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """A participle or adjective agreeing with the mention (« X s'est dite … »)."""
    tokens = tokens_of(doc, start, end)
    if not tokens:
        return "", ""
    root = tokens[-1]
    for tok in tokens:
        if tok.head.i < tokens[0].i or tok.head.i > tokens[-1].i:
            root = tok
            break
    candidates: list[Token] = []
    # A verb with a second subject is a misparse (« le maire a cité X »
    # read with X for a subject too): its participles tell nothing of X.
    alone = not any(c.dep_.startswith("nsubj") and c.i != root.i for c in root.head.children)
    if root.dep_.startswith("nsubj") and alone:
        candidates.append(root.head)
        candidates.extend(
            c for c in root.head.children if c.dep_ in ("advcl", "acl") and c.i < root.head.i
        )
    candidates.extend(c for c in root.children if c.dep_ in ("acl", "amod") and c.i > root.i)
    for word in candidates:
        if word.i > tokens[-1].i and any(
            t.pos_ == "SCONJ" or t.morph.get("PronType", []) == ["Rel"]
            for t in doc[tokens[-1].i + 1 : word.i]
        ):
            # « X, elle, était là quand le gymnase a été évacué »: a
            # participle past a subordinating word agrees with that clause's
            # subject, whatever the parser hung it on.
            continue
        gender = word.morph.get("Gender", [])
        if not gender or word.morph.get("Number", []) == ["Plur"]:
            continue
        part = word.morph.get("VerbForm", []) == ["Part"]
        with_etre = any(
            c.lemma_ == "être" and c.dep_ in ("aux", "aux:pass", "cop") for c in word.children
        ) or (
            # « s'est dite favorable », « est arrivée »: the compound past
            # with « être » agrees with the subject; not where a direct
            # object follows (« s'est posé des questions »).
            any(c.lemma_ == "être" and c.dep_ == "aux:tense" for c in word.children)
            and not any(c.dep_ == "obj" for c in word.children)
            and word.lemma_ not in _INVARIABLE_BEFORE_INFINITIVE
            and not (word.i + 1 < len(doc) and doc[word.i + 1].lower_ in _ARTICLES)
        )
        # A past participle agrees with its subject only after « être »;
        # a fronted or apposed participle (« Interrogée par … ») agrees always,
        # but not one with « avoir » that the parser hung as a clause under
        # a sentence opening on a participle (« Rappelant …, X a qualifié … »).
        apposed = word.dep_ in ("advcl", "acl") and not any(
            c.lemma_ == "avoir" and c.dep_.startswith("aux") for c in word.children
        )
        if (part and (with_etre or apposed)) or (word.pos_ == "ADJ" and with_etre):
            value = form_gender(word)
            if value:
                return value, word.text
    return _fronted_participle(doc, tokens[0])


def form_gender(word: Token) -> str:
    """The gender a singular participle or adjective agrees in, read from its
    written form where the tagger errs: the tagger reads « nommée » in « X,
    récemment nommée ministre » masculine.  A past participle's feminine
    ends in « e » and its masculine never does (« dit », « pris »,
    « nommé »); « -es » is a plural.  An adjective keeps the tagger's
    gender where its form agrees (a masculine ending in « e » is one form
    for both: « favorable », « libre »)."""
    low = word.lower_
    if low.endswith("es"):
        return ""
    if word.morph.get("VerbForm", []) == ["Part"]:
        return "female" if low.endswith("e") else "male"
    value = {"Fem": "female", "Masc": "male"}.get((word.morph.get("Gender", []) or [""])[0], "")
    return value if value and (value == "female") == low.endswith("e") else ""


def _fronted_participle(doc: Doc, first: Token) -> tuple[str, str]:
    """« Interrogée par la radio, X a … »: a past participle opening the
    sentence, its phrase closed by the comma right before the mention,
    agrees with the mention, however the parser hung the two together."""
    if first.i == 0 or doc[first.i - 1].text != ",":
        return "", ""
    sent_start = first.sent.start if has_sentences(doc) else 0
    opening = doc[sent_start]
    if opening.is_punct and sent_start + 1 < first.i:
        opening = doc[sent_start + 1]  # a quotation mark or dash opening the line
    if any(t.text == "," for t in doc[opening.i : first.i - 1]):
        return "", ""
    morph = opening.morph
    if morph.get("VerbForm", []) != ["Part"] or morph.get("Tense", []) != ["Past"]:
        return "", ""
    if morph.get("Number", []) == ["Plur"] or not morph.get("Gender", []):
        return "", ""
    value = form_gender(opening)
    return (value, opening.text) if value else ("", "")


def clause_pronoun(
    doc: Doc,
    start: int,
    end: int,
    data: AttributeData,
    people: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int]],
) -> tuple[str, str]:
    """The subject pronoun of the clause the mention's verb reports ("X said
    she had …", « X a affirmé qu'elle … »), which stands for X unless
    another person is named between them."""
    tokens = tokens_of(doc, start, end)
    if not tokens:
        return "", ""
    root = next((t for t in tokens if not tokens[0].i <= t.head.i <= tokens[-1].i), tokens[-1])
    if not root.dep_.startswith("nsubj"):
        return "", ""
    for clause in root.head.children:
        if clause.dep_ != "ccomp":
            continue
        for subj in clause.children:
            if not subj.dep_.startswith("nsubj") or subj.i <= root.i:
                continue
            gender = data.pronouns.get(subj.lower_, "")
            if gender and _named_last(subj.idx, mentions, people):
                return gender, doc[root.head.i : subj.i + 1].text
    return "", ""


def next_sentence_pronoun(
    doc: Doc,
    start: int,
    end: int,
    data: AttributeData,
    people: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int]],
    person_words: frozenset[str],
) -> tuple[str, str]:
    """« … , a déclaré Claude X. Il a également déploré … »: the subject
    pronoun opening the sentence after the one whose subject the mention
    is stands for it, where that sentence names or describes no other
    person (``person_words``: the person nouns; « X a reçu la ministre.
    Elle … » is left alone) and no person is named between them."""
    tokens = tokens_of(doc, start, end)
    if not tokens or not has_sentences(doc):
        return "", ""
    root = next((t for t in tokens if not tokens[0].i <= t.head.i <= tokens[-1].i), tokens[-1])
    if not root.dep_.startswith("nsubj"):
        return "", ""
    sent = root.sent
    if sent.end >= len(doc):
        return "", ""
    for tok in sent:
        if tokens[0].i <= tok.i <= tokens[-1].i:
            continue
        if tok.ent_type_ in ("PER", "PERSON") or tok.lower_ in person_words:
            return "", ""
    nxt = doc[sent.end]
    while nxt.is_punct and nxt.i + 1 < len(doc) and nxt.i < sent.end + 2:
        nxt = doc[nxt.i + 1]
    gender = data.pronouns.get(nxt.lower_, "")
    if gender and nxt.dep_.startswith("nsubj") and _named_last(nxt.idx, mentions, people):
        return gender, doc[nxt.i : min(nxt.i + 3, len(doc))].text
    return "", ""


def speaker_pronouns(
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
            if (
                gender
                and _named_last(m.start, mentions, people, (m.start, m.end))
                and not grammatical_only(m.start - 1, mentions, text, data)
            ):
                yield gender, _phrase(text, m.start, m.end, q)
        if q.cue is not None and data.inverted_pronouns:
            if not _named_last(q.cue.start, mentions, people):
                continue
            if grammatical_only(q.cue.start, mentions, text, data):
                continue
            window = text[q.cue.start : q.cue.end + 10].translate(APOSTROPHES).lower()
            before = text[max(0, q.cue.start - 10) : q.cue.start].lower()
            for form, gender in data.inverted_pronouns.items():
                pattern = re.escape(form) + r"\b"
                if re.search(pattern, window) or re.search(pattern + r"\s*$", before):
                    yield gender, _phrase(text, q.cue.start, q.cue.end, q)
                    break


def grammatical_only(
    at: int, mentions: Sequence[tuple[int, int]], text: str, data: AttributeData
) -> bool:
    """The entity's nearest naming mention at or before ``at`` is a noun whose
    gender is grammatical only (« une source », « cette source », « un
    témoin »): a pronoun or a participle agreeing with it (« a-t-elle
    ajouté », « citée ») tells the noun's gender, not the person's.  Read
    where determiners carry gender (French); "a source … she said" tells."""
    if not data.gendered_determiners:
        return False
    for s, e in sorted(mentions, reverse=True):
        if s > at or text[s:e].lower().lstrip("-") in data.pronouns:
            continue
        head = Head(text[s:e], data)
        if head.head:
            return head.is_description() and base_noun(head.head) in data.fixed_nouns
        if any(w[:1].isupper() for w in original_words(text[s:e])):
            return False  # a name
    return False


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
    # ``people`` is sorted: only the names between the two are read, so a
    # long text with thousands of names costs no more per pronoun.
    for start, end in people[bisect_right(people, (last_own, 10**12)) :]:
        if start >= at:
            break
        if last_own < start and not any(s < end and start < e for s, e in mentions):
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


def self_agreement(
    entity: Entity, quotes: Sequence[Quote], doc: Doc, data: AttributeData
) -> Iterable[tuple[str, str]]:
    """The speaker's own words about themself in a direct quote the engine
    gave them: « je suis sortie », « je me suis sentie », « je suis fier »:
    a participle or adjective with « être » whose subject is « je » agrees
    with the speaker.  Read where words agree in gender (French)."""
    if not data.gendered_determiners or not data.first_person:
        return
    for q in quotes:
        if q.speaker.entity != entity.id or q.type != "direct" or q.content is None:
            continue
        for tok in tokens_of(doc, q.content.start, q.content.end):
            if tok.pos_ not in ("VERB", "ADJ") or tok.morph.get("Number", []) != ["Sing"]:
                continue
            gender = {"Fem": "female", "Masc": "male"}.get((tok.morph.get("Gender", []) or [""])[0])
            if not gender or tok.lemma_ in _INVARIABLE_BEFORE_INFINITIVE:
                continue
            kids = list(tok.children)
            subject = next(
                (c for c in kids if c.dep_.startswith("nsubj") and c.lower_ in ("je", "j'", "j’")),
                None,
            )
            if subject is None or any(c.dep_ == "obj" for c in kids):
                continue
            if not any(
                c.lemma_ == "être" and c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")
                for c in kids
            ):
                continue
            # The tagger's gender, checked against the written form: a
            # feminine participle or adjective ends in « e » (« sortie »,
            # « fière »), a masculine one that does is epicene or mistagged
            # (« je me suis sentie » read masculine).
            if (gender == "female") != tok.lower_.endswith("e"):
                continue
            yield gender, doc[subject.i : tok.i + 1].text
            break
