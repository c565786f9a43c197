/**
 * Attribution of speech: who says what. The work is split by concern —
 * `nounPhrases` (the grammar of speaker phrases), `gender` (for pronouns and titles),
 * `speakers` (which ledger entry a phrase names) and `cues` (the verbs and phrases that introduce
 * speech) — and this module gathers their public parts for code that wants all of them.
 */
export { readArticle, type ArticleReading, type Attribution, type Context } from './attributionContext'
export { agentAttributions, attributionAt, isCue, isWeakCue } from './cues'
export { genderOf, genderOfWord, type Gender } from './gender'
export { agentAfter, mainSubject, npForward, objectAfter, subjectBefore } from './nounPhrases'
export {
  recordSpeaker,
  resolveSpeaker,
  speakerOf,
  type LedgerChange,
  type NewEntry,
  type SpeakerResolution,
} from './speakers'
