// End-to-end: the trained model is fetched once per page and handed to the analysis worker,
// which analyses the bundled article and the reader's own text alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, quoteItems, root, served } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/once/');

test('an article and a large pasted text, both analysed in the worker, fetch the model exactly once', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  const workers = [];
  page.on('worker', (worker) => workers.push(worker));
  const before = site.server.requests.length;
  const fetches = () => site.server.requests.slice(before).filter((p) => p.endsWith(`/${served('model/ner.bin')}`)).length;

  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await page.getByRole('status').filter({ hasText: 'vom trainierten Modell' }).waitFor({ timeout: 20_000 });
  await page.locator('article[aria-busy="false"] mark.entity').first().waitFor({ state: 'attached' });
  assert.ok(workers.some((w) => new URL(w.url()).pathname.endsWith(`/${served('worker.js')}`)), 'the article was analysed in the worker');

  // The reader's own text, a large one (100 KB).
  await page.getByRole('navigation').getByRole('link', { name: 'Eigener Text' }).click();
  const input = page.getByLabel('Text einfügen');
  await input.waitFor();
  const seed = await readFile(join(root, 'articles', `${SLUG}.txt`), 'utf8');
  const unit = seed.split('\n\n').slice(1).join('\n\n') + '\n\n';
  const text = unit.repeat(Math.ceil((100 * 1024) / Buffer.byteLength(unit)));
  await input.evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.locator('article[aria-busy="false"] mark.entity').first().waitFor({ state: 'attached', timeout: 60_000 });
  assert.equal(workers.length, 1, 'one worker analyses everything on the page');
  assert.ok((await quoteItems(result).count()) > 20, 'quotes from every copy');
  assert.ok((await result.locator('mark.entity-per').count()) > 20, 'the worker tagged people');

  assert.equal(fetches(), 1, `model/ner.bin fetched once: ${site.server.requests.slice(before).join(', ')}`);
  await context.close();
});
