import { z } from 'zod'
import { ANNOTATION_COLORS } from '../model/annotation'
import { ARTICLE_SORT_KEYS } from '../model/articleList'
import { CASE_NAME_MAX } from '../model/case'
import { CODE_DESCRIPTION_MAX, CODE_NAME_MAX } from '../model/codebook'
import { CSV_ROWS, EXPORT_FORMAT_IDS } from '../model/export'
import { NOTES_PER_RESTORE } from '../model/tags'
import { CONCLUSION_MAX, EVIDENCE_NOTE_MAX, VERDICT_RATINGS, VERDICT_STATUSES } from '../model/verdict'
import type { Channel, RequestOf } from './contract'

/** Bounds for what the renderer may send: a compromised renderer must not exhaust main. */
export const LIMITS = {
  idLength: 64,
  noteLength: 100_000,
  memoLength: 1_000_000,
  tagLength: 100,
  tags: 50,
  fileNameLength: 1_000,
  /** The largest file that may be imported, in bytes. */
  fileBytes: 50 * 1024 * 1024,
  filesPerDrop: 200,
  /** The longest article text an import keeps (the importers' textChars): no offset or quote goes beyond it. */
  textChars: 5_000_000,
  /** Context kept either side of a quote: Dossier writes 32 characters, this leaves room. */
  quoteContextChars: 256,
  /** Articles put in or taken out of a case at once. */
  articlesPerChange: 5_000,
  /** A publisher's name as a filter. */
  publisherLength: 1_000,
  /** The longest library search query: far more than anyone types, short enough to parse at once. */
  queryLength: 1_000,
  /** The most hits one search answers (the search service's own ceiling). */
  searchHits: 500,
  /** Children or coded highlights one deleted code may bring back. */
  codeLinks: 5_000,
  /** A place among siblings or among a highlight's codes. */
  codeIndex: 10_000,
  /** The most suggestions one "code this passage as…" box asks for. */
  codeSuggestions: 100,
  /** Articles a deleted case brings back with it: far more than a case holds. */
  caseMembers: 100_000,
  /** Tags merged into one at once. */
  tagsPerMerge: 1_000,
  notesPerRestore: NOTES_PER_RESTORE,
  /** Most suggestions the autocomplete asks for. */
  tagSuggestions: 50,
  /** The most rows a first part of the library list asks for (a screenful, as the window shows first). */
  listRowsPart: 1_000,
} as const

const id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid id')
const offset = z.number().int().nonnegative().max(LIMITS.textChars)
const color = z.enum(ANNOTATION_COLORS)
const tags = z.array(z.string().trim().min(1).max(LIMITS.tagLength)).max(LIMITS.tags)
const note = z.string().max(LIMITS.noteLength)
/** A tag as the person typed it: the service trims it and says when nothing is left. */
const tagName = z.string().max(LIMITS.tagLength * 2)
const isoDate = z.string().max(40)

const annotation = z
  .strictObject({
    id,
    articleId: id,
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(LIMITS.textChars),
      prefix: z.string().max(LIMITS.quoteContextChars),
      suffix: z.string().max(LIMITS.quoteContextChars),
    }),
    position: z
      .strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
      .refine((p) => p.end > p.start, { message: 'the passage is empty' }),
    note,
    tags,
    color,
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .refine((a) => a.quote.exact.length === a.position.end - a.position.start, {
    message: 'the quote does not match its position',
  })

const none = z.undefined()

/**
 * A plain object, put before a schema whose keys are all optional: zod takes any object without own keys
 * (a Date, a Map, a RegExp) for such a schema.
 */
const plainObject = z.custom<object>((value) => {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}, 'not a plain object')

/*
 * Room for whitespace around a name: the service tidies it (runs of spaces made one, trimmed)
 * before checking CASE_NAME_MAX, and words that error for the person.
 */
const caseName = z.string().max(CASE_NAME_MAX * 2)
const caseArticles = z.strictObject({
  caseId: id,
  articleIds: z.array(id).min(1).max(LIMITS.articlesPerChange),
})

