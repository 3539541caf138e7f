// End-to-end: the reader on a 375 × 812 phone and on a desktop: the entity card stays inside
// the viewport, the names index shows that it holds more, the header's settings fold away so
// the title and lead come first, and a shared link lands on what it shares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, results, axeViolations, entityItems } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const site = useSite('/phone/');

async function open(hash, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...options });
  await opened.page.goto(site.server.url + hash);
  await opened.page.waitForSelector('article.article[aria-busy="false"] mark.entity', { timeout: 20_000 });
  return opened;
}

/** The box of an element, in viewport coordinates. */
function box(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

function inside(b, { width, height }) {
  return b.left >= -0.5 && b.top >= -0.5 && b.right <= width + 0.5 && b.bottom <= height + 0.5;
}

for (const [name, options] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: the entity card stays inside the viewport, its quotes not cut`, async () => {
    const { page, context } = await open(`#/a/${SLUG}`, options);
    const viewport = options.viewport;
    // Marks near the right edge of the text and near the bottom of the view are the hard ones.
    const marks = page.locator('article.article .article-body mark.entity[id]');
    const count = await marks.count();
    const picks = await marks.evaluateAll((all) => {
      const rights = all.map((m, i) => [m.getBoundingClientRect().right, i]).sort((a, b) => b[0] - a[0]);
      return [...new Set([rights[0][1], rights[1][1], 0, 3, Math.floor(all.length / 2)])];
    });
    assert.ok(count > 10);
    const card = page.getByRole('tooltip');
    let shot = 0;
    for (const i of picks) {
      const mark = marks.nth(i);
      for (const where of ['middle', 'bottom']) {
        // Put the mark in the middle of the view, then just above its bottom edge.
        await mark.evaluate((el, where) => {
          const r = el.getBoundingClientRect();
          const target = where === 'middle' ? innerHeight / 2 : innerHeight - r.height - 8;
          window.scrollBy({ top: r.top - target, behavior: 'instant' });
        }, where);
        if (options.hasTouch) await mark.tap();
        else await mark.hover();
        await card.waitFor();
        const b = await box(card);
        assert.ok(inside(b, viewport), `card of mark ${i} (${where}) at ${JSON.stringify(b)} leaves the ${viewport.width}×${viewport.height} view`);
        // Nothing in the card is cut off at its sides.
        const cut = await card.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        assert.equal(cut, false, 'the card is wider than its box');
        if (shot++ < 2) await page.screenshot({ path: join(results, `phone-card-${name}-${shot}.png`) });
        // Away from the mark: the card goes.
        if (options.hasTouch) await page.locator('.article-meta').tap();
        else await page.mouse.move(1, 1);
        await card.waitFor({ state: 'detached' });
      }
    }
    await context.close();
  });
}

test('phone: the names index has no inner scroll box and shows each group with its count', async () => {
  const { page, context } = await open(`#/a/${SLUG}`, PHONE);
  const index = page.locator('.entity-index');
  await page.screenshot({ path: join(results, 'phone-index-closed.png'), fullPage: false });
  // Every kind is there as a group whose name says how many names it holds.
  const summaries = index.locator('.entity-index-group > summary');
  const kinds = await summaries.allTextContents();
  assert.ok(kinds.length >= 4, `groups: ${kinds}`);
  for (const kind of kinds) assert.match(kind, /^\S.* \(\d+\)$/, kind);
  // Nothing inside scrolls on its own.
  const boxes = await index.evaluate((el) =>
    [el, ...el.querySelectorAll('*')].filter((e) => {
      const s = getComputedStyle(e);
      return /auto|scroll/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
    }).map((e) => e.className));
  assert.deepEqual(boxes, [], 'no box in the index scrolls on its own');
  // Opening a group shows its names.
  await summaries.first().click();
  await entityItems(index).first().waitFor();
  await page.screenshot({ path: join(results, 'phone-index-open.png'), fullPage: true });
  await context.close();
});

test('desktop: the names index shows every group open', async () => {
  const { page, context } = await open(`#/a/${SLUG}`, DESKTOP);
  const groups = page.locator('.entity-index details.entity-index-group');
  assert.ok((await groups.count()) >= 4);
  for (const open of await groups.evaluateAll((all) => all.map((g) => g.open))) assert.equal(open, true);
  await context.close();
});

