/**
 * The 2005 survey, read once per build from `content/survey-2005/survey.yaml` and checked
 * by the core; any problem fails the build with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContentError } from '../lib/problems.js';
import { readSurvey, type Survey } from '../lib/survey.js';

const FILE = 'content/survey-2005/survey.yaml';
let cached: Survey | null = null;

/** The validated survey. */
export function survey(): Survey {
  if (cached) return cached;
  // Builds run from the project root (npm scripts); the bundled module's own URL points into dist/.
  const path = resolve(process.cwd(), FILE);
  const r = readSurvey(FILE, readFileSync(path, 'utf8'));
  if (!r.survey) throw new ContentError(r.problems);
  cached = r.survey;
  return cached;
}
