"""A web page's metadata: title, publication date, author, outlet, address, language.

Each field is taken from the first place that gives it, in the order pages
are most often right: Open Graph and article ``<meta>`` tags, schema.org
JSON-LD, microdata (``itemprop``), then the visible page (``<h1>``,
``<time>``, byline classes, ``<title>`` less its site suffix).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl_plugins.readers.dates import parse_date
from etl_plugins.readers.html_text import LINE, PARA

ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|Transcript|Interview", re.I)
DATE_METAS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
              "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published")
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
BYLINE_SELECTOR = ('[rel="author"], [itemprop="author"], .byline, .author, .author-name, .article-author, '
                   '[class*="byline"]')
# `By`, `Interview by`, `Words by`: the credit before a byline's name.
BY = re.compile(r"^(?:(?:interview(?:ed)?|interview\s+conducted|words|text|story|report(?:ing)?)\s+)?"
                r"(?:by|от|автор:?|von|par|por)\s+", re.I)
NO_MARKS = {ord(PARA): " ", ord(LINE): " "}
URL_LIKE = re.compile(r"^(?:https?:)?//|^/")


@dataclass
class PageMeta:
    title: str | None = None
    heading: str | None = None  # the page's first <h1>
    article_body: str | None = None  # JSON-LD's articleBody, the text of pages that draw theirs with scripts
    published_at: datetime | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def page_meta(tree: LexborHTMLParser) -> PageMeta:
    """Everything the page says about itself. Call before the page's scripts are removed."""
    metas = meta_tags(tree)
    ld = json_ld(tree)
    meta = PageMeta()
    site = metas.get("og:site_name") or name_of(ld.get("publisher")) or metas.get("application-name") \
        or metas.get("publisher")
    meta.outlet = clean(site)
    meta.heading = first_line(tree, "h1")
    social = metas.get("og:title") or metas.get("twitter:title")
    meta.title = (clean(without_site(social, meta.outlet, only_the_site=True)) or meta.heading
                  or clean(str_of(ld.get("headline"))) or without_site(text_at(tree, "title"), meta.outlet))
    meta.published_at = published(tree, metas, ld)
    meta.byline = byline(tree, metas, ld)
    canonical = tree.css_first('link[rel="canonical"]')
    meta.url = clean((canonical.attributes.get("href") if canonical else None) or metas.get("og:url")
                     or str_of(ld.get("url")))
    html = tree.css_first("html")
    language = (html.attributes.get("lang") or html.attributes.get("xml:lang")) if html else None
    language = language or metas.get("content-language") or metas.get("og:locale") or str_of(ld.get("inLanguage"))
    if language:
        meta.metadata["language"] = language.strip()
    body = ld.get("articleBody")
    meta.article_body = body.translate(NO_MARKS) if isinstance(body, str) else None
    return meta


def meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` contents by lower-case property, name, itemprop or http-equiv; the first of each wins."""
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = attrs.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attrs.get(key)
            if name:
                found.setdefault(name.strip().lower(), content)
    return found


def json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The page's schema.org article object from its JSON-LD scripts (the first article-like one)."""
    items: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True), strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                items.append(item)
    for item in items:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
            return item
    return next((item for item in items if "datePublished" in item), {})


def date_candidates(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> Iterator[str | None]:
    """Where pages give their date, most trusted first; the page's elements are searched only if need be."""
    yield from (metas.get(name) for name in DATE_METAS[:3])
    yield str_of(ld.get("datePublished"))
    for node in tree.css('[itemprop="datePublished"]'):
        attrs = node.attributes
        yield attrs.get("content") or attrs.get("datetime") or node.text(deep=True)
    yield from (metas.get(name) for name in DATE_METAS[3:])
    yield from (node.attributes.get("datetime") for node in tree.css("time[datetime]"))


def published(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> datetime | None:
    candidates = date_candidates(tree, metas, ld)
    found = None
    for value in candidates:
        stamp = parse_date(value) if value else None
        if stamp is None:
            continue
        if found is None:
            found = stamp
        elif stamp.date() == found.date() and (stamp.tzinfo, stamp.time()) != (None, found.time()):
            return stamp  # the same day, with its time or zone: a date alone is the least precise
        if found.tzinfo is not None or found.time() != found.time().min:
            return found
    return found


def byline_candidates(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> Iterator[str | None]:
    yield metas.get("author")
    yield names_of(ld.get("author"))
    article_author = metas.get("article:author")
    if article_author and not URL_LIKE.match(article_author):
        yield article_author
    for node in tree.css(BYLINE_SELECTOR):
        attrs = node.attributes
        if attrs.get("content"):
            yield attrs["content"]
            continue
        inner = node.css_first('[itemprop="name"]')
        yield (inner or node).text(deep=True)


def byline(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    for name in byline_candidates(tree, metas, ld):
        name = clean(BY.sub("", clean(name) or ""))
        if name and len(name) <= 100:
            return name
    return None


def name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def names_of(value: Any) -> str | None:
    """One name or several (a JSON-LD author may be a list), joined with `, `."""
    if isinstance(value, list):
        names = [n for n in (name_of(v) for v in value) if n]
        return ", ".join(names) or None
    return name_of(value)


def str_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("name")
    return value if isinstance(value, str) else None


def first_line(tree: LexborHTMLParser, selector: str) -> str | None:
    """The first line of an element's text: a heading split by ``<br>`` (title, then date) is titled by its first."""
    node: LexborNode | None = tree.css_first(selector)
    if node is None:
        return None
    return clean(node.text(deep=True).replace(PARA, LINE).strip(LINE + " \n\t").split(LINE)[0])


def text_at(tree: LexborHTMLParser, selector: str) -> str | None:
    node: LexborNode | None = tree.css_first(selector)
    return clean(node.text(deep=True)) if node is not None else None


def without_site(title: str | None, site: str | None, only_the_site: bool = False) -> str | None:
    """A ``<title>`` less the site's name after ` | `, ` - ` and the like.

    With ``only_the_site``, only a suffix that is the site's name is taken off.
    """
    if not title:
        return None
    last = None
    for last in TITLE_SEPARATORS.finditer(title):
        pass
    if last is None:
        return title
    head, tail = title[:last.start()], title[last.end():]
    if site and tail.lower() == site.lower():
        return head
    if only_the_site:
        return title
    if " | " in title or (len(tail.split()) <= 5 and len(head) > len(tail)):
        return head
    return title


def clean(value: str | None) -> str | None:
    """A value in one line, without the paragraph and line marks of :func:`html_text.mark_blocks`."""
    if value is None:
        return None
    value = " ".join(value.translate(NO_MARKS).split())
    return value or None
