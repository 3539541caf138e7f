// End-to-end: the reader by keyboard: Enter chooses the focused name, Home/End go to the first
// and last name, Esc on the shortcut sheet gives the focus back, the mention counter stays in
// view while stepping, the current mention has a cue besides its outline, and the focus card
// leaves the focused name's line and the line above it free.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, results, entityItems } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const site = useSite('/keys/');

async function open(hash, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...DESKTOP, ...options });
  await opened.page.goto(site.server.url + hash);
  await opened.page.waitForSelector('article.article[aria-busy="false"] mark.entity', { timeout: 20_000 });
  return opened;
}

/** Waits until a smooth scroll has come to rest. */
async function settled(page) {
  await page.evaluate(() => new Promise((done) => {
    let last = -1;
    let still = 0;
    const check = () => {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      if (still >= 10) done();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }));
}

const focusedMention = (page) => page.evaluate(() => document.activeElement.dataset.mention ?? null);

test('Enter on a focused name chooses it; Home and End go to the first and last name', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  await page.focus('mark.entity[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const mention = await focusedMention(page);
  const name = await page.getAttribute(`mark[data-mention="${mention}"]`, 'data-cluster');
  await page.keyboard.press('Enter');
  // Chosen: the stepper names it, the index shows it pressed, and the stepped-to mention is this one.
  await page.getByRole('group', { name }).waitFor();
  await page.waitForSelector(`mark[data-mention="${mention}"].is-current`);
  assert.equal(await entityItems(page).filter({ hasText: name }).first().getAttribute('aria-pressed'), 'true');
  assert.match(page.url(), /\?entity=\d+$/);

  await page.focus(`mark[data-mention="${mention}"]`);
  await page.keyboard.press('End');
  const last = await page.evaluate(() =>
    [...document.querySelectorAll('article.article mark.entity[id]:not(.is-off)')].pop().dataset.mention);
  assert.equal(await focusedMention(page), last);
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => document.querySelector('article.article mark.entity[id]:not(.is-off)').dataset.mention);
  assert.equal(await focusedMention(page), first);
  await context.close();
});

test('Esc on the shortcut sheet returns the focus to where it was', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
  // From a name in the text, and from a button in the index.
  await page.focus('mark.entity[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  const mention = await focusedMention(page);
  await page.keyboard.press('?');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await focusedMention(page), mention, 'back on the name');

  const item = entityItems(page).nth(2);
  await item.focus();
  await page.keyboard.press('?');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await item.evaluate((el) => el === document.activeElement), 'back on the index entry');
  await context.close();
});

for (const [name, options] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: the mention counter stays in view while stepping with n and p`, async () => {
    const { page, context } = await open(`#/a/${SLUG}`, options);
    const person = entityItems(page.locator('.entity-index')).first();
    if (!(await person.isVisible())) await page.locator('.entity-index-group > summary').first().click();
    await person.click();
    const counter = page.getByText(/^\d+ \/ \d+$/);
    const total = Number((await counter.textContent()).split('/ ')[1]);
    for (let i = 1; i < Math.min(total, 6); i++) {
      await page.keyboard.press('n');
      await page.waitForFunction((n) => document.querySelector('.entity-stepper-position')?.textContent.startsWith(`${n} `), i + 1);
      await settled(page);
      const b = await counter.boundingBox();
      const h = options.viewport.height;
      assert.ok(b && b.y >= 0 && b.y + b.height <= h, `counter at ${JSON.stringify(b)} after ${i} steps`);
    }
    await page.keyboard.press('p');
    await settled(page);
    const b = await counter.boundingBox();
    assert.ok(b.y >= 0 && b.y + b.height <= options.viewport.height);
    await page.screenshot({ path: join(results, `keyboard-stepping-${name}.png`) });

    // The current mention differs from the other chosen ones by more than its outline.
    const looks = await page.evaluate(() => {
      const pick = (el) => {
        const s = getComputedStyle(el);
        return { weight: s.fontWeight, decoration: `${s.textDecorationLine} ${s.textDecorationThickness}`, bg: s.backgroundColor, shadow: s.boxShadow };
      };
      const inText = '.article-body .article-paragraph mark';
      return { current: pick(document.querySelector(`${inText}.is-current`)), other: pick(document.querySelector(`${inText}.is-chosen:not(.is-current)`)) };
    });
    assert.notDeepEqual(looks.current, looks.other, JSON.stringify(looks));
    await context.close();
  });

  test(`${name}: the focus card leaves the focused name's line and the line above it free`, async () => {
    const { page, context } = await open(`#/a/${SLUG}`, options);
    const marks = await page.locator('article.article .article-body mark.entity[id]').evaluateAll((all) => all.map((m) => m.id));
    const card = page.getByRole('tooltip');
    let checked = 0;
    for (const [n, id] of marks.entries()) {
      if (n % 4 !== 0) continue;
      for (const where of ['top', 'middle', 'bottom']) {
        const geometry = await page.evaluate(({ id, where }) => {
          const mark = document.getElementById(id);
          const r = mark.getBoundingClientRect();
          const target = { top: 60, middle: innerHeight / 2, bottom: innerHeight - r.height - 4 }[where];
          window.scrollBy({ top: r.top - target, behavior: 'instant' });
          mark.focus({ preventScroll: true });
          return null;
        }, { id, where });
        void geometry;
        // The card follows the focus to this mark.
        await page.waitForFunction((id) => document.getElementById(id).classList.contains('is-card-anchor'), id);
        await card.waitFor();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const { line, c } = await page.evaluate((id) => {
          const mark = document.getElementById(id);
          const block = mark.closest('p, h1, h2, h3, li, figcaption, td, th') ?? mark.parentElement;
          const lh = parseFloat(getComputedStyle(block).lineHeight);
          const rects = [...mark.getClientRects()];
          const body = block.getBoundingClientRect();
          const top = Math.min(...rects.map((r) => r.top)) - lh;
          const bottom = Math.max(...rects.map((r) => r.bottom));
          const cr = document.querySelector('[role="tooltip"]').getBoundingClientRect();
          return { line: { left: body.left, right: body.right, top, bottom }, c: { left: cr.left, right: cr.right, top: cr.top, bottom: cr.bottom } };
        }, id);
        const overlaps = c.left < line.right && c.right > line.left && c.top < line.bottom && c.bottom > line.top;
        if (overlaps) await page.screenshot({ path: join(results, `keyboard-card-overlap-${name}.png`) });
        assert.ok(!overlaps, `card ${JSON.stringify(c)} covers the lines ${JSON.stringify(line)} of ${id} (${where})`);
        checked++;
      }
    }
    assert.ok(checked > 10);
    await page.screenshot({ path: join(results, `keyboard-card-${name}.png`) });
    await context.close();
  });
}
