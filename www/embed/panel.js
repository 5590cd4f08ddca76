// The embed's small results panel, in the custom element's shadow root: counts by type,
// who is quoted how often (with bars), and a download of the W3C annotations. Built with
// DOM calls and textContent only: article text never goes through innerHTML.
import { STRINGS } from './strings.js';

export const PANEL_CSS = `
:host { display: block; }
.panel { font: 14px/1.5 system-ui, sans-serif; border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  border-radius: 8px; padding: 0.75rem 1rem; margin-block: 1rem; max-width: 40rem; }
.panel[hidden] { display: none; }
h2 { font-size: 1rem; margin: 0 0 0.5rem; }
h3 { font-size: 0.9rem; margin: 0.75rem 0 0.25rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; gap: 0.5rem; align-items: center; }
.bar { height: 0.6rem; border-radius: 3px; background: rgba(124, 92, 255, 0.6); min-width: 2px; }
.name { flex: 0 1 12rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button { margin-top: 0.75rem; font: inherit; }
`;

function element(tag, text, attributes = {}) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Fills `container` with the summary of `detail` (what annotate() resolved to). */
export function renderPanel(container, detail, onExport) {
  const t = STRINGS[detail.uiLang];
  container.replaceChildren();
  container.hidden = false;
  container.dir = t.dir;
  container.lang = detail.uiLang;
  const heading = element('h2', t.title, { id: 'hashiya-panel-title' });
  container.setAttribute('aria-labelledby', 'hashiya-panel-title');
  container.append(heading);
  if (!detail.entities.length && !detail.quotes.length) {
    container.append(element('p', t.nothing));
    return;
  }
  const byType = new Map();
  for (const cluster of detail.clusters) {
    if (!byType.has(cluster.type)) byType.set(cluster.type, []);
    byType.get(cluster.type).push(cluster);
  }
  for (const [type, clusters] of byType) {
    container.append(element('h3', `${t[type]} (${clusters.length})`));
    const list = element('ul');
    for (const cluster of clusters.sort((a, b) => b.mentions - a.mentions).slice(0, 12)) {
      const item = element('li');
      item.append(element('span', cluster.name, { class: 'name' }), element('span', t.mentions(cluster.mentions)));
      list.append(item);
    }
    container.append(list);
  }
  if (detail.speakers.length || detail.unattributed) {
    container.append(element('h3', t.speakers));
    const list = element('ul', undefined, { class: 'speakers' });
    const most = Math.max(1, ...detail.speakers.map((s) => s.quotes), detail.unattributed);
    const row = (name, count) => {
      const item = element('li');
      const bar = element('span', undefined, { class: 'bar', 'aria-hidden': 'true' });
      bar.style.width = `${(6 * count) / most}rem`;
      item.append(element('span', name, { class: 'name' }), bar, element('span', t.quotes(count)));
      list.append(item);
    };
    for (const speaker of detail.speakers) row(speaker.name, speaker.quotes);
    if (detail.unattributed) row(t.unattributed, detail.unattributed);
    container.append(list);
  }
  const download = element('button', t.export, { type: 'button' });
  download.addEventListener('click', onExport);
  container.append(download);
}
