import { describe, expect, it } from 'vitest'
import { findSentences } from '../../../shared/text/sentences'
import { tokenize } from './tokens'

const tokens = (text: string): string[] => tokenize(text, findSentences(text)).map((t) => t.text)

describe('tokenize', () => {
  it('splits possessives off and gives a sentence-final period back', () => {
    expect(tokens('Russia’s army said.\n\nSecond.')).toEqual([
      'Russia',
      '’s',
      'army',
      'said',
      '.',
      'Second',
      '.',
    ])
  })

  it('keeps the dot of an abbreviation or initial inside the sentence', () => {
    expect(tokens('Gen. Park met J. Smith.')).toEqual(['Gen.', 'Park', 'met', 'J.', 'Smith', '.'])
  })
})
