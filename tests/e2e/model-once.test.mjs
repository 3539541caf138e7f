// End-to-end: the trained model is fetched once per page, and the page, the analysis worker and
// the JavaScript API all use that one fetch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, quoteItems, root, served } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/once/');

test('an article, a large pasted text (worker) and annotate() fetch the model exactly once', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  const workers = [];
  page.on('worker', (worker) => workers.push(worker));
  const before = site.server.requests.length;
  const fetches = () => site.server.requests.slice(before).filter((p) => p.endsWith(`/${served('model/ner.bin')}`)).length;

  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await page.getByRole('status').filter({ hasText: 'vom trainierten Modell' }).waitFor({ timeout: 20_000 });

  // The reader's own text, long enough for the worker (over 64 KB).
  await page.getByRole('navigation').getByRole('link', { name: 'Eigener Text' }).click();
  const input = page.getByLabel('Text einfügen');
  await input.waitFor();
  const seed = await readFile(join(root, 'articles', `${SLUG}.txt`), 'utf8');
  const unit = seed.split('\n\n').slice(1).join('\n\n') + '\n\n';
  const text = unit.repeat(Math.ceil((100 * 1024) / Buffer.byteLength(unit)));
  assert.ok(Buffer.byteLength(text) > 64 * 1024, 'long enough for the worker');
  await input.evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.locator('article[aria-busy="false"] mark.entity').first().waitFor({ state: 'attached', timeout: 60_000 });
  assert.ok(workers.some((w) => w.url().endsWith(`/${served('worker.js')}`)), 'the text was analysed in the worker');
  assert.ok((await quoteItems(result).count()) > 20, 'quotes from every copy');
  assert.ok((await result.locator('mark.entity-per').count()) > 20, 'the worker tagged people');

  // The JavaScript API on the same page: loadModel() waits for the page's fetch.
  const api = await page.evaluate(async ({ base, glue }) => {
    const newslens = await import(`${base}${glue}`);
    const loaded = await newslens.loadModel();
    const analysis = newslens.annotate('Angela Merkel traf in Paris den Präsidenten von Siemens.');
    return { loaded, types: analysis.entities.map((e) => e.type) };
  }, { base: site.server.url, glue: served('newslens-web.js') });
  assert.equal(api.loaded, true);
  assert.deepEqual(api.types, ['PER', 'LOC', 'ORG'], 'annotate uses the trained model');

  assert.equal(fetches(), 1, `model/ner.bin fetched once: ${site.server.requests.slice(before).join(', ')}`);
  await context.close();
});
