import { z } from 'zod'

/**
 * Dossier's backup: the JSON export, version 2. Version 1 held each article's metadata and notes; version 2 keeps
 * every field of version 1 where it was and adds what a restore needs: each article's rows as the store holds them
 * (`rows`, the original file in base64), the codebook, the cases holding the articles, the verdicts of their claims
 * and, for a whole-library backup, the annotations an import could not place.
 */
export const BACKUP_VERSION = 2

const row = z.record(z.string(), z.unknown())
const text = z.string()
const base64 = z
  .string()
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'is not valid base64')

const articleRow = row.and(
  z.object({ id: text, sha256: text, title: text, original: base64, previous_version_id: text.nullable() }),
)
const withId = row.and(z.object({ id: text }))

export const backupSchema = z.object({
  dossierExport: z.literal(BACKUP_VERSION),
  articles: z.array(
    z.object({
      rows: z.object({
        article: articleRow,
        annotations: z.array(withId.and(z.object({ article_id: text }))),
        annotationCodes: z.array(row.and(z.object({ annotation_id: text, code_id: text }))),
        analyses: z.array(row.and(z.object({ article_id: text }))),
        caseArticles: z.array(row.and(z.object({ case_id: text, article_id: text }))),
        verdictClaims: z.array(
          row.and(z.object({ verdict_id: text, article_id: text, annotation_id: text.nullable() })),
        ),
      }),
    }),
  ),
  codes: z.array(withId.and(z.object({ name: text, parent_id: text.nullable(), position: z.number() }))),
  cases: z.array(withId.and(z.object({ name: text }))),
  verdicts: z.array(
    withId.and(z.object({ evidence: z.array(withId.and(z.object({ article_id: text.nullable() }))) })),
  ),
  orphanAnnotations: z.array(withId),
})

export type Backup = z.infer<typeof backupSchema>
export type BackupRow = Record<string, unknown>
