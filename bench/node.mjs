// hashiya's wasm build in Node, side by side with compromise on the same English text,
// plus peak wasm memory on a 5 MB document. Run by `cargo xtask bench` after the build.
// Prints a table and writes target/bench/node.json.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { initSync, annotateText } from '../www/pkg/hashiya.js';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const wasm = initSync({ module: readFileSync(new URL('www/pkg/hashiya_bg.wasm', root)) });

const repeated = (text, bytes) => {
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += text + '\n';
  return out;
};
// One token count for both libraries, so their rates compare exactly.
const countTokens = (text) => (text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) || []).length;

function median(fn, budgetMs) {
  fn(); // warm-up
  const times = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 100)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const results = [];
const row = (name, text, ms) => {
  const tokens = countTokens(text);
  const rate = Math.round(tokens / (ms / 1000));
  results.push({ bench: 'node', name, bytes: Buffer.byteLength(text), tokens, ms: +ms.toFixed(3), tokens_per_s: rate });
  console.log(`${name.padEnd(28)} ${String(tokens).padStart(9)} tokens ${ms.toFixed(2).padStart(10)} ms ${String(rate).padStart(12)} tokens/s`);
};

const ar = repeated(read('tests/fixtures/seed/article.txt'), 256 << 10);
const en = repeated(read('tests/fixtures/en/article.txt'), 256 << 10);
console.log('wasm in Node (median)');
row('hashiya wasm, Arabic', ar, median(() => annotateText(ar, {}), 3000));
const hashiyaEn = median(() => annotateText(en, {}), 3000);
row('hashiya wasm, English', en, hashiyaEn);
const compromiseEn = median(() => {
  const doc = nlp(en);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  doc.quotations().out('array');
}, 10000);
row('compromise 14, English', en, compromiseEn);
const ratio = compromiseEn / hashiyaEn;
console.log(`hashiya is ${ratio.toFixed(1)}x the speed of compromise on the same English text`);
results.push({ bench: 'node', name: 'ratio hashiya/compromise', ratio: +ratio.toFixed(2) });

const big = repeated(read('tests/fixtures/seed/article.txt') + '\n' + read('tests/fixtures/en/article.txt'), 5 << 20);
const before = wasm.memory.buffer.byteLength;
const t = performance.now();
annotateText(big, {});
const bigMs = performance.now() - t;
// Wasm memory only grows, so its size after the call is the peak during it.
const peak = wasm.memory.buffer.byteLength;
console.log(`5 MB document: ${bigMs.toFixed(0)} ms, wasm memory ${(before / 2 ** 20).toFixed(1)} MiB before, ${(peak / 2 ** 20).toFixed(1)} MiB peak`);
results.push({ bench: 'node', name: 'peak memory 5 MB', bytes: Buffer.byteLength(big), ms: Math.round(bigMs), peak_bytes: peak });

mkdirSync(new URL('target/bench/', root), { recursive: true });
writeFileSync(new URL('target/bench/node.json', root), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
