#!/usr/bin/env node
// Page-load benchmark: the viewer against the fastest possible page, with archives of 1, 100,
// 1,000 and 10,000 articles.
//
// For each size, a synthetic archive (the seed article and generated German articles, see
// tests/e2e/archive.mjs) is put into a copy of dist/ and served on localhost with a delay before
// every answer (default 50 ms, as a network's round trip), so an extra request shows. The seed
// article is opened RUNS times (fresh browser context, nothing cached), interleaved with a
// static HTML page holding the same article with the same highlights pre-rendered (made from the
// app's own final DOM, with the same stylesheets and no script), served the same way. Reports:
//   - first-paint transfer: brotli bytes of everything the page asked for before the article's
//     text showed (HTML, CSS, JS, the page's wasm, the index shard and the article file), but
//     the analysis: the model, the worker script and its analysis module load beside the text
//     and bring the highlights after it (their bytes are reported apart);
//   - text visible: the first animation frame in which the article's lead is in the page;
//   - highlights complete: the first frame in which the article is no longer aria-busy;
//   - with 10,000 articles, from a key press in the start page's filter to the frame painted
//     after the list changed, against a key press in a field without a listener (the floor);
//   - loading the model in the browser (loadModel on its bytes) against a checksum pass over
//     the same bytes in the same page.
// Ratios are to the static page's text visible (and floors) measured in the same run.
//
//     node benches/pageload.mjs [--runs 15] [--delay 50] [--sizes 1,100,1000,10000]
//     (after scripts/build-site.sh)
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, served } from '../tests/e2e/support.mjs';
import { makeArchive } from '../tests/e2e/archive.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// 15 by default: the static page's median moves by up to 40 ms between runs of 9.
const RUNS = Number(arg('--runs', 15));
const DELAY = Number(arg('--delay', 50));
const SIZES = arg('--sizes', '1,100,1000,10000').split(',').map(Number);
const SEED = 'stoltenberg-kiew-2023-04-20';

const scratch = mkdtempSync(join(tmpdir(), 'newslens-pageload-'));
process.env.XDG_CONFIG_HOME = process.env.XDG_CACHE_HOME = scratch;
const browser = await launch();

// The console message that carries a page's marks to the bench.
const MARKS = 'newslens-bench-marks ';

// Records the first frame in which each selector matches, from before the page parses.
const PROBE = `(() => {
  const want = { text: '.article-lead', done: 'article.article[aria-busy="false"], .article:not([aria-busy])' };
  window.__marks = {};
  const tick = () => {
    for (const [name, sel] of Object.entries(want)) {
      if (!(name in window.__marks) && document.querySelector(sel)) window.__marks[name] = performance.now();
    }
    if (Object.keys(window.__marks).length < 2) requestAnimationFrame(tick);
    else console.debug(${JSON.stringify(MARKS)} + JSON.stringify(window.__marks));
  };
  requestAnimationFrame(tick);
})();`;

// The marks come back as a console message: waiting with page.waitForFunction would run
// Playwright's injected script on the page's main thread while the app is still loading (it
// made the app's highlights about 85 ms later and its text 30 ms later; the static page is done
// by then).
async function measure(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  let timer;
  const marks = new Promise((done, fail) => {
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith(MARKS)) done(JSON.parse(text.slice(MARKS.length)));
    });
    timer = setTimeout(() => fail(new Error(`no marks from ${url} within 60 s`)), 60000);
  });
  await page.goto(url, { waitUntil: 'commit' });
  // A pending timer would keep the process alive for up to a minute after the last load.
  const result = await marks.finally(() => clearTimeout(timer));
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const brotli = (path) => {
  const data = readFileSync(path);
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
};

/** The files a first visit to the seed article asks for before its text shows, and their size. */
async function firstPaint(server, dir, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const before = server.requests.length;
  await page.goto(url);
  await page.waitForFunction(() => window.__marks && 'text' in window.__marks, null, { timeout: 60000 });
  const analysis = ['model/ner.bin', 'worker.js', 'newslens-analysis.js', 'newslens-analysis_bg.wasm']
    .map((f) => served(f, dir));
  const files = [...new Set(server.requests.slice(before)
    .map((p) => new URL(p, 'http://x/').pathname.slice(1) || 'index.html'))];
  await context.close();
  const size = (list) => list.reduce((sum, f) => sum + brotli(join(dir, f)), 0);
  return { text: size(files.filter((f) => !analysis.includes(f))), analysis: size(analysis) };
}

const rows = [];
let staticPage = null;
let keys = null;
for (const size of SIZES) {
  const dir = makeArchive(size, join(scratch, `archive-${size}`));
  const pages = {};
  const server = await serveDist('/', pages, { dir, delay: DELAY });
  const origin = server.url.replace(/\/$/, '');
  // The static page: the app's final article DOM, its stylesheets, no script.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/#/a/${SEED}`);
    await page.waitForSelector('article.article[aria-busy="false"]', { timeout: 60000 });
    const app = await page.evaluate(() => document.querySelector('#app').innerHTML);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const links = [...index.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n');
    pages['baseline.html'] = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${links}</head>
<body><div id="app">${app}</div></body></html>`;
    await context.close();
  }
  const transfer = await firstPaint(server, dir, `${origin}/#/a/${SEED}`);
  const app = [], base = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so drift on a shared machine hits both alike.
    base.push(await measure(`${origin}/baseline.html`));
    app.push(await measure(`${origin}/#/a/${SEED}`));
  }
  const baseText = median(base.map((m) => m.text));
  console.error(`measured ${size} articles`);
  rows.push({ size, transfer: transfer.text, analysis: transfer.analysis, baseText, text: median(app.map((m) => m.text)), done: median(app.map((m) => m.done)) });
  if (size === 1) staticPage = baseText;
  if (size === Math.max(...SIZES)) keys = await keystrokes(origin, size);
  if (size === SIZES[0]) rows.model = await modelLoad(server, dir, pages, origin);
  await server.close();
}
await browser.close();

