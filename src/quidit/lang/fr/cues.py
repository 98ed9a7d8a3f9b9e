"""French cues: verbs of saying and thinking, multi-word cues, adjuncts.

Sources: the verbs of saying of French grammars (Riegel et al., *Grammaire
méthodique du français*, ch. XXIII on reported speech), completed with the
cue forms that ``spec/what-real-news-holds.md`` lists for real news copy.
"""

from __future__ import annotations

from quidit.lang.fr.conjugation import regular_forms

#: Verbs whose que-clause or infinitive is reported content.
SPEECH_VERBS = """
    déclarer affirmer indiquer annoncer préciser souligner ajouter assurer
    estimer expliquer raconter confier insister rappeler jurer répéter révéler
    considérer espérer juger penser noter observer relever signaler rapporter
    témoigner confirmer avouer concéder constater marteler dénoncer regretter
    déplorer lancer lâcher tonner rétorquer répliquer objecter nuancer
    tempérer corriger rectifier relater narrer détailler dévoiler évoquer
    mentionner communiquer informer notifier argumenter arguer justifier
    contester réfuter démentir nier clamer proclamer réaffirmer réitérer
    asséner glisser souffler murmurer crier s'exclamer s'écrier ironiser
    plaisanter s'emporter s'agacer s'étonner s'inquiéter s'alarmer alerter
    avertir prévenir menacer prédire prévoir anticiper pronostiquer tabler
    chiffrer évaluer calculer compter résumer commenter trancher réagir
    plaider protester s'insurger s'indigner accuser revendiquer garantir
    certifier promettre enchaîner poursuivre continuer renchérir soutenir
    maintenir prétendre reconnaître admettre écrire décrire dire répondre
    croire craindre redouter souhaiter se_féliciter se_réjouir se_plaindre
    se_vanter se_targuer se_défendre s'engager se_dire se_montrer s'interroger
    se_demander se_souvenir se_rappeler tweeter publier poster exiger demander
    réclamer suggérer proposer recommander conseiller préconiser supposer
    présumer imaginer soupçonner deviner savoir sentir trouver sous-entendre
    laisser_entendre mettre_en_garde mettre_en_avant faire_savoir
    faire_valoir faire_remarquer faire_observer faire_état faire_allusion
    apprendre conclure avancer souligner pointer fustiger critiquer
    s'interroger s'offusquer s'émouvoir se_désoler s'excuser remarquer
    concevoir admettre juger déduire signifier rassurer marquer
    qualifier assurer confesser reconnaître dire
    dénombrer recenser décompter comptabiliser parler redire enregistrer documenter
    appeler exhorter inviter enjoindre implorer supplier rejeter donner
    fournir livrer dresser citer saluer féliciter condamner
    riposter compléter analyser décrypter cingler railler tacler reprocher
    récuser infirmer relativiser minimiser prôner escompter s'attendre
    faire_mention convenir relayer lire
    soupirer pester grommeler maugréer bougonner ronchonner râler hurler
    chuchoter sourire s'esclaffer se_lamenter s'amuser s'enthousiasmer
    s'impatienter s'énerver fulminer tempêter énumérer égrener abonder
    acquiescer approuver surenchérir attester expliciter exposer embrayer
""".split()
# The last two lines: verbs of retort, comment, blame, denial, downplaying
# and expectation of the dictionaries' « verbes introducteurs » lists
# (Riegel et al. ch. XXIII; TLFi) that copy uses in incises (« », riposte
# X · « », analyse un économiste) and with que-clauses (« s'attend à ce
# que », « convient que », « reproche à X d'avoir … »). « relayer » is the
# medium passing on a report (TLFi: « transmettre, diffuser »), a cue in
# the incise after content (« …, relaie La Gazette »). The last four lines:
# the verbs of manner of speaking, of mood and of agreeing that the
# grammars list among the « verbes introducteurs » of reported speech
# (Riegel et al. ch. XXIII: soupirer, grommeler, chuchoter, s'esclaffer,
# sourire …), which news copy puts in incises (« « … », soupire X »,
# « « … », sourit-elle ») and around quoted lists (« énumère X »).

