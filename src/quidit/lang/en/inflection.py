"""Every inflected form of an English verb, to match cues by surface form.

English verbs have four simple forms besides the base (says, said,
saying, and the past participle, which for regular verbs is the past).
spaCy's English lemmatizer is good, but headline forms ("says", "warns")
are often tagged as plural nouns, so cues are matched by their written
form like the French ones.  Regular verbs are generated here; irregular
ones are listed in ``cues.IRREGULAR``.

Spelling rules from *The Cambridge Grammar of the English Language*
(Huddleston & Pullum, 2002, ch. 18 §2): -s/-es, -ed/-d, y → ie, and the
doubled final consonant of stressed closed syllables (admit → admitted),
which cannot be told from spelling and so is listed in ``DOUBLED``.
"""

from __future__ import annotations

_VOWELS = set("aeiou")

#: Verbs whose final consonant doubles before -ed and -ing (stress on the
#: last syllable, or one-syllable consonant-vowel-consonant words).
DOUBLED = frozenset(
    """
    admit commit submit omit permit regret rebut refer prefer confer defer
    infer deter plan stop quip snap chat jot drop blog vet shrug nod beg
    spot slam scrap ban bar stir
    """.split()
)


def regular_forms(lemma: str) -> set[str]:
    """Base, third person singular, past (= past participle) and -ing form."""
    forms = {lemma}
    if lemma in DOUBLED:
        stem = lemma + lemma[-1]
        return forms | {lemma + "s", stem + "ed", stem + "ing"}
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return forms | {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("ee"):
        return forms | {lemma + "s", lemma + "d", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return forms | {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return forms | {lemma + "es", lemma + "ed", lemma + "ing"}
    return forms | {lemma + "s", lemma + "ed", lemma + "ing"}
