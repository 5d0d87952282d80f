#!/usr/bin/env python3
"""wordnet_verbs.py -- writes dict/wordnet.verbs: verbs the bundled verb
dictionary does not know, each read as a verb it knows that WordNet gives as
its synonym ("ink" as "sign", "oust" as "expel"), so that the known verb's
patterns, with their targets, code it. Written for annalist (MIT).

    python3 tools/wordnet_verbs.py dict/cameo.verbs /usr/share/wordnet > dict/wordnet.verbs
    (make dict-wordnet; needs the Debian package wordnet-base)

Data: Princeton WordNet 3.0 (data.verb, index.verb, cntlist.rev, verb.exc),
WordNet 3.0 Copyright 2006 by Princeton University, under the WordNet 3.0
license (BSD-style, https://wordnet.princeton.edu/license-and-commercial-use):
"Permission to use, copy, modify and distribute this software and database
and its documentation for any purpose and without fee or royalty is hereby
granted, provided that you agree to comply with the following copyright
notice and statements, including the disclaimer, and that the same appear on
ALL copies of the software, database and documentation, including
modifications that you make for internal use or for distribution." The
notice and disclaimer are written at the top of the generated file.

How a verb is chosen (conservative: a wrong synonym is a spurious event):
- a single word of letters, not a verb (nor an event noun) of the dictionary,
  with at most MAX_SENSES verb senses in WordNet and not in STOP;
- its senses in WordNet's order (by frequency in the tagged corpus); only the
  first FIRST_SENSES, and only senses of the social, communication,
  competition, possession, contact and change lexicographer files (not
  "slam a door": verb.contact is kept only when the known verb is an
  attack);
- in that sense, a member of the same synset that the dictionary knows, for
  which the synset is among its own first KNOWN_RANK senses (the known verb
  in its common sense); else, for the first sense only and in the social,
  communication, competition and possession files, a member of the direct
  hypernym's synset ("incarcerate" -> "imprison"), when that synset is the
  known verb's first sense and has at most HYPER_TROPONYMS troponyms (a
  general verb such as "remove" says too little); never a TARGET_STOP verb;
- a word tagged more often as a noun than as a verb (by more than two) in
  WordNet's corpus is left out (its verb sense would mostly be read in a
  noun), and so is every word of the STOP lists below.
Irregular and doubled forms come from WordNet's verb.exc (spelling variants
such as "co-ordinate" are left out).
"""
import os
import re
import sys

MAX_SENSES = 4      # more verb senses than this: too ambiguous
FIRST_SENSES = 2    # senses of the unknown verb looked at
KNOWN_RANK = 3      # the synset must be among the known verb's first senses
# lexicographer files (lexnames): 30 change, 32 communication, 33
# competition, 35 contact, 38 motion, 40 possession, 41 social
LEXFILES = {30, 32, 33, 35, 40, 41}
# a hypernym is used only for the unknown verb's first sense, in these
# files, when it is the known verb's first sense and has few troponyms (a
# general verb such as "remove" or "provide" says too little)
HYPER_LEXFILES = {32, 33, 40, 41}
HYPER_TROPONYMS = 15
# Known verbs too general to stand for a word WordNet files under them.
TARGET_STOP = {"be", "have", "do", "make", "get", "go", "come", "take", "give", "put", "set",
               "say", "tell", "hold", "keep", "let", "see", "show", "call", "run", "move",
               "turn", "leave", "bring", "send", "use", "work", "act", "play", "stand", "pass",
               "meet", "open", "close", "start", "stop", "end", "cut", "break", "strike", "hit",
               "fight", "back", "support", "help", "change", "place", "raise", "return",
               "release", "charge", "reach", "carry", "offer", "order", "press", "push", "pull"}
