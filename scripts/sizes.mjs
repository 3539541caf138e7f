#!/usr/bin/env node
// Prints the size of every file in dist/ (raw, gzip, brotli) and the two transfer budgets:
// what the article text needs (HTML, CSS, JS, wasm: all but the model, the worker and the embed
// host script) and the whole site.
//
//     node scripts/sizes.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
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

// Not needed to show the article text: the model arrives after the text is shown, the worker
// starts only for large pasted texts, and embed.js is for pages that embed the viewer.
const notForText = (r) => r.file.startsWith('model/') || r.file === 'worker.js' || r.file === 'embed.js';
const sum = (list) => list.reduce((s, r) => s + r.brotli, 0);
const text = sum(rows.filter((r) => !notForText(r)));
const all = sum(rows);
const verdict = (n, budget) => (n <= budget ? 'within' : 'OVER') + ` budget ${kb(budget).trim()} KB`;
console.log();
console.log(`to show the article text (all but model/, worker.js, embed.js): ${kb(text).trim()} KB brotli, ${verdict(text, BUDGET_TEXT)}`);
console.log(`whole site:                                ${kb(all).trim()} KB brotli, ${verdict(all, BUDGET_ALL)}`);
