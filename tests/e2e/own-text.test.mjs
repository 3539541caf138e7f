// End-to-end: the reader's own text (pasted or dropped, analysed in the browser) and the
// JavaScript API (`annotate`) used by a page without the viewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite, openPage, entityItems, quoteItems, served, results } from './support.mjs';

// A page of the site's origin without #app, for the JavaScript API.
const API_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API</title><link rel="icon" href="data:,"></head><body></body></html>';
const site = useSite('/own/', { 'api-test-page': API_PAGE });

const TEXT = '„Wir bleiben an der Seite der Ukraine“, sagte Jens Stoltenberg am Donnerstag in Kiew.\n\nDie NATO will sich im Juli in Vilnius treffen.';

test('pasted text is analysed in the browser, with a statement that nothing is uploaded', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  const before = site.server.requests.length;
  await page.goto(`${site.server.url}#/text`);
  const input = page.getByLabel('Text einfügen');
  await input.waitFor();
  await page.getByText(/nichts wird hochgeladen/).waitFor();
  await input.fill(TEXT);
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.locator('.article-body mark.entity').first().waitFor({ timeout: 20_000 });
  assert.ok(await result.locator('mark.entity-per').count() >= 1, 'a person is marked');
  assert.equal(await quoteItems(result).count(), 1);
  // The entity index and the keyboard work on it too.
  await entityItems(result).first().click();
  await page.getByRole('button', { name: 'Nächste Erwähnung' }).waitFor();
  // Nothing was sent anywhere: only the site's own files were requested.
  const requested = site.server.requests.slice(before);
  assert.ok(requested.every((p) => p.startsWith('/own/') && !p.includes('?')), requested.join('\n'));
  await context.close();
});

test('names newer than the training data: a country\'s people, an acronym before its members, a surname in a compound', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  await page.goto(`${site.server.url}#/text`);
  const input = page.getByLabel('Text einfügen');
  await input.waitFor();
  await input.fill('Die Polizei nahm zwei Syrer und vier IS-Anhänger fest.\n\nDer Selenskyj-Besuch in Berlin dauerte zwei Tage.');
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.locator('.article-body mark.entity').first().waitFor({ timeout: 20_000 });
  const marked = await result.locator('.article-body mark.entity').evaluateAll((all) =>
    all.map((m) => ({ kind: m.dataset.kind, text: m.textContent })));
  const kindOf = (word) => marked.find((m) => m.text.includes(word))?.kind;
  assert.equal(kindOf('Syrer'), 'LOC', JSON.stringify(marked));
  assert.equal(kindOf('IS'), 'ORG', JSON.stringify(marked));
  assert.equal(kindOf('Selenskyj'), 'PER', JSON.stringify(marked));
  // The names list the Syrians under their country.
  const names = await entityItems(result.locator('.entity-index')).evaluateAll((all) =>
    all.map((b) => ({ name: b.querySelector('.entity-index-name').textContent, group: b.closest('[data-kind]').dataset.kind })));
  const places = names.filter((n) => n.group === 'LOC').map((n) => n.name);
  assert.ok(places.some((p) => p.startsWith('Syrien')), `Syrien among ${places}`);
  assert.ok(names.some((n) => n.group === 'PER' && n.name.startsWith('Selenskyj')), JSON.stringify(names));
  await result.screenshot({ path: join(results, 'own-text-new-names.png') });
  await context.close();
});

