// Adds up the JSON reports of Vitest and Playwright into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;

for (const name of ['unit.json', 'install.json', 'integration.json', 'guide.json', 'secure.json']) {
  const file = path.join(dir, name);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // A suite that fails outside its tests (a hook, an import) fails the run too.
  failed += report.numFailedTests + filesFailedOutsideTests(report);
  skipped += report.numPendingTests + report.numTodoTests;
}

function filesFailedOutsideTests(report) {
  return report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
}

const e2e = path.join(dir, 'e2e.json');
if (existsSync(e2e)) {
  const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
