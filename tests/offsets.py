#!/usr/bin/env python3
"""Check evidence offsets: for every fact of a newskg export, the article
text's code points [start, end) must equal the fact's evidence text.

Usage: offsets.py RESULTS.tsv SOURCE...

RESULTS.tsv holds SPARQL 1.1 TSV results with the columns ?id (the
article's identifier), ?text (nk:evidenceText), ?start and ?end.  A SOURCE
is a directory (its .txt files, recursively), a .txt file (id: its name
without .txt) or a .jsonl file (id and text of each valid record).

Exit status: 0 when every fact checks (and there is at least one), 1
otherwise, 2 on unreadable input.
"""
import json
import os
import re
import sys

ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f",
           '"': '"', "'": "'", "\\": "\\"}


def unescape(s):
    """Undoes the escapes of a SPARQL TSV string (rasqal also writes
    non-ASCII characters as \\uXXXX and \\UXXXXXXXX)."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\" or i + 1 == len(s):
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if e in ESCAPES:
            out.append(ESCAPES[e])
            i += 2
        elif e in "uU":
            n = 4 if e == "u" else 8
            out.append(chr(int(s[i + 2:i + 2 + n], 16)))
            i += 2 + n
        else:
            out.append(e)
            i += 2
    return "".join(out)


def term_value(t):
    """The lexical value of a TSV RDF term: "lit"@lang, "lit"^^<dt>,
    <iri>, or a bare number."""
    t = t.strip()
    if t.startswith('"'):
        m = re.match(r'"((?:[^"\\]|\\.)*)"', t)
        if not m:
            raise ValueError("bad literal " + t[:40])
        return unescape(m.group(1))
    if t.startswith("<") and t.endswith(">"):
        return t[1:-1]
    return t


def read_results(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        header = [h.lstrip("?") for h in f.readline().rstrip("\r\n").split("\t")]
        for line in f:
            line = line.rstrip("\r\n")
            if line:
                cells = line.split("\t")
                rows.append(dict(zip(header, (term_value(c) for c in cells))))
    return rows


def read_text(path):
    # newline="": CR LF stays two code points, as the tool counts them; a
    # byte-order mark stays one.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def read_sources(paths):
    texts = {}
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for name in files:
                    if name.endswith(".txt"):
                        texts[name[:-4]] = read_text(os.path.join(root, name))
        elif p.endswith(".jsonl"):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    try:
                        r = json.loads(line)
                    except ValueError:
                        continue
                    texts[str(r["id"])] = r["text"]
        else:
            texts[os.path.basename(p).rsplit(".", 1)[0]] = read_text(p)
    return texts


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        rows = read_results(argv[1])
        texts = read_sources(argv[2:])
    except (OSError, ValueError, KeyError) as e:
        print("offsets: " + str(e), file=sys.stderr)
        return 2
    bad = 0
    for r in rows:
        aid, ev = r.get("id"), r.get("text")
        try:
            start, end = int(r.get("start")), int(r.get("end"))
        except (TypeError, ValueError):
            start = end = -1
        text = texts.get(aid)
        if text is None:
            problem = "unknown article"
        elif not 0 <= start < end <= len(text):
            problem = "offsets out of range (length %d)" % len(text)
        elif text[start:end] != ev:
            problem = "text there is %r" % text[start:end]
        else:
            continue
        bad += 1
        if bad <= 20:
            print("MISMATCH %s [%d,%d) %r: %s" % (aid, start, end, ev, problem))
    print("%d facts checked, %d mismatches" % (len(rows), bad))
    return 0 if rows and not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
