// End-to-end: the reader features on the built site: deep links and the back button, the
// entity index with its stepper and card, keyboard shortcuts, themes and the interface language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, results, axeViolations, entityItems, quoteItems } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/reader/');

/** Opens the article; the interface is German unless a test asks for another browser language. */
async function open(hash, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...options });
  await opened.page.goto(site.server.url + hash);
  await opened.page.waitForSelector('article.article[aria-busy="false"] .entity-index-item', { state: 'attached', timeout: 20_000 });
  return opened;
}

/** The entity index's group of one kind: the group its heading ("Person", "Ort", …) names. */
function kindGroup(page, kind) {
  return page.locator('.entity-index-group').filter({ has: page.getByRole('heading', { level: 3, name: kind, exact: true }) });
}

/** The first (most mentioned) person in the index: its button and its cluster index. */
async function firstPerson(page) {
  const button = entityItems(kindGroup(page, 'Person')).first();
  return { button, cluster: Number(await button.getAttribute('data-cluster')) };
}

/** The stepper's position, "3 / 7". */
function position(page) {
  return page.getByText(/^\d+ \/ \d+$/);
}

test('a deep link opens on its entity and quote; choices add history entries that Back undoes', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const { button, cluster: person } = await firstPerson(page);
  const next = page.getByRole('button', { name: 'Nächste Erwähnung' });

  await button.click();
  await next.waitFor();
  assert.match(page.url(), new RegExp(`#/a/${SLUG}\\?entity=${person}$`));
  await quoteItems(page).nth(1).click();
  await page.waitForSelector('#quote-1.is-active');
  assert.match(page.url(), new RegExp(`\\?entity=${person}&quote=1$`));

  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.quote.is-active'));
  assert.equal(await quoteItems(page).nth(1).getAttribute('aria-pressed'), 'false');
  assert.match(page.url(), new RegExp(`\\?entity=${person}$`));
  await page.goBack();
  await next.waitFor({ state: 'detached' });
  assert.ok(page.url().endsWith(`#/a/${SLUG}`), page.url());
  await page.goForward();
  await next.waitFor();

  // The shared link, opened fresh, shows the same choice.
  const shared = await open(`#/a/${SLUG}?entity=${person}&quote=1`);
  await shared.page.waitForSelector('#quote-1.is-active');
  assert.equal(await quoteItems(shared.page).nth(1).getAttribute('aria-pressed'), 'true');
  assert.equal(await (await firstPerson(shared.page)).button.getAttribute('aria-pressed'), 'true');
  const chosen = await shared.page.locator('article.article mark.is-chosen').count();
  assert.ok(chosen >= 1, 'the linked entity is marked');
  await shared.context.close();
  await context.close();
});

