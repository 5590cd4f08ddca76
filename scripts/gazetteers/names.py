"""Writes the Arabic person-name and club gazetteers from two pinned PyPI packages (names.sh):

- Faker's Arabic person providers: given names and family names in Arabic script (MIT).
- ArWikiCats' English → Arabic tables taken from Wikipedia: well-known people, sports clubs
  and cities (MIT; the names come from Wikipedia's article titles, CC BY-SA). The English club
  and given names and the Arabic cities go to data/curated/, read by rules after tagging.

  python3 names.py FAKER_SITE_PACKAGES ARWIKICATS_JSON_DIR OUT_DIR

One name per line, sorted by code point, no duplicates, so the output is deterministic for
pinned packages. Class = file name up to the first "-" (first-names.txt → "first").
"""
import importlib
import json
import os
import re
import sys

# Latin-script locales of Faker's person provider whose given names readers meet in English news.
LATIN_LOCALES = (
    "en_US en_GB en_IN en_AU en_CA en_NZ en_IE en_PH de_DE de_AT de_CH fr_FR fr_CH es_ES es_MX it_IT "
    "pt_PT pt_BR nl_NL pl_PL tr_TR sv_SE no_NO da_DK fi_FI cs_CZ hu_HU ro_RO hr_HR sk_SK sl_SI id_ID"
).split()
# Arabic locales of Faker's person provider (first and last names in Arabic script).
ARABIC_LOCALES = ["ar_AA", "ar_DZ", "ar_PS", "ar_SA"]
ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+$")
LATIN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'.-]+$")
# Wikipedia titles that are not plain personal names: monarchs and popes ("louis viii of
# france"), saints, numbered or nicknamed people.
NOT_A_PLAIN_NAME = re.compile(
    r"\d|\bof\b|\bthe\b|\b(pope|saint|st|king|queen|prince|princess|emperor|empress|sultan|caliph|tsar|"
    r"lord|sir|dame|duke|earl|count|shah|khan of)\b|\b[ivx]+$|[(),]"
)
# Regnal numbers and epithets in the Arabic titles ("هيرودس الأول").
ARABIC_EPITHETS = set("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأكبر الكبير".split())
# Words that open or close names but are not names by themselves.
ARABIC_PARTICLES = set("عبد أبو ابو أبي بن ابن بنت آل أم دي دا دو فان فون لا لو ال الابن جونيور سانت".split())


def write(out_dir, lang, name, names):
    names = sorted({n.strip() for n in names if len(n.strip()) > 1})
    path = os.path.join(out_dir, lang, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in names))
    print(f"{lang}/{name}: {len(names)} names")


def faker_names(locales, word):
    first, last = set(), set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for target, attr in ((first, "first_names"), (last, "last_names")):
            for name in getattr(provider, attr, ()):
                if all(word.match(w) for w in name.split()):
                    target.add(name)
    return first, last


def notable_people(json_dir):
    """Arabic full names of well-known people whose English title is a plain personal name."""
    with open(os.path.join(json_dir, "people", "peoples.json"), encoding="utf-8") as f:
        table = json.load(f)
    out = []
    for en, ar in sorted(table.items()):
        if NOT_A_PLAIN_NAME.search(en):
            continue
        en_words, ar_words = en.split(), ar.split()
        if not 2 <= len(en_words) <= 4 or not 1 <= len(ar_words) <= 4:
            continue
        if ARABIC_EPITHETS & set(ar_words):
            continue
        if all(LATIN_WORD.match(w) for w in en_words) and all(ARABIC_WORD.match(w) for w in ar_words):
            out.append(ar)
    return out


def name_parts(full_names, particles, shortest):
    """First and last words of multi-word names, without particles (عبد، أبو) and words shorter
    than `shortest` ("جاك ما", "مون جاي إن" would give ما and إن, ordinary words)."""
    first, last = set(), set()
    usable = lambda w: len(w) >= shortest and w.lower() not in particles
    for name in full_names:
        words = name.split()
        if len(words) < 2:
            continue
        if usable(words[0]):
            first.add(words[0])
        if usable(words[-1]) and words[-2].lower() not in particles:
            last.add(words[-1])
    return first, last


def english_given_names(json_dir):
    """Given names for the English rules after tagging (not the model): Faker's Latin-script
    locales and the first words of well-known people's English Wikipedia titles."""
    names = set()
    for locale in LATIN_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for name in getattr(provider, "first_names", ()):
            if LATIN_WORD.match(name) and len(name) >= 3:
                names.add(name)
    with open(os.path.join(json_dir, "people", "peoples.json"), encoding="utf-8") as f:
        table = json.load(f)
    for en in table:
        words = en.split()
        if NOT_A_PLAIN_NAME.search(en) or not 2 <= len(words) <= 4 or not all(LATIN_WORD.match(w) for w in words):
            continue
        if len(words[0]) >= 3 and "." not in words[0]:
            names.add(words[0].capitalize())
    return names


def clubs(json_dir):
    with open(os.path.join(json_dir, "sports", "Clubs_key.json"), encoding="utf-8") as f:
        table = json.load(f)
    return [ar for ar in table.values() if all(ARABIC_WORD.match(w) for w in ar.split()) and len(ar.split()) <= 5]


