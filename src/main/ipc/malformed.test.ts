import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type Channel, type OpenedArticle, type RequestOf } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import type { Annotation } from '../../shared/model/annotation'
import { CASE_NAME_MAX, type DeletedCase } from '../../shared/model/case'
import { CODE_NAME_MAX, type DeletedCode } from '../../shared/model/codebook'
import { articleAnalysis } from '../services/analysis/articleAnalysis'
import { createAnnotation, deleteAnnotation } from '../services/annotations/edit'
import { setMemo } from '../services/articles/edit'
import { importBytes } from '../services/articles/imports'
import { openArticle } from '../services/articles/read'
import { addArticles, createCase } from '../services/cases'
import { codeAnnotation, createCode, deleteCodeForUndo } from '../services/codebook'
import { createLibrary, type Library } from '../services/library'
import { type Db, openDb } from '../services/store/db'
import { addEvidence, judgeClaim, localUserName } from '../services/verdicts'
import type { ClaimRef } from '../../shared/model/verdict'
import { malformedVariants, type PayloadCase } from '../../test-support/malformedPayloads'
import { tempDir } from '../../test-support/tempDir'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/**
 * Every channel of the contract fed malformed payloads, the way a compromised renderer could:
 * each call must answer a readable error (never throw, never reach a dialog) and leave every
 * row of the store as it was.
 */

const encode = (s: string) => new TextEncoder().encode(s)
const UNKNOWN_ID = 'aaaaaaaa-0000-4000-8000-000000000000'

let folder: ReturnType<typeof tempDir>
let db: Db
let library: Library
let handlers: Handlers
const dialogCalls: string[] = []
const events: unknown[] = []

interface Fixture {
  articleA: string
  articleB: string
  lengthA: number
  /** A live annotation of A. */
  liveA: Annotation
  /** An annotation of A that was deleted: the one thing `annotations:restore` may put back. */
  deletedA: Annotation
  liveB: Annotation
  /** A case holding A (another, "Quay", holds nothing). */
  caseId: string
  /** Codes: Framing > [Tone > Irony, Actors], and a top-level Tone; A's live annotation coded Framing. */
  framing: string
  tone: string
  irony: string
  /** A code "Tone" deleted from under Actors: it may go back there, never to the top (a Tone is there). */
  deletedCode: DeletedCode
  /** A's body sentence, judged; B's body sentence, judged apart; B's title, not judged. */
  claimA: ClaimRef
  claimB: ClaimRef
  titleB: ClaimRef
  verdictA: string
  evidenceA: string
}
let f: Fixture

