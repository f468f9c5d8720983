/* nk_resolve.c — to be written. */
#include <config.h>
