/* nk_slug.c — IRI-safe slugs from names: the one place where a name becomes
 * part of an IRI, so that IRIs are stable (same name, same slug) and always
 * valid (only [a-z0-9-]). */
#include <config.h>

#include "nk_resolve.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

/* Letters that NFD does not split into a base and a mark. */
static const char *nk_slug_special(ucs4_t c) {
  switch (c) {
  case 0x00DF:
    return "ss"; /* ß */
  case 0x00C6:
  case 0x00E6:
    return "ae";
  case 0x0152:
  case 0x0153:
    return "oe";
  case 0x00D8:
  case 0x00F8:
    return "o";
  case 0x0141:
  case 0x0142:
    return "l";
  case 0x0110:
  case 0x0111:
    return "d";
  case 0x00DE:
  case 0x00FE:
    return "th";
  default:
    return NULL;
  }
}

char *nk_slug(const char *name) {
  nk_buf out = {0};
  size_t n = 0;
  uint8_t *nfd = NULL;
  if (name && u8_check((const uint8_t *)name, strlen(name)) == NULL)
    nfd = u8_normalize(UNINORM_NFD, (const uint8_t *)name, strlen(name), NULL,
                       &n);
  int dash = 0; /* a separator is pending */
  for (size_t i = 0; nfd && i < n;) {
    ucs4_t c;
    int len = u8_mbtouc(&c, nfd + i, n - i);
    i += (size_t)(len > 0 ? len : 1);
    if (uc_is_property_diacritic(c) && c > 0x7F)
      continue;
    const char *sp = nk_slug_special(c);
    if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
      sp = NULL;
    else if (c < 0x80 && c >= 'A' && c <= 'Z')
      c = c - 'A' + 'a';
    else if (!sp) {
      dash = out.len > 0;
      continue;
    }
    if (dash)
      nk_buf_addc(&out, '-');
    dash = 0;
    if (sp)
      nk_buf_adds(&out, sp);
    else
      nk_buf_addc(&out, (char)c);
  }
  free(nfd);
  if (out.len == 0)
    nk_buf_addc(&out, 'x');
  return nk_buf_steal(&out);
}
