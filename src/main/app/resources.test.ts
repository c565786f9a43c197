import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_ARTICLE, sampleArticlePath } from './resources'

const checkout = resolve(__dirname, '../../..')

describe('sampleArticlePath', () => {
  it('finds the sample in the checkout when the app runs from source', () => {
    const path = sampleArticlePath({ isPackaged: false, resourcesPath: '/nowhere', appPath: checkout })
    expect(path).toBe(join(checkout, 'resources', 'samples', SAMPLE_ARTICLE))
    expect(existsSync(path)).toBe(true)
  })

  it("looks in the installed app's resources folder, never the app folder, once packaged", () => {
    const path = sampleArticlePath({
      isPackaged: true,
      resourcesPath: join('/opt', 'Dossier', 'resources'),
      appPath: join('/opt', 'Dossier', 'resources', 'app.asar'),
    })
    expect(path).toBe(join('/opt', 'Dossier', 'resources', 'samples', 'kim-putin-vostochny-scraped.txt'))
  })
})
