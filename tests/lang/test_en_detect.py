"""Language detection between French and English (``quidit.lang.detect_language``).

Sentences are invented for these tests.  Detection reads stopwords only, so
it must never pick the wrong language; on texts too short to tell it may
say "unsure" (None), and the service then falls back to French with a
warning.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quidit.lang import detect_language

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = [
    "The harbour authority said on Monday that the ferry would not sail until the storm "
    "had passed, and that all 212 passengers had been offered a hotel room.",
    "“We have been waiting for this bridge for twenty years,” said Alma Pryor, who runs "
    "the bakery on Mill Street. “Nobody believes the council any more.”",
    "According to the organisers, more than 8,000 people joined the march; police put "
    "the figure at about 3,500.",
    "Shares in Corvel Foods fell 6.2 percent after the company warned that profits "
    "would be lower than expected this year.",
    "Council says it will reopen the swimming pool in the spring",
    "Two dozen firefighters were sent to the blaze, which started in a warehouse.",
]

FRENCH = [
    "La préfecture a indiqué lundi que le bac ne reprendrait pas son service avant la fin "
    "de la tempête, et que les 212 passagers avaient été relogés.",
    "« Nous attendons ce pont depuis vingt ans », a déclaré Alma Pryor, qui tient la "
    "boulangerie de la rue du Moulin. « Plus personne ne croit la mairie. »",
    "Selon les organisateurs, plus de 8 000 personnes ont défilé ; la police en a compté "
    "environ 3 500.",
    "L’action Corvel Foods a reculé de 6,2 % après que le groupe a prévenu que ses "
    "bénéfices seraient inférieurs aux attentes cette année.",
    "La mairie assure que la piscine rouvrira au printemps, selon le maire",
    "Une vingtaine de pompiers ont été dépêchés sur l’incendie, qui a pris dans un entrepôt.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_english(text: str) -> None:
    assert detect_language(text)[0] == "en"


@pytest.mark.parametrize("text", FRENCH)
def test_french_is_french(text: str) -> None:
    assert detect_language(text)[0] == "fr"


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # Numbers and names only: nothing to tell, so no guess.
        ("4,300 / 12,000 — 64.2% — 1.28", {None}),
        ("Dunmere 6,000; Lissendale 640; Velsk 70", {None}),
        # Short English headlines with a figure: English or unsure, never French.
        ("Velsk: 70 killed, army says", {"en", None}),
        ("Turnout 64% says commission", {"en", None}),
        # Short French headlines with a figure: French or unsure, never English.
        ("Velsk : 70 tués selon l'armée", {"fr", None}),
        ("Participation : 64 % selon la commission", {"fr", None}),
    ],
)
def test_short_or_numeric_texts_never_get_the_wrong_language(
    text: str, allowed: set[str | None]
) -> None:
    assert detect_language(text)[0] in allowed


@pytest.mark.parametrize(
    "text",
    [
        # English words inside French copy (a quoted name, an English term).
        "« C’est du grand n’importe quoi », a lancé le patron de The Daily Grind, qui "
        "dénonce une opération « made in London » selon ses propres mots.",
        # French words inside English copy.
        "The minister, speaking in French, said the plan was a “fait accompli” and that "
        "the raison d’être of the agency had gone.",
    ],
)
def test_borrowed_words_do_not_flip_the_language(text: str) -> None:
    expected = "fr" if text.startswith("«") else "en"
    assert detect_language(text)[0] == expected


def test_whole_dev_sets_are_detected() -> None:
    records = [ROOT / "data" / "dev-en" / "dev-en.jsonl"]
    french = ROOT.parent / "shared" / "data" / "dev" / "dev.jsonl"
    if french.exists():
        records.append(french)
    for path in records:
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            assert detect_language(record["text"])[0] == record["lang"], record["id"]


def test_short_headlines_are_detected() -> None:
    # Fewer than three stopwords, all of one language (the elided « l’ »
    # counts as a word of its own).
    headlines = {
        "Hackers claim theft of 2 million records from Harbour Metro": "en",
        "Former mayor denies taking bribes from contractor": "en",
        "Crue : les sinistrés dénoncent l’oubli de l’État": "fr",
    }
    assert {h: detect_language(h)[0] for h in headlines} == headlines
