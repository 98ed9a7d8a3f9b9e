"""Hand-built analysis records over invented French text, for store, API
and web tests: offsets are computed from the text, so they are exact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quidit.records import Analysis, Claim, Conflict, Entity, Quote, Span, Speaker


@dataclass
class Q:
    content: str
    speaker: str | None
    cue: str | None = None
    mention: str | None = None
    type: str = "direct"
    confidence: float | None = 0.9


@dataclass
class C:
    quote: int  # index into the record's quotes
    words: str
    value: float
    unit: str
    qualifier: str = "exact"


@dataclass
class E:
    name: str
    aliases: Sequence[str] = ()
    type: str | None = "PER"


@dataclass
class Rec:
    id: str
    text: str
    entities: Sequence[E] = ()
    quotes: Sequence[Q] = ()
    claims: Sequence[C] = ()
    conflicts: Sequence[tuple[int, int]] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    title: str | None = None
    lang: str = "fr"


def span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece), piece)


def build(rec: Rec) -> Analysis:
    text = rec.text
    entities = [
        Entity(f"e{i + 1}", e.name, e.type, tuple(e.aliases)) for i, e in enumerate(rec.entities)
    ]
    by_name = {e.name: e.id for e in entities}
    quotes = []
    for i, q in enumerate(rec.quotes):
        content = span(text, q.content)
        quotes.append(
            Quote(
                id=f"q{i + 1}",
                type=q.type,
                content=content,
                cue=span(text, q.cue) if q.cue else None,
                speaker=Speaker(
                    q.speaker,
                    by_name.get(q.speaker or ""),
                    span(text, q.mention) if q.mention else None,
                ),
                confidence=q.confidence,
            )
        )
    claims = []
    for i, c in enumerate(rec.claims):
        q = quotes[c.quote]
        claims.append(
            Claim(
                id=f"c{i + 1}",
                quote=q.id,
                value=c.value,
                qualifier=c.qualifier,
                unit=c.unit,
                span=span(text, c.words, q.content.start),
                source=q.speaker.name,
            )
        )
    conflicts = []
    for i, (a, b) in enumerate(rec.conflicts):
        va, vb = claims[a].value, claims[b].value
        conflicts.append(
            Conflict(f"k{i + 1}", "killed", (claims[a].id, claims[b].id), max(va, vb) / min(va, vb))
        )
    return Analysis(
        id=rec.id,
        lang=rec.lang,
        text=text,
        title=rec.title if rec.title is not None else text.split("\n", 1)[0],
        url=rec.url,
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        conflicts=tuple(conflicts),
        meta=rec.meta,
    )


# Invented people and places.
FLOOD = Rec(
    id="crue-vernay",
    text=(
        "Crue à Vernay-sur-Lys : trois morts selon la préfecture\n\n"
        "« Nous avons évacué tout le quartier », a déclaré la préfète Odile Carrasco. "
        "Selon elle, trois personnes sont mortes.\n\n"
        "Le maire, Bastien Ferrandou, affirme que cinq habitants ont péri. "
        "« La digue a cédé à l’aube », a ajouté M. Ferrandou."
    ),
    entities=[
        E("Odile Carrasco", ["la préfète Odile Carrasco", "elle", "Carrasco"]),
        E("Bastien Ferrandou", ["M. Ferrandou", "Le maire", "Ferrandou"]),
    ],
    quotes=[
        Q(
            "Nous avons évacué tout le quartier",
            "Odile Carrasco",
            "a déclaré",
            "la préfète Odile Carrasco",
        ),
        Q("trois personnes sont mortes", "Odile Carrasco", "Selon", "elle", type="indirect"),
        Q(
            "cinq habitants ont péri",
            "Bastien Ferrandou",
            "affirme",
            "Le maire, Bastien Ferrandou",
            type="indirect",
        ),
        Q("La digue a cédé à l’aube", "Bastien Ferrandou", "a ajouté", "M. Ferrandou"),
    ],
    claims=[C(1, "trois", 3, "mort"), C(2, "cinq", 5, "mort")],
    conflicts=[(0, 1)],
    meta={
        "sitename": "Le Courrier de Vernay",
        "date": "2024-03-14T08:00:00",
        "author": "Inès Moal",
    },
    url="https://courrier-vernay.example/crue",
)

FOLLOW_UP = Rec(
    id="crue-vernay-suite",
    text=(
        "Vernay-sur-Lys : le bilan s’alourdit\n\n"
        "« Six corps ont été retrouvés », a annoncé la préfète, Mme Odile CARRASCO, jeudi. "
        "Le maire, Bastien Ferrandou, dit que la digue « n’avait jamais été entretenue »."
    ),
    entities=[
        E("Odile CARRASCO", ["la préfète", "Mme Odile CARRASCO"]),
        E("Bastien Ferrandou", ["Le maire"]),
    ],
    quotes=[
        Q("Six corps ont été retrouvés", "Odile CARRASCO", "a annoncé", "Mme Odile CARRASCO"),
        Q(
            "n’avait jamais été entretenue",
            "Bastien Ferrandou",
            "dit",
            "Bastien Ferrandou",
            type="mixed",
        ),
    ],
    claims=[C(0, "Six", 6, "mort")],
    meta={"sitename": "Gazette du Lys", "date": "2024-04-02"},
    url="https://gazette-lys.example/bilan",
)

XSS_TEXT = (
    "Titre <script>window.__pwned = 1</script> piégé\n\n"
    '« <img src=x onerror="window.__pwned = 2"> est une image », a dit '
    '<b onmouseover="window.__pwned=3">Jean Piège</b>. '
    'Voir javascript:window.__pwned=4 et <a href="javascript:window.__pwned=5">ce lien</a>.'
)

XSS = Rec(
    id="xss-<script>",
    text=XSS_TEXT,
    title="<script>window.__pwned = 6</script>Titre",
    url="javascript:window.__pwned=7",
    entities=[E('<b onmouseover="window.__pwned=3">Jean Piège</b>', ['Jean "Piège" <i>'])],
    quotes=[
        Q(
            '<img src=x onerror="window.__pwned = 2"> est une image',
            '<b onmouseover="window.__pwned=3">Jean Piège</b>',
            "a dit",
            '<b onmouseover="window.__pwned=3">Jean Piège</b>',
        )
    ],
    meta={"sitename": "<svg onload=window.__pwned=8>", "date": "2024-05-01"},
)
