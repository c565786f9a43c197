#!/usr/bin/env node
'use strict'
// The store uses node:sqlite, which needs Node 22.13 or newer (npm scripts and npx use the
// project's pinned Node 24 from node_modules/.bin).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`dossier: Node ${process.versions.node} is too old; run it with npx dossier (Node 24).\n`)
  process.exit(2)
}
// node:sqlite still announces itself as experimental on stderr; keep stderr for dossier's own messages.
const emitWarning = process.emitWarning
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes('SQLite')) return
  return emitWarning.call(process, warning, ...rest)
}
const path = require('node:path')
const fs = require('node:fs')
const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
if (!fs.existsSync(cli)) {
  process.stderr.write('dossier: the CLI is not built yet; run npm run build first.\n')
  process.exit(2)
}
require(cli)
