// annotate(element, options): the embed's one call. Loads the wasm from this package's own
// files (no other request), annotates the element's text with the DOM layer, paints it,
// and reports entities, quotes and who is quoted how often, with W3C Web Annotations.
import init, { annotatePage, clearAnnotations } from '../pkg/hashiya.js';
import { KINDS, highlightCss, isColour } from './colours.js';
import { UI_LANGS } from './strings.js';
import { webAnnotations } from './web-annotation.js';

const NAME_LISTS = { people: 'PER', organisations: 'ORG', places: 'LOC', other: 'MISC' };
const MAX_NAMES = 10000;

let ready = null;
let colourSheet = null;

/** Loads and compiles the wasm once; `wasm` overrides where it comes from. */
export function load(wasm) {
  ready ??= init({ module_or_path: wasm ?? new URL('../pkg/hashiya_bg.wasm', import.meta.url) }).catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

function fail(message) {
  throw new TypeError(`hashiya: ${message}`);
}

/** Checks the options strictly (a typo is an error, not a silent default) and fills defaults. */
export function normaliseOptions(options = {}, element = null) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('options must be an object');
  const known = ['types', 'colours', 'lang', 'uiLang', 'names', 'panel', 'scope', 'source', 'wasm'];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) fail(`unknown option \`${key}\` (known options: ${known.join(', ')})`);
  }
  const types = options.types ?? KINDS;
  if (!Array.isArray(types) || types.some((t) => !KINDS.includes(t))) fail(`types must be a list of ${KINDS.join(', ')}`);
  const colours = options.colours ?? {};
  for (const [kind, colour] of Object.entries(colours)) {
    if (!KINDS.includes(kind)) fail(`colours: unknown type \`${kind}\``);
    if (!isColour(colour)) fail(`colours.${kind}: \`${colour}\` is not a CSS colour`);
  }
  const lang = options.lang ?? 'auto';
  if (!['auto', 'ar', 'en'].includes(lang)) fail('lang must be "auto", "ar" or "en"');
  const pageLang = (element?.closest?.('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
  const uiLang = options.uiLang ?? (pageLang.startsWith('ar') ? 'ar' : 'en');
  if (!UI_LANGS.includes(uiLang)) fail(`uiLang must be one of ${UI_LANGS.join(', ')}`);
  const scope = options.scope ?? 'page';
  if (!['page', 'article'].includes(scope)) fail('scope must be "page" (the whole element) or "article"');
  const names = {};
  let count = 0;
  for (const [list, value] of Object.entries(options.names ?? {})) {
    const kind = NAME_LISTS[list] ?? fail(`names: unknown list \`${list}\` (lists: ${Object.keys(NAME_LISTS).join(', ')})`);
    if (!Array.isArray(value)) fail(`names.${list} must be a list of names`);
    names[kind] = [...new Set(value.map((n) => (typeof n === 'string' ? n.trim() : fail(`names.${list}: not a string`))))]
      .filter((n) => n.length > 0 && n.length <= 200);
    count += names[kind].length;
  }
  if (count > MAX_NAMES) fail(`names: at most ${MAX_NAMES} names`);
  return { types, colours, lang, uiLang, names, panel: options.panel !== false, scope, source: options.source, wasm: options.wasm };
}

// Colour overrides go in a sheet after the DOM layer's own, so they win where set.
function adoptColours(document, colours) {
  const sheets = document.adoptedStyleSheets.filter((s) => s !== colourSheet);
  const css = highlightCss(colours);
  if (css) {
    colourSheet ??= new CSSStyleSheet();
    colourSheet.replaceSync(css);
    sheets.push(colourSheet);
  }
  document.adoptedStyleSheets = sheets;
}

/** Per-speaker quote counts, most quoted first; unattributed quotes counted apart. */
export function speakers(quotes) {
  const counts = new Map();
  let unattributed = 0;
  for (const quote of quotes) {
    if (!quote.speaker_name) {
      unattributed += 1;
      continue;
    }
    const key = quote.speaker_entity ?? quote.speaker_name;
    const entry = counts.get(key) ?? { name: quote.speaker_name, entity: quote.speaker_entity ?? null, quotes: 0 };
    entry.quotes += 1;
    counts.set(key, entry);
  }
  const list = [...counts.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { speakers: list, unattributed };
}

/**
 * Annotates `element` and paints it. Resolves to the summary that the `hashiya:annotated`
 * event (dispatched on `eventTarget`, default the element; it bubbles) also carries.
 */
export async function annotate(element, options = {}, eventTarget = element) {
  if (!element || typeof element !== 'object' || element.nodeType !== 1) fail('annotate needs an element');
  const settings = normaliseOptions(options, element);
  await load(settings.wasm);
  const found = annotatePage(element, { lang: settings.lang, scope: settings.scope, names: settings.names });
  const shown = new Set(settings.types);
  for (const kind of KINDS) if (!shown.has(kind)) CSS.highlights.delete(`hashiya-${kind}`);
  adoptColours(element.ownerDocument, settings.colours);

  const entities = found.entities.filter((e) => shown.has(e.type));
  const quotes = shown.has('QUOTE') ? found.quotes : [];
  const people = speakers(quotes);
  const detail = {
    element,
    lang: found.lang,
    uiLang: settings.uiLang,
    entities,
    quotes,
    clusters: found.clusters.filter((c) => shown.has(c.type)),
    speakers: people.speakers,
    unattributed: people.unattributed,
    annotations: webAnnotations(element, found, { kinds: settings.types, source: settings.source }),
  };
  eventTarget.dispatchEvent(new CustomEvent('hashiya:annotated', { bubbles: true, composed: true, detail }));
  return detail;
}

/** Removes every highlight and style the embed or the DOM layer added. */
export function clear(document = globalThis.document) {
  if (ready) clearAnnotations();
  if (colourSheet && document) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== colourSheet);
}
