import type { Article } from '../shared/model/article'

/** A stored article as the exporters receive it; the fields a test cares about are passed in. */
export function articleFixture(fields: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    title: 'Kim and Putin meet',
    publisher: 'CNN',
    published: '2023-09-13',
    documentDate: null,
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: 'kim.txt',
    annotations: 1,
    format: 'text',
    byline: null,
    lang: 'en',
    url: null,
    sha256: 'ab'.repeat(32),
    capturedAt: '2023-09-13T10:00:00.000Z',
    previousVersionId: null,
    extractorVersion: 1,
    text: '',
    blocks: [],
    memo: '',
    ...fields,
  }
}
