import { describe, expect, it } from 'vitest'
import {
  appImportsOfTheServer,
  domainImportsOfTheTop,
  foldersImportingEachOther,
  httpImportsOutsideRoutes,
  queriesOutsideRepositories,
  sharedImportsOutside,
} from './testing/dependency-rules.js'
import { sourceFiles } from './testing/import-graph.js'

/**
 * The dependency rule of docs/decisions/013-dependency-rule.md, checked over the import graph.
 * Every rule holds: a change that breaks one fails here, naming the file and the import.
 */
const server = sourceFiles(['src'])
const app = sourceFiles(['newsroom/src'])

describe('the dependency rule (docs/decisions/013-dependency-rule.md)', () => {
  it('lets no domain import the site, the feeds, the newsroom routes, the CLI or the app', () => {
    expect(domainImportsOfTheTop(server)).toEqual([])
  })
  it('lets only a domain’s *.routes.ts files import http/', () => {
    expect(httpImportsOutsideRoutes(server)).toEqual([])
  })
  it('has no two folders importing each other', () => {
    expect(foldersImportingEachOther(server)).toEqual([])
  })
  it('keeps SQL in repositories, search back ends, migrations and db/', () => {
    expect(queriesOutsideRepositories(server)).toEqual([])
  })
  it('lets the newsroom app import nothing of the server', () => {
    expect(appImportsOfTheServer(app)).toEqual([])
  })
  it('keeps the shared module free of every other part of the server', () => {
    expect(sharedImportsOutside(server)).toEqual([])
  })
})