beforeAll(async () => {
  folder = tempDir('dossier-malformed-')
  db = openDb(folder.dir)
  library = createLibrary(db, { clock: () => new Date('2026-03-01T10:00:00Z') })
  const a = await importBytes(
    library,
    'harbour.txt',
    encode(
      'Council approves the harbour budget\n\nThe council approved 12 million euros for the harbour on Tuesday.',
    ),
  )
  const b = await importBytes(
    library,
    'quay.txt',
    encode('Work on the quay begins\n\nWork on the new quay is to begin in the spring and take two years.'),
  )
  if (!a.id || !b.id) throw new Error('the fixture articles did not import')
  const lengthA = openArticle(library, a.id).article.text.length
  const liveA = createAnnotation(library, {
    articleId: a.id,
    start: 0,
    end: 7,
    note: 'first',
    tags: ['budget'],
  })
  const deletedA = deleteAnnotation(
    library,
    createAnnotation(library, { articleId: a.id, start: 8, end: 15, color: 'green' }).id,
  )
  const liveB = createAnnotation(library, { articleId: b.id, start: 0, end: 4, note: 'on B' })
  setMemo(library, a.id, 'A memo')
  await articleAnalysis(library, a.id)
  const harbour = createCase(db, 'Harbour')
  addArticles(db, harbour.id, [a.id])
  createCase(db, 'Quay')
  const framing = createCode(db, { name: 'Framing' })
  const tone = createCode(db, { name: 'Tone', parentId: framing.id })
  const irony = createCode(db, { name: 'Irony', parentId: tone.id })
  const actors = createCode(db, { name: 'Actors', parentId: framing.id })
  createCode(db, { name: 'Tone' })
  codeAnnotation(db, liveA.id, framing.id)
  const gone = createCode(db, { name: 'Tone', parentId: actors.id })
  createCode(db, { name: 'Voice', parentId: gone.id })
  codeAnnotation(db, liveB.id, gone.id)
  const deletedCode = deleteCodeForUndo(db, gone.id)
  const sentence = (articleId: string, exact: string): ClaimRef => {
    const start = openArticle(library, articleId).article.text.indexOf(exact)
    return { articleId, start, end: start + exact.length }
  }
  const claimA = sentence(a.id, 'The council approved 12 million euros for the harbour on Tuesday.')
  const claimB = sentence(b.id, 'Work on the new quay is to begin in the spring and take two years.')
  const titleB = sentence(b.id, 'Work on the quay begins')
  const now = library.clock()
  const verdictA = judgeClaim(db, claimA, { status: 'checked', rating: 'false' }, localUserName(), now).id
  judgeClaim(db, claimB, { status: 'checking' }, localUserName(), now)
  const evidenceA = addEvidence(db, verdictA, { kind: 'note', note: 'Minutes.' }, localUserName(), now).id
  f = {
    articleA: a.id,
    articleB: b.id,
    lengthA,
    liveA,
    deletedA,
    liveB,
    caseId: harbour.id,
    framing: framing.id,
    tone: tone.id,
    irony: irony.id,
    deletedCode,
    claimA,
    claimB,
    titleB,
    verdictA,
    evidenceA,
  }
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => (dialogCalls.push('open'), []),
      chooseImportFolder: async () => (dialogCalls.push('folder'), null),
      chooseExportPath: async () => (dialogCalls.push('save'), null),
      chooseAnnotationFile: async () => (dialogCalls.push('annotations'), null),
      chooseExportFolder: async () => (dialogCalls.push('save-folder'), null),
    },
    samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
    notify: (event) => events.push(event),
  })
})

afterAll(() => {
  library.db.close()
  folder.cleanup()
})

