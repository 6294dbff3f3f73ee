"""A web page's main text: which part of the page is the article, and its paragraphs.

The page's own structure is trusted first: ``itemprop="articleBody"``, then
``<article>``, then ``role="main"`` and ``<main>`` (the longest of each
kind, when it holds enough text). A page without them goes to a general
extractor that scores the blocks holding paragraphs by their text and their
commas, discounts link-heavy ones (menus, lists of related stories), and
takes the best block with the siblings that score nearly as well, so that a
transcript whose turns a photo or a box cuts into two runs keeps both.

Within the part chosen, what is not text goes: navigation, share rows,
related boxes, figures and their captions, forms, cookie banners, and what
the page hides. A box that holds most of the part's text is kept whatever
its class says: some sites put the article itself in an ``<aside>``.

The text keeps paragraphs as paragraphs (a blank line between them): block
elements, list items and headings are paragraphs, ``<br>`` is a line end,
and inline markup is flattened, so ``<p><b>Name:</b> text</p>`` reads
``Name: text``.
"""
from __future__ import annotations

import re
from typing import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: Never text, anywhere on a page: removed with their contents before anything else.
NEVER_TEXT = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
              "video", "audio", "map", "select", "textarea", "button", "input"]
#: Page parts that are furniture when they sit inside the part chosen as the article.
FURNITURE_TAGS = "nav, aside, footer, form, menu, dialog, figure, figcaption, picture"
FURNITURE_ROLES = ("navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu",
                   "menubar", "toolbar", "banner")
#: Words of a class or id (split at `-`, `_` and spaces) that name furniture.
FURNITURE_WORDS = frozenset("""
    nav navbar navigation menu breadcrumb breadcrumbs share shares sharing sharebar social socials
    related recommended recommendations also readmore newsletter subscribe subscription signup cookie
    cookies consent gdpr advert adverts advertisement ad ads adslot sponsor sponsored promo promotion
    comments comment sidebar footer gallery slideshow carousel caption figcaption photo photos tooltip
    popup modal toolbar tags pagination pager widget print skip outbrain taboola disclaimer
""".split())
#: Whole class names that hide an element (CSS frameworks' screen-reader and hidden helpers).
HIDDEN_CLASSES = frozenset("""
    hidden visually-hidden visuallyhidden sr-only screen-reader-text screenreader-only element-invisible
    d-none invisible is-hidden u-hidden hide tooltip tooltiptext
""".split())
HIDDEN_SELECTOR = ('[hidden], [aria-hidden="true"], [role="tooltip"], [style], [class~="hidden"], '
                   '[class~="visually-hidden"], [class~="sr-only"]')
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
WORD_SPLIT = re.compile(r"[\s_-]+")

STRUCTURE = ('[itemprop="articleBody"]', "article", '[role="main"]', "main")
#: The least text the page's own article element must hold to be trusted (a teaser card holds less).
MIN_STRUCTURE_CHARS = 200
#: Elements whose text is a paragraph of its own.
BLOCKS = ("p, div, section, article, main, header, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6, "
          "blockquote, pre, table, tr, address, hr, center, details, summary, caption, body")
PARAGRAPHS = "p, pre, blockquote"
PARA, LINE, CELL = "\ue000", "\ue001", "\ue003"
BLANKS = re.compile(r"\s+")
AROUND_BREAKS = re.compile(r" ?([\ue000\ue001]) ?")
MANY_BREAKS = re.compile("\ue000[\ue000\ue001]*|\ue001(?:\ue001)+")


def main_text(tree: LexborHTMLParser) -> tuple[str, str]:
    """The page's main text and how it was found (``structure:article``, ``extractor``, ``page``)."""
    tree.strip_tags(NEVER_TEXT)
    body = tree.body
    if body is None:
        return "", "page"
    found = by_structure(body)
    if found is not None:
        node, how = found
        text = text_of([node])
        if len(text) >= MIN_STRUCTURE_CHARS:
            return text, how
    nodes = by_scoring(body)
    if nodes:
        return text_of(nodes), "extractor"
    return text_of([body]), "page"


