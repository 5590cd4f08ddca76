// <hashiya-annotator>: wraps an article (or points at one with for="id") and annotates it
// when connected. Attributes: for, types ("PER ORG LOC MISC QUOTE"), text-lang (the article's:
// auto|ar|en), ui-lang (ar|en), panel ("off" hides the summary), manual (no auto start).
// The `options` property takes everything annotate() takes (colours, names, ...).
import { annotate, clear } from './annotate.js';
import { PANEL_CSS, renderPanel } from './panel.js';

export class HashiyaAnnotator extends HTMLElement {
  #options = {};
  #detail = null;
  #panel;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    root.adoptedStyleSheets = [sheet];
    this.#panel = document.createElement('section');
    this.#panel.className = 'panel';
    this.#panel.hidden = true;
    this.#panel.setAttribute('part', 'panel');
    root.append(document.createElement('slot'), this.#panel);
  }

  connectedCallback() {
    if (!this.hasAttribute('manual')) queueMicrotask(() => this.isConnected && this.annotate().catch(report(this)));
  }

  disconnectedCallback() {
    if (this.#detail) this.clear();
  }

  /** The annotated element: the one named by `for`, else this element's own content. */
  get target() {
    const id = this.getAttribute('for');
    return id ? this.ownerDocument.getElementById(id) : this;
  }

  get options() {
    return { ...this.#options };
  }

  set options(value) {
    this.#options = { ...value };
  }

  /** The last results (what the `hashiya:annotated` event carried), or null. */
  get results() {
    return this.#detail;
  }

  #attributeOptions() {
    const options = {};
    const types = this.getAttribute('types');
    if (types) options.types = types.trim().split(/[\s,]+/);
    if (this.hasAttribute('text-lang')) options.lang = this.getAttribute('text-lang');
    if (this.hasAttribute('ui-lang')) options.uiLang = this.getAttribute('ui-lang');
    if (this.getAttribute('panel') === 'off') options.panel = false;
    return options;
  }

  async annotate(extra = {}) {
    const target = this.target;
    if (!target) throw new TypeError(`hashiya-annotator: no element with id "${this.getAttribute('for')}"`);
    const options = { ...this.#attributeOptions(), ...this.#options, ...extra };
    this.#detail = await annotate(target, options, this);
    if (options.panel === false) {
      this.#panel.hidden = true;
    } else {
      renderPanel(this.#panel, this.#detail, () => this.download());
    }
    return this.#detail;
  }

  clear() {
    clear(this.ownerDocument);
    this.#detail = null;
    this.#panel.hidden = true;
    this.#panel.replaceChildren();
  }

  /** The W3C Web Annotations of the last run, as a JSON string. */
  exportAnnotations() {
    return JSON.stringify(this.#detail?.annotations ?? [], null, 2);
  }

  download() {
    const blob = new Blob([this.exportAnnotations()], { type: 'application/ld+json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'hashiya-annotations.jsonld';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }
}

function report(element) {
  return (error) => {
    element.dispatchEvent(new CustomEvent('hashiya:error', { bubbles: true, composed: true, detail: { error } }));
    console.error(error);
  };
}

if (!customElements.get('hashiya-annotator')) customElements.define('hashiya-annotator', HashiyaAnnotator);
