#!/usr/bin/env python3
"""verb_audit.py -- the lemma audit of annalist's verb dictionaries: the
verbs that TABARI's and PETRARCH's CAMEO verb dictionaries give a code to
(a pattern or a default that is not ---) and that no verb line or synonym
line of dict/cameo.verbs and dict/wordnet.verbs knows, in any inflected
form, ranked by how often their forms occur in the story files given.
Written for annalist (MIT); the anchor dictionaries are only read, to find
gaps: patterns for the gaps are written from the CAMEO manual's definitions.

    python3 tools/verb_audit.py ANCHORS_DIR [STORY_FILE ...] > gaps.tsv

ANCHORS_DIR holds TABARI/CAMEO.091003.master.verbs,
Dictionaries/CAMEO.verbpatterns.txt and petrarch2/CAMEO.2.0.txt (any of
them may be missing). Output: count, lemma, dictionaries, their pattern
count, their codes (a union over the blocks that list the verb)."""
import collections
import os
import re
import sys


def inflect(word):
    """The regular forms of a verb's head word (as the engine makes them,
    with a doubled final consonant guessed as well)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ied", word[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def annalist_verbs(root):
    """Every form (lower case, words joined by spaces) of every verb line
    and synonym line of the two bundled verb files."""
    known = set()
    for name in ["dict/cameo.verbs", "dict/wordnet.verbs"]:
        for line in open(os.path.join(root, name), encoding="utf-8"):
            line = line.split("#")[0].rstrip()
            if not line or line[0] in "-&+~ \t":
                continue
            head, _, rest = line.split()[0].lower().replace("_", " ").partition(" ")
            known |= {(f + " " + rest).strip() for f in inflect(head)}
            braces = re.search(r"\{([^}]*)\}", line)
            if braces:
                known |= {x.lower().replace("_", " ") for x in braces.group(1).split()}
    return known


def codes_of(line):
    """The code in brackets on a line, or None for --- or none."""
    m = re.search(r"\[([^\]]*)\]", line)
    return m.group(1) if m and m.group(1).strip() not in ("---", "") else None


def tabari(path):
    """TABARI verbs (stems unless they end in _) -> [patterns, codes]."""
    out, cur = collections.OrderedDict(), None
    for line in open(path, encoding="latin-1"):
        line = line.split(";")[0].rstrip()
        if line[:1].isalpha():
            cur = line.split()[0]
            out.setdefault(cur, [0, set()])
        elif line.startswith("-") and cur:
            out[cur][0] += 1
        else:
            continue
        if codes_of(line):
            out[cur][1].add(codes_of(line))
    return out


def petrarch(path):
    """PETRARCH verbs (whole words) -> [patterns, codes]; a block's patterns
    count for each verb its header lists."""
    out, verbs, inblock = collections.OrderedDict(), [], False
    for line in open(path, encoding="latin-1"):
        s = line.split("#")[0].rstrip()
        if s.startswith("---"):
            verbs, inblock, block_code = [], True, codes_of(s)
            continue
        if not inblock or not s.strip():
            continue
        if s[0] == "-":
            for v in verbs:
                out[v][0] += 1
                if codes_of(s):
                    out[v][1].add(codes_of(s))
            continue
        word = s.split()[0]
        if s[0] in "&+" or not re.match(r"^[A-Z][A-Z_\-]*$", word):
            continue
        verbs.append(word)
        out.setdefault(word, [0, set()])
        if codes_of(s) or block_code:
            out[word][1].add(codes_of(s) or block_code)
    return out


def covered(verb, known, stem):
    """Whether annalist knows the verb (a TABARI stem: any known form
    starting with it)."""
    w = verb.lower().rstrip("_").replace("_", " ")
    if w in known:
        return True
    return stem and any(k.startswith(w) for k in known)


def main():
    anchors, stories = sys.argv[1], sys.argv[2:]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    known = annalist_verbs(root)
    gaps = {}
    for rel, reader, stem in [("TABARI/CAMEO.091003.master.verbs", tabari, True),
                              ("Dictionaries/CAMEO.verbpatterns.txt", petrarch, False),
                              ("petrarch2/CAMEO.2.0.txt", petrarch, False)]:
        path = os.path.join(anchors, rel)
        if not os.path.exists(path):
            continue
        for verb, (n, codes) in reader(path).items():
            if codes and not covered(verb, known, stem):
                g = gaps.setdefault(verb.lower().rstrip("_"), [set(), 0, set()])
                g[0].add(rel.split("/")[0])
                g[1] += n
                g[2] |= codes
    words = collections.Counter()
    for f in stories:
        words.update(re.findall(r"[a-z][a-z\-]*", open(f, encoding="utf-8", errors="replace").read().lower()))
    rows = sorted(((sum(words[x] for x in inflect(v.split("_")[0])) if "_" not in v else 0, v, g)
                   for v, g in gaps.items()), key=lambda r: (-r[0], r[1]))
    for count, verb, (src, n, codes) in rows:
        print("%d\t%s\t%s\t%d\t%s" % (count, verb, ",".join(sorted(src)), n, " ".join(sorted(codes))))


if __name__ == "__main__":
    main()
