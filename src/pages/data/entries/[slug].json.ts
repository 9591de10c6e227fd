/**
 * `/data/entries/<slug>.json`: one entry as the site's core reads it (parsed clauses with
 * anchors and citations), loaded by the compare island for the entries it shows. This is
 * an internal format for the site's own scripts; the public, versioned contract is
 * `/data/jurisdictions.json`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries } from '../../../data/entries.js';
import type { Entry } from '../../../lib/entry.js';

export const getStaticPaths: GetStaticPaths = async () => (await allEntries()).map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));

export const GET: APIRoute = ({ props }) => {
  const entry = (props as { entry: Entry }).entry;
  return new Response(JSON.stringify(entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
