// End-to-end: downloading the analysis (JSON export, displaCy, quotes CSV) and printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, openPage, quoteList, quoteItems, results } from './support.mjs';

const SLUG = 'stoltenberg-kiew-2023-04-20';
const TITLE = 'NATO-Generalsekretär Stoltenberg besucht überraschend Kiew';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

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
  // The readable text: the title, then the body; not the export's raw header line.
  assert.equal(doc.title, TITLE);
  assert.ok(doc.text.startsWith(`${TITLE}\n\nDurch den russischen Angriffskrieg`), doc.text.slice(0, 120));
  assert.ok(!doc.text.includes('Stand:') && !doc.text.startsWith('date '), 'no header line');
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
  // A byte order mark, so spreadsheet programs read the umlauts as UTF-8.
  assert.ok(csv.text.startsWith('\ufeff'), 'UTF-8 with a BOM');
  const rows = parseCsv(csv.text.slice(1));
  assert.deepEqual(rows[0], ['index', 'type', 'dataset_type', 'text', 'speaker', 'speaker_as_written', 'cue', 'start_char', 'end_char', 'speaker_entity', 'inside_quote']);
  assert.equal(rows.length, analysis.quotes.length + 1, 'every quote has its row, fragments included');
  const column = (name) => rows[0].indexOf(name);
  // Types as the reader sees them, the data set's beside them.
  const types = new Set(rows.slice(1).map((r) => `${r[column('type')]}/${r[column('dataset_type')]}`));
  assert.ok(types.has('direkt/Direct'), [...types].join(' '));
  // The quoted fragments of an indirect quote name the quote they stand in.
  const inside = rows.slice(1).filter((r) => r[column('inside_quote')] !== '');
  assert.ok(inside.length >= 2, 'fragments inside another quote');
  for (const row of inside) {
    const outer = analysis.quotes[Number(row[column('inside_quote')])];
    assert.ok(outer.type !== 'Direct', 'the enclosing quote is the indirect one');
    assert.ok(Number(row[column('start_char')]) >= outer.spans[0].start_char);
  }
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
  // One note per entry of the list: a quoted fragment shares its sentence's note and entry.
  const notes = await page.$$eval('.article-body .quote[id^="quote-"]',
    (quotes) => quotes.filter((q) => getComputedStyle(q, '::before').content !== 'none').length);
  assert.equal(notes, await quoteItems(page).count());
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.pdf({ path: join(results, 'print.pdf'), format: 'A4' });
  await context.close();
});
