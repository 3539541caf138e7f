// End-to-end: what a reader does with the built site (dist/), served from a sub-path the way a
// static host might, in headless Chromium. Run with scripts/test-e2e.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, results, dist } from './support.mjs';

const SEED_SLUG = 'stoltenberg-kiew-2023-04-20';
const SEED_TITLE = 'NATO-Generalsekretär Stoltenberg besucht überraschend Kiew';
const PREFIX = '/any/sub/path/';

const site = useSite(PREFIX);

/** Opens the site at a hash; returns the page and the problems (console errors) it logs. */
async function open(hash = '', options = {}) {
  const opened = await openPage(site.browser, options);
  // Records what the page's Content-Security-Policy blocks (inline scripts, style attributes).
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await opened.page.goto(site.server.url + hash);
  return opened;
}

function shot(name) {
  return join(results, `${name}.png`);
}

/** Fails on console errors (CSP violations included), but a missing model file is allowed. */
function assertQuiet(problems) {
  const real = problems.filter((p) => !/Failed to load resource.*404/.test(p));
  assert.deepEqual(real, []);
}

async function waitForHighlights(page) {
  await page.waitForSelector('article.article mark.entity', { timeout: 20_000 });
}

test('the start page lists the seed article and links to it', async () => {
  const { page, problems, context } = await open('#/');
  const link = page.locator('a.article-list-link', { hasText: SEED_TITLE });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `#/a/${SEED_SLUG}`);
  const meta = page.locator('.article-list-item', { has: link }).locator('time');
  assert.equal(await meta.getAttribute('datetime'), '2023-04-20T12:06');
  await page.screenshot({ path: shot('start'), fullPage: true });

  await link.click();
  await page.waitForSelector('h1.article-title');
  assert.equal(await page.locator('h1.article-title').textContent(), SEED_TITLE);
  assert.match(page.url(), new RegExp(`#/a/${SEED_SLUG}$`));
  assertQuiet(problems);
  await context.close();
});

test('the article shows its structure, highlighted entities and the quote list', async () => {
  const { page, problems, context } = await open();
  // The text is there before (or without) the model; the marks follow.
  await page.waitForSelector('h1.article-title');
  await waitForHighlights(page);

  assert.equal(await page.locator('h1.article-title').textContent(), SEED_TITLE);
  assert.equal(await page.locator('time[datetime="2023-04-20T12:06"]').count(), 1);
  assert.deepEqual(await page.locator('h2.article-subheading').allTextContents(), [
    'Stoltenberg ist großer Ukraine-Unterstützer',
    'Die NATO, Ukraine und Russland',
  ]);
  assert.match(await page.locator('figure figcaption').textContent(), /Bild:\s*REUTERS/);
  assert.match(await page.locator('.article-lead').textContent(), /^Durch den russischen Angriffskrieg/);

  const marks = page.locator('article.article mark.entity');
  assert.ok((await marks.count()) > 10, 'many entity marks');
  const stoltenberg = page.locator('article.article mark.entity-per', { hasText: 'Stoltenberg' }).first();
  assert.match(await stoltenberg.getAttribute('title'), /^Person.*Stoltenberg/);
  // Colour is not the only cue: the kind label is drawn after the name.
  const label = await stoltenberg.evaluate((el) => getComputedStyle(el, '::after').content);
  assert.equal(label, '"PER"');

  const quotes = page.locator('button.quote-list-item');
  assert.ok((await quotes.count()) > 0, 'the quote list has entries');
  assert.equal(await page.locator('.article-body .quote').first().isVisible(), true);
  const firstQuote = await quotes.first().textContent();
  assert.ok(firstQuote.trim().length > 0);
  assert.ok(await page.locator('.quote-list-speaker').first().textContent());

  // With the trained model in dist/ the highlights come from it; without, the fallback says so.
  const hasModel = await stat(join(dist, 'model', 'ner.bin')).then(() => true, () => false);
  const status = hasModel ? '.model-status-trained' : '.model-status-provisional';
  assert.equal(await page.locator(status).count(), 1, `expected ${status}`);

  await page.screenshot({ path: shot('article'), fullPage: true });

  // Everything the page fetched came from its own folder, the model included.
  assert.ok(site.server.requests.every((path) => path.startsWith(PREFIX)), site.server.requests.join('\n'));
  assert.ok(site.server.requests.includes(`${PREFIX}model/ner.bin`), 'the model was fetched relative to the page');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'nothing the CSP blocks');
  assertQuiet(problems);
  await context.close();
});

