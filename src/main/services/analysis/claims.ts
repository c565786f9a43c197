/**
 * Check-worthiness of one sentence: a transparent feature scorer. Each feature adds or takes a
 * hand-set weight; the sum goes through a logistic curve to a 0..1 score, and the reasons list
 * says which features fired. Quantities, statistics, comparisons, events with a time or place,
 * attributions, causal and predictive statements raise it; questions, pleasantries, first-person
 * opinion and instructions lower it. Hedges (may, reportedly, is seen as) are noted.
 */
import type { SentenceScore } from '../../../shared/model/analysis'
import { HEDGES, MONTHS, PLEASANTRY, STRONG_CUES, WEEKDAYS } from './lexicons'
import { checkUnitPairs } from './numbers'

export const CHECKWORTHY_THRESHOLD = 0.5

const re = (s: string, flags = 'i'): RegExp => new RegExp(s, flags)

const QUANTITY =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|double|twice|triple)\b/i
const STATISTIC =
  /%|\bper ?cent\b|\bpercentage\b|\brate\b|\baverage\b|\bmedian\b|\bmajority\b|\bpoll(?:s|ed|ing)?\b|\bsurvey\b|\bGDP\b|\bunemployment\b|\bdeficit\b|\bdebt\b|\bbudget\b|\btax(?:es)?\b|\bwages?\b|\bincome\b|\bprices?\b|\bcosts?\b|\bfunding\b|\bper capita\b/i
const COMPARISON =
  /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|worse|better) than\b|\b(?:most|least|largest|biggest|highest|lowest|fastest|slowest|worst|best|first|last|only)\b|\b\w{3,}est\b|\brecord\b|\bsince (?:\d{4}|the)\b|\b(?:doubled?|tripled?|halved|increased?|decreased?|rose|risen|fell|fallen|dropped|grew|grown|declined|surged|soared|plunged|up|down) (?:by|from|to)\b|\btimes (?:as|more)\b/i
