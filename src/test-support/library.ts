import type { ExtractedArticle } from '../shared/model/article'
import { createLibrary, type Library, type LibraryOptions } from '../main/services/library'
import { openMemoryDb } from '../main/services/store/db'

/** A library over a fresh in-memory store; work runs in this thread unless a test passes its own. */
export function memoryLibrary(options: LibraryOptions = {}): Library {
  return createLibrary(openMemoryDb(), options)
}

/** What a stub extractor answers: an untitled-looking text article ("T") with no metadata. */
export function plainArticle(text: string): ExtractedArticle {
  return {
    format: 'text',
    title: 'T',
    byline: null,
    publisher: null,
    published: null,
    lang: null,
    url: null,
    text,
    blocks: [],
  }
}
