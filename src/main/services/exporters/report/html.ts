import type { Analysis } from '../../../../shared/model/analysis'
import type { Evidence } from '../../../../shared/model/verdict'
import { RATING_NAMES } from '../claimReview'
import type { ArticleRecord, JudgedClaim } from '../exportData'
import { REPORT_CSS } from './style'

/** What the report is about and when it was made. */
export interface ReportHeading {
  title: string
  /** "Case", "Code", "Article" or "Library": what the title names. */
  scope: string
  generatedAt: Date
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text from an article or typed by the analyst, made safe to put in HTML text or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch])
}

const STATUS_NAMES = { 'to-check': 'To check', checking: 'Checking', checked: 'Checked' } as const

/** A link only for a web address; anything else (javascript:, file:) is shown as text and never followed. */
function link(url: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`
    : escapeHtml(url)
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function facts(rows: [string, string | null][]): string {
  const present = rows.filter((row): row is [string, string] => Boolean(row[1]))
  return `<dl class="facts">${present.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`
}

function provenance(records: ArticleRecord[]): string {
  if (records.length === 0) return '<p class="empty">No articles.</p>'
  return records
    .map(({ article: a }) => {
      const text = (v: string | null) => (v ? escapeHtml(v) : null)
      // The article's own address is provenance, printed as text: opening the report never fetches anything.
      return `<h3>${escapeHtml(a.title)}</h3>${facts([
        ['Publisher', text(a.publisher)],
        ['By', text(a.byline)],
        ['Published', text(a.published)],
        ['Document created', text(a.documentDate)],
        ['Address', text(a.url)],
        ['Captured', text(a.capturedAt)],
        ['File', text(a.fileName)],
        ['SHA-256', `<code>${escapeHtml(a.sha256)}</code>`],
        ['Imported', text(a.importedAt)],
      ])}`
    })
    .join('\n')
}

function counts(records: ArticleRecord[]): string {
  const judged = records.flatMap((r) => r.judged)
  const rated = judged.filter((j) => j.verdict.rating)
  const items: [number, string][] = [
    [records.length, 'articles'],
    [records.reduce((n, r) => n + r.annotations.length, 0), 'highlights'],
    [judged.length, 'claims judged'],
    [rated.length, 'with a rating'],
    [judged.filter((j) => j.verdict.status === 'checked').length, 'checked'],
    [records.reduce((n, r) => n + (r.analysis?.sources.length ?? 0), 0), 'sources'],
  ]
  const named = items.map(([n, what]): [number, string] => [
    n,
    n === 1 ? what.replace(/^(article|highlight|source)s$/, '$1') : what,
  ])
  const byRating = Object.entries(RATING_NAMES)
    .map(([id, name]) => [rated.filter((j) => j.verdict.rating === id).length, name] as const)
    .filter(([n]) => n > 0)
  return (
    `<ul class="counts">${named.map(([n, what]) => `<li><strong>${n}</strong>${escapeHtml(what)}</li>`).join('')}</ul>` +
    (byRating.length
      ? `<p>Ratings: ${byRating.map(([n, name]) => `${escapeHtml(name)} ${n}`).join(' · ')}</p>`
      : '')
  )
}

function evidenceItem(e: Evidence): string {
  const note = e.note.trim() ? ` — ${escapeHtml(e.note.trim())}` : ''
  switch (e.kind) {
    case 'url':
      return `<li>${link(e.url)}${note}</li>`
    case 'passage':
      return `<li>“${escapeHtml(e.exact)}”${note}</li>`
    case 'file':
      return `<li>File ${escapeHtml(e.fileName)}${note}</li>`
    case 'note':
      return `<li>${escapeHtml(e.note)}</li>`
  }
}

function claimCard({ claim, verdict }: JudgedClaim, showArticle: boolean): string {
  const rating = verdict.rating
  const badge = `<span class="rating r-${rating ?? 'none'}">${escapeHtml(rating ? RATING_NAMES[rating] : 'Not rated')}</span>`
  const who = `${STATUS_NAMES[verdict.status]} · ${escapeHtml(verdict.updatedBy)}, ${escapeHtml(verdict.updatedAt.slice(0, 10))}`
  const from = showArticle ? `<p class="from">In ${escapeHtml(claim.articleTitle)}</p>` : ''
  const conclusion = verdict.conclusion.trim() ? `<p>${escapeHtml(verdict.conclusion.trim())}</p>` : ''
  const evidence = verdict.evidence.length
    ? `<ul class="evidence">${verdict.evidence.map(evidenceItem).join('')}</ul>`
    : '<p class="empty">No evidence yet.</p>'
  return `<article class="claim r-${rating ?? 'none'}"><blockquote>${escapeHtml(claim.text)}</blockquote>${from}<p>${badge}<span class="status">${who}</span></p>${conclusion}${evidence}</article>`
}

function claimsBoard(records: ArticleRecord[]): string {
  const judged = records.flatMap((r) => r.judged)
  if (judged.length === 0) return '<p class="empty">No claims judged yet.</p>'
  return judged.map((j) => claimCard(j, records.length > 1)).join('\n')
}

/** How many of a source's attributions are quotes and how many reported speech. */
function saidCounts(analysis: Analysis, sourceId: string): [number, number] {
  const own = analysis.attributions.filter((a) => a.sourceId === sourceId)
  return [own.filter((a) => a.kind === 'direct').length, own.filter((a) => a.kind === 'indirect').length]
}

function sourceLedger(records: ArticleRecord[]): string {
  const rows = records.flatMap(({ article, analysis }) =>
    (analysis?.sources ?? []).map((s) => {
      const [quoted, reported] = saidCounts(analysis!, s.id)
      return (
        `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.kind)}</td><td>${escapeHtml(s.role ?? '')}</td>` +
        `<td>${s.mentions.length}</td><td>${quoted}</td><td>${reported}</td>` +
        `${records.length > 1 ? `<td>${escapeHtml(article.title)}</td>` : ''}</tr>`
      )
    }),
  )
  // Quotes whose source the analysis did not name are listed even when it named no source at all.
  if (rows.length === 0) return `<p class="empty">No sources found.</p>${sourceStatements(records)}`
  const articleHead = records.length > 1 ? '<th>Article</th>' : ''
  const head = `<th>Source</th><th>Kind</th><th>Role</th><th>Mentions</th><th>Quoted</th><th>Reported</th>${articleHead}`
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${sourceStatements(records)}`
}