#: Irregular verbs: lemma → every simple form a cue can take.
IRREGULAR = {
    "dire": "dire dit dis disent disait disaient disais dira diront dirait diraient dise disent disant dite dits dites dirent disons".split(),
    "lire": "lire lit lisent lisait lu".split(),
    "redire": "redire redit redisent redisait redira redirait redisant redite".split(),
    "prédire": "prédire prédit prédisent prédisait prédira prédirait prédisant".split(),
    "écrire": "écrire écrit écrivent écrivait écrivaient écrira écrirait écrive écrivant écrite écrits écrivit écrivirent".split(),
    "décrire": "décrire décrit décrivent décrivait décrivaient décrira décrirait décrive décrivant décrite décrits décrivit".split(),
    "reconnaître": "reconnaître reconnaît reconnait reconnaissent reconnaissait reconnaissaient reconnaîtra reconnaîtrait reconnaisse reconnaissant reconnu reconnue reconnus reconnut reconnurent".split(),
    "admettre": "admettre admet admettent admettait admettaient admettra admettrait admette admettant admis admise admit admirent".split(),
    "promettre": "promettre promet promettent promettait promettaient promettra promettrait promette promettant promis promise promit promirent".split(),
    "soutenir": "soutenir soutient soutiennent soutenait soutenaient soutiendra soutiendrait soutienne soutenant soutenu soutenue soutint".split(),
    "maintenir": "maintenir maintient maintiennent maintenait maintenaient maintiendra maintiendrait maintienne maintenant maintenu maintenue maintint".split(),
    "prévenir": "prévenir prévient préviennent prévenait prévenaient préviendra préviendrait prévienne prévenant prévenu prévenue prévint".split(),
    "convenir": "convenir convient conviennent convenait convenu convint".split(),
    "retenir": "retient retenu".split(),
    "démentir": "démentir dément démentent démentait démentaient démentira démentirait démente démentant démenti démentie démentit".split(),
    "poursuivre": "poursuivre poursuit poursuivent poursuivait poursuivaient poursuivra poursuivrait poursuive poursuivant poursuivi poursuivie poursuivit".split(),
    "conclure": "conclure conclut concluent concluait concluaient conclura conclurait conclue concluant conclu conclue".split(),
    "croire": "croire croit croient croyait croyaient croira croirait croie croyant cru crue crut".split(),
    "craindre": "craindre craint craignent craignait craignaient craindra craindrait craigne craignant crainte craignit".split(),
    "plaindre": "plaindre plaint plaignent plaignait plaignaient plaindra plaindrait plaigne plaignant plainte plaignit".split(),
    "prétendre": "prétendre prétend prétendent prétendait prétendaient prétendra prétendrait prétende prétendant prétendu prétendue".split(),
    "répondre": "répondre répond répondent répondait répondaient répondra répondrait réponde répondant répondu répondit répondirent".split(),
    "défendre": "défendre défend défendent défendait défendaient défendra défendrait défende défendant défendu défendue défendit".split(),
    "prévoir": "prévoir prévoit prévoient prévoyait prévoyaient prévoira prévoirait prévoie prévoyant prévu prévue prévit".split(),
    "faire": "faire fait font faisait faisaient fera feront ferait feraient fasse fassent faisant faite fit firent".split(),
    "savoir": "savoir sait savent savait savaient saura sauraient saurait sache sachant su sue sut".split(),
    "apprendre": "apprendre apprend apprennent apprenait apprenaient apprendra apprendrait apprenne apprenant appris apprise apprit".split(),
    "laisser": regular_forms("laisser"),
    "mettre": "mettre met mettent mettait mettaient mettra mettrait mette mettant mis mise mit mirent".split(),
    "confesser": regular_forms("confesser"),
    "sentir": "sentir sent sentent sentait sentaient sentira sentirait sente sentant senti sentie".split(),
    "concevoir": "concevoir conçoit conçoivent concevait conçu conçue".split(),
    "déduire": "déduire déduit déduisent déduisait déduisant".split(),
    "s'émouvoir": "émouvoir émeut émeuvent émouvait ému émue".split(),
    "se_souvenir": "souvenir souvient souviennent souvenait souvenu souvenue souvint".split(),
    "se_plaindre": "plaindre plaint plaignent plaignait plaignant".split(),
    "s'attendre": "attendre attend attendent attendait attendaient attendra attendrait attende attendant attendu attendue attendus".split(),
    # « souris » is also the noun (a mouse): left out.
    "sourire": "sourit sourient souriait souriaient sourira sourirait souri".split(),
}

