#!/usr/bin/env python3
"""make_corpus.py -- builds a news-like JSON Lines corpus for the benchmark,
deterministically from a seed, out of the project's own example stories
(examples/corpus.jsonl): sentences recombined into new stories, actor names
swapped across the bundled dictionaries so that lookups vary, dates spread
over 2000-2025, and the noise of real feeds (repeated paragraphs, READ MORE
blocks, literal \\n escapes).

    python3 bench/make_corpus.py --mb 200 --seed 1 --out bench/corpus.jsonl"""
import argparse
import json
import random
import re


def load_sentences(path):
    sents = []
    for line in open(path, encoding="utf-8"):
        s = json.loads(line)
        for para in s["text"].replace("\\n", "\n").split("\n"):
            if not para or para.startswith("-") or para.isupper() or ":" in para[:12]:
                continue
            sents.extend(x.strip() for x in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", para) if x.strip())
    return sents


def load_names(pattern_files):
    names = []
    for path in pattern_files:
        for line in open(path, encoding="utf-8"):
            if ":" not in line or line.startswith("#") or line.startswith("---"):
                continue
            # the names, without a trailing "# comment" (dates, offices)
            for p in line.split(":", 1)[1].split("#", 1)[0].split(";"):
                p = p.strip()
                if p and len(p) > 3 and p.isascii():
                    names.append(" ".join(w[:1].upper() + w[1:] for w in p.split()))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="bench/corpus.jsonl")
    ap.add_argument("--examples", default="examples/corpus.jsonl")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    sents = load_sentences(a.examples)
    names = load_names(["dict/countries.actors", "dict/people.actors", "dict/igos.actors"])
    known = sorted({n for n in names if any(n in s for s in sents)}, key=len, reverse=True)
    headlines = ["- " + s.rstrip(".") for s in sents[:40]]
    target = int(a.mb * 1024 * 1024)
    size = 0
    i = 0
    with open(a.out, "w", encoding="utf-8") as f:
        while size < target:
            k = rnd.randint(5, 30)
            body = []
            for _ in range(k):
                s = rnd.choice(sents)
                for n in known:
                    if n in s and rnd.random() < 0.5:
                        s = s.replace(n, rnd.choice(names))
                        break
                body.append(s)
            paras = [" ".join(body[j:j + 3]) for j in range(0, len(body), 3)]
            if rnd.random() < 0.2:
                paras.insert(rnd.randrange(len(paras) + 1), rnd.choice(paras))
            if rnd.random() < 0.2:
                paras.insert(rnd.randrange(len(paras) + 1),
                             "READ MORE\n" + "\n".join(rnd.sample(headlines, 4)))
            text = ("\\n" if rnd.random() < 0.1 else "\n").join(paras)
            y = rnd.randint(2000, 2025)
            rec = {"id": "b%08d" % i, "date": "%04d-%02d-%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28)),
                   "title": body[0].rstrip("."), "text": text, "source": "bench",
                   "url": "https://example.org/b/%d" % i}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    print("%d stories, %.1f MB" % (i, size / 1048576))


main()
