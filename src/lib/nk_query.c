/* nk_query.c — to be written. */
#include <config.h>