#: Multi-word cues: first verb's lemma → the words that must follow it.
#: "faire allusion au fait que" is one cue ("fait allusion").
MULTIWORD = {
    "faire": (
        ("savoir",),
        ("valoir",),
        ("remarquer",),
        ("observer",),
        ("état",),
        ("allusion",),
        ("part",),
        ("mine",),
        ("mention",),
    ),
    "laisser": (("entendre",), ("penser",), ("croire",)),
    "mettre": (("en", "garde"), ("en", "avant")),
    "tenir": (("à", "préciser"), ("à", "souligner"), ("à", "rappeler")),
}

#: First verbs of MULTIWORD that are cues only with their tail (« faire
#: un gâteau » is no cue, « faire savoir que » is).
TAIL_REQUIRED = frozenset(MULTIWORD)

#: Verbs whose noun-phrase object reports a figure or a fact
#: (annotation guidelines §1): "l'armée annonce 17 tués".
NP_CONTENT = frozenset(
    "annoncer rapporter signaler évoquer avancer donner tabler prévoir estimer "
    "chiffrer faire_état recenser dénombrer décompter comptabiliser compter "
    "parler confirmer reconnaître revendiquer communiquer mentionner "
    "citer fournir livrer dresser publier évaluer calculer anticiper pronostiquer "
    "prédire faire_part nier démentir réfuter admettre avouer contester "
    "escompter faire_mention enregistrer documenter énumérer".split()
)

#: Verbs of admitting, confirming and denying, whose noun phrase is the
#: proposition the source asserts or denies (« a reconnu les faits », « nie
#: toute implication », « a confirmé le décès du pilote »): a quote when the
#: head names a fact or a claim (FACT_NOUNS), or, for a denial, is
#: quantified by « tout » (« dément toute fraude »). With any other noun they
#: mean something else (« a reconnu son agresseur », « conteste la décision »
#: in court, « admet les chiens »).
ASSERTION_NP = frozenset(
    "reconnaître admettre avouer confirmer nier démentir réfuter contester".split()
)
DENIAL_NP = frozenset("nier démentir réfuter contester".split())
#: Nouns of fact and of saying (TLFi: fait, faute, accusation …): what a
#: source admits, confirms or denies. « Responsabilité » is left out, as
#: the guidelines leave out claims of responsibility (« nie toute
#: responsabilité » mirrors « revendique l'attaque »), and so are the
#: nouns of news (« confirme les informations parues … », « dément les
#: rumeurs »), which point at another text rather than state a fact.
FACT_NOUNS = frozenset(
    """
    fait faits erreur erreurs faute fautes culpabilité tort torts implication
    participation accusation accusations allégation allégations existence
    réalité mort décès intention perte pertes
    """.split()
)
#: Heads that never make the noun phrase of a denial a quote, even with
#: « tout » (« nie toute responsabilité »): see FACT_NOUNS.
RESPONSIBILITY_NOUNS = frozenset("responsabilité responsabilités paternité".split())

#: NP_CONTENT verbs that make a quote of their noun phrase only when its head
#: names a report (« donne un bilan de 14 morts », « publie ses chiffres »):
#: with a bare figure they are acts (« a donné 3 000 euros », « a publié 300
#: pages »).
REPORT_NOUN_VERBS = frozenset("donner fournir livrer dresser publier communiquer citer".split())

