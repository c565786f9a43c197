export { listTags, mergeTags, renameTag, tagSuggestions } from './tags'
