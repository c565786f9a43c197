// Quitting: the process ends on its own with code 0, and the store it leaves is one complete file
// (the write-ahead log checkpointed into it), holding what was imported.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DossierWindow } from '../models/DossierWindow'
import { expect, test } from './fixtures'

test('Dossier quits cleanly and leaves its store closed, with the WAL checkpointed', async ({ shell }) => {
  const file = shell.file(
    'harbour.md',
    '# Harbour council approves the budget\n\nThe council voted on Monday.\n',
  )
  const { electronApp, page } = await shell.launch([file])
  await expect(new DossierWindow(page).reader.title()).toHaveText('Harbour council approves the budget')
  const exited = new Promise<number | null>((done) => electronApp.process().on('exit', (code) => done(code)))
  // The answer may not make it back before the process ends; the exit code is what counts.
  await electronApp.evaluate(({ app }) => app.quit()).catch(() => undefined)
  expect(await exited).toBe(0)

  const store = join(shell.userData, 'dossier.sqlite')
  const wal = `${store}-wal`
  expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true)
  const db = new DatabaseSync(store, { readOnly: true })
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    expect(db.prepare('SELECT title FROM articles').all()).toEqual([
      { title: 'Harbour council approves the budget' },
    ])
  } finally {
    db.close()
  }
})
