"""Page furniture trafilatura keeps and quidit must not analyse.

trafilatura already drops menus, footers, comment sections and most share
bars.  Two kinds of furniture slip through on French news sites: blocks
marked up with site-specific classes (author cards, "à lire aussi" boxes,
calls to action), and one-line prompts inside the article body ("Partagez
votre avis", "Abonnez-vous"); a quote finder would read the latter as
speech.  The first are pruned from the HTML tree before extraction (after
the page's metadata is read, so a byline marked "author" still names the
author), the second dropped line by line after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml only for the runs that read HTML
    from lxml.html import HtmlElement

#: Class or id tokens (whole words of the attribute) that mark furniture.
FURNITURE_TOKENS = (
    "author", "author-bio", "author-card", "author-box", "authorbox", "auteur", "bio",
    "cta", "call-to-action", "promo", "newsletter", "subscribe", "abonnement", "paywall",
    "share", "sharing", "social", "partage", "partager", "reseaux-sociaux",
    "related", "related-articles", "read-also", "lire-aussi", "a-lire", "a-lire-aussi",
    "comment", "comments", "commentaires", "reactions", "reagir",
    "outbrain", "taboola", "advert", "advertisement", "publicite", "sponsored",
)  # fmt: skip

#: Prefixes of class or id tokens that mark furniture whatever follows them.
FURNITURE_PREFIXES = (
    "author-", "share-", "social-", "newsletter", "related-", "comments-", "comment-",
    "lire-aussi", "read-also", "outbrain", "taboola",
)  # fmt: skip


_TOKENS = frozenset(FURNITURE_TOKENS)

#: Never pruned, whatever their class: a page that marks its <body> or
#: <article> with one of these classes keeps its text.
_GUARDED = frozenset({"html", "body", "article", "main"})


def _is_furniture(value: str) -> bool:
    for token in value.lower().split():
        if token in _TOKENS or token.startswith(FURNITURE_PREFIXES):
            return True
    return False


def prune_furniture(tree: HtmlElement) -> int:
    """Remove furniture blocks from ``tree`` in place; returns how many.

    One pass in Python over the elements: 10× faster than the same test
    as an XPath expression (measured: 0.8 vs 9 ms on a 40 KB page).
    """
    doomed = []
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _GUARDED:
            continue
        cls = element.get("class")
        ident = element.get("id")
        if (cls and _is_furniture(cls)) or (ident and _is_furniture(ident)):
            doomed.append(element)
    for element in doomed:
        element.drop_tree()  # keeps the text that follows the element
    return len(doomed)


#: Opening words of one-line prompts (French first, then English).
PROMPTS = (
    "partagez votre avis", "donnez votre avis", "donnez-nous votre avis", "votre avis nous",
    "réagissez", "laissez un commentaire", "ajouter un commentaire", "commentez",
    "abonnez-vous", "inscrivez-vous", "recevez notre newsletter", "recevez nos newsletters",
    "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi", "à voir aussi",
    "partager cet article", "partager sur", "suivez-nous", "cet article vous a plu",
    "vous avez aimé cet article", "contenus sponsorisés", "publicité",
    "share your opinion", "share this article", "leave a comment", "sign up for",
    "subscribe to", "read more", "read also", "related:", "follow us", "advertisement",
)  # fmt: skip

#: Longest line still taken for a prompt: prompts are one short sentence
#: (the longest above, with a headline after "Lire aussi :", fits in 200);
#: a paragraph of the article that happens to open with "Voir aussi" is longer.
PROMPT_MAX_CHARS = 200

# Leading bullets and arrows ("► Lire aussi") are skipped; a quotation mark
# is not, since a quoted "lire aussi" is speech.
_LEAD = r"^[^\w«»“”\"']*"
_PROMPT = re.compile(_LEAD + "(?:" + "|".join(map(re.escape, PROMPTS)) + r")\b", re.IGNORECASE)


def is_prompt(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= PROMPT_MAX_CHARS and _PROMPT.match(line) is not None


def drop_prompts(text: str) -> str:
    """The text without its prompt lines (lines are paragraphs in trafilatura's output)."""
    return "\n".join(line for line in text.split("\n") if not is_prompt(line))
