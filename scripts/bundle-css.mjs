#!/usr/bin/env node
// Joins the built site's stylesheets into one file, in the order index.html links them (so the
// cascade is unchanged), and links that one instead. The source keeps one stylesheet per
// component; the page asks for one: each request costs a round trip, and a browser opens only
// six connections per host, so fourteen stylesheets pushed the app's own module and wasm into a
// later round.
//
//     node scripts/bundle-css.mjs [dist]        (before scripts/hash-names.mjs)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const BUNDLE = 'newslens.css';
const html = join(dist, 'index.html');
let page = readFileSync(html, 'utf8');
const links = [...page.matchAll(/[ \t]*<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\n?/g)];
if (links.length === 0) {
  console.error('bundle-css: index.html links no stylesheet');
  process.exit(1);
}
const css = links.map(([, file]) => `/* ${file} */\n${readFileSync(join(dist, file), 'utf8').trim()}\n`).join('\n');
writeFileSync(join(dist, BUNDLE), css);
for (const [, file] of links) rmSync(join(dist, file));
// The first link becomes the bundle's (hash-names.mjs gives it its hash and integrity); the
// others go.
const [first, ...rest] = links;
for (const [tag] of rest) page = page.replace(tag, '');
page = page.replace(first[0], first[0].replace(`./${first[1]}`, `./${BUNDLE}`));
writeFileSync(html, page);
console.log(`bundle-css: ${links.length} stylesheets joined into ${BUNDLE}`);
