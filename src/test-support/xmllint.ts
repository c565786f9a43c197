import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sharedPath } from './shared'
import { tempDir } from './tempDir'

/**
 * Validates an XML text against one of the REFI-QDA schemas in ../shared with `xmllint --schema` (the
 * reference validator, independent of the code that wrote the file): the program named by XMLLINT, else
 * `xmllint` on PATH. Missing xmllint fails the test: CI installs it, so a machine without it must install it
 * rather than pass unchecked.
 */
export function xmllint(
  xml: string,
  schema: 'Project.xsd' | 'Codebook.xsd',
): { valid: boolean; output: string } {
  const program = process.env.XMLLINT || 'xmllint'
  if (spawnSync(program, ['--version']).error)
    throw new Error(
      `xmllint is missing (${program}): install libxml2-utils (apt-get install libxml2-utils); macOS has it; ` +
        'on Windows MSYS2 has it (pacman -S mingw-w64-ucrt-x86_64-libxml2), then set XMLLINT to its xmllint.exe.',
    )
  const folder = tempDir('xmllint-')
  try {
    const file = join(folder.dir, 'checked.xml')
    writeFileSync(file, xml)
    const run = spawnSync(
      program,
      ['--noout', '--schema', sharedPath('conformance', 'refi-qda', schema), file],
      {
        encoding: 'utf8',
      },
    )
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` }
  } finally {
    folder.cleanup()
  }
}
