/* dictcmd.h -- "annalist dict convert|check": moving dictionaries over from
 * TABARI and PETRARCH, and linting them. */
#ifndef ANNALIST_DICTCMD_H
#define ANNALIST_DICTCMD_H

/* argv[0] is "dict". Returns 0 on success, 1 when check found problems,
 * 2 on usage or read errors. */
int dictcmd_main(int argc, char **argv);

#endif
