/**
 * Check-worthiness of one sentence. Hand-written patterns name the cues a sentence shows
 * (`sentenceCues`): quantities, statistics, comparisons and records, trends, past actions and
 * someone's record, present states, legislation and votes, events with a time or place,
 * attributions and causes; questions, pleasantries, first-person opinion, promises, personal
 * anecdotes, instructions and short sentences. Clause features (claimFeatures.ts) add short
 * factual claims without numbers. The cues and the sentence's hashed n-grams go to a fitted
 * logistic regression (claimModel.ts, weights in claimWeights.json), whose calibrated output is
 * the score; the reasons list says which cues fired, for the reader.
 *
 * What was tuned on what: the patterns were written while reading CheckThat! 2024 dev and
 * dev-test sentences, so both are seen data for them. The weights, the calibration and the
 * threshold are fitted on dev only, by `npm run train:claims` (choices by cross-validation).
 * The examples in these comments are made up.
 */
import type { SentenceScore } from '../../../shared/model/analysis'
import { HEDGES, MONTHS, PLEASANTRY, STRONG_CUES, WEEKDAYS } from './lexicons'
import { clauseFeatures } from './claimFeatures'
import { checkUnitPairs } from './numbers'
import { claimScorer, type ClaimModelFile } from './claimModel'
import weights from './claimWeights.json'
import { DEFAULT_CLAIM_THRESHOLD } from '../../../shared/model/claimThreshold'

const CLAIM_MODEL = claimScorer(weights as ClaimModelFile)

/**
 * The default cut-off, chosen on out-of-fold predictions when the model was fitted; the reader's
 * slider starts there too, so it lives in shared code beside the weights' own copy.
 */
