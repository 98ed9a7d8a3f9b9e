"""Scoring predicted analysis records against gold, per ``spec/scoring.md``.

Every rule of the spec page has one function here, named after it:
:func:`trim` (rule 1), :func:`overlap` (rule 2), :func:`match_quotes`
(rule 3), :func:`names_agree` (rule 4), and :func:`score_article` counts
what rules 3–7 count.  Figures are ratios of those counts, summed over
articles for the totals (micro-averaged) and rounded to three decimals.

Pure functions over :mod:`quidit.records`; nothing here parses text.

The spec leaves four edge cases open; this module settles them so:

* precision, recall and F1 with an empty denominator are 0.0, except that
  an article with nothing predicted and nothing in gold scores 1.0 (there
  was nothing to find and nothing was made up);
* an accuracy over no items (no matched pair, no gold cue) is ``None``;
* ties in the greedy quote matching go to the earlier predicted quote, then
  the earlier gold quote, so the result does not depend on set ordering;
* claims are matched one to one as a maximum matching (the count of matched
  claims does not depend on the order claims are listed in).

Rule 4 compares names.  Gold without canonical names (PolNeAR has no
coreference: its speaker is the source as written, "he") is scored with
``speaker_by="mention"`` instead: a speaker is right when the predicted
mention span overlaps the gold mention span at all, or when both are null.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Literal

from quidit.errors import QuiditError
from quidit.records import Analysis, Claim, Entity, Quote, Span

#: How a matched pair's speaker is judged: by name (rule 4) or by mention span.
SpeakerBy = Literal["name", "mention"]
SPEAKER_BY: tuple[str, ...] = ("name", "mention")

#: Rule 3: quote matching thresholds, reported side by side.
LOOSE = 0.3
STRICT = 0.8

#: Rule 1: characters trimmed from both ends of a content span.  ``isspace``
#: covers U+00A0 and U+202F as well as ordinary whitespace.
TRIM_MARKS = frozenset("«»“”\"'‘’")
TRIM_PUNCTUATION = frozenset(".,;:!?—–-()[]")

#: Rule 4: articles and titles dropped from names, as they read after
#: lower-casing, accent removal and punctuation removal ("l'" → "l",
#: "M." → "m", "président(e)" → "president", "presidente").
DROPPED_WORDS = frozenset(
    {
        # articles
        *("le", "la", "les", "l", "the", "un", "une", "des", "de", "du", "d"),
        # titles
        *("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "general"),
        *("president", "presidente", "ministre", "minister", "sir"),
    }
)


class ScoringError(QuiditError):
    """Records that cannot be scored against each other."""


# -- rule 1 and 2: spans ----------------------------------------------------


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in TRIM_MARKS or ch in TRIM_PUNCTUATION


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Rule 1: ``(start, end)`` of ``text[start:end]`` without the marks,
    spaces and punctuation at its ends; an all-trimmed span becomes empty."""
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Rule 2: Jaccard overlap of two ``(start, end)`` character ranges."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


# -- rule 3: matching -------------------------------------------------------


def match_quotes(
    text: str, predicted: Sequence[Quote], gold: Sequence[Quote], threshold: float
) -> list[tuple[int, int, float]]:
    """Rule 3: greedy one-to-one matching of quotes whose trimmed contents
    overlap by at least ``threshold``; ``(predicted index, gold index,
    overlap)`` triples, highest overlap first."""
    pred_spans = [trim(text, q.content.start, q.content.end) for q in predicted]
    gold_spans = [trim(text, q.content.start, q.content.end) for q in gold]
    candidates = []
    for i, p in enumerate(pred_spans):
        for j, g in enumerate(gold_spans):
            o = overlap(p, g)
            if o >= threshold and o > 0:
                candidates.append((-o, i, j))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for neg, i, j in candidates:
        if i in used_pred or j in used_gold:
            continue
        used_pred.add(i)
        used_gold.add(j)
        pairs.append((i, j, -neg))
    return pairs