/** A valid payload per channel (the one the malformed variants are made from) and its optional keys. */
function validPayloads(): { [C in Channel]: { payload: RequestOf<C>; optional?: string[] } } {
  const optional = ['note', 'tags', 'color']
  return {
    'articles:list': { payload: undefined },
    'articles:open': { payload: { id: f.articleA, annotationsBefore: 100 }, optional: ['annotationsBefore'] },
    'articles:importDialog': { payload: undefined },
    'articles:importFiles': {
      payload: { files: [{ name: 'new.txt', bytes: encode('New\n\nA new body.') }] },
    },
    'articles:importSample': { payload: undefined },
    'articles:importFolderDialog': { payload: undefined },
    'articles:cancelImport': { payload: undefined },
    'articles:delete': { payload: { id: f.articleA } },
    'articles:original': { payload: { id: f.articleA } },
    'articles:reextract': { payload: { id: f.articleA } },
    'articles:setMemo': { payload: { id: f.articleA, memo: 'changed' } },
    'analysis:get': { payload: { articleId: f.articleA } },
    'annotations:create': {
      payload: { articleId: f.articleA, start: 1, end: 5, note: 'n', tags: ['t'], color: 'blue' },
      optional,
    },
    'annotations:update': { payload: { id: f.liveA.id, note: 'n', tags: ['t'], color: 'blue' }, optional },
    'annotations:delete': { payload: { id: f.liveA.id } },
    'annotations:restore': { payload: { annotation: f.deletedA } },
    'annotations:listFrom': { payload: { articleId: f.articleA, from: 0 } },
    'search:query': { payload: { query: 'body', limit: 20 }, optional: ['limit'] },
    'notes:export': { payload: { articleId: f.articleA, format: 'md' } },
    'articles:listRows': {
      payload: {
        sort: 'title',
        direction: 'asc',
        caseId: f.caseId,
        publisher: 'Gazette',
        tag: 'budget',
        verdict: { rating: 'false' },
        limit: 200,
      },
      optional: ['caseId', 'publisher', 'tag', 'verdict', 'limit'],
    },
    'cases:list': { payload: undefined },
    'cases:create': { payload: { name: 'Quay works' } },
    'cases:rename': { payload: { id: f.caseId, name: 'Port' } },
    'cases:delete': { payload: { id: f.caseId } },
    'cases:addArticles': { payload: { caseId: f.caseId, articleIds: [f.articleB] } },
    'cases:removeArticles': { payload: { caseId: f.caseId, articleIds: [f.articleA] } },
    'codes:list': { payload: undefined },
    'codes:create': {
      payload: { name: 'Blame', color: 'blue', description: 'Who is said to be at fault', parentId: f.framing },
      optional: ['color', 'description', 'parentId'],
    },
    'codes:update': {
      payload: { id: f.tone, name: 'Register', color: 'green', description: 'How it sounds' },
      optional: ['name', 'color', 'description'],
    },
    'codes:move': { payload: { id: f.tone, parentId: f.framing, index: 1 }, optional: ['parentId', 'index'] },
    'codes:delete': { payload: { id: f.tone } },
    'codes:restore': { payload: { deleted: f.deletedCode } },
    'codes:code': { payload: { annotationId: f.liveB.id, codeId: f.tone, index: 0 }, optional: ['index'] },
    'codes:uncode': { payload: { annotationId: f.liveA.id, codeId: f.framing } },
    'codes:ofArticle': { payload: { articleId: f.articleA } },
    'codes:passages': { payload: { id: f.framing } },
    'codes:counts': { payload: undefined },
    'codes:cooccurrence': { payload: undefined },
    'codes:suggest': { payload: { prefix: 'to', limit: 5 }, optional: ['limit'] },
    'verdicts:ofClaim': { payload: { claim: f.claimA } },
    'verdicts:judge': {
      payload: {
        claim: { ...f.claimA, annotationId: f.liveA.id },
        status: 'checked',
        rating: 'mixed',
        conclusion: 'Half right.',
      },
      optional: ['claim.annotationId'],
    },
    'verdicts:addEvidence': {
      payload: { verdictId: f.verdictA, evidence: { kind: 'url', url: 'https://example.org/minutes', note: 'n' } },
      optional: ['evidence.note'],
    },
    'verdicts:removeEvidence': { payload: { id: f.evidenceA } },
    'verdicts:link': { payload: { verdictId: f.verdictA, claim: f.titleB } },
    'verdicts:unlink': { payload: { claim: f.claimA } },
    'verdicts:board': {
      payload: { scope: { kind: 'case', caseId: f.caseId }, status: 'checked', rating: 'false' },
      optional: ['status', 'rating'],
    },
    'verdicts:sameClaims': { payload: { claim: f.claimA } },
    'verdicts:ofArticle': { payload: { articleId: f.articleA } },
    'articles:restore': { payload: { id: f.articleA } },
    'articles:listChoices': { payload: undefined },
    'cases:restore': { payload: { deleted: deletedCase(f.caseId, 'Harbour') } },
    'tags:list': { payload: undefined },
    'tags:rename': { payload: { from: 'budget', to: 'money' } },
    'tags:merge': { payload: { from: ['budget'], to: 'money' } },
    'tags:suggest': { payload: { prefix: 'bu', limit: 5 }, optional: ['limit'] },
    'tags:restore': {
      payload: { notes: [{ id: f.liveA.id, tags: ['budget'], updatedAt: f.liveA.updatedAt }] },
    },
    'annotations:importDialog': { payload: undefined },
    'annotations:orphans': { payload: undefined },
    'annotations:deleteOrphan': { payload: { id: UNKNOWN_ID } },
    'export:formats': { payload: undefined },
    // Options without `folder`: a boolean, which no variant can make wrong (junk holds true and false).
    'export:run': {
      payload: { format: 'csv', scope: { kind: 'case', caseId: f.caseId }, options: { rows: 'claims' } },
      optional: ['options', 'options.rows'],
    },
    'export:cancel': { payload: undefined },
    'app:about': { payload: undefined },
    'app:takeOpenedFiles': { payload: undefined },
    'settings:libraryLocation': { payload: undefined },
    'settings:moveLibrary': { payload: undefined },
  }
}

