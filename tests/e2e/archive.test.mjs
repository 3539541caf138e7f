// End-to-end: a large archive. The start page lists, filters and pages thousands of articles;
// an article opens from it and from a direct link (which fetches one shard of the index, never
// the whole listing); a missing article and an unreadable one each say so with a way back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, openPage, results } from './support.mjs';
import { makeArchive, slugOf } from './archive.mjs';

const COUNT = 10_000;
// As the German page writes it, thousands grouped: "10.000".
const SHOWN = COUNT.toLocaleString('de-DE');
const folder = join(process.env.NEWSLENS_SCRATCH ?? '/tmp', 'archive-site');
// The wasm comes half a second late, so what starts while it loads shows; an index shard comes
// late too, so an article's file asked for only after its shard would show. One article's file
// comes five seconds late, as from a host that hangs.
const HANGING = 999;
const slow = (path) =>
  path.endsWith('.wasm') ? 500 : path.includes('/shard-') ? 300 : path.includes(`/${slugOf(HANGING)}.`) ? 5000 : 0;
const site = useSite('/archiv/', {}, () => ({ dir: makeArchive(COUNT, folder), slow }));

test(`the start page filters ${COUNT} articles, keeps the filter in the address, and opens one`, async () => {
  const { page, context } = await openPage(site.browser);
  await page.goto(`${site.server.url}#/`);
  const count = page.getByRole('status').filter({ hasText: 'Artikeln' });
  await count.filter({ hasText: `${SHOWN} von ${SHOWN} Artikeln` }).waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.article-list-item').count(), 50, 'one page of entries at first');
  await page.getByRole('button', { name: 'Weitere anzeigen' }).click();
  assert.equal(await page.locator('.article-list-item').count(), 100, 'a second page on request');

  const filter = page.getByLabel('Artikel filtern (Titel, Quelle, Datum)');
  await filter.fill('Bericht 4711');
  await count.filter({ hasText: new RegExp(`^1 von ${SHOWN.replace('.', '\\.')} Artikeln$`) }).waitFor();
  assert.match(page.url(), /#\/\?q=Bericht\+4711$/, 'the filter is in the address');
  await page.screenshot({ path: join(results, 'archive-filtered.png'), fullPage: true });

  await page.reload();
  await count.filter({ hasText: new RegExp(`^1 von ${SHOWN.replace('.', '\\.')} Artikeln$`) }).waitFor({ timeout: 20_000 });
  assert.equal(await filter.inputValue(), 'Bericht 4711', 'a reload keeps the filter');

  const opened = site.server.requests.length;
  await page.getByRole('link', { name: /Bericht 4711$/ }).click();
  await page.getByRole('heading', { level: 1, name: /Bericht 4711$/ }).waitFor({ timeout: 20_000 });
  await page.locator('article[aria-busy="false"] mark.entity-loc').first().waitFor({ timeout: 30_000 });
  assert.match(page.url(), new RegExp(`#/a/${slugOf(4711)}$`));
  // Its entry is in the listing the start page fetched: no shard, only the article's file.
  const asked = site.server.requests.slice(opened).filter((p) => p.includes('/articles/'));
  assert.equal(asked.length, 1, asked.join(', '));
  assert.match(asked[0], new RegExp(`/articles/[0-9a-f]{12}/${slugOf(4711)}\\.txt$`));
  await context.close();
});

test('a direct link to an article fetches one shard of the index and the article, not the listing, and starts them at once', async () => {
  const { page, context } = await openPage(site.browser);
  const before = site.server.requests.length;
  await page.goto(`${site.server.url}#/a/${slugOf(1234)}`);
  await page.getByRole('heading', { level: 1, name: /Bericht 1234$/ }).waitFor({ timeout: 20_000 });
  const asked = site.server.requests.slice(before).filter((p) => p.includes('/articles/'));
  assert.equal(asked.filter((p) => /\/shard-\d+\.[0-9a-f]+\.tsv$/.test(p)).length, 1, asked.join(', '));
  assert.equal(asked.filter((p) => p.includes(`/${slugOf(1234)}.`)).length, 1, asked.join(', '));
  assert.equal(asked.length, 2, `nothing else from the archive: ${asked.join(', ')}`);
  // Each file once: the preloaded module and wasm, the prefetched model, shard and article are
  // used, not fetched again.
  const twice = site.server.requests.slice(before).filter((p, i, all) => all.indexOf(p) !== i);
  assert.deepEqual(twice, [], 'no file fetched twice');
  // The loader starts the shard, the article and the model while the (slowed) wasm downloads.
  const order = site.server.requests.slice(before);
  const wasm = site.server.sent.find((f) => f.path.endsWith('.wasm') && f.after > before);
  const at = (pattern) => before + order.findIndex((p) => pattern.test(p));
  for (const pattern of [/\/shard-\d+\./, new RegExp(`/${slugOf(1234)}\\.`), /\/model\/ner\./]) {
    assert.ok(at(pattern) >= before && at(pattern) < wasm.after, `${pattern} before the wasm arrived: ${order.join(', ')}`);
  }
  // The article's file is asked for beside its shard, not once the shard has named it.
  const shard = site.server.sent.find((f) => /\/shard-\d+\./.test(f.path) && f.after > before);
  const file = at(new RegExp(`/${slugOf(1234)}\\.`));
  assert.ok(file < shard.after, `the article before the shard was answered: ${order.join(', ')}`);
  await context.close();
});

test("a direct link's and the start page's first render show the article and the list, not a placeholder", async () => {
  const { page, context } = await openPage(site.browser);
  // Counts the app's own placeholders, the article's and the list's (index.html's static line
  // has no aria-busy), whenever the page changes: the loader reads the first page's texts
  // before the app starts.
  await page.addInitScript(() => {
    window.__placeholders = 0;
    new MutationObserver(() => {
      if (document.querySelector('p.app-loading[aria-busy="true"], p.article-list-loading')) window.__placeholders += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${site.server.url}#/a/${slugOf(2024)}`);
  await page.getByRole('heading', { level: 1, name: /Bericht 2024$/ }).waitFor({ timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.__placeholders), 0, 'the article came with the first render');
  await page.goto(`${site.server.url}#/`);
  await page.reload();
  await page.getByRole('status').filter({ hasText: `${SHOWN} von ${SHOWN} Artikeln` }).waitFor({ timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.__placeholders), 0, 'the list came with the first render');
  await context.close();
});

test('an article file that hangs holds the app back a second at most, then shows once it comes', async () => {
  const { page, context } = await openPage(site.browser);
  const before = site.server.requests.length;
  await page.goto(`${site.server.url}#/a/${slugOf(HANGING)}`);
  // The app starts without the text (its own placeholder and the page's navigation show)...
  await page.locator('p.app-loading[aria-busy="true"]').waitFor({ timeout: 3500 });
  await page.locator('nav.app-nav').waitFor({ timeout: 1000 });
  // ...and the article follows from the loader's fetch, not a second one.
  await page.getByRole('heading', { level: 1, name: new RegExp(`Bericht ${HANGING}$`) }).waitFor({ timeout: 20_000 });
  const asked = site.server.requests.slice(before).filter((p) => p.includes(`/${slugOf(HANGING)}.`));
  assert.equal(asked.length, 1, asked.join(', '));
  await context.close();
});

test('a missing article says so and lists the articles there are', async () => {
  // The loader asks for the file the slug would have beside its shard: the host answers 404.
  const { page, context } = await openPage(site.browser, { allow: [/status of 404/] });
  await page.goto(`${site.server.url}#/a/gibt-es-nicht`);
  await page.getByRole('heading', { level: 1, name: 'Artikel nicht gefunden' }).waitFor({ timeout: 20_000 });
  await page.getByText('Zu „gibt-es-nicht“ gibt es hier keinen Artikel.').waitFor();
  await page.locator('.article-list-item').first().waitFor({ timeout: 20_000 });
  await context.close();
});

test('an article whose file is gone says it could not be loaded, with a way back', async () => {
  const { page, context } = await openPage(site.browser, { allow: [/404/] });
  // The index still names the file; the host lost it.
  const { readdirSync } = await import('node:fs');
  const [hash] = readdirSync(join(folder, 'articles')).filter((n) => /^[0-9a-f]{12}$/.test(n));
  rmSync(join(folder, 'articles', hash, `${slugOf(77)}.txt`));
  await page.goto(`${site.server.url}#/a/${slugOf(77)}`);
  await page.getByRole('heading', { level: 1, name: 'Artikel nicht lesbar' }).waitFor({ timeout: 20_000 });
  await page.getByRole('alert').filter({ hasText: 'HTTP 404' }).waitFor();
  await page.screenshot({ path: join(results, 'archive-unreadable.png') });
  await page.getByRole('link', { name: 'Zur Artikelübersicht' }).click();
  await page.getByRole('heading', { level: 1, name: 'Artikel', exact: true }).waitFor();
  await context.close();
});
