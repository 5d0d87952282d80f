#!/usr/bin/env python3
"""leaders_check.py -- checks the dated leaders dictionaries (dict/*.actors)
against the convention of docs/dictionaries.md ("Leaders files").

usage: leaders_check.py [DICT_DIR] [--enforce CODE,CODE...] [--enforce-world CODE,CODE...]
                        [--today YYYY-MM-DD] [-v]

Every *.actors file of DICT_DIR (default dict) is read. In all of them a
dated line must carry valid dates, FROM not after TO. A country section
starts with '# === CODE Country name ==='; in it each office is a block
headed by one '# role: ...' line (ROLES below). For each country of
ENFORCED (or --enforce) the section must exist and each of the four offices
must be covered: the dated ranges of its blocks, merged, cover 2000-01-01 to
today with no gap longer than MAX_GAP days (a block '# role: OFFICE none
(REASON)' satisfies the office; a line '# vacant FROM..TO (REASON)' in a
block covers a period when the office was left unfilled). A dated line in a block must carry a code
of the section's country. The countries of WORLD (leaders-world.actors, or
--enforce-world; none when --enforce is given without it) are held to less:
head of state, head of government and foreign minister covered since
WORLD_START, no defence minister required. Problems print as
'file:line: problem'; then one
line of counts per required country; exits 1 when a problem was found in
an enforced country or anywhere in a date, 2 on a usage error. Standard
library only."""
import datetime, os, re, sys

G20 = "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF".split()
PIF = "AUS NZL FJI PNG SLB VUT WSM TON TUV KIR NRU PLW FSM MHL COK NIU".split()
REQUIRED = G20 + [c for c in PIF if c not in G20]
# countries whose section passes and is held to it; a helper adds a country
# here only when its section passes. At the end it is every REQUIRED country.
ENFORCED = G20[:]  # leaders-g20.actors
ENFORCED += ["FSM", "KIR", "MHL", "NIU", "NZL", "PLW", "SLB", "TUV", "WSM"]  # leaders-pacific.actors
OFFICES = ("head-of-state", "head-of-government", "foreign-minister", "defence-minister")
ROLES = {  # '# role: ' header -> offices it covers
    "head-of-state": ("head-of-state",),
    "head-of-government": ("head-of-government",),
    "head-of-state head-of-government": ("head-of-state", "head-of-government"),
    "foreign-minister": ("foreign-minister",),
    "defence-minister": ("defence-minister",),
}
NONE_ROLES = ("head-of-state", "defence-minister")  # may be '... none (REASON)'
START = datetime.date(2000, 1, 1)
MAX_GAP = 120  # days
# leaders-world.actors: sections whose three offices (no defence minister)
# pass from WORLD_START; a helper adds a country here when its section passes
WORLD_START = datetime.date(2015, 1, 1)
WORLD_OFFICES = ("head-of-state", "head-of-government", "foreign-minister")
WORLD = """
AFG AGO ALB ARE ARM AUT AZE BEL BFA BGD BGR BHR BIH BLR BOL CHE CIV
CMR COD COL CUB CYP DJI DNK DOM DZA ECU EGY ERI ESP EST ETH FIN GEO
GHA GRC GTM GUY HRV HUN IRL IRN IRQ ISR JOR KAZ KEN KGZ KHM KSV KWT
LAO LBN LBY LKA LTU LVA MAR MDA MDV MKD MLI MMR MNE MOZ MYS NER NIC
NLD NOR OMN PAK PAN PER PHL POL PRK PRY PSE QAT ROU RWA SDN SEN SGP
SLV SRB SVK SVN SWE SYR THA TJK TKM TUN TWN TZA UGA UKR URY UZB VEN
VNM YEM ZMB ZWE
""".split()  # passing at 2026-12-06; not yet: CHL HND HTI (successors of 2026
# not listed), MNG SOM TCD (no foreign ministers), NGA (2015: Jonathan left out), NPL,
# CZE (foreign minister of 2025), PRT (president of 2026)

SECTION = re.compile(r"^#\s*===\s*([A-Z]{3}[A-Z]*)\s+\S.*===\s*$")
ROLE = re.compile(r"^#\s*role:\s*(.*?)\s*$")
NONE = re.compile(r"^(\S+) none \(.+\)$")
ENTRY = re.compile(r"^([A-Z-]{3,})\s+(\S*\.\.\S*)\s*:")
VACANT = re.compile(r"^#\s*vacant\s+(\S*\.\.\S*)\s+\(.+\)\s*$")


