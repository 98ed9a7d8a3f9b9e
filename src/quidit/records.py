"""The records quidit produces, independent of spaCy.

Every record is a frozen dataclass whose spans carry character offsets
(Python code points, end exclusive) into the analysed text, so that
``text[span.start:span.end] == span.text`` always holds.  ``to_dict`` and
``from_dict`` speak the JSON of ``spec/output-format.md``; fields may be
added there, none may change meaning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
Qualifier = Literal["exact", "more_than", "at_least", "less_than", "at_most", "about"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
QUALIFIERS: tuple[str, ...] = ("exact", "more_than", "at_least", "less_than", "at_most", "about")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, as ingest hands it to the engine."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


#: Kinds of source (``spec/output-format.md``: ``entities[].kind``).
ENTITY_KINDS: tuple[str, ...] = (
    "person",
    "organisation",
    "government",
    "media",
    "document",
    "group",
)
GENDERS: tuple[str, ...] = ("female", "male", "unknown")


@dataclass(frozen=True, slots=True)
class Entity:
    """A source as the article names it: its canonical name and other names.

    ``kind``, ``anonymous``, ``gender`` and ``gender_evidence`` say who the
    source is (``extract/attributes.py``); ``kind`` is None on records
    written before they existed, and ``gender`` is None for non-persons.
    ``gender_evidence`` quotes the deciding words, or ``first name: X``.
    """

    id: str
    name: str
    type: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    anonymous: bool = False
    gender: str | None = None
    gender_evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
        }
        if self.kind is not None:
            d["kind"] = self.kind
            d["anonymous"] = self.anonymous
            d["gender"] = self.gender
            d["gender_evidence"] = self.gender_evidence
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], index: int = 0) -> Entity:
        return cls(
            id=str(d.get("id") or f"e{index + 1}"),
            name=str(d["name"]),
            type=d.get("type"),
            aliases=tuple(d.get("aliases") or ()),
            kind=d.get("kind"),
            anonymous=bool(d.get("anonymous") or False),
            gender=d.get("gender"),
            gender_evidence=d.get("gender_evidence"),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None = None
    entity: str | None = None
    mention: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity": self.entity,
            "mention": self.mention.to_dict() if self.mention else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> Speaker:
        if not d:
            return cls()
        mention = d.get("mention")
        return cls(
            name=d.get("name"),
            entity=d.get("entity"),
            mention=Span.from_dict(mention) if mention else None,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    type: str
    content: Span
    cue: Span | None
    speaker: Speaker
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict(),
        }
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], index: int = 0) -> Quote:
        cue = d.get("cue")
        return cls(
            id=str(d.get("id") or f"q{index + 1}"),
            type=str(d["type"]),
            content=Span.from_dict(d["content"]),
            cue=Span.from_dict(cue) if cue else None,
            speaker=Speaker.from_dict(d.get("speaker")),
            confidence=d.get("confidence"),
        )


#: Version of the fields this project adds to ``spec/output-format.md``
#: records (claim ``scope``, conflict ``scope``): ``schema/analysis.schema.json``.
SCHEMA_VERSION = "1.1"


@dataclass(frozen=True, slots=True)
class ClaimScope:
    """What a claim counts beyond its unit (issue 12; guidelines §5.3–4):
    the unit family, the place and event or period as the text words them,
    the side counted, whether it is a part of another count (« dont … »)
    and whether the text marks it as superseded (« un précédent bilan »)."""

    family: str | None = None
    place: str | None = None
    event: str | None = None
    group: str | None = None
    part_of: bool = False
    superseded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "place": self.place,
            "event": self.event,
            "group": self.group,
            "part_of": self.part_of,
            "superseded": self.superseded,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> ClaimScope | None:
        if not d:
            return None
        return cls(
            family=d.get("family"),
            place=d.get("place"),
            event=d.get("event"),
            group=d.get("group"),
            part_of=bool(d.get("part_of")),
            superseded=bool(d.get("superseded")),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    quote: str | None
    value: float
    qualifier: str
    unit: str | None
    span: Span
    source: str | None
    #: ``None`` where the scope was never read (records from elsewhere).
    scope: ClaimScope | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        d: dict[str, Any] = {
            "id": self.id,
            "quote": self.quote,
            "value": value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "span": self.span.to_dict(),
            "source": self.source,
        }
        if self.scope is not None:
            d["scope"] = self.scope.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], index: int = 0) -> Claim:
        span = d.get("span")
        return cls(
            id=str(d.get("id") or f"c{index + 1}"),
            quote=d.get("quote"),
            value=float(d["value"]),
            qualifier=str(d["qualifier"]),
            unit=d.get("unit"),
            span=Span.from_dict(span) if span else Span(0, 0, ""),
            source=d.get("source"),
            scope=ClaimScope.from_dict(d.get("scope")),
        )


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims of different sources that cannot both hold."""

    id: str
    family: str | None
    claims: tuple[str, ...]
    ratio: float | None
    #: Why the claims compare: the scope they share (place, event, group,
    #: part_of), each key only where the text gives it.
    scope: Mapping[str, Any] | None = field(default=None, hash=False)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "family": self.family,
            "claims": list(self.claims),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
        }
        if self.scope is not None:
            d["scope"] = dict(self.scope)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], index: int = 0) -> Conflict:
        scope = d.get("scope")
        return cls(
            id=str(d.get("id") or f"k{index + 1}"),
            family=d.get("family"),
            claims=tuple(d["claims"]),
            ratio=d.get("ratio"),
            scope=dict(scope) if isinstance(scope, Mapping) else None,
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """The ledger of one article: the record ``quidit analyze`` writes."""

    id: str
    lang: str
    text: str
    title: str | None = None
    url: str | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    #: Problems with the input that did not stop the analysis.
    warnings: tuple[str, ...] = ()
    #: Page metadata from ingest (author, date, site name …).
    meta: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "url": self.url,
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": [k.to_dict() for k in self.conflicts],
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if self.meta:
            d["meta"] = dict(self.meta)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Analysis:
        return cls(
            id=str(d["id"]),
            lang=str(d.get("lang") or ""),
            text=str(d["text"]),
            title=d.get("title"),
            url=d.get("url"),
            entities=_many(Entity, d.get("entities")),
            quotes=_many(Quote, d.get("quotes")),
            claims=_many(Claim, d.get("claims")),
            conflicts=_many(Conflict, d.get("conflicts")),
            warnings=tuple(d.get("warnings") or ()),
            meta=dict(d.get("meta") or {}),
        )


def _many(kind: Any, items: Sequence[Mapping[str, Any]] | None) -> tuple[Any, ...]:
    return tuple(kind.from_dict(item, i) for i, item in enumerate(items or ()))


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that could not be analysed, with the reason, for error files."""

    source: str
    reason: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Ledger:
    """What the engine finds in one parsed text (``doc._.quidit``)."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[str, ...] = ()
