// End-to-end: what a reader does with the built site (dist/), served from a sub-path the way a
// static host might, in headless Chromium. Run with scripts/test-e2e.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, quoteItems, results, dist, served } from './support.mjs';

const SEED_SLUG = 'stoltenberg-kiew-2023-04-20';
const SEED_TITLE = 'NATO-Generalsekretär Stoltenberg besucht überraschend Kiew';
const PREFIX = '/any/sub/path/';

const site = useSite(PREFIX);

/** Opens the site at a hash; closing the context fails the test on console errors. */
async function open(hash = '', options = {}) {
  const opened = await openPage(site.browser, options);
  await opened.page.goto(site.server.url + hash);
  return opened;
}

function shot(name) {
  return join(results, `${name}.png`);
}

async function waitForHighlights(page) {
  await page.waitForSelector('article.article mark.entity', { timeout: 20_000 });
}

test('the start page lists the seed article and links to it', async () => {
  const { page, context } = await open('#/');
  const link = page.getByRole('link', { name: SEED_TITLE });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `#/a/${SEED_SLUG}`);
  const meta = page.getByRole('listitem').filter({ has: link }).locator('time');
  assert.equal(await meta.getAttribute('datetime'), '2023-04-20T12:06');
  await page.screenshot({ path: shot('start'), fullPage: true });

  await link.click();
  // The headline's marks draw their kind after each name, so its accessible name is longer.
  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  assert.equal(await title.textContent(), SEED_TITLE);
  assert.match(page.url(), new RegExp(`#/a/${SEED_SLUG}$`));
  await context.close();
});

test('the article shows its structure, highlighted entities and the quote list', async () => {
  const { page, context } = await open();
  // The text is there before (or without) the model; the marks follow.
  const article = page.getByRole('article');
  await article.getByRole('heading', { level: 1 }).waitFor();
  await waitForHighlights(page);

  assert.equal(await article.getByRole('heading', { level: 1 }).textContent(), SEED_TITLE);
  assert.equal(await page.locator('time[datetime="2023-04-20T12:06"]').count(), 1);
  assert.deepEqual(await article.getByRole('heading', { level: 2 }).allTextContents(), [
    'Stoltenberg ist großer Ukraine-Unterstützer',
    'Die NATO, Ukraine und Russland',
  ]);
  assert.match(await article.getByRole('figure').textContent(), /Bild:\s*REUTERS/);
  await article.getByText(/^Durch den russischen Angriffskrieg/).waitFor();

  const marks = page.locator('article.article mark.entity');
  assert.ok((await marks.count()) > 10, 'many entity marks');
  const stoltenberg = page.locator('article.article mark.entity-per', { hasText: 'Stoltenberg' }).first();
  assert.match(await stoltenberg.getAttribute('title'), /^Person.*Stoltenberg/);
  // Colour is not the only cue: the kind label is drawn after the name (on its last word).
  const label = await stoltenberg.evaluate((el) => getComputedStyle(el.querySelector('.entity-end'), '::after').content);
  assert.equal(label, '"PER"');

  const quotes = quoteItems(page);
  assert.ok((await quotes.count()) > 0, 'the quote list has entries');
  assert.equal(await page.locator('.article-body .quote').first().isVisible(), true);
  assert.ok((await quotes.allTextContents()).some((t) => t.includes('Jens Stoltenberg')), 'quotes name their speaker');

  // The highlights come from the trained model in dist/, and the page says so.
  await stat(join(dist, served('model/ner.bin')));
  assert.equal(await page.getByRole('status').filter({ hasText: 'vom trainierten Modell' }).count(), 1);

  await page.screenshot({ path: shot('article'), fullPage: true });

  // Everything the page fetched came from its own folder, the model included.
  assert.ok(site.server.requests.every((path) => path.startsWith(PREFIX)), site.server.requests.join('\n'));
  assert.ok(site.server.requests.includes(`${PREFIX}${served('model/ner.bin')}`), 'the model was fetched relative to the page');
  await context.close();
});

