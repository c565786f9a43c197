import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32 } from './random'

/**
 * A folder of 50 saved articles for the workbench story: HTML, Markdown and plain text from several
 * publishers with different dates, made from a fixed seed. A few articles play a part in the story
 * (named in STORY); the rest is everyday local news that shares none of their distinctive words.
 */

export type StoryFormat = 'html' | 'md' | 'txt'

export interface StoryArticle {
  file: string
  format: StoryFormat
  title: string
  publisher: string
  /** yyyy-mm-dd */
  date: string
  paragraphs: string[]
}

/** The phrase a few articles share, to search for. */
export const PHRASE = 'tidal barrage'

/** The same factual claim, reworded, in two articles from different publishers. */
export const CLAIM_A =
  'The missile flew 650 kilometres before falling into the sea on Tuesday, the defence ministry said.'
export const CLAIM_B =
  'On Tuesday the missile flew 650 km before it fell into the sea, according to the defence ministry.'

/** The articles the story uses, by their part in it. */
export const STORY = {
  /** Holds the claim; HTML. */
  claimA: {
    title: 'Coastguard tracks a launch off the northern coast',
    publisher: 'North Sea Herald',
    format: 'html',
    paragraphs: [
      'Coastguard crews were put on alert at dawn as reports of a launch reached the northern ports.',
      `Officials in the capital confirmed the launch within the hour. ${CLAIM_A} Shipping lanes reopened by noon.`,
      'Harbour masters asked crews to report any debris they find in the water.',
    ],
  },
  /** Holds the same claim in other words; Markdown, another publisher. */
  claimB: {
    title: 'Trawler crews report debris after the launch',
    publisher: 'Coastal Wire',
    format: 'md',
    paragraphs: [
      'Two trawler crews brought pieces of metal back to the harbour on Wednesday morning.',
      `${CLAIM_B} The crews handed what they found to the coastguard.`,
      'Insurers said the fishing fleet would be compensated for lost days at sea.',
    ],
  },
  /** A passage of it is evidence for the claim; plain text. */
  radar: {
    title: 'Radar station logs the flight path',
    publisher: 'Valley Times',
    format: 'txt',
    paragraphs: [
      'Engineers at the hilltop radar station kept their recordings from the night shift.',
      'The radar station logged the track for eleven minutes until it vanished over open water.',
      'The station’s logs are kept for five years and can be requested by journalists.',
    ],
  },
  /** Search hit, put in the case, coded "Framing"; HTML. */
  barrageCouncil: {
    title: 'Council weighs the tidal barrage plan',
    publisher: 'Harbour Gazette',
    format: 'html',
    paragraphs: [
      `The council met on Thursday to weigh the ${PHRASE} planned for the estuary.`,
      'Officials described the project as a symbol of national renewal.',
      'Opponents asked for an independent review of its cost to the town.',
    ],
  },
  /** Search hit, dragged into the case; Markdown. */
  barrageEngineers: {
    title: 'Engineers doubt the barrage budget',
    publisher: 'Coastal Wire',
    format: 'md',
    paragraphs: [
      `Three engineering firms said the ${PHRASE} would cost far more than the council expects.`,
      'Their letter lists the steel and concrete the estuary works would need.',
      'The council said it would answer the letter before the summer.',
    ],
  },
  /** Search hit, put in the case, coded "State media"; HTML, another publisher. */
  barrageBroadcaster: {
    title: 'State broadcaster praises estuary scheme',
    publisher: 'Baltic Courier',
    format: 'html',
    paragraphs: [
      `The evening bulletin on the state channel praised the ${PHRASE} for eight minutes.`,
      'The state broadcaster called the critics enemies of progress.',
      'Viewers wrote to the channel to ask why no opponent was interviewed.',
    ],
  },
  /** Search hit, left out of the case; plain text. */
  barrageResidents: {
    title: 'Residents split over estuary works',
    publisher: 'Valley Times',
    format: 'txt',
    paragraphs: [
      `Residents of the lower town are split over the ${PHRASE} and the noise of its building site.`,
      'Some welcomed the jobs; others feared for the wading birds of the mudflats.',
      'A public meeting is planned in the community hall next month.',
    ],
  },
} satisfies Record<string, Omit<StoryArticle, 'file' | 'date'>>

