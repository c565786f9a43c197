/** Reading CheckThat! 2024 task 1 files (Sentence_id, Text, class_label) from ../shared. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from './learn'

export const CLAIMS_DIR = '../shared/data/claims-dev'
export const DEV = 'CT24_checkworthy_english_dev.tsv'
export const DEV_TEST = 'CT24_checkworthy_english_dev-test.tsv'

/** The rows of one file; a quoted text loses its quotes and its doubled inner quotes. */
export function readCheckThat(file: string): Row[] {
  const path = join(CLAIMS_DIR, file)
  const rows: Row[] = []
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue
    const cols = line.split('\t')
    const label = cols[cols.length - 1].trim()
    if (label !== 'Yes' && label !== 'No') throw new Error(`${path}: a row has no Yes/No label: ${line.slice(0, 80)}`)
    let text = cols.slice(1, -1).join('\t')
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"')
    rows.push({ text, yes: label === 'Yes' })
  }
  return rows
}
