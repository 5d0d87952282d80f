# annalist -- build, test, demo. `make` builds ./annalist; `make test` runs
# every test under AddressSanitizer and UndefinedBehaviorSanitizer.
CC      ?= cc
CSTD     = -std=c11 -D_GNU_SOURCE
WARN     = -Wall -Wextra -Werror
# -O3 and link-time optimisation: about 6 % fewer instructions than -O2
# coding the bench corpus (bench/RESULTS.md); the sanitizer build keeps -O1.
OPT     ?= -O3 -g -flto=auto
LIBS     = -lxml2 -ljansson -lyajl -lutf8proc -lxxhash -lsqlite3 -lm -lpthread
INC      = -Isrc -I/usr/include/libxml2
SRC      = $(sort $(wildcard src/lib/*.c src/[0-9]_*/*.c)) src/pipeline.c src/workers.c $(wildcard src/commands/*.c)
MAIN     = src/main.c
OBJ      = $(SRC:src/%.c=build/rel/%.o)
SAN_OBJ  = $(SRC:src/%.c=build/san/%.o)
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
HDRS     = $(wildcard src/*.h src/*/*.h)

.PHONY: all setup demo test lint test-valgrind clean dict-wordnet FORCE
all: annalist

setup:
	@sh tools/setup.sh

annalist: $(OBJ) build/rel/main.o
	$(CC) $(OPT) -o $@ $^ $(LIBS)

# the objects are rebuilt when OPT changes
build/rel/opt.txt: FORCE
	@mkdir -p build/rel
	@echo '$(OPT)' | cmp -s - $@ || echo '$(OPT)' > $@

build/rel/%.o: src/%.c $(HDRS) build/rel/opt.txt
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(INC) -c -o $@ $<

build/san/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) $(INC) -c -o $@ $<

build/annalist-san: $(SAN_OBJ) build/san/main.o
	$(CC) $(SANFLAGS) -o $@ $^ $(LIBS)

build/unit-tests: tests/unit/*.c $(SAN_OBJ)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) $(INC) -o $@ tests/unit/*.c $(SAN_OBJ) $(LIBS) -lcmocka

demo: setup annalist
	./annalist --stats examples/corpus.jsonl > examples/events.jsonl
	@echo "events written to examples/events.jsonl:"; head -5 examples/events.jsonl

test: setup build/annalist-san build/unit-tests
	@sh tests/run.sh

lint: setup
	@sh tests/lint.sh

# The unit tests and a coding run again, without sanitizers, under valgrind.
build/unit-tests-plain: tests/unit/*.c $(OBJ)
	$(CC) $(CSTD) $(WARN) $(OPT) $(INC) -o $@ tests/unit/*.c $(OBJ) $(LIBS) -lcmocka

test-valgrind: setup annalist build/unit-tests-plain
	@sh tests/valgrind.sh

# dict/wordnet.verbs (committed) from Princeton WordNet 3.0: needs the Debian
# package wordnet-base (apt-get install wordnet-base), only to regenerate.
WORDNET ?= /usr/share/wordnet
dict-wordnet:
	@test -f $(WORDNET)/data.verb || { echo "dict-wordnet needs WordNet 3.0 in $(WORDNET): apt-get install wordnet-base"; exit 1; }
	python3 tools/wordnet_verbs.py dict/cameo.verbs $(WORDNET) > dict/wordnet.verbs

clean:
	rm -rf build annalist

# Optional parts kept beside their code: fuzz targets, benchmark.
-include fuzz/fuzz.mk
-include bench/bench.mk
