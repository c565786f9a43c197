/**
 * How the services' heavy work is done. The services take these as plain functions: the CLI and
 * the tests run them in their own thread, the app passes its worker pool's (see library.ts).
 */
import type { Analysis } from '../../shared/model/analysis'
import type { ExtractedArticle } from '../../shared/model/article'
import type { ImportToStore, StoredImport } from './articles/storeImport'
import type { OriginalText } from './fileBytes'

export type Clock = () => Date
/** `signal` gives up on work not needed any more (a cancelled folder import); in-thread work ignores it. */
export interface WorkOptions {
  signal?: AbortSignal
}
/** Reads a file's bytes into an article. */
export type Extract = (fileName: string, bytes: Uint8Array, work?: WorkOptions) => Promise<ExtractedArticle>
/** Analyses an article text (`label` names the article). */
export type Analyze = (text: string, label: string) => Promise<Analysis>
/** Hashes a file or a text: seconds on a 50 MB file. */
export type Hash = (data: string | Uint8Array, label: string, work?: WorkOptions) => Promise<string>
/** Decodes an original for View original: likewise. */
export type ReadOriginal = (bytes: Uint8Array, maxChars: number, label: string) => Promise<OriginalText>
/** Writes an import's article in one transaction (`articles/storeImport.ts`): the app does it in a thread of its own. */
export type StoreImport = (input: ImportToStore) => Promise<StoredImport>
