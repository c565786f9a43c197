/**
 * Hand-made word lists the analysis rests on: what compromise's lexicon lacks (titles and roles,
 * government bodies, news agencies, state media, think tanks) and the words of attribution
 * (cues, anonymous sources, hedges). All lower case unless said otherwise.
 */

import governmentBodies from './data/governmentBodies.json'
import stateMedia from './data/stateMedia.json'

const lowerNames = (names: string[]): string[] => names.map((n) => n.toLowerCase())

/** Every name in data/governmentBodies.json, lower case. */
const GOVERNMENT_BODIES = new Set(
  lowerNames([
    ...governmentBodies.seatsOfGovernment,
    ...governmentBodies.legislatures,
    ...governmentBodies.agencies,
    ...governmentBodies.international,
    ...governmentBodies.parties,
    ...Object.values(governmentBodies.militaries).flat(),
  ]),
)

const set = (words: string): Set<string> =>
  new Set(
    words
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  )

/**
 * Attribution cues: verbs that introduce speech or writing. `strong` ones attribute whatever
 * follows them in the sentence; `weak` ones only a quote right beside them.
 */
export const STRONG_CUES = set(
  'said|says|say|saying|told|tells|tell|telling|added|adds|adding|warned|warns|warning|wrote|writes|' +
    'write|writing|tweeted|tweets|tweet|tweeting|responded|responds|replied|replies|explained|explains|' +
    'noted|notes|noting|stated|states|declared|declares|insisted|insists|insisting|argued|argues|' +
    'arguing|claimed|claims|claiming|recalled|recalls|announced|announces|acknowledged|acknowledges|' +
    'admitted|admits|complained|complains|concluded|remarked|joked|jokes|quipped|suggested|suggests|' +
    'conceded|concedes|predicted|predicts|urged|urges|stressed|stresses|emphasized|emphasised|' +
    'observed|observes|commented|comments|countered|counters|shouted|yelled|posted|reported|reports|' +
    'reporting|asserted|asserts|contended|contends|maintained|maintains|continued|continues|' +
    'promised|promises|vowed|vows|pledged|pledges|boasted|boasts|charged|charges|alleged|alleges|' +
    'confirmed|confirms|denied|denies|cautioned|cautions|lamented|laments|mused|muses|agreed|' +
    'agrees|insisted|pointed|went|writes|thundered|chanted|chants|chanting|sang|sings|read|reads|' +
    'repeated|repeats|testified|testifies|wondered|wonders|exclaimed|blasted|slammed|touted|touts|' +
    'opined|proclaimed|proclaims|declaring|announcing|explaining|stating|telling|recalling|' +
    'believes|believed|thinks|thought|hopes|hoped|fears|feared|knows|knew|argued|wrote|emailed|' +
    'texted|messaged|retorted|snapped|shot|fired|scoffed|interjected|echoed|echoes|' +
    'advised|advises|reminded|reminds|assured|assures|informed|informs|estimated|estimates|' +
    'calculated|projected|found|finds|showed|shows|learned|learnt|indicated|indicates|' +
    'revealed|reveals|disclosed|discloses|concluding|adding|asking|demanded|pleaded|implored|' +
    'exhorted|begged',
)

/** Cues that only attribute a quote directly beside them ("called it “…”", "asked, “…”"). */
export const WEAK_CUES = set(
  'asked|asks|ask|called|calls|calling|described|describes|describing|dubbed|labeled|labelled|' +
    'branded|termed|deemed|put|puts|began|begins|concluded|ended|summed|offered|offers|wrote|' +
    'answered|answers|cried|whispered|sighed|laughed|smiled|shrugged|' +
    'says|said|noted|added|tweeted|posted|writes|dismissed|dismisses|mocked|mocks|praised|praises|' +
    'criticized|criticizes|accused|accuses|blamed|blames|referred|refers|hailed|hails|decried|decries|' +
    'denounced|denounces|condemned|condemns|attacked|attacks|rejected|rejects|urging|vowing|' +
    'promising|pledging|warning|insisting|arguing|claiming|saying|called|calls|labeled|characterized|' +
    'characterizes|portrayed|portrays|touted|vowed|promised|urged|pledged',
)