test('phone: the title and lead come first; the settings fold away and open on request', async () => {
  const { page, context } = await open(`#/a/${SLUG}`, PHONE);
  const theme = page.getByLabel('Farbschema');
  assert.equal(await theme.isVisible(), false, 'the theme menu is folded away');
  const title = await box(page.locator('h1.article-title'));
  const lead = await box(page.locator('.article-lead'));
  await page.screenshot({ path: join(results, 'phone-first-screen.png') });
  assert.ok(title.top >= 0 && title.bottom < 812, `title at ${JSON.stringify(title)}`);
  assert.ok(lead.top + 100 < 812, `the lead's first lines are on the first screen (${JSON.stringify(lead)})`);
  const toggle = page.getByRole('button', { name: 'Darstellung' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await theme.waitFor();
  await theme.selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.screenshot({ path: join(results, 'phone-settings-open.png') });
  await context.close();
  // The folded header passes axe too (its page bypasses the CSP for axe's script).
  const checked = await open(`#/a/${SLUG}`, { ...PHONE, bypassCSP: true });
  assert.deepEqual(await axeViolations(checked.page), []);
  await checked.page.getByRole('button', { name: 'Darstellung' }).click();
  assert.deepEqual(await axeViolations(checked.page), []);
  await checked.context.close();

  const desktop = await open(`#/a/${SLUG}`, DESKTOP);
  assert.equal(await desktop.page.getByLabel('Farbschema').isVisible(), true, 'on a desktop the settings show');
  assert.equal(await desktop.page.getByRole('button', { name: 'Darstellung' }).isVisible(), false);
  await desktop.context.close();
});

/** Waits until the element is inside the view (a smooth scroll takes a moment). */
async function waitInView(page, selector) {
  await page.waitForFunction((selector) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, selector, { timeout: 10_000 });
}

for (const [name, options] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: a shared link lands on its quote, else on its entity's first mention`, async () => {
    // Which quote and which entity lie far down the page.
    const probe = await open(`#/a/${SLUG}`, options);
    const { quote, entity, mention } = await probe.page.evaluate(() => {
      const quotes = [...document.querySelectorAll('.article-body .quote[id^="quote-"]')];
      const last = quotes[quotes.length - 1];
      const firsts = new Map();
      for (const m of document.querySelectorAll('.article-body mark.entity[id]')) {
        if (!firsts.has(m.dataset.cluster)) firsts.set(m.dataset.cluster, m);
      }
      let best = null;
      for (const button of document.querySelectorAll('.entity-index-item[data-cluster]')) {
        const label = button.querySelector('.entity-index-name').textContent;
        const m = firsts.get(label);
        if (m && (!best || m.getBoundingClientRect().top > best.m.getBoundingClientRect().top)) best = { m, c: button.dataset.cluster };
      }
      return { quote: last.id.replace('quote-', ''), entity: best.c, mention: best.m.id };
    });
    await probe.context.close();

    const { page, context } = await open(`#/a/${SLUG}?entity=1&quote=${quote}`, options);
    await waitInView(page, `#quote-${quote}.is-active`);
    await page.screenshot({ path: join(results, `phone-landing-quote-${name}.png`) });
    await context.close();

    const second = await open(`#/a/${SLUG}?entity=${entity}`, options);
    await waitInView(second.page, `#${mention}.is-current`);
    await second.page.screenshot({ path: join(second.page ? results : results, `phone-landing-entity-${name}.png`) });
    await second.context.close();
  });
}

test('a shared link lands on its quote when the analysis comes late', async () => {
  // The analysis waits for the model; hold the model back, so landing cannot rely on timing.
  const opened = await openPage(site.browser, { locale: 'de-DE', ...PHONE });
  // The model's file name carries a content hash: model/ner.<hash>.bin.
  await opened.page.route('**/model/ner*.bin', async (route) => {
    await new Promise((done) => setTimeout(done, 3000));
    await route.continue();
  });
  await opened.page.goto(`${site.server.url}#/a/${SLUG}?quote=6`);
  await opened.page.waitForSelector('article.article[aria-busy="true"]');
  await opened.page.waitForSelector('article.article[aria-busy="false"]', { timeout: 20_000 });
  await waitInView(opened.page, '#quote-6.is-active');
  await opened.context.close();
});