def parse_date(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


class Country:
    def __init__(self):
        self.where = None   # (file, line) of the first section header
        self.ranges = {o: [] for o in OFFICES}   # office -> [(from, to, file, line)]
        self.blocks = {o: None for o in OFFICES}  # office -> (file, line) of a header
        self.none = set()
        self.lines = 0


def read_file(path, countries, problems):
    """Reads one .actors file into countries; date problems go to problems
    (always fatal) as (country or None, 'file:line: text')."""
    code, offices = None, ()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            at = "%s:%d: " % (path, ln)
            m = SECTION.match(line)
            if m:
                code, offices = m.group(1), ()
                c = countries.setdefault(code, Country())
                c.where = c.where or (path, ln)
                continue
            m = ROLE.match(line)
            if m:
                if code is None:
                    problems.append((None, at + "'# role:' outside a '# === CODE Name ===' section"))
                    continue
                role = m.group(1)
                n = NONE.match(role)
                if n and n.group(1) in NONE_ROLES:
                    offices = ()
                    countries[code].none.add(n.group(1))
                    countries[code].blocks[n.group(1)] = (path, ln)
                elif role in ROLES:
                    offices = ROLES[role]
                    for o in offices:
                        countries[code].blocks[o] = countries[code].blocks[o] or (path, ln)
                else:
                    problems.append((code, at + "unknown role header '%s'" % role))
                    offices = ()
                continue
            v = VACANT.match(line)
            m = v or ENTRY.match(line.split("#", 1)[0])
            if not m:
                continue
            span = m.group(1 if v else 2)
            a, _, b = span.partition("..")
            d1, d2 = parse_date(a) if a else START.min, parse_date(b) if b else START.max
            if d1 is None or d2 is None:
                problems.append((None, at + "malformed date range '%s'" % span))
                continue
            if d1 > d2:
                problems.append((None, at + "FROM %s is after TO %s" % (a, b)))
                continue
            if code is None or not offices:
                continue
            if v:   # a documented vacancy: covered, no office-holder
                for o in offices:
                    countries[code].ranges[o].append((d1, d2, path, ln))
                continue
            if not m.group(1).startswith(code):
                problems.append((code, at + "code %s in the %s section" % (m.group(1), code)))
            for o in offices:
                countries[code].ranges[o].append((d1, d2, path, ln))
            countries[code].lines += 1


def coverage(code, c, today, start=START, offices=OFFICES):
    """Problems of one country's section: missing offices, gaps (offices
    covered from start to today)."""
    out = []
    if c is None:
        return ["dict: %s: no section '# === %s Name ===' in any .actors file" % (code, code)]
    for o in offices:
        if o in c.none:
            continue
        rs = sorted(c.ranges[o])
        if not rs:
            at = "%s:%d: " % c.where
            out.append(at + "%s: no '# role: %s' block with dated lines" % (code, o))
            continue
        end = start - datetime.timedelta(days=1)   # covered up to this day
        for d1, d2, path, ln in rs:
            if (d1 - end).days - 1 > MAX_GAP:
                out.append("%s:%d: %s %s: gap of %d days (%s to %s uncovered)" % (
                    path, ln, code, o, (d1 - end).days - 1, end + datetime.timedelta(days=1),
                    d1 - datetime.timedelta(days=1)))
            end = max(end, d2)
        if end < today and (today - end).days > MAX_GAP:
            path, ln = rs[-1][2], rs[-1][3]
            out.append("%s:%d: %s %s: not covered after %s" % (path, ln, code, o, end))
    return out


def main(argv):
    folder, enforced, today, verbose = "dict", list(ENFORCED), datetime.date.today(), False
    world = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--enforce" and args:
            enforced = [x for x in args.pop(0).split(",") if x]
            world = [] if world is None else world
        elif a == "--enforce-world" and args:
            world = [x for x in args.pop(0).split(",") if x]
        elif a == "--today" and args:
            today = parse_date(args.pop(0))
            if today is None:
                print("leaders_check: --today wants YYYY-MM-DD", file=sys.stderr)
                return 2
        elif a == "-v":
            verbose = True
        elif not a.startswith("-"):
            folder = a
        else:
            print(__doc__.split("\n\n")[1], file=sys.stderr)
            return 2
    if not os.path.isdir(folder):
        print("leaders_check: %s is not a folder" % folder, file=sys.stderr)
        return 2
    countries, problems = {}, []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".actors"):
            read_file(os.path.join(folder, name), countries, problems)
    failed = 0
    for code, text in problems:
        if code is None or code in enforced:
            print(text)
            failed += 1
    for code in sorted(set(REQUIRED) | set(enforced)):
        c = countries.get(code)
        cov = coverage(code, c, today)
        out = cov + [t for k, t in problems if k == code]
        counts = " ".join("%s %d" % ("".join(w[0] for w in o.split("-")).upper(),
                                     len(c.ranges[o]) if c else 0) for o in OFFICES)
        if code in enforced:
            for t in cov:
                print(t)
            failed += len(cov)
            state = "ok" if not out else "%d problems" % len(out)
        else:
            if verbose:
                for t in out:
                    print("  (not enforced) " + t)
            state = "not enforced, %d problems" % len(out) if out else "passes, not enforced yet"
        print("  %s  dated lines %s: %s" % (code, counts, state))
    world = list(WORLD) if world is None else world
    wfailed = 0
    for code in world:
        c = countries.get(code)
        cov = coverage(code, c, today, WORLD_START, WORLD_OFFICES)
        cov += [t for k, t in problems if k == code]
        for t in cov:
            print(t)
        wfailed += len(cov)
        print("  %s  since %s: %s" % (code, WORLD_START, "ok" if not cov else "%d problems" % len(cov)))
    if verbose:
        for code in sorted(k for k in countries if len(k) == 3 and k not in world
                           and k not in REQUIRED):
            out = coverage(code, countries[code], today, WORLD_START, WORLD_OFFICES)
            print("  %s  since %s: not enforced, %s" % (code, WORLD_START,
                  "%d problems" % len(out) if out else "passes"))
            for t in out:
                print("  (not enforced) " + t)
    print("leaders: %d required countries, %d enforced, %d problems" %
          (len(REQUIRED), len([c for c in REQUIRED if c in enforced]), failed))
    if world:
        print("leaders-world: %d countries held since %s, %d problems" % (len(world), WORLD_START, wfailed))
    failed += wfailed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