# -- rule 4: names ----------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def name_words(name: str) -> tuple[str, ...]:
    """Rule 4's normal form: lower-cased, accents and punctuation removed,
    articles and titles dropped.

    Punctuation becomes a word break rather than vanishing, so that elided
    articles split off ("l’armée" → "armee") and hyphenated names compare
    word by word ("Roussel-Gaudin" → "roussel gaudin").
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[^\w\s]|_", " ", bare).split()
    return tuple(w for w in words if w not in DROPPED_WORDS)


def _loose_form(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).lower())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def same_name(a: str, b: str) -> bool:
    """Rule 4 for two names: equal after normalisation, or one's word set
    inside the other's with the same last word.

    A name made only of dropped words ("le ministre") has no normal form;
    it agrees only with the same words (case and accents aside), so that
    "la ministre" and "le président" do not count as the same source.
    """
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return not wa and not wb and _loose_form(a) == _loose_form(b)
    if wa == wb:
        return True
    if wa[-1] != wb[-1]:
        return False
    sa, sb = set(wa), set(wb)
    return sa <= sb or sb <= sa


def gold_names(name: str, entity_id: str | None, entities: Sequence[Entity]) -> tuple[str, ...]:
    """The gold name and every alias of its entity: the entity named by
    ``entity_id``, else the entity whose name is ``name``."""
    entity = next((e for e in entities if entity_id is not None and e.id == entity_id), None)
    if entity is None:
        entity = next((e for e in entities if e.name == name), None)
    if entity is None:
        entity = next((e for e in entities if name_words(e.name) == name_words(name)), None)
    if entity is None:
        return (name,)
    return (name, entity.name, *entity.aliases)


def names_agree(
    predicted: str | None,
    gold: str | None,
    gold_entity: str | None = None,
    entities: Sequence[Entity] = (),
) -> bool:
    """Rule 4: both null, or the predicted name agrees with the gold name
    or one of the gold entity's aliases."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return any(same_name(predicted, g) for g in gold_names(gold, gold_entity, entities))


def mentions_agree(predicted: Span | None, gold: Span | None) -> bool:
    """Speakers by mention: both null, or the two spans share a character."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return predicted.overlaps(gold)


def speaker_right(p: Quote, g: Quote, entities: Sequence[Entity], by: SpeakerBy) -> bool:
    """The verdict on a matched pair's speaker, by name (rule 4) or by mention."""
    if by == "mention":
        return mentions_agree(p.speaker.mention, g.speaker.mention)
    return names_agree(p.speaker.name, g.speaker.name, g.speaker.entity, entities)


# -- rule 7: claims ---------------------------------------------------------


def _claims_agree(p: Claim, g: Claim, entities: Sequence[Entity]) -> bool:
    return math.isclose(p.value, g.value, rel_tol=1e-9, abs_tol=1e-12) and names_agree(
        p.source, g.source, None, entities
    )


