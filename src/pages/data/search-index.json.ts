/** `/data/search-index.json`: the search index (term dictionary, postings, Fuse index of the terms), loaded on first search. */
import type { APIRoute } from 'astro';
import { allEntries } from '../../data/entries.js';
import { buildSearchIndex } from '../../lib/search-index.js';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildSearchIndex(await allEntries())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
