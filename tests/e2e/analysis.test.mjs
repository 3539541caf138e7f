// End-to-end: what the page shows is the analysis the engine gives natively. The same article
// analysed by the command-line program with the committed model (scripts/test-e2e.sh writes its
// JSON export to $NEWSLENS_NATIVE_SEED) and shown by the built site in Chromium: the same
// entities (text and kind, in text order) and the same speakers with as many quotes each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite, openPage, quoteList } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/');

async function native() {
  const path = process.env.NEWSLENS_NATIVE_SEED;
  assert.ok(path, 'NEWSLENS_NATIVE_SEED names the native analysis (scripts/test-e2e.sh sets it)');
  return JSON.parse(await readFile(path, 'utf8'));
}

/** The speaker a quote is listed under: its entity's name, else the words as written. */
function speakerOf(analysis, quote) {
  const name = quote.speaker_cluster !== null ? analysis.clusters[quote.speaker_cluster]?.name : '';
  const written = quote.speaker ? analysis.text.slice(quote.speaker.start_utf16, quote.speaker.end_utf16).trim() : '';
  return name || written || 'unbekannt';
}

test('the page shows the entities and speakers of the native analysis with the committed model', async () => {
  const expected = await native();
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  await page.goto(`${site.server.url}#/a/${SLUG}`);
  await page.getByRole('status').filter({ hasText: 'vom trainierten Modell' }).waitFor({ timeout: 20_000 });
  // The model is loaded before the worker's analysis comes back: wait for the analysis too.
  await page.locator('article.article[aria-busy="false"]').waitFor({ timeout: 20_000 });

  // Every mention is one mark (or, where a quotation's edge splits it, pieces with one number);
  // a name inside a compound ("NATO-Gipfel") marks the name part.
  const shown = await page.getByRole('article').evaluate((article) => {
    const mentions = new Map();
    for (const mark of article.querySelectorAll('mark[data-mention]')) {
      const part = mark.querySelector('.entity-name');
      const entry = mentions.get(mark.dataset.mention) ?? { text: '', kind: mark.dataset.kind };
      entry.text += (part ?? mark).textContent;
      mentions.set(mark.dataset.mention, entry);
    }
    return [...mentions.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, m]) => `${m.kind} ${m.text}`);
  });
  const entities = expected.entities.map(
    (e) => `${e.type} ${expected.text.slice(e.span.start_utf16, e.span.end_utf16)}`,
  );
  assert.ok(entities.length > 20, `the native analysis finds entities (${entities.length})`);
  assert.deepEqual(shown, entities);

  // Grouped by speaker, the quote list names each speaker with the number of quotes.
  await quoteList(page).getByRole('button', { name: 'Nach Sprechern ordnen' }).click();
  const groups = await quoteList(page).getByRole('heading', { level: 3 }).allTextContents();
  // One card per sentence: a quote inside another, not direct, quote's extent (a quoted
  // fragment of an indirect sentence) is shown inside that quote's card.
  const extent = (q) => [q.spans[0].start, q.spans.at(-1).end];
  const inside = (q) => expected.quotes.some((o) => o !== q && o.type !== 'Direct'
    && extent(o)[0] <= extent(q)[0] && extent(q)[1] <= extent(o)[1] && extent(o)[1] - extent(o)[0] > extent(q)[1] - extent(q)[0]);
  const counts = new Map();
  for (const quote of expected.quotes.filter((q) => !inside(q))) {
    const speaker = speakerOf(expected, quote);
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }
  assert.ok(expected.quotes.length > 5, `the native analysis finds quotes (${expected.quotes.length})`);
  assert.deepEqual(
    groups.slice().sort(),
    [...counts].map(([speaker, n]) => `${speaker} (${n})`).sort(),
  );
  await context.close();
});
