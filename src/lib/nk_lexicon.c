/* nk_lexicon.c — to be written. */
#include <config.h>
