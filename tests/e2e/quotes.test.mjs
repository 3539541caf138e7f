// End-to-end: the quote list grouped by speaker, a speaker's mentions marked from the list, and
// a quote picked in the text showing in the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, quoteItems, quoteList } from './support.mjs';

const SEED = '#/a/stoltenberg-kiew-2023-04-20';

const site = useSite('/');

async function openSeed() {
  const opened = await openPage(site.browser, { locale: 'de-DE' });
  await opened.page.goto(site.server.url + SEED);
  await opened.page.waitForSelector('article.article[aria-busy="false"] .article-body mark', { state: 'attached' });
  return opened;
}

test('the quote list groups by speaker, most quoted first', async () => {
  const { page, context } = await openSeed();
  const list = quoteList(page);
  const toggle = list.getByRole('button', { name: 'Nach Sprechern ordnen' });
  const total = await quoteItems(page).count();
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const titles = await list.getByRole('heading', { level: 3 }).allTextContents();
  assert.ok(titles.length >= 2, `groups: ${titles}`);
  assert.match(titles[0], /^Jens Stoltenberg \((\d+)\)$/);
  // Every quote is still listed, once.
  assert.equal(await quoteItems(page).count(), total);
  const counts = titles.map((t) => Number(t.match(/\((\d+)\)$/)[1]));
  assert.equal(counts.reduce((a, b) => a + b), total);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most quoted first');
  await toggle.click();
  assert.equal(await list.getByRole('heading', { level: 3 }).count(), 0);
  await context.close();
});

test("a speaker's button marks all mentions of that entity", async () => {
  const { page, context } = await openSeed();
  const pick = page.getByRole('button', { name: 'Erwähnungen markieren: Jens Stoltenberg' }).first();
  const cluster = await pick.getAttribute('data-cluster');
  await pick.click();
  await page.locator('article.article mark.is-chosen').first().waitFor({ state: 'attached' });
  // Marks name their entity by its canonical name.
  const named = page.locator('article.article mark[data-cluster="Jens Stoltenberg"]');
  const all = await named.count();
  assert.ok(all >= 5, `Stoltenberg is mentioned often (${all})`);
  assert.equal(await page.locator('article.article mark.is-chosen[data-cluster="Jens Stoltenberg"]').count(), all,
    'every mention is marked');
  assert.equal(await page.locator('article.article mark.is-chosen').count(), all, 'and nothing else');
  assert.match(page.url(), new RegExp(`entity=${cluster}`));
  await context.close();
});

test('clicking a quote in the text picks it in the list', async () => {
  const { page, context } = await openSeed();
  const item = quoteItems(page).nth(2);
  const index = await item.getAttribute('data-quote');
  assert.equal(await item.getAttribute('aria-pressed'), 'false');
  await page.locator(`.article-body #quote-${index}`).click();
  await page.waitForFunction((i) => document.querySelector(`[data-quote="${i}"][aria-pressed="true"]`), index);
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  assert.equal(await quoteItems(page).and(page.locator('[aria-pressed="true"]')).count(), 1, 'only that one');
  await context.close();
});

test('one sentence, one card: quoted fragments are marked inside their indirect quote', async () => {
  const { page, context } = await openSeed();
  // "Man müsse den „Kreislauf der russischen Aggression durchbrechen“ und dafür sorgen, „dass
  // sich die Geschichte nicht wiederholt“": one indirect quote with two quoted fragments.
  const card = quoteItems(page).filter({ hasText: /^indirekt.*Man müsse den/ });
  assert.equal(await card.count(), 1, 'one card for the sentence');
  const fragments = await card.locator('mark').allTextContents();
  assert.deepEqual(fragments.map((f) => f.replace(/^[„"]|[“"]$/g, '')), [
    'Kreislauf der russischen Aggression durchbrechen',
    'dass sich die Geschichte nicht wiederholt',
  ]);
  const cards = await quoteItems(page).allTextContents();
  assert.equal(cards.filter((t) => t.includes('Kreislauf der russischen Aggression')).length, 1, 'no card of its own');
  await quoteList(page).screenshot({ path: 'test-results/quote-list-one-card.png' });

  // Picking a fragment in the text picks the card it stands in.
  const index = await card.getAttribute('data-quote');
  const fragment = await page.evaluate(() =>
    [...document.querySelectorAll('.article-body .quote')].find((q) => /^[„"]Kreislauf/.test(q.textContent))?.dataset.quote);
  assert.ok(fragment && fragment !== index, `the fragment is a quote of its own in the text (${fragment})`);
  await page.locator(`.article-body #quote-${fragment}`).click();
  await page.waitForFunction((i) => document.querySelector(`[data-quote="${i}"][aria-pressed="true"]`), index);
  await context.close();
});

test('the "mark mentions" button stands once per run of one speaker\'s quotes', async () => {
  const { page, context } = await openSeed();
  const entries = await quoteList(page).locator('li').evaluateAll((items) =>
    items.map((li) => ({
      speaker: li.querySelector('.quote-list-speaker')?.textContent,
      button: li.querySelector('button[data-cluster]') !== null,
    })));
  assert.ok(entries.length >= 3);
  let runs = 0;
  entries.forEach((entry, i) => {
    const starts = i === 0 || entries[i - 1].speaker !== entry.speaker;
    if (starts) runs++;
    if (!starts) assert.equal(entry.button, false, `entry ${i} (${entry.speaker}) repeats the button of its run`);
  });
  assert.ok(runs < entries.length, 'the seed has a run of one speaker');
  assert.ok(entries.some((e) => e.button), 'the buttons are still there');
  await context.close();
});
