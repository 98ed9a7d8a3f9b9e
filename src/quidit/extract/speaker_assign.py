"""Assigning each quote of an article its speaker entity.

One pass over the quotes in text order: a mention resolves through the
``Resolver`` (names, descriptions, aliases) or, for a pronoun or « ce
dernier », through ``Salience``; a quote with no mention takes the source
its context gives (the subject of the sentence before it where that
sentence attributes nothing, else the last speaker given a voice by a
verb); a quote before any speaker takes the next one's.  Then one entity
per source, numbered in order of first quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from quidit.extract.clusters import Cluster, adjunct_words, cue_gender, fold, is_adjunct
from quidit.extract.label_lines import label_line
from quidit.extract.media_titles import titled_end
from quidit.extract.mention_edges import demonstrative
from quidit.extract.mention_repair import repair_mentions
from quidit.extract.salience import Salience
from quidit.extract.spans import paragraph_bounds, text_of, token_at
from quidit.extract.speakers import Resolver
from quidit.lang import LanguageData
from quidit.records import Entity, Quote, Speaker
from quidit.records import Span as TextSpan


def _attributed_before(doc: Doc, quote: Quote, before: Sequence[Quote]) -> bool:
    """The sentence before ``quote`` (or its own, up to it) holds another
    quote or its attribution."""
    here = token_at(doc, quote.content.start)
    if here is None:
        return True
    sent = here.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    # The opening mark alone is often parsed as a sentence of its own: the
    # sentence before is the one before it that holds words.
    while prev is not None and prev.start > 0 and not any(t.is_alpha for t in prev):
        prev = doc[prev.start - 1].sent
    start = prev.start_char if prev is not None else sent.start_char
    for other in before:
        ends = [other.content.end]
        if other.speaker.mention is not None:
            ends.append(other.speaker.mention.end)
        if other.cue is not None:
            ends.append(other.cue.end)
        if max(ends) > start:
            return True
    return False


def _in_relative(doc: Doc, quote: Quote, labels: frozenset[str]) -> bool:
    """The quote's cue is the verb of a relative clause."""
    if quote.cue is None:
        return False
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in labels