test('clicking a quote in the list scrolls to it and marks it in the text', async () => {
  const { page, context } = await open(`#/a/${SEED_SLUG}`);
  await waitForHighlights(page);
  const items = quoteItems(page);
  // The last card is far down the page; cards name the quote they show (fragments of an
  // indirect quote share its card, so card and quote numbers may differ).
  const last = items.nth((await items.count()) - 1);
  const index = Number(await last.getAttribute('data-quote'));
  assert.ok(index >= 0);
  const target = page.locator(`#quote-${index}`);
  const before = await target.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(before > 900, `quote ${index} starts below the fold (${before})`);

  await last.click();
  await page.waitForSelector(`#quote-${index}.is-active`);
  assert.equal(await last.getAttribute('aria-pressed'), 'true');
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
  await context.close();
});

test('the legend switches an entity type off and on again', async () => {
  const { page, context } = await open(`#/a/${SEED_SLUG}`);
  await waitForHighlights(page);
  const person = page.locator('article.article mark.entity-per').first();
  const place = page.locator('article.article mark.entity-loc').first();
  const style = (locator) =>
    locator.evaluate((el) => {
      const s = getComputedStyle(el);
      const label = getComputedStyle(el.querySelector('.entity-end'), '::after').content;
      return { background: s.backgroundColor, line: s.textDecorationLine, label };
    });
  const on = await style(person);
  const placeOn = await style(place);
  assert.notEqual(on.background, 'rgba(0, 0, 0, 0)');
  assert.equal(on.line, 'underline');

  const toggle = page.getByRole('region', { name: 'Markierte Namen und Angaben' }).getByRole('button', { name: /^Person/ });
  const count = Number((await toggle.textContent()).match(/\d+/)[0]);
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
  await context.close();
});

test('where the analysis cannot start, the text stays and the page says why', async () => {
  // As on a host that lacks the worker's script (every analysis runs in it), or the analysis
  // module the worker compiles as it arrives.
  const missing = [
    ['worker script', /\/worker\.[0-9a-f]+\.js(\?|$)/],
    ['analysis module', /\/newslens-analysis_bg\.[0-9a-f]+\.wasm$/],
  ];
  for (const [what, file] of missing) {
    const { page, context } = await openPage(site.browser, { allow: [/404/] });
    await page.route(file, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.url}#/a/${SEED_SLUG}`);
    await page.getByRole('heading', { name: SEED_TITLE }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Keine Markierungen' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('article.article').getAttribute('aria-busy'), 'false', `${what}: nothing more to wait for`);
    assert.equal(await page.locator('mark.entity').count(), 0, what);
    assert.ok(await page.getByText('Durch den russischen Angriffskrieg').count(), `${what}: the text is there`);
    assert.equal(await page.getByText('Keine Zitate: die Analyse ließ sich nicht starten.').count(), 1, what);
    assert.equal(await page.getByText(/werden gesucht/).count(), 0, `${what}: nothing claims to be still looking`);
    if (what === 'worker script') await page.screenshot({ path: shot('analysis-unavailable') });
    await context.close();
  }
});

test('an unknown article shows a not-found page with the list', async () => {
  // The loader asks for the file the slug would have: the host answers 404.
  const { page, context } = await open('#/a/gibt-es-nicht', { allow: [/status of 404/] });
  await page.getByRole('heading', { level: 1, name: 'Artikel nicht gefunden' }).waitFor();
  assert.match(await page.getByRole('main').textContent(), /Zu „gibt-es-nicht“ gibt es hier keinen Artikel/);
  assert.equal(await page.getByRole('link', { name: SEED_TITLE }).getAttribute('href'), `#/a/${SEED_SLUG}`);
  await page.screenshot({ path: shot('not-found') });
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
  const [article, list] = await Promise.all([
    narrow.page.getByRole('article').boundingBox(),
    narrow.page.getByRole('complementary', { name: /^Zitate/ }).boundingBox(),
  ]);
  assert.ok(list.y > article.y + article.height - 1, 'quote list below the article');
  const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no sideways scrolling');
  await narrow.page.screenshot({ path: shot('article-narrow') });
  await narrow.context.close();
});