test('a chosen file that is not UTF-8 is read lossily, with a notice; a dropped .md file as Markdown', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  await page.goto(`${site.server.url}#/text`);
  const file = page.getByLabel(/eine \.txt- oder \.md-Datei wählen/);
  const input = page.getByLabel('Text einfügen');
  const note = page.getByRole('status').filter({ hasText: /Datei/ });
  await file.waitFor();
  const latin1 = Buffer.from('Angela Merkel besuchte K\xf6ln.', 'latin1');
  await file.setInputFiles({ name: 'alt.txt', mimeType: 'text/plain', buffer: latin1 });
  await note.waitFor();
  assert.match(await note.textContent(), /kein gültiges UTF-8/);
  assert.equal(await input.inputValue(), 'Angela Merkel besuchte K\ufffdln.');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Gipfel in Vilnius\n\nDie NATO trifft sich in Vilnius.'], 'gipfel.md', { type: 'text/markdown' }));
    document.querySelector('form').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('textarea').value.startsWith('# Gipfel'));
  assert.equal(await page.getByLabel('als Markdown lesen').isChecked(), true, 'read as Markdown');
  assert.equal(await note.count(), 0, 'no lossy notice for valid UTF-8');
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.getByRole('heading', { level: 1, name: 'Gipfel in Vilnius' }).waitFor();

  await file.setInputFiles({ name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
  await note.waitFor();
  assert.match(await note.textContent(), /Nur \.txt- und \.md-Dateien/);
  await context.close();
});

test('the JavaScript API: annotate(text, options) on a page without the viewer', async () => {
  const { page, context } = await openPage(site.browser);
  // A page of the site's origin without #app; the module is imported, not started as the app.
  await page.goto(`${site.server.url}api-test-page`);
  const files = { glue: served('newslens-analysis.js'), wasm: served('newslens-analysis_bg.wasm'), model: served('model/ner.bin') };
  const result = await page.evaluate(async ({ base, text, files }) => {
    const newslens = await import(`${base}${files.glue}`);
    await newslens.default({ module_or_path: `${base}${files.wasm}` });
    const provisional = newslens.annotate(text).schema;
    const loaded = await newslens.loadModel(`${base}${files.model}`);
    const plain = newslens.annotate(text, { format: 'text' });
    const markdown = newslens.annotate('# Titel\n\nOlaf Scholz reiste nach Paris.', { format: 'markdown' });
    let error = null;
    try {
      newslens.annotate('x', { format: 'pdf' });
    } catch (e) {
      error = String(e.message ?? e);
    }
    const person = plain.entities.find((e) => e.type === 'PER');
    return {
      schema: plain.schema,
      isPlain: Object.getPrototypeOf(plain) === Object.prototype,
      person: person && text.slice(person.span.start_utf16, person.span.end_utf16),
      quotes: plain.quotes.length,
      title: markdown.title,
      error,
      mounted: document.querySelector('.app') !== null,
      provisional,
      loaded,
    };
  }, { base: site.server.url, text: TEXT, files });
  assert.equal(result.schema, 'newslens-analysis/2');
  assert.ok(result.isPlain, 'a plain object');
  assert.match(result.person, /Stoltenberg/);
  assert.equal(result.quotes, 1);
  assert.equal(result.title, 'Titel');
  assert.match(result.error, /format/);
  assert.equal(result.mounted, false, 'the viewer does not start on a page without #app');
  assert.equal(result.provisional, 'newslens-analysis/2', 'works before any model is loaded');
  assert.equal(result.loaded, true, 'the trained model loads from dist/model/ner.bin');
  await context.close();
});

// A text as a reader might paste it from another site: a headline, a lead, a subheading.
const ARTICLE = 'Stadtrat streitet über neue Radwege\n\nDie Stadt will bis 2026 in Kassel zwölf Kilometer Radwege bauen.\n\nKritik aus der Opposition\n\n„Das ist zu wenig“, sagte Fraktionschefin Petra Lindner am Montag. Die Grünen fordern „ein echtes Netz“.';

/** Pastes `text` on the own-text page and waits for its analysis; returns the result region. */
async function analyse(page, text) {
  await page.goto(`${site.server.url}#/text`);
  await page.getByLabel('Text einfügen').fill(text);
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  const result = page.getByRole('region', { name: 'Eigener Text' });
  await result.locator('article.article[aria-busy="false"]').waitFor({ timeout: 20_000 });
  return result;
}

