#!/usr/bin/env node
// Engine throughput in headless Chromium: the whole analysis with the trained tagger through the
// site's JavaScript API (`annotate`), over the seed article and texts of 10 KB, 100 KB and 1 MB
// made of its paragraphs, beside a trivial baseline in the same page (counting the spaces of
// the same text, character by character). Reports the median of RUNS runs per size.
//
// Tokens are counted in the page with a pattern close to the engine's tokeniser (words with
// their inner joiners, and each punctuation mark), so tokens/s is approximate; MB/s is exact.
//
//     node benches/browser-throughput.mjs [--runs 5] [--dist dist]
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 5));
const DIST = arg('--dist', 'dist');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`browser-throughput: ${DIST}/index.html is missing; run scripts/build-site.sh first`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/bench.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
  }
  const file = normalize(join(DIST, path));
  if (!file.startsWith(normalize(DIST)) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const scratch = mkdtempSync(join(tmpdir(), 'newslens-throughput-'));
process.env.XDG_CONFIG_HOME = process.env.XDG_CACHE_HOME = scratch;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage();
await page.goto(`${origin}/bench.html`);

const seed = readFileSync('articles/stoltenberg-kiew-2023-04-20.txt', 'utf8');
const body = seed.split('\n\n').slice(1).join('\n\n');
const sized = (bytes) => body.repeat(Math.ceil(bytes / Buffer.byteLength(body))).slice(0, bytes);
const inputs = [['seed article', body], ['10 KB', sized(10_000)], ['100 KB', sized(100_000)], ['1 MB', sized(1_000_000)]];

const results = await page.evaluate(async ({ inputs, runs }) => {
  const api = await import('./newslens-web.js');
  await api.default();
  const trained = await api.loadModel('model/ner.bin');
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
}, { inputs, runs: RUNS });
await browser.close();
server.close();

console.log(`whole analysis in headless Chromium (${results.trained ? 'trained tagger' : 'PROVISIONAL tagger: model missing'}), median of ${RUNS}`);
console.log(`${'input'.padEnd(14)}${'ms'.padStart(10)}${'MB/s'.padStart(8)}${'≈tokens/s'.padStart(12)}${'× count'.padStart(10)}`);
for (const r of results.out) {
  const mbs = r.bytes / 1e6 / (r.analysis / 1000);
  const tps = r.tokens / (r.analysis / 1000);
  console.log(`${r.name.padEnd(14)}${r.analysis.toFixed(1).padStart(10)}${mbs.toFixed(2).padStart(8)}${Math.round(tps).toLocaleString('en').padStart(12)}${(r.analysis / r.baseline).toFixed(0).padStart(10)}`);
}
