/* nk_roles.c — to be written. */
#include <config.h>