const TIME = re(
  `\\b(?:${WEEKDAYS}|${MONTHS})\\b|\\b(?:1[89]|20)\\d{2}\\b|\\b(?:yesterday|last (?:week|month|year|night)|ago|a\\.m\\.|p\\.m\\.|this (?:week|month|year)|in (?:the )?(?:spring|summer|fall|autumn|winter))\\b`,
)
const PLACE_PREP = /\b(?:in|from|at|to|into|across|near|off) (?:the )?[A-Z][\p{L}’'-]+/u
const CAUSAL =
  /\b(?:because|due to|caused|causes|causing|led to|leads to|result(?:ed|s)? in|as a result|therefore|thanks to|owing to|blamed|responsible for|so that)\b/i
const PREDICTION =
  /\b(?:will|won['’]t|going to|gonna|expected to|expects?|forecasts?|predicts?|projected|projections?|likely to|set to|plans? to|intends? to|would)\b/i
const ATTRIBUTION = re(
  `\\b(?:according to|${[...STRONG_CUES].filter((c) => /^(?:said|says|told|reported|reports|announced|confirmed|stated|claimed|wrote|warned|added|tweeted|noted|estimated|found|showed|revealed)$/.test(c)).join('|')})\\b`,
)
const EVENT_VERB =
  /\b(?:launch(?:ed|es)?|fired|arrived|met|signed|voted|passed|killed|died|attacked|invaded|won|lost|elected|appointed|resigned|announced|approved|rejected|banned|closed|opened|raised|cut|spent|paid|built|created|destroyed|sent|deployed|tested|fired|arrested|charged|convicted|sued|indicted|imposed|sanctioned|released|launched|struck|bombed|seized|captured|withdrew|invested|funded|donated|received|earned|owed|borrowed|lent|sold|bought|exported|imported|produced|traveled|travelled|visited|hosted|held|shot|injured|wounded|evacuated|fled|crashed|exploded|collapsed|failed|tried|vetoed|repealed|enacted|ratified|took away|got rid|shut down|supported|opposed|proposed|increased|decreased|doubled|tripled|lowered|reduced|expanded|contracted|gave|took|made|did|has never|have never|never|always)\b/i
const NAMED = /(?:^|[^.!?]\s)(?!I\b)[A-Z][\p{L}’'-]+/u
const QUESTION = /\?\s*["”’']*\s*$/
const FIRST_PERSON_OPINION =
  /\b(?:I|we)(?:['’]m| am| are|['’]re)? (?:think|believe|feel|hope|want|wish|love|like|guess|suppose|mean|know|see|agree|disagree|going to|gonna|will|would|can|could|should|must|need|have to)\b|\bin my (?:opinion|view)\b|\blet me\b|\blet['’]s\b|\bI['’]ll\b|\bwe['’]ll\b|\bI['’]d\b|\bI['’]ve (?:said|been|always|never)\b/i
const IMPERATIVE =
  /^\W*(?:let|look|take|go|please|don['’]t|do not|listen|imagine|think about|remember|tell|ask|give|come|say|wait|stop|excuse)\b/i
const OPINION =
  /\b(?:great|terrible|wonderful|horrible|disaster|disastrous|amazing|awful|ridiculous|stupid|beautiful|incredible|fantastic|tremendous|nasty|sad|pathetic|shameful|disgrace(?:ful)?|wrong|right|good|bad|best|worst|smart|weak|strong|tough|nice|crazy|absurd|outrageous|fair|unfair|important|clear|obvious|fine)\b/i
const VAGUE_FILLER = /^\W*(?:and|but|so|well|now|look|yes|no|okay|ok|oh|uh|um|you know|by the way)\b/i

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Scores one sentence (the same scorer `analyze` applies to each sentence). */
export function scoreSentence(sentence: string): SentenceScore {
  const s = sentence.trim()
  const reasons: string[] = []
  let x = -1.6
  const words = s.split(/\s+/).filter(Boolean).length
  if (!s || !/[\p{L}\p{N}]/u.test(s)) return { score: 0, checkworthy: false, reasons: ['empty'] }
  if (PLEASANTRY.test(s.replace(/^[“"‘']/, ''))) {
    return { score: 0.05, checkworthy: false, reasons: ['pleasantry'] }
  }
  const quantity = QUANTITY.test(
    s.replace(/\b(?:one of|no one|someone|anyone|everyone|one day|one thing|one more|the one)\b/gi, ''),
  )
  if (quantity) {
    x += 1.7
    reasons.push('quantity')
  }
  if (STATISTIC.test(s)) {
    x += 0.8
    reasons.push('statistic')
  }
  if (COMPARISON.test(s)) {
    x += 0.6
    reasons.push('comparison')
  }
  const time = TIME.test(s)
  const place = PLACE_PREP.test(s)
  const event = EVENT_VERB.test(s)
  if (event) {
    x += 0.9
    reasons.push('event')
  }
  if (time) {
    x += 0.6
    reasons.push('time')
  }
  if (place) {
    x += 0.4
    reasons.push('place')
  }
  if (NAMED.test(s)) {
    x += 0.4
    reasons.push('named entity')
  }
  if (ATTRIBUTION.test(s)) {
    x += 0.5
    reasons.push('attribution')
  }
  if (CAUSAL.test(s)) {
    x += 0.3
    reasons.push('causal')
  }
  if (PREDICTION.test(s)) {
    x += 0.1
    reasons.push('prediction')
  }
  for (const [pattern, name] of HEDGES)
    if (pattern.test(s)) {
      reasons.push(`hedge:${name}`)
      break
    }
  if (QUESTION.test(s)) {
    x -= 1.8
    reasons.push('question')
  }
  if (FIRST_PERSON_OPINION.test(s)) {
    x -= 0.9
    reasons.push('first-person opinion')
  }
  if (IMPERATIVE.test(s)) {
    x -= 1.0
    reasons.push('instruction')
  }
  if (OPINION.test(s) && !quantity) {
    x -= 0.4
    reasons.push('opinion')
  }
  if (VAGUE_FILLER.test(s) && words < 8) x -= 0.4
  if (words < 5) {
    x -= 1.0
    reasons.push('short')
  } else if (words >= 12) x += 0.3
  for (const pair of checkUnitPairs(s))
    reasons.push(
      pair.consistent
        ? `numbers:consistent ${pair.text}`
        : `numbers:inconsistent ${pair.text} (${pair.first.value} ${pair.first.unit} = ${pair.converted} ${pair.second.unit})`,
    )
  const score = Math.round(sigmoid(x) * 1000) / 1000
  return { score, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons }
}
