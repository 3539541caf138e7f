// End-to-end: the reader features on the built site: deep links and the back button, the
// entity index with its stepper and card, keyboard shortcuts, themes and the interface language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, results, axeViolations } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/reader/');

/** Opens the article; the interface is German unless a test asks for another browser language. */
async function open(hash, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...options });
  await opened.page.goto(site.server.url + hash);
  await opened.page.waitForSelector('.entity-index-item', { timeout: 20_000 });
  return opened;
}

function quiet(problems) {
  return problems.filter((p) => !/Failed to load resource.*404/.test(p));
}

/** The cluster index of the first (most mentioned) person in the index. */
async function firstPerson(page) {
  return Number(await page.getAttribute('.entity-index-group[data-kind="PER"] .entity-index-item', 'data-cluster'));
}

test('a deep link opens on its entity and quote; choices add history entries that Back undoes', async () => {
  const { page, context, problems } = await open(`#/a/${SLUG}`);
  const person = await firstPerson(page);

  await page.click(`.entity-index-item[data-cluster="${person}"]`);
  await page.waitForSelector('.entity-stepper');
  assert.match(page.url(), new RegExp(`#/a/${SLUG}\\?entity=${person}$`));
  await page.click('.quote-list-item[data-quote="1"]');
  await page.waitForSelector('#quote-1.is-active');
  assert.match(page.url(), new RegExp(`\\?entity=${person}&quote=1$`));

  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.quote.is-active'));
  assert.match(page.url(), new RegExp(`\\?entity=${person}$`));
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.entity-stepper'));
  assert.ok(page.url().endsWith(`#/a/${SLUG}`), page.url());
  await page.goForward();
  await page.waitForSelector('.entity-stepper');

  // The shared link, opened fresh, shows the same choice.
  const shared = await open(`#/a/${SLUG}?entity=${person}&quote=1`);
  await shared.page.waitForSelector('#quote-1.is-active');
  await shared.page.waitForSelector(`.entity-index-item[data-cluster="${person}"][aria-pressed="true"]`);
  const chosen = await shared.page.locator('article.article mark.is-chosen').count();
  assert.ok(chosen >= 1, 'the linked entity is marked');
  assert.deepEqual(quiet([...problems, ...shared.problems]), []);
  await shared.context.close();
  await context.close();
});