#: Head nouns of a noun phrase that is itself a report of a figure, so that
#: it counts without a number in it (« des ONG avancent des bilans plus
#: élevés »): the nouns of counting and forecasting (TLFi senses of bilan,
#: chiffre, estimation …).
REPORT_NOUNS = frozenset(
    """
    bilan bilans chiffre chiffres estimation estimations évaluation décompte
    comptage total prévision prévisions projection projections pronostic
    """.split()
)

#: Verbs of forecasting whose noun phrase is always the forecast (« table
#: sur un ralentissement »): no figure needed.
FORECAST_NP = frozenset("tabler pronostiquer".split())

#: Verbs of evaluating that put their figure after « à » (TLFi s.v.
#: chiffrer, évaluer, estimer: « évaluer les dégâts à un million », « a
#: chiffré à 300 le nombre de blessés »): the figure, then the thing
#: counted, is what the source states.
EVALUATION_AT = frozenset("chiffrer évaluer estimer".split())

#: Counting verbs that also mean "to hold, to have" (« la commune compte
#: 4 500 habitants », « l'association compte 300 membres »): they report a
#: count only as an act, in a compound tense or with « en » (« la police en
#: a compté 3 000 », « les syndicats ont compté 9 000 personnes »), with a
#: source for subject that is no territory (« le département a compté … »).
COUNT_NEEDS_SOURCE = frozenset("compter comptabiliser".split())
#: Verbs of recording that report a count only of the people an event
#: makes (« le ministère a enregistré 30 décès », « l'ONU a documenté la
#: mort de 331 civils »); with any other object they record a thing
#: (« a enregistré un album », « a enregistré une perte »).
EVENT_COUNT_ONLY = frozenset("enregistrer documenter".split())
TERRITORY_NOUNS = frozenset(
    "commune ville village région département pays état province canton quartier "
    "territoire île".split()
)

#: Cues that report only by their noun phrase: no que-clause, infinitive or
#: incise reading (« a donné la parole à … », « …, a recensé X » are none).
NP_ONLY = frozenset(
    "donner fournir livrer dresser citer comptabiliser décompter dénombrer "
    "recenser parler compter enregistrer documenter".split()
)

#: Verbs that are no cue with a reflexive clitic (« il s’appelle Paul »),
#: where the pronominal verb is a passive or a change of state of a thing
#: (« la hausse s’explique par … », « la tendance se confirme », « la
#: saison s’annonce difficile », « la menace se précise », « le remède
#: s’est révélé efficace »): the grammars' « pronominal à sens passif ».
NEVER_REFLEXIVE = frozenset(
    # « il se trouvait loin de la ville »: to be somewhere, not to find.
    {"appeler", "expliquer", "confirmer", "annoncer", "préciser", "révéler", "trouver"}
)

#: Nouns of circumstance that « exigent », « imposent » or « veulent »
#: something as subjects of a verb of saying, yet say nothing (« la
#: situation exige que … », « l'urgence impose que … », « la logique voudrait
#: que … »): no source (guidelines §2 lists persons, bodies, documents).
CIRCUMSTANCE_SUBJECTS = frozenset(
    "situation contexte conjoncture urgence logique prudence raison gravité "
    "circonstance circonstances moment époque".split()
)

#: Verbs of appeal and accusation whose object may stand before the
#: infinitive that carries the content (guidelines §1: « appelle l'État à
#: défendre … » is a quote; « accuse le maire d'avoir menti »).
APPEAL = frozenset(
    "appeler exhorter inviter enjoindre implorer supplier accuser soupçonner reprocher".split()
)

#: Cues whose noun phrase is never reported speech even with a quoted
#: fragment in it: promise and offer (guidelines §1), and verbs of
#: publishing whose object in marks is a title (« a publié « Les Heures
#: creuses » chez … »).
NO_NP_QUOTE = frozenset(
    "promettre proposer publier poster tweeter écrire lancer garantir "
    # Verbs of saying only in their incise reading (« poursuit-il »); with a
    # noun phrase they mean to go on with it, to support it, to hold it.
    "poursuivre continuer enchaîner soutenir maintenir défendre savoir apprendre "
    "sentir trouver relayer lire".split()
)

