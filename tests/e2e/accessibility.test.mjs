// Accessibility: axe-core's checks (WCAG 2.1 A and AA) on the start page, the article, the
// not-found page and the page of an article that cannot be loaded, in light and dark mode. axe is injected as a script, which the page's CSP would block, so only
// this test's browser context bypasses the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useSite, openPage } from './support.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const site = useSite('/');

async function violations(hash, colorScheme, ready, { prepare = async () => {}, allow = [] } = {}) {
  const { page, context } = await openPage(site.browser, { bypassCSP: true, colorScheme, allow });
  await prepare(page);
  await page.goto(site.server.url + hash);
  await page.waitForSelector(ready, { timeout: 20_000 });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  await context.close();
  assert.ok(result.passes.length > 10, 'axe ran its checks');
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

/** The own-text page with a text pasted and analysed. */
async function ownTextViolations(colorScheme) {
  const { page, context } = await openPage(site.browser, { bypassCSP: true, colorScheme, locale: 'de-DE' });
  await page.goto(`${site.server.url}#/text`);
  await page.getByLabel('Text einfügen').fill('Besuch in Kiew\n\n„Wir bleiben“, sagte Jens Stoltenberg am Donnerstag in Kiew.\n\nDie Lage\n\nDie NATO trifft sich in Vilnius.');
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  await page.waitForSelector('.own-text-result article.article[aria-busy="false"] mark.entity', { timeout: 20_000 });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  await context.close();
  assert.ok(result.passes.length > 10, 'axe ran its checks');
  return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => ({ id: v.id, nodes: v.nodes.length }));
}

for (const colorScheme of ['light', 'dark']) {
  test(`the own-text result passes axe in ${colorScheme} mode`, async () => {
    assert.deepEqual(await ownTextViolations(colorScheme), []);
  });

  test(`the article passes axe in ${colorScheme} mode`, async () => {
    assert.deepEqual(await violations('#/a/stoltenberg-kiew-2023-04-20', colorScheme, 'article.article mark.entity'), []);
  });

  test(`the start page passes axe in ${colorScheme} mode`, async () => {
    assert.deepEqual(await violations('#/', colorScheme, 'a[href^="#/a/"]'), []);
  });

  test(`the not-found page passes axe in ${colorScheme} mode`, async () => {
    // The loader asks for the file the slug would have: the host answers 404.
    const missing = { allow: [/status of 404/] };
    assert.deepEqual(await violations('#/a/gibt-es-nicht', colorScheme, '.not-found a[href^="#/a/"]', missing), []);
  });

  test(`an article that cannot be loaded passes axe in ${colorScheme} mode`, async () => {
    // The index names the file; the host answers 404 for it.
    const prepare = (page) => page.route(/\/articles\/[0-9a-f]{12}\/stoltenberg[^/]*\.txt$/, (route) => route.fulfill({ status: 404 }));
    const found = await violations('#/a/stoltenberg-kiew-2023-04-20', colorScheme, '.not-found-back', { prepare, allow: [/404/] });
    assert.deepEqual(found, []);
  });
}
