// Reads Vitest's JSON report and prints the closing line CI reads: "N passed, M failed".
// Also proves the Postgres suite ran: in CI, zero Postgres tests is a failure.
import { readFileSync } from 'node:fs'

const path = process.argv[2] ?? '.vitest-reports/results.json'
// Vitest's own exit status: non-zero with every test passed means errors outside tests (unhandled rejections).
const runnerStatus = Number(process.argv[3] ?? 0)
let report
try {
  report = JSON.parse(readFileSync(path, 'utf8'))
} catch (err) {
  console.log(`No test report at ${path} (${err.message}): the test run did not finish.`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const tests = report.testResults.flatMap((file) => file.assertionResults)
const postgres = tests.filter((t) => t.fullName.includes(' on postgres '))
const passed = tests.filter((t) => t.status === 'passed').length
const failed = tests.filter((t) => t.status === 'failed').length + (report.numFailedTestSuites ?? 0)
console.log(
  `PostgreSQL suite: ${postgres.filter((t) => t.status === 'passed').length} of ${postgres.length} tests passed against a real server.`,
)
const missingPostgres = process.env.CI === 'true' && postgres.length === 0
if (missingPostgres) console.log('CI=true but no test ran on PostgreSQL.')
const outsideTests = runnerStatus !== 0 && failed === 0
if (outsideTests) console.log(`Vitest exited with status ${runnerStatus} although every test passed: see the errors reported above.`)
const problems = failed + (missingPostgres ? 1 : 0) + (outsideTests ? 1 : 0)
console.log(`${passed} passed, ${problems} failed`)
process.exit(problems > 0 ? 1 : 0)
