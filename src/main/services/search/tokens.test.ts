import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../store/db'
import { addArticle, indexedTerms } from '../../../test-support/searchLibrary'
import { findSpans, foldTerm, tokenize } from './tokens'

// Words whose folding differs between naive approaches: accents on Latin letters (removed), on Greek and
// Cyrillic letters (kept), a decomposed accent, dotted capital I, sharp s, ligatures, digits, CJK, emoji.
const TRICKY =
  'Café cafe\u0301 İstanbul ÉCOLE Straße ẞ ﬁne Ωμέγα ΆΡΗΣ Привет Ёлка naïve 2023-09-13 日本語 x😀y Đakovo Øster ' +
  'Łódź Æsir œuvre Nguyễn Trọng ČEŠTINA Şahin Ğ Ħ ñandú São Tomé Ærø ﬀ U.S. don’t e-mail k9 ½ ②'

describe('the search tokenizer', () => {
  it('splits and folds text exactly as the index does', () => {
    const db = openMemoryDb()
    addArticle(db, { title: 'x', text: TRICKY })
    const ours = [...new Set([...tokenize(TRICKY).map((t) => t.term), 'x'])].sort()
    expect(ours).toEqual(indexedTerms(db))
  })

  it('folds case and Latin accents but keeps Greek and Cyrillic letters', () => {
    expect(foldTerm('ÉCOLE')).toBe('ecole')
    expect(foldTerm('Nguyễn')).toBe('nguyen')
    expect(foldTerm('Ωμέγα')).toBe('ωμέγα')
    expect(foldTerm('Ёлка')).toBe('ёлка')
  })

  it('gives UTF-16 offsets that slice back to the words', () => {
    const text = 'Ünïcode 😀 Café, then café.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ünïcode', 'Café', 'then', 'café'])
  })

  it('finds words, prefixes and phrases, merging overlaps', () => {
    const text = 'Kim met Putin. Kimchi was served; kim jong un spoke.'
    const tokens = tokenize(text)
    const slices = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end))
    expect(slices(findSpans(tokens, [{ terms: ['kim'], prefix: false }]))).toEqual(['Kim', 'kim'])
    expect(slices(findSpans(tokens, [{ terms: ['kim'], prefix: true }]))).toEqual(['Kim', 'Kimchi', 'kim'])
    expect(slices(findSpans(tokens, [{ terms: ['kim', 'jong'], prefix: false }]))).toEqual(['kim jong'])
    expect(
      slices(findSpans(tokens, [{ terms: ['jong', 'un'], prefix: false }, { terms: ['kim', 'jong'], prefix: false }])),
    ).toEqual(['kim jong un'])
  })
})
