/**
 * Clause-level features of check-worthiness for claims without numbers: short, unhedged statements
 * that someone did something checkable ("They took over the submarine port", "He raised taxes on
 * the middle class"), that money changed hands ("Joe got three and a half million dollars", "I
 * never got any money from Russia"), that something is going on ("Far fewer people are dying",
 * "China is paying"), or that something is a first ("That's never happened before"). Plain regular
 * expressions over a hand-made lexicon of checkable verbs: cheap enough to run on every sentence.
 */

/** Verbs of checkable actions, in the forms that report a fact (past, present, progressive). */
const FACT_VERBS = [
  'took (?:over|away|out|down|back)?',
  'taken',
  'takes',
  'raised',
  'raises',
  'paid',
  'pays',
  'paying',
  'prepaid',
  'sold',
  'sells',
  'selling',
  'closed',
  'closes',
  'banned',
  'bans',
  'terminated',
  'passed',
  'allowed',
  'allows',
  'saved',
  'brought (?:back|down|in|home)?',
  'guaranteed',
  'released',
  'lost',
  'loses',
  'losing',
  'killed',
  'kills',
  'killing',
  'shipped',
  'cost',
  'costs',
  'doubled',
  'tripled',
  'voted',
  'votes',
  'signed',
  'built',
  'created',
  'creates',
  'hired',
  'fired',
  'owed',
  'owes',
  'spent',
  'spends',
  'spending',
  'cut',
  'cuts',
  'shut (?:down)?',
  'died',
  'dies',
  'dying',
  'contracting',
  'invested',
  'funded',
  'stole',
  'steals',
  'sent',
  'sends',
  'left',
  'supported',
  'supports',
  'refused',
  'refuses',
  'opposed',
  'opposes',
  'ignored',
  'ignores',
  'blocked',
  'blocks',
  'invaded',
  'attacked',
  'withdrew',
  'withholds',
  'withheld',
  'lied',
  'received',
  'receives',
  'earned',
  'borrowed',
  'endorsed',
  'approved',
  'rejected',
  'vetoed',
  'reduced',
  'increased',
  'lowered',
  'imported',
  'exported',
  'produced',
  'investigated',
  'indicted',
  'charged',
  'sued',
  'arrested',
  'deported',
  'separated',
  'destroyed',
  'inherited',
  'walked out',
  'came out',
  '(?:torn|ripped|tore) down',
  'gave',
  'gives',
].join('|')

const SUBJECT =
  "(?:he|she|they|we|you|i|it|[A-Z][\\p{L}’'.-]+|(?:far |many |much )?(?:more|fewer|less) [\\p{L}’'-]+|(?:the|this|that|his|her|their|our|your|my|these|those|some|many|most) [\\p{L}’'-]+(?: [\\p{L}’'-]+)?)"

/**
 * Someone did (or does) something checkable: a subject, auxiliaries, a negation or adverbs, then a
 * verb of the lexicon, at the start of a clause. Not "we've got to", not in a question.
 */
const FACT_CLAUSE = new RegExp(
  `(?:^\\W*|[,;:—–-]\\s*|\\b(?:and|but|so|that|because|who|which)\\s+)${SUBJECT}(?:['’](?:s|ve|re|d))?(?: (?:has|have|had|was|were|is|are|did|does|do|been|being))*(?:n['’]t| not)?(?: (?:never|always|already|just|also|actually|only|even|still|really|totally|basically|absolutely|repeatedly|personally|then|in fact|far|been|being))* (?:${FACT_VERBS})\\b(?! to\\b| a\\b| some\\b| another\\b| very\\b| there\\b)`,
  'iu',
)

/** Money changing hands, reported rather than wished: "got three and a half million dollars". */
const MONEY_FLOW =
  /(?<!\b(?:to|will|would|should|could|can|must|gonna|'ll|’ll) (?:\w+ )?)\b(?:got|paid|pays|paying|received|receives|taken|took|made|makes|make|gave|gives|spent|owes|owed)\b[^.?!;]{0,40}\b(?:money|dollars|penny|pennies|cash|taxes|tax)\b/i

/** A denial of one's own record: "I have never said …", "I have not taken …". */
const DENIAL =
  /\b(?:I|we|he|she|they|you)(?:['’]ve| have| has| had)? (?:never|not) (?:said|got|gotten|taken|took|paid|voted|supported|opposed|called|made|received|met)\b/

/** Something going on now: "people are dying", "China is paying", "are being torn down". */
const ONGOING =
  /\b(?:are|is|were|was)(?: (?:now|still|already|not|also))? (?:being )?(?:dying|paying|contracting|losing|leaving|closing|killing|rising|falling|growing|dropping|going (?:up|down)|torn|ripped|shut|laid off|released|separated)\b/i

/** A first or a never-before: "for the first time", "that's never happened before". */
const FIRST_EVER =
  /\b(?:never|not) happened\b|\b(?:nobody|no one)(?:['’]s| has)? ever\b|\bfor the first time\b/i

export interface ClauseFeatures {
  factClause: boolean
  moneyFlow: boolean
  denial: boolean
  ongoing: boolean
  firstEver: boolean
}

/** The clause features of one sentence; a question never has a fact clause. */
export function clauseFeatures(s: string, question: boolean): ClauseFeatures {
  return {
    factClause: !question && FACT_CLAUSE.test(s),
    moneyFlow: MONEY_FLOW.test(s),
    denial: DENIAL.test(s),
    ongoing: ONGOING.test(s),
    firstEver: FIRST_EVER.test(s),
  }
}