// Room for whitespace around a name or description, as for case names: the service tidies, then checks.
const codeName = z.string().max(CODE_NAME_MAX * 2)
const codeDescription = z.string().max(CODE_DESCRIPTION_MAX * 2)
const codeIndex = z.number().int().nonnegative().max(LIMITS.codeIndex)
const distinct = <T>(items: T[]) => new Set(items).size === items.length
const deletedCode = z.strictObject({
  code: z.strictObject({
    id,
    name: codeName,
    color,
    description: codeDescription,
    parentId: id.nullable(),
    position: codeIndex,
    createdAt: isoDate,
    updatedAt: isoDate,
  }),
  childIds: z.array(id).max(LIMITS.codeLinks).refine(distinct, { message: 'a child is listed twice' }),
  links: z
    .array(z.strictObject({ annotationId: id, position: codeIndex }))
    .max(LIMITS.codeLinks)
    .refine((links) => distinct(links.map((l) => l.annotationId)), { message: 'a highlight is listed twice' }),
})
const claimRef = z
  .strictObject({ articleId: id, start: offset, end: offset, annotationId: id.optional() })
  .refine((c) => c.end > c.start, { message: 'the claim is empty' })
const status = z.enum(VERDICT_STATUSES)
const rating = z.enum(VERDICT_RATINGS)
// Room for whitespace around the text: the service trims it before checking its own, tighter limits.
const evidenceNote = z.string().max(EVIDENCE_NOTE_MAX * 2)
const evidenceInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('url'), url: z.string().min(1).max(4096), note: evidenceNote.optional() }),
  z
    .strictObject({
      kind: z.literal('passage'),
      articleId: id,
      start: offset,
      end: offset,
      note: evidenceNote.optional(),
    })
    .refine((p) => p.end > p.start, { message: 'the passage is empty' }),
  z.strictObject({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(LIMITS.fileNameLength),
    note: evidenceNote.optional(),
  }),
  z.strictObject({ kind: z.literal('note'), note: evidenceNote }),
])