#: Verbs that claim an act with a noun phrase naming it (« a revendiqué
#: l'attaque »: no quote, guidelines §1), and those act nouns.
RESPONSIBILITY = frozenset({"revendiquer"})
ACT_NOUNS = frozenset(
    """
    attaque attaques attentat attentats assassinat assassinats enlèvement
    enlèvements meurtre meurtres tir tirs explosion explosions incendie
    incendies opération opérations action actions frappe frappes embuscade
    embuscades exécution exécutions raid raids offensive bombardement
    bombardements
    """.split()
)

#: Words that end a noun-phrase content: a gloss of the writer (« soit
#: autant que … »), another source's figure (« contre 8 000 selon … »).
NP_STOPS = frozenset("soit contre selon".split())

#: Short adverbial incises between a verb and its noun phrase (« fait, pour
#: sa part, état de », « a quant à elle dénombré »).
NP_INCISES = (
    ("pour", "sa", "part"),
    ("pour", "leur", "part"),
    ("de", "son", "côté"),
    ("de", "leur", "côté"),
    ("quant", "à", "lui"),
    ("quant", "à", "elle"),
    ("quant", "à", "eux"),
    ("quant", "à", "elles"),
    # Sentence adverbials of the grammars (Riegel et al.: adverbes de
    # phrase), and phrases of provisional time before a count
    # (« revendiquent en effet 1,4 million », « recense à ce stade 12 morts »).
    ("en", "effet"),
    ("pour", "le", "moment"),
    ("à", "ce", "stade"),
    ("pour", "l’", "heure"),
    ("pour", "l'", "heure"),
    ("pour", "l’", "instant"),
    ("pour", "l'", "instant"),
    # A stressed pronoun set after the verb sets the subject against
    # another source (Riegel et al.: the disjoint pronoun in apposition to
    # the subject): « parlent eux de 30 blessés », « avance lui aussi un
    # chiffre ». Bare « lui » is left out: before an infinitive it is the
    # dative clitic (« a dit lui avoir remis … »).
    ("lui", "aussi"),
    ("elle", "aussi"),
    ("eux", "aussi"),
    ("elles", "aussi"),
    ("eux",),
    ("elles",),
    ("elle",),
    # Phrases of totalling before a count (« dénombre en tout 11 victimes »).
    ("en", "tout"),
    ("au", "total"),
    # Time phrases with an article, which the time words alone miss.
    ("la", "veille"),
    ("le", "lendemain"),
    ("ce", "matin"),
    ("ce", "soir"),
    ("hier", "soir"),
)

#: Stressed personal pronouns (Riegel et al., ch. VII, pronoms disjoints):
#: as the source of « selon lui », « d'après elles » they are the whole
#: mention, taking no complement.
STRESSED_PRONOUNS = frozenset("moi toi lui elle nous vous eux elles".split())

#: Words of comparison whose « que » opens the second term, not a clause
#: (« un coût plus élevé que prévu », « moins de morts que
#: l'an dernier »): the grammars' comparative adverbs and adjectives.
COMPARATIVES = frozenset(
    "plus moins aussi autant davantage supérieur supérieure supérieurs supérieures "
    "inférieur inférieure inférieurs inférieures meilleur meilleure meilleurs "
    "meilleures pire pires".split()
)

#: Verbs that characterise their object through an attribute (« décrire X
#: comme Y », « qualifier X de Y »; TLFi): a quoted word in the attribute
#: makes the whole phrase the source's words.
ATTRIBUTE_VERBS = frozenset("décrire qualifier".split())

#: Verbs of praise, blame or appeal: never a quote with a bare noun phrase.
WEAK = frozenset(
    "saluer féliciter dénoncer plaider appeler mettre_en_garde critiquer "
    "fustiger condamner accuser regretter déplorer revendiquer demander "
    "réclamer exiger proposer recommander suggérer conseiller préconiser "
    "exhorter inviter enjoindre implorer supplier rejeter prôner reprocher approuver".split()
)

