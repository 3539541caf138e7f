// End-to-end: the embed view (#/embed/<slug>) in an iframe on a host page of another origin,
// its height messages, the host script dist/embed.js, its parameters and the embed code.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, servePage, openPage, results, axeViolations, entityItems, quoteList } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';
const TITLE = 'NATO-Generalsekretär Stoltenberg besucht überraschend Kiew';

const site = useSite('/site/');
const hosts = [];

after(async () => {
  await Promise.all(hosts.map((h) => h.close()));
});

/** A host page with `snippet` in it, recording every message it receives. */
async function host(snippet) {
  const page = await servePage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script></head>
<body style="margin:0"><h1>Host page</h1>${snippet}<p id="after">After the embed.</p></body></html>`);
  hosts.push(page);
  return page.url;
}

function frameSnippet(params = '') {
  return `<iframe id="f" data-newslens src="${site.server.url}#/embed/${SLUG}${params}" title="newslens" style="width:100%;border:0" height="150"></iframe>
<script src="${site.server.url}embed.js" async></script>`;
}

async function openHost(url, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...options });
  await opened.page.goto(url);
  const frame = opened.page.frameLocator('#f');
  await frame.locator('article.article mark.entity').first().waitFor({ timeout: 20_000 });
  return { ...opened, frame };
}

/**
 * Waits until the iframe is as tall as its content and returns the heights: the iframe's box on
 * the host page, and inside it (another origin: asked through the frame) the content's height
 * and the document's scroll and client heights.
 */
async function settledHeights(page) {
  const inner = await (await page.$('#f')).contentFrame();
  let heights;
  for (let i = 0; i < 50; i++) {
    const frame = await page.$eval('#f', (f) => f.getBoundingClientRect().height);
    const content = await inner.evaluate(() => ({
      content: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    heights = { frame, ...content };
    if (Math.abs(frame - content.content) <= 1) break;
    await page.waitForTimeout(200);
  }
  return heights;
}

test('the iframe takes its content height, with no inner scrollbar, and follows a panel opening', async () => {
  const { page, context, frame } = await openHost(await host(frameSnippet()));
  const first = await settledHeights(page);
  assert.equal(await entityItems(frame).first().isVisible(), false, 'the index starts closed in an embed');
  assert.ok(first.frame > 1000, `the iframe grew from 150 px to ${first.frame}`);
  assert.ok(Math.abs(first.frame - first.content) <= 1, JSON.stringify(first));
  assert.ok(first.scroll <= first.client + 1, `no inner scrollbar: ${JSON.stringify(first)}`);
  assert.equal(await frame.getByRole('banner').count(), 0, 'no site chrome');
  assert.equal(await frame.getByRole('navigation').count(), 0, 'no site chrome');

  await frame.getByText(/^Namen im Artikel/).click();
  assert.equal(await entityItems(frame).first().isVisible(), true, 'the index opens');
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height > h + 100, first.frame);
  const second = await settledHeights(page);
  assert.ok(Math.abs(second.frame - second.content) <= 1, JSON.stringify(second));

  await page.setViewportSize({ width: 400, height: 800 });
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height > h + 50, second.frame);
  const narrow = await settledHeights(page);
  assert.ok(narrow.scroll <= narrow.client + 1, `no inner scrollbar when narrow: ${JSON.stringify(narrow)}`);
  await page.screenshot({ path: join(results, 'embed-host-400.png'), fullPage: true });
  await context.close();
});

test('height messages: the three documented shapes, no article data; malformed requests ignored', async () => {
  const { page, context } = await openHost(await host(frameSnippet('?id=chart-7')));
  await settledHeights(page);
  const messages = await page.evaluate(() => window.messages);
  const own = messages.filter((m) => m && m.type === 'newslens:height');
  const datawrapper = messages.filter((m) => m && m['datawrapper-height']);
  const amp = messages.filter((m) => m && m.sentinel === 'amp');
  assert.ok(own.length >= 1 && datawrapper.length >= 1 && amp.length >= 1, JSON.stringify(messages));
  for (const m of own) assert.deepEqual(Object.keys(m).sort(), ['height', 'type', 'version']);
  for (const m of own) assert.equal(m.version, 1);
  for (const m of datawrapper) assert.deepEqual(Object.keys(m['datawrapper-height']), ['chart-7']);
  for (const m of amp) assert.deepEqual(Object.keys(m).sort(), ['height', 'sentinel', 'type']);
  assert.equal(amp[0].type, 'embed-size');
  assert.equal(own.at(-1).height, datawrapper.at(-1)['datawrapper-height']['chart-7']);
  assert.equal(messages.length, own.length + datawrapper.length + amp.length, 'nothing else is sent');
  const all = JSON.stringify(messages);
  assert.ok(!all.includes('Stoltenberg') && !all.includes(SLUG), 'no article data in the messages');

  // Malformed requests get no answer; a well-formed one does.
  const count = () => page.evaluate(() => window.messages.length);
  const before = await count();
  await page.evaluate(() => {
    const w = document.getElementById('f').contentWindow;
    for (const m of ['newslens:request-height', null, 42, { type: 'newslens:request-height' }, { type: 'newslens:request-height', version: 2 }, { type: 'other', version: 1 }]) {
      w.postMessage(m, '*');
    }
  });
  await page.waitForTimeout(500);
  assert.equal(await count(), before, 'no answer to malformed requests');
  await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ type: 'newslens:request-height', version: 1 }, '*'));
  await page.waitForFunction((n) => window.messages.length >= n + 3, before);
  // The host script ignores height messages that are not well-formed, even from its iframe
  // (sent from the iframe's own window, so only the shape check can refuse them) ...
  const frameHeight = () => page.evaluate(() => document.getElementById('f').getBoundingClientRect().height);
  const inner = await (await page.$('#f')).contentFrame();
  const settled = await frameHeight();
  await inner.evaluate(() => {
    for (const m of [
      { type: 'newslens:height', version: 1, height: 'x' },
      { type: 'newslens:height', version: 1, height: 1e9 },
      { type: 'newslens:height', version: 1, height: -5 },
      { type: 'newslens:height', version: 1, height: Infinity },
      { type: 'newslens:height', version: 2, height: 5 },
      { type: 'other', version: 1, height: 5 },
      { version: 1, height: 5 },
      null,
      5,
    ]) {
      window.parent.postMessage(m, '*');
    }
  });
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(), settled, 'not resized by malformed messages');
  // ... and well-formed ones that come from another window than its iframe's.
  await page.evaluate(() => window.postMessage({ type: 'newslens:height', version: 1, height: 5 }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(), settled, 'not resized by another window');
  // The same well-formed message from the iframe is obeyed: the checks above can fail.
  await inner.evaluate(() => window.parent.postMessage({ type: 'newslens:height', version: 1, height: 321 }, '*'));
  await page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height === 321);
  await context.close();
});

test('embed parameters: theme, background, types, quotes and language; bad ones fall back with a notice', async () => {
  const good = await openHost(await host(frameSnippet('?theme=dark&bg=transparent&types=per,loc&quotes=0&lang=en')));
  const f = good.frame;
  assert.equal(await f.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await f.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.equal(await quoteList(f).isVisible(), false);
  assert.ok((await f.locator('article.article mark.entity-org.is-off').count()) > 0, 'ORG is off');
  assert.equal(await f.locator('article.article mark.entity-per.is-off').count(), 0, 'PER is shown');
  await f.getByText(/^Names in this article \(\d+\)$/).waitFor();
  await good.page.screenshot({ path: join(results, 'embed-dark-1280.png') });
  await good.context.close();

  const bad = await openHost(await host(frameSnippet('?theme=neon&types=xyz&quotes=2&bg=red&what=ever')));
  const notices = await bad.frame.getByRole('status', { name: 'Hinweise zur Adresse' }).textContent();
  for (const part of ['theme', 'types', 'quotes', 'bg', 'what']) assert.match(notices, new RegExp(part));
  assert.equal(await bad.frame.locator('html').getAttribute('data-theme'), 'auto');
  assert.equal(await quoteList(bad.frame).isVisible(), true);
  await bad.context.close();

  // The loader asks for the file the slug would have: the host answers 404.
  const missing = await openPage(site.browser, { locale: 'de-DE', allow: [/status of 404/] });
  await missing.page.goto(`${site.server.url}#/embed/gibt-es-nicht`);
  await missing.page.getByRole('alert').filter({ hasText: 'Artikel nicht gefunden.' }).waitFor();
  await missing.context.close();
});

