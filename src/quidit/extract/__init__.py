"""Pure functions from a parsed Doc to records.

``analyze_doc`` runs the stages in order: quotes (direct, indirect, mixed)
with their cues and speaker mentions → speakers resolved to one entity each
→ who each source is (kind, gender) → numeric claims inside the quotes →
conflicts between claims.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quidit.extract.attributes import attribute_entities
from quidit.extract.claims import extract_claims
from quidit.extract.conflicts import find_conflicts
from quidit.extract.learned import find_learned, learned_model, merge, to_quotes
from quidit.extract.quotes import find_quotes
from quidit.extract.speaker_assign import resolve_speakers
from quidit.lang import LanguageData
from quidit.records import Ledger


def analyze_doc(doc: Doc, language: LanguageData) -> Ledger:
    found = find_quotes(doc, language)
    quotes = found.quotes
    # A language that ships a learned attribution model (English) adds what
    # the model finds to what the rules found (extract/learned.py).
    model = learned_model(language)
    if model is not None:
        quotes = merge(quotes, to_quotes(doc, find_learned(doc, model)), fill=True)
    entities, quotes = resolve_speakers(doc, quotes, language)
    entities = attribute_entities(doc, entities, quotes, language)
    claims = extract_claims(doc, quotes, language)
    conflicts = find_conflicts(claims, doc, language)
    return Ledger(
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        conflicts=tuple(conflicts),
        warnings=tuple(found.warnings),
    )
