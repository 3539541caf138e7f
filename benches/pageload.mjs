#!/usr/bin/env node
// Page-load benchmark: the viewer against the fastest possible page.
//
// Serves dist/ on localhost and opens the seed article in headless Chromium, RUNS times each
// (fresh browser context, so nothing is cached), beside a static HTML page holding the same
// article with the same highlights pre-rendered (made from the app's own final DOM, with the
// same stylesheets and no script). Reports medians of
//   - text visible: the first animation frame in which the article's lead is in the page;
//   - highlights complete: the first frame in which the article is no longer aria-busy;
// and the ratios to the static page's text visible, measured in the same run.
//
//     node benches/pageload.mjs [--runs 10]     (after scripts/build-site.sh)
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serveDist, launch, dist } from '../tests/e2e/support.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 10));
const SEED = 'stoltenberg-kiew-2023-04-20';

const scratch = mkdtempSync(join(tmpdir(), 'newslens-pageload-'));
process.env.XDG_CONFIG_HOME = process.env.XDG_CACHE_HOME = scratch;
// The static page is made below, from the app's own final DOM.
const pages = {};
const server = await serveDist('/', pages);
const origin = server.url.replace(/\/$/, '');
const browser = await launch();

// Records the first frame in which each selector matches, from before the page parses.
const PROBE = `(() => {
  const want = { text: '.article-lead', done: 'article.article[aria-busy="false"], .article:not([aria-busy])' };
  window.__marks = {};
  const tick = () => {
    for (const [name, sel] of Object.entries(want)) {
      if (!(name in window.__marks) && document.querySelector(sel)) window.__marks[name] = performance.now();
    }
    if (Object.keys(window.__marks).length < 2) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function measure(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__marks && 'text' in window.__marks && 'done' in window.__marks, null,
    { timeout: 30000 });
  const marks = await page.evaluate(() => window.__marks);
  await context.close();
  return marks;
}

// The static page: the app's final article DOM, its stylesheets, no script.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/#/a/${SEED}`);
  await page.waitForSelector('article.article[aria-busy="false"]', { timeout: 30000 });
  const app = await page.evaluate(() => document.querySelector('#app').innerHTML);
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const links = [...index.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n');
  pages['baseline.html'] = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${links}</head>
<body><div id="app">${app}</div></body></html>`;
  await context.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const app = [], base = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so drift on a shared machine hits both alike.
  base.push(await measure(`${origin}/baseline.html`));
  app.push(await measure(`${origin}/#/a/${SEED}`));
}
await browser.close();
await server.close();

const baseText = median(base.map((m) => m.text));
const appText = median(app.map((m) => m.text));
const appDone = median(app.map((m) => m.done));
const row = (name, ms, ratio, target) =>
  console.log(`${name.padEnd(34)}${ms.toFixed(1).padStart(9)} ms${ratio.toFixed(2).padStart(8)}×   target ≤ ${target}×`);
console.log(`seed article, ${RUNS} runs each, medians; ratios against the static page's text visible`);
console.log(`${'static page: text visible'.padEnd(34)}${baseText.toFixed(1).padStart(9)} ms${'1.00'.padStart(8)}×`);
row('newslens: text visible', appText, appText / baseText, '1.5');
row('newslens: highlights complete', appDone, appDone / baseText, '2');