export const CHECKWORTHY_THRESHOLD = DEFAULT_CLAIM_THRESHOLD

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
/** A capitalised word after the first one (the first is capitalised anyway). */
const NAMED_INNER = /[^.!?\s]\s+(?!I\b|I['’])(?:[A-Z][\p{L}’'.-]+)/u
const QUESTION = /\?\s*["”’']*\s*$/
const FIRST_PERSON_OPINION =
  /\b(?:I|we)(?:['’]m| am| are|['’]re)? (?:think|believe|feel|hope|want|wish|love|like|guess|suppose|mean|know|see|agree|disagree|going to|gonna|will|would|can|could|should|must|need|have to)\b|\bin my (?:opinion|view)\b|\blet me\b|\blet['’]s\b|\bI['’]ll\b|\bwe['’]ll\b|\bI['’]d\b|\bI['’]ve (?:said|been|always|never)\b/i
const IMPERATIVE =
  /^\W*(?:let|look(?!,)|take|go|please|don['’]t|do not|listen(?!,)|imagine|think about|remember|tell|ask|give|come|say|wait|stop|excuse(?! me,))\b/i
const OPINION =
  /\b(?:great|terrible|wonderful|horrible|disaster|disastrous|amazing|awful|ridiculous|stupid|beautiful|incredible|fantastic|tremendous|nasty|sad|pathetic|shameful|disgrace(?:ful)?|wrong|right|good|bad|best|worst|smart|weak|strong|tough|nice|crazy|absurd|outrageous|fair|unfair|important|clear|obvious|fine)\b/i
const VAGUE_FILLER = /^\W*(?:and|but|so|well|now|look|yes|no|okay|ok|oh|uh|um|you know|by the way)\b/i

/** Past actions and states: irregular past tenses and regular -ed forms after a subject. */
const IRREGULAR_PAST =
  'took|gave|made|did|went|came|got|lost|won|beat|paid|sent|built|left|brought|kept|held|ran|spent|sold|bought|led|met|put|set|cut|hit|let|shut|saw|knew|became|began|wrote|stood|fought|threw|drove|rose|fell|grew|chose|broke|spoke|stole|sought|taught|caught|fled|froze|swore|tore|hid|bent|lent|dealt|meant|paid|said|told|thought|found|gone|done|given|taken|seen|known|grown|fallen|risen|written|spoken|chosen|broken|stolen|torn'
const PAST_ACTION = new RegExp(
  `\\b(?:he|she|they|we|you|it|i|[A-Z][\\p{L}’'.-]+|(?:the|this|that|his|her|their|our|my|your) [\\p{L}’'-]+(?: [\\p{L}’'-]+)?)(?:['’]s|['’]ve| has| have| had| was| were)?(?: (?:never|not|already|just|also|actually|only|even|still|really|totally|basically|absolutely|repeatedly|in fact))? (?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`,
  'iu',
)
const PERFECT =
  /\b(?:has|have|had|['’]s|['’]ve)(?: (?:never|not|already|just|also|only|ever|been))? (?:[a-z]{3,}ed|taken|given|done|made|gone|seen|grown|fallen|risen|lost|won|paid|spent|cut|brought|kept|sent|built)\b/i
/** Trend: a quantity that went up or down, more or fewer. */
const TREND =
  /\b(?:increase[sd]?|decrease[sd]?|(?<!\b(?:I|we|he|she|they) (?:was|were) )rais(?:e|ed|es|ing)|rising|rose|risen|fell|fallen|falling|drop(?:ped|s)?|doubled|tripled|halved|quadrupled|cut|slashed|lower(?:ed)?|reduc(?:e|ed|es|ing)|grew|grown|growing|expand(?:ed|s)?|shr[ua]nk|declin(?:e|ed|es|ing)|surged?|soared|plunged|went (?:up|down)|(?:is|are|was|were|been|gone|go) (?:not |way |dramatically |substantially )?(?:up|down)|brought (?:\w+ )?down|skyrocket(?:ed|ing)?|lost|created|added|fewer|more and more|spik(?:e|es|ed))\b/i
/** A record or extreme: "the largest since 1990", "for the first time in decades", "than any". */
const SUPERLATIVE =
  /\b(?:the (?:\w+ )?(?:largest|biggest|highest|lowest|greatest|smallest|fastest|slowest|worst|best|most|least|first|only)\b|since (?:the )?[A-Z\d]|in (?:\w+ )?(?:history|decades|years|a century|the world)|than any|ever (?:been|seen|had|recorded)|nobody['’]s ever|never before|record)/u
/** Desires, promises and plans: future talk without a fact. */
const PROMISE =
  /\b(?:I|we)(?:['’]ll| will| would| want to| need to| have to| must| should| ought to| plan to| intend to| hope to| promise| am going to| are going to|['’]m going to|['’]re going to|['’]d like to| will be)\b|\b(?:we|you|they) (?:need|have|ought|must) to\b|\bwe['’]ve got to\b|\bI ask (?:for )?(?:you|your)\b|\bmy (?:plan|proposal|program|policy) (?:is|will|would)\b/i
/** A campaign pledge's condition: "if we win", "when I am elected", "as president I will". */
const IF_ELECTED =
  /\bif (?:I|we)(?:['’]m| am| are|['’]re)? (?:get )?(?:elected|the president|president|become president|win)\b|\bwhen I(?:['’]m| am) (?:president|elected)\b|\bas president,? I\b/i
/** A personal anecdote: "I was in Lisbon", "my brother", "I recall". */
const ANECDOTE =
  /\b(?:I remember|I recall|I was (?:in|at|with|born|raised)|I met (?:with )?(?:a|an|this|some)|my (?:grandmother|grandfather|mother|father|mom|dad|wife|husband|son|daughter|family|friend|kids|children|brother|sister)|I grew up|I've (?:met|talked|seen|traveled|been to)|we ate|I saw a|I was raised|(?:since|when) I was (?:a (?:kid|child|boy|girl|young)|young|growing up|little)|a (?:woman|man|young man|young woman|lady|fellow|guy|mother|father|mom|dad|girl|boy) (?:who )?(?:came up|grabbed|walked up|stood up))\b/i
/** Plain assertions of fact: "the fact is", "the figures show". */
const ASSERTIVE =
  /\b(?:the fact is|in fact|the truth is|the reality is|as a matter of fact|the record shows|the (?:numbers|facts|statistics|data) show)\b/i
const NEGATED_STATE =
  /\b(?:he|she|they|it|[A-Z][\p{L}’'-]+)(?:['’]s| has| have| had| is| was| does| did)(?:n['’]t| not| never| no)\b|\b(?:has|have|had) (?:never|no)\b|\bnot a single\b|\bnobody\b|\bno one\b|\bnone of\b/u
/** The sentence is about a third party: "She has always…", "Norway is…", "The pact does…". */
const THIRD_PARTY_SUBJECT =
  /^\W*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Ww]ell|[Nn]ow|[Ll]ook|[Yy]es|[Nn]o|[Ii]n fact|[Yy]ou know|[Aa]gain|[Tt]oday|[Ff]rankly)\b[\s,-]*)*(?:[Hh]e|[Ss]he|[Tt]hey|(?!I\b|I['’]|We\b|You\b|It\b|This\b|That\b|There\b|What\b|Why\b|How\b|If\b|When\b|Let\b|Thank\b|Please\b)[A-Z][\p{L}’'.-]+(?: (?:and )?[A-Z][\p{L}’'.-]+)*|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat) (?!(?:point|thing|problem|question|issue|fact|truth|reality|minute|moment|day|time|way|reason|idea|answer|difference|bottom line)\b)[\p{L}-]+(?: [\p{L}-]+)?)(?:['’]s| has| have| had| is| are| was| were| does| did| [a-z]+(?:s|ed))\b/u
/** About someone's record: "She never paid the fine", "You opposed …", "They sold off …". */
const RECORD =
  /\b(?:he|she|they|you|who|which|[A-Z][a-z]+)(?:['’](?:s|ve|re|d))?(?: (?:has|have|had|was|were|is|are|did|does|do))?(?:n['’]t| not)?(?: (?:never|always|already|just|also|actually|only|even|still|really|totally|basically|absolutely|repeatedly|personally|then|in fact))* (?:took|gave|made|went|lost|paid|sent|built|left|brought|kept|held|ran|spent|sold|cut|shut|raised|voted|passed|signed|opposed|supported|agreed|refused|refuses|wants|wanted|offered|said|says|called|calls|tried|blocked|killed|closed|opened|increased|decreased|created|destroyed|handled|encouraged|promised|lied|used|ignored|allowed|failed|fired|hired|added|doubled|tripled|moved|sent|beat|broke|got|did|done|had|has)\b/u
/** One's own record: "We built …", "I have not cut a single school", "I signed the order". */
const OWN_RECORD =
  /\b(?:I|we)(?: have| had|['’]ve)?(?: not| never| already| also| just)? (?:[a-z]{3,}ed|took|got|made|cut|passed|brought|saved|built|created|signed|won|beat|put|gave|sent|kept|paid)\b(?! (?:to|that|you|about|it)\b)/
/** Large amounts and shares: nearly always a factual claim. */
const BIG_NUMBER = /\b(?:millions?|billions?|trillions?|percent|per cent)\b|%/i
/** Legislation and votes: a record that can be checked. */
const LEGISLATIVE =
  /\b(?:vot(?:ed|es|ing)|vote (?:for|against)|bill|legislation|law|amendment|treaty|veto(?:ed)?|filibuster(?:ed)?|repeal(?:ed)?|sanctions?)\b/i
/** Someone else is the topic. */
const THIRD_PERSON = /\b(?:he|she|they|his|her|their|him|them)\b/i
/** A present state: "X is the busiest", "rents are not down", "there are 9 thousand". */
const STATE =
  /\b(?:is|are|was|were|has|have)(?: (?:now|still|not|already|also|actually|only|currently|[a-z]{4,}ly))? (?:the (?:\w+est|most|least|largest|only|first|number)|number one|more|less|fewer|up|down|higher|lower|\d)|\bthere (?:are|were|is|was) (?:\d|more|fewer|over|nearly|almost|about|millions|thousands)/i
const GENERIC_OPENER =
  /^\W*(?:(?:and|but|so|well|now|look|yes|no|okay|oh|uh|um)\b[\s,-]*)*(?:it['’]s|this is|that['’]s|there['’]s|here['’]s) (?:a|an|the|what|why|how|not|about|time|very|so|just|really|all)\b/i

/** The cues of one sentence: the named features that fired (the model's inputs beside the
 * n-grams, see claimModel.ts) and the reasons a reader is shown. */
export interface SentenceCues {
  cues: string[]
  reasons: string[]
}

const EXCEPTIONS_TO_QUANTITY =
  /\b(?:one of|no one|someone|anyone|everyone|one day|one thing|one more|the one|this one|that one|one another|number (?:one|two|three)|one (?:other|individual|reason|way)|two things|a couple|one or two)\b/gi

/** Which cues fire in a sentence (empty or letterless text has none). */
export function sentenceCues(sentence: string): SentenceCues {
  const s = sentence.trim()
  const cues: string[] = []
  const reasons: string[] = []
  if (!s || !/[\p{L}\p{N}]/u.test(s)) return { cues, reasons: ['empty'] }
  const words = s.split(/\s+/).filter(Boolean).length
  const add = (on: boolean, cue: string, reason: string | null): boolean => {
    if (!on) return false
    cues.push(cue)
    if (reason) reasons.push(reason)
    return true
  }
  // Thanks and greetings, unless a claim follows the courtesy ("Sorry, the ferry ran for 30 years").
  add(
    PLEASANTRY.test(s.replace(/^[“"‘']/, '')) && !(words >= 6 && /^\W*(?:excuse me|sorry|please)\b/i.test(s)),
    'pleasantry',
    'pleasantry',
  )
  const quantity = add(QUANTITY.test(s.replace(EXCEPTIONS_TO_QUANTITY, '')), 'quantity', 'quantity')
  add(STATISTIC.test(s), 'statistic', 'statistic')
  const comparison = add(COMPARISON.test(s), 'comparison', 'comparison')
  add(SUPERLATIVE.test(s), 'superlative', 'superlative')
  add(TREND.test(s), 'trend', 'trend')
  if (!add(PAST_ACTION.test(s), 'pastAction', 'past action')) add(PERFECT.test(s), 'perfect', 'past action')
  add(EVENT_VERB.test(s), 'event', 'event')
  add(TIME.test(s), 'time', 'time')
  add(PLACE_PREP.test(s), 'place', 'place')
  add(NAMED_INNER.test(s) || (NAMED.test(s) && !/^\W*(?:[A-Z][a-z]*)\b/.test(s)), 'named', 'named entity')
  add(ATTRIBUTION.test(s), 'attribution', 'attribution')
  add(CAUSAL.test(s), 'causal', 'causal')
  add(ASSERTIVE.test(s), 'assertive', 'assertion')
  add(NEGATED_STATE.test(s), 'negatedState', null)
  add(THIRD_PARTY_SUBJECT.test(s), 'thirdParty', 'third party')
  add(STATE.test(s), 'state', 'state')
  add(RECORD.test(s), 'record', 'record')
  add(BIG_NUMBER.test(s), 'bigNumber', null)
  add(OWN_RECORD.test(s), 'ownRecord', 'record')
  const legislative = add(LEGISLATIVE.test(s), 'legislative', 'legislation')
  add(THIRD_PERSON.test(s), 'thirdPerson', null)
  const question = QUESTION.test(s)
  const clause = clauseFeatures(s, question)
  add(clause.factClause, 'factClause', 'event')
  add(clause.moneyFlow, 'moneyFlow', 'record')
  add(clause.denial, 'denial', 'record')
  add(clause.ongoing, 'ongoing', 'trend')
  add(clause.firstEver, 'firstEver', 'superlative')
  add(clause.stance, 'stance', 'record')
  add(clause.actorOngoing && !clause.ongoing, 'actorOngoing', 'event')
  add(clause.comparative && !comparison, 'comparative', 'comparison')
  add(clause.rank, 'rank', 'superlative')
  add(clause.passiveRecord, 'passiveRecord', 'record')
  add(clause.ownAchievement, 'ownAchievement', 'record')
  add(clause.policyName && !legislative, 'policyName', 'legislation')
  add(PREDICTION.test(s), 'prediction', 'prediction')
  for (const [pattern, name] of HEDGES)
    if (pattern.test(s)) {
      add(true, 'hedge', `hedge:${name}`)
      break
    }
  add(question, 'question', 'question')
  // "I believe 40 ferries sailed …": a hedged fact is still a fact, so the model sees the two
  // together as well as apart.
  const hardFact =
    quantity || clause.factClause || clause.stance || clause.rank || clause.comparative || clause.passiveRecord
  if (add(FIRST_PERSON_OPINION.test(s), 'firstPersonOpinion', 'first-person opinion') && hardFact)
    cues.push('firstPersonOpinionWithFact')
  add(PROMISE.test(s), 'promise', 'promise')
  add(IF_ELECTED.test(s), 'ifElected', 'promise')
  add(ANECDOTE.test(s), 'anecdote', 'anecdote')
  add(IMPERATIVE.test(s), 'instruction', 'instruction')
  add(OPINION.test(s) && !quantity, 'opinion', 'opinion')
  add(GENERIC_OPENER.test(s), 'generic', null)
  add(VAGUE_FILLER.test(s) && words < 8, 'vagueShort', null)
  if (!add(words < 5, 'short', 'short')) add(words >= 12, 'long', null)
  for (const pair of checkUnitPairs(s))
    reasons.push(
      pair.consistent
        ? `numbers:consistent ${pair.text}`
        : `numbers:inconsistent ${pair.text} (${pair.first.value} ${pair.first.unit} = ${pair.converted} ${pair.second.unit})`,
    )
  return { cues, reasons: [...new Set(reasons)] }
}

/** Scores one sentence (the same scorer `analyze` and `score-claims` apply to each sentence). */
export function scoreSentence(sentence: string): SentenceScore {
  const { cues, reasons } = sentenceCues(sentence)
  if (!cues.length && reasons[0] === 'empty') return { score: 0, checkworthy: false, reasons }
  const score = Math.round(CLAIM_MODEL.score(sentence, cues) * 1000) / 1000
  return { score, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons }
}
