"""Every inflected form of a French verb, to match cues by surface form.

The lemmatizer of the small and medium French pipelines misses many verb
forms of saying ("estime" → "estime", "précisant" → "précisant"), so cues
are matched by their written form.  Regular verbs are generated here;
irregular ones are listed in ``cues.IRREGULAR``.
"""

from __future__ import annotations

_ER_ENDINGS = (
    # présent, imparfait, passé simple, futur, conditionnel, subjonctif
    "e es ons ez ent ais ait ions iez aient ai as a âmes âtes èrent "
    "erai eras era erons erez eront erais erait erions eriez eraient "
    "asse asses ât assions assiez assent ant é ée és ées er"
).split()

_IR_ENDINGS = (
    "is it issons issez issent issais issait issions issiez issaient "
    "îmes îtes irent irai iras ira irons irez iront irais irait irions iriez "
    "iraient isse isses ît issant i ie ies ir"
).split()

_RE_ENDINGS = (
    "s ons ez ent ais ait ions iez aient is it îmes îtes irent rai ras ra rons "
    "rez ront rais rait rions riez raient e es ant u ue us ues re"
).split()


#: Consonant clusters that count as one consonant before a mute e
#: (« allègue », « célèbre », « intègre »).
_CLUSTERS = frozenset("br cr dr fr gr pr tr vr bl cl fl gl pl gu qu ch gn".split())


def _er_forms(lemma: str) -> set[str]:
    stem = lemma[:-2]
    forms = {stem + e for e in _ER_ENDINGS}
    # annoncer → annonçons, interroger → interrogeait: before a and o the
    # stem keeps its soft consonant.
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
        forms |= {soft + e for e in _ER_ENDINGS if e[0] in "aâo"}
    if stem.endswith("g"):
        forms |= {stem + "e" + e for e in _ER_ENDINGS if e[0] in "aâo"}
    # répéter → répète, rappeler → rappelle, jeter → jette: the stem
    # changes before a mute e (present singular and 3rd plural, subjunctive,
    # and for -eler/-eter the future too).
    mute = ("e", "es", "ent")
    future = tuple(e for e in _ER_ENDINGS if e.startswith("er") and e != "er")
    if len(stem) > 2 and stem[-2] in "é":
        changed = stem[:-2] + "è" + stem[-1]
        forms |= {changed + e for e in mute}
    elif len(stem) > 3 and stem[-3] == "é" and stem[-2:] in _CLUSTERS:
        # alléguer → allègue, célébrer → célèbre: é before a cluster
        changed = stem[:-3] + "è" + stem[-2:]
        forms |= {changed + e for e in mute}
    elif len(stem) > 2 and stem[-2] == "e" and stem[-1] in "lt":
        doubled = stem + stem[-1]
        forms |= {doubled + e for e in (*mute, *future)}
        # marteler → martèle, acheter → achète: some -eler/-eter verbs take
        # the grave accent instead (and the 1990 spelling allows it for
        # most); a form of the other pattern is no word, never read.
        changed = stem[:-2] + "è" + stem[-1]
        forms |= {changed + e for e in (*mute, *future)}
    elif len(stem) > 2 and stem[-2] == "e":
        changed = stem[:-2] + "è" + stem[-1]
        forms |= {changed + e for e in (*mute, *future)}
    if stem.endswith("y"):
        forms |= {stem[:-1] + "i" + e for e in (*mute, *future)}
    return forms


def regular_forms(lemma: str) -> set[str]:
    """All simple forms of a regular -er, -ir (2nd group) or -re verb."""
    if lemma.endswith("er"):
        return _er_forms(lemma)
    if lemma.endswith("ir"):
        stem = lemma[:-2]
        return {stem + e for e in _IR_ENDINGS}
    if lemma.endswith("re"):
        stem = lemma[:-2]
        return {stem + e for e in _RE_ENDINGS}
    return {lemma}
