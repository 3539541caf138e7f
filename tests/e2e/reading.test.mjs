// End-to-end: what the reader sees: entity labels stay on their word's line, hidden kinds leave
// no gap, the text size scales the whole reading surface, derived words are listed under the
// name they come from, and paper shows no controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, results, entityItems, quoteList } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/reading/');

async function open(hash, options = {}) {
  const opened = await openPage(site.browser, { locale: 'de-DE', ...options });
  await opened.page.goto(site.server.url + hash);
  await opened.page.waitForSelector('article.article[aria-busy="false"] mark.entity', { timeout: 20_000 });
  return opened;
}

test('entity labels stay on the line of their word, at every width', async () => {
  const { page, context } = await open(`#/a/${SLUG}`, { viewport: { width: 375, height: 812 } });
  const widths = [];
  for (let width = 330; width <= 420; width += 6) widths.push(width);
  for (let width = 1000; width <= 1280; width += 40) widths.push(width);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 812 });
    const split = await page.evaluate(() => {
      const out = [];
      for (const mark of document.querySelectorAll('article.article mark.entity:not(.is-off)')) {
        const range = document.createRange();
        range.selectNodeContents(mark);
        const text = [...range.getClientRects()].filter((r) => r.width > 0).pop();
        const whole = [...mark.getClientRects()].filter((r) => r.width > 0).pop();
        // The label is drawn after the text: on the same line, the mark's last box is the text's.
        if (text && whole && whole.top > text.bottom - 2) out.push(mark.textContent);
      }
      return out;
    });
    if (split.length) await page.screenshot({ path: join(results, `reading-label-split-${width}.png`) });
    assert.deepEqual(split, [], `labels on a line of their own at ${width} px`);
  }
  await context.close();
});

test('kinds hidden by the link leave no gap in the text', async () => {
  const { page, context } = await open(`#/a/${SLUG}?types=per,loc`);
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('article.article mark.entity.is-off')].map((mark) => {
      const range = document.createRange();
      range.selectNodeContents(mark);
      return mark.getBoundingClientRect().width - range.getBoundingClientRect().width;
    }));
  assert.ok(gaps.length > 5, 'organisations, dates and numbers are switched off');
  assert.ok(gaps.every((g) => Math.abs(g) < 0.5), `extra room around hidden marks: ${gaps.filter((g) => Math.abs(g) >= 0.5)}`);
  await context.close();
});

test('the text size scales the whole reading surface', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const sizes = () => page.evaluate(() => {
    const size = (selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
    return {
      body: size('.article-paragraph'),
      caption: size('.article-caption'),
      quotes: size('.quote-list-text'),
      attribution: size('.quote-list-attribution'),
      legend: size('.legend-toggle'),
      index: size('.entity-index-item'),
      meta: size('.article-meta'),
    };
  });
  const before = await sizes();
  await page.getByLabel('Schriftgröße').selectOption('xl');
  const after = await sizes();
  for (const [part, size] of Object.entries(before)) {
    assert.ok(after[part] / size > 1.2, `${part}: ${size} px → ${after[part]} px`);
  }
  await page.screenshot({ path: join(results, 'reading-text-xl.png') });
  await context.close();
});

test('derived words are listed under the name they come from; the legend says what it counts', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  const names = await entityItems(page.locator('.entity-index')).evaluateAll((all) =>
    all.map((b) => ({ name: b.querySelector('.entity-index-name').textContent, group: b.closest('[data-kind]').dataset.kind })));
  const places = names.filter((n) => n.group === 'LOC').map((n) => n.name);
  // No place is named by an adjective or an inhabitant.
  for (const word of ['europäische', 'Norweger']) assert.ok(!places.includes(word), `${word} among the places: ${places}`);
  assert.ok(places.some((p) => p.startsWith('Europa')), `Europa among ${places}`);
  assert.ok(places.some((p) => p.startsWith('Norwegen')), `Norwegen among ${places}`);
  // "der Norweger" as a speaker is still Jens Stoltenberg.
  assert.match(await quoteList(page).textContent(), /Jens Stoltenberg/);
  const legend = page.getByRole('region', { name: 'Markierte Namen und Angaben' });
  assert.match(await legend.textContent(), /Gezählt: Markierungen, abgeleitete Wörter/);
  await page.locator('.entity-index').screenshot({ path: join(results, 'reading-derived.png') });
  await context.close();
});

test('paper shows no buttons or controls', async () => {
  const { page, context } = await open(`#/a/${SLUG}`);
  await page.emulateMedia({ media: 'print' });
  const controls = await page.evaluate(() => {
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    return [...document.querySelectorAll('button, select, input, textarea, summary, [role="button"]')]
      .filter(visible)
      .filter((el) => {
        const s = getComputedStyle(el);
        const framed = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(s[`border${side}Width`]) > 0);
        const filled = s.backgroundColor !== 'rgba(0, 0, 0, 0)';
        // A legend entry or a quotation is content, printed as text; anything framed, filled
        // or meant only to be pressed is a control.
        const content = el.matches('.legend-toggle, .quote-list-item');
        return !content || framed || filled;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 30)}`);
  });
  await page.pdf({ path: join(results, 'reading-print.pdf'), format: 'A4' });
  await page.screenshot({ path: join(results, 'reading-print.png'), fullPage: true });
  assert.deepEqual(controls, []);
  await context.close();
});