/** Verbs of speech that never attribute a quote (the quoted words are their object, not speech). */
export const CUE_PHRASES: readonly string[] = [
  'according to',
  'in a statement',
  'in an interview',
  'in a tweet',
  'in a post',
  'in remarks',
  'in a speech',
  'in an email',
  'in a letter',
  'in a report',
  'in a memo',
]

/** Auxiliaries and adverbs that may stand between a speaker and the cue ("has repeatedly warned"). */
export const CUE_GAP = set(
  'has|have|had|was|were|is|are|be|been|being|could|would|will|shall|should|can|may|might|must|' +
    'did|does|do|also|repeatedly|later|then|previously|recently|once|again|just|further|quickly|' +
    'publicly|privately|often|frequently|simply|flatly|bluntly|angrily|openly|reportedly|' +
    'heard|seen|quoted|as|not|never|even|still|already|first|last|separately|earlier|' +
    'initially|subsequently|finally|eventually|immediately|sharply|strongly|firmly|loudly|' +
    'softly|quietly|pointedly|tersely|jokingly|bluntly|candidly|similarly|likewise|too|' +
    'himself|herself|themselves|itself|went|on|to|famously|notably|',
)

/**
 * Personal pronouns that can stand for a speaker, with the number they agree with. A null
 * prototype, so that `word in PRONOUNS` holds for pronouns only (not for "constructor").
 */
export const PRONOUNS: Record<string, 'singular-person' | 'plural' | 'thing'> = Object.assign(
  Object.create(null),
  {
    he: 'singular-person',
    she: 'singular-person',
    him: 'singular-person',
    her: 'singular-person',
    they: 'plural',
    it: 'thing',
    i: 'singular-person',
    we: 'plural',
  },
)

/** Heads of noun phrases that name a role or a title (the president, a spokeswoman …). */
export const ROLE_NOUNS = set(
  'president|vice president|leader|prime minister|premier|chancellor|minister|secretary|' +
    'spokesman|spokeswoman|spokesperson|spokespeople|senator|congressman|congresswoman|' +
    'representative|governor|mayor|chairman|chairwoman|chair|director|ambassador|envoy|' +
    'general|admiral|commander|chief|official|officer|lawmaker|legislator|candidate|nominee|' +
    'professor|fellow|analyst|researcher|scholar|expert|economist|strategist|adviser|advisor|' +
    'aide|counselor|attorney|lawyer|judge|justice|prosecutor|diplomat|king|queen|prince|' +
    'emperor|dictator|ruler|head|founder|ceo|executive|manager|editor|reporter|correspondent|' +
    'journalist|anchor|host|columnist|author|writer|historian|scientist|doctor|physician|' +
    'pollster|consultant|operative|organizer|activist|campaigner|advocate|critic|supporter|' +
    'chairperson|speaker|whip|clerk|sheriff|chief of staff|press secretary|campaign manager|' +
    'deputy|member|delegate|surrogate|pastor|bishop|pope|cardinal|rabbi|imam|coach|owner|' +
    'founder|partner|president-elect|student|teacher|resident|voter|witness|officer|soldier|' +
    'colonel|captain|lieutenant|sergeant|major|inspector|commissioner|administrator|' +
    'superintendent|treasurer|comptroller|auditor|regulator|negotiator|mediator|observer|' +
    'monitor|investigator|detective|agent|source|insider|person|man|woman|worker|employee|' +
    'staffer|official|functionary|cadre|chief executive|board member|trustee|' +
    'businessman|businesswoman|billionaire|mogul|tycoon|announcer|narrator|contender|' +
    'challenger|incumbent|front-runner|frontrunner|celebrity|mother|father|wife|husband|' +
    'widow|veteran|protester|demonstrator|organizer|volunteer',
)

/** Plural or unnamed heads that make a source anonymous ("US officials", "analysts"). */
export const ANONYMOUS_HEADS = set(
  'officials|official|analysts|analyst|experts|expert|sources|source|observers|diplomats|' +
    'diplomat|people|person|aides|aide|insiders|insider|critics|supporters|lawmakers|' +
    'residents|witnesses|witness|authorities|investigators|researchers|economists|' +
    'strategists|advisers|advisors|operatives|staffers|members|voters|scholars|' +
    'historians|scientists|observers|leaders|democrats|republicans|conservatives|liberals|' +
    'activists|others|some|many|officers|police|prosecutors|reports|polls|pollsters|' +
    'spokesman|spokeswoman|spokesperson|someone|insiders|employees|workers|commentators|' +
    'protesters|protestors|demonstrators|marchers|crowd|crowds|fans|attendees|participants|' +
    'parents|students|teachers|organizers|hecklers|audience|rallygoers|delegates|donors|' +
    'backers|opponents|allies|friends|neighbors|relatives|family|families|friend|neighbor|relative',
)

