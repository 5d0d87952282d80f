# fuzz.mk -- libFuzzer targets (included by the top Makefile). Built with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer.
#   make fuzz-smoke              each target for FUZZ_SMOKE seconds (CI: 30)
#   make fuzz-long               each target for FUZZ_SECONDS (600)
FUZZ_TARGETS = json_record input_file story pipeline actors_dict verbs_dict
FUZZ_CC      = clang
FUZZ_FLAGS   = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(CSTD) -Isrc -I/usr/include/libxml2
FUZZ_LIBSRC  = $(SRC)
FUZZ_SMOKE  ?= 30
FUZZ_SECONDS ?= 600

fuzz/build/fuzz_%: fuzz/fuzz_%.c $(FUZZ_LIBSRC) $(HDRS)
	@mkdir -p fuzz/build
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIBSRC) $(LIBS)

fuzz-setup: setup
	@sh fuzz/setup.sh

fuzz-build: fuzz-setup $(FUZZ_TARGETS:%=fuzz/build/fuzz_%)

fuzz-smoke: fuzz-build
	@sh fuzz/run.sh $(FUZZ_SMOKE) $(FUZZ_TARGETS)

fuzz-long: fuzz-build
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

.PHONY: fuzz-setup fuzz-build fuzz-smoke fuzz-long
