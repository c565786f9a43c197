/**
 * Clause-level features of check-worthiness for claims without numbers: short, unhedged statements
 * that someone did something checkable ("They sold off the ferry line", "She raised fees on small
 * farms"), that money changed hands ("The mayor got a million dollars from the builders", "I never
 * got any money from the lobby"), that something is going on ("Fewer families are losing their
 * homes", "The port is paying"), that something is a first ("That has not happened before"), what
 * a named actor stands for or is doing, a comparison or rank without numbers, a passive record or
 * rule, one's achievement, or a named law. Plain regular expressions over a hand-made lexicon of
 * checkable verbs: cheap enough to run on every sentence. They were written while reading
 * CheckThat! dev and dev-test (see claims.ts); the examples here are made up.
 */

/**
 * A pattern tried only when a cheap necessary condition holds: `gate` must match every text that
 * `pattern` matches (the words the pattern cannot do without), so the answer is the same, sooner.
 */
const gated = (gate: RegExp, pattern: RegExp): { test(s: string): boolean } => ({
  test: (s) => gate.test(s) && pattern.test(s),
})

/** Verbs of checkable actions, in the forms that report a fact (past, present, progressive). */
const FACT_VERBS = [
  'took (?:over|away|out|down|back)?',
  'taken',
  'takes',
  // not "I was raised on a farm" (brought up)
  '(?<!\\b(?:I|we|he|she|they) (?:was|were) )raised',
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

/** Money changing hands, reported rather than wished: "got two million dollars". */
const MONEY_FLOW = gated(
  /\b(?:money|dollars|penny|pennies|cash|taxes|tax)\b/i,
  /(?<!\b(?:to|will|would|should|could|can|must|gonna|'ll|’ll) (?:\w+ )?)\b(?:got|paid|pays|paying|received|receives|taken|took|made|makes|make|gave|gives|spent|owes|owed)\b[^.?!;]{0,40}\b(?:money|dollars|penny|pennies|cash|taxes|tax)\b/i,
)

/** A denial of one's own record: "I have never said …", "she has not paid …". */
const DENIAL =
  /\b(?:I|we|he|she|they|you)(?:['’]ve| have| has| had)? (?:never|not) (?:said|got|gotten|taken|took|paid|voted|supported|opposed|called|made|received|met)\b/

/** Something going on now: "families are losing", "the port is paying", "are being shut". */
const ONGOING =
  /\b(?:are|is|were|was)(?: (?:now|still|already|not|also))? (?:being )?(?:dying|paying|contracting|losing|leaving|closing|killing|rising|falling|growing|dropping|going (?:up|down)|torn|ripped|shut|laid off|released|separated)\b/i

/** A first or a never-before: "for the first time", "that has not happened before". */
const FIRST_EVER =
  /\b(?:never|not) happened\b|\b(?:nobody|no one)(?:['’]s| has)? ever\b|\bfor the first time\b/i

/** Words with their first letter in either case: "president" → "[Pp]resident". */
const anyCase = (words: string): string => words.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`)

/**
 * A named or specific actor: a third-person pronoun, a capitalised name, or a public body or office
 * ("the governor", "the administration", "Parliament", "our navy"), maybe with an aside.
 */
const ACTOR = `(?:${anyCase('he|she|they')}|(?!(?:I|We|You|It|This|That|There|What|Why|How|If|When|And|But|So|Now|Well|Look|Yes|No|Then)\\b)[A-Z][\\p{L}’'.-]+(?: [A-Z][\\p{L}’'.-]+)*|(?:${anyCase('the|our|your|their|his|her|this|that')}) (?:${anyCase('president|government|administration|congress|senate|house|governor|senator|mayor|party|democrats|republicans|military|country|state|city|court|agency|department|company|companies|countries|union|unions|bank|banks')}|[a-z]+ (?:countries|governments|companies|officials|leaders)))(?:, [^,]{1,25},)?`

/** What a specific actor stands for or holds: "She still refuses to…", "the governor has no plan", "they support…". */
const STANCE = new RegExp(
  `(?:^\\W*|[,;:—–-]\\s*|\\b(?:${anyCase('and|but|so|that|because|where|while|whereas')})\\s+)${ACTOR}(?: (?:still|never|always|even|actually|already|also|now|thus far|so far|repeatedly|consistently|openly|publicly))* (?:supports?|opposes?|refuses? to|refused to|favou?rs|backs|calls? for|called for|wants? to (?:cut|raise|ban|end|eliminate|abolish|defund|take away|get rid|increase|reduce|close|repeal|privatize)|has no|have no|had no|does(?:n['’]t| not) have|did(?:n['’]t| not) have|denies|denied|thinks(?! (?:about|of)\\b)|believes(?! in\\b)|admitted|knew)\\b`,
  'u',
)

/** A specific actor doing something now: "The Northern League is still blocking the road", "they're dredging the bay". */
const ACTOR_ONGOING = new RegExp(
  `(?:^\\W*|[,;:—–-]\\s*|\\b(?:${anyCase('and|but|so|that|because|where|while|whereas')})\\s+)${ACTOR}(?:['’](?:s|re)| (?:is|are|was|were|has been|have been))(?: (?:still|now|already|currently|actually|even|also))* (?!(?:going|trying|talking|saying|looking|doing|getting|coming|thinking|hoping|working|asking|telling|running)\\b)[a-z]{3,}ing\\b`,
  'u',
)

/** A comparison without numbers: "training more nurses than we are", "than any other county". */
const COMPARATIVE_THAN = gated(
  /\bthan\b|\b(?:ahead|behind) of\b/iu,
  /\b(?!(?:rather|other|sooner|over|ever|never|whether|either|neither|together|under|after|later|longer|number|member|power|order|answer|matter|better|worse)\b)(?:more|less|fewer|[a-z]{3,}er)\b(?: [\p{L}’'-]+){0,8}? than (?!I\b|me\b|you\b|ever\b|that\b|this\b|what\b|light\b)|\bthan (?:any|every|all) (?:other )?[\p{L}-]+|\b(?:well |far )?(?:ahead|behind) of (?:any|every|all|the rest)\b/iu,
)

/**
 * A rank that can be checked: "number one in", "one of the few counties", "the first mayor in the
 * history of", "the largest … ever". Not "one of the finest" (praise).
 */
const RANK = gated(
  /\bnumber one\b|\bone of\b|\bhistory of\b|\bever\b/iu,
  /\bnumber one (?:in|on|for)\b|\bone of (?:the |only )?(?:few|only|two|three|handful)\b|\bin the history of (?:the|this|our|my|his|her|their|your) (?:state|country|nation|city|party|senate|congress|company)\b|\b(?:[a-z]{3,}est|first|only) (?:[a-z]+ ){1,4}?ever\b(?! (?:known|seen|been|had|made))/iu,
)

/** A rule or a record in the passive: "cannot be sold until", "has been approved", "has been vetoed". */
const PASSIVE_RECORD =
  /\b(?:can['’]?t|cannot|can not|must not|may not)(?: even)? be (?:[a-z]{3,}(?:ed|en)|sold|bought|paid|built|spent|sent|held|made|kept|cut|shut|set|put)\b|\b(?:is|are) (?:required|prohibited|banned|forbidden|not allowed) (?:to|by|from)\b|\bagainst the law\b|\b(?:has|have|had|['’]s|is|are|was|were)(?: (?:already|now|just|also|all|never|not))* (?:been|gotten|got) (?:[a-z]+ly )?(?:passed|approved|endorsed|signed|funded|vetoed|repealed|ratified|enacted|cut|raised|banned|rejected|blocked|indicted|convicted|charged|sued|investigated|fired|impeached)\b|\b(?:it|that|this|the [a-z]+)['’]?s? (?:has )?gone through\b/i

/** One's achievement: "I got the bill passed", "we are now water independent", "we closed the landfill". */
const OWN_ACHIEVEMENT =
  /\b(?:I|we)(?: have| had|['’]ve)?(?: already| also| just| finally)? (?:got|gotten) [\p{L}’' ,-]{2,60}? (?:done|passed|approved|through)\b|\bwe(?:['’]re| are)(?: now)? (?:\w+ )?independent\b|\b(?:I|we) (?:terminated|ended|eliminated|repealed|rebuilt|defeated|vetoed|abolished|banned|closed|saved|created|fixed) (?:it|them|that|our|the)\b/u

/** A named law, pact or programme: "the Clean Harbours Act", "the Baltic Accord", "an executive order". */
const POLICY_NAME =
  /\b[A-Z][\p{L}-]+ (?:[A-Z][\p{L}-]+ )*(?:Act|Accords?|Agreement|Deal|Amendment|Treaty|Pact|Doctrine|Initiative|Bill|Care)\b|\b(?:individual mandate|executive orders?|constitutional amendment|[a-z]+ rights (?:legislation|law|act)|[a-z]+ bill|tariffs?|regulations?)\b/u

export interface ClauseFeatures {
  factClause: boolean
  moneyFlow: boolean
  denial: boolean
  ongoing: boolean
  firstEver: boolean
  stance: boolean
  actorOngoing: boolean
  comparative: boolean
  rank: boolean
  passiveRecord: boolean
  ownAchievement: boolean
  policyName: boolean
}

/** The clause features of one sentence; a question never has a fact clause. */
export function clauseFeatures(s: string, question: boolean): ClauseFeatures {
  return {
    factClause: !question && FACT_CLAUSE.test(s),
    moneyFlow: MONEY_FLOW.test(s),
    denial: DENIAL.test(s),
    ongoing: ONGOING.test(s),
    firstEver: FIRST_EVER.test(s),
    stance: !question && STANCE.test(s),
    actorOngoing: !question && ACTOR_ONGOING.test(s),
    comparative: COMPARATIVE_THAN.test(s),
    rank: RANK.test(s),
    passiveRecord: !question && PASSIVE_RECORD.test(s),
    ownAchievement: !question && OWN_ACHIEVEMENT.test(s),
    policyName: POLICY_NAME.test(s),
  }
}
