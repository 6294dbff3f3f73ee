"""Write a corpus of realistic documents in the seeds' genres, deterministically.

    python benchmarks/generate.py OUT --count 100000 [--start 0] [--seed 1]

Three genres, mixed as in a news feed:

* meeting transcripts (`President of Azerbaijan X said:` then dash turns, and
  `President X: text` turns, a date line, page furniture);
* interviews (the interviewee in the title, a `By Outlet` byline, dash
  question and answer turns);
* quote-led news (`"...," said X.`, `X said: "..."`, `"...," the minister
  noted.`, a `© Outlet` credit or `, Outlet reports.`).

Document ``i`` depends only on ``--seed`` and ``i``: ``--start 100000
--count 1000`` adds documents to a corpus of 100,000 without changing any.
Files are named ``SHARD/NNNNNNN_HASH.txt`` like the seeds (`000_ac5fb59a.txt`),
10,000 to a shard folder.
"""
from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path
from typing import Callable

FIRST = ["Vladimir", "Ilham", "Nikol", "Olaf", "Emmanuel", "Recep", "Kassym-Jomart", "Shavkat", "Alexander",
         "Sergey", "Jeyhun", "Mikhail", "Dmitry", "Maria", "Angela", "Ursula", "Antony", "Josep", "Annalena",
         "Narendra", "Xi", "Fumio", "Giorgia", "Pedro", "Mark", "Keir", "Rishi", "Joe", "Kamala", "Justin",
         "Cyril", "Luiz", "Javier", "Claudia", "Andrzej", "Petr", "Viktor", "Zuzana", "Kaja", "Gitanas",
         "Aleksandar", "Edi", "Maia", "Irakli", "Sadyr", "Emomali", "Serdar", "Mirziyoyev", "Hakan", "Ayhan",
         "Leyla", "Elmar", "Anar", "Samir", "Rashad", "Tatyana", "Igor", "Yulia", "Oksana", "Nadia"]
LAST = ["Putin", "Aliyev", "Pashinyan", "Scholz", "Macron", "Erdogan", "Tokayev", "Mirziyoyev", "Lukashenko",
        "Lavrov", "Bayramov", "Galuzin", "Peskov", "Zakharova", "Merkel", "von der Leyen", "Blinken", "Borrell",
        "Baerbock", "Modi", "Jinping", "Kishida", "Meloni", "Sanchez", "Rutte", "Starmer", "Sunak", "Biden",
        "Harris", "Trudeau", "Ramaphosa", "da Silva", "Milei", "Sheinbaum", "Duda", "Fiala", "Orban",
        "Caputova", "Kallas", "Nauseda", "Vucic", "Rama", "Sandu", "Kobakhidze", "Japarov", "Rahmon",
        "Berdimuhamedov", "Fidan", "Hajiyev", "Mammadov", "Novruzov", "Huseynov", "Ivanova", "Korotchenko",
        "Saveliev", "Rudenko", "Overchuk", "Mishustin", "Jabbarov", "Manturov"]
COUNTRIES = [("Russia", "Russian"), ("Azerbaijan", "Azerbaijani"), ("Armenia", "Armenian"),
             ("Germany", "German"), ("France", "French"), ("Turkey", "Turkish"), ("Kazakhstan", "Kazakh"),
             ("Uzbekistan", "Uzbek"), ("Belarus", "Belarusian"), ("Georgia", "Georgian"), ("India", "Indian"),
             ("China", "Chinese"), ("Japan", "Japanese"), ("Italy", "Italian"), ("Spain", "Spanish"),
             ("the United Kingdom", "British"), ("the United States", "American"), ("Canada", "Canadian"),
             ("Brazil", "Brazilian"), ("Poland", "Polish"), ("Hungary", "Hungarian"), ("Serbia", "Serbian")]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Deputy Foreign Minister", "Economy Minister",
         "Defence Minister", "Ambassador", "Energy Minister", "Speaker of Parliament", "Presidential Aide",
         "Deputy Prime Minister", "Trade Minister"]
