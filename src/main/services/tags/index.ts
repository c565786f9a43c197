export { listTags, mergeTags, renameTag, restoreNoteTags, retagNotes, tagSuggestions } from './tags'
