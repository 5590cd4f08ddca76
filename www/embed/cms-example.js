// The example CMS page's own script (www/cms-example.html): how a newsroom wires the embed.
// Not part of the embed package.
import './hashiya-embed.js';

const annotator = document.getElementById('annotator');
const status = document.getElementById('status');
const json = document.getElementById('json');

// A newsroom's choices: its colours and its own name list (passed on; see docs/shipping.md).
annotator.options = {
  colours: { PER: 'rgb(255 196 0 / 0.45)' },
  names: { people: ['Geir Pedersen', 'Hadi al-Bahra'], organisations: ['Palais des Nations'] },
};

// What a CMS would store: the counts for its dashboard, the annotations for its database.
document.addEventListener('hashiya:annotated', (event) => {
  const { entities, quotes, speakers, annotations } = event.detail;
  const top = speakers.map((s) => `${s.name} (${s.quotes})`).join(', ') || 'nobody';
  status.textContent = `${entities.length} names, ${quotes.length} quotes; quoted: ${top}; ${annotations.length} annotations.`;
});
document.addEventListener('hashiya:error', (event) => {
  status.textContent = `hashiya failed: ${event.detail.error.message}`;
});

const run = () => annotator.annotate({ uiLang: document.getElementById('ui-lang').value });
document.getElementById('run').addEventListener('click', run);
document.getElementById('ui-lang').addEventListener('change', () => annotator.results && run());
document.getElementById('clear').addEventListener('click', () => {
  annotator.clear();
  json.hidden = true;
  status.textContent = 'Cleared.';
});
document.getElementById('export').addEventListener('click', () => {
  json.textContent = annotator.exportAnnotations();
  json.hidden = false;
});