/** Ids that pass validation but name nothing, or the wrong kind of thing. */
const wrongIds = (): PayloadCase[] => [
  { label: 'an unknown id', payload: UNKNOWN_ID },
  { label: 'the id __proto__', payload: '__proto__' },
  { label: 'the id constructor', payload: 'constructor' },
  { label: 'the id hasOwnProperty', payload: 'hasOwnProperty' },
]

/**
 * Requests that pass validation but must be refused by the service: unknown ids, an annotation's
 * id where an article's is expected (and back), another article's ids, offsets outside the text.
 */
function wellFormedButWrong(): { [C in Channel]: PayloadCase[] } {
  const articleIds = [...wrongIds(), { label: "an annotation's id", payload: f.liveA.id }]
  const annotationIds = [
    ...wrongIds(),
    { label: "an article's id", payload: f.articleA },
    { label: 'a deleted annotation', payload: f.deletedA.id },
  ]
  const byArticleId = (make: (id: string) => unknown) =>
    articleIds.map((c) => ({ label: `id = ${c.label}`, payload: make(c.payload as string) }))
  const byAnnotationId = (make: (id: string) => unknown) =>
    annotationIds.map((c) => ({ label: `id = ${c.label}`, payload: make(c.payload as string) }))
  const restore = (label: string, change: (a: Annotation) => Annotation): PayloadCase => ({
    label,
    payload: { annotation: change(structuredClone(f.deletedA)) },
  })
  const at = (a: Annotation, start: number, end: number): Annotation => ({
    ...a,
    position: { ...a.position, start, end },
  })
  return {
    'articles:list': [],
    'articles:open': [
      ...byArticleId((id) => ({ id })),
      { label: 'annotationsBefore = -1', payload: { id: f.articleA, annotationsBefore: -1 } },
      { label: 'annotationsBefore = 1.5', payload: { id: f.articleA, annotationsBefore: 1.5 } },
    ],
    'annotations:listFrom': [
      ...byArticleId((articleId) => ({ articleId, from: 0 })),
      { label: 'from = -1', payload: { articleId: f.articleA, from: -1 } },
      { label: "from = '3'", payload: { articleId: f.articleA, from: '3' } },
    ],
    'articles:importDialog': [],
    'articles:importFiles': [],
    'articles:importSample': [],
    'articles:importFolderDialog': [],
    'articles:cancelImport': [],
    'articles:delete': byArticleId((id) => ({ id })),
    'articles:original': byArticleId((id) => ({ id })),
    'articles:reextract': byArticleId((id) => ({ id })),
    'articles:setMemo': byArticleId((id) => ({ id, memo: 'changed' })),
    'analysis:get': byArticleId((articleId) => ({ articleId })),
    'annotations:create': [
      ...byArticleId((articleId) => ({ articleId, start: 0, end: 4 })),
      { label: 'end one past the text', payload: { articleId: f.articleA, start: 0, end: f.lengthA + 1 } },
      {
        label: 'a range after the text',
        payload: { articleId: f.articleA, start: f.lengthA + 10, end: f.lengthA + 20 },
      },
      { label: 'offsets near 2^31', payload: { articleId: f.articleA, start: 2 ** 31, end: 2 ** 31 + 1 } },
      { label: 'reversed offsets', payload: { articleId: f.articleA, start: 9, end: 2 } },
    ],
    'annotations:update': byAnnotationId((id) => ({ id, note: 'changed' })),
    'annotations:delete': byAnnotationId((id) => ({ id })),
    'annotations:restore': [
      ...byArticleId((articleId) => ({ annotation: { ...f.deletedA, articleId } })),
      // Not here: a deleted annotation of A sent under B's id. Once deleted, nothing in the store
      // tells it from one of B's but its quote, and undo may restore an annotation whose quote the
      // text no longer holds (one left unplaced by a re-extraction).
      restore("a live annotation of A under B's id", () => ({ ...f.liveA, articleId: f.articleB })),
      restore("B's live annotation under A's id", () => ({ ...f.liveB, articleId: f.articleA })),
      restore('offsets after the text', (a) => at(a, f.lengthA + 10, f.lengthA + 20)),
      restore('end past the text', (a) => at(a, 0, f.lengthA + 1)),
      restore('reversed offsets', (a) => at(a, 15, 8)),
      restore('an empty range', (a) => at(a, 8, 8)),
      restore('offsets near 2^31', (a) => at(a, 2 ** 31, 2 ** 31 + 1)),
    ],
    'search:query': searchQueries(),
    'notes:export': byArticleId((articleId) => ({ articleId, format: 'md' })),
    'articles:listRows': [
      ...byCaseId((caseId) => ({ sort: 'title', direction: 'asc', caseId })),
      { label: 'a case and unfiled at once', payload: { sort: 'title', direction: 'asc', caseId: f.caseId, unfiled: true } },
      ...byCodeId((code) => ({ sort: 'title', direction: 'asc', code })),
    ],
    'cases:list': [],
    'cases:create': badNames((name) => ({ name })),
    'cases:rename': [...byCaseId((id) => ({ id, name: 'Port' })), ...badNames((name) => ({ id: f.caseId, name }))],
    'cases:delete': byCaseId((id) => ({ id })),
    'cases:addArticles': [
      ...byCaseId((caseId) => ({ caseId, articleIds: [f.articleB] })),
      ...articleIds.map((c) => ({
        label: `articleIds[0] = ${c.label}`,
        payload: { caseId: f.caseId, articleIds: [c.payload] },
      })),
      { label: 'a known and an unknown article', payload: { caseId: f.caseId, articleIds: [f.articleB, UNKNOWN_ID] } },
    ],
    'cases:removeArticles': byCaseId((caseId) => ({ caseId, articleIds: [f.articleA] })),
    'codes:list': [],
    'codes:create': [
      ...badCodeNames((name) => ({ name, parentId: f.framing })),
      ...byCodeId((parentId) => ({ name: 'Blame', parentId })),
    ],
    'codes:update': [
      ...byCodeId((id) => ({ id, name: 'Register' })),
      ...badCodeNames((name) => ({ id: f.tone, name })),
    ],
    'codes:move': [
      ...byCodeId((id) => ({ id, parentId: f.framing })),
      ...byCodeId((parentId) => ({ id: f.tone, parentId })),
      { label: 'a code under itself', payload: { id: f.tone, parentId: f.tone } },
      { label: 'a code under its own child', payload: { id: f.tone, parentId: f.irony } },
      { label: 'beside a code of the same name', payload: { id: f.tone } },
    ],
    'codes:delete': byCodeId((id) => ({ id })),
    'codes:restore': [
      { label: 'a code that is in the library', payload: { deleted: { ...f.deletedCode, code: { ...f.deletedCode.code, id: f.tone } } } },
      ...byCodeId((parentId) => ({ deleted: { ...f.deletedCode, code: { ...f.deletedCode.code, parentId } } })),
      { label: 'to the top, beside a code of the same name', payload: { deleted: { ...f.deletedCode, code: { ...f.deletedCode.code, parentId: null } } } },
      { label: 'a name the codebook refuses', payload: { deleted: { ...f.deletedCode, code: { ...f.deletedCode.code, name: 'A/B' } } } },
    ],
    'codes:code': [
      ...byAnnotationId((annotationId) => ({ annotationId, codeId: f.tone })),
      ...byCodeId((codeId) => ({ annotationId: f.liveB.id, codeId })),
    ],
    'codes:uncode': byAnnotationId((annotationId) => ({ annotationId, codeId: f.framing })),
    'codes:ofArticle': byArticleId((articleId) => ({ articleId })),
    'codes:passages': byCodeId((id) => ({ id })),
    'codes:counts': [],
    'codes:cooccurrence': [],
    'codes:suggest': [],
    'verdicts:ofClaim': badClaims((claim) => ({ claim })),
    'verdicts:judge': [
      ...badClaims((claim) => ({ claim, status: 'checking', rating: null, conclusion: '' })),
      ...annotationIds.map((c) => ({
        label: `claim.annotationId = ${c.label}`,
        payload: { claim: { ...f.claimA, annotationId: c.payload }, status: 'checking', rating: null, conclusion: '' },
      })),
      { label: "B's highlight on A's claim", payload: { claim: { ...f.claimA, annotationId: f.liveB.id }, status: 'checking', rating: null, conclusion: '' } },
      { label: 'checked without a rating', payload: { claim: f.claimA, status: 'checked', rating: null, conclusion: '' } },
      { label: 'a rating while still to check', payload: { claim: f.claimA, status: 'to-check', rating: 'true', conclusion: '' } },
      { label: 'a conclusion too long', payload: { claim: f.claimA, status: 'checked', rating: 'true', conclusion: 'x'.repeat(2001) } },
    ],
    'verdicts:addEvidence': [
      ...byVerdictId((verdictId) => ({ verdictId, evidence: { kind: 'note', note: 'n' } })),
      ...[
        { label: 'a javascript: address', evidence: { kind: 'url', url: 'javascript:alert(1)' } },
        { label: 'a file: address', evidence: { kind: 'url', url: 'file:///etc/passwd' } },
        { label: 'words for an address', evidence: { kind: 'url', url: 'the minutes' } },
        { label: 'an empty note', evidence: { kind: 'note', note: '  ' } },
        { label: 'a file name with folders', evidence: { kind: 'file', fileName: '../../etc/passwd' } },
        { label: 'a passage of an unknown article', evidence: { kind: 'passage', articleId: UNKNOWN_ID, start: 0, end: 4 } },
        { label: 'a passage past the text', evidence: { kind: 'passage', articleId: f.articleA, start: 0, end: f.lengthA + 1 } },
      ].map((c) => ({ label: c.label, payload: { verdictId: f.verdictA, evidence: c.evidence } })),
    ],
    'verdicts:removeEvidence': [
      ...wrongIds().map((c) => ({ label: `id = ${c.label}`, payload: { id: c.payload } })),
      { label: "a verdict's id", payload: { id: f.verdictA } },
    ],
    'verdicts:link': [
      ...byVerdictId((verdictId) => ({ verdictId, claim: f.titleB })),
      ...badClaims((claim) => ({ verdictId: f.verdictA, claim })),
      { label: 'a claim with a verdict of its own', payload: { verdictId: f.verdictA, claim: f.claimB } },
    ],
    'verdicts:unlink': [
      ...badClaims((claim) => ({ claim })),
      { label: 'a claim with no verdict', payload: { claim: f.titleB } },
    ],
    'verdicts:board': byCaseId((caseId) => ({ scope: { kind: 'case', caseId } })),
    'verdicts:sameClaims': badClaims((claim) => ({ claim })),
    'verdicts:ofArticle': byArticleId((articleId) => ({ articleId })),
    // Only an article deleted from the window can be put back: a live one or one never deleted is refused.
    'articles:restore': byArticleId((id) => ({ id })).concat({ label: 'a live article', payload: { id: f.articleB } }),
    'articles:listChoices': [],
    'cases:restore': [
      { label: 'a case that is still there', payload: { deleted: deletedCase(f.caseId, 'Gone') } },
      ...badNames((name) => ({ deleted: deletedCase(UNKNOWN_ID, name) })),
    ],
    'tags:list': [],
    'tags:rename': [
      { label: 'a tag no note has', payload: { from: 'nope', to: 'money' } },
      { label: 'an empty new name', payload: { from: 'budget', to: ' \t ' } },
      { label: 'an empty tag', payload: { from: '  ', to: 'money' } },
    ],
    'tags:merge': [
      { label: 'tags no note has', payload: { from: ['nope', 'never'], to: 'money' } },
      { label: 'an empty new name', payload: { from: ['budget'], to: '' } },
    ],
    'tags:suggest': [],
    'tags:restore': [],
    'annotations:importDialog': [],
    'annotations:orphans': [],
    // The library holds no orphans: no id is one, a live highlight's among them.
    'annotations:deleteOrphan': [
      ...byAnnotationId((id) => ({ id })),
      { label: "a live highlight's id", payload: { id: f.liveA.id } },
    ],
    'export:formats': [],
    'export:run': [
      ...byArticleId((id) => ({ format: 'md', scope: { kind: 'articles', ids: [f.articleB, id] } })),
      ...byCaseId((caseId) => ({ format: 'json', scope: { kind: 'case', caseId } })),
      ...byCodeId((codeId) => ({ format: 'md', scope: { kind: 'code', codeId } })),
    ],
    'export:cancel': [],
    'app:about': [],
    'app:takeOpenedFiles': [],
    'settings:libraryLocation': [],
    'settings:moveLibrary': [],
  }
}

