// End-to-end: the site works under a strict Content Security Policy sent as an HTTP header, and
// makes no request outside its own origin. Run with scripts/test-e2e.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage } from './support.mjs';

// What the README tells hosts to send.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const SEED = '#/a/stoltenberg-kiew-2023-04-20';

const site = useSite('/');

/**
 * Opens `hash` with every response carrying the CSP header; collects CSP violations as the
 * page reports them, and every URL the page requests.
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
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
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
      await page.waitForSelector('a[href*="stoltenberg-kiew-2023-04-20"]', { timeout: 30000 });
    }
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, [], `CSP violations on "${hash}"`);
    assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), []);
    await context.close();
  }
});

test('every request stays on the site\'s own origin', async () => {
  const { context, page, requested } = await openStrict(SEED);
  await page.waitForSelector('article.article[aria-busy="false"] .article-body mark', { state: 'attached', timeout: 30000 });
  // Use the page a little: pick a quote, toggle a type, go to the start page and back.
  await page.locator('button.quote-list-item').first().click();
  await page.locator('button.legend-toggle').first().click();
  await page.goto(site.server.url + '#/');
  await page.waitForSelector('a[href*="stoltenberg-kiew-2023-04-20"]');
  const origin = new URL(site.server.url).origin;
  const foreign = requested.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], 'requests outside the site');
  assert.ok(requested.some((url) => url.endsWith('.wasm')), 'the request log is live');
  await context.close();
});
