/* validate.h -- "annalist validate FILE": runs another coder's validation
 * suite (a TABARI .project / validation text, or a PETRARCH unit-test XML
 * file) with that suite's own dictionaries, and reports per category the
 * records passed and failed, the mismatches, and "N passed, M failed". */
#ifndef ANNALIST_VALIDATE_H
#define ANNALIST_VALIDATE_H

/* argv[0] is "validate". Returns 0 when the suite ran (whatever the pass
 * count: the CI ratchet compares counts), 2 on usage or load errors. */
int validate_main(int argc, char **argv);

#endif
