/* main.c -- the annalist command line: argument parsing and the main loop
 * of "annalist code" (stories in, events out). */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/diag.h"
#include "lib/util.h"
#include "pipeline.h"
#include "workers.h"
#include "8_store/store.h"
#include "8_store/query.h"
#include "commands/dictcmd.h"
#include "commands/validate.h"

#define ANNALIST_VERSION "0.1.0"

static void main_usage(FILE *f)
{
    fputs("usage: annalist [code] [options] [FILE...]\n"
          "Codes news stories into CAMEO events, one JSON object a line.\n"
          "FILE is a plain-text story (one a file) or JSON Lines (one story a line:\n"
          "id, date, title, text, source, url); with no FILE, standard input.\n\n"
          "  --date YYYY-MM-DD     date of plain-text stories\n"
          "  --format F            json (default), tsv, csv, or gdelt (GDELT 2.0 event table)\n"
          "  --input-format auto|text|jsonl|xml   (xml: PETRARCH <Sentence> files)\n"
          "  --explain             add the dictionary entries and pattern of each event\n"
          "  --stats               print the cleaning and coding counters on stderr\n"
          "  -o, --output FILE     write events to FILE instead of standard output\n"
          "  --dict DIR            bundled dictionary folder (default: next to the program)\n"
          "  --verbs F[,F]         extra verb dictionaries (TABARI/PETRARCH or annalist)\n"
          "  --actors F[,F]        extra actor dictionaries\n"
          "  --agents F[,F]        extra agent (role) dictionaries\n"
          "  --discards F[,F]      discard phrases\n"
          "  --no-bundled          use only the dictionaries named above\n"
          "  --db FILE.sqlite      store stories and events in SQLite (docs/store.md)\n"
          "                        instead of writing them (unless -o is given)\n"
          "  --threads N           worker threads (default: every core); output is\n"
          "                        identical whatever N is\n"
          "  --resume              with -o FILE: continue an interrupted run where it\n"
          "                        stopped (same inputs), appending to FILE\n"
          "  -q, --quiet           no summary line\n"
          "  --version, --help\n",
          f);
}

/* The bundled dictionary folder: $ANNALIST_DICT, else dict/ beside the
 * executable, else ./dict. The result is owned by the caller. */
static char *main_dict_dir(void)
{
    const char *env = getenv("ANNALIST_DICT");
    if (env && *env) return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            sbuf_t p = {0};
            sbuf_printf(&p, "%s/dict", exe);
            if (access(p.s, R_OK) == 0) return p.s;
            sbuf_free(&p);
        }
    }
    return xstrdup("dict");
}

static volatile sig_atomic_t main_stop;

static void main_on_signal(int sig) { main_stop = sig; }

/* Reads "RECORDS BYTES" from FILE.resume; 0 when there is none. */
static int main_read_resume(const char *output, uint64_t *records, uint64_t *bytes)
{
    sbuf_t p = {0};
    sbuf_printf(&p, "%s.resume", output);
    FILE *f = fopen(p.s, "r");
    sbuf_free(&p);
    unsigned long long r = 0, b = 0;
    int ok = f && fscanf(f, "%llu %llu", &r, &b) == 2;
    if (f) fclose(f);
    *records = ok ? r : 0;
    *bytes = ok ? b : 0;
    return ok;
}

static void main_write_resume(const char *output, uint64_t records, uint64_t bytes)
{
    sbuf_t p = {0};
    sbuf_printf(&p, "%s.resume", output);
    FILE *f = fopen(p.s, "w");
    if (f) {
        fprintf(f, "%llu %llu\n", (unsigned long long)records, (unsigned long long)bytes);
        fclose(f);
    }
    sbuf_free(&p);
}

static void main_remove_resume(const char *output)
{
    sbuf_t p = {0};
    sbuf_printf(&p, "%s.resume", output);
    unlink(p.s);
    sbuf_free(&p);
}

static int main_store_failed;   /* set by the writer thread only */

/* Writes a coded story into the store (called in input order). */
static void main_store_story(const story_t *s, const char *events, size_t n, void *ctx)
{
    char date[11];
    util_format_date(s->date, date);
    if (store_put_story(ctx, s->id, s->date ? date : NULL, s->source, s->url, s->sentences,
                        events, n) != 0)
        main_store_failed = 1;
}

typedef struct {
    int32_t date;
    const char *format_in;
    output_opts_t out;
    int stats, quiet, no_bundled, threads, resume;
    const char *output, *dict, *db;
    dict_opts_t dopt;
} main_opts_t;