/** A case as `cases:delete` answers it, holding article A. */
function deletedCase(id: string, name: string): DeletedCase {
  const at = '2026-03-01T10:00:00.000Z'
  return {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    articles: 1,
    members: [{ articleId: f.articleA, addedAt: at }],
  }
}

/** Code ids that pass validation but name no code (an article's and a highlight's among them). */
function byCodeId(make: (id: string) => unknown): PayloadCase[] {
  const ids = [
    ...wrongIds(),
    { label: "an article's id", payload: f.articleA },
    { label: "a highlight's id", payload: f.liveA.id },
    { label: 'a deleted code', payload: f.deletedCode.code.id },
  ]
  return ids.map((c) => ({ label: `code id = ${c.label}`, payload: make(c.payload as string) }))
}

/** Code names the codebook refuses: empty once tidied, too long, holding the path separator, a sibling's. */
function badCodeNames(make: (name: string) => unknown): PayloadCase[] {
  const names = ['', ' \n\t ', 'x'.repeat(CODE_NAME_MAX + 1), 'Left/Right', 'ACTORS']
  return names.map((name) => ({ label: `code name = ${JSON.stringify(name.slice(0, 20))}`, payload: make(name) }))
}

/** Verdict ids that pass validation but name no verdict (an article's id among them). */
function byVerdictId(make: (id: string) => unknown): PayloadCase[] {
  const ids = [...wrongIds(), { label: "an article's id", payload: f.articleA }]
  return ids.map((c) => ({ label: `verdict id = ${c.label}`, payload: make(c.payload as string) }))
}

