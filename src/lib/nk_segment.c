/* nk_segment.c — to be written. */
#include <config.h>