test('the embed code of an article, pasted into a page, shows the article at its full height', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await entityItems(page).first().waitFor({ timeout: 20_000 });
  await page.getByLabel('Farbschema').selectOption({ label: 'Sepia' });
  await page.getByText('Einbetten', { exact: true }).click();
  const code = await page.getByRole('textbox', { name: 'Einbetten' }).inputValue();
  assert.ok(code.includes(`src="${site.server.url}#/embed/${SLUG}?theme=sepia&amp;lang=de"`), code);
  assert.ok(code.includes(`<script src="${site.server.url}embed.js" async></script>`), code);
  assert.ok(code.includes(`title="newslens: ${TITLE}"`), code);
  await page.getByRole('button', { name: 'Code kopieren' }).click();
  await page.getByRole('status').filter({ hasText: 'Kopiert.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await context.close();

  const pasted = await openPage(site.browser);
  await pasted.page.goto(await host(code.replace('<iframe ', '<iframe id="f" ')));
  const frame = pasted.page.frameLocator('#f');
  await frame.locator('article.article mark.entity').first().waitFor({ timeout: 20_000 });
  assert.equal(await frame.locator('html').getAttribute('data-theme'), 'sepia');
  const heights = await settledHeights(pasted.page);
  assert.ok(heights.frame > 1000 && heights.scroll <= heights.client + 1, JSON.stringify(heights));
  await pasted.context.close();
});

test('the embed view passes axe (no serious or critical violations)', async () => {
  const { page, context } = await openPage(site.browser, { bypassCSP: true, locale: 'de-DE' });
  await page.goto(`${site.server.url}#/embed/${SLUG}?entity=0`);
  await page.getByRole('button', { name: 'Nächste Erwähnung' }).waitFor({ timeout: 20_000 });
  assert.deepEqual(await axeViolations(page), []);
  for (const width of [360, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(results, `embed-${width}.png`) });
  }
  await context.close();
});

