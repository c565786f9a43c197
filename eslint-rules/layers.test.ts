// Lints deliberately bad snippets with the project's real eslint.config.mjs, each at a virtual path in
// a layer, and expects the layer rule to refuse each one; allowed imports must pass, so the rule can
// neither silently stop matching nor pass by refusing everything.
import { resolve } from 'node:path'
import { ESLint, type Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.mjs') })
})

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) })
  // A snippet that does not parse would have no rule messages at all: fail loudly instead.
  expect(result.messages.filter((m) => m.fatal)).toEqual([])
  return result.messages
}

const layerMessages = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId === 'dossier/layers')

const SERVICE = 'src/main/services/example.ts'
const SHARED = 'src/shared/model/example.ts'
const RENDERER = 'src/renderer/src/features/library/example.ts'
const PRELOAD = 'src/preload/example.ts'
const CLI = 'src/cli/example.ts'
const IPC = 'src/main/ipc/example.ts'
const MAIN_INDEX = 'src/main/index.ts'
const WORKER = 'src/main/workers/example.ts'

/** [what it is, virtual file, code, the target the message must name] */
const FORBIDDEN: [string, string, string, string][] = [
  // The list: these all passed lint before.
  [
    'service imports main/ipc/handlers',
    SERVICE,
    "export { createHandlers } from '../ipc/handlers'",
    'src/main/ipc/handlers',
  ],
  [
    'service imports main/ipc/register',
    SERVICE,
    "export { registerHandlers } from '../ipc/register'",
    'src/main/ipc/register',
  ],
  ['service imports main/menu', SERVICE, "export { buildMenu } from '../menu'", 'src/main/menu'],
  [
    'service imports main/windows',
    SERVICE,
    "export { createMainWindow } from '../windows/mainWindow'",
    'src/main/windows',
  ],
  ['service imports main/index', SERVICE, "import '../index'", 'src/main/index'],
  ['service requires electron', SERVICE, "export const e = require('electron')", "package 'electron'"],
  [
    'service imports electron dynamically',
    SERVICE,
    "export const e = await import('electron')",
    "package 'electron'",
  ],
  [
    'service imports electron types',
    SERVICE,
    "export type { BrowserWindow } from 'electron'",
    "package 'electron'",
  ],
  [
    'service uses typeof import electron',
    SERVICE,
    "export type E = typeof import('electron')",
    "package 'electron'",
  ],
  ['shared imports bare fs', SHARED, "export { readFileSync } from 'fs'", "Node built-in 'fs'"],
  ['shared imports bare path', SHARED, "export { join } from 'path'", "Node built-in 'path'"],
  ['shared imports node:fs', SHARED, "export { readFileSync } from 'node:fs'", "Node built-in 'node:fs'"],
  [
    'shared imports fs/promises',
    SHARED,
    "export { readFile } from 'fs/promises'",
    "Node built-in 'fs/promises'",
  ],
  ['shared imports jsdom', SHARED, "export { JSDOM } from 'jsdom'", "package 'jsdom'"],
  [
    'shared requires fs via import =',
    SHARED,
    "import fs = require('fs')\nexport default fs",
    "Node built-in 'fs'",
  ],
  ['renderer imports bare fs', RENDERER, "export { readFileSync } from 'fs'", "Node built-in 'fs'"],
  ['renderer imports bare path', RENDERER, "export { join } from 'path'", "Node built-in 'path'"],
  ['renderer imports jsdom', RENDERER, "export { JSDOM } from 'jsdom'", "package 'jsdom'"],
  ['renderer requires fs', RENDERER, "export const fs = require('fs')", "Node built-in 'fs'"],
  ['preload imports bare fs', PRELOAD, "export { readFileSync } from 'fs'", "Node built-in 'fs'"],
  ['preload imports bare path', PRELOAD, "export { join } from 'path'", "Node built-in 'path'"],
  ['preload imports jsdom', PRELOAD, "export { JSDOM } from 'jsdom'", "package 'jsdom'"],
  ['cli imports main/menu', CLI, "export { buildMenu } from '../main/menu'", 'src/main/menu'],
  [
    'cli imports main/windows',
    CLI,
    "export { createMainWindow } from '../main/windows/mainWindow'",
    'src/main/windows',
  ],
  ['cli imports main/index', CLI, "import '../main/index'", 'src/main/index'],
  ['cli imports electron', CLI, "export { app } from 'electron'", "package 'electron'"],
  ['main/ipc imports main/menu', IPC, "export { buildMenu } from '../menu'", 'src/main/menu'],
  [
    'main/ipc imports main/windows',
    IPC,
    "export { createMainWindow } from '../windows/mainWindow'",
    'src/main/windows',
  ],
  ['main/ipc imports the renderer', IPC, "export { api } from '../../renderer/src/lib/api'", 'src/renderer'],
  [
    'main/index imports the renderer',
    MAIN_INDEX,
    "export { api } from '../renderer/src/lib/api'",
    'src/renderer',
  ],
  ['main/index imports the cli', MAIN_INDEX, "export { run } from '../cli/main'", 'src/cli/main'],
  ['worker imports electron', WORKER, "export { app } from 'electron'", "package 'electron'"],
  ['worker imports main/ipc', WORKER, "export { dispatch } from '../ipc/dispatch'", 'src/main/ipc/dispatch'],
  // Already caught before; must stay caught.
  [
    'renderer imports main',
    RENDERER,
    "export { openLibrary } from '../../../../main/services/library'",
    'src/main',
  ],
  [
    'renderer imports main types',
    RENDERER,
    "import type { Library } from '../../../../main/services/library'\nexport type L = Library",
    'src/main',
  ],
  ['renderer imports electron', RENDERER, "export { ipcRenderer } from 'electron'", "package 'electron'"],
  ['renderer imports the preload', RENDERER, "export * from '../../../../preload/index'", 'src/preload'],
  ['shared imports main', SHARED, "export * from '../../main/services/errors'", 'src/main/services'],
  ['shared imports the renderer', SHARED, "export * from '../../renderer/src/lib/format'", 'src/renderer'],
  ['shared imports react', SHARED, "export { useState } from 'react'", "package 'react'"],
  ['shared imports electron', SHARED, "export { app } from 'electron'", "package 'electron'"],
  ['cli imports main/ipc', CLI, "export { dispatch } from '../main/ipc/dispatch'", 'src/main/ipc'],
  ['preload imports main', PRELOAD, "export * from '../main/services/errors'", 'src/main/services'],
  ['preload imports node:path', PRELOAD, "export { join } from 'node:path'", "Node built-in 'node:path'"],
  // Test helpers stay out of app code.
  [
    'service imports test-support',
    SERVICE,
    "export { tempDir } from '../../test-support/tempDir'",
    'src/test-support',
  ],
  ['cli imports test-support', CLI, "export * from '../test-support/sample'", 'src/test-support'],
  ['ipc imports test-support', IPC, "export * from '../../test-support/sampleCheck'", 'src/test-support'],
  [
    'worker imports test-support',
    WORKER,
    "export * from '../../test-support/attribution'",
    'src/test-support',
  ],
  ['main imports test-support', MAIN_INDEX, "export * from '../test-support/tempDir'", 'src/test-support'],
  ['preload imports test-support', PRELOAD, "export * from '../test-support/sample'", 'src/test-support'],
  ['shared imports test-support', SHARED, "export * from '../../test-support/sample'", 'src/test-support'],
  [
    'renderer imports test-support',
    RENDERER,
    "export * from '../../../../test-support/sample'",
    'src/test-support',
  ],
  [
    'renderer imports its mock API',
    RENDERER,
    "export { mockApi } from '../../test/mockApi'",
    'src/renderer/src/test',
  ],
  ['service imports vitest', SERVICE, "export { expect } from 'vitest'", "package 'vitest'"],
  [
    'service imports a test file',
    SERVICE,
    "export * from './library.test'",
    'src/main/services/library.test',
  ],
  // Renderer tests stay on the renderer's side.
  [
    'renderer test imports main',
    'src/renderer/src/lib/x.test.ts',
    "export * from '../../../main/services/errors'",
    'src/main',
  ],
  ['renderer test imports node:fs', 'src/renderer/src/lib/x.test.ts', "export * from 'node:fs'", "'node:fs'"],
]

