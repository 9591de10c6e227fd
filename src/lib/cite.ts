/**
 * "Cite this entry": APA (7th ed.) and Chicago (notes-bibliography) reference text,
 * BibTeX and RIS records for one entry, built from its name, its review date and its
 * permalink. The site is the publisher; the entry's contributors are collective.
 */
import { formatDate } from './format.js';

/** What a citation needs to know about an entry. */
export interface CitableEntry {
  readonly slug: string;
  readonly name: string;
  readonly reviewed: string;
  /** Newest `asOf` of the entry's instruments, or null. */
  readonly asOf: string | null;
}

/** All four citation formats for one entry. */
export interface Citations {
  readonly apa: string;
  readonly chicago: string;
  readonly bibtex: string;
  readonly ris: string;
}

const SITE = 'Concordance';
const AUTHOR = 'Concordance contributors';

function title(e: CitableEntry): string {
  return `${e.name}: trafficking in persons law, clause-by-clause summary`;
}

function bibtexEscape(s: string): string {
  return s.replace(/([{}%&#_$])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/**
 * Builds the citations of an entry.
 * @param permalink the entry's absolute URL
 * @param accessed the date the reader cites it, `YYYY-MM-DD` (the build date on the page)
 */
export function citeEntry(e: CitableEntry, permalink: string, accessed: string): Citations {
  const year = e.reviewed.slice(0, 4);
  const reviewed = formatDate(e.reviewed);
  const versionNote = e.asOf ? ` Law as of ${formatDate(e.asOf)}.` : '';
  const apaDate = e.reviewed.length === 10 ? `${year}, ${new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${e.reviewed}T00:00:00Z`))}` : year;
  const apa = `${AUTHOR}. (${apaDate}). ${title(e)}. ${SITE}. ${permalink}`;
  const chicago = `${AUTHOR}. “${title(e)}.” ${SITE}. Last reviewed ${reviewed}.${versionNote} Accessed ${formatDate(accessed)}. ${permalink}.`;
  const key = `concordance-${e.slug}-${year}`;
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{${AUTHOR}}},`,
    `  title        = {${bibtexEscape(title(e))}},`,
    `  howpublished = {${SITE}},`,
    `  year         = {${year}},`,
    `  note         = {Reviewed ${e.reviewed}${e.asOf ? `; law as of ${e.asOf}` : ''}},`,
    `  url          = {${permalink}},`,
    `  urldate      = {${accessed}}`,
    `}`,
  ].join('\n');
  const ris = [
    'TY  - ELEC',
    `AU  - ${AUTHOR}`,
    `TI  - ${title(e)}`,
    `T2  - ${SITE}`,
    `PY  - ${year}`,
    `DA  - ${e.reviewed.replace(/-/g, '/')}`,
    `Y2  - ${accessed.replace(/-/g, '/')}`,
    `UR  - ${permalink}`,
    ...(e.asOf ? [`N1  - Law as of ${e.asOf}`] : []),
    'ER  - ',
  ].join('\n');
  return { apa, chicago, bibtex, ris };
}
