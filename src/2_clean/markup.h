/* markup.h -- HTML left in scraped text: character references (&amp;
 * &#8217; &nbsp;) and tags (<p>, <br>, <a href="...">, comments). */
#ifndef ANNALIST_MARKUP_H
#define ANNALIST_MARKUP_H

#include <stddef.h>
#include <stdint.h>

/* At s[0] == '&': a character reference, named (&amp; &rsquo; &nbsp;) or
 * numeric (&#8217; &#x2019;), closed by ';'. Returns its length and sets
 * *cp to its code point; 0 when s does not start with one. */
size_t markup_entity(const char *s, size_t n, int32_t *cp);

/* At s[0] == '<': an HTML tag of a known element (<p>, </a>, <br/>, <img
 * src="...">), a comment or a <!DOCTYPE>. Returns its length (for
 * <script> and <style>, up to the end of the closing tag: their content is
 * no text) and sets *brk to 1 when the tag breaks a line (p, br, div, li,
 * h1-h6, figure, ...); 0 when s does not start with one. */
size_t markup_tag(const char *s, size_t n, int *brk);

#endif
