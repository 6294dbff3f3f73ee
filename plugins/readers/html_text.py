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
FURNITURE_TAGS = "nav, footer, form, menu, dialog, figure, figcaption, picture"
FURNITURE_ROLES = ("navigation", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
                   "banner")
FURNITURE = ", ".join([FURNITURE_TAGS, *(f'[role="{role}"]' for role in FURNITURE_ROLES)])
#: Boxes beside the text, and elements whose class names furniture: removed unless they hold
#: most of the text (some sites put the article itself in an `<aside role="complementary">`).
SIDE_BOXES = 'aside, [role="complementary"]'

#: Words of a class or id (split at `-`, `_` and spaces) that name furniture.
FURNITURE_WORDS = frozenset("""
    nav navbar navigation menu breadcrumb breadcrumbs share shares sharing sharebar social socials
    related recommended recommendations also readmore newsletter subscribe subscription signup cookie
    cookies consent gdpr advert adverts advertisement ad ads adslot sponsor sponsored promo promotion
    comments comment sidebar footer gallery slideshow carousel caption figcaption photo photos tooltip
    popup modal toolbar tags pagination pager widget print skip outbrain taboola disclaimer
    feedback embed embedded tweet twitter instagram tiktok
""".split())
#: Pairs of words of a class or id that name furniture together, though neither does alone:
#: the box about the author under an article (`author-box`, `author__bio`, `about-the-author`).
FURNITURE_PAIRS = frozenset({("author", "box"), ("author", "bio"), ("author", "card"), ("author", "info"),
                             ("about", "author"), ("the", "author")})
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
BLOCK_TAG = re.compile(r"<(?=/?(?:p|div|section|article|main|header|footer|aside|nav|li|ul|ol|dl|dt|dd|h[1-6]"
                       r"|blockquote|pre|address|hr|center|details|summary|figure|form)[\s>/])", re.I)
BREAK_TAG = re.compile(r"<(?=br[\s>/])", re.I)
TABLE_BLOCKS = "table, tr, caption"
PARAGRAPHS = "p, pre, blockquote"
TEXT_HOLDERS = "div, td, section, article, main, font, span, body"
#: Where an interview's questions may stand set apart from its answers.
QUESTION_HOLDERS = "p, h2, h3, h4, h5, h6, blockquote"
#: A paragraph longer than this is no interviewer's question.
MAX_QUESTION_CHARS = 400
#: A bold sentence shorter than this is a heading or a lead-in (`Early years.`), not a question.
MIN_PROMPT_WORDS = 4
#: A name set apart at the head of paragraphs (see `split_lead_names`): its element, its length, how it
#: may not end, and how many paragraphs must open so.
LEAD_HOLDERS = "p, li, dd"
LEAD_TAGS = frozenset({"b", "strong", "span", "em", "i"})
MAX_LEAD_NAME_WORDS = 5
LEAD_ENDS = frozenset(".,;:!?)-–—")
MIN_LEAD_NAMES = 3
#: A table cell holds a sentence when it ends as one and has at least this many words.
MIN_SENTENCE_WORDS = 4
SENTENCE_ENDS = frozenset('.?!…"”’)')
#: The fewest items of one kind holding text, and the most of it one may hold, that make a list of turns.
MIN_TURN_ITEMS = 3
MAX_TURN_SHARE = 0.6
#: Below this total score, the page's paragraphs are too few to say where its text is.
LITTLE_TEXT_SCORE = 15
PARA, LINE, CELL = "\ue000", "\ue001", "\ue003"
LINE_BREAKS = re.compile("\ue001{2,}")
#: Spaces HTML does not collapse, and the characters that stand in for them while it collapses the others.
KEPT_SPACES = (("\u00a0", "\ue004"), ("\u2009", "\ue005"), ("\u202f", "\ue006"))


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


def bold_questions(tree: LexborHTMLParser) -> list[str]:
    """The texts of the paragraphs wholly in bold (or in italics), the headings below the title or the
    block quotes that ask, when two or more end with a question mark: a news site's interview sets its questions so and
    its answers in plain type (the segmenter takes them for questions only where the text before them
    says an interview follows). After
    the first such question, a bold sentence of a few words (`Tell me about the new symphony.`) asks too;
    an editor's note before the questions does not."""
    found = []
    asked = False
    for para in tree.css(QUESTION_HOLDERS):
        if para.tag == "p":
            marked = para.css("strong, b") or para.css("em, i")
            if not marked:
                continue
            text = plain(para.text(deep=True))
            if "".join(plain(m.text(deep=True)) for m in marked).replace(" ", "") != text.replace(" ", ""):
                continue
            bold = marked[0].tag in ("strong", "b")
        else:  # a magazine sets its questions as headings or block quotes, the answers in paragraphs below
            text, bold = plain(para.text(deep=True)), True
        if not text or len(text) > MAX_QUESTION_CHARS:
            continue
        if text.endswith("?"):
            found.append(text)
            asked = True
        elif asked and text.endswith(".") and len(text.split()) >= MIN_PROMPT_WORDS and bold:
            found.append(text)
    return found if sum(text.endswith("?") for text in found) >= 2 else []


