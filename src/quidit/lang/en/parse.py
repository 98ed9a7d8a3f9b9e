"""How the English pipelines label what the quote engine reads.

spaCy's English pipelines use the ClearNLP dependency labels of OntoNotes
(``nsubj``, ``nsubjpass``, ``dobj``, ``ccomp``, ``xcomp``, ``prep``/``pobj``,
``relcl``, ``compound`` …), not the Universal Dependencies labels of the
French ones (``nsubj:pass``, ``obj``, ``obl``/``case``, ``acl:relcl``,
``flat:name`` …), and their own entity labels (``PERSON``, ``GPE``).  These
tables name, per role the engine needs, the labels that fill it, so the
engine can read either language by role.  Checked on real parses of
en_core_web_sm 3.8.0 (``tests/lang/test_en_model.py``):

* "“…,” said Mayor Tom Reid." — the quote's head is ``ccomp`` of *said*;
  the subject ``nsubj`` stands after the verb; title and first name are
  ``compound`` of the surname.
* "Reid told reporters (that) …" — the addressee is ``dobj``, the content
  ``ccomp`` (with ``mark`` *that* or without).
* "According to the council, …" — *According* is ``prep`` of the main
  verb, *to* ``prep`` of *According*, the source ``pobj`` of *to*; the
  content is the main clause without that ``prep`` subtree.
* "Reid denied having lied", "claimed to have destroyed" — ``xcomp`` with
  ``aux`` *having* / *to*.
* "Police put the turnout at about 6,000" — ``dobj`` plus ``prep`` *at*.
* "…, adding that …" — ``advcl`` participle, subject of its head verb.
* "Tom Reid, who took office in May, said …" — the subject is ``nsubj``
  of *said* itself; the ``relcl`` hangs on it and is left out of the
  mention.
* "… said. “Nobody could move.”" — the second pair of marks is a sentence
  of its own with no cue: its speaker comes from context.
* "…, jury told" / "…, a court heard" — ``ccomp`` of *told*/*heard* whose
  ``nsubj`` is an audience noun (``cues.AUDIENCE_NOUNS``), not the speaker.
"""

from __future__ import annotations

from quidit.lang import SyntaxData

#: Engine role → English dependency labels (the roles of
#: ``quidit.lang.UD_DEPENDENCIES``, filled with ClearNLP labels).
DEPENDENCIES: dict[str, frozenset[str]] = {
    "subject": frozenset({"nsubj"}),
    "passive_subject": frozenset({"nsubjpass"}),
    "clausal_subject": frozenset({"csubj", "csubjpass"}),
    "auxiliary": frozenset({"aux", "auxpass"}),
    "passive_auxiliary": frozenset({"auxpass"}),
    # English has no reflexive clitics in the verb group.
    "reflexive": frozenset(),
    "negation": frozenset({"neg"}),
    "object": frozenset({"dobj"}),
    # Prepositional arguments are prep → pobj, read through "adposition".
    "oblique": frozenset(),
    "addressee": frozenset({"dobj", "dative"}),
    "clausal_complement": frozenset({"ccomp"}),
    "open_complement": frozenset({"xcomp"}),
    "participle_clause": frozenset({"advcl"}),
    "relative_clause": frozenset({"relcl"}),
    "clause_modifier": frozenset({"acl"}),
    "clause_marker": frozenset({"mark"}),
    "adposition": frozenset({"prep"}),
    "adposition_object": frozenset({"pobj", "pcomp"}),
    "agent": frozenset({"agent"}),
    "particle": frozenset({"prt"}),
    "name_part": frozenset({"compound"}),
    "apposition": frozenset({"appos"}),
    # A noun's prepositional phrase belongs to its mention ("a spokeswoman
    # for the ministry", "the Bank of Norland").
    "nominal_modifier": frozenset({"prep"}),
    "modifier": frozenset({"amod", "nummod", "poss", "det", "quantmod"}),
    "fixed": frozenset(),
    "coordination": frozenset({"conj"}),
    "coordinator": frozenset({"cc"}),
    "parataxis": frozenset({"parataxis"}),
}

#: Subordinators that open a content clause ("said that …", "asked whether …").
CONTENT_MARKERS = frozenset({"that", "whether", "if"})

#: spaCy English entity labels → quidit entity types.
ENTITY_TYPES: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "NORP": "GROUP",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

#: Entity labels that are numbers, never sources.
NUMERIC_ENTITIES = frozenset(
    {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"}
)

#: Relative pronouns: "X, who …, said" has X as its speaker.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

SYNTAX = SyntaxData(
    dependencies=DEPENDENCIES,
    entity_types=ENTITY_TYPES,
    complementisers=frozenset({"that"}),
    # "said the bridge would reopen": English drops "that" freely.
    bare_complements=True,
    subject_first_incises=True,
    # "so that", "now that", "given that", "provided that", "except that",
    # "such that" are conjunctions of their own.
    not_complementiser_after=frozenset({"so", "now", "given", "provided", "except", "such"}),
    relative_pronouns=RELATIVE_PRONOUNS,
    personal_relatives=frozenset({"who", "whom"}),
    infinitive_lead=frozenset({"not", "never", "also", "ever"}),
    infinitive_negation=frozenset({"not", "never"}),
    coordinators=frozenset({"and", "but"}),
    clause_adjunct_openers=frozenset({"without"}),
    adjunct_relatives=frozenset({"whom", "which"}),
    definite_articles=frozenset({"the"}),
    alias_markers=(
        r"nicknamed|dubbed|alias|a\.k\.a\.|known\s+as"
        r"|call(?:s|ing)\s+(?:itself|himself|herself|themselves)"
    ),
    self_description=r"\bdescribes\s+(?:himself|herself|itself|themselves)\s+as\b",
    # "he" and "she" are persons; "it" is a body, "they" either.
    personal_genders=frozenset({"Masc", "Fem"}),
)
