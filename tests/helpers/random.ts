/** The seeded generator shared with the benchmark scripts. */
export { pick, seeded } from '../../scripts/seeded-random.js';