/** Phrases that make a source anonymous on their own. */
export const ANONYMOUS_PHRASES: readonly RegExp[] = [
  /\b(?:a|an|one|two|three|several|some|other)\s+(?:\w+\s+){0,3}(?:person|people|source|sources|official|officials)\s+(?:familiar|close|with knowledge|briefed|who|with direct knowledge)\b/i,
  /\bon (?:the )?condition of anonymity\b/i,
  /\b(?:who|which) (?:spoke|asked) (?:on condition of|not to be)\b/i,
]

/**
 * Words and phrases that make a capitalised phrase a government body wherever they stand in it
 * ("Defense Ministry", "South Korea’s Joint Chiefs of Staff", "Russian Army"), with the names of
 * bodies from data/governmentBodies.json.
 */
export const GOVERNMENT_WORDS = new Set([
  ...set(
    'department|ministry|ministries|parliament|cabinet|government|administration|council|assembly|' +
      'commission|agency|bureau|office|army|navy|air force|marines|marine corps|military|' +
      'armed forces|joint chiefs|police|court|tribunal|secretariat|central committee|presidium|' +
      'embassy|consulate|mission|command|forces|guard|intelligence|central bank|' +
      'election commission|foreign ministry|defense ministry|defence ministry|mofa|legislature|' +
      'city council|state legislature|governor’s office|house|house of representatives|' +
      'house of commons|house of lords|national assembly|ministry of defense|' +
      'ministry of foreign affairs|department of defense|department of justice|' +
      'department of state|homeland security|defense department|census bureau|' +
      'bureau of labor statistics|general staff|navy seals',
  ),
  ...GOVERNMENT_BODIES,
])

/** Proper names that are government bodies on their own (data/governmentBodies.json). */
export const GOVERNMENT_NAMES: ReadonlySet<string> = GOVERNMENT_BODIES

/**
 * State-controlled media: phrases that say so ("state media", "state-run television") and the
 * outlets of data/stateMedia.json, whose sources it names.
 */
export const STATE_MEDIA = new Set([
  ...set(
    'state media|state television|state tv|state-run media|state news agency|state broadcaster|' +
      'state-run television|state-run tv|state-run news agency|kremlin-controlled media|' +
      'state-controlled media|north korean state media|chinese state media|russian state media|' +
      'iranian state media|state-run',
  ),
  ...lowerNames(Object.values(stateMedia.countries).flat()),
])

/** News organisations and agencies (not state controlled). */
export const MEDIA = set(
  'cnn|bbc|reuters|ap|associated press|afp|agence france-presse|bloomberg|yonhap|kyodo|' +
    'nhk|al jazeera|the new york times|new york times|the times|the washington post|' +
    'washington post|the wall street journal|wall street journal|wsj|the guardian|guardian|' +
    'financial times|ft|the economist|economist|politico|axios|nbc|nbc news|abc|abc news|' +
    'cbs|cbs news|fox|fox news|msnbc|npr|pbs|usa today|the hill|breitbart|huffington post|' +
    'huffpost|buzzfeed|buzzfeed news|vox|slate|salon|the atlantic|time|newsweek|the post|' +
    'the new york post|new york post|daily mail|the sun|the telegraph|telegraph|the independent|' +
    'le monde|der spiegel|spiegel|nikkei|south china morning post|scmp|dpa|efe|ansa|' +
    'interfax|kommersant|vedomosti|meduza|novaya gazeta|korea herald|korea times|' +
    'joongang|chosun ilbo|nk news|daily nk|radio free asia|rfa|voice of america|voa|' +
    'the daily beast|daily beast|mother jones|national review|the weekly standard|' +
    'the daily caller|daily caller|western journalism|drudge report|the intercept|propublica|' +
    'los angeles times|la times|chicago tribune|boston globe|the boston globe|' +
    'the washington times|washington times|miami herald|the new yorker|new yorker|rolling stone|' +
    'cnbc|c-span|univision|telemundo|sky news|itv|channel 4|abc news|the associated press|' +
    'nbc’s|cnn’s|fox business|fox business network|wnyc|wbur|the dallas morning news|' +
    'the guardian',
)

