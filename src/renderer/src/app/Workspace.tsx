import { CodesView } from '../features/codebook/components/CodesView'
import { CodingBox } from '../features/codebook/components/CodingBox'
import { useCodebookSync } from '../features/codebook/components/useCodebookSync'
import { ReaderPane } from '../features/reader/components/ReaderPane'
import { TagsView } from '../features/tags/components/TagsView'
import { ClaimsBoard } from '../features/verdicts/components/ClaimsBoard'
import { useWorkspaceStore } from '../features/workspace/store/state'

/**
 * The centre of the window: the view its tabs chose. The reader stays mounted under the other
 * views, so that its scroll position and selection survive a look at the library.
 */
export function Workspace() {
  const view = useWorkspaceStore((s) => s.view)
  useCodebookSync()
  return (
    <div className="workspace">
      <div className="workspace-view" hidden={view !== 'reader'}>
        <ReaderPane />
      </div>
      <div className="workspace-view" hidden={view !== 'codes'}>
        <CodesView />
      </div>
      <CodingBox />
      <div className="workspace-view" hidden={view !== 'claims'}>
        <ClaimsBoard />
      </div>
      <div className="workspace-view" hidden={view !== 'tags'}>
        <TagsView shown={view === 'tags'} />
      </div>
    </div>
  )
}