/** From a key press in the start page's filter to the painted list, against a field without a
 * listener; medians of 15 presses each. */
async function keystrokes(origin, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${origin}/#/`);
  await page.getByRole('status').filter({ hasText: `${size.toLocaleString('de-DE')} von ${size.toLocaleString('de-DE')}` }).waitFor({ timeout: 60000 });
  await page.evaluate(() => {
    const floor = document.createElement('input');
    floor.id = 'bench-floor';
    floor.setAttribute('aria-label', 'floor');
    document.body.append(floor);
    // Arms a one-time timer on the field's next key press: window.__timing resolves to the ms
    // from the key press to the frame painted after the list changed (or the next frame).
    window.__arm = (id, changed) => {
      window.__timing = new Promise((done) => {
        const field = document.getElementById(id);
        field.addEventListener('keydown', () => {
          const t0 = performance.now();
          const painted = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
          if (!changed) return painted();
          const seen = new MutationObserver(() => {
            seen.disconnect();
            painted();
          });
          seen.observe(document.querySelector('.article-list-count'), { childList: true, subtree: true, characterData: true });
        }, { once: true });
      });
    };
  });
  const filterTimes = [], floorTimes = [];
  // Each press narrows the full list ("7": the entries with a 7 in title or date).
  for (let i = 0; i < 15; i++) {
    await page.locator('#article-filter').fill('');
    await page.getByRole('status').filter({ hasText: `${size.toLocaleString('de-DE')} von ${size.toLocaleString('de-DE')}` }).waitFor();
    await page.locator('#article-filter').focus();
    await page.evaluate(() => window.__arm('article-filter', true));
    await page.keyboard.press('7');
    filterTimes.push(await page.evaluate(() => window.__timing));
    await page.locator('#bench-floor').focus();
    await page.evaluate(() => window.__arm('bench-floor', false));
    await page.keyboard.press('B');
    floorTimes.push(await page.evaluate(() => window.__timing));
  }
  await context.close();
  return { filter: median(filterTimes), floor: median(floorTimes) };
}

/** loadModel on the model's bytes (from a blob: URL, so no network) against reading the same
 * blob and summing its bytes in the same page; medians of 7 each. */
async function modelLoad(server, dir, pages, origin) {
  pages['model-bench'] = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/model-bench`);
  const result = await page.evaluate(async ({ glue, wasm, model }) => {
    const newslens = await import(`./${glue}`);
    await newslens.default({ module_or_path: `./${wasm}` });
    const blob = await (await fetch(`./${model}`)).blob();
    const url = URL.createObjectURL(blob);
    const load = [], sum = [];
    for (let i = 0; i < 7; i++) {
      let t = performance.now();
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let s = 0;
      for (let j = 0; j < bytes.length; j++) s = (s + bytes[j]) | 0;
      sum.push(performance.now() - t);
      window.__sum = s;
      t = performance.now();
      if (!(await newslens.loadModel(url))) throw new Error('the model did not load');
      load.push(performance.now() - t);
    }
    const mid = (xs) => xs.sort((a, b) => a - b)[3];
    return { load: mid(load), sum: mid(sum), bytes: blob.size };
  }, { glue: served('newslens-analysis.js', dir), wasm: served('newslens-analysis_bg.wasm', dir), model: served('model/ner.bin', dir) });
  await context.close();
  return result;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`seed article, ${RUNS} runs each, medians, ${DELAY} ms delay per request; ratios against the static page's text visible in the same run`);
console.log('articles  first paint (brotli)  static text  text visible        highlights complete');
for (const r of rows) {
  console.log(`${String(r.size).padStart(8)}  ${kb(r.transfer).padStart(20)}  ${r.baseText.toFixed(0).padStart(8)} ms` +
    `  ${r.text.toFixed(0).padStart(5)} ms ${(r.text / r.baseText).toFixed(2).padStart(5)}×` +
    `  ${r.done.toFixed(0).padStart(6)} ms ${(r.done / r.baseText).toFixed(2).padStart(5)}×`);
}
console.log(`the analysis beside it (model, worker, analysis module): ${kb(rows[0].analysis)} brotli`);
console.log('targets: first paint ≤ 250 KB, text visible ≤ 1.5×, highlights complete ≤ 2× (seed article)');
if (keys) {
  console.log(`start page, ${Math.max(...SIZES)} articles: key press to painted list ${keys.filter.toFixed(1)} ms ` +
    `(a field without a listener: ${keys.floor.toFixed(1)} ms, ${(keys.filter / keys.floor).toFixed(2)}×; target ≤ 50 ms)`);
}
if (rows.model) {
  const m = rows.model;
  console.log(`model load in Chromium (${kb(m.bytes)}): ${m.load.toFixed(1)} ms; reading and summing the same bytes ` +
    `${m.sum.toFixed(1)} ms; ${(m.load / m.sum).toFixed(2)}× (target ≤ 3×)`);
}