OUTLETS = ["APA", "Vestnik Kavkaza", "TASS", "Interfax", "Trend News Agency", "Report News Agency",
           "Caspian News", "Eurasia Daily", "The Baku Times", "Kremlin Press Service", "AzerNews",
           "Daily Sabah", "Reuters", "The Moscow Times", "Caucasus Watch", "Central Asia Review"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TOPICS = ["trade and economic relations", "transport communications", "energy cooperation",
          "the North-South transport corridor", "regional security", "humanitarian ties",
          "the exchange of young people", "the peace treaty", "investment projects", "education",
          "the Declaration on Allied Cooperation", "gas supplies", "grain exports", "tourism", "digitalization",
          "the intergovernmental commission", "the roadmaps we signed", "logistics", "migration policy",
          "the situation in the South Caucasus", "the fight against the pandemic", "space research"]
PLACES = ["Moscow", "Baku", "Yerevan", "Berlin", "Paris", "Ankara", "Astana", "Tashkent", "Minsk", "Tbilisi",
          "St. Petersburg", "Sochi", "Shusha", "Ganja", "Kazan", "Brussels", "Geneva", "Vienna"]
SENTENCES = [
    "We are now working to raise the level of {topic} even higher.",
    "Our trade turnover already exceeds {money} and has increased by {pct} percent.",
    "I would like to take this opportunity to thank you for the invitation to {place}.",
    "The issue of {topic} remains one of the most important on our agenda.",
    "In my opinion, {topic} is the basis and the driving force of our partnership.",
    "There are {n} projects under way, and more are being prepared.",
    "Of course, we will discuss {topic} in greater detail today.",
    "We have already delivered more than {big} tonnes of cargo along this route.",
    "Last year there was a certain decline, but there is a steady growth and recovery now.",
    "More than {big} students from {country} are studying at our universities.",
    "This is a significant event for both our countries and our peoples.",
    "We hope that all the provisions of the statement signed in {month} {year} will be fulfilled.",
    "Relations between neighbours do not always develop the same way as between us.",
    "I am told that about {pct} percent more goods were transported than last year.",
    "Our goals are completely the same, and we trust each other.",
    "The intergovernmental commission is working hard, and it meets regularly in {place}.",
    "Investment in the economy of {country} has reached {money}.",
    "Thank you for your attention to {topic} and for your personal involvement.",
    "We are determined to make sure that the post-conflict period is as painless as possible.",
    "It is beyond doubt that this work is in the interests of both sides.",
    "The prospects for {topic} are very good, as the figures for {month} show.",
    "As a diplomat, I would prefer to refrain from making forecasts.",
    "We have six roadmaps, covering {topic}, {topic2} and culture.",
    "I think {big} doses have already been delivered to {place}.",
]
QUESTIONS = [
    "How do you assess the current state of {topic}?",
    "What recent agreements on {topic} seem particularly significant to you?",
    "Is a meeting of the leaders expected in {place} this year?",
    "What dynamics do you expect in {topic} in the near future?",
    "What unites our peoples and countries, in your opinion?",
    "How will the agreements signed in {month} change {topic}?",
    "What would you like to say to the readers in {country}?",
]
NARRATION = [
    "The heads of state addressed the meeting.",
    "The talks took place in {place} and lasted several hours.",
    "The parties discussed {topic} and {topic2}.",
    "A number of documents were signed following the talks.",
    "The delegations then continued the talks in an expanded format.",
]
FURNITURE = ["", "", "", "2790 views", "Share:", "Print:", "Comments are closed.", "Advertisement",
             "Facebook Twitter Telegram"]


class Person:
    def __init__(self, rng: random.Random):
        self.first, self.last = rng.choice(FIRST), rng.choice(LAST)
        self.country, self.adjective = rng.choice(COUNTRIES)
        self.role = rng.choice(ROLES)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def styled(self, rng: random.Random) -> str:
        """The person as a document introduces them: five ways the seeds do it."""
        return rng.choice([
            f"{self.role} of {self.country} {self.name}", f"{self.adjective} {self.role} {self.name}",
            f"{self.role} {self.name}", self.name, f"{self.name}, {self.role} of {self.country},",
        ]).rstrip(",")


def fill(rng: random.Random, template: str) -> str:
    return template.format(
        topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS), place=rng.choice(PLACES),
        country=rng.choice(COUNTRIES)[0], money=f"${rng.randint(1, 40)} billion", pct=rng.randint(2, 60),
        n=rng.randint(3, 90), big=f"{rng.randint(2, 900)},000", month=rng.choice(MONTHS),
        year=rng.randint(2015, 2024))


def paragraph(rng: random.Random, low: int = 3, high: int = 9) -> str:
    return " ".join(fill(rng, rng.choice(SENTENCES)) for _ in range(rng.randint(low, high)))


def date_line(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2024)
    hour, minute = rng.randint(7, 22), rng.randint(0, 59)
    return rng.choice([
        f"{day} {month} {year}, {hour:02d}:{minute:02d}",
        f"# {day} {month} {year} {hour:02d}:{minute:02d} (UTC +04:00)",
        f"{month} {day}, {year}",
        f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}",
    ])


