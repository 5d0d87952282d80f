/* outlet.h -- the country of a story's outlet from its url or source field
 * (stage 4): the web domain's country code (".nz", ".co.uk", ".com.au") or a
 * known national outlet ("nytimes.com", "RNZ"). Its own government is what
 * the outlet calls "the Government". */
#ifndef ANNALIST_OUTLET_H
#define ANNALIST_OUTLET_H

/* Writes to cc (4 bytes) the ISO alpha-3 country of the outlet that url or
 * source (either may be NULL) names, url first; "" when neither names one
 * (an international agency, a generic domain). */
void outlet_country(const char *url, const char *source, char cc[4]);

#endif
