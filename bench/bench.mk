# bench.mk -- `make bench` (included by the top Makefile).
bench: setup
	@sh bench/run.sh
.PHONY: bench
