/* nk_statements.c — to be written. */
#include <config.h>
