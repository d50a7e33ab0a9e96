// Prints the path of the representative run among Lighthouse JSON reports of one page, chosen by
// Lighthouse's own computeMedianRun (closest to the median first contentful paint and time to
// interactive), as Lighthouse CI does. Usage: node scripts/lighthouse_median_run.mjs report.json...
import {readFileSync} from 'node:fs';

import {computeMedianRun, filterToValidRuns} from 'lighthouse/core/lib/median-run.js';

const paths = process.argv.slice(2);
const runs = paths.map(path => ({...JSON.parse(readFileSync(path, 'utf8')), reportPath: path}));
const valid = filterToValidRuns(runs);
if (!valid.length) {
  console.error('No run has both a first contentful paint and a time to interactive.');
  process.exit(1);
}
console.log(computeMedianRun(valid).reportPath);