/** Claims that pass validation but are no passage of a stored article. */
function badClaims(make: (claim: ClaimRef) => unknown): PayloadCase[] {
  const claims = [
    ...[...wrongIds(), { label: "an annotation's id", payload: f.liveA.id }].map((c) => ({
      label: `claim.articleId = ${c.label}`,
      claim: { ...f.claimA, articleId: c.payload as string },
    })),
    { label: 'a claim past the text', claim: { ...f.claimA, end: f.lengthA + 1 } },
    { label: 'a claim after the text', claim: { ...f.claimA, start: f.lengthA + 10, end: f.lengthA + 20 } },
    { label: 'reversed offsets', claim: { ...f.claimA, start: 9, end: 2 } },
  ]
  return claims.map((c) => ({ label: c.label, payload: make(c.claim) }))
}

/** Case ids that pass validation but name no case (an article's id among them). */
function byCaseId(make: (id: string) => unknown): PayloadCase[] {
  const ids = [...wrongIds(), { label: "an article's id", payload: f.articleA }]
  return ids.map((c) => ({ label: `case id = ${c.label}`, payload: make(c.payload as string) }))
}

/** Names the service refuses: empty once tidied, too long, the pane's own entries, a name taken. */
function badNames(make: (name: string) => unknown): PayloadCase[] {
  const names = ['', ' \n\t ', 'x'.repeat(CASE_NAME_MAX + 1), 'Unfiled', 'all ARTICLES', 'QUAY']
  return names.map((name) => ({ label: `name = ${JSON.stringify(name.slice(0, 20))}`, payload: make(name) }))
}

