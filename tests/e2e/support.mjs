// Shared by the end-to-end tests: serves dist/ on a free localhost port and launches the
// system Chromium through playwright-core (no browser downloads).
import { createServer } from 'node:http';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, stat, mkdir, mkdtemp } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist');
export const results = join(root, 'test-results');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dist/` under `prefix` (a sub-path, as a static host might) on 127.0.0.1 and a free
 * port. Every request is recorded, so a test can check that nothing outside dist/ is asked for.
 * `pages` maps paths under the prefix to HTML served from memory (read at each request, so a
 * caller may add pages later), for pages a test or benchmark makes itself. `options.dir` serves
 * another built site than dist/ (a synthetic archive); `options.delay` waits that many
 * milliseconds before each answer, as a network's round trip would, and `options.slow(path)` that
 * many more for one file. `sent` lists the files answered. The returned `serve(dir)`
 * switches to another folder, as a redeployment does.
 */
export async function serveDist(prefix = '/', pages = {}, { dir: folder = dist, delay = 0, slow = () => 0 } = {}) {
  let dir = resolve(folder);
  await stat(join(dir, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run scripts/build-site.sh first');
  });
  const requests = [];
  // Each file answered, with how many requests had come in by then.
  const sent = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const wait = delay + slow(url.pathname);
    if (wait) await new Promise((ok) => setTimeout(ok, wait));
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = path.slice(prefix.length);
    if (path in pages) {
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(pages[path]);
      return;
    }
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
      sent.push({ path: url.pathname, after: requests.length });
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    sent,
    /** Serves another folder from now on (a new deployment). */
    serve: (other) => {
      dir = resolve(other);
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/**
 * The name the built site serves `name` under (`newslens-web.js` → `newslens-web.<hash>.js`), from
 * index.html's `newslens-files` map; `name` itself when the map does not name it.
 */
export function served(name, dir = dist) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const map = html.match(/<meta name="newslens-files" content="([^"]*)">/)?.[1] ?? '';
  return map.split(/\s+/).find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1) ?? name;
}

// Browser features turned off besides Playwright's own: a headless Chromium preloads its
// top-chrome WebUI (the omnibox popup) for every new context, in a renderer of its own that
// takes about one core for the first 400 ms, exactly while a test's or a benchmark's page
// loads. A browser a person uses loaded its UI long before; here it only adds noise.
const QUIET = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup'];

/** Launches Chromium with a scratch profile; the scripts point TMPDIR and XDG_* at scratch too. */
export async function launch() {
  const scratch = process.env.NEWSLENS_SCRATCH ?? join(tmpdir(), 'newslens-e2e');
  await mkdir(scratch, { recursive: true });
  await mkdir(results, { recursive: true });
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const start = async (extra) => chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--crash-dumps-dir=${await mkdtemp(join(scratch, 'crash-'))}`,
      ...extra,
    ],
  });
  // A second --disable-features replaces Playwright's list rather than adding to it, so the
  // list it launched with is read back (chrome://version shows the command line) and extended.
  const probe = await start([]);
  const page = await probe.newPage();
  await page.goto('chrome://version');
  const line = await page.locator('#command_line').textContent();
  await probe.close();
  const own = line.match(/--disable-features=(\S*)/)?.[1].split(',').filter(Boolean) ?? [];
  return start([`--disable-features=${[...own, ...QUIET].join(',')}`]);
}

/**
 * Serves dist/ under `prefix` and starts Chromium before a test file's tests, and stops both
 * after them (`options` as serveDist's, or a function called then that gives them). The returned object's `server` and `browser` are set once the tests run.
 */
export function useSite(prefix = '/', pages = {}, options = {}) {
  const site = {};
  before(async () => {
    site.server = await serveDist(prefix, pages, typeof options === 'function' ? options() : options);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens a page in a new browser context. The page must stay quiet: every console error, page
 * error and Content-Security-Policy violation (in any of its frames) is recorded in `problems`,
 * and closing the context fails the test if any was not allowed. A test that provokes an error
 * on purpose names it in `allow` (regular expressions matched against the recorded text).
 * Everything else in `options` goes to `browser.newContext`.
 */
export async function openPage(browser, { allow = [], ...options } = {}) {
  // German by default: the interface follows navigator.language (English for en-*), and the
  // tests read the German words unless they ask for another locale.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', ...options });
  const problems = [];
  await context.exposeBinding('__newslensTestReport', (_source, text) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      // eslint-disable-next-line no-undef
      __newslensTestReport(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    const unexpected = problems.filter((p) => !allow.some((a) => a.test(p)));
    assert.deepEqual(unexpected, [], 'console errors, page errors or CSP violations');
  };
  return { context, page, problems };
}

/**
 * Serves one HTML page at `/` on another port of 127.0.0.1: another origin than serveDist's,
 * as a page that embeds the viewer in an iframe would be.
 */
export async function servePage(html) {
  const server = createServer((req, res) => {
    if (new URL(req.url, 'http://localhost').pathname !== '/') {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The quote list: the complementary region its heading names ("Zitate (17)", "Quotes (17)"). */
export function quoteList(scope) {
  return scope.getByRole('complementary', { name: /^(Zitate|Quotes)/ });
}

/** The quotations' buttons in the quote list: each one's name starts with its kind. */
export function quoteItems(scope) {
  return quoteList(scope).getByRole('button', {
    name: /^(direkt|indirekt|erlebte Rede|berichtet|direct|indirect|free indirect|reported)/,
  });
}

/** The entity index's buttons, one per entity: each one's name ends with its count ("12 Erwähnungen"). */
export function entityItems(scope) {
  return scope.getByRole('button', { name: /\d+ (Erwähnung|Erwähnungen|mention|mentions)$/ });
}

/** Runs axe-core (WCAG 2.1 A/AA) on the page; the page's context must bypass the CSP. */
export async function axeViolations(page, impacts = ['serious', 'critical']) {
  const { createRequire } = await import('node:module');
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
}