test('clicking a quote in the list scrolls to it and marks it in the text', async () => {
  const { page, problems, context } = await open(`#/a/${SEED_SLUG}`);
  await waitForHighlights(page);
  const items = page.locator('button.quote-list-item');
  const index = (await items.count()) - 1; // the last quote is far down the page
  assert.ok(index >= 0);
  const target = page.locator(`#quote-${index}`);
  const before = await target.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(before > 900, `quote ${index} starts below the fold (${before})`);

  await items.nth(index).click();
  await page.waitForSelector(`#quote-${index}.is-active`);
  assert.equal(await items.nth(index).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.article-body .quote.is-active:not([data-quote="' + index + '"])').count(), 0);
  // Smooth scrolling: wait until the quote is in view.
  await page.waitForFunction(
    (id) => {
      const rect = document.getElementById(id).getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    },
    `quote-${index}`,
    { timeout: 5_000 },
  );
  await page.screenshot({ path: shot('quote-picked') });

  // Picking another quote moves the mark.
  await items.first().click();
  await page.waitForSelector('#quote-0.is-active');
  assert.equal(await page.locator(`#quote-${index}.is-active`).count(), 0);
  assertQuiet(problems);
  await context.close();
});

test('the legend switches an entity type off and on again', async () => {
  const { page, problems, context } = await open(`#/a/${SEED_SLUG}`);
  await waitForHighlights(page);
  const person = page.locator('article.article mark.entity-per').first();
  const place = page.locator('article.article mark.entity-loc').first();
  const style = (locator) =>
    locator.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, line: s.textDecorationLine, label: getComputedStyle(el, '::after').content };
    });
  const on = await style(person);
  const placeOn = await style(place);
  assert.notEqual(on.background, 'rgba(0, 0, 0, 0)');
  assert.equal(on.line, 'underline');

  const toggle = page.locator('button.legend-toggle[data-kind="PER"]');
  const count = Number(await toggle.locator('.legend-count').textContent());
  assert.equal(count, await page.locator('article.article mark.entity-per').count());
  await toggle.click();
  await page.waitForSelector('article.article mark.entity-per.is-off');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const off = await style(person);
  assert.deepEqual(off, { background: 'rgba(0, 0, 0, 0)', line: 'none', label: 'none' });
  assert.deepEqual(await style(place), placeOn, 'other kinds stay highlighted');
  await page.screenshot({ path: shot('legend-person-off') });

  await toggle.click();
  await page.waitForFunction(() => !document.querySelector('article.article mark.is-off'));
  assert.deepEqual(await style(person), on);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assertQuiet(problems);
  await context.close();
});

test('an unknown article shows a not-found page with the list', async () => {
  const { page, problems, context } = await open('#/a/gibt-es-nicht');
  await page.waitForSelector('.not-found');
  assert.match(await page.locator('.not-found-title').textContent(), /nicht gefunden/);
  assert.equal(await page.locator(`a.article-list-link[href="#/a/${SEED_SLUG}"]`).count(), 1);
  await page.screenshot({ path: shot('not-found') });
  assertQuiet(problems);
  await context.close();
});

test('dark mode and a narrow screen stay readable', async () => {
  const dark = await open(`#/a/${SEED_SLUG}`, { colorScheme: 'dark' });
  await waitForHighlights(dark.page);
  const background = await dark.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(background, 'rgb(21, 22, 24)');
  await dark.page.screenshot({ path: shot('article-dark') });
  await dark.context.close();

  const narrow = await open(`#/a/${SEED_SLUG}`, { viewport: { width: 390, height: 844 }, isMobile: true });
  await waitForHighlights(narrow.page);
  // The quote list moves below the article.
  const [article, list] = await Promise.all(
    ['article.article', 'aside.quote-list'].map((s) => narrow.page.locator(s).boundingBox()),
  );
  assert.ok(list.y > article.y + article.height - 1, 'quote list below the article');
  const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no sideways scrolling');
  await narrow.page.screenshot({ path: shot('article-narrow') });
  assertQuiet(narrow.problems);
  await narrow.context.close();
});