const PUBLISHERS = [
  'Harbour Gazette',
  'North Sea Herald',
  'Coastal Wire',
  'Valley Times',
  'Baltic Courier',
  'Island Press',
]
const PLACES = [
  'Ashford',
  'Brinkley',
  'Calder',
  'Dunmore',
  'Elmstead',
  'Fairlie',
  'Glenrow',
  'Holloway',
  'Inverby',
]
const TOPICS = [
  'library opening hours',
  'cycle path plan',
  'school lunch menu',
  'summer festival',
  'water charges',
  'bus timetable',
  'allotment waiting list',
  'market square repairs',
]
const SUBJECTS = [
  'The town council',
  'Local traders',
  'A spokesperson for the district',
  'Volunteers',
  'The school board',
  'Farmers in the valley',
  'Hospital managers',
  'The residents’ association',
]
const VERBS = ['discussed', 'reviewed', 'postponed', 'welcomed', 'questioned', 'approved']
const TAILS = [
  'after a long meeting',
  'this week',
  'in a short statement',
  'despite some objections',
  'at the town hall',
]
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The 50 articles, the story's parts among them at fixed places; the same for the same seed. */
export function storyArticles(seed = 20240917): StoryArticle[] {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const date = (): string => {
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    return `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
  const formats: StoryFormat[] = ['html', 'md', 'txt']
  const parts = Object.values(STORY)
  const out: StoryArticle[] = []
  for (let i = 0; i < 50; i++) {
    // The story's articles are spread through the folder, one every seventh file.
    const part = i % 7 === 3 ? parts[(i - 3) / 7] : undefined
    if (part) {
      out.push({ ...part, file: '', date: date() })
    } else {
      const place = PLACES[i % PLACES.length]
      const topic = TOPICS[Math.floor(i / PLACES.length + i) % TOPICS.length]
      const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
        Array.from(
          { length: 2 + Math.floor(random() * 2) },
          () =>
            `${pick(SUBJECTS)} ${pick(VERBS)} the ${topic} in ${place} ${pick(TAILS)}, and ${
              10 + Math.floor(random() * 290)
            } people signed a letter about it.`,
        ).join(' '),
      )
      out.push({
        file: '',
        format: formats[i % 3],
        title: `${place} ${topic}: notes from week ${i + 1}`,
        publisher: pick(PUBLISHERS),
        date: date(),
        paragraphs,
      })
    }
  }
  return out.map((a, i) => ({ ...a, file: `${String(i + 1).padStart(2, '0')}-${slug(a.title)}.${a.format}` }))
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[m - 1]} ${y}`
}

const BYLINES = ['Anna Berg', 'Tom Hale', 'Maria Lind', 'Jonas Weir']

/** The file's text, as a browser or a notes app would have saved it. */
export function renderArticle(a: StoryArticle, index: number): string {
  const author = BYLINES[index % BYLINES.length]
  if (a.format === 'html') {
    const body = a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | ${a.publisher}</title>
<meta property="og:site_name" content="${a.publisher}">
<meta property="article:published_time" content="${a.date}T08:00:00Z">
<meta name="author" content="${author}"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>${a.title}</h1><p class="byline">By ${author}</p>
${body}</article><footer>© ${a.publisher}</footer></body></html>`
  }
  if (a.format === 'md') {
    const front = `title: ${a.title}\npublisher: ${a.publisher}\nauthor: ${author}\ndate: ${a.date}`
    return `---\n${front}\n---\n\n${a.paragraphs.join('\n\n')}\n`
  }
  return `${a.title}\n\nBy ${author}, ${a.publisher}\nPublished ${longDate(a.date)}\n\n${a.paragraphs.join('\n\n')}\n`
}

/** Writes the 50 articles into `folder` (made if missing) and returns them with their file names. */
export function writeStoryFolder(folder: string, seed?: number): StoryArticle[] {
  mkdirSync(folder, { recursive: true })
  const articles = storyArticles(seed)
  articles.forEach((a, i) => writeFileSync(join(folder, a.file), renderArticle(a, i)))
  return articles
}
