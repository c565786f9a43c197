import { describe, expect, it } from 'vitest'
import { sampleText, type SampleExpectation } from './sample'

const expected: SampleExpectation = {
  file: 'story.html',
  article: { bodyStartsWith: 'The bridge opened', bodyEndsWith: 'on Monday.', notBodyText: {} },
  sources: [],
  quotes: [],
  claims: { mustInclude: [], mustNotInclude: [], numbers: [] },
}

describe('sampleText', () => {
  it('returns the body the importer extracts when it matches the expectations', async () => {
    const text = await sampleText(expected, '<p>raw</p>', () => ({ text: 'The bridge opened on Monday.' }))
    expect(text).toBe('The bridge opened on Monday.')
  })

  it('fails, naming the file, when the importer extracts no text or the wrong body', async () => {
    await expect(sampleText(expected, '<p>raw</p>', () => ({}))).rejects.toThrow(/story\.html/)
    await expect(
      sampleText(expected, '<p>raw</p>', () => ({ text: 'Menu Home About. The bridge opened on Monday.' })),
    ).rejects.toThrow(/does not match its expectations/)
  })
})