/**
 * What each source said, in the article's order: its quotes (in quotation marks) and its reported speech ("X said
 * that …", marked as reported), then what the article quotes without naming who said it.
 */
function sourceStatements(records: ArticleRecord[]): string {
  const blocks = records.flatMap(({ article, analysis }) => {
    if (!analysis?.attributions.length) return []
    const said = (sourceId: string | null): string[] =>
      analysis.attributions
        .filter((a) => a.sourceId === sourceId)
        .map((a) => {
          const words = escapeHtml(article.text.slice(a.start, a.end))
          return a.kind === 'direct'
            ? `<li class="quoted">“${words}”</li>`
            : `<li class="reported">${words} <span class="meta">(reported)</span></li>`
        })
    const from = records.length > 1 ? ` <span class="meta">in ${escapeHtml(article.title)}</span>` : ''
    const named = analysis.sources.flatMap((s) => {
      const items = said(s.id)
      const role = s.role ? ` <span class="meta">${escapeHtml(s.role)}</span>` : ''
      return items.length ? [`<h4>${escapeHtml(s.name)}${role}${from}</h4><ul class="said">${items.join('')}</ul>`] : []
    })
    const unnamed = said(null)
    if (unnamed.length) named.push(`<h4>No source named${from}</h4><ul class="said">${unnamed.join('')}</ul>`)
    return named
  })
  return blocks.length ? `<h3>What the sources said</h3>${blocks.join('\n')}` : ''
}

/** Highlights under each of their codes (a highlight with two codes is under both), uncoded ones last. */
function highlightsByCode(records: ArticleRecord[]): string {
  const groups = new Map<string, string[]>()
  for (const { article, annotations } of records) {
    for (const { annotation: a, codes } of annotations) {
      const note = a.note.trim()
        ? `<p class="note">${escapeHtml(a.note.trim()).replace(/\n/g, '<br>')}</p>`
        : ''
      const tags = a.tags.length ? ` · ${a.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}` : ''
      const item = `<div class="highlight"><blockquote>${escapeHtml(a.quote.exact)}</blockquote>${note}<p class="from">${escapeHtml(article.title)}${tags}</p></div>`
      for (const code of codes.length ? codes : ['']) groups.set(code, [...(groups.get(code) ?? []), item])
    }
  }
  if (groups.size === 0) return '<p class="empty">No highlights yet.</p>'
  const names = [...groups.keys()].filter((k) => k !== '').sort((a, b) => a.localeCompare(b))
  if (groups.has('')) names.push('')
  return names
    .map((code) => {
      const items = groups.get(code)!
      return `<h3>${code ? escapeHtml(code) : 'Not coded'} <span class="meta">(${plural(items.length, 'highlight')})</span></h3>${items.join('\n')}`
    })
    .join('\n')
}

/**
 * The report as one self-contained HTML file: inline style, no script, nothing loaded from elsewhere, every text
 * from an article or the analyst escaped. Sections: provenance, counts, the claims with their verdicts and
 * evidence, the source ledger with what each source said, and the highlights with their notes grouped by code.
 */
export function reportHtml(records: ArticleRecord[], heading: ReportHeading): string {
  const generated = heading.generatedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(heading.title)} — Dossier report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(heading.title)}</h1>
<p class="meta">${escapeHtml(heading.scope)} report · generated ${escapeHtml(generated)}</p>
</header>
<section id="provenance"><h2>Provenance</h2>${provenance(records)}</section>
<section id="summary"><h2>Summary</h2>${counts(records)}</section>
<section id="claims"><h2>Claims and verdicts</h2>${claimsBoard(records)}</section>
<section id="sources"><h2>Source ledger</h2>${sourceLedger(records)}</section>
<section id="highlights"><h2>Highlights by code</h2>${highlightsByCode(records)}</section>
<footer>Made with Dossier from the library’s stored articles, notes and verdicts.</footer>
</body>
</html>
`
}
