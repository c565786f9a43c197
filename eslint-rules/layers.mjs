// The layer rule: which parts of Dossier may load which files and packages (docs/architecture.md).
// Every static import, export-from, import type, `typeof import()`, `import x = require()`, require()
// and dynamic import() is checked against one allow-table. A file in no layer, a package in no
// category and (in app code) a specifier that is not a string literal are errors too, so that a new
// folder or dependency is placed deliberately instead of slipping past the rule.
import { builtinModules } from 'node:module'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Which layer a repository path (posix, relative to the root, extension optional) belongs to. First match wins. */
const LAYER_PATHS = [
  ['renderer-test', /^src\/renderer\/(.*\.test(\.tsx?)?$|src\/test(\/|$))/],
  ['test', /^src\/.*\.test(\.tsx?)?$/],
  ['shared', /^src\/shared(\/|$)/],
  ['renderer', /^src\/renderer(\/|$)/],
  ['preload', /^src\/preload(\/|$)/],
  ['main-electron', /^src\/main\/((index|menu)(\.ts)?$|app(\/|$)|windows(\/|$)|security(\/|$))/],
  ['main-ipc', /^src\/main\/ipc(\/|$)/],
  ['services', /^src\/main\/services(\/|$)/],
  ['workers', /^src\/main\/workers(\/|$)/],
  ['cli', /^src\/cli(\/|$)/],
  ['test-support', /^src\/test-support(\/|$)/],
  ['e2e', /^e2e(\/|$)/],
  ['scripts', /^(scripts|bin)(\/|$)/],
  ['config', /^(eslint-rules\/[^/]+|[^/]+\.(ts|mjs|js))$/],
]

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/** Every package the code loads, by where it may run. */
const PACKAGE_KINDS = {
  // Plain JavaScript over plain data: safe in every process.
  std: ['zod'],
  // The renderer's UI.
  ui: ['react', 'react-dom', 'zustand', '@tanstack/react-virtual'],
  // What the services use to read untrusted files and analyse text, in the main process or a worker.
  main: [
    'jsdom',
    'linkedom',
    '@mozilla/readability',
    'unpdf',
    'fflate',
    'marked',
    'compromise',
    'approx-string-match',
    'fast-xml-parser',
  ],
  electron: ['electron'],
  test: [
    'vitest',
    '@testing-library/react',
    '@testing-library/dom',
    'happy-dom',
    '@playwright/test',
    '@axe-core/playwright',
    'axe-core',
    'ajv',
    'ajv-draft-04',
    'ajv-formats',
    'yaml',
  ],
  build: [
    'vite',
    'electron-vite',
    '@vitejs/plugin-react',
    'eslint',
    '@eslint/js',
    'typescript-eslint',
    'eslint-plugin-react-hooks',
    'typescript',
    'tsx',
  ],
}
const KIND_OF_PACKAGE = new Map(
  Object.entries(PACKAGE_KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])),
)

const ALL_SRC = [
  'shared',
  'preload',
  'main-electron',
  'main-ipc',
  'services',
  'workers',
  'cli',
  'test-support',
]

/**
 * The allow-table. `layers`: the layers a file may load; `files`: single files of other layers it may load
 * (extension left out); `packages`: the package kinds it may load (`node` = Node built-ins, bare or `node:`);
 * `app`: shipped code, where a computed specifier is refused.
 */
export const LAYERS = {
  shared: {
    why: 'src/shared is pure TypeScript loaded by every process: no Electron, no Node, no DOM, no other layer.',
    layers: ['shared'],
    packages: ['std'],
    app: true,
  },
  renderer: {
    why: 'The renderer is untrusted web content: it reaches main only through lib/api.ts, never Node or Electron.',
    layers: ['renderer', 'shared'],
    packages: ['std', 'ui'],
    app: true,
  },
  preload: {
    why: 'The preload only bridges the IPC contract: Electron and src/shared, nothing of main or Node.',
    layers: ['shared'],
    packages: ['std', 'electron'],
    app: true,
  },
  'main-electron': {
    why: 'The Electron side of main (index, menu, app, windows, security) wires services to the app.',
    layers: ['main-electron', 'main-ipc', 'services', 'workers', 'shared'],
    packages: ['std', 'main', 'node', 'electron'],
    app: true,
  },
  'main-ipc': {
    why: 'main/ipc checks the sender, parses with zod and calls a service; it owns no window or menu.',
    layers: ['main-ipc', 'services', 'workers', 'shared'],
    packages: ['std', 'node', 'electron'],
    app: true,
  },
  services: {
    why: 'Services are plain functions over plain data, shared by the window, the CLI and tests: no Electron, no IPC, no UI.',
    layers: ['services', 'shared'],
    packages: ['std', 'main', 'node'],
    app: true,
  },
  workers: {
    why: 'Workers run services off the main thread: no Electron, no IPC, no UI.',
    layers: ['workers', 'services', 'shared'],
    packages: ['std', 'main', 'node'],
    app: true,
  },
  cli: {
    why: 'The CLI calls main/services directly: it has no Electron, no window, no menu and no IPC.',
    layers: ['cli', 'services', 'workers', 'shared'],
    packages: ['std', 'main', 'node'],
    app: true,
  },
  'test-support': {
    why: 'Test helpers build fixtures from the services and shared code, and call the IPC handlers; only tests, e2e and scripts load them.',
    layers: ['test-support', 'main-ipc', 'services', 'workers', 'shared'],
    packages: ['std', 'main', 'node', 'test'],
  },
  'renderer-test': {
    why: 'Renderer tests run the renderer in happy-dom with the mock API, like the renderer they test.',
    layers: ['renderer-test', 'renderer', 'shared'],
    packages: ['std', 'ui', 'test'],
  },
  test: {
    why: 'Node-side unit tests exercise the main, preload, CLI and shared code, never the renderer.',
    layers: ['test', ...ALL_SRC],
    packages: ['std', 'main', 'node', 'electron', 'test'],
  },
  e2e: {
    why:
      'E2E specs drive the built app; the web bridge runs the real IPC handlers over services in Node, and specs read exports as other programs would (marked, jsdom).',
    layers: ['e2e', 'main-ipc', 'services', 'shared', 'test-support'],
    // The static server sends the app's own CSP header; csp.ts is a plain constant, no Electron.
    files: ['src/main/security/csp'],
    packages: ['std', 'main', 'node', 'test'],
  },
  scripts: {
    why: 'Scripts run the services outside the app (evaluation, the test runner, the CLI launcher).',
    layers: ['scripts', 'e2e', 'services', 'workers', 'shared', 'test-support'],
    packages: ['std', 'main', 'node', 'test', 'build'],
  },
  config: {
    why: 'Tool configuration loads build and test tools, not the app.',
    layers: ['config'],
    // playwright.config.ts picks the e2e target the same way the fixtures do.
    files: ['e2e/support/target'],
    packages: ['node', 'build', 'test'],
  },
}