def resolve_speakers(
    doc: Doc, quotes: Sequence[Quote], language: LanguageData
) -> tuple[list[Entity], list[Quote]]:
    resolver = Resolver(doc, language)
    salience = Salience(resolver)
    text = text_of(doc)
    media = language.extra.get("media_hypernyms", frozenset())
    quotes = [
        replace(
            q,
            speaker=replace(
                q.speaker,
                mention=TextSpan.of(text, *_mended(text, b, media)) if b else None,
            ),
        )
        for q, b in zip(quotes, repair_mentions(doc, list(quotes), language), strict=True)
    ]
    adjuncts = adjunct_words(language.adjunct_cues)
    # Sources a verb gives a voice (« selon X » names a report's source,
    # not the sentence's topic).
    # A voice given in a relative clause (« les propos de X, qui accuse … »)
    # is background: the topic a later pronoun takes up is elsewhere.
    relative = language.syntax.labels("relative_clause")
    salience.set_voiced(
        [
            (q.speaker.mention.start, q.speaker.mention.end)
            for q in quotes
            if q.speaker.mention is not None
            and (q.cue is None or not is_adjunct(q.cue.text, adjuncts))
            and not _in_relative(doc, q, relative)
        ]
    )
    impersonal = language.extra.get("impersonal_subjects", frozenset())
    same_source: frozenset[str] = language.extra.get("same_source", frozenset())
    pattern = language.extra.get("age_description", "")
    age = re.compile(pattern, re.IGNORECASE) if pattern else None
    history: list[Cluster] = []
    quoted_ids: set[str] = set()
    assigned: list[Cluster | None] = []
    verb_cued: list[Cluster] = []
    for q in quotes:
        mention = q.speaker.mention
        cluster: Cluster | None = None
        if mention is not None:
            low = mention.text.lower().lstrip("-")
            # « celle-ci » is a pronoun that points at the last compatible
            # mention, as « cette dernière » does, not at the topic.
            if low in language.pronouns and not salience.is_latter(mention.text):
                # Agreeing with first names first, then, where nothing does,
                # with the text's words only (see ``Pronouns.agrees``).
                for strict in (True, False):
                    resolver.strict_names = strict
                    cluster = salience.pronoun(mention.start, mention.end, q.content)
                    if cluster is None:
                        cluster = resolver.resolve_pronoun(mention.start, mention.end, quoted_ids)
                    if cluster is None:
                        cluster = salience.nearest(mention.start, mention.end)
                    if cluster is not None:
                        break
                resolver.strict_names = True
            elif low in impersonal and _same_source_after(text, mention.end, same_source):
                # « indique-t-on de même source »: « on » hides the source the
                # formula after it points back at.
                cluster = resolver.source_noun_before(mention.start) or (
                    history[-1] if history else salience.impersonal(mention.start)
                )
            elif low in impersonal:
                cluster = salience.impersonal(mention.start)
            elif salience.is_latter(mention.text):
                cluster = salience.latter_of(mention.start, mention.end)
                if cluster is None:
                    cluster = resolver.resolve_mention(mention.start, mention.end)
            elif _same_source(mention.text, same_source):
                # « a ajouté la même source », « selon cette source »: news
                # formulas that point back at the last phrase built on
                # « source », else at the source last given a voice.
                cluster = resolver.source_noun_before(mention.start) or (
                    history[-1] if history else None
                )
                if cluster is None:
                    cluster = resolver.resolve_mention(mention.start, mention.end)
            elif age is not None and age.search(mention.text):
                # "The 54-year-old insisted …": the person last quoted or named.
                cluster = resolver.person_before(mention.start, history, mention.text)
                if cluster is None:
                    cluster = resolver.resolve_mention(mention.start, mention.end)
            else:
                cluster = resolver.resolve_mention(mention.start, mention.end)
            if cluster is not None:
                gender = cue_gender(doc, q, language.syntax)
                if gender and not cluster.gender:
                    cluster.gender = gender
                if low in language.pronouns:
                    g, n = language.pronouns[low]
                    cluster.gender = cluster.gender or (g if n == "Sing" else "")
                    cluster.number = cluster.number or n
        else:
            label = label_line(doc, q.content.start, language)
            cluster = resolver.resolve_mention(*label) if label else None
            if cluster is None:
                cluster = salience.lead_in(q.content.start)
            # The sentence before the quote speaks of someone else than the
            # last speaker (« X avait la même vision. « … » »): its subject.
            if cluster is None and not _attributed_before(doc, q, quotes[: len(assigned)]):
                cluster = salience.context(q.content.start)
                if cluster is not None and _named_inside(cluster, q.content.text):
                    # « Les voisins l'ont alertée. « Ce sont les voisins qui
                    # m'ont prévenue. » »: the words speak of that subject,
                    # so it is not their source; the paragraph's speaker is.
                    cluster = None
            if cluster is None and (verb_cued or history):
                # The paragraph goes on quoting the last speaker given a voice
                # by a verb (an adjunct's source is a report, not a voice).
                cluster = (verb_cued or history)[-1]
        assigned.append(cluster)
        if cluster is not None:
            history.append(cluster)
            quoted_ids.add(cluster.id)
            if q.cue is None or not is_adjunct(q.cue.text, adjuncts):
                verb_cued.append(cluster)
    # A quote before any speaker (a headline, "…, a court heard") with no
    # mention of its own is the next quoted speaker's: the article names
    # its source further down.
    # An adjunct's source (« selon les pompiers ») is a report, not a voice:
    # the words before it are the next voice's.
    following: Cluster | None = None
    for k in range(len(quotes) - 1, -1, -1):
        if assigned[k] is None and quotes[k].speaker.mention is None:
            assigned[k] = following
        elif assigned[k] is not None:
            cue = quotes[k].cue
            if cue is None or not is_adjunct(cue.text, adjuncts) or following is None:
                following = assigned[k]
    _echoes_and_intertitles(text, quotes, assigned)
    used: dict[str, Cluster] = {}
    for c in assigned:
        if c is not None:
            used.setdefault(c.id, c)
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for index, c in enumerate(used.values(), 1):
        ids[c.id] = f"e{index}"
        name = c.name
        aliases = tuple(
            a for a in dict.fromkeys(c.aliases) if a != name and a.lower() not in language.pronouns
        )
        entities.append(Entity(id=f"e{index}", name=name, type=c.kind, aliases=aliases))
    resolved = [
        replace(q, speaker=Speaker(name=c.name, entity=ids[c.id], mention=q.speaker.mention))
        if c is not None
        else q
        for q, c in zip(quotes, assigned, strict=True)
    ]
    return entities, resolved


