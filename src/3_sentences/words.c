/* words.c -- closed word classes. */
#include "words.h"

#include <string.h>

int words_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list)) return 1;
    return 0;
}

int words_is_boundary(const char *w)
{
    static const char *const b[] = {".", ";", ":", "!", "?", "but", "while", "whereas",
                                    "although", "though", "because", "after", "before",
                                    "when", "since", "until", "unless", "if", "where",
                                    "which", "who", "whom", "despite", "-", "(", ")", NULL};
    return words_in(w, b);
}

int words_is_prep(const char *w)
{
    static const char *const p[] = {
        "with", "of", "to", "by", "in", "from", "against", "for", "among", "between",
        "at", "on", "into", "over", "towards", "toward", "about", "than", "under",
        "like", "including", "amid", "across", "around", "through", "via", "within",
        "near", "beside", "behind", "per", "upon", "onto", "during", NULL};
    return words_in(w, p);
}

int words_is_determiner(const char *w)
{
    static const char *const d[] = {"a", "an", "the", "this", "these", "those", "its",
                                    "his", "her", "their", "our", "my", "your", "'s",
                                    "'", "any", "every", "each", "no", NULL};
    return words_in(w, d);
}