# Club-name words that say what the club is rather than name it ("Chelsea F.C." -> Chelsea).
CLUB_AFFIXES = {"f.c.", "fc", "a.f.c.", "afc", "c.f.", "cf", "s.c.", "sc", "a.c.", "ac", "fk", "sk", "bk"}


def english_clubs(json_dir):
    """Short English names of the football clubs ("chelsea f.c." -> "Chelsea"), title-cased.
    Women's, reserve and non-football teams and names with digits or brackets are left out."""
    with open(os.path.join(json_dir, "sports", "Clubs_key.json"), encoding="utf-8") as f:
        table = json.load(f)
    names = set()
    for key in table:
        if re.search(r"[\d()/]|women|l\.f\.c\.|\bii\b|\bb$|basket|futsal|handbol|baloncesto|hockey|rugby|cricket", key):
            continue
        words = [w for w in key.split() if w not in CLUB_AFFIXES]
        if not words or not all(LATIN_WORD.match(w) for w in words):
            continue
        names.add(" ".join(w[:1].upper() + w[1:] for w in words))
    return names


# Entries that are the generic noun far more often than the city: "المدينة" (Medina) is "the
# city" in most sentences; Medina is written "المدينة المنورة".
GENERIC_PLACE_NOUNS = {"المدينة"}


def arabic_cities(json_dir, english_common):
    """Arabic names of cities (Wikipedia titles): Arabic words only, at most three, without a
    leading "مدينة" (the head, which the rules read on their own). The table holds some
    ordinary words too ("implementation" -> "تنفيذ"): an entry whose English key is an ordinary
    English word, or that is an Arabic function word ("dunn" -> "دون"), is left out."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from name_units import FUNCTION_WORDS, folded
    with open(os.path.join(json_dir, "cities", "cities_full.json"), encoding="utf-8") as f:
        table = json.load(f)
    names = set()
    for key, ar in table.items():
        if key in english_common or folded(ar) in FUNCTION_WORDS or ar in GENERIC_PLACE_NOUNS:
            continue
        words = ar.split()
        if words[:1] == ["مدينة"]:
            words = words[1:]
        if 1 <= len(words) <= 3 and all(ARABIC_WORD.match(w) for w in words):
            names.add(" ".join(words))
    return names


def write_curated(folder, name, items, noun, source):
    """Writes a sorted list to data/curated/NAME under a header naming its SOURCE."""
    items = sorted(items)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(f"# Generated by scripts/gazetteers/names.sh: {source}\n")
        f.write("".join(n + "\n" for n in items))
    print(f"curated/{name}: {len(items)} {noun}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    site, json_dir, out = sys.argv[1:]
    sys.path.insert(0, site)

    ar_people = notable_people(json_dir)

    ar_first, ar_last = faker_names(ARABIC_LOCALES, ARABIC_WORD)
    more_first, more_last = name_parts(ar_people, ARABIC_PARTICLES, shortest=3)
    write(out, "ar", "per-notable.txt", ar_people)
    write(out, "ar", "first-names.txt", ar_first | more_first)
    write(out, "ar", "last-names.txt", ar_last | more_last)
    write(out, "ar", "org-clubs.txt", clubs(json_dir))

    # English given names for the rules after tagging only (src/english/), outside the model's
    # gazetteer folders: data/curated/given-names-en.txt.
    curated = os.path.join(os.path.dirname(os.path.abspath(out)), "curated")
    os.makedirs(curated, exist_ok=True)
    write_curated(curated, "given-names-en.txt", english_given_names(json_dir), "names",
                  "given names from Faker 40.63.0 (MIT; 33 Latin-script\n"
                  "# locales) and the first words of well-known people's English Wikipedia titles in ArWikiCats\n"
                  "# 0.2.3 (MIT; titles CC BY-SA 4.0). Used by the English rules after tagging, not by the model.")
    write_curated(curated, "clubs-en.txt", english_clubs(json_dir), "clubs",
                  "the short English names of the football clubs in\n"
                  "# ArWikiCats 0.2.3 (MIT; Wikipedia article titles, CC BY-SA 4.0), affixes like F.C. dropped.\n"
                  "# Used by the English rules after tagging (src/english/clubs.rs), not by the model.")

    with open(os.path.join(out, "en", "lex-common.txt"), encoding="utf-8") as f:
        english_common = {line.strip().lower() for line in f if not line.startswith("#")}
    write_curated(curated, "cities-ar.txt", arabic_cities(json_dir, english_common), "cities",
                  "the Arabic names of the cities in ArWikiCats 0.2.3\n"
                  "# (MIT; Wikipedia article titles, CC BY-SA 4.0). Used by the Arabic rules after tagging\n"
                  "# (src/cities.rs), not by the model.")

    # No English lists in the model: the notable people's English names with their first and last words, or
    # Faker's given and family names of 31 Latin-script locales, were neutral or slightly
    # negative on the CoNLL internal split (ORG lost most: companies and clubs named after
    # people) and cost 0.1 on CoNLL dev (model/README.md).


if __name__ == "__main__":
    main()
