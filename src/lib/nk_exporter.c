/* nk_exporter.c — to be written. */
#include <config.h>