test('the entity index groups by kind with counts; the stepper walks through the mentions', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const kinds = await page.getByRole('heading', { level: 3 }).allTextContents();
  const order = ['Person', 'Ort', 'Organisation', 'Sonstiges', 'Datum', 'Zahl'];
  const groups = kinds.filter((k) => order.includes(k));
  assert.ok(groups.length >= 2, `${kinds}`);
  assert.deepEqual(groups, order.filter((k) => groups.includes(k)));
  // The count is labelled for what it counts: "12 Erwähnungen".
  const count = async (button) => Number(await button.getByLabel(/^\d+ Erwähnung(en)?$/).textContent());
  for (const kind of groups) {
    const counts = [];
    for (const button of await entityItems(kindGroup(page, kind)).all()) counts.push(await count(button));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${kind} is most mentioned first`);
  }

  // Choose an entity with at least two mentions.
  let item;
  for (const button of await entityItems(page).all()) {
    if ((await count(button)) >= 2) {
      item = button;
      break;
    }
  }
  assert.ok(item !== undefined, 'an entity is mentioned twice');
  const total = await count(item);
  await item.click();
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  assert.equal(await position(page).textContent(), `1 / ${total}`);
  assert.equal(await page.locator('article.article mark.is-chosen').count() >= total, true);
  const firstCurrent = await page.getAttribute('article.article mark.is-current', 'data-mention');
  await page.getByRole('button', { name: 'Nächste Erwähnung' }).click();
  assert.equal(await position(page).textContent(), `2 / ${total}`);
  const secondCurrent = await page.getAttribute('article.article mark.is-current', 'data-mention');
  assert.notEqual(firstCurrent, secondCurrent);
  // The current mention is scrolled into view.
  await page.waitForFunction(() => {
    const r = document.querySelector('article.article mark.is-current').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  const previous = page.getByRole('button', { name: 'Vorige Erwähnung' });
  await previous.click();
  await previous.click();
  assert.equal(await position(page).textContent(), `${total} / ${total}`, 'wraps around');
  // Stepping keeps the choice; clearing it ends the stepping.
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Auswahl aufheben' }).click();
  assert.equal(await item.getAttribute('aria-pressed'), 'false');
  assert.equal(await position(page).count(), 0);
  await context.close();
});

test('hovering or focusing an entity mark shows its card with kind, name, count and quotes', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  // A person who is quoted.
  const speakers = await page.getByRole('button', { name: /^Erwähnungen markieren: / }).evaluateAll((buttons) =>
    buttons.map((b) => b.getAttribute('aria-label').replace(/^Erwähnungen markieren: /, '')));
  let quoted;
  for (const speaker of speakers) {
    if (await page.locator(`article.article mark.entity-per[data-cluster="${speaker}"]`).count()) {
      quoted = speaker;
      break;
    }
  }
  assert.ok(quoted, `a quoted person among ${speakers}`);
  const mark = page.locator(`article.article mark.entity-per[data-cluster="${quoted}"]`).first();
  await mark.hover();
  const card = page.getByRole('tooltip');
  await card.waitFor();
  assert.match(await card.textContent(), new RegExp(`^Person${quoted}\\d+ Erwähnung`));
  assert.ok((await card.getByRole('listitem').count()) >= 1, 'the card lists the quotes');
  await page.mouse.move(1, 1);
  await card.waitFor({ state: 'detached' });
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
  const { page, context } = await open(`#/a/${SLUG}`);
  // The most mentioned person has at least three mentions.
  await (await firstPerson(page)).button.click();
  await page.keyboard.press('n');
  await page.keyboard.press('j');
  assert.match(await position(page).textContent(), /^3 \//);
  await page.keyboard.press('p');
  assert.match(await position(page).textContent(), /^2 \//);
  await page.keyboard.press('k');
  assert.match(await position(page).textContent(), /^1 \//);

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
  const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await dialog.waitFor();
  const close = dialog.getByRole('button', { name: 'Schließen' });
  const focused = (locator) => locator.evaluate((el) => el === document.activeElement);
  assert.ok(await focused(close), 'the dialog takes the focus');
  await page.keyboard.press('Tab');
  assert.ok(await focused(close), 'focus stays in the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The button that opens it, used by mouse or keyboard, gets the focus back.
  const opener = page.getByRole('button', { name: 'Tastenkürzel (?)' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await close.click();
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await focused(opener), 'the focus is back on the button that opened the dialog');

  // Typing in a text field is not a shortcut.
  await page.getByText('Einbetten', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Einbetten' }).focus();
  await page.keyboard.press('t');
  await page.keyboard.press('n');
  assert.equal(await theme(), 'dark');
  assert.match(await position(page).textContent(), /^1 \//);
  await context.close();
});

test('every control is reachable with Tab and shows a visible focus ring', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const wanted = {
    'the theme menu': page.getByLabel('Farbschema'),
    'the shortcut button': page.getByRole('button', { name: 'Tastenkürzel (?)' }),
    'a legend toggle': page.getByRole('region', { name: 'Markierte Namen und Angaben' }).getByRole('button').first(),
    'an entity in the index': entityItems(page).first(),
  };
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { what: el.outerHTML.slice(0, 80), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    assert.ok(info.outline, `focus ring on ${info.what}`);
    for (const [name, locator] of Object.entries(wanted)) {
      if (await locator.evaluate((el) => el === document.activeElement)) reached.add(name);
    }
  }
  assert.deepEqual([...reached].sort(), Object.keys(wanted).sort());
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
  await page.getByRole('tooltip').filter({ hasText: name }).waitFor();
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
  const themes = page.getByLabel('Farbschema');
  await themes.selectOption({ label: 'Sepia' });
  await page.getByLabel('Schriftgröße').selectOption({ label: 'groß' });
  // The typeface menu: labelled "Schrift", not "Schriftgröße".
  await page.getByLabel(/^Schrift(?!größe)/).selectOption({ label: 'ohne Serifen' });
  await page.reload();
  await entityItems(page).first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia');
  assert.equal(await page.getByLabel('Schriftgröße').inputValue(), 'l');
  const article = await page.$eval('.article', (a) => getComputedStyle(a).fontFamily);
  assert.doesNotMatch(article, /Charter/, 'the sans typeface is used');

  for (const theme of ['light', 'dark', 'sepia']) {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await themes.selectOption(theme);
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
  await themes.selectOption('auto');
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
  const { page, context } = opened;
  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await entityItems(page).first().waitFor({ timeout: 20_000 });
  await page.getByLabel('Farbschema').selectOption({ label: 'dunkel' });
  await page.keyboard.press('t');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia');
  await context.close();
});

/**
 * Steps back from the first mention to the last (far down the page) and records the page's
 * scroll position at every animation frame meanwhile: the distinct positions it passed through.
 */
async function scrollPositionsWhileStepping(page) {
  await (await firstPerson(page)).button.click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => {
    window.scrolled = [window.scrollY];
    const sample = () => {
      if (window.scrolled.at(-1) !== window.scrollY) window.scrolled.push(window.scrollY);
      if (window.scrolled.length < 200) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.keyboard.press('p');
  await page.waitForTimeout(1500);
  return page.evaluate(() => window.scrolled);
}

test('reduced motion: stepping jumps instead of scrolling smoothly', async () => {
  const reduced = await open(`#/a/${SLUG}`, { reducedMotion: 'reduce' });
  const jumps = await scrollPositionsWhileStepping(reduced.page);
  assert.equal(jumps.length, 2, `one jump from the top to the last mention: ${jumps}`);
  assert.ok(jumps[1] > 900, `the last mention is far down the page: ${jumps}`);
  await reduced.context.close();

  // Without the preference the same step scrolls smoothly, through positions in between.
  const smooth = await open(`#/a/${SLUG}`);
  const glides = await scrollPositionsWhileStepping(smooth.page);
  assert.ok(glides.length > 3, `a smooth scroll passes through positions: ${glides}`);
  assert.equal(glides.at(-1), jumps[1], 'and ends where the jump went');
  await smooth.context.close();
});

test('languages: English from the browser, German by parameter, bad parameters noticed', async () => {
  const en = await open(`#/a/${SLUG}`, { locale: 'en-GB' });
  await en.page.getByText(/^Names in this article \(\d+\)$/).waitFor();
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  await en.context.close();

  const de = await open(`#/a/${SLUG}?lang=de`, { locale: 'en-GB' });
  await de.page.getByText(/^Namen im Artikel \(\d+\)$/).waitFor();
  await de.context.close();

  const bad = await open(`#/a/${SLUG}?theme=purple&entity=abc&foo=1&quote=9999`);
  const notices = await bad.page.getByRole('status', { name: 'Hinweise zur Adresse' }).textContent();
  assert.match(notices, /theme=„purple“/);
  assert.match(notices, /„foo“/);
  await bad.page.getByText('Das verlinkte Zitat gibt es in diesem Artikel nicht.').waitFor();
  assert.equal(await bad.page.evaluate(() => document.documentElement.dataset.theme), 'auto');
  await bad.context.close();
});

test('screenshots at 360, 768 and 1280 px have no horizontal overflow', async () => {
  for (const width of [360, 768, 1280]) {
    const { page, context } = await open(`#/a/${SLUG}`, { viewport: { width, height: 900 } });
    // On a phone the index's groups start folded.
    const people = page.locator('.entity-index-group[data-kind="PER"]');
    if (!(await people.evaluate((g) => g.open))) await people.locator('summary').click();
    await (await firstPerson(page)).button.click();
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
