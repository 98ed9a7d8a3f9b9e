"""Generate realistic French news pages: boilerplate around articles with quotes.

Every page has what real news sites wrap an article in: a cookie banner, a
menu, a breadcrumb, a byline, inline "Lire aussi" links, a share bar, a
"Partagez votre avis" prompt, an author card, a newsletter box, a comments
section (with quoted speech of its own), related links, a footer, scripts
and styles.  The article is 4–12 paragraphs built from sentence patterns
with direct, indirect and mixed quotes, "selon" adjuncts and numbers.  All
people, places and outlets are invented.

    python bench/gen_pages.py OUT_DIR --pages 2000 [--seed 7]

Deterministic for a given seed.  Pages are ~25–45 KB, the weight of a
news page without its images.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

NAMES = (
    "Hugo Marsan", "Odile Brassac", "Lucien Ferrand", "Marthe Gilbert", "Armand Tessier",
    "Colette Vidrac", "Bastien Lheureux", "Noémie Carvin", "Félix Damrémont", "Inès Valcourt",
    "Gaspard Morlaix", "Sidonie Perrec", "Théo Landrieu", "Apolline Ferrat", "Maxence Oudry",
    "Rosalie Quintal", "Jules Avrillon", "Léonie Brugère", "Anatole Vasseur", "Clémence Roudier",
    "Victor Sablière", "Margaux Delorme", "Yanis Kerbrat", "Salomé Ribaut",
)  # fmt: skip
ROLES = (
    "maire de {place}", "préfet de la région", "porte-parole du syndicat",
    "directrice de l'hôpital",
    "président de l'association des riverains", "adjointe chargée des transports",
    "procureur de {place}", "ingénieur chargé du chantier", "secrétaire générale de la CFDT locale",
    "chercheur au laboratoire d'hydrologie", "députée de la circonscription",
    "commandant des pompiers", "présidente du club", "économiste", "délégué syndical",
)  # fmt: skip
PLACES = (
    "Valmorin", "Morvelle", "Saint-Aubrac", "Lanvézec", "Brécourt", "Hautmesnil", "Pontarlès",
    "Villebrune", "Courtenay-sur-Aisle", "Roquemaure-le-Haut", "Kervalen", "Sarcenay",
)  # fmt: skip
ORGS = (
    "la préfecture", "le syndicat", "la mairie", "la police", "les pompiers", "le parquet",
    "l'agence régionale de santé", "la direction", "les organisateurs", "le ministère",
    "la gendarmerie", "l'association",
)  # fmt: skip
TOPICS = (
    ("le pont", "rouvrira", "les travaux de renforcement"),
    ("la grève des bus", "se poursuit", "les négociations salariales"),
    ("la crue de la rivière", "menace", "les digues du centre"),
    ("le festival d'été", "attire", "la programmation"),
    ("l'usine de papier", "ferme", "le plan de reprise"),
    ("le nouvel hôpital", "ouvre", "le recrutement des soignants"),
    ("la manifestation des agriculteurs", "bloque", "les accès à la ville"),
    ("le budget municipal", "divise", "la hausse des impôts locaux"),
)
SPEECH = ("a déclaré", "a indiqué", "a affirmé", "a expliqué", "a précisé", "a assuré", "a estimé")
SPEECH_AFTER = ("a-t-il ajouté", "a-t-elle souligné", "a-t-il précisé", "a-t-elle assuré")
CONTENT = (
    "nous ne laisserons pas {place} seule face à cette situation",
    "les équipes travaillent jour et nuit pour rattraper le retard",
    "la sécurité des habitants reste notre priorité absolue",
    "il faudra encore plusieurs semaines avant un retour à la normale",
    "personne n'avait anticipé une telle ampleur",
    "nous demandons simplement à être entendus par la direction",
    "les chiffres avancés par la préfecture sont largement sous-estimés",
    "le calendrier prévu sera tenu malgré les intempéries",
    "c'est un hiver très dur pour tout le monde",
    "chacun doit prendre ses responsabilités dans ce dossier",
)
FACTS = (
    "Les premiers relevés montraient des fissures bien plus profondes que prévu.",
    "Une navette gratuite reste en service entre les deux rives.",
    "Le conseil municipal doit se réunir de nouveau jeudi soir.",
    "Les commerçants du centre-ville disent avoir perdu une partie de leur clientèle.",
    "Un périmètre de sécurité a été installé autour du site dans la matinée.",
    "La circulation est déviée par la route départementale jusqu'à nouvel ordre.",
    "Plusieurs habitants ont témoigné de leur inquiétude lors de la réunion publique.",
    "Le dossier doit être examiné par le tribunal administratif au printemps.",
)
SECTIONS = ("Accueil", "Région", "Faits divers", "Économie", "Sport", "Culture", "Politique")
SITES = ("Le Courrier du Lac", "L'Écho de Morvelle", "La Gazette des Vallons", "Le Réveil du Nord")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre")


def _sentence(r: random.Random) -> str:
    name, role = r.choice(NAMES), r.choice(ROLES).format(place=r.choice(PLACES))
    content = r.choice(CONTENT).format(place=r.choice(PLACES))
    n = r.randint(2, 950)
    kind = r.randrange(7)
    if kind == 0:
        return f"« {content[0].upper()}{content[1:]} », {r.choice(SPEECH)} {name}, {role}."
    if kind == 1:
        return f"{name}, {role}, {r.choice(SPEECH)} que {content}."
    if kind == 2:
        return f"Selon {r.choice(ORGS)}, plus de {n} personnes ont été concernées."
    if kind == 3:
        return f"« {content[0].upper()}{content[1:]} », {r.choice(SPEECH_AFTER)}."
    if kind == 4:
        return f"{name} {r.choice(SPEECH)} que « {content} »."
    if kind == 5:
        return f"D'après {r.choice(ORGS)}, environ {n} habitants ont dû quitter leur logement."
    return r.choice(FACTS)


def _paragraph(r: random.Random) -> str:
    return " ".join(_sentence(r) for _ in range(r.randint(2, 4)))


#: Inline scripts and styles: the dead weight every news page carries.
_SCRIPT = "window.dataLayer=window.dataLayer||[];" + "".join(
    f"function t{i}(a,b){{return (a*{i}+b)%97;}}" for i in range(400)
)
_STYLE = "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 7}px;color:#{i:03x}}}" for i in range(500))


def page(i: int, seed: int = 7) -> str:
    """The i-th page of the corpus (same i and seed: same page)."""
    r = random.Random(seed * 1_000_003 + i)
    place = r.choice(PLACES)
    subject, verb, detail = r.choice(TOPICS)
    title = f"{place} : {subject} {verb}, {detail} en question"
    site = r.choice(SITES)
    author = r.choice(NAMES)
    date = f"{r.randint(1, 28)} {r.choice(MONTHS)} 2025"
    paragraphs = [_paragraph(r) for _ in range(r.randint(4, 12))]
    related = [
        f"{r.choice(PLACES)} : {r.choice(TOPICS)[0]} {r.choice(TOPICS)[1]}" for _ in range(4)
    ]
    body: list[str] = []
    for k, p in enumerate(paragraphs):
        body.append(f"<p>{html.escape(p, quote=False)}</p>")
        if k == 1:
            body.append(
                f'<p class="lire-aussi"><strong>Lire aussi :</strong> '
                f'<a href="/a/{i}-1">{html.escape(related[0])}</a></p>'
            )
        if k == 3:
            body.append("<p>Partagez votre avis : « Que pensez-vous de ce dossier ? »</p>")
    comments = "".join(
        f'<div class="comment"><p class="who">{r.choice(NAMES)}</p>'
        f"<p>« {r.choice(CONTENT).format(place=place)} », a écrit un lecteur.</p></div>"
        for _ in range(r.randint(1, 4))
    )
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    links = "".join(
        f'<li><a href="/r/{i}-{k}">{html.escape(t)}</a></li>' for k, t in enumerate(related)
    )
    slug = f"{place.lower()}-{i}"
    published = f"2025-{r.randint(1, 9):02d}-{r.randint(1, 28):02d}"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:url" content="https://news.example/{slug}">
<meta name="author" content="{html.escape(author)}">
<meta property="article:published_time" content="{published}T08:30:00+01:00">
<link rel="canonical" href="https://news.example/{slug}">
<style>{_STYLE}</style>
<script>{_SCRIPT}</script>
</head>
<body>
<div id="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience.
<button>Accepter</button> <button>Refuser</button></p></div>
<header><div class="logo">{html.escape(site)}</div><nav><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/region">Région</a> &gt; {place}</div>
<main>
<article>
<h1>{html.escape(title)}</h1>
<p class="byline">Par <span class="author-name">{html.escape(author)}</span>, le {date}</p>
{"".join(body)}
</article>
<div class="share-bar"><p>Partager cet article</p><a href="#">Facebook</a> <a href="#">X</a></div>
<aside class="author-card"><p><strong>{html.escape(author)}</strong> est journaliste au service
{r.choice(SECTIONS)}. « J'aime raconter les histoires de {place} », dit-elle.</p></aside>
<div class="newsletter"><p>Recevez notre newsletter : l'essentiel de l'actualité, a promis la
rédaction.</p><form><input type="email"><button>S'inscrire</button></form></div>
<section id="comments"><h3>Commentaires</h3>{comments}</section>
<section class="related"><h3>À lire aussi</h3><ul>{links}</ul></section>
</main>
<footer><p>© 2025 {html.escape(site)} — Mentions légales — Contact — Publicité</p></footer>
<script>t1(2,3);</script>
</body></html>
"""


def article(i: int, seed: int = 7, chars: int = 1600) -> str:
    """The i-th plain-text article: a headline, then paragraphs up to about
    ``chars`` characters (news copy as a JSON Lines export carries it)."""
    r = random.Random(seed * 1_000_003 + i)
    place = r.choice(PLACES)
    subject, verb, detail = r.choice(TOPICS)
    parts = [f"{place} : {subject} {verb}, {detail} en question"]
    size = len(parts[0])
    while size < chars - 150:  # so that lengths centre on ``chars``
        paragraph = _paragraph(r)
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)


def generate_jsonl(out: Path, articles: int, seed: int = 7, chars: int = 1600) -> Path:
    """``articles`` distinct articles (``article``) as one JSON Lines file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for i in range(articles):
            text = article(i, seed, chars)
            f.write(json.dumps({"id": f"art-{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return out


def generate(out: Path, pages: int, seed: int = 7, start: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + pages):
        path = out / f"page-{i:06d}.html"
        path.write_text(page(i, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.pages, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {size / len(paths) / 1000:.1f} KB each, in {args.out}")


if __name__ == "__main__":
    main()