#: Verbs whose object in marks is the speaker's word (« a dénoncé une
#: « provocation » », « réclame une « enquête indépendante » », « évoque
#: un « malentendu » »): the verbs of praise, blame and appeal (WEAK), and of
#: mentioning; not those of promise, offer or claim (« a proposé un « pacte »
#: », « a revendiqué une « victoire » »: a name for what is offered).
QUOTED_OBJECT = (WEAK - frozenset("proposer revendiquer recommander suggérer".split())) | frozenset(
    "évoquer parler qualifier".split()
)

#: Verbs that never make a quote even with an infinitive or que-clause:
#: "savoir" (knowledge, not attribution) and "sentir", "trouver" (perception)
#: are kept as cues only in their reported-speech readings, which the
#: engine checks by a que-clause; "apprendre" counts only as
#: "a-t-on appris (auprès de X)".
NEEDS_QUE = frozenset(
    "savoir sentir trouver apprendre imaginer deviner souhaiter espérer exiger "
    "demander proposer réclamer suggérer recommander conseiller préconiser "
    # « convient que » (to admit); « convient à » means to suit.
    "convenir "
    # « relaie l'appel des syndicats »: passing on, not saying.
    "relayer lire".split()
)

#: Attribution adjuncts, lower-cased word sequences; « pour X » only in its
#: "according to" reading, which the engine checks (a comma after the
#: phrase, and no infinitive after « pour »). The locutions of the
#: dictionaries (TLFi, s.v. avis, aveu, dire, œil, source) end in « de »,
#: which French contracts with the article (« aux yeux du ministre », « de
#: l'avis des experts »): every form is listed, as the parser splits them
#: (« l’ », « avis »).
_DE_FORMS = ("de", "du", "des", "d'", "d’")
_LOCUTIONS = (
    ("au", "dire"),
    ("aux", "dires"),
    ("aux", "yeux"),
    ("de", "l’", "avis"),
    ("de", "l'", "avis"),
    ("de", "l’", "aveu"),
    ("de", "l'", "aveu"),
    ("de", "l’", "aveu", "même"),
    ("de", "l'", "aveu", "même"),
)
ADJUNCTS = (
    ("selon",),
    ("d’après",),
    ("d'après",),
    ("d’", "après"),
    ("d'", "après"),
    ("à", "en", "croire"),
    *((*locution, de) for locution in _LOCUTIONS for de in _DE_FORMS),
    ("pour",),
    ("de", "source"),
    ("de", "sources"),
)


def speech_verb_forms() -> dict[str, str]:
    """Lower-cased surface form → lemma (reflexive and multi-word verbs
    keyed by their verb)."""
    forms: dict[str, str] = {}
    for entry in SPEECH_VERBS:
        lemma = entry.replace("se_", "").replace("s'", "").split("_")[0]
        listed = IRREGULAR.get(entry) or IRREGULAR.get(lemma)
        for form in listed if listed else regular_forms(lemma):
            forms.setdefault(form, lemma)
    return forms


#: Day and time words, and sentence adverbs, that may stand between a verb
#: of saying and its inverted subject (« a déclaré mercredi la directrice »).
TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui "
    "aujourd’hui soir matin midi encore aussi alors ensuite également enfin "
    "notamment toutefois pourtant cependant".split()
)

#: Nouns of a period that, with a demonstrative, date the saying (« a
#: insisté ces derniers jours sur … », « a répété cette semaine … »).
PERIOD_NOUNS = frozenset(
    "jour jours semaine semaines mois année années temps week-end nuit matinée "
    "soirée après-midi".split()
)

#: Prepositions of a clock time between a verb of counting and its figure
#: (« a fait état à 11h30 de 640 élèves absents », « dénombrait vers 9
#: heures 300 tracteurs »): the hour the count was given, no part of
#: what it counts.
CLOCK_PREPOSITIONS = frozenset("à vers dès avant après".split())

