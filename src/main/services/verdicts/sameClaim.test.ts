import { describe, expect, it } from 'vitest'
import type { Db } from '../store/db'
import { storeArticle } from '../../../test-support/storedArticles'
import { tempStore } from '../../../test-support/tempStore'
import { SAME_CLAIM_THRESHOLD, claimSimilarity, findSameClaims, normaliseSentence } from './sameClaim'

const CLAIM =
  'North Korea fired two ballistic missiles into the sea off its east coast on Wednesday, Japan’s defence ministry said.'
const RANGE = 'The missiles flew 650 kilometers before falling into the sea, the Joint Chiefs of Staff said.'

let db: Db

tempStore((opened) => (db = opened))

describe('claim similarity', () => {
  it('normalises width, case, quotes, dashes and spaces', () => {
    expect(normaliseSentence('  ＮＯＲＴＨ “Korea’s”  launch —\n 2023 ')).toBe(
      `north "korea's" launch - 2023`,
    )
  })

  it('scores light rewordings of a claim at or above the threshold', () => {
    const rewordings = [
      'Japan’s defence ministry said North Korea fired two ballistic missiles into the sea off its east coast on Wednesday.',
      'On Wednesday North Korea fired two ballistic missiles into the sea off its eastern coast, according to Japan’s defence ministry.',
      'North Korea launched two ballistic missiles into the sea off its east coast on Wednesday.',
      'NORTH KOREA FIRED TWO BALLISTIC MISSILES OFF ITS EAST COAST ON WEDNESDAY, JAPAN SAID.',
    ]
    for (const sentence of rewordings)
      expect(claimSimilarity(CLAIM, sentence)).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD)
  })

  it('scores other claims about the same event below the threshold', () => {
    const others = [
      'Kim Jong Un travelled to Russia on Wednesday to meet Vladimir Putin at the Vostochny Cosmodrome.',
      'North Korea’s leader met Putin in Russia’s Far East on Wednesday, Japan’s defence ministry said.',
      'The missiles, fired from near Pyongyang, were the first launched by North Korea while Kim was abroad.',
    ]
    for (const sentence of others) expect(claimSimilarity(CLAIM, sentence)).toBeLessThan(SAME_CLAIM_THRESHOLD)
  })

  it('counts a figure in another unit or spelling as the same number, and a different figure as another claim', () => {
    expect(
      claimSimilarity(
        RANGE,
        'The missiles flew 650 km before falling into the sea, the Joint Chiefs of Staff said.',
      ),
    ).toBe(1)
    expect(
      claimSimilarity(
        RANGE,
        'The missiles flew 400 miles before falling into the sea, the Joint Chiefs of Staff said.',
      ),
    ).toBe(1)
    expect(
      claimSimilarity(
        RANGE,
        'The missiles flew 600 kilometers before falling into the sea, the Joint Chiefs of Staff said.',
      ),
    ).toBe(0)
    expect(
      claimSimilarity(
        RANGE,
        'The missiles flew 650 miles before falling into the sea, the Joint Chiefs of Staff said.',
      ),
    ).toBe(0)
    expect(
      claimSimilarity(
        RANGE,
        'The missiles flew before falling into the sea, the Joint Chiefs of Staff said.',
      ),
    ).toBe(0)
  })
})

describe('finding the same claim in other articles', () => {
  it('returns matching sentences of other articles with their offsets, best first, and not the claim’s own', () => {
    const ownText = `Tensions rose again. ${RANGE} Talks are planned.`
    const own = storeArticle(db, { title: 'Own', text: ownText })
    const sameText =
      'Launch day. The missiles flew 650 km before falling into the sea, the Joint Chiefs of Staff said. More later.'
    const same = storeArticle(db, { title: 'Wire copy', text: sameText })
    const reworded =
      'The Joint Chiefs of Staff said the missiles flew 650 kilometres before they fell into the sea.'
    const second = storeArticle(db, { title: 'Paper', text: `Analysis.\n\n${reworded}` })
    storeArticle(db, {
      title: 'Other figure',
      text: 'The missiles flew 600 kilometers before falling into the sea, the Joint Chiefs of Staff said.',
    })
    storeArticle(db, { title: 'Unrelated', text: 'The sea was calm and the chiefs of staff met for lunch.' })
    storeArticle(db, { title: 'Elsewhere', text: 'Farmers expect a good harvest this year.' })

    const start = ownText.indexOf(RANGE)
    const found = findSameClaims(db, { articleId: own, start, end: start + RANGE.length })
    expect(found.map((f) => f.title)).toEqual(['Wire copy', 'Paper'])
    expect(found[0]).toMatchObject({
      articleId: same,
      similarity: 1,
      start: sameText.indexOf('The missiles'),
    })
    expect(sameText.slice(found[0].start, found[0].end)).toBe(found[0].text)
    expect(found[0].text).toBe(
      'The missiles flew 650 km before falling into the sea, the Joint Chiefs of Staff said.',
    )
    expect(found[1]).toMatchObject({ articleId: second, text: reworded })
    expect(found[1].similarity).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD)
    expect(found[1].similarity).toBeLessThan(1)
  })

  it('compares the sentences of at most maxArticles shortlisted articles', () => {
    const own = storeArticle(db, { title: 'Own', text: RANGE })
    for (let i = 0; i < 3; i++) storeArticle(db, { title: `Copy ${i}`, text: RANGE })
    const claim = { articleId: own, start: 0, end: RANGE.length }
    expect(findSameClaims(db, claim)).toHaveLength(3)
    expect(findSameClaims(db, claim, { maxArticles: 2 })).toHaveLength(2)
    expect(findSameClaims(db, claim, { maxArticles: 1 })).toHaveLength(1)
  })
})
