/**
 * The open-data export (DESIGN §6): `/data/jurisdictions.json` and its flattened CSV.
 * The JSON carries every frontmatter field of DESIGN §2 under the same name, plus
 * `slug` and `clauses`. The CSV has one row per entry; its columns, and how each cell
 * decodes back to the JSON value, are defined once here ({@link CSV_COLUMNS}).
 *
 * Change the contract only by raising {@link SCHEMA_VERSION}.
 */
import Papa from 'papaparse';
import type { Entry } from './entry.js';
import { CLAUSES, type ClauseId } from './vocabulary.js';

/** Version of the export contract. */
export const SCHEMA_VERSION = 1;

/** One clause in the export. */
export interface ExportClause {
  readonly text: string;
  readonly subclauses: readonly { readonly label: string; readonly text: string }[];
}

/** One entry in the export: the frontmatter fields, `slug` and `clauses`. */
export type ExportEntry = Omit<Entry, 'clauses'> & { readonly clauses: Readonly<Record<ClauseId, ExportClause>> };

/** The whole JSON document. */
export interface ExportDocument {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generated: string;
  readonly jurisdictions: readonly ExportEntry[];
}

/** Converts a checked entry to its export form (field order as in DESIGN §2). */
export function toExportEntry(e: Entry): ExportEntry {
  const clauses = Object.fromEntries(
    CLAUSES.map((c) => {
      const clause = e.clauses[c.id];
      return [c.id, { text: clause.text, subclauses: clause.subclauses.map((s) => ({ label: s.label, text: s.text })) }];
    }),
  ) as unknown as Record<ClauseId, ExportClause>;
  return {
    slug: e.slug,
    name: e.name,
    kind: e.kind,
    iso2: e.iso2,
    region: e.region,
    legalFamily: e.legalFamily,
    languages: e.languages,
    summary: e.summary,
    instruments: e.instruments,
    protocol: e.protocol,
    elements: e.elements,
    aggravatingCircumstances: e.aggravatingCircumstances,
    penalties: e.penalties,
    confiscation: e.confiscation,
    sources: e.sources,
    reviewed: e.reviewed,
    basis: e.basis,
    basisNote: e.basisNote,
    clauses,
  };
}

/**
 * Builds the JSON export document. Entries are sorted: instruments first, then states,
 * each by slug, so the file diffs cleanly between releases.
 * @param generated the build date, ISO 8601
 */
export function buildExport(entries: readonly Entry[], generated: string): ExportDocument {
  const sorted = [...entries].sort((a, b) => (a.kind === b.kind ? a.slug.localeCompare(b.slug) : a.kind === 'instrument' ? -1 : 1));
  return { schemaVersion: SCHEMA_VERSION, generated, jurisdictions: sorted.map(toExportEntry) };
}

type CellType = 'string' | 'number' | 'boolean' | 'ceiling' | 'ids' | 'json';

/** A CSV column: its header, how to read its value from an export entry, and its cell type. */
export interface CsvColumn {
  readonly header: string;
  readonly type: CellType;
  readonly get: (e: ExportEntry) => unknown;
  /** One line for the data dictionary. */
  readonly description: string;
}

const col = (header: string, type: CellType, get: (e: ExportEntry) => unknown, description: string): CsvColumn => ({ header, type, get, description });