/** Queries that pass validation but that the search refuses, each with a message for the person who typed it. */
function searchQueries(): PayloadCase[] {
  return [
    { label: 'a negated date', payload: { query: 'body -after:2023-01-01' } },
    { label: 'too many words', payload: { query: Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') } },
    { label: 'a case filter the window cannot resolve', payload: { query: 'case:x body' } },
  ]
}

/** Every row of every table (blobs as hex), and the schema version: the whole store as text. */
function snapshot(): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string
  }[]
  const dump: Record<string, unknown> = { version: db.prepare('PRAGMA user_version').get() }
  for (const { name } of tables) {
    // Sorted as text: some tables have no rowid (WITHOUT ROWID), and row order is not what is compared.
    // Big integers as BigInt: FTS5's own tables hold values past Number's range.
    const select = db.prepare(`SELECT * FROM "${name}"`)
    select.setReadBigInts(true)
    const rows = select.all()
    dump[name] = rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'bigint' ? String(v) : v,
            ]),
          ),
        ),
      )
      .sort()
  }
  return JSON.stringify(dump)
}

/** Why a message could not be shown to a person as it is, or null when it can. */
function unreadable(message: unknown): string | null {
  if (typeof message !== 'string') return 'the message is not a string'
  if (message.length < 20) return `the message is too short: ${JSON.stringify(message)}`
  if (message.length > 400) return `the message is ${message.length} characters long`
  if (
    /\bundefined\b|\[object \w+\]|\n\s+at |\b(Type|Range|Reference|Syntax)Error\b|SQLITE|node_modules|\.ts:\d/.test(
      message,
    )
  ) {
    return `the message leaks internals: ${JSON.stringify(message)}`
  }
  return null
}