def transcript(rng: random.Random) -> str:
    a, b = Person(rng), Person(rng)
    place = rng.choice(PLACES)
    lines = [f"{a.name}, {b.name} held talks in {place}", date_line(rng), "",
             f"{b.styled(rng)} is on a visit to {a.country} at the invitation of {a.styled(rng)}.", "",
             fill(rng, rng.choice(NARRATION)), ""]
    for turn in range(rng.randint(3, 12)):
        speaker = (a, b)[turn % 2]
        if rng.random() < 0.5:
            lines += [f"{speaker.styled(rng)} said:", "", f"- {paragraph(rng)}", ""]
            lines += [paragraph(rng) for _ in range(rng.randint(0, 2))]
        else:
            lines += [f"{speaker.role} {speaker.name}: {paragraph(rng, 1, 4)}", ""]
    lines += [rng.choice(FURNITURE)]
    return "\n".join(lines)


def interview(rng: random.Random) -> str:
    guest = Person(rng)
    outlet = rng.choice(OUTLETS)
    headline = fill(rng, rng.choice(["{country} and {place} develop {topic}", "We will continue {topic}",
                                     "Relations reach a new level in {topic}"]))
    dash = rng.choice(["-", "–", "—"])
    lines = [f"{guest.name}: {headline}", "", f"By {outlet}", date_line(rng), "",
             f"{guest.styled(rng)} spoke to {outlet} about {rng.choice(TOPICS)}.", ""]
    for _ in range(rng.randint(3, 10)):
        lines += [f"{dash} {guest.first}, {fill(rng, rng.choice(QUESTIONS)).lower()}", "",
                  f"{dash} {paragraph(rng)}", ""]
        if rng.random() < 0.3:
            lines += [paragraph(rng), ""]
    lines += [rng.choice(FURNITURE)]
    return "\n".join(lines)


def news(rng: random.Random) -> str:
    people = [Person(rng) for _ in range(rng.randint(1, 3))]
    outlet = rng.choice(OUTLETS)
    lead = people[0]
    lines = [fill(rng, rng.choice(["{country} and {place} expand {topic}", "Talks on {topic} continue in {place}",
                                   "Leaders discuss {topic}"])), "", date_line(rng), ""]
    if rng.random() < 0.5:
        lines += [f"© {outlet} | {lead.name}", ""]
    for k in range(rng.randint(4, 14)):
        p = rng.choice(people)
        quote = paragraph(rng, 1, 6)
        form = rng.random()
        if form < 0.35:
            lines.append(f"“{quote[:-1]},” said {p.styled(rng)}.")
        elif form < 0.6:
            lines.append(f"{p.styled(rng)} said: “{quote}”")
        elif form < 0.75:
            lines.append(f"\"{quote[:-1]},\" the {p.role.lower()} noted.")
        else:
            lines.append(paragraph(rng))
        lines.append("")
    if rng.random() < 0.5:
        lines.append(f"The talks took place in {rng.choice(PLACES)}, {outlet} reports.")
    return "\n".join(lines)


GENRES = (transcript, interview, news)


def document(seed: int, i: int) -> str:
    rng = random.Random(f"{seed}:{i}")
    return rng.choices(GENRES, weights=(4, 3, 3))[0](rng).strip() + "\n"


def write_range(args: tuple[str, int, int, int, Callable[[int, int], str], str]) -> int:
    out, seed, start, stop, render, suffix = args
    written = 0
    for i in range(start, stop):
        text = render(seed, i).encode("utf-8")
        digest = hashlib.blake2b(text, digest_size=8).hexdigest()
        folder = Path(out) / f"{i // 10000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:07d}_{digest}{suffix}").write_bytes(text)
        written += len(text)
    return written


def generate(out: str | Path, count: int, start: int = 0, seed: int = 1, jobs: int | None = None,
             render: Callable[[int, int], str] = document, suffix: str = ".txt") -> int:
    """Write documents ``start`` to ``start + count`` (each ``render(seed, i)``, as ``.../NNNNNNN_HASH{suffix}``);
    returns the bytes written."""
    step = 2000
    ranges = [(str(out), seed, a, min(a + step, start + count), render, suffix)
              for a in range(start, start + count, step)]
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(ranges) == 1:
        return sum(map(write_range, ranges))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return sum(pool.imap_unordered(write_range, ranges))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the documents to")
    parser.add_argument("--count", type=int, default=10_000, help="how many documents (default 10000)")
    parser.add_argument("--start", type=int, default=0, help="number of the first document (default 0)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    size = generate(args.out, args.count, args.start, args.seed, args.jobs)
    print(f"wrote {args.count} documents, {size / 1e6:.1f} MB, to {args.out} "
          f"in {time.perf_counter() - began:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
