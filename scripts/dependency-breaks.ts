/**
 * Prints every break of every dependency rule at once (docs/decisions/013-dependency-rule.md), as
 * JSON: useful while reshaping folders, when src/architecture.test.ts would fail rule by rule.
 */
import {
  appImportsOfTheServer,
  domainImportsOfTheTop,
  foldersImportingEachOther,
  httpImportsOutsideRoutes,
  queriesOutsideRepositories,
  sharedImportsOutside,
} from '../src/testing/dependency-rules.js'
import { sourceFiles } from '../src/testing/import-graph.js'

const server = sourceFiles(['src'])
const app = sourceFiles(['newsroom/src'])
const breaks = {
  domainImportsOfTheTop: domainImportsOfTheTop(server),
  httpImportsOutsideRoutes: httpImportsOutsideRoutes(server),
  foldersImportingEachOther: foldersImportingEachOther(server),
  queriesOutsideRepositories: queriesOutsideRepositories(server),
  appImportsOfTheServer: appImportsOfTheServer(app),
  sharedImportsOutside: sharedImportsOutside(server),
}
process.stdout.write(`${JSON.stringify(breaks, null, 2)}\n`)