test('the compact embed (view=quotes): who said what, with a link to the whole article, at its own height', async () => {
  const opened = await openPage(site.browser, { locale: 'de-DE' });
  const { page, context } = opened;
  await page.goto(await host(frameSnippet('?view=quotes')));
  const frame = page.frameLocator('#f');
  const list = quoteList(frame);
  await list.getByText('Jens Stoltenberg').first().waitFor({ timeout: 20_000 });
  assert.ok((await list.getByRole('button').count()) >= 3, 'the quotes are listed');
  assert.equal(await frame.locator('article.article').count(), 0, 'no article text');
  assert.equal(await frame.getByRole('status', { name: 'Hinweise zur Adresse' }).count(), 0, 'view is a known parameter');
  const link = frame.getByRole('link', { name: new RegExp(TITLE) });
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), `${site.server.url}#/a/${SLUG}`);
  assert.equal(await link.getAttribute('target'), '_blank');
  const heights = await settledHeights(page);
  assert.ok(Math.abs(heights.frame - heights.content) <= 1 && heights.scroll <= heights.client + 1, JSON.stringify(heights));
  assert.ok(heights.frame < 1400, `shorter than the whole article: ${heights.frame}`);
  await page.screenshot({ path: join(results, 'embed-quotes-1280.png'), fullPage: true });
  await context.close();

  // quotes=0 hides the list beside an article; the compact embed is nothing but the list.
  const hidden = await openPage(site.browser, { locale: 'de-DE' });
  await hidden.page.goto(`${site.server.url}#/embed/${SLUG}?view=quotes&quotes=0`);
  await quoteList(hidden.page).getByText('Jens Stoltenberg').first().waitFor({ timeout: 20_000 });
  assert.equal(await quoteList(hidden.page).isVisible(), true);
  await hidden.context.close();
});

test('the compact embed passes axe at phone and desktop widths', async () => {
  const { page, context } = await openPage(site.browser, { bypassCSP: true, locale: 'de-DE' });
  await page.goto(`${site.server.url}#/embed/${SLUG}?view=quotes`);
  await quoteList(page).getByText('Jens Stoltenberg').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('article.article').count(), 0, 'the compact view');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 812 });
    assert.deepEqual(await axeViolations(page), [], `at ${width} px`);
    await page.screenshot({ path: join(results, `embed-quotes-${width}.png`), fullPage: true });
  }
  await context.close();
});
