"""A tiny mixed corpus for the Spark tests: invented French news, with
every kind of trouble a real corpus has (bad lines, repeats, empty pages)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BUDGET = (
    "Valbrune vote le budget de sa piscine\n\n"
    "Le conseil municipal de Valbrune a voté mardi le budget de la future piscine. "
    "« Nous avons trouvé 3 millions d'euros sans augmenter les impôts », a déclaré le maire, "
    "Firmin Castagnol. L'opposition estime que le coût réel dépassera 5 millions d'euros."
)
STRIKE = (
    "Les conducteurs de tramway de Lorbac sont en grève depuis lundi. Selon le syndicat, plus "
    "de 200 agents ont cessé le travail. « La direction refuse de nous recevoir », a affirmé "
    "Honorine Vernadet, déléguée syndicale."
)
ROAD = (
    "La préfète Albane Quintard a annoncé jeudi que la route de Mirevent resterait fermée "
    "jusqu'à la fin du mois. Elle a expliqué que les glissements de terrain menaçaient encore "
    "12 maisons."
)
COACH = (
    "Le club de football de Pont-Sainte-Élise a recruté un nouvel entraîneur. « C'est un choix "
    "d'avenir », a estimé le président du club, Évariste Rochebrune."
)
BRIDGE = (
    "Le pont de Saint-Aubert-la-Rivière rouvrira en mars, a assuré vendredi l'ingénieur "
    "Octave Dorvalle. « Les piles ont été renforcées et 40 tonnes d'acier ajoutées », a-t-il "
    "précisé devant les riverains."
)
MARKET = (
    "Le nouveau marché couvert de Castelnau-sur-Orge accueillera 60 commerçants, selon la mairie. "
    "« Ce lieu manquait au quartier », a souligné l'adjointe Perrine Sallenave."
)

#: JSON Lines lines: four articles, a bad line, a record without text, a
#: repeated text under another id, and a repeated id with another text.
JSONL_LINES = [
    json.dumps({"id": "a-1", "text": BUDGET, "title": "Valbrune vote le budget"}),
    json.dumps({"id": "a-2", "text": STRIKE, "url": "https://journal.example/greve"}),
    "",
    "{this is not JSON",
    json.dumps({"id": "a-3", "text": ROAD, "lang": "fr"}),
    json.dumps({"id": "no-text", "title": "Un titre sans article"}),
    json.dumps({"id": "copy-of-1", "text": BUDGET}),
    json.dumps({"id": "a-2", "text": COACH}),
]

ARTICLE_PAGE = f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Le pont rouvrira en mars</title></head>
<body><nav><a href="/">Accueil</a> <a href="/region">Région</a></nav>
<article><h1>Le pont rouvrira en mars</h1>
<p>{BRIDGE}</p>
<p>Les commerçants du centre attendaient cette annonce depuis l'automne, quand la circulation
avait été coupée après l'apparition de fissures sur la deuxième pile de l'ouvrage.</p>
</article><footer>© Journal de la vallée</footer></body></html>"""

EMPTY_PAGE = (
    "<!doctype html><html><head><title>Menu</title></head><body><nav>Accueil</nav></body></html>"
)

PAGE_URL = "https://vallee.example/pont-mars"
EMPTY_URL = "https://vallee.example/vide"


def write_jsonl(path: Path, lines: list[str] = JSONL_LINES) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_warc(path: Path) -> Path:
    """A gzipped WARC with a request, an article page and a page with no text."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, body in ((PAGE_URL, ARTICLE_PAGE), (EMPTY_URL, EMPTY_PAGE)):
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(response)
    return path