# Mappings that read wrongly in news, found by reading the whole generated
# list: "word~KNOWN" as the script would write it without this list. A word
# here is left out, whatever it would map to.
# (1) mostly not a verb in news: an adjective, noun or preposition ("better
# ties with", "except", "the appropriate measures"), or another verb's form
# ("found" is the past of "find"):
STOP_NOT_A_VERB = """
    appropriate~seize better~improve busy~occupy corrupt~buy delegate~designate
    dissent~protest entitle~authorise exact~demand except~object expatriate~exile
    found~establish further~encourage hale~coerce intermediate~mediate intern~detain
    intimate~suggest jug~imprison lag~imprison legitimate~permit loose~free
    manifest~certify negative~veto note~remark off~murder plain~complain
    queer~thwart quote~reiterate risk~attempt rubbish~lash_out savage~assail
    scourge~penalise sub~exchange swan~affirm utter~express void~annul
"""
# (2) WordNet's synonym is in a sense of the known verb that the dictionary
# does not code ("deport" as 'behave oneself'):
STOP_OTHER_SENSE = """
    acquit~deport affiance~vow barrack~exhort behave~deport comport~deport
"""
# (3) the known verb's patterns would code an act the word does not name:
# "delay" ~ detain (an arrest, 173), "hinder" / "stonewall" ~ blockade (191),
# "predict" ~ promise (a pledge), "defeat" ~ kill, "conquer" ~ suppress
# (repression, 175), "ensure" ~ assure, "obtain" ~ receive, "employ" ~
# engage, "torpedo" (a deal) ~ attack, "repay" (a loan) ~ give back:
STOP_OTHER_ACT = """
    accost~solicit accredit~recognise afford~yield bankrupt~smash bereave~strip
    blunder~breach boob~breach bootstrap~assist borrow~adopt bottleneck~blockade
    bribe~buy burke~murder carouse~riot circumvent~besiege clothe~invest
    conjure~beseech conquer~suppress consecrate~commit consign~abandon
    constrain~tighten copyright~procure coquette~talk coquet~talk dedicate~commit
    defeat~kill defibrillate~restore delay~detain denominate~designate
    denote~designate depict~describe deplume~ransack depone~depose
    depreciate~disparage desecrate~assail devote~commit disallow~veto
    discount~brush_aside disembarrass~free dishonor~assault dishonour~assault
    displume~ransack dissuade~advise ditto~reiterate doom~sentence
    embarrass~blockade employ~engage enroll~enter enrol~enter ensure~assure
    exclaim~proclaim expedite~assist extenuate~apologise extrapolate~conclude
    filibuster~blockade financier~operate flirt~talk flunk~bomb foray~ransack
    forbid~veto forebode~promise foredoom~sentence foretell~promise gamble~attempt
    generalize~conclude goof~breach govern~decide graduate~receive hinder~blockade
    hire~engage inaugurate~kick_off inclose~introduce incur~receive indemnify~repair
    indispose~disqualify inhibit~suppress insert~introduce institutionalise~commit
    institutionalize~commit insure~assure interdict~veto interject~cut_off
    liaise~mediate locate~turn_up meld~announce mention~remark mitigate~apologise
    molest~assail mutilate~murder obtain~receive offend~breach orphan~strip
    outline~describe palliate~apologise pip~shoot politick~engage practise~exercise
    pray~beg predicate~proclaim predict~promise preface~state prognosticate~promise
    prohibit~veto pronounce~label proscribe~veto punctuate~stress purport~claim
    putter~occupy quiz~test ransom~exchange recompense~repair recruit~enter
    recuperate~go_back recur~go_back regain~find regularise~decide regularize~decide
    reimburse~give_back reincarnate~renew relegate~submit renormalise~normalise
    renormalize~normalise repay~give_back reserve~withhold resign~renounce rid~free
    roast~ridicule roister~riot rubricate~recognise salve~rescue scald~lash_out
    scupper~ambush sic~assail smatter~occupy stet~annul stonewall~blockade
    stymie~blockade stymy~blockade subserve~assist summarize~reiterate
    supercharge~advance tantalise~mock tantalize~mock teach~instruct thermostat~curb
    tinsel~contribute torpedo~attack transfuse~contribute trounce~beat twit~mock
    unarm~strip unclothe~strip unclutter~clear unfit~disqualify unloosen~free
    unloose~free unsex~strip unspell~free vanquish~beat worsen~decline
    wrestle~battle
"""
STOP = {p.split("~")[0]: why for why, text in (
    ("not a verb", STOP_NOT_A_VERB), ("other sense", STOP_OTHER_SENSE), ("other act", STOP_OTHER_ACT))
    for p in text.split()}


def known_verbs(path):
    """The verb lemmas of a verb dictionary (folded, '_' as ' ') and its
    event nouns."""
    verbs, nouns = set(), set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line or line[0] in "-&+{<":
            continue
        noun = line[0] == "~"
        word = re.split(r"[ \t{\[]", line.lstrip("~"), 1)[0].lower().replace("_", " ")
        (nouns if noun else verbs).add(word)
    return verbs, nouns


def read_index(path):
    """lemma -> [synset offsets] in WordNet's order."""
    idx = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith(" "):
            continue
        f = line.split()
        nsyn, nptr = int(f[2]), int(f[3])
        idx[f[0]] = f[6 + nptr:6 + nptr + nsyn]
    return idx


def read_data(path):
    """offset -> (lexfile, [lemma], [hypernym offsets], gloss)."""
    data = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        nw = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(nw)]
        words = [re.sub(r"\(.*\)$", "", w) for w in words]
        p = 4 + 2 * nw
        nptr = int(f[p])
        ptrs = [f[p + 1 + 4 * i:p + 5 + 4 * i] for i in range(nptr)]
        hyper = [q[1] for q in ptrs if q[0] == "@" and q[2] == "v"]
        tropo = sum(1 for q in ptrs if q[0] == "~")
        data[f[0]] = (int(f[1]), words, hyper, gloss.strip(), tropo)
    return data


