#!/usr/bin/env node
// Engine throughput in headless Chromium: the whole analysis with the trained tagger through the
// site's JavaScript API (`annotate`), over the seed article and texts of 10 KB, 100 KB and 1 MB
// made of its paragraphs, beside a trivial baseline in the same page (counting the spaces of
// the same text, character by character). Reports the median of RUNS runs per size.
//
// Tokens are counted in the page with a pattern close to the engine's tokeniser (words with
// their inner joiners, and each punctuation mark), so tokens/s is approximate; MB/s is exact.
//
//     node benches/browser-throughput.mjs [--runs 5]     (after scripts/build-site.sh)
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serveDist, launch, root, served } from '../tests/e2e/support.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 5));

const scratch = mkdtempSync(join(tmpdir(), 'newslens-throughput-'));
process.env.XDG_CONFIG_HOME = process.env.XDG_CACHE_HOME = scratch;
// An empty page of the site's origin, from which the module is imported.
const server = await serveDist('/', { 'bench.html': '<!doctype html><meta charset="utf-8"><title>bench</title>' });
const origin = server.url.replace(/\/$/, '');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${origin}/bench.html`);

const seed = readFileSync(join(root, 'articles', 'stoltenberg-kiew-2023-04-20.txt'), 'utf8');
const body = seed.split('\n\n').slice(1).join('\n\n');
const sized = (bytes) => body.repeat(Math.ceil(bytes / Buffer.byteLength(body))).slice(0, bytes);
const inputs = [['seed article', body], ['10 KB', sized(10_000)], ['100 KB', sized(100_000)], ['1 MB', sized(1_000_000)]];

// The built files' names carry content hashes (scripts/hash-names.mjs).
const files = { glue: served('newslens-analysis.js'), wasm: served('newslens-analysis_bg.wasm'), model: served('model/ner.bin') };
const results = await page.evaluate(async ({ inputs, runs, files }) => {
  const api = await import(`./${files.glue}`);
  await api.default({ module_or_path: `./${files.wasm}` });
  const trained = await api.loadModel(files.model);
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-.:,'’/][\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
  const out = [];
  let words = 0;
  for (const [name, text] of inputs) {
    api.annotate(text, { format: 'text' }); // warm up
    const analysis = [];
    const baseline = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      api.annotate(text, { format: 'text' });
      analysis.push(performance.now() - t);
      t = performance.now();
      // Counting spaces char by char (String.split results are cached by V8); summed and kept,
      // so the engine cannot drop the work as unused.
      for (let j = 0; j < 10; j++) for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 32) words++;
      baseline.push((performance.now() - t) / 10);
    }
    out.push({ name, bytes: new TextEncoder().encode(text).length, tokens: text.match(TOKEN)?.length ?? 0,
      analysis: median(analysis), baseline: median(baseline) });
  }
  return { trained, out, words };
}, { inputs, runs: RUNS, files });
await browser.close();
await server.close();

console.log(`whole analysis in headless Chromium (${results.trained ? 'trained tagger' : 'PROVISIONAL tagger: model missing'}), median of ${RUNS}`);
console.log(`${'input'.padEnd(14)}${'ms'.padStart(10)}${'MB/s'.padStart(8)}${'≈tokens/s'.padStart(12)}${'× count'.padStart(10)}`);
for (const r of results.out) {
  const mbs = r.bytes / 1e6 / (r.analysis / 1000);
  const tps = r.tokens / (r.analysis / 1000);
  console.log(`${r.name.padEnd(14)}${r.analysis.toFixed(1).padStart(10)}${mbs.toFixed(2).padStart(8)}${Math.round(tps).toLocaleString('en').padStart(12)}${(r.analysis / r.baseline).toFixed(0).padStart(10)}`);
}
