import { z } from 'zod'
import { ANNOTATION_COLORS } from '../../../../shared/model/annotation'
import { codePath } from '../../codebook/codeNames'

/**
 * Dossier's backup: the JSON export, version 2. Version 1 held each article's metadata and notes; version 2 keeps
 * every field of version 1 where it was and adds what a restore needs: each article's rows as the store holds them
 * (`rows`, the original file in base64), the codebook, the cases holding the articles, the verdicts of their claims
 * and, for a whole-library backup, the annotations an import could not place.
 */
export const BACKUP_VERSION = 2

/**
 * A backup holds every original, so it may be read from disk beyond the 50 MB of one article; it is parsed whole,
 * and this keeps it well within what one string can hold.
 */
export const BACKUP_FILE_BYTES = 256 * 1024 * 1024

/** A row as the store holds it: text, numbers and nulls only (the one blob, the original, travels as base64). */
const scalar = z.union([z.string(), z.number(), z.null()])
const rowWith = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(scalar)
const text = z.string()
const base64 = z
  .string()
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'is not valid base64')

/** An unplaced annotation's codes as its `codes` column holds them: JSON, each code with its id and its path. */
const importedCodes = z.array(
  z.object({
    id: text.nullable(),
    label: text.refine((label) => codePath(label).length > 0, 'names no code'),
  }),
)
const codesJson = text.refine((json) => {
  try {
    return importedCodes.safeParse(JSON.parse(json)).success
  } catch {
    return false
  }
}, 'is not a JSON list of codes, each with an id (or null) and a path')

/**
 * An unplaced annotation's row. A backup made before it kept position, codes, colour and times has none of those
 * fields; the store's defaults stand in for them.
 */
const orphanRow = rowWith({
  id: text,
  position_start: z.number().int().nullable().optional(),
  position_end: z.number().int().nullable().optional(),
  codes: codesJson.optional(),
  color: z.enum(ANNOTATION_COLORS).nullable().optional(),
  created: text.nullable().optional(),
  modified: text.nullable().optional(),
})

export const backupSchema = z.object({
  dossierExport: z.literal(BACKUP_VERSION),
  articles: z.array(
    z.object({
      rows: z.object({
        article: rowWith({
          id: text,
          sha256: text,
          title: text,
          original: base64,
          previous_version_id: text.nullable(),
        }),
        annotations: z.array(rowWith({ id: text })),
        annotationCodes: z.array(rowWith({ annotation_id: text, code_id: text })),
        analyses: z.array(rowWith({})),
        caseArticles: z.array(rowWith({ case_id: text })),
        verdictClaims: z.array(rowWith({ verdict_id: text, annotation_id: text.nullable() })),
      }),
    }),
  ),
  codes: z.array(rowWith({ id: text, name: text, parent_id: text.nullable(), position: z.number() })),
  cases: z.array(rowWith({ id: text, name: text })),
  verdicts: z.array(
    z
      .object({ id: text, evidence: z.array(rowWith({ id: text, article_id: text.nullable() })) })
      .catchall(scalar),
  ),
  orphanAnnotations: z.array(orphanRow),
})

export type Backup = z.infer<typeof backupSchema>
export type BackupRow = Record<string, string | number | null | Uint8Array>