/** The layer of a repository path, or undefined when it is in none. */
export function layerOfPath(repoPath) {
  return LAYER_PATHS.find(([, pattern]) => pattern.test(repoPath))?.[0]
}

function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** What a specifier points at: `{ layer, label }` for a file of the repository, `{ kind, label }` for a package. */
function classify(specifier, fromDir) {
  const clean = specifier.replace(/[?#].*$/, '')
  if (clean.startsWith('.') || clean.startsWith('/')) {
    const repoPath = relative(ROOT, resolve(fromDir, clean)).split(sep).join('/')
    return { layer: layerOfPath(repoPath) ?? 'outside every layer', label: repoPath }
  }
  if (BUILTINS.has(clean) || BUILTINS.has(clean.split('/')[0]) || clean.startsWith('node:')) {
    return { kind: 'node', label: `Node built-in '${clean}'` }
  }
  const name = packageName(clean)
  return { kind: KIND_OF_PACKAGE.get(name), label: `package '${name}'` }
}

function staticSpecifier(node) {
  if (!node) return undefined
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked
  return undefined
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps every import inside the layer allow-table of eslint-rules/layers.mjs' },
    schema: [],
    messages: {
      forbidden: "{{from}} may not load {{target}} ('{{specifier}}'). {{why}}",
      noLayer: '{{file}} is in no layer: add its folder to LAYER_PATHS in eslint-rules/layers.mjs.',
      unknownPackage: '{{target}} is in no package kind: add it to PACKAGE_KINDS in eslint-rules/layers.mjs.',
      computed: 'A computed module specifier cannot be checked against the layers: use a string literal.',
    },
  },
  create(context) {
    const file = context.filename
    const repoPath = relative(ROOT, file).split(sep).join('/')
    const from = layerOfPath(repoPath)
    const fromDir = dirname(file)

    function check(node, sourceNode) {
      if (!from) return
      const specifier = staticSpecifier(sourceNode)
      if (specifier === undefined) {
        if (LAYERS[from].app) context.report({ node, messageId: 'computed' })
        return
      }
      const target = classify(specifier, fromDir)
      if (target.layer) {
        const allowed = LAYERS[from].layers.includes(target.layer)
        if (allowed || LAYERS[from].files?.includes(target.label.replace(/\.[cm]?[jt]sx?$/, ''))) return
        const label = `${target.label} (${target.layer})`
        context.report({
          node,
          messageId: 'forbidden',
          data: { from, target: label, specifier, why: LAYERS[from].why },
        })
        return
      }
      if (!target.kind) {
        context.report({ node, messageId: 'unknownPackage', data: { target: target.label } })
        return
      }
      if (LAYERS[from].packages.includes(target.kind)) return
      const label = `${target.label} (${target.kind})`
      context.report({
        node,
        messageId: 'forbidden',
        data: { from, target: label, specifier, why: LAYERS[from].why },
      })
    }

    const fromSource = (node) => node.source && check(node, node.source)
    return {
      Program(node) {
        if (!from) context.report({ node, messageId: 'noLayer', data: { file: repoPath } })
      },
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression(node) {
        // Any function named require loads a module, whether the global one or one from createRequire.
        const callee = node.callee
        if (callee.type === 'Identifier' && callee.name === 'require') check(node, node.arguments[0])
      },
    }
  },
}

export default { meta: { name: 'dossier-layers' }, rules: { layers: layersRule } }
