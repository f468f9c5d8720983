/* nk_graph.c — to be written. */
#include <config.h>