def block_quote_ends(tree: LexborHTMLParser) -> list[str]:
    """The texts (blanks collapsed) of the last paragraph of each block quote: where a quotation set
    as one (`Name said:` and the words below in a `<blockquote>`) ends, which the text alone no longer
    shows once the page is paragraphs."""
    ends = []
    for quote in tree.css("blockquote"):
        paras = quote.css("p")
        text = plain((paras[-1] if paras else quote).text(deep=True))
        if text:
            ends.append(text)
    return ends


def plain(text: str) -> str:
    """Text with the paragraph and line marks gone and its blanks collapsed."""
    return " ".join(text.replace(PARA, " ").replace(LINE, " ").split())


def by_structure(body: LexborNode) -> tuple[LexborNode, str] | None:
    """The page's own article element: the one with the most text of the first kind it has."""
    for selector in STRUCTURE:
        nodes = body.css(selector)
        if nodes:
            length, best = max(((len(n.text(deep=True).strip()), i) for i, n in enumerate(nodes)))
            if length >= MIN_STRUCTURE_CHARS:
                return nodes[best], "structure:" + selector.strip("[]").replace('"', "")
    return None


def by_scoring(body: LexborNode) -> list[LexborNode]:
    """The best-scoring block of paragraphs, with its siblings that score nearly as well.

    Paragraphs are ``<p>``, ``<pre>`` and ``<blockquote>``; on a page whose
    paragraphs hold little text, also the text that stands directly in a
    ``<div>`` or ``<td>``, as older pages write a transcript (turns split by
    ``<br>``), or in the ``<font>`` or ``<span>`` inside one.
    """
    scores: dict[int, list] = {}
    add_scores(scores, ((para, para.text(deep=True)) for para in body.css(PARAGRAPHS)), own=False)
    if sum(score for _, score in scores.values()) < LITTLE_TEXT_SCORE:
        add_scores(scores, ((el, el.text(deep=False)) for el in body.css(TEXT_HOLDERS)), own=True)
    if not scores:
        return []
    ranked = sorted(scores.values(), key=lambda e: -e[1])[:5]
    best, best_score = max(((node, score * (1 - link_density(node))) for node, score in ranked),
                           key=lambda e: e[1])
    parent = best.parent
    if parent is None:
        return [best]
    turns = list_of_turns(best, scores)
    if turns is not None:
        return [turns]
    keep = []
    for sibling in parent.iter():
        entry = scores.get(sibling.mem_id)
        if sibling.mem_id == best.mem_id or (
                entry is not None and entry[1] * (1 - link_density(sibling)) >= 0.2 * best_score):
            keep.append(sibling)
    return keep


def list_of_turns(best: LexborNode, scores: dict[int, list]) -> LexborNode | None:
    """The block holding the best-scoring block and the items like it, when the text is a run of them.

    A transcript may set each turn in an element of its own, the speaker's name in another element
    beside the words (`<div class="speech"><div class="speaker">` ..., a table row of a name cell and a
    text cell): the best block is then one turn's words, and its siblings are a name and nothing
    else. The items are the best block or its parent, and three or more of them of one kind (tag and
    class) hold text under one block, none of them most of it: that block is the text, names and short
    turns included.
    """
    for item in (best, best.parent):
        holder = item.parent if item is not None else None
        if holder is None or holder.tag in ("body", "html"):
            return None
        kind = class_words(item)
        alike = [el for el in holder.iter() if el.tag == item.tag and class_words(el) == kind]
        held = [scores[el.mem_id][1] for el in alike if el.mem_id in scores]
        if len(held) >= MIN_TURN_ITEMS and max(held) <= MAX_TURN_SHARE * sum(held):
            return holder
    return None


def class_words(el: LexborNode) -> frozenset[str]:
    return frozenset((el.attributes.get("class") or "").split())


