"""Write the generated corpus as web pages, deterministically: the same documents in page furniture.

    python benchmarks/webpages.py OUT --count 10000 [--start 0] [--seed 1]

Document ``i`` is ``generate.document(seed, i)``, the text the corpus
generator writes to ``.txt``, published as a page of one of three kinds of
site, chosen by ``i``:

* a news site: ``<article>`` with ``itemprop="articleBody"``, Open Graph and
  JSON-LD metadata, a cookie banner, navigation, a share row, a photo with
  its caption inside the story, a related-stories box, tags, a footer;
* an official site whose transcript sits in ``<div role="complementary">``
  without ``<article>`` or ``<main>`` (the general extractor's case), with
  every `Name: text` turn's label in ``<b>`` and a photo box between turns;
* a portal with ``<main>``, a sidebar of most-read links, a newsletter form,
  analytics scripts and ``<time datetime>``.

Files are named like the text corpus's, with ``.html``: ``SHARD/NNNNNNN_HASH.html``.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import MONTHS, OUTLETS, PLACES, TOPICS, document, generate  # noqa: E402

LABEL = re.compile(r"^([A-Z][\w .'-]{2,80}?): (.+)$", re.S)
NAV = ["News", "Politics", "Economy", "World", "Regions", "Opinion", "Sport", "Culture", "Video", "Photo"]
SCRIPT = ("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
          "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='/gtm.js?id='+i;"
          "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXX');") * 3
ISO_DATE = re.compile(r"(\d{1,2}) (\w+) ((?:19|20)\d\d)|(\w+) (\d{1,2}), ((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d)")


def paragraphs_of(text: str) -> tuple[str, list[str]]:
    title, *rest = [p.strip() for p in text.split("\n\n")]
    lines = title.split("\n")
    title, extra = lines[0].lstrip("# "), lines[1:]
    return title, [*extra, *[q for p in rest for q in p.split("\n") if q.strip()]]


def iso_date(paragraphs: list[str]) -> str | None:
    for para in paragraphs[:4]:
        m = ISO_DATE.search(para)
        if m:
            if m.group(1):
                day, month, year = int(m.group(1)), m.group(2), m.group(3)
            elif m.group(4):
                month, day, year = m.group(4), int(m.group(5)), m.group(6)
            else:
                return f"{m.group(7)}-{m.group(8)}-{m.group(9)}T09:00:00+04:00"
            if month in MONTHS:
                return f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}T09:00:00+04:00"
    return None


def as_html(para: str, bold_labels: bool) -> str:
    m = LABEL.match(para) if bold_labels else None
    if m and not para.startswith(("“", '"', "-", "–", "—")):
        return f"<p><b>{html.escape(m.group(1))}:</b> {html.escape(m.group(2))}</p>"
    return f"<p>{html.escape(para)}</p>"


def links(rng: random.Random, n: int) -> str:
    return "".join(f'<li><a href="/news/{rng.randint(1000, 99999)}">{html.escape(rng.choice(TOPICS)).capitalize()} '
                   f'in {rng.choice(PLACES)}</a></li>' for _ in range(n))


def page(seed: int, i: int) -> str:
    text = document(seed, i)
    rng = random.Random(f"page:{seed}:{i}")
    title, paragraphs = paragraphs_of(text)
    outlet = rng.choice(OUTLETS)
    slug = re.sub(r"\W+", "-", title.lower()).strip("-")[:60]
    url = f"https://www.{re.sub(r'[^a-z]', '', outlet.lower())}.example/{i}/{slug}"
    published = iso_date(paragraphs)
    kind = i % 3
    body = [as_html(p, bold_labels=kind == 1) for p in paragraphs]
    photo = (f'<figure class="photo"><img src="/img/{i}.jpg" alt=""><figcaption>{html.escape(title)}. '
             f'Photo: {html.escape(outlet)}</figcaption></figure>')
    body.insert(min(len(body), 3), photo if kind != 1 else
                f'<div class="photo-box"><img src="/img/{i}.jpg"><p class="photo-caption">Photo: press service</p></div>')
    nav = "<nav class=\"main-nav\"><ul>" + "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV) + "</ul></nav>"
    head = [f"<title>{html.escape(title)} | {html.escape(outlet)}</title>", '<meta charset="utf-8">',
            f'<link rel="canonical" href="{url}">', f"<script>{SCRIPT}</script>",
            '<style>.cookie-banner{position:fixed;bottom:0}.hidden{display:none}</style>']
    if kind == 0:
        head += [f'<meta property="og:title" content="{html.escape(title)}">',
                 f'<meta property="og:site_name" content="{html.escape(outlet)}">']
        if published:
            head.append(f'<meta property="article:published_time" content="{published}">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published, "publisher": {"@type": "Organization", "name": outlet}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        main = (f'<article class="story"><header><h1>{html.escape(title)}</h1></header>'
                f'<div class="share-row"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>'
                f'<div class="story-body" itemprop="articleBody">{"".join(body)}'
                f'<aside class="related"><h3>Related</h3><ul>{links(rng, 4)}</ul></aside></div>'
                f'<footer><ul class="tags">{links(rng, 3)}</ul></footer></article>')
    elif kind == 1:
        stamp = f'<p class="published"><time datetime="{published}">{published[:10]}</time></p>' if published else ""
        main = (f'<div class="wrapper"><div class="content" role="complementary"><h1>{html.escape(title)}</h1>{stamp}'
                f'<div class="text">{"".join(body)}</div>'
                f'<div class="share"><span>Share:</span> <a href="#">VK</a> <a href="#">Telegram</a></div>'
                f'<div class="see-also"><h2>See also</h2><ul>{links(rng, 3)}</ul></div></div>'
                f'<div class="sidebar"><h3>Latest</h3><ul>{links(rng, 6)}</ul></div></div>')
    else:
        stamp = f'<time datetime="{published}">{published[:10]}</time>' if published else ""
        main = (f'<main><h1>{html.escape(title)}</h1>{stamp}{"".join(body)}'
                f'<div class="newsletter"><p>Get the news every morning.</p><form><input type="email">'
                f'<button>Subscribe</button></form></div></main>'
                f'<aside class="sidebar"><h3>Most read</h3><ol>{links(rng, 5)}</ol></aside>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head>" + "".join(head) + "</head><body>"
            '<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. '
            'By using the site you agree to our use of cookies.</p><button>Accept</button></div>'
            f'<header class="site-header"><a class="logo" href="/">{html.escape(outlet)}</a>{nav}</header>'
            + main + f'<footer class="site-footer"><p>© {html.escape(outlet)}. All rights reserved.</p>'
            f'<ul>{links(rng, 4)}</ul></footer><script src="/static/app.js"></script></body></html>\n')


def generate_pages(out: str | Path, count: int, start: int = 0, seed: int = 1, jobs: int | None = None) -> int:
    """Write pages ``start`` to ``start + count``; returns the bytes written."""
    return generate(out, count, start, seed, jobs, render=page, suffix=".html")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the pages to")
    parser.add_argument("--count", type=int, default=10_000, help="how many pages (default 10000)")
    parser.add_argument("--start", type=int, default=0, help="number of the first page (default 0)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    size = generate_pages(args.out, args.count, args.start, args.seed, args.jobs)
    print(f"wrote {args.count} pages, {size / 1e6:.1f} MB, to {args.out} "
          f"in {time.perf_counter() - began:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
