/* nk_sources.c — to be written. */
#include <config.h>
