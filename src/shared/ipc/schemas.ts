import { z } from 'zod'
import { ANNOTATION_COLORS } from '../model/annotation'
import { ARTICLE_SORT_KEYS } from '../model/articleList'
import { CASE_NAME_MAX } from '../model/case'
import { NOTES_PER_RESTORE } from '../model/tags'
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
  /** Articles a deleted case brings back with it: far more than a case holds. */
  caseMembers: 100_000,
  /** Tags merged into one at once. */
  tagsPerMerge: 1_000,
  notesPerRestore: NOTES_PER_RESTORE,
  /** Most suggestions the autocomplete asks for. */
  tagSuggestions: 50,
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

/*
 * Room for whitespace around a name: the service tidies it (runs of spaces made one, trimmed)
 * before checking CASE_NAME_MAX, and words that error for the person.
 */
const caseName = z.string().max(CASE_NAME_MAX * 2)
const caseArticles = z.strictObject({
  caseId: id,
  articleIds: z.array(id).min(1).max(LIMITS.articlesPerChange),
})

/** One zod schema per channel; the type check makes each agree with the contract. */
export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'articles:list': none,
  'articles:open': z.strictObject({ id }),
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
  }),
  'cases:list': none,
  'cases:create': z.strictObject({ name: caseName }),
  'cases:rename': z.strictObject({ id, name: caseName }),
  'cases:delete': z.strictObject({ id }),
  'cases:addArticles': caseArticles,
  'cases:removeArticles': caseArticles,
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
}