/** [what it is, virtual file, code, messageId] — the rule's other refusals. */
const REFUSED: [string, string, string, string][] = [
  [
    'a computed require in a service',
    SERVICE,
    "const name = 'electron'\nexport const e = require(name)",
    'computed',
  ],
  [
    'a computed import() in the renderer',
    RENDERER,
    'export const load = (n: string) => import(n)',
    'computed',
  ],
  ['a package in no kind', SERVICE, "export { pad } from 'left-pad-example'", 'unknownPackage'],
  ['a file in no layer', 'src/main/newFolder/example.ts', 'export const x = 1', 'noLayer'],
  ['an import of a file in no layer', SERVICE, "export * from '../newFolder/x'", 'forbidden'],
]

/** [what it is, virtual file, code] — imports the layers are meant to allow. */
const ALLOWED: [string, string, string][] = [
  [
    'service imports shared/ipc contract, schemas, result',
    SERVICE,
    "export * from '../../shared/ipc/contract'\nexport * from '../../shared/ipc/schemas'\nexport * from '../../shared/ipc/result'",
  ],
  [
    'service imports Node built-ins and jsdom',
    SERVICE,
    "export * from 'node:fs'\nexport * from 'path'\nexport * from 'jsdom'",
  ],
  ['service imports another service', SERVICE, "export * from './importers/index'"],
  [
    'main/index wires electron, ipc, menu, windows, workers',
    MAIN_INDEX,
    "export * from 'electron'\nexport * from './ipc/register'\nexport * from './menu'\nexport * from './windows/mainWindow'\nexport * from './workers/backgroundPool'\nexport * from './security/policy'",
  ],
  [
    'main/ipc imports electron and services',
    IPC,
    "export * from 'electron'\nexport * from '../services/library'\nexport * from './dispatch'",
  ],
  [
    'preload imports electron and the contract',
    PRELOAD,
    "export * from 'electron'\nexport * from '../shared/ipc/contract'",
  ],
  [
    'renderer imports react, zustand, shared, its api',
    RENDERER,
    "export * from 'react'\nexport * from 'zustand'\nexport * from '../../../../shared/model/article'\nexport * from '../../lib/api'",
  ],
  [
    'renderer test imports the mock API and vitest',
    'src/renderer/src/lib/x.test.ts',
    "export * from '../test/mockApi'\nexport * from 'vitest'\nexport * from '@testing-library/react'",
  ],
  [
    'cli imports services, workers, shared, Node',
    CLI,
    "export * from '../main/services/library'\nexport * from '../main/workers/backgroundPool'\nexport * from '../shared/model/import'\nexport * from 'node:path'",
  ],
  [
    'worker imports services and worker_threads',
    WORKER,
    "export * from '../services/importers/index'\nexport * from 'node:worker_threads'",
  ],
  ['shared imports zod and shared', SHARED, "export * from 'zod'\nexport * from './article'"],
  [
    'service test imports test-support and vitest',
    'src/main/services/x.test.ts',
    "export * from '../../test-support/tempDir'\nexport * from 'vitest'",
  ],
  [
    'a test helper imports the IPC handlers and vitest',
    'src/test-support/x.ts',
    "export * from '../main/ipc/handlers'\nexport * from 'vitest'",
  ],
  [
    'e2e imports the IPC handlers and the CSP',
    'e2e/support/x.ts',
    "export * from '../../src/main/ipc/handlers'\nexport * from '../../src/main/security/csp'",
  ],
  [
    'a script imports services and test-support',
    'scripts/eval/x.ts',
    "export * from '../../src/main/services/analysis/index'\nexport * from '../../src/test-support/sample'",
  ],
]