static int main_code(int argc, char **argv)
{
    enum { O_DATE = 256, O_FORMAT, O_INFMT, O_EXPLAIN, O_STATS, O_DICT, O_VERBS,
           O_ACTORS, O_AGENTS, O_DISCARDS, O_NOBUNDLED, O_VERSION, O_HELP, O_THREADS, O_RESUME, O_DB };
    static const struct option lo[] = {
        {"date", required_argument, 0, O_DATE},
        {"format", required_argument, 0, O_FORMAT},
        {"input-format", required_argument, 0, O_INFMT},
        {"explain", no_argument, 0, O_EXPLAIN},
        {"stats", no_argument, 0, O_STATS},
        {"output", required_argument, 0, 'o'},
        {"dict", required_argument, 0, O_DICT},
        {"verbs", required_argument, 0, O_VERBS},
        {"actors", required_argument, 0, O_ACTORS},
        {"agents", required_argument, 0, O_AGENTS},
        {"discards", required_argument, 0, O_DISCARDS},
        {"no-bundled", no_argument, 0, O_NOBUNDLED},
        {"quiet", no_argument, 0, 'q'},
        {"threads", required_argument, 0, O_THREADS},
        {"resume", no_argument, 0, O_RESUME},
        {"db", required_argument, 0, O_DB},
        {"version", no_argument, 0, O_VERSION},
        {"help", no_argument, 0, O_HELP},
        {0, 0, 0, 0}};
    main_opts_t o = {0};
    o.format_in = "auto";
    o.out.format = OUT_JSON;
    o.dopt.stem_mode = -1;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:q", lo, NULL)) != -1) {
        switch (c) {
        case O_DATE:
            o.date = util_parse_date(optarg, strlen(optarg));
            if (!o.date || strlen(optarg) != 10) {
                fprintf(stderr, "annalist: --date: '%s' is not a date (YYYY-MM-DD)\n", optarg);
                return 2;
            }
            break;
        case O_FORMAT:
            if (!strcmp(optarg, "json") || !strcmp(optarg, "jsonl")) o.out.format = OUT_JSON;
            else if (!strcmp(optarg, "tsv")) o.out.format = OUT_TSV;
            else if (!strcmp(optarg, "csv")) o.out.format = OUT_CSV;
            else if (!strcmp(optarg, "gdelt")) o.out.format = OUT_GDELT;
            else {
                fprintf(stderr, "annalist: --format: unknown format '%s' (json, tsv, csv, gdelt)\n",
                        optarg);
                return 2;
            }
            break;
        case O_INFMT:
            if (strcmp(optarg, "auto") && strcmp(optarg, "text") && strcmp(optarg, "jsonl") &&
                strcmp(optarg, "xml")) {
                fprintf(stderr, "annalist: --input-format: unknown format '%s'\n", optarg);
                return 2;
            }
            o.format_in = optarg;
            break;
        case O_EXPLAIN: o.out.explain = 1; break;
        case O_STATS: o.stats = 1; break;
        case 'o': o.output = optarg; break;
        case O_DICT: o.dict = optarg; break;
        case O_VERBS: o.dopt.verbs = optarg; break;
        case O_ACTORS: o.dopt.actors = optarg; break;
        case O_AGENTS: o.dopt.agents = optarg; break;
        case O_DISCARDS: o.dopt.discards = optarg; break;
        case O_NOBUNDLED: o.no_bundled = 1; break;
        case 'q': o.quiet = 1; break;
        case O_RESUME: o.resume = 1; break;
        case O_DB: o.db = optarg; break;
        case O_THREADS: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "annalist: --threads: '%s' is not a number from 1 to 256\n", optarg);
                return 2;
            }
            o.threads = (int)n;
            break;
        }
        case O_VERSION: puts("annalist " ANNALIST_VERSION); return 0;
        case O_HELP: main_usage(stdout); return 0;
        default: main_usage(stderr); return 2;
        }
    }
    char *dir = NULL;
    if (!o.no_bundled) o.dopt.dir = dir = o.dict ? xstrdup(o.dict) : main_dict_dir();
    dicts_t d;
    if (dicts_load(&d, &o.dopt) != 0) {
        dicts_free(&d);
        free(dir);
        return 2;
    }
    o.out.cameo = &d.cameo;
    FILE *out = stdout;
    uint64_t skip = 0, base_bytes = 0;
    if (o.resume && !o.output) {
        fputs("annalist: --resume needs -o FILE (the output of the interrupted run)\n", stderr);
        dicts_free(&d);
        free(dir);
        return 2;
    }
    if (o.resume && main_read_resume(o.output, &skip, &base_bytes)) {
        /* drop whatever the interrupted run wrote after its last flushed batch */
        if (truncate(o.output, (off_t)base_bytes) != 0) {
            fprintf(stderr, "annalist: %s: cannot truncate for --resume: %s\n", o.output,
                    strerror(errno));
            dicts_free(&d);
            free(dir);
            return 2;
        }
    } else if (o.resume) {
        fprintf(stderr, "annalist: %s.resume: no interrupted run to resume; starting afresh\n",
                o.output);
    }
    if (o.output && !(out = fopen(o.output, skip || base_bytes ? "a" : "w"))) {
        fprintf(stderr, "annalist: %s: cannot write: %s\n", o.output, strerror(errno));
        dicts_free(&d);
        free(dir);
        return 2;
    }
    stats_t st = {0};
    if (o.threads == 0) {
        long nc = sysconf(_SC_NPROCESSORS_ONLN);
        o.threads = nc > 0 ? (int)(nc > 256 ? 256 : nc) : 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = main_on_signal;   /* no SA_RESTART: a blocked read returns */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    if (!base_bytes) {
        fputs(output_header(o.out.format), out);
        base_bytes = strlen(output_header(o.out.format));
    }
    store_t *store = NULL;
    if (o.db) {
        char *err = NULL;
        if (o.out.format != OUT_JSON) {
            fputs("annalist: --db stores the JSON records: leave --format at json\n", stderr);
            dicts_free(&d);
            free(dir);
            return 2;
        }
        if (!(store = store_open(o.db, &err))) {
            fprintf(stderr, "annalist: %s\n", err);
            free(err);
            dicts_free(&d);
            free(dir);
            return 2;
        }
    }
    workers_t *pool = workers_start(&d, &o.out, o.threads, (o.db && !o.output) ? NULL : out,
                                    store ? main_store_story : NULL, store);
    int nfiles = argc - optind;
    for (int k = 0; k < (nfiles ? nfiles : 1) && !main_stop && !workers_failed(pool); k++) {
        const char *path = nfiles ? argv[optind + k] : NULL;
        input_t *in = input_open(path, o.date, o.format_in, &st);
        if (!in) continue;
        story_t s;
        while (!main_stop && !workers_failed(pool) && input_next(in, &s)) {
            s.ordinal = st.stories_in;
            if (s.ordinal <= skip) {
                story_free(&s);
                continue;
            }
            workers_add(pool, &s);
        }
        input_close(in);
    }
    uint64_t last = 0, written = 0;
    int werr = workers_finish(pool, &st, &last, &written) != 0;
    if (store && (store_close(store) != 0 || main_store_failed)) werr = 1;
    werr |= ferror(out) || fflush(out) != 0;
    if (out != stdout) werr |= fclose(out) != 0;
    if (last < skip) last = skip;
    if (werr || main_stop) {
        if (werr) diag_error(o.output ? o.output : "<stdout>", 0, "write error (disk full?)");
        fprintf(stderr, "annalist: stopped%s after input record %llu; every event of the "
                        "records before it is written, as complete lines\n",
                main_stop ? " by a signal" : "", (unsigned long long)last);
        if (o.output) {
            main_write_resume(o.output, last, base_bytes + written);
            fprintf(stderr, "annalist: run again with the same inputs and --resume -o %s "
                            "to continue\n", o.output);
        }
    } else if (o.output) {
        main_remove_resume(o.output);
    }
    if (skip) {
        fprintf(stderr, "annalist: resumed after input record %llu\n", (unsigned long long)skip);
        st.stories_in -= skip;
    }
    if (!o.quiet)
        fprintf(stderr,
                "annalist: %llu stories (%llu coded, %llu skipped), %llu sentences, "
                "%llu events\n",
                (unsigned long long)st.stories_in, (unsigned long long)st.stories_coded,
                (unsigned long long)st.stories_skipped, (unsigned long long)st.sentences,
                (unsigned long long)st.events);
    if (o.stats) stats_print(&st, stderr);
    dicts_free(&d);
    free(dir);
    input_free_names();
    if (main_stop) return 128 + main_stop;
    return (st.stories_skipped || werr) ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "code")) return main_code(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "validate")) return validate_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "dict")) return dictcmd_main(argc - 1, argv + 1);
    if (argc > 1 && query_is_command(argv[1])) return query_main(argc - 1, argv + 1);
    return main_code(argc, argv);
}
