// Colour overrides for the hashiya-* highlights. The DOM layer (src/dom/paint.rs) adopts
// its own default colours; a newsroom's colours go in a second adopted sheet placed after it.

export const KINDS = ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE'];

// A colour a caller passes in goes into a style sheet: accept only plain colour syntax, so
// nothing can close the rule and add others.
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([0-9a-z.,%/ +-]{1,60}\))$/i;

export function isColour(value) {
  return typeof value === 'string' && COLOUR.test(value.trim());
}

// "::highlight(hashiya-PER) { background-color: ...; }" for each kind given a valid colour.
export function highlightCss(colours = {}) {
  return KINDS.filter((kind) => isColour(colours[kind]))
    .map((kind) => `::highlight(hashiya-${kind}) { background-color: ${colours[kind].trim()}; }`)
    .join('\n');
}