describe('the layer rule', () => {
  it.each(FORBIDDEN)('refuses: %s', async (_what, file, code, target) => {
    const messages = layerMessages(await lint(file, code))
    expect(messages.map((m) => m.messageId)).toEqual(['forbidden'])
    expect(messages[0].message).toContain(target)
  })

  it.each(REFUSED)('refuses: %s', async (_what, file, code, messageId) => {
    expect(layerMessages(await lint(file, code)).map((m) => m.messageId)).toEqual([messageId])
  })

  it.each(ALLOWED)('allows: %s', async (_what, file, code) => {
    expect(layerMessages(await lint(file, code))).toEqual([])
  })

  // The Node type check sees the DOM lib through @types/jsdom, so lint is what keeps these out.
  it.each([
    ['a service reads document', SERVICE, 'export const title = document.title'],
    ['main/index reads window', MAIN_INDEX, 'export const w = window.innerWidth'],
    ['the cli reads location', CLI, 'export const href = location.href'],
    ['the preload reads document', PRELOAD, 'export const body = document.body'],
    [
      'a worker parses with DOMParser',
      WORKER,
      "export const d = new DOMParser().parseFromString('', 'text/html')",
    ],
  ])('refuses DOM globals: %s', async (_what, file, code) => {
    const messages = await lint(file, code)
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-globals'])
  })

  it('allows DOM access through a jsdom window in a service', async () => {
    const code = "import { JSDOM } from 'jsdom'\nexport const title = new JSDOM('').window.document.title"
    expect(await lint(SERVICE, code)).toEqual([])
  })

  it('reports a require() in TypeScript even of an allowed package', async () => {
    const messages = await lint(SHARED, "export const z = require('zod')")
    expect(messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-require-imports'])
  })
})
