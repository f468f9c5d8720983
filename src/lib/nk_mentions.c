/* nk_mentions.c — to be written. */
#include <config.h>
