// The hashiya embed for CMS pages (see docs/shipping.md):
//   import { annotate } from './embed/hashiya-embed.js';
//   const results = await annotate(articleElement, { types: ['PER', 'QUOTE'], uiLang: 'ar' });
// or <hashiya-annotator> around the article (or with for="article-id"). Importing this module
// defines the custom element.
export { annotate, clear, load, normaliseOptions, speakers } from './annotate.js';
export { anchor, webAnnotations } from './web-annotation.js';
export { highlightCss, KINDS } from './colours.js';
export { HashiyaAnnotator } from './hashiya-annotator.js';
