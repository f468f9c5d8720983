/* nk_meetings.c — to be written. */
#include <config.h>
