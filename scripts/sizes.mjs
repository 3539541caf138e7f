#!/usr/bin/env node
// Prints the size of every file in dist/ (raw, gzip, brotli) and the two transfer budgets:
// what the seed article's text needs (HTML, CSS, JS, the page's wasm, the index shard naming the
// article and its file: all but the analysis (model, worker, analysis module), the embed host
// script and the other articles and index files) and the whole site. Names carry content hashes (`app.<hash>.css`); rows show them.
//
//     node scripts/sizes.mjs [dist] [--slug SLUG]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const slugAt = args.indexOf('--slug');
const SLUG = slugAt >= 0 ? args.splice(slugAt, 2)[1] : 'stoltenberg-kiew-2023-04-20';
const dist = args[0] ?? 'dist';
const BUDGET_TEXT = 250 * 1024;
const BUDGET_ALL = 1.5 * 1024 * 1024;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(9);
const rows = [];
for (const path of files(dist)) {
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  rows.push({ file: relative(dist, path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli });
}

console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(9)}${'gzip KB'.padStart(9)}${'br KB'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);

// The article's shard of the index (FNV-1a of the slug, as src/ui/library.rs) and its file.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The manifest: the listing, the shards, and the articles' path with {slug} (not a file).
const [listing, ...shards] = (html.match(/<meta name="newslens-archive" content="([^"]*)">/)?.[1] ?? '')
  .split(/\s+/)
  .filter((path) => path && !path.includes('{slug}'));
let hash = 0x811c9dc5;
for (const byte of Buffer.from(SLUG)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
const shard = shards.length ? shards[hash % shards.length] : listing;
const line = shard ? readFileSync(join(dist, shard), 'utf8').split('\n').find((l) => l.startsWith(`${SLUG}\t`)) : null;
const articleFile = line?.split('\t')[1];
if (!articleFile) console.error(`sizes: ${SLUG} is not in the index; counting no article`);

// Not needed to show the article text: the analysis (the model, the worker script and the
// analysis module it runs) loads beside the text and brings the highlights after it, embed.js
// is for pages that embed the viewer, and of the archive only the article's shard and file are
// fetched.
const notForText = (r) =>
  r.file.startsWith('model/') ||
  /^worker\.([0-9a-f]{12}\.)?js$/.test(r.file) ||
  /^newslens-analysis(_bg)?\.([0-9a-f]{12}\.)?(js|wasm)$/.test(r.file) ||
  r.file === 'embed.js' ||
  (r.file.startsWith('articles/') && r.file !== shard && r.file !== articleFile);
const sum = (list) => list.reduce((s, r) => s + r.brotli, 0);
const text = sum(rows.filter((r) => !notForText(r)));
const all = sum(rows);
const verdict = (n, budget) => (n <= budget ? 'within' : 'OVER') + ` budget ${kb(budget).trim()} KB`;
console.log();
console.log(`to show ${SLUG} (app, shard, article): ${kb(text).trim()} KB brotli, ${verdict(text, BUDGET_TEXT)}`);
console.log(`whole site:                                ${kb(all).trim()} KB brotli, ${verdict(all, BUDGET_ALL)}`);