test('the entity index groups by kind with counts; the stepper walks through the mentions', async () => {
  const { page, context, problems } = await open(`#/a/${SLUG}`);
  const kinds = await page.$$eval('.entity-index-group', (groups) => groups.map((g) => g.dataset.kind));
  assert.ok(kinds.length >= 2, `${kinds}`);
  assert.deepEqual(kinds, ['PER', 'LOC', 'ORG', 'OTH', 'DATE', 'NUM'].filter((k) => kinds.includes(k)));
  for (const kind of kinds) {
    const counts = await page.$$eval(`.entity-index-group[data-kind="${kind}"] .entity-index-count`, (c) => c.map((e) => Number(e.textContent)));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${kind} is most mentioned first`);
  }

  const item = page.locator('.entity-index-item').filter({ has: page.locator('.entity-index-count') }).first();
  // Choose an entity with at least two mentions.
  const many = await page.$$eval('.entity-index-item', (items) =>
    items.find((i) => Number(i.querySelector('.entity-index-count').textContent) >= 2)?.dataset.cluster);
  assert.ok(many !== undefined, 'an entity is mentioned twice');
  const total = Number(await page.textContent(`.entity-index-item[data-cluster="${many}"] .entity-index-count`));
  await page.click(`.entity-index-item[data-cluster="${many}"]`);
  assert.equal(await page.textContent('.entity-stepper-position'), `1 / ${total}`);
  assert.equal(await page.locator('article.article mark.is-chosen').count() >= total, true);
  const firstCurrent = await page.getAttribute('article.article mark.is-current', 'data-mention');
  await page.click('.entity-stepper-button[data-step="next"]');
  assert.equal(await page.textContent('.entity-stepper-position'), `2 / ${total}`);
  const secondCurrent = await page.getAttribute('article.article mark.is-current', 'data-mention');
  assert.notEqual(firstCurrent, secondCurrent);
  // The current mention is scrolled into view.
  await page.waitForFunction(() => {
    const r = document.querySelector('article.article mark.is-current').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  await page.click('.entity-stepper-button[data-step="previous"]');
  await page.click('.entity-stepper-button[data-step="previous"]');
  assert.equal(await page.textContent('.entity-stepper-position'), `${total} / ${total}`, 'wraps around');
  await item.isVisible();
  assert.deepEqual(quiet(problems), []);
  await context.close();
});

test('hovering or focusing an entity mark shows its card with kind, name, count and quotes', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  // A person who is quoted.
  const speakers = await page.$$eval('.quote-list-speaker', (s) => s.map((e) => e.textContent.trim()));
  const people = await page.$$eval('.entity-index-group[data-kind="PER"] .entity-index-name', (n) => n.map((e) => e.textContent));
  const quoted = people.find((p) => speakers.includes(p));
  assert.ok(quoted, `a quoted person among ${people}`);
  const mark = page.locator(`article.article mark.entity-per[data-cluster="${quoted}"]`).first();
  await mark.hover();
  const card = page.locator('#entity-card');
  await card.waitFor();
  assert.match(await card.textContent(), /Person/);
  assert.equal((await card.locator('.entity-card-name').textContent()).trim(), quoted);
  assert.match(await card.locator('.entity-card-count').textContent(), /\d+ Erwähnung/);
  assert.ok((await card.locator('.entity-card-quote').count()) >= 1, 'the card lists the quotes');
  await page.mouse.move(1, 1);
  await page.waitForSelector('#entity-card', { state: 'detached' });
  // Keyboard focus shows it too.
  await mark.focus();
  await card.waitFor();
  // Under the mark, where anchor positioning works (it does in Chromium).
  const [m, c] = await Promise.all([mark.boundingBox(), card.boundingBox()]);
  assert.ok(Math.abs(c.y - (m.y + m.height)) < 20 || Math.abs(c.y + c.height - m.y) < 20, `card at ${c.y}, mark at ${m.y}`);
  assert.equal(await page.locator('[style]').count(), 0, 'no style attributes');
  await page.screenshot({ path: join(results, 'reader-card-1280.png') });
  await context.close();
});

test('keyboard: n/p step mentions, ]/[ step quotes, t cycles the theme, ? opens the overview', async () => {
  const { page, context, problems } = await open(`#/a/${SLUG}`);
  const many = await page.$$eval('.entity-index-item', (items) =>
    items.find((i) => Number(i.querySelector('.entity-index-count').textContent) >= 3)?.dataset.cluster);
  await page.click(`.entity-index-item[data-cluster="${many}"]`);
  await page.keyboard.press('n');
  await page.keyboard.press('j');
  assert.match(await page.textContent('.entity-stepper-position'), /^3 \//);
  await page.keyboard.press('p');
  assert.match(await page.textContent('.entity-stepper-position'), /^2 \//);
  await page.keyboard.press('k');
  assert.match(await page.textContent('.entity-stepper-position'), /^1 \//);

  await page.keyboard.press(']');
  await page.waitForSelector('#quote-0.is-active');
  await page.keyboard.press(']');
  await page.waitForSelector('#quote-1.is-active');
  await page.keyboard.press('[');
  await page.waitForSelector('#quote-0.is-active');

  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'auto');
  await page.keyboard.press('t');
  assert.equal(await theme(), 'light');
  await page.keyboard.press('t');
  assert.equal(await theme(), 'dark');

  await page.keyboard.press('?');
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Tastenkürzel/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'shortcut-help-close');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'shortcut-help-close', 'focus stays in the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The button that opens it, used by mouse or keyboard, gets the focus back.
  await page.focus('.reader-bar-help');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.click('#shortcut-help-close');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.className), 'reader-bar-help');

  // Typing in a text field is not a shortcut.
  await page.click('.embed-code-summary');
  await page.focus('#embed-code');
  await page.keyboard.press('t');
  await page.keyboard.press('n');
  assert.equal(await theme(), 'dark');
  assert.match(await page.textContent('.entity-stepper-position'), /^1 \//);
  assert.deepEqual(quiet(problems), []);
  await context.close();
});

test('every control is reachable with Tab and shows a visible focus ring', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { cls: el.className, tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    assert.ok(info.outline, `focus ring on ${info.tag}.${info.cls}`);
    seen.add(String(info.cls).split(' ')[0] || info.tag);
  }
  for (const wanted of ['reader-bar-select', 'reader-bar-help', 'legend-toggle', 'entity-index-item']) {
    assert.ok(seen.has(wanted), `${wanted} reached: ${[...seen]}`);
  }
  await context.close();
});

