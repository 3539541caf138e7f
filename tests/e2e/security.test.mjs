// End-to-end: the site works under a strict Content Security Policy sent as an HTTP header, and
// makes no request outside its own origin. Run with scripts/test-e2e.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, openPage, quoteItems, dist } from './support.mjs';

// What the README tells hosts to send: index.html's own policy, whose script-src allows the
// inline loader by its hash.
const CSP = readFileSync(join(dist, 'index.html'), 'utf8')
  .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
const SEED = '#/a/stoltenberg-kiew-2023-04-20';

const site = useSite('/');

/**
 * Opens `hash` with every response carrying the CSP header, recording every URL the page
 * requests; `openPage` fails the test on any CSP violation the page reports.
 */
async function openStrict(hash) {
  const opened = await openPage(site.browser);
  const { context, page } = opened;
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await context.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    } catch {
      // The page was closed while this request was in flight: nothing left to check.
    }
  });
  await page.goto(site.server.url + hash);
  return { ...opened, requested };
}

test('the site runs under a strict CSP header without a violation', async () => {
  for (const hash of ['#/', SEED]) {
    const { context, page, problems } = await openStrict(hash);
    if (hash === SEED) {
      await page.waitForSelector('article.article[aria-busy="false"] .article-body mark', { state: 'attached', timeout: 30000 });
    } else {
      await page.getByRole('link', { name: /Stoltenberg besucht überraschend Kiew/ }).waitFor({ timeout: 30000 });
    }
    assert.deepEqual(problems, [], `console errors or CSP violations on "${hash}"`);
    await context.close();
  }
});

test('every request stays on the site\'s own origin', async () => {
  const { context, page, requested } = await openStrict(SEED);
  await page.waitForSelector('article.article[aria-busy="false"] .article-body mark', { state: 'attached', timeout: 30000 });
  // Use the page a little: pick a quote, toggle a type, go to the start page and back.
  await quoteItems(page).first().click();
  await page.getByRole('region', { name: 'Markierte Namen und Angaben' }).getByRole('button').first().click();
  await page.goto(site.server.url + '#/');
  await page.getByRole('link', { name: /Stoltenberg besucht überraschend Kiew/ }).waitFor();
  const origin = new URL(site.server.url).origin;
  const foreign = requested.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], 'requests outside the site');
  assert.ok(requested.some((url) => url.endsWith('.wasm')), 'the request log is live');
  await context.close();
});