/** One zod schema per channel; the type check makes each agree with the contract. */
export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'articles:list': none,
  'articles:open': z.strictObject({ id, annotationsBefore: offset.optional() }),
  'articles:importDialog': none,
  'articles:importFiles': z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(LIMITS.fileNameLength),
          bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= LIMITS.fileBytes, {
            message: 'file is larger than 50 MB',
          }),
        }),
      )
      .min(1)
      .max(LIMITS.filesPerDrop),
  }),
  'articles:importSample': none,
  'articles:importFolderDialog': none,
  'articles:cancelImport': none,
  'articles:delete': z.strictObject({ id }),
  'articles:original': z.strictObject({ id }),
  'articles:reextract': z.strictObject({ id }),
  'articles:setMemo': z.strictObject({ id, memo: z.string().max(LIMITS.memoLength) }),
  'analysis:get': z.strictObject({ articleId: id }),
  'annotations:create': z
    .strictObject({
      id: id.optional(),
      articleId: id,
      start: offset,
      end: offset,
      note: note.optional(),
      tags: tags.optional(),
      color: color.optional(),
    })
    .refine((a) => a.end > a.start, { message: 'the selection is empty' }),
  'annotations:update': z.strictObject({
    id,
    note: note.optional(),
    tags: tags.optional(),
    color: color.optional(),
  }),
  'annotations:delete': z.strictObject({ id }),
  'annotations:restore': z.strictObject({ annotation }),
  'annotations:listFrom': z.strictObject({ articleId: id, from: offset }),
  'search:query': z.strictObject({
    query: z.string().max(LIMITS.queryLength),
    limit: z.number().int().min(1).max(LIMITS.searchHits).optional(),
  }),
  'notes:export': z.strictObject({ articleId: id, format: z.enum(['md', 'json']) }),
  'articles:listRows': z.strictObject({
    sort: z.enum(ARTICLE_SORT_KEYS),
    direction: z.enum(['asc', 'desc']),
    publisher: z.string().max(LIMITS.publisherLength).optional(),
    tag: z.string().max(LIMITS.tagLength).optional(),
    caseId: id.optional(),
    unfiled: z.boolean().optional(),
    hasNotes: z.boolean().optional(),
    code: id.optional(),
    verdict: z
      .union([
        z.strictObject({ rating: z.enum(VERDICT_RATINGS) }),
        z.strictObject({ status: z.enum(VERDICT_STATUSES) }),
      ])
      .optional(),
    limit: z.number().int().min(1).max(LIMITS.listRowsPart).optional(),
  }),
  'cases:list': none,
  'cases:create': z.strictObject({ name: caseName }),
  'cases:rename': z.strictObject({ id, name: caseName }),
  'cases:delete': z.strictObject({ id }),
  'cases:addArticles': caseArticles,
  'cases:removeArticles': caseArticles,
  'codes:list': none,
  'codes:create': z.strictObject({
    name: codeName,
    color: color.optional(),
    description: codeDescription.optional(),
    parentId: id.optional(),
  }),
  'codes:update': z
    .strictObject({ id, name: codeName.optional(), color: color.optional(), description: codeDescription.optional() })
    .refine((u) => u.name !== undefined || u.color !== undefined || u.description !== undefined, {
      message: 'nothing to change',
    }),
  'codes:move': z.strictObject({ id, parentId: id.optional(), index: codeIndex.optional() }),
  'codes:delete': z.strictObject({ id }),
  'codes:restore': z.strictObject({ deleted: deletedCode }),
  'codes:code': z.strictObject({ annotationId: id, codeId: id, index: codeIndex.optional() }),
  'codes:uncode': z.strictObject({ annotationId: id, codeId: id }),
  'codes:ofArticle': z.strictObject({ articleId: id }),
  'codes:passages': z.strictObject({ id, includeChildren: z.boolean().optional() }),
  'codes:counts': none,
  'codes:cooccurrence': none,
  'codes:suggest': z.strictObject({
    prefix: codeName,
    limit: z.number().int().min(1).max(LIMITS.codeSuggestions).optional(),
  }),
  'verdicts:ofClaim': z.strictObject({ claim: claimRef }),
  'verdicts:judge': z.strictObject({
    claim: claimRef,
    status,
    rating: rating.nullable(),
    conclusion: z.string().max(CONCLUSION_MAX * 2),
  }),
  'verdicts:addEvidence': z.strictObject({ verdictId: id, evidence: evidenceInput }),
  'verdicts:removeEvidence': z.strictObject({ id }),
  'verdicts:link': z.strictObject({ verdictId: id, claim: claimRef }),
  'verdicts:unlink': z.strictObject({ claim: claimRef }),
  'verdicts:board': z.strictObject({
    scope: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('library') }),
      z.strictObject({ kind: z.literal('case'), caseId: id }),
    ]),
    status: status.optional(),
    rating: rating.optional(),
  }),
  'verdicts:sameClaims': z.strictObject({ claim: claimRef }),
  'verdicts:ofArticle': z.strictObject({ articleId: id }),
  'articles:restore': z.strictObject({ id }),
  'articles:listChoices': none,
  'cases:restore': z.strictObject({
    deleted: z.strictObject({
      id,
      name: caseName,
      createdAt: isoDate,
      updatedAt: isoDate,
      articles: z.number().int().nonnegative(),
      members: z.array(z.strictObject({ articleId: id, addedAt: isoDate })).max(LIMITS.caseMembers),
    }),
  }),
  'tags:list': none,
  'tags:rename': z.strictObject({ from: tagName, to: tagName }),
  'tags:merge': z.strictObject({ from: z.array(tagName).min(1).max(LIMITS.tagsPerMerge), to: tagName }),
  'tags:suggest': z.strictObject({
    prefix: z.string().max(LIMITS.tagLength),
    limit: z.number().int().min(1).max(LIMITS.tagSuggestions).optional(),
  }),
  'tags:restore': z.strictObject({
    notes: z.array(z.strictObject({ id, tags, updatedAt: isoDate })).max(LIMITS.notesPerRestore),
  }),
  'annotations:importDialog': none,
  'annotations:orphans': none,
  'annotations:deleteOrphan': z.strictObject({ id }),
  'export:formats': none,
  'export:run': z.strictObject({
    format: z.enum(EXPORT_FORMAT_IDS),
    scope: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('articles'), ids: z.array(id).min(1).max(LIMITS.articlesPerChange) }),
      z.strictObject({ kind: z.literal('case'), caseId: id }),
      z.strictObject({ kind: z.literal('code'), codeId: id }),
      z.strictObject({ kind: z.literal('library') }),
    ]),
    options: plainObject
      .pipe(z.strictObject({ folder: z.boolean().optional(), rows: z.enum(CSV_ROWS).optional() }))
      .optional(),
  }),
  'export:cancel': none,
  'app:about': none,
  'app:takeOpenedFiles': none,
  'settings:libraryLocation': none,
  'settings:moveLibrary': none,
}
