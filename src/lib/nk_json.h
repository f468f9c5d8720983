#ifndef NK_JSON_H
#define NK_JSON_H
#endif
