/**
 * `npm run new -- <slug> [--instrument] [--name "Display name"]`
 *
 * Writes a new draft entry with every field and every clause in place, all unknown, so
 * that a contributor starts from a skeleton the build accepts. The file is a draft
 * (`draft: true`): it is checked but not published until the contributor removes the
 * flag, and the build refuses a published entry that still holds a TODO.
 */
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldEntry } from '../src/lib/scaffold.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  console.error('usage: npm run new -- <slug> [--instrument] [--name "Display name"] [--dir content]');
  process.exit(1);
}

const args = process.argv.slice(2);
const slug = args.find((a, i) => !a.startsWith('--') && !['--name', '--dir'].includes(args[i - 1] ?? ''));
if (!slug) fail('give the slug of the new entry, e.g. npm run new -- estonia');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a slug: use lower-case letters, digits and hyphens (e.g. korea-republic)`);
const instrument = args.includes('--instrument');
const nameAt = args.indexOf('--name');
const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
const dirAt = args.indexOf('--dir');
const contentDir = join(root, dirAt >= 0 ? (args[dirAt + 1] ?? 'content') : 'content');

const file = join(contentDir, instrument ? 'instruments' : 'jurisdictions', `${slug}.mdx`);
const other = join(contentDir, instrument ? 'jurisdictions' : 'instruments', `${slug}.mdx`);
if (existsSync(file) || existsSync(other)) fail(`an entry "${slug}" already exists (${relative(root, existsSync(file) ? file : other)}); nothing was written`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldEntry({ slug, kind: instrument ? 'instrument' : 'state', ...(name ? { name } : {}) }));
console.log(`Wrote ${relative(root, file)} (a draft).`);
console.log('Next: read content/README.md, fill in what the sources establish, leave the rest null, and remove "draft: true".');
