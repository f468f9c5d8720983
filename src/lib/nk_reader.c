/* nk_reader.c — to be written. */
#include <config.h>
