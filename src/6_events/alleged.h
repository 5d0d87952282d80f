/* alleged.h -- the reason a punitive act gives (stage 6): "expelled three
 * Austrian diplomats, saying they had spied for Vienna". Used by event.c. */
#ifndef ANNALIST_ALLEGED_H
#define ANNALIST_ALLEGED_H

#include "6_events/event.h"

/* For each participle of speech after a comma (", saying", ", claiming",
 * ", alleging", ", charging"; "that" after it aside) whose clause opens
 * with "they", "he", "she" or "it", after a punitive act (an event of out
 * of root 16 or 17, the last before the comma): the acts out holds in that
 * clause (to a semicolon or the sentence's end) whose source is that
 * pronoun or of the country of a target of the punitive act are what the
 * punisher alleges, not acts, and go; each source of the punitive act
 * accuses each of its targets (112, at the participle's token) instead,
 * unless out holds a criticism (11x) between them already. */
void alleged_reason(const tokens_t *tk, events_t *out);

#endif
