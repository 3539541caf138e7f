// End-to-end: downloading the analysis (JSON export, displaCy, quotes CSV) and printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, quoteList, results } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';

const site = useSite('/');

async function open() {
  const opened = await openPage(site.browser, { locale: 'de-DE', acceptDownloads: true });
  await opened.page.goto(`${site.server.url}#/a/${SLUG}`);
  await opened.page.getByText('Herunterladen', { exact: true }).waitFor({ timeout: 20_000 });
  return opened;
}

/** Clicks the download button of that name and reads the file it gives. */
async function download(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('downloads: the JSON export, displaCy entities in code points, quotes as CSV', async () => {
  const { page, context } = await open();
  await page.getByText('Herunterladen', { exact: true }).click();

  const json = await download(page, 'Analyse (JSON)');
  assert.equal(json.name, `${SLUG}.newslens.json`);
  const analysis = JSON.parse(json.text);
  assert.equal(analysis.schema, 'newslens-analysis/2');
  assert.ok(analysis.entities.length > 10 && analysis.quotes.length > 0);
  for (const e of analysis.entities.slice(0, 20)) {
    // UTF-16 offsets index the text as JavaScript sees it.
    assert.ok(analysis.text.slice(e.span.start_utf16, e.span.end_utf16).length > 0);
  }

  const displacy = await download(page, 'Namen (displaCy, JSON)');
  assert.equal(displacy.name, `${SLUG}.displacy.json`);
  const doc = JSON.parse(displacy.text);
  assert.deepEqual(Object.keys(doc).sort(), ['ents', 'text', 'title']);
  assert.equal(doc.ents.length, analysis.entities.length);
  const codePoints = Array.from(doc.text);
  doc.ents.forEach((ent, i) => {
    const e = analysis.entities[i];
    assert.deepEqual(Object.keys(ent).sort(), ['end', 'label', 'start']);
    assert.equal(codePoints.slice(ent.start, ent.end).join(''), analysis.text.slice(e.span.start_utf16, e.span.end_utf16));
    assert.equal(ent.label, e.type);
  });

  const csv = await download(page, 'Zitate (CSV)');
  assert.equal(csv.name, `${SLUG}.quotes.csv`);
  const lines = csv.text.split('\r\n').filter((l) => l);
  assert.equal(lines[0], 'index,type,text,speaker,speaker_as_written,cue,start_char,end_char,speaker_entity');
  assert.ok(lines.length >= analysis.quotes.length + 1);
  await context.close();
});

test('print: no controls, the legend, the quotes as numbered notes', async () => {
  const { page, context } = await open();
  await page.emulateMedia({ media: 'print' });
  const shown = (locator) => locator.isVisible();
  assert.equal(await shown(page.getByRole('banner')), false);
  assert.equal(await shown(page.getByText('Herunterladen', { exact: true })), false);
  assert.equal(await shown(page.getByText(/^Namen im Artikel/)), false);
  assert.equal(await shown(page.getByRole('region', { name: 'Markierte Namen und Angaben' })), true);
  assert.equal(await shown(quoteList(page)), true);
  assert.equal(await quoteList(page).getByRole('list').evaluate((e) => getComputedStyle(e).listStyleType), 'decimal');
  const note = await page.$eval('#quote-0', (e) => getComputedStyle(e, '::before').content);
  assert.match(note, /counter\(quote-note\)|\[/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.pdf({ path: join(results, 'print.pdf'), format: 'A4' });
  await context.close();
});