#: Words a quote must hold for its echo in a later quote to tell its
#: source: a headline or an intertitle repeats a phrase of the body
#: (« « C'est le moment d'agir » » above « « …, c'est le moment d'agir,
#: a-t-il estimé » »); one or two words repeat by chance.
ECHO_WORDS = 3

#: Words an intertitle holds at most: one line of a news page (the
#: intertitles of the probe pages and the work split run 4 to 10 words).
INTERTITLE_WORDS = 15


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _echoes_and_intertitles(
    text: str, quotes: Sequence[Quote], assigned: list[Cluster | None]
) -> None:
    """A quote with no cue and no mention that a later quote repeats takes
    that quote's source (a headline or an intertitle echoes the body); one
    that stands as a paragraph of its own with no closing punctuation (an
    intertitle) takes the source of the next quote when that stands in the
    very next paragraph, the one it announces."""
    for k, q in enumerate(quotes):
        if q.cue is not None or q.speaker.mention is not None:
            continue
        own = _words(q.content.text)
        later = quotes[k + 1 :]
        if len(own.split()) >= ECHO_WORDS:
            j = next((i for i, o in enumerate(later) if own in _words(o.content.text)), None)
            if j is not None and assigned[k + 1 + j] is not None:
                assigned[k] = assigned[k + 1 + j]
                continue
        start, end = paragraph_bounds(text, q.content.start)
        alone = _words(text[start:end]) == own and 0 < len(own.split()) <= INTERTITLE_WORDS
        bare = not text[q.content.start : end].rstrip().rstrip("»”\"' ").endswith(tuple(".!?…:"))
        if not (alone and bare and later):
            continue
        nxt = later[0]
        gap = text[end : nxt.content.start]
        # The next quote stands in the very next paragraph.
        if "\n" in gap and "\n" not in gap.strip("\n \t") and assigned[k + 1] is not None:
            assigned[k] = assigned[k + 1]


def _named_inside(cluster: Cluster, content: str) -> bool:
    """A name or description of ``cluster`` ends on a word of ``content``:
    the quoted words speak of that source in the third person."""
    words = set(re.findall(r"\w+", content.lower()))
    for phrase in [*cluster.names, *cluster.descriptions]:
        last = re.findall(r"\w+", phrase.lower())[-1:]
        if last and len(last[0]) > 2 and last[0] in words:
            return True
    return False


def _same_source(mention: str, phrases: frozenset[str]) -> bool:
    """« la même source », « de même source »: a formula pointing back."""
    return " ".join(fold(mention).replace("'", " ").split()) in phrases


def _same_source_after(text: str, end: int, phrases: frozenset[str]) -> bool:
    """A formula pointing back right after ``end`` (« -t-on de même source »)."""
    after = " ".join(fold(text[end : end + 30]).replace("'", " ").split()).lstrip(" ,")
    return any(after.startswith(p) for p in phrases)


def _mended(text: str, bounds: tuple[int, int], media: frozenset[str]) -> tuple[int, int]:
    """« l'hebdomadaire « X » avance »: the title goes with its type noun;
    « Celle-ci »: the demonstrative whole."""
    start, end = demonstrative(text, *bounds)
    return start, titled_end(text, start, end, media)