#: Verbs that are cues only with their reflexive clitic (« se défendre »,
#: « s’inquiéter »): without it they mean something else (« défendre un
#: projet », « inquiéter les marchés »).
REFLEXIVE_ONLY = frozenset(
    "défendre vanter targuer réjouir engager montrer interroger souvenir exclamer "
    "écrier emporter agacer étonner inquiéter alarmer insurger indigner offusquer "
    "émouvoir désoler excuser attendre lamenter esclaffer amuser enthousiasmer "
    "impatienter énerver".split()
)

#: Words of a vote or a poll: in their sentence « 23 % pour X » gives X's
#: share of the votes, not a figure according to X (« 38 % pour les
#: syndicats » in a strike report).
VOTE_WORDS = frozenset(
    "voix suffrage suffrages vote votes scrutin sondage sondages élection élections "
    "intentions".split()
)

#: Verbs of saying whose infinitive complement is not content: aspect
#: (« continue à publier », « poursuit de négocier »: it goes on doing) and
#: plan (« avaient prévu de défiler »: an intention, guidelines §1); their
#: que-clause (« prévoit que … ») and their incises still count.
NO_INFINITIVE = frozenset("continuer poursuivre prévoir".split())

#: Verbs of aspect and intent whose infinitive of saying speaks for their
#: subject (« le maire vient d'annoncer que … », « les agriculteurs veulent
#: dénoncer … »); verbs of refusal or doubt (« refuse de confirmer ») are
#: left out: what they govern is not said.
INFINITIVE_GOVERNORS = frozenset(
    # « aime (à) dire que … »: a habit of saying is still saying.
    "vouloir venir aller devoir pouvoir entendre souhaiter tenir aimer".split()
)

#: Inverted impersonal clitics whose speaker is the place or body named
#: after them (« précise-t-on à la mairie », « indique-t-on dans
#: l'entourage du ministre », « explique-t-on chez Ravel »), and the
#: prepositions that open that place.
#: Cue lemmas whose que-clause is opened by « à ce que » (« la direction
#: s'attend à ce que les ventes reculent »): the forecast's content, not a
#: free relative « ce que … »; dictionaries give « s'attendre à ce que » +
#: subjunctive as the verb's clausal construction.
CE_QUE = frozenset({"attendre", "s'attendre"})

#: Cues of demand and wish whose que-clause is in the subjunctive (grammars:
#: « exiger, demander, souhaiter, vouloir que » + subjonctif): a verb
#: coordinated inside that clause is more of the content, never the cue's
#: own second act (« exigent que les auteurs publient A et déposent B »).
SUBJUNCTIVE_GOVERNORS = frozenset(
    "exiger demander réclamer souhaiter vouloir proposer suggérer recommander "
    "préconiser conseiller exhorter".split()
)

#: Cues only with the impersonal « on » and the document it names (« peut-on
#: lire dans le rapport », « lit-on dans le communiqué »): the document
#: speaks; anyone else reading is no attribution.
#: « a jugé nécessaire de … », « estime urgent d'agir »: verbs of judgment
#: with an attribute adjective and a de-infinitive (the dictionaries' «
#: juger / estimer + attribut + de + inf. »), and the adjectives of
#: necessity, timeliness and legitimacy that take that construction, and
#: the evaluative adjectives of the impersonal « il est ADJ de + inf. »
#: (difficile, raisonnable, dangereux, probable …) that the grammars list
#: with it.
JUDGMENT = frozenset("juger estimer considérer".split())
JUDGED_ADJECTIVES = frozenset(
    "nécessaire indispensable urgent utile inutile important essentiel "
    "souhaitable impératif préférable prématuré légitime normal anormal "
    "inacceptable inadmissible indécent opportun inopportun possible "
    "impossible difficile facile raisonnable déraisonnable réaliste irréaliste "
    "dangereux risqué envisageable probable improbable regrettable scandaleux "
    "injuste logique judicieux excessif".split()
)

IMPERSONAL_ONLY = frozenset({"lire"})