test('a pasted text keeps its structure: its headline and subheadings, as a bundled article', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  const result = await analyse(page, ARTICLE);
  await result.getByRole('heading', { level: 1, name: 'Stadtrat streitet über neue Radwege' }).waitFor();
  assert.equal(await result.getByRole('heading', { level: 2, name: 'Kritik aus der Opposition' }).count(), 1);
  assert.match(await result.locator('.article-lead').textContent(), /^Die Stadt will bis 2026/);
  // The same headline in the analysis: its names are marked like the text's.
  assert.equal(await result.locator('.article-paragraph', { hasText: 'Stadtrat' }).count(), 0, 'not a paragraph');
  await page.screenshot({ path: 'test-results/own-text-structure.png', fullPage: true });
  await context.close();
});

test('the own-text page offers the downloads, and says why it offers no embedding', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE', acceptDownloads: true });
  const result = await analyse(page, ARTICLE);
  await result.getByText('Herunterladen', { exact: true }).click();
  const names = [];
  for (const name of ['Analyse (JSON)', 'Namen (displaCy, JSON)', 'Zitate (CSV)']) {
    const [file] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name, exact: true }).click()]);
    names.push(file.suggestedFilename());
    if (name === 'Analyse (JSON)') {
      const { readFile } = await import('node:fs/promises');
      const json = JSON.parse(await readFile(await file.path(), 'utf8'));
      assert.equal(json.title, 'Stadtrat streitet über neue Radwege');
    }
  }
  assert.deepEqual(names, ['own-text.newslens.json', 'own-text.displacy.json', 'own-text.quotes.csv']);
  assert.equal(await page.getByText('Einbetten', { exact: true }).count(), 0, 'no embed code');
  await result.getByText(/nur in diesem Browser/).waitFor();
  await context.close();
});

test('an empty or whitespace-only text gets a message', async () => {
  const { page, context } = await openPage(site.browser, { locale: 'de-DE' });
  await page.goto(`${site.server.url}#/text`);
  const input = page.getByLabel('Text einfügen');
  for (const text of ['', '  \n\t\n ']) {
    await input.fill(text);
    await page.getByRole('button', { name: 'Untersuchen' }).click();
    const message = page.getByRole('alert');
    await message.waitFor({ timeout: 5_000 });
    assert.match(await message.textContent(), /kein Text/i);
  }
  // A real text afterwards clears the message.
  await input.fill(ARTICLE);
  await page.getByRole('button', { name: 'Untersuchen' }).click();
  await page.getByRole('region', { name: 'Eigener Text' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('the JavaScript API names its formats: article, markdown, lines (and text, the old name of lines)', async () => {
  const { page, context } = await openPage(site.browser);
  await page.goto(`${site.server.url}api-test-page`);
  const files = { glue: served('newslens-analysis.js'), wasm: served('newslens-analysis_bg.wasm') };
  const result = await page.evaluate(async ({ base, files }) => {
    const newslens = await import(`${base}${files.glue}`);
    await newslens.default({ module_or_path: `${base}${files.wasm}` });
    const text = 'Besuch in Kiew\r\n\r\n„Wir bleiben“, sagte Jens Stoltenberg.';
    const kinds = (format) => newslens.annotate(text, { format }).blocks.map((b) => b.kind.type);
    return {
      article: kinds('article'),
      lines: kinds('lines'),
      text: kinds('text'),
      fallback: kinds(undefined),
      title: newslens.annotate(text, { format: 'article' }).title,
    };
  }, { base: site.server.url, files });
  assert.deepEqual(result.article, ['title', 'lead']);
  assert.equal(result.title, 'Besuch in Kiew');
  assert.deepEqual(result.lines, ['paragraph', 'paragraph']);
  assert.deepEqual(result.text, result.lines);
  assert.deepEqual(result.fallback, result.lines);
  await context.close();
});
