"""Direct quotes of French news copy (own sentences): incises the parser
misreads, quotes with no cue of their own, headlines, pairs that share a
cue; with hard negatives (titles, names, terms in marks)."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def run(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    return analyzer.analyze(Article(id="t", text=text))


def directs(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    a = run(analyzer, text)
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name)
        for q in a.quotes
        if q.type == "direct"
    ]


# Incises after the marks whose inverted subject the parser misreads.
INCISES = [
    # a nominalised adjective as subject (tagged ADJ)
    (
        "Les pompiers sont intervenus vers midi. « J’ai cru que le toit allait tomber », "
        "a confié une sexagénaire qui habite le quartier.",
        ("J’ai cru que le toit allait tomber", "a confié", "une sexagénaire"),
    ),
    # a prepositional adjunct of the verb before the subject
    (
        "« Nous ne laisserons pas faire cette fermeture », a déclaré à la presse un délégué "
        "du syndicat des cheminots.",
        ("Nous ne laisserons pas faire cette fermeture", "a déclaré", "un délégué"),
    ),
    # an adverbial between the auxiliary and the participle
    (
        "« Les chiffres du chômage restent trop élevés », a pour sa part souligné Hélène "
        "Carvalho, économiste à la banque Ravel.",
        ("Les chiffres du chômage restent trop élevés", "souligné", "Hélène Carvalho"),
    ),
    (
        "« Ce budget ne tient pas debout », a de son côté estimé le chef de file des "
        "écologistes, Bastien Ollier.",
        ("Ce budget ne tient pas debout", "estimé", "Bastien Ollier"),
    ),
    # the comma inside the closing mark
    (
        '"Nous avons perdu le fil du match après la pause," a reconnu l\'entraîneur de Brézac '
        "en conférence de presse.",
        ("Nous avons perdu le fil du match après la pause,", "a reconnu", "l'entraîneur"),
    ),
    # no comma, but a whole clause in the marks
    (
        "« Jamais nous n’avions vu autant de monde sur la place » a affirmé un responsable "
        "de la mairie.",
        ("Jamais nous n’avions vu autant de monde sur la place", "a affirmé", "un responsable"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCISES)
def test_incise_after_marks(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directs(analyzer, text)
    assert found, text
    content, cue, speaker = found[0]
    assert content.rstrip(",") == expected[0].rstrip(",")
    assert cue is not None and expected[1] in cue
    assert speaker is not None and expected[2].lower() in speaker.lower()


INCISE_NEGATIVES = [
    # a title in marks as the subject, no comma: not a quote
    "« Les Vents du nord » a attiré 40 000 spectateurs en une semaine.",
    # a name in marks before a passive
    "L’opération « Rempart d’hiver » avait été annoncée par le ministère.",
]


@pytest.mark.parametrize("text", INCISE_NEGATIVES)
def test_incise_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []


# Quotes with no cue of their own: the context, a colon or a label gives
# the source.
CONTEXT = [
    # a whole sentence in marks after the speaker's last quote: the quoted
    # sentence ends inside the marks, the paragraph goes on
    (
        "« Le dossier avance », a assuré la maire, Odile Brancas. « Nous signerons avant "
        "l’été. Les travaux suivront. » Le conseil votera en juin.",
        ("Nous signerons avant l’été. Les travaux suivront.", None, "Odile Brancas"),
    ),
    # a label before a colon at the head of a sentence
    (
        "Le match s’est joué dans les dernières minutes. Marchetti : « Nous avons "
        "manqué de lucidité, il faudra vite se reprendre. »",
        ("Nous avons manqué de lucidité, il faudra vite se reprendre.", None, "Marchetti"),
    ),
    # a colon after a sentence with a cue far from it
    (
        "Yann Kerouac a proposé que la région finance davantage les petites lignes de "
        "train : « Sans elles, nos villages meurent en silence. »",
        ("Sans elles, nos villages meurent en silence.", "a proposé", "Yann Kerouac"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_quote_from_context(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directs(analyzer, text)
    assert any(
        content.rstrip(".") == expected[0].rstrip(".")
        and (expected[1] is None or (cue is not None and expected[1] in cue))
        and speaker is not None
        and expected[2] in speaker
        for content, cue, speaker in found
    ), found


HEADLINES = [
    # a name and the quotation, no colon
    (
        "Lina Ferrand « Nous irons jusqu’au bout de cette réforme »\n\nLa ministre a parlé "
        "mardi devant les députés.",
        ("Nous irons jusqu’au bout de cette réforme", "Lina Ferrand"),
    ),
    # the quotation, then the name after a comma
    (
        "« Le barrage ne sera pas construit », Marc Delorme\n\nLe projet divise la vallée "
        "depuis des années.",
        ("Le barrage ne sera pas construit", "Marc Delorme"),
    ),
    # a quoted clause opening a paragraph, a colon, then its source's clause
    (
        "« Nous avons tout perdu en une nuit » : la Fédération des viticulteurs réclame une "
        "aide d’urgence. Les orages ont détruit les vignes.",
        ("Nous avons tout perdu en une nuit", "la Fédération des viticulteurs"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_labels(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directs(analyzer, text)
    assert any(
        content == expected[0] and speaker is not None and expected[1].lower() in speaker.lower()
        for content, _, speaker in found
    ), found


LABEL_NEGATIVES = [
    # a title in marks before a colon and a clause: no quote
    "« Les Vents du nord » : le film a attiré 40 000 spectateurs en une semaine.",
    # a scare-quoted term in a sentence, no speaker, no clause
    "Le quartier reste une « zone blanche » pour les médecins.",
]


@pytest.mark.parametrize("text", LABEL_NEGATIVES)
def test_label_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []


# Several pairs, one attribution.
def test_pairs_joined_before_one_incise(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Le chantier est lancé, il finira en mai », et « aucun commerce ne fermera "
        "pendant les travaux », a-t-il ajouté devant les riverains. Le maire, Hugo Serres, "
        "est resté une heure."
    )
    found = directs(analyzer, text)
    contents = [c for c, _, _ in found]
    assert "Le chantier est lancé, il finira en mai" in contents
    assert "aucun commerce ne fermera pendant les travaux" in contents
    assert all(cue == "a-t-il ajouté" for _, cue, _ in found)


def test_list_of_quotes_shares_the_source(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dans le cortège, les infirmières répétaient : « Nous sommes épuisées », "
        "« Rendez-nous nos lits » et « On ne lâchera rien »."
    )
    contents = [c for c, _, _ in directs(analyzer, text)]
    assert contents == ["Nous sommes épuisées", "Rendez-nous nos lits", "On ne lâchera rien"]


# Quoted verb phrases that close the writer's sentence.
FRAGMENTS = [
    (
        "La présidente du syndicat, Lise Amar, a invité la direction à « ouvrir enfin des "
        "négociations sur les salaires ».",
        ("ouvrir enfin des négociations sur les salaires", "Lise Amar"),
    ),
    (
        "Les deux négociateurs « ont accepté la mission et rendront leur rapport lundi ».",
        ("ont accepté la mission et rendront leur rapport lundi", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_closing_fragment(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directs(analyzer, text)
    assert [c for c, _, _ in found] == [expected[0]]
    if expected[1] is not None:
        assert found[0][2] is not None and expected[1] in found[0][2]


FRAGMENT_NEGATIVES = [
    # a term in marks, no verb
    "Le gouvernement mise sur la « transition écologique des territoires ».",
    # a title: capitalised, inside the sentence
    "Elle a lu « Vivre sans peur » pendant l’été, puis elle est partie.",
    # a quoted verb phrase that does not close its sentence is left to the
    # indirect finder (mixed) or to nothing
    "Les élus veulent « changer la donne » dès cette année malgré la crise.",
]


@pytest.mark.parametrize("text", FRAGMENT_NEGATIVES)
def test_fragment_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []


# Incises with verbs outside the cue lexicon, told by the inverted subject.
SURFACE_INCISES = [
    (
        "« On nous prend pour des imbéciles », s’est-il emporté devant les grévistes.",
        ("On nous prend pour des imbéciles", "il"),
    ),
    (
        "« Ce projet ne verra jamais le jour », balaie d’emblée la sénatrice Anne Roux.",
        ("Ce projet ne verra jamais le jour", "Anne Roux"),
    ),
    (
        "Le ministre Paul Ézanne a parlé longtemps. « Nous tiendrons nos engagements », "
        "a-t-il notamment martelé face aux élus.",
        ("Nous tiendrons nos engagements", "Paul Ézanne"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SURFACE_INCISES)
def test_surface_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    a = run(analyzer, text)
    direct = [q for q in a.quotes if q.type == "direct"]
    assert [q.content.text for q in direct] == [expected[0]]
    mention = direct[0].speaker.mention
    name = direct[0].speaker.name or ""
    assert (mention is not None and expected[1] in mention.text) or expected[1] in name


SURFACE_NEGATIVES = [
    # a plural verb and a singular noun phrase: not an inverted subject
    "Ils chantent « Le Temps des cerises », font la fête et repartent à l’aube.",
    # a participle with no auxiliary: a title's description, not an incise
    "Le roman « La Nuit des loups », publié en 2019, a été traduit en dix langues.",
]


@pytest.mark.parametrize("text", SURFACE_NEGATIVES)
def test_surface_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []


def test_clause_cut_inside_its_marks_is_direct(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le gouverneur Luc Brassart dit « ne pas craindre de crise (mais) que tout reste "
        "possible ». La séance a été levée."
    )
    a = run(analyzer, text)
    found = [(q.type, q.content.text) for q in a.quotes]
    assert ("direct", "ne pas craindre de crise (mais) que tout reste possible") in found


# The inverted subject's mention stops where its noun phrase ends.
MENTIONS = [
    (
        "« Nous avons gagné le droit d’y croire », s’est félicitée la candidate lors d’un "
        "meeting à Brézac.",
        "la candidate",
    ),
    (
        "« Les frappes ont visé des dépôts », a indiqué le ministère de la Défense dans un "
        "communiqué.",
        "le ministère de la Défense",
    ),
    (
        "« On a manqué de réalisme », a regretté l’entraîneur en conférence de presse.",
        "l’entraîneur",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_inverted_mention_bounds(analyzer, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    a = run(analyzer, text)
    direct = [q for q in a.quotes if q.type == "direct"]
    assert direct and direct[0].speaker.mention is not None
    assert direct[0].speaker.mention.text == expected


def test_unclosed_marks_cut_at_incise_free_the_inner_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    # The first chevron never closes; the incise ends it, and the pair after
    # the colon is a quote of its own. « je pense que » inside is not marked.
    text = (
        "Le docteur Anselme Vidal a pris la parole.\n"
        "« Je pense que nous avons tenu bon. Le plus dur commence, a-t-il estimé, "
        "ajoutant : « Il faudra plus de moyens ».\n"
        "La réunion a duré deux heures."
    )
    a = run(analyzer, text)
    found = {(q.type, q.content.text) for q in a.quotes}
    assert ("direct", "Il faudra plus de moyens") in found
    assert not any(q.cue is not None and q.cue.text == "pense" for q in a.quotes)


def test_present_participle_introduces_speech(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La maire Claire Dumas a défendu le budget devant le conseil, précisant : "
        "« Aucun impôt local n’augmentera cette année. »"
    )
    a = run(analyzer, text)
    direct = [q for q in a.quotes if q.type == "direct"]
    assert [q.content.text for q in direct] == ["Aucun impôt local n’augmentera cette année."]
    assert direct[0].cue is not None and direct[0].cue.text == "précisant"


def test_lead_in_makes_the_incise_quote_mixed(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre Paul Ézanne a pris la parole. Cette commission « n’est pas neutre » et "
        "ses « conclusions sont écrites d’avance », a-t-il accusé."
    )
    a = run(analyzer, text)
    found = [(q.type, q.content.text, q.cue.text if q.cue else None) for q in a.quotes]
    assert (
        "mixed",
        "Cette commission « n’est pas neutre » et ses « conclusions sont écrites d’avance »",
        "a-t-il accusé",
    ) in found
    assert not any(t == "direct" for t, _, _ in found)


def test_lead_with_its_own_cue_governs(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La sénatrice Anne Roux a de son côté affirmé sur France Inter avoir « le sentiment "
        "d’avoir été entendue, enfin », a-t-elle affirmé."
    )
    a = run(analyzer, text)
    mixed = [q for q in a.quotes if q.type == "mixed"]
    # The content runs past the marks (mixed, one quote); where the parser
    # finds the lead's cue, it starts at its complement (« avoir »).
    assert len(mixed) == 1 and mixed[0].content.text.endswith("enfin »")
    assert "avoir « le sentiment" in mixed[0].content.text
    assert mixed[0].speaker.name is not None and "Anne Roux" in mixed[0].speaker.name


@pytest.mark.parametrize(
    "text",
    [
        # a connective before the marks leaves the quote direct
        "Le procès a repris. En revanche, « la peine sera lourde, c’est certain », a "
        "prévenu l’avocat général.",
    ],
)
def test_connective_keeps_direct(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _, _ in directs(analyzer, text)] == ["la peine sera lourde, c’est certain"]


TERM_NEGATIVES = [
    # a verbless term complementing a noun after a verb of blame
    "Les éleveurs ont voulu dénoncer l’intolérance des voisins face aux supposées "
    "« nuisances de la campagne ».",
    # two words right after a verb that is a cue elsewhere: a term
    "La banque s’apprête à relever « un peu » sa prévision de croissance.",
]


@pytest.mark.parametrize("text", TERM_NEGATIVES)
def test_term_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []


# Slogans and placards: a verb that shows, chants or writes words.
DISPLAYS = [
    (
        "Dans le cortège, on pouvait lire « Nos hôpitaux ne sont pas à vendre » ou encore "
        "« Soignez les soignants ».",
        ["Nos hôpitaux ne sont pas à vendre", "Soignez les soignants"],
    ),
    (
        "Les grévistes scandaient « Pas un euro de moins pour nos écoles » devant le rectorat.",
        ["Pas un euro de moins pour nos écoles"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISPLAYS)
def test_display_verbs(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _, _ in directs(analyzer, text)] == expected


def test_display_verb_needs_a_passage(analyzer) -> None:  # type: ignore[no-untyped-def]
    # a one-word title after « lire » is no slogan
    assert directs(analyzer, "Elle aime lire « Germinal » le soir au jardin.") == []


def test_direct_finder_stays_linear(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    # Per-pair work must not grow with the text: reading ``Doc.text`` per
    # pair (it joins every token) made a 26,000-character text take 45 s.
    import time

    from quidit.component import QuiditComponent
    from quidit.lang import get_language

    para = (
        "« Nous ne céderons rien, a-t-il ajouté, ajoutant : « Il faudra du temps ». "
        "« La route sera rouverte », et « les travaux finiront en mai », a dit Lise Amar. "
        "On pouvait lire « Sauvez nos écoles » et « Pas un euro de moins ».\n\n"
    )
    component = QuiditComponent(get_language("fr"))
    times = []
    for n in (20, 80):
        doc = nlp_fr(para * n)
        # CPU time of this process, so other processes on the machine do not count.
        started = time.process_time()
        component(doc)
        times.append(time.process_time() - started)
    # Four times the text: linear work takes about four times as long; the
    # factor 10 leaves room for a loaded machine, quadratic work took 20+.
    assert times[1] < 10 * times[0] + 0.5
