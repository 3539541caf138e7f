// Synthetic archives for the end-to-end tests and the page-load benchmark: the seed article plus
// `count - 1` generated German articles (made-up sentences, never data from outside the
// repository), put into a copy of the built site with the site build's own `newslens index`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from './support.mjs';

const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Dresden', 'Kiel', 'Bremen', 'Mainz', 'Erfurt'];
const PEOPLE = ['Anna Schmidt', 'Jonas Weber', 'Petra Fischer', 'Mehmet Yilmaz', 'Claudia Roth', 'Lars Becker'];
const GROUPS = ['der Stadtrat', 'die Landesregierung', 'der Verband', 'die Gewerkschaft', 'das Ministerium'];
const TOPICS = ['Haushalt', 'Verkehr', 'Schulen', 'Wohnungsbau', 'Klinik', 'Hafen', 'Radwege', 'Energie'];
const SOURCES = ['tagesschau', 'Lokalblatt', 'Agentur', 'Rundfunk'];

/** The slug of generated article `i` (1-based; 0 is the seed). */
export const slugOf = (i) => `bericht-${String(i).padStart(5, '0')}`;

/** Generated article `i` as Markdown with front matter: title, date, source, a few sentences. */
export function article(i) {
  const pick = (list, salt) => list[(i * 7 + salt * 13) % list.length];
  const city = pick(CITIES, 1), person = pick(PEOPLE, 2), group = pick(GROUPS, 3), topic = pick(TOPICS, 4);
  const year = 2010 + (i % 15), month = 1 + (i % 12), day = 1 + (i % 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00`;
  const body = [
    `In ${city} hat ${group} am Dienstag über ${topic} beraten.`,
    `„Wir brauchen eine Lösung bis zum Sommer“, sagte ${person} nach der Sitzung.`,
    `Die Kosten liegen nach Angaben der Stadt bei ${(i % 90) + 10} Millionen Euro.`,
    `${person} kündigte an, im ${['Januar', 'März', 'Mai', 'Oktober'][i % 4]} erneut nach ${city} zu reisen.`,
  ];
  return `---\ntitle: ${topic} in ${city}: Bericht ${i}\ndate: ${date}\nsource: ${pick(SOURCES, 5)}\n---\n${body.join(' ')}\n`;
}

/**
 * Writes a copy of dist/ whose archive holds the seed and `count - 1` generated articles to
 * `out`, indexed by `newslens index` as the site build does; returns `out`.
 */
export function makeArchive(count, out) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'articles')) });
  const sources = `${out}.sources`;
  rmSync(sources, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  cpSync(join(root, 'articles', 'stoltenberg-kiew-2023-04-20.txt'), join(sources, 'stoltenberg-kiew-2023-04-20.txt'));
  for (let i = 1; i < count; i++) writeFileSync(join(sources, `${slugOf(i)}.md`), article(i));
  const manifest = execFileSync('cargo', ['run', '--quiet', '--bin', 'newslens', '--', 'index', sources, '--out', out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
  rmSync(sources, { recursive: true, force: true });
  const html = join(out, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace(/<meta name="newslens-archive" content="[^"]*">/,
    `<meta name="newslens-archive" content="${manifest}">`));
  return out;
}