IMPERSONAL_CLITICS = frozenset({"-on", "-t-on"})
IMPERSONAL_SOURCE_OPENERS = frozenset({"à", "au", "aux", "dans", "chez", "auprès", "du"})

#: Verbs of reporting whose negation reports nothing (« n'a pas confirmé que
#: … », « personne n'a annoncé que … »): the source did not say the content.
#: Verbs of opinion keep their content when negated (« ne pense pas que … »
#: still gives what the source thinks), and litotes say the opposite (« n'a
#: pas caché que », « n'a pas exclu que »), so the list is closed to plain
#: verbs of telling and revealing (Le Robert's « dire » family).
NEGATION_VOIDS = frozenset(
    """
    dire déclarer affirmer confirmer préciser indiquer annoncer révéler
    expliquer mentionner évoquer communiquer signaler spécifier détailler
    dévoiler divulguer rapporter raconter écrire assurer souligner ajouter
    commenter répondre suggérer laisser_entendre
    """.split()
)

#: Determiners and pronouns that negate a subject: « aucune information ne
#: suggère que … », « personne n'a dit que … », « rien n'indique que … »;
#: « personne » and « rien » only with « ne » (« la personne a dit »).
NEGATIVE_DETERMINERS = frozenset("aucun aucune nul nulle".split())
NEGATIVE_PRONOUNS = frozenset("personne rien".split())

#: The ending of a first person plural imperative (« Rappelons que … »,
#: « Notons que … », « Précisons que … »): the writer addressing the reader,
#: the article's own statement (guidelines §1), never a source.
WRITER_IMPERATIVE_ENDINGS = ("ons",)

#: Connective locutions that may open a sentence before its attribution
#: adjunct (« En outre, selon X, … »), which then still governs the whole
#: sentence; the tagger reads most as a preposition and a noun. From the
#: grammars' lists of « connecteurs logiques » (addition, opposition,
#: confirmation).
SENTENCE_CONNECTIVES = frozenset(
    w.replace("_", " ")
    for w in """
    en_outre par_ailleurs de_plus en_revanche en_effet d'ailleurs d’ailleurs
    en_fait au_contraire de_même par_contre du_reste à_l'inverse à_l’inverse
    en_tout_cas quoi_qu'il_en_soit pour_autant
    """.split()
)

#: Adverbs set right before an attribution adjunct that belong to it
#: (« toujours selon X », « encore d'après Y », « également selon Z »):
#: they say the source is the one already named, and are no part of what
#: the source said. The additive and continuative adverbs of the grammars.
ADJUNCT_LEAD_ADVERBS = frozenset({"toujours", "encore", "également", "aussi", "notamment"})

#: Pronominal verbs of saying whose attribute is the source's stance on
#: itself (« se dit inquiet », « s'est déclarée favorable », « s'affirme
#: prêt », « s'avoue déçu »): the verbs of saying that the grammars give
#: with an « attribut du complément d'objet » of the reflexive (Riegel et
#: al., ch. VIII). « Se montrer » is left out: it describes a bearing, and
#: the real news annotation does not count it (« s'est montré moins
#: inquiet » is no quote there); so are « se sentir », « se trouver ».
SELF_DESCRIPTION = frozenset("dire déclarer affirmer avouer proclamer prétendre".split())

#: Verbs of memory and knowledge whose generic « on » subject is the
#: writer recalling a fact (« on se souvient que », « on se rappelle que »,
#: « on sait que »): Riegel et al. on the indefinite « on » including the
#: speaker and the reader. Verbs of saying with « on » stay (« on explique
#: à la mairie que … », « on affirme au syndicat que … »).
WRITER_ON = frozenset("souvenir rappeler savoir".split())

#: Nouns of assurance and stance whose « que » clause is what the source
#: says after a light verb that otherwise reports only a noun phrase
#: (« a donné l'assurance que … », « a fourni la garantie que … »): the
#: nominalisations of verbs of saying (assurer, garantir, promettre,
#: certifier) in the dictionaries' « donner l'assurance que » (TLFi).
STANCE_NOUNS = frozenset("assurance assurances garantie garanties certitude confirmation".split())
