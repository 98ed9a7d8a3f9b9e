"""Hand-written test pages (invented people and places) and builders for the
other input kinds."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

#: The article proper: every sentence here must reach the analysed text.
ARTICLE_SENTENCES = (
    "Fermé depuis l'automne, le pont de Valmorin devrait rouvrir au début du mois de mars.",
    "« Nous avons trouvé des fissures plus profondes que prévu », a expliqué Hugo Marsan, "
    "ingénieur chargé du chantier.",
    "Le maire, Odile Brassac, a indiqué que les commerçants avaient perdu près de 30 % "
    "de leur chiffre d'affaires.",
    "Une navette gratuite reste en service entre les deux rives jusqu'à la réouverture.",
)

#: Furniture: none of these may reach the analysed text.  Each holds speech
#: a quote finder would happily report.
FURNITURE = {
    "menu": "Accueil Région Sport Culture Économie",
    "author card": "« J'aime raconter les petites histoires », confie Claire Fontenelle.",
    "prompt": "Partagez votre avis : « Que pensez-vous de ce chantier ? », demande la rédaction.",
    "comments": "« Enfin une bonne nouvelle ! », a écrit Jean-Luc sous l'article.",
    "related": "Valmorin : la fête du lac annulée, a annoncé la mairie",
    "newsletter": "Recevez notre newsletter, a promis la rédaction.",
    "share bar": "Partager cet article sur les réseaux",
    "footer": "Mentions légales et conditions générales",
}


def article_page(
    *,
    lang: str | None = "fr-FR",
    sentences: tuple[str, ...] = ARTICLE_SENTENCES,
    title: str = "Le pont de Valmorin rouvrira en mars",
    canonical: str | None = "https://courrier-du-lac.example/region/pont-valmorin",
) -> str:
    """A news page with every kind of furniture around the article."""
    lang_attr = f' lang="{lang}"' if lang else ""
    canonical_tags = (
        f'<link rel="canonical" href="{canonical}"><meta property="og:url" content="{canonical}">'
        if canonical
        else ""
    )
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    f = FURNITURE
    return f"""<!DOCTYPE html>
<html{lang_attr}>
<head>
<meta charset="utf-8">
<title>{title} - Le Courrier du Lac</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Le Courrier du Lac">
<meta name="author" content="Claire Fontenelle">
<meta property="article:published_time" content="2025-02-14T08:30:00+01:00">
{canonical_tags}
</head>
<body>
<header><nav><ul>{"".join(f"<li><a href='/{w}'>{w}</a></li>" for w in f["menu"].split())}</ul></nav>
</header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">Par Claire Fontenelle, le 14 février 2025</p>
{paragraphs}
<p>{f["prompt"]}</p>
</article>
<aside class="author-card"><p><strong>Claire Fontenelle</strong> est journaliste.
{f["author card"]}</p></aside>
<div class="share-bar"><p>{f["share bar"]}</p></div>
<div class="newsletter"><p>{f["newsletter"]}</p></div>
<section id="comments"><h3>Commentaires</h3><div class="comment"><p>{f["comments"]}</p></div>
</section>
<section class="related"><h3>À lire aussi</h3><ul><li><a href="/a">{f["related"]}</a></li></ul>
</section>
</main>
<footer><p>{f["footer"]}</p></footer>
</body></html>
"""


def english_page() -> str:
    return article_page(
        lang="en",
        title="Valmorin bridge to reopen in March",
        sentences=(
            "The bridge at Valmorin will reopen in March, the prefecture said on Friday.",
            "Engineers found deeper cracks than the first surveys showed, and the crews are "
            "now working at night to catch up with the schedule.",
            "Shopkeepers in the town centre say they have lost a third of their turnover.",
        ),
        canonical=None,
    )


def http_response(body: bytes, *, status: str = "200 OK", content_type: str = "text/html") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def write_warc(path: Path, records: list[tuple[str, str, bytes, str, str]], *, gz: bool) -> None:
    """A WARC of HTTP responses: (record type, uri, body, status, content type) each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gz)
        for rec_type, uri, body, status, content_type in records:
            if rec_type == "response":
                headers = StatusAndHeaders(
                    status,
                    [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                    protocol="HTTP/1.1",
                )
                record = writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            elif rec_type == "resource":
                record = writer.create_warc_record(
                    uri, "resource", payload=io.BytesIO(body), warc_content_type=content_type
                )
            else:  # a request record
                headers = StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
                )
                record = writer.create_warc_record(
                    uri, "request", payload=io.BytesIO(b""), http_headers=headers
                )
            writer.write_record(record)


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
