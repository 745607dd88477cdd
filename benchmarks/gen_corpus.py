"""A deterministic synthetic corpus of N articles built from fixtures/seeds: a month of coverage.

    python benchmarks/gen_corpus.py N OUT      # writes OUT/a00000.txt … (front matter + body)

Article i < 5 is seed i as it is. Every later article retells seed i % 5 (its story):
some paragraphs dropped, a few paragraphs borrowed from other stories (recombined
across articles), figures nudged (+1, +10), dates moved (a day, a week, a month), names
respelt (奥特曼 / 阿尔特曼, Mark Chen / 陈信翰), the script switched or mixed paragraph
by paragraph (opencc), and a publication date somewhere in a 31-day window. So the
corpus holds many true agreements (unchanged figures), contradictions (nudged ones at
one time) and evolutions (nudged ones on other days).

Each article depends only on its index (its own random stream): the corpus of 200 is the
first 200 files of the corpus of 1,000, and two runs write byte-identical files.
benchmarks/match.py, cache.py, run.py and dask_run.py all use this one generator.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import opencc

from claims.model import Source
from claims.sources.load import Document, front_matter, load, publication_date

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SEED = 20261123  # the corpus's random seed; article i draws from Random(f"{SEED}:{i}")
DROP = 0.15  # share of a story's paragraphs a retelling leaves out
BORROW = 0.5  # share of retellings that take 1-3 paragraphs from other stories
WINDOW_DAYS = 31  # publication dates spread over a month after the story's first report
DEFAULT_DAY = date(2025, 12, 1)  # for seeds that state no publication date
NUDGES = (0, 0, 0, 0, 1, 10)  # a figure is changed by one of these (two in six change)
DATE_SHIFTS = (0, 0, 0, 0, 1, 7, 30)  # days a stated date moves
# Spellings of one person the alias table should join (and a few it should not confuse).
RESPELL = {
    "Mark Chen": ("Mark Chen", "陈信翰", "Mark  Chen"),
    "奥特曼": ("奥特曼", "阿尔特曼", "Sam Altman"),
    "扎克伯格": ("扎克伯格", "小扎", "马克·扎克伯格"),
    "Jakub": ("Jakub", "Jakub Pachocki", "雅各布"),
}
OUTLETS = ("新华网", "澎湃新闻", "界面新闻", "36氪", "量子位", "智东西", "南方周末", "明報", "聯合報", "端傳媒")

_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
# A full date (to move by days) or a plain run of digits (to nudge); URLs and image links are left alone.
_FIGURE = re.compile(r"(?P<date>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)|(?P<url>\(https?://[^)]*\))|(?P<n>\d+)")
_NAME = re.compile("|".join(re.escape(k) for k in RESPELL))


def seeds() -> list[tuple[str, Document]]:
    """The seeds' texts and loaded documents, in file order."""
    paths = sorted(SEEDS.glob("*.txt"))
    return [(p.read_text(encoding="utf-8-sig"), load(p)) for p in paths]


def _paragraphs(doc: Document) -> list[str]:
    return [p for p in doc.raw[doc.body_start :].split("\n\n") if p.strip()]


def _perturb(text: str, rng: random.Random) -> str:
    def figure(m: re.Match[str]) -> str:
        if m.group("url"):
            return m.group()
        if m.group("date"):
            try:
                day = date(int(m["y"]), int(m["m"]), int(m["d"])) + timedelta(days=rng.choice(DATE_SHIFTS))
            except ValueError:
                return m.group()
            return f"{day.year}年{day.month}月{day.day}日"
        digits = m.group("n")
        return str(int(digits) + rng.choice(NUDGES)) if len(digits) < 6 else digits

    text = _FIGURE.sub(figure, text)
    return _NAME.sub(lambda m: rng.choice(RESPELL[m.group()]), text)


def _script(paras: list[str], i: int, rng: random.Random) -> list[str]:
    """As written, all traditional, all simplified, or mixed paragraph by paragraph."""
    mode = i % 4
    if mode == 1:
        return [_S2T.convert(p) for p in paras]
    if mode == 2:
        return [_T2S.convert(p) for p in paras]
    if mode == 3:
        return [(_S2T if rng.random() < 0.5 else _T2S).convert(p) for p in paras]
    return paras


def variant(story: Document, others: list[Document], i: int, rng: random.Random) -> str:
    """Article i: a retelling of `story` (see the module docstring), front matter included."""
    paras = [p for p in _paragraphs(story) if rng.random() > DROP] or _paragraphs(story)
    if others and rng.random() < BORROW:
        for _ in range(rng.randint(1, 3)):
            donor = _paragraphs(rng.choice(others))
            paras.insert(rng.randrange(len(paras) + 1), rng.choice(donor))
    paras = _script([_perturb(p, rng) for p in paras], i, rng)
    first = date.fromisoformat(story.source.published) if story.source.published else DEFAULT_DAY
    published = first + timedelta(days=rng.randrange(WINDOW_DAYS))
    title = (story.source.title or paras[0][:40]).replace('"', "'")
    head = (
        f'---\ntitle: "{_perturb(title, rng)}"\nsource: "https://example.com/{i % len(OUTLETS)}/{i:05d}"\n'
        f'author: "{OUTLETS[i % len(OUTLETS)]}"\npublished: {published.isoformat()}\n---\n'
    )
    return head + "\n\n".join(paras) + "\n"


def article(i: int, loaded: list[tuple[str, Document]]) -> str:
    """The text of article i (seed i itself for the first len(seeds))."""
    if i < len(loaded):
        return loaded[i][0]
    rng = random.Random(f"{SEED}:{i}")
    story = loaded[i % len(loaded)][1]
    others = [d for k, (_, d) in enumerate(loaded) if k != i % len(loaded)]
    return variant(story, others, i, rng)


def texts(n: int) -> list[str]:
    loaded = seeds()
    return [article(i, loaded) for i in range(n)]


def documents(n: int) -> list[Document]:
    """The corpus as in-memory Documents (ids a0000 …), for benchmarks that skip the files."""
    docs = []
    for i, raw in enumerate(texts(n)):
        meta, body, _ = front_matter(raw)
        stated = meta.get("published")
        published = str(stated)[:10] if stated else publication_date(raw[body:])
        docs.append(Document(Source(id=f"a{i:04d}", path=f"<a{i}>", published=published), raw, body))
    return docs


def write(n: int, out: Path) -> list[Path]:
    """Write the corpus to OUT/a00000.txt …; files already holding the same text are left alone."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("a*.txt"):  # a larger corpus written here before
        if re.fullmatch(r"a\d{5}", stale.stem) and int(stale.stem[1:]) >= n:
            stale.unlink()
    paths = []
    for i, raw in enumerate(texts(n)):
        path = out / f"a{i:05d}.txt"
        data = raw.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, metavar="N", help="number of articles")
    ap.add_argument("out", type=Path, metavar="OUT", help="folder to write them to")
    args = ap.parse_args(argv)
    paths = write(args.n, args.out)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