test('the marks are one Tab stop: the arrow keys move between them, Tab goes on past the article', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const marksInTabOrder = [];
  let reachedQuotes = false;
  for (let i = 0; i < 60 && !reachedQuotes; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return { mark: a.matches('mark.entity'), mention: a.dataset.mention, quotes: !!a.closest('.quote-list') };
    });
    if (el.mark) marksInTabOrder.push(el.mention);
    reachedQuotes = el.quotes;
  }
  assert.ok(reachedQuotes, 'Tab reaches the quote list');
  assert.deepEqual(marksInTabOrder, ['0'], 'one mark on the way, the first');

  const focused = () => page.evaluate(() => document.activeElement.dataset.mention);
  await page.focus('mark.entity[tabindex="0"]');
  assert.equal(await focused(), '0');
  await page.keyboard.press('ArrowRight');
  const second = await focused();
  assert.ok(Number(second) > 0, `→ moves to a later mark (${second})`);
  await page.keyboard.press('ArrowRight');
  assert.ok(Number(await focused()) > Number(second), '→ again moves on');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), second, '← comes back');
  // The card follows the keyboard focus.
  const name = await page.getAttribute(`mark[data-mention="${second}"]`, 'data-cluster');
  await page.waitForFunction((n) => document.querySelector('.entity-card')?.textContent.includes(n), name);
  await page.screenshot({ path: join(results, 'reader-mark-focus.png') });
  // ← on the first mark wraps to the last.
  await page.focus('mark.entity[tabindex="0"]');
  await page.keyboard.press('ArrowLeft');
  const last = await page.evaluate(() => [...document.querySelectorAll('article.article mark.entity[id]')].pop().dataset.mention);
  assert.equal(await focused(), last);
  await context.close();
});

test('themes: a choice is remembered; entity text keeps 4.5:1 contrast in every theme', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  await page.selectOption('#reader-theme', 'sepia');
  await page.selectOption('#reader-size', 'l');
  await page.selectOption('#reader-face', 'sans');
  await page.reload();
  await page.waitForSelector('.entity-index-item');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia');
  assert.equal(await page.$eval('#reader-size', (s) => s.value), 'l');
  const article = await page.$eval('.article', (a) => getComputedStyle(a).fontFamily);
  assert.doesNotMatch(article, /Charter/, 'the sans typeface is used');

  for (const theme of ['light', 'dark', 'sepia']) {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.selectOption('#reader-theme', theme);
      const worst = await page.$$eval('article.article mark.entity:not(.is-off)', (marks) => {
        const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        let min = 99;
        for (const m of marks) {
          const fg = lum(rgb(getComputedStyle(m).color));
          const bg = lum(rgb(getComputedStyle(m).backgroundColor));
          min = Math.min(min, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05));
        }
        return min;
      });
      assert.ok(worst >= 4.5, `${theme} (${scheme} system): contrast ${worst.toFixed(2)}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.selectOption('#reader-theme', 'auto');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(21, 22, 24)', 'auto follows the system');
  await context.close();
});

test('a browser that refuses storage still switches themes, silently', async () => {
  const opened = await openPage(site.browser, { locale: 'de-DE' });
  await opened.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is off', 'SecurityError');
      },
    });
  });
  const { page, context, problems } = opened;
  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await page.waitForSelector('.entity-index-item', { timeout: 20_000 });
  await page.selectOption('#reader-theme', 'dark');
  await page.keyboard.press('t');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia');
  assert.deepEqual(quiet(problems), []);
  await context.close();
});

test('reduced motion: stepping jumps instead of scrolling smoothly', async () => {
  const { page, context } = await open(`#/a/${SLUG}`, { reducedMotion: 'reduce' });
  const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  assert.equal(behavior, 'auto');
  await context.close();
});

test('languages: English from the browser, German by parameter, bad parameters noticed', async () => {
  const en = await open(`#/a/${SLUG}`, { locale: 'en-GB' });
  assert.match(await en.page.textContent('.entity-index-summary'), /Names in this article/);
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  await en.context.close();

  const de = await open(`#/a/${SLUG}?lang=de`, { locale: 'en-GB' });
  assert.match(await de.page.textContent('.entity-index-summary'), /Namen im Artikel/);
  await de.context.close();

  const bad = await open(`#/a/${SLUG}?theme=purple&entity=abc&foo=1&quote=9999`);
  const notices = await bad.page.textContent('.notices');
  assert.match(notices, /theme=„purple“/);
  assert.match(notices, /„foo“/);
  assert.match(await bad.page.textContent('.entity-index'), /Zitat gibt es in diesem Artikel nicht/);
  assert.equal(await bad.page.evaluate(() => document.documentElement.dataset.theme), 'auto');
  assert.deepEqual(quiet(bad.problems), []);
  await bad.context.close();
});

test('screenshots at 360, 768 and 1280 px have no horizontal overflow', async () => {
  for (const width of [360, 768, 1280]) {
    const { page, context } = await open(`#/a/${SLUG}`, { viewport: { width, height: 900 } });
    const person = await firstPerson(page);
    await page.click(`.entity-index-item[data-cluster="${person}"]`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(results, `reader-${width}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width}px: ${overflow}px wider than the screen`);
    await context.close();
  }
});

test('the article with the reader panels passes axe (no serious or critical violations)', async () => {
  const { page, context } = await open(`#/a/${SLUG}?entity=0`, { bypassCSP: true });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