def add_scores(scores: dict[int, list], paragraphs: Iterable[tuple[LexborNode, str]], own: bool) -> None:
    """Credit each paragraph's score to the block holding it (``own``: to itself) and half to the next one up."""
    for para, text in paragraphs:
        length = len(text.strip())
        if length < 25:
            continue
        score = 1 + text.count(",") + min(length // 100, 3)
        holder = para if own else para.parent
        for share in (1.0, 0.5):
            if holder is None:
                break
            entry = scores.setdefault(holder.mem_id, [holder, 0.0])
            entry[1] += score * share
            holder = holder.parent


def link_density(node: LexborNode) -> float:
    """The share of a block's text that is link text."""
    text = len(node.text(deep=True).strip()) or 1
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    return min(links / text, 1.0)


def mark_blocks(markup: str) -> str:
    """The markup with a paragraph mark before every block tag and a line mark before every ``<br>``.

    Done on the markup, at the regular-expression engine's speed, rather than
    node by node in the tree (a hundred times slower on a page of 50 MB). The
    marks are text to the parser, so none goes where text would move: not
    inside tables (cells are marked in the tree, see :func:`mark_cells`).
    """
    if "<" not in markup:
        return markup
    return BLOCK_TAG.sub(PARA + "<", BREAK_TAG.sub(LINE + "<", markup))


def text_of(nodes: Iterable[LexborNode]) -> str:
    """The paragraphs of the given parts of a page, furniture removed, as text."""
    parts = []
    for node in nodes:
        remove_furniture(node)
        mark_cells(node)
        split_lead_names(node)
        parts.append(node.text(deep=True))
    return as_paragraphs(PARA.join(parts))


def remove_furniture(node: LexborNode) -> None:
    """Remove hidden elements and furniture; a side box or furniture class only if it does not hold most of the text."""
    remove(node, [el for el in node.css(HIDDEN_SELECTOR) if is_hidden(el)])
    remove(node, node.css(FURNITURE))
    total = len(node.text(deep=True))
    boxes = node.css(SIDE_BOXES) + [el for el in node.css("[class], [id]") if is_furniture(el)]
    remove(node, [el for el in boxes if len(el.text(deep=True)) <= 0.5 * total])


def remove(root: LexborNode, elements: list[LexborNode]) -> None:
    """Remove elements from the tree, each once: one inside another goes with it, and is not touched again
    (its memory is freed with the outer one)."""
    ids = {el.mem_id for el in elements}
    outermost = {}
    for el in elements:
        parent = el.parent
        while parent is not None and parent.mem_id != root.mem_id and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None or parent.mem_id == root.mem_id:
            outermost[el.mem_id] = el
    for el in outermost.values():
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
    words = WORD_SPLIT.split(names)
    if not FURNITURE_WORDS.isdisjoint(words):
        return True
    return "author" in words and not FURNITURE_PAIRS.isdisjoint(zip(words, words[1:]))


def mark_cells(node: LexborNode) -> None:
    """Marks the markup could not take: table rows as paragraphs, cells apart (a cell of sentences a
    paragraph of its own), ``<pre>`` lines as lines."""
    for el in node.css("pre"):
        el.replace_with(PARA + el.text(deep=True).replace("\n", LINE) + PARA)
    for el in node.css("td, th"):
        if is_sentence(el.text(deep=True)):  # a turn's words beside the cell naming the speaker
            el.insert_before(PARA)
            el.insert_after(PARA)
        else:
            el.insert_after(CELL)
    for el in node.css(TABLE_BLOCKS):
        el.insert_before(PARA)
        el.insert_after(PARA)


def split_lead_names(node: LexborNode) -> None:
    """`<p><span class="name">Jane Roe</span> Thank you.</p>`: a name set apart at the head of a paragraph
    (or a list item, `<li><span>Jane Roe</span><span>Thank you.</span></li>`),
    with no colon after it and a sentence starting after it, goes on a line of its own, where a segmenter
    reads it as the label of the words below, when three paragraphs or more open so and one name recurs:
    an interview page's form (`<b>Jane Roe</b> said ...` is a sentence, and stays one).
    The page's text gains a paragraph break, never a character the page does not hold."""
    leads = []
    for para in node.css(LEAD_HOLDERS):
        first = para.child
        while first is not None and first.tag == "-text" and not (first.text() or "").strip():
            first = first.next  # blanks before the name
        if first is None or first.tag not in LEAD_TAGS or first.next is None:
            continue
        name = plain(first.text(deep=True))
        rest = plain(first.next.text(deep=True))
        if name[:1].isupper() and 0 < len(name.split()) <= MAX_LEAD_NAME_WORDS and name[-1] not in LEAD_ENDS \
                and rest and rest[0] not in LEAD_ENDS and not rest[0].islower():  # `<b>Roe</b> said ...` goes on
            leads.append((first, name))
    names = [name for _, name in leads]
    if len(leads) >= MIN_LEAD_NAMES and len(set(names)) < len(names):
        for el, _ in leads:
            el.insert_after(PARA)


def is_sentence(text: str) -> bool:
    """Whether a table cell holds sentences (a paragraph of its own), not a value (`June`, `Opening:`)."""
    text = plain(text)
    return text[-1:] in SENTENCE_ENDS and len(text.split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS


def as_paragraphs(raw: str) -> str:
    """Flattened text with marks → lines and paragraphs, blanks collapsed.

    Only string methods and a search that starts with a plain character:
    the regular-expression engine is slow on patterns it must try at every
    position of a long text.
    """
    for space, keep in KEPT_SPACES:  # a page's no-break spaces show as written (`Q&nbsp;&nbsp;&nbsp;Thanks`)
        if space in raw:
            raw = raw.replace(space, keep)
    text = " ".join(raw.replace(CELL, " ").split())  # HTML's blanks, line ends included, are one space
    for space, keep in KEPT_SPACES:
        if keep in text:
            text = text.replace(keep, space)
    for mark in (PARA, LINE):  # no blank at either side of a break
        text = text.replace(" " + mark, mark).replace(mark + " ", mark)
    text = "\n\n".join(filter(None, (part.strip(LINE) for part in text.split(PARA))))
    if LINE + LINE in text:
        text = LINE_BREAKS.sub("\n\n", text)  # `<br><br>` ends a paragraph
    return text.replace(LINE, "\n")