/** Words that make a capitalised phrase an organisation (think tanks, universities, companies). */
export const ORGANIZATION_WORDS = set(
  'university|college|institute|institution|foundation|endowment|center|centre|council|' +
    'association|society|federation|union|league|party|committee|group|corporation|corp|inc|' +
    'company|co|ltd|llc|bank|fund|trust|partners|capital|holdings|industries|airlines|' +
    'school|academy|program|programme|project|network|alliance|coalition|campaign|movement|' +
    'organization|organisation|club|church|hospital|clinic|laboratory|lab|labs|brookings|' +
    'rand|heritage|cato|carnegie|chatham house|iiss|csis|sipri|aei|times|post|journal|news|' +
    'press|media|tribune|herald|gazette|daily|magazine|review|agency|agencies|pac|super pac',
)

/** Words that make a capitalised phrase a news outlet. */
export const MEDIA_WORDS = set(
  'times|post|journal|news|press|tribune|herald|gazette|daily|magazine|radio|television|tv|' +
    'broadcasting|broadcaster|channel|network|wire|telegraph|chronicle|observer|examiner|' +
    'inquirer|reporter|bulletin|dispatch|courier|sentinel|star|globe|mail|express',
)

/** Nouns that, after "the", stand for a body named before ("the union said"), with its kind. */
export const BODY_HEADS: ReadonlyMap<string, 'government' | 'organization' | 'media'> = new Map([
  ...[
    ...set(
      'agency|ministry|department|administration|government|commission|bureau|court|military|army|police',
    ),
  ].map((w) => [w, 'government'] as const),
  ...[
    ...set(
      'union|company|firm|group|organization|organisation|campaign|committee|party|association|foundation|institute|university|bank|coalition',
    ),
  ].map((w) => [w, 'organization'] as const),
  ...[...set('newspaper|network|broadcaster')].map((w) => [w, 'media'] as const),
])

/** Words that make a source a document. */
export const DOCUMENT_WORDS = set(
  'report|study|survey|poll|memo|memorandum|document|documents|letter|filing|filings|statement|' +
    'statements|records|record|data|analysis|paper|papers|white paper|assessment|indictment|' +
    'complaint|lawsuit|ruling|transcript|email|emails|cable|cables|tweet|post|video|footage|' +
    'photos|images|book|article|review|audit|census|index|ranking|estimate|estimates|' +
    'figures|statistics|findings|investigation|inquiry|brief|clip|ad|advertisement|piece|website',
)

/** Hedges: words that soften a claim; kept as reasons. */
export const HEDGES: readonly [RegExp, string][] = [
  [/\b(?:may|might|could)\b/i, 'may'],
  [/\bis (?:widely )?(?:seen|viewed|regarded|considered|thought|believed) as\b/i, 'is seen as'],
  [/\breportedly\b/i, 'reportedly'],
  [/\ballegedly\b|\balleged\b/i, 'allegedly'],
  [/\bappears? to\b|\bseems? to\b/i, 'appears to'],
  [/\bapparent(?:ly)?\b/i, 'apparently'],
  [/\blikely\b|\bprobably\b|\bpossibly\b|\bperhaps\b/i, 'likely'],
  [/\b(?:is|are|was|were) (?:said|believed|thought|expected) to\b/i, 'is said to'],
  [/\bsuggests?\b|\bindicates?\b/i, 'suggests'],
  [/\bunconfirmed\b|\bunverified\b/i, 'unconfirmed'],
]

/** Greetings, thanks and other pleasantries: never worth checking. */
export const PLEASANTRY =
  /^\W*(?:thank(?:s| you)\b|welcome\b|good (?:morning|evening|afternoon|night)\b|hello\b|hi\b|congratulations\b|it(?:’|')?s (?:an honou?r|a pleasure|great to)\b|i(?:’|')?m (?:honou?red|delighted|pleased|glad|happy) to\b|we(?:’|')?re (?:honou?red|delighted|pleased|glad|happy) to\b|god bless\b|nice to (?:see|meet)\b|pleasure to\b|please\b|excuse me\b|sorry\b|bye\b|goodbye\b|cheers\b)/i

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.'
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
