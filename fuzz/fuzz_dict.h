/* fuzz_dict.h -- writes fuzz data to a private temporary file, since the
 * dictionary loaders read files. */
#ifndef FUZZ_DICT_H
#define FUZZ_DICT_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *fuzz_tmpfile(const unsigned char *data, size_t size)
{
    static char path[64];
    if (!path[0]) snprintf(path, sizeof path, "/tmp/annalist-fuzz-%d.dict", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(data, 1, size, f);
    fclose(f);
    return path;
}
#endif
