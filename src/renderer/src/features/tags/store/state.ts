import { create } from 'zustand'
import type { TagCount } from '../../../../../shared/model/tags'

export type TagSort = 'name' | 'count'

export interface TagsState {
  tags: TagCount[]
  /** The list has been fetched at least once (until then, no empty state). */
  loaded: boolean
  sort: TagSort
  /** Tags ticked for a merge. */
  selected: string[]
  /** The tag being renamed in place. */
  renaming: string | null
  renameError: string | null
  /** The merge of the ticked tags is waiting for its name and confirmation. */
  confirmingMerge: boolean
  mergeError: string | null
}

export const initialTagsState: TagsState = {
  tags: [],
  loaded: false,
  sort: 'name',
  selected: [],
  renaming: null,
  renameError: null,
  confirmingMerge: false,
  mergeError: null,
}

export const useTagsStore = create<TagsState>()(() => initialTagsState)