def by_structure(body: LexborNode) -> tuple[LexborNode, str] | None:
    """The page's own article element: the one with the most text of the first kind it has."""
    for selector in STRUCTURE:
        nodes = body.css(selector)
        if nodes:
            best = max(nodes, key=lambda n: len(n.text(deep=True)))
            if len(best.text(deep=True).strip()) >= MIN_STRUCTURE_CHARS:
                return best, "structure:" + selector.strip("[]").replace('"', "")
    return None


def by_scoring(body: LexborNode) -> list[LexborNode]:
    """The best-scoring block of paragraphs, with its siblings that score nearly as well."""
    scores: dict[int, list] = {}
    for para in body.css(PARAGRAPHS):
        text = para.text(deep=True)
        length = len(text.strip())
        if length < 25:
            continue
        score = 1 + text.count(",") + min(length // 100, 3)
        parent = para.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            entry = scores.setdefault(parent.mem_id, [parent, 0.0])
            entry[1] += score * share
            parent = parent.parent
    if not scores:
        return []
    ranked = sorted(scores.values(), key=lambda e: -e[1])[:5]
    for entry in ranked:
        entry[1] *= 1 - link_density(entry[0])
    best, best_score = max(ranked, key=lambda e: e[1])
    parent = best.parent
    if parent is None:
        return [best]
    keep = []
    for sibling in parent.iter():
        if sibling.mem_id == best.mem_id:
            keep.append(sibling)
            continue
        entry = scores.get(sibling.mem_id)
        if entry is not None and entry[1] * (1 - link_density(sibling)) >= 0.2 * best_score:
            keep.append(sibling)
    return keep


def link_density(node: LexborNode) -> float:
    """The share of a block's text that is link text."""
    text = len(node.text(deep=True).strip()) or 1
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    return min(links / text, 1.0)


def text_of(nodes: Iterable[LexborNode]) -> str:
    """The paragraphs of the given parts of a page, furniture removed, as text."""
    parts = []
    for node in nodes:
        remove_furniture(node)
        mark_breaks(node)
        parts.append(node.text(deep=True))
    return as_paragraphs(PARA.join(parts))


def remove_furniture(node: LexborNode) -> None:
    """Remove hidden elements, then furniture that does not hold most of the part's text."""
    for el in node.css(HIDDEN_SELECTOR):
        if is_hidden(el):
            el.decompose()
    total = len(node.text(deep=True))
    doomed = {el.mem_id: el for el in node.css(FURNITURE_TAGS)}
    for role in FURNITURE_ROLES:
        for el in node.css(f'[role="{role}"]'):
            doomed[el.mem_id] = el
    for el in node.css("[class], [id]"):
        if el.mem_id not in doomed and is_furniture(el):
            doomed[el.mem_id] = el
    for el in doomed.values():
        if el.tag in ("figure", "figcaption") or len(el.text(deep=True)) <= 0.5 * total:
            el.decompose()


def is_hidden(el: LexborNode) -> bool:
    attrs = el.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role") == "tooltip":
        return True
    if HIDDEN_CLASSES.intersection((attrs.get("class") or "").split()):
        return True
    return bool(HIDDEN_STYLE.search(attrs.get("style") or ""))


def is_furniture(el: LexborNode) -> bool:
    attrs = el.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if HIDDEN_CLASSES.intersection(names.split()):
        return True
    return not FURNITURE_WORDS.isdisjoint(WORD_SPLIT.split(names))


def mark_breaks(node: LexborNode) -> None:
    """Put paragraph and line marks into the tree, which survive the flattening of its text."""
    for el in node.css("pre"):
        el.replace_with(PARA + el.text(deep=True).replace("\n", LINE) + PARA)
    for el in node.css("br"):
        el.replace_with(LINE)
    for el in node.css("td, th"):
        el.insert_after(CELL)
    for el in node.css(BLOCKS):
        el.insert_before(PARA)
        el.insert_after(PARA)


def as_paragraphs(raw: str) -> str:
    """Flattened text with marks → lines and paragraphs, blanks collapsed."""
    text = BLANKS.sub(" ", raw.replace(CELL, " "))
    text = AROUND_BREAKS.sub(r"\1", text)
    text = MANY_BREAKS.sub(lambda m: "\n\n" if PARA in m.group() or len(m.group()) > 1 else "\n", text)
    return text.replace(LINE, "\n").strip()