function casesOf(channel: Channel): PayloadCase[] {
  const { payload, optional } = validPayloads()[channel]
  return [...malformedVariants(payload, optional), ...wellFormedButWrong()[channel]]
}

describe('every IPC channel, fed malformed payloads', () => {
  it('has malformed cases for every channel of the contract', () => {
    const valid = validPayloads()
    const wrong = wellFormedButWrong()
    expect(Object.keys(valid).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(wrong).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(casesOf(channel).length, channel).toBeGreaterThanOrEqual(15)
  })

  // One test per channel keeps each well inside the per-test time limit on a busy machine; the
  // totals below add up what they saw (tests in a file run in order).
  const codes = new Map<string, number>()
  let calls = 0
  for (const channel of CHANNELS) {
    it(`answers ${channel} with a readable error, throws nothing, opens no dialog and changes no row`, async () => {
      const failures: string[] = []
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      let before = snapshot()
      for (const { label, payload } of casesOf(channel)) {
        calls++
        const what = `${channel} with ${label}`
        let result: Awaited<ReturnType<typeof dispatch>>
        try {
          result = await dispatch(handlers, channel, payload)
        } catch (error) {
          failures.push(`${what}: threw ${String(error)}`)
          continue
        }
        if (result.ok) failures.push(`${what}: was accepted`)
        else {
          codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
          if (result.error.code === 'internal')
            failures.push(`${what}: failed inside a service instead of being refused`)
          const why = unreadable(result.error.message)
          if (why) failures.push(`${what}: ${why}`)
        }
        const after = snapshot()
        if (after !== before) failures.push(`${what}: changed the store`)
        before = after
      }
      logged.mockRestore()
      expect(failures).toEqual([])
      expect(dialogCalls).toEqual([])
      expect(events).toEqual([])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('refused the malformed in validation and the wrong ids in the services, every call answered', () => {
    expect(codes.get('invalid-request')).toBeGreaterThan(1000)
    expect(codes.get('not-found')).toBeGreaterThan(30)
    expect(calls).toBe([...codes.values()].reduce((sum, n) => sum + n, 0))
    expect(calls).toBeGreaterThan(1500)
  })

  it('still serves well-formed requests afterwards', async () => {
    const opened = (await dispatch(handlers, 'articles:open', { id: f.articleA })) as IpcResult<OpenedArticle>
    expect(opened.ok && opened.value.annotations.map((a) => a.id)).toEqual([f.liveA.id])
    const restored = await dispatch(handlers, 'annotations:restore', { annotation: f.deletedA })
    expect(restored).toEqual({ ok: true, value: f.deletedA })
    const found = await dispatch(handlers, 'search:query', { query: 'harbour', limit: 5 })
    expect(found.ok && (found.value as { id: string; snippet: string }[]).map((h) => [h.id, h.snippet.includes('«harbour»')])).toEqual([
      [f.articleA, true],
    ])
  })
})