/** The CSV columns, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  col('slug', 'string', (e) => e.slug, 'Entry id, as in the URL'),
  col('name', 'string', (e) => e.name, 'Display name'),
  col('kind', 'string', (e) => e.kind, 'state or instrument'),
  col('iso2', 'string', (e) => e.iso2, 'ISO 3166-1 alpha-2 code (states)'),
  col('region', 'string', (e) => e.region, 'Region id'),
  col('legalFamily', 'string', (e) => e.legalFamily, 'Legal family id'),
  col('languages', 'ids', (e) => e.languages, 'Languages of the official texts'),
  col('summary', 'string', (e) => e.summary, 'One-line summary'),
  col('protocol_status', 'string', (e) => e.protocol?.status ?? null, 'Party status to the UN Trafficking Protocol'),
  col('protocol_date', 'string', (e) => e.protocol?.date ?? null, 'Date of ratification or accession'),
  col('acts', 'ids', (e) => e.elements.acts, 'Act ids'),
  col('means', 'ids', (e) => e.elements.means, 'Means ids'),
  col('purposes', 'ids', (e) => e.elements.purposes, 'Purpose ids'),
  col('meansRequiredForAdults', 'boolean', (e) => e.elements.meansRequiredForAdults, 'Basic offence needs a means for adult victims'),
  col('consentIrrelevant', 'boolean', (e) => e.elements.consentIrrelevant, 'Consent is irrelevant where a means is used'),
  col('childAge', 'number', (e) => e.elements.childAge, 'Age under which the victim counts as a child'),
  col('childMeansRequired', 'boolean', (e) => e.elements.childMeansRequired, 'Basic offence needs a means for child victims'),
  col('aggravatingCircumstances', 'ids', (e) => e.aggravatingCircumstances, 'Aggravating circumstance ids'),
  col('basic_minYears', 'number', (e) => e.penalties.basic?.minYears ?? null, 'Basic offence: minimum, years'),
  col('basic_maxYears', 'ceiling', (e) => e.penalties.basic?.maxYears ?? null, 'Basic offence: maximum, years, life or death'),
  col('basic_fine', 'boolean', (e) => e.penalties.basic?.fine ?? null, 'Basic offence: fine possible'),
  col('aggravated_minYears', 'number', (e) => e.penalties.aggravated?.minYears ?? null, 'First aggravated tier: minimum, years'),
  col('aggravated_maxYears', 'ceiling', (e) => e.penalties.aggravated?.maxYears ?? null, 'First aggravated tier: maximum'),
  col('aggravated_fine', 'boolean', (e) => e.penalties.aggravated?.fine ?? null, 'First aggravated tier: fine possible'),
  col('maxTerm', 'ceiling', (e) => e.penalties.maxTerm, 'Highest penalty under any trafficking provision'),
  col('penalties_other', 'json', (e) => e.penalties.other, 'Further tiers and neighbouring offences (JSON)'),
  col('confiscation_proceeds', 'boolean', (e) => e.confiscation.proceeds, 'Confiscation of proceeds'),
  col('confiscation_instrumentalities', 'boolean', (e) => e.confiscation.instrumentalities, 'Confiscation of instrumentalities'),
  col('confiscation_valueBased', 'boolean', (e) => e.confiscation.valueBased, 'Value-based confiscation'),
  col('confiscation_extended', 'boolean', (e) => e.confiscation.extended, 'Extended confiscation'),
  col('confiscation_traffickingSpecific', 'boolean', (e) => e.confiscation.traffickingSpecific, 'Confiscation rule specific to trafficking'),
  col('confiscation_provisions', 'string', (e) => e.confiscation.provisions, 'Where the confiscation rules are'),
  col('instruments', 'json', (e) => e.instruments, 'Instruments summarised (JSON)'),
  col('sources', 'json', (e) => e.sources, 'Sources read (JSON)'),
  col('reviewed', 'string', (e) => e.reviewed, 'Date the entry was last checked'),
  col('basis', 'string', (e) => e.basis, 'primary, secondary or partial'),
  col('basisNote', 'string', (e) => e.basisNote, 'How firm the entry is'),
  ...CLAUSES.map((c) => col(`clause_${c.id}`, 'string', (e) => e.clauses[c.id].text, `${c.heading} clause, one "Label: text" line per sub-clause`)),
];

/** The marker for an empty list in an `ids` cell (an empty cell means null, "not established"). */
export const EMPTY_LIST = '(none)';

function encode(type: CellType, v: unknown): string {
  if (v === null || v === undefined) return '';
  switch (type) {
    case 'ids':
      return (v as string[]).length ? (v as string[]).join('; ') : EMPTY_LIST;
    case 'json':
      return JSON.stringify(v);
    default:
      return String(v);
  }
}

/** Decodes one CSV cell back to its JSON value. Empty cells are `null`. */
export function decodeCell(type: CellType, cell: string): unknown {
  if (cell === '') return null;
  switch (type) {
    case 'number':
      return Number(cell);
    case 'boolean':
      return cell === 'true';
    case 'ceiling':
      return cell === 'life' || cell === 'death' ? cell : Number(cell);
    case 'ids':
      return cell === EMPTY_LIST ? [] : cell.split('; ');
    case 'json':
      return JSON.parse(cell) as unknown;
    default:
      return cell;
  }
}

/** Writes a table as RFC 4180 CSV (quoting by Papa Parse), with a header row and `\n` line ends. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse({ fields: [...headers], data: rows.map((r) => [...r]) }, { newline: '\n', quotes: false })}\n`;
}

/** The CSV export: a header row and one row per entry. */
export function buildCsv(doc: ExportDocument): string {
  return toCsv(
    CSV_COLUMNS.map((c) => c.header),
    doc.jurisdictions.map((e) => CSV_COLUMNS.map((c) => encode(c.type, c.get(e)))),
  );
}

/** Parses the CSV export back into rows of decoded values keyed by header. */
export function parseCsv(csv: string): Record<string, unknown>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV: ${parsed.errors.map((e) => `row ${e.row ?? '?'}: ${e.message}`).join('; ')}`);
  return parsed.data.map((row) => Object.fromEntries(CSV_COLUMNS.map((c) => [c.header, decodeCell(c.type, row[c.header] ?? '')])));
}