def match_claims(
    predicted: Sequence[Claim], gold: Sequence[Claim], entities: Sequence[Entity]
) -> list[tuple[int, int]]:
    """Rule 7: a maximum one-to-one matching of claims with equal values and
    agreeing sources; ``(predicted index, gold index)`` pairs.

    Candidates are tried nearest span first, so the pairs shown in error
    listings are the natural ones.
    """
    options: list[list[int]] = []
    for p in predicted:
        ok = [
            (abs(g.span.start - p.span.start), j)
            for j, g in enumerate(gold)
            if _claims_agree(p, g, entities)
        ]
        options.append([j for _, j in sorted(ok)])
    owner: dict[int, int] = {}  # gold index → predicted index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# -- counting ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    """What rules 3–7 count in one article, or summed over many."""

    quotes_predicted: int = 0
    quotes_gold: int = 0
    matched_loose: int = 0
    matched_strict: int = 0
    speaker_right: int = 0
    type_right: int = 0
    cue_gold: int = 0
    cue_right: int = 0
    claims_predicted: int = 0
    claims_gold: int = 0
    claims_matched: int = 0
    #: Conflict scoring (see :func:`score_conflicts`): articles whose gold
    #: conflict pairs were given, predicted pairs there, gold pairs, predicted
    #: pairs that are right, gold pairs found.
    conflict_articles: int = 0
    conflicts_predicted: int = 0
    conflicts_gold: int = 0
    conflicts_right: int = 0
    conflicts_found: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def to_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def prf(found: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (see the module notes on empty denominators)."""
    if predicted == 0 and gold == 0:
        return 1.0, 1.0, 1.0
    p = found / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _accuracy(right: int, total: int) -> float | None:
    return right / total if total else None


#: Figure names, in the order reports show them.  "@0.3"/"@0.8" are the
#: rule 3 thresholds; e2e is rule 5.
FIGURES = (
    "e2e_f1",
    "e2e_p",
    "e2e_r",
    "quote_f1@0.3",
    "quote_p@0.3",
    "quote_r@0.3",
    "quote_f1@0.8",
    "quote_p@0.8",
    "quote_r@0.8",
    "speaker_accuracy",
    "type_accuracy",
    "cue_accuracy",
    "claim_f1",
    "claim_p",
    "claim_r",
    "conflict_f1",
    "conflict_p",
    "conflict_r",
)


def figures(c: Counts) -> dict[str, float | None]:
    """All figures of ``scoring.md`` from counts, to three decimals."""
    out: dict[str, float | None] = {}
    # Rule 5: an end-to-end hit is a pair matched at t = 0.3 whose speaker is right.
    out["e2e_p"], out["e2e_r"], out["e2e_f1"] = prf(
        c.speaker_right, c.quotes_predicted, c.quotes_gold
    )
    for t, found in ((LOOSE, c.matched_loose), (STRICT, c.matched_strict)):
        p, r, f = prf(found, c.quotes_predicted, c.quotes_gold)
        out[f"quote_p@{t}"], out[f"quote_r@{t}"], out[f"quote_f1@{t}"] = p, r, f
    out["speaker_accuracy"] = _accuracy(c.speaker_right, c.matched_loose)
    out["type_accuracy"] = _accuracy(c.type_right, c.matched_loose)
    out["cue_accuracy"] = _accuracy(c.cue_right, c.cue_gold)
    out["claim_p"], out["claim_r"], out["claim_f1"] = prf(
        c.claims_matched, c.claims_predicted, c.claims_gold
    )
    if c.conflict_articles:
        p = c.conflicts_right / c.conflicts_predicted if c.conflicts_predicted else 0.0
        r = c.conflicts_found / c.conflicts_gold if c.conflicts_gold else 0.0
        if not c.conflicts_predicted and not c.conflicts_gold:
            p = r = 1.0
        out["conflict_p"], out["conflict_r"] = p, r
        out["conflict_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    else:  # no gold conflict pairs were given: nothing to score
        out["conflict_p"] = out["conflict_r"] = out["conflict_f1"] = None
    return {k: _round(out[k]) for k in FIGURES}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


# -- one article ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A predicted and a gold quote matched at t = 0.3, with the verdicts."""

    predicted: Quote
    gold: Quote
    overlap: float
    speaker_right: bool
    type_right: bool
    #: ``None`` when the gold quote has no cue.
    cue_right: bool | None


@dataclass(frozen=True, slots=True)
class ArticleScore:
    id: str
    counts: Counts
    pairs: tuple[QuotePair, ...] = ()
    missed: tuple[Quote, ...] = ()
    spurious: tuple[Quote, ...] = ()
    claims_missed: tuple[Claim, ...] = ()
    claims_spurious: tuple[Claim, ...] = ()
    #: Predicted conflicts judged wrong, and gold pairs not found (claim ids).
    conflicts_spurious: tuple[tuple[str, str], ...] = ()
    conflicts_missed: tuple[tuple[str, str], ...] = ()
    #: False when no prediction was given for this gold record.
    predicted: bool = True

    @property
    def figures(self) -> dict[str, float | None]:
        return figures(self.counts)


def score_conflicts(
    predicted: Analysis,
    gold: Analysis,
    claim_pairs: Sequence[tuple[int, int]],
    gold_pairs: Iterable[Sequence[str]],
) -> tuple[Counts, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """Conflict precision and recall of one article (issue 12).

    Each side of a predicted conflict maps to the gold claim rule 7 matched
    it to (same value, agreeing source, one to one); the predicted pair is
    right when those two gold claims form a gold pair.  A gold pair is found
    when some predicted pair maps to it.  Returns the counts, the wrong
    predicted pairs and the gold pairs missed.
    """
    wanted = {frozenset(p) for p in gold_pairs if len(set(p)) == 2}
    to_gold = {predicted.claims[i].id: gold.claims[j].id for i, j in claim_pairs}
    by_id = {c.id: c for c in predicted.claims}

    def shown(cid: str) -> str:
        c = by_id.get(cid)
        return cid if c is None else f"{cid} {c.value:g} {c.source!r}"

    right = 0
    found: set[frozenset[str]] = set()
    spurious: list[tuple[str, str]] = []
    for k in predicted.conflicts:
        if len(k.claims) != 2:
            continue
        a, b = (to_gold.get(c) for c in k.claims)
        pair: frozenset[str] = frozenset((a, b)) if a and b else frozenset()
        if pair in wanted:
            right += 1
            found.add(pair)
        else:
            spurious.append((shown(k.claims[0]), shown(k.claims[1])))
    predicted_pairs = sum(len(k.claims) == 2 for k in predicted.conflicts)
    counts = Counts(
        conflict_articles=1,
        conflicts_predicted=predicted_pairs,
        conflicts_gold=len(wanted),
        conflicts_right=right,
        conflicts_found=len(found),
    )
    missed = tuple(sorted((min(p), max(p)) for p in wanted - found))
    return counts, tuple(spurious), missed


def score_article(
    predicted: Analysis | None,
    gold: Analysis,
    conflicts: Iterable[Sequence[str]] | None = None,
    speaker_by: SpeakerBy = "name",
) -> ArticleScore:
    """Score one prediction against its gold record (``None``: predicted nothing).

    ``conflicts``: the article's gold conflict pairs (claim ids), when the
    gold gives them (gold records do not carry conflicts: ``conflicts.jsonl``
    beside them does); ``None`` leaves conflicts unscored.  ``speaker_by``:
    speakers judged by name (rule 4) or by mention span ("mention").
    """
    if speaker_by not in SPEAKER_BY:
        raise ScoringError(f"unknown speaker_by {speaker_by!r}; valid: {', '.join(SPEAKER_BY)}")
    if predicted is None:
        empty = Analysis(id=gold.id, lang=gold.lang, text=gold.text)
        return replace(score_article(empty, gold, conflicts, speaker_by), predicted=False)
    if predicted.text != gold.text:
        raise ScoringError(
            f"record {gold.id!r}: predicted text differs from gold text "
            f"(at character {_first_difference(predicted.text, gold.text)}); "
            "offsets are not comparable"
        )
    text = gold.text
    pq, gq = predicted.quotes, gold.quotes
    loose = match_quotes(text, pq, gq, LOOSE)
    strict = match_quotes(text, pq, gq, STRICT)
    pairs = []
    for i, j, o in loose:
        p, g = pq[i], gq[j]
        cue_right = None
        if g.cue is not None:
            cue_right = p.cue is not None and p.cue.overlaps(g.cue)
        pairs.append(
            QuotePair(
                predicted=p,
                gold=g,
                overlap=o,
                speaker_right=speaker_right(p, g, gold.entities, speaker_by),
                type_right=p.type == g.type,
                cue_right=cue_right,
            )
        )
    matched_pred = {i for i, _, _ in loose}
    matched_gold = {j for _, j, _ in loose}
    claim_pairs = match_claims(predicted.claims, gold.claims, gold.entities)
    claimed_pred = {i for i, _ in claim_pairs}
    claimed_gold = {j for _, j in claim_pairs}
    counts = Counts(
        quotes_predicted=len(pq),
        quotes_gold=len(gq),
        matched_loose=len(loose),
        matched_strict=len(strict),
        speaker_right=sum(p.speaker_right for p in pairs),
        type_right=sum(p.type_right for p in pairs),
        cue_gold=sum(p.cue_right is not None for p in pairs),
        cue_right=sum(p.cue_right is True for p in pairs),
        claims_predicted=len(predicted.claims),
        claims_gold=len(gold.claims),
        claims_matched=len(claim_pairs),
    )
    k_spurious: tuple[tuple[str, str], ...] = ()
    k_missed: tuple[tuple[str, str], ...] = ()
    if conflicts is not None:
        k_counts, k_spurious, k_missed = score_conflicts(predicted, gold, claim_pairs, conflicts)
        counts = counts + k_counts
    return ArticleScore(
        id=gold.id,
        counts=counts,
        pairs=tuple(sorted(pairs, key=lambda p: p.gold.content.start)),
        missed=tuple(q for j, q in enumerate(gq) if j not in matched_gold),
        spurious=tuple(q for i, q in enumerate(pq) if i not in matched_pred),
        claims_missed=tuple(c for j, c in enumerate(gold.claims) if j not in claimed_gold),
        claims_spurious=tuple(c for i, c in enumerate(predicted.claims) if i not in claimed_pred),
        conflicts_spurious=k_spurious,
        conflicts_missed=k_missed,
    )


def _first_difference(a: str, b: str) -> int:
    for n, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return n
    return min(len(a), len(b))


# -- many articles ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Report:
    """Scores of every gold article, in gold order, and their sum."""

    articles: tuple[ArticleScore, ...]
    #: Ids of predictions with no gold record (not scored).
    unscored: tuple[str, ...] = ()
    totals: Counts = field(default_factory=Counts)

    @property
    def figures(self) -> dict[str, float | None]:
        return figures(self.totals)

    def article(self, id: str) -> ArticleScore:
        for a in self.articles:
            if a.id == id:
                return a
        raise KeyError(id)


def _index(records: Iterable[Analysis], what: str) -> dict[str, Analysis]:
    out: dict[str, Analysis] = {}
    for r in records:
        if r.id in out:
            raise ScoringError(f"{what} records hold id {r.id!r} twice")
        out[r.id] = r
    return out


def score(
    predicted: Iterable[Analysis],
    gold: Iterable[Analysis],
    conflicts: Mapping[str, Sequence[Sequence[str]]] | None = None,
    speaker_by: SpeakerBy = "name",
) -> Report:
    """Score predictions against gold, pairing records by id.

    ``conflicts`` maps article ids to their gold conflict pairs; when given,
    every gold article is scored for conflicts (an article it does not name
    has none).  Speakers are judged by name (rule 4) or, with
    ``speaker_by="mention"``, by mention span.
    """
    gold_by_id = _index(gold, "gold")
    pred_by_id = _index(predicted, "predicted")
    articles = tuple(
        score_article(
            pred_by_id.get(i),
            g,
            None if conflicts is None else conflicts.get(i, ()),
            speaker_by,
        )
        for i, g in gold_by_id.items()
    )
    totals = sum((a.counts for a in articles), Counts())
    unscored = tuple(i for i in pred_by_id if i not in gold_by_id)
    return Report(articles=articles, unscored=unscored, totals=totals)


def score_dicts(
    predicted: Iterable[Mapping[str, object]],
    gold: Iterable[Mapping[str, object]],
    conflicts: Mapping[str, Sequence[Sequence[str]]] | None = None,
    speaker_by: SpeakerBy = "name",
) -> Report:
    """:func:`score` over JSON objects as read from JSON Lines files."""
    return score(
        (Analysis.from_dict(d) for d in predicted),
        (Analysis.from_dict(d) for d in gold),
        conflicts,
        speaker_by,
    )


def read_conflict_pairs(lines: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """Gold conflict pairs from ``conflicts.jsonl`` lines
    (``{"article": id, "claims": [a, b], ...}``), by article."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        if not line.strip():
            continue
        d = json.loads(line)
        a, b = d["claims"]
        out.setdefault(str(d["article"]), []).append((str(a), str(b)))
    return out
