// The bookmarklet demo page: builds the draggable `javascript:` link from the loader that
// `cargo xtask build` minified (www/pkg/bookmarklet.js), for the base URL shown.
import { loader } from '../pkg/bookmarklet.js';

/** The `javascript:` URL of the bookmarklet that loads hashiya from `base`. */
export function bookmarkletHref(base) {
  const normalised = new URL(base).href.replace(/\/?$/, '/');
  return `javascript:${encodeURIComponent(loader.replace('__HASHIYA_BASE__', JSON.stringify(normalised)))}`;
}

const link = document.getElementById('bookmarklet');
const input = document.getElementById('base');
const shown = document.getElementById('base-shown');

function update() {
  try {
    const base = new URL(input.value).href.replace(/\/?$/, '/');
    link.href = bookmarkletHref(base);
    shown.textContent = base;
    input.setCustomValidity('');
  } catch {
    input.setCustomValidity('Enter a full http:// or https:// address');
  }
}

// This page is served from the root of the demo site, under /bookmarklet/.
input.value = new URL('..', location.href).href;
input.addEventListener('input', update);
update();