def read_counts(path):
    """(lemma, pos letter) -> tagged count over all its senses."""
    cnt = {}
    for line in open(path, encoding="utf-8"):
        key, _, n = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v"}.get(rest[0])
        if pos:
            cnt[(lemma, pos)] = cnt.get((lemma, pos), 0) + int(n)
    return cnt


def read_exc(path):
    """lemma -> its irregular forms (verb.exc)."""
    exc = {}
    for line in open(path, encoding="utf-8"):
        f = line.split()
        for base in f[1:]:
            exc.setdefault(base, []).append(f[0])
    return exc


def main():
    verbs_path, wn = sys.argv[1], sys.argv[2]
    verbs, nouns = known_verbs(verbs_path)
    idx = read_index(os.path.join(wn, "index.verb"))
    data = read_data(os.path.join(wn, "data.verb"))
    cnt = read_counts(os.path.join(wn, "cntlist.rev"))
    exc = read_exc(os.path.join(wn, "verb.exc"))
    attack = {v for v in verbs if v in ("attack", "assault", "bomb", "shell", "strike", "raid")}

    def rank(known, off):
        """Where synset off stands among known's senses (0 = first), or 99."""
        offs = idx.get(known.replace(" ", "_"), [])
        return offs.index(off) if off in offs else 99

    out = []
    for word in sorted(idx):
        if not re.fullmatch(r"[a-z]+", word) or word in verbs or word in nouns or word in STOP:
            continue
        senses = idx[word]
        if len(senses) > MAX_SENSES:
            continue
        if cnt.get((word, "n"), 0) > cnt.get((word, "v"), 0) + 2:
            continue
        best = None
        for si, off in enumerate(senses[:FIRST_SENSES]):
            lex, words, hyper, gloss, _ = data[off]
            if lex not in LEXFILES:
                continue
            cands = [(0, off, w) for w in words if w != word]
            for h in hyper:
                if si == 0 and lex in HYPER_LEXFILES and data[h][4] <= HYPER_TROPONYMS:
                    cands += [(1, h, w) for w in data[h][1]]
            for rel, soff, w in cands:
                k = w.replace("_", " ")
                if k not in verbs or k in TARGET_STOP:
                    continue
                r = rank(k, soff)
                if r >= (KNOWN_RANK if rel == 0 else 1) or (lex == 35 and k not in attack):
                    continue
                key = (si, rel, r, k)
                if best is None or key < best[0]:
                    best = (key, soff, gloss)
            if best:
                break
        if not best:
            continue
        (si, rel, r, k), soff, gloss = best
        forms = sorted(f for f in set(exc.get(word, [])) if re.fullmatch(r"[a-z]+", f))
        out.append((word, forms, k, si, rel, data[soff][1], gloss))

    w = sys.stdout.write
    w("# annalist verbs: WordNet synonyms of the verbs of dict/cameo.verbs.\n")
    w("# Generated by tools/wordnet_verbs.py from Princeton WordNet 3.0 -- edit the\n")
    w("# script (its STOP list), not this file; `make dict-wordnet` (needs wordnet-base).\n")
    w("#! source WordNet 3.0\n")
    w("# A line WORD {forms} = KNOWN: WORD and its forms are read as the verb KNOWN\n")
    w("# (every block of it, with its patterns); docs/dictionaries.md.\n")
    w("#\n")
    w("# WordNet Release 3.0. This software and database is being provided to you,\n")
    w("# the LICENSEE, by Princeton University under the following license. By\n")
    w("# obtaining, using and/or copying this software and database, you agree that\n")
    w("# you have read, understood, and will comply with these terms and conditions.:\n")
    w("# Permission to use, copy, modify and distribute this software and database\n")
    w("# and its documentation for any purpose and without fee or royalty is hereby\n")
    w("# granted, provided that you agree to comply with the following copyright\n")
    w("# notice and statements, including the disclaimer, and that the same appear\n")
    w("# on ALL copies of the software, database and documentation, including\n")
    w("# modifications that you make for internal use or for distribution.\n")
    w("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
    w("# THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY\n")
    w("# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF\n")
    w("# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS\n")
    w("# OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR\n")
    w("# THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT\n")
    w("# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.\n")
    w("# The name of Princeton University or Princeton may not be used in\n")
    w("# advertising or publicity pertaining to distribution of the software and/or\n")
    w("# database. Title to copyright in this software, database and any associated\n")
    w("# documentation shall at all times remain with Princeton University and\n")
    w("# LICENSEE agrees to preserve same.\n")
    for word, forms, k, si, rel, syn, gloss in out:
        fs = " {%s}" % " ".join(f.upper() for f in forms) if forms else ""
        how = "synonym" if rel == 0 else "hypernym"
        w("\n# sense %d, %s {%s}: %s\n" % (si + 1, how, ", ".join(syn), gloss[:90]))
        w("%s%s = %s\n" % (word.upper(), fs, k.upper().replace(" ", "_")))
    sys.stderr.write("%d synonyms\n" % len(out))


if __name__ == "__main__":
    main()
