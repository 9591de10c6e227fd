/** `/data/survey-2005.json`: the 2005 survey layer, as in content/survey-2005/survey.yaml. */
import type { APIRoute } from 'astro';
import { survey } from '../../data/survey.js';
import { surveyExport } from '../../lib/survey.js';

export const GET: APIRoute = () => new Response(`${JSON.stringify(surveyExport(survey()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
