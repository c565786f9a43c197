import { CodebookTree } from './CodebookTree'
import { CodeDetail } from './CodeDetail'

/** The Codes view in the centre: the codebook on the left, the selected code and what it codes on the right. */
export function CodesView() {
  return (
    <div className="codes-view">
      {/* The reader's h1 is hidden with it: this view names itself for the page's outline. */}
      <h1 className="visually-hidden">Codes</h1>
      <CodebookTree />
      <CodeDetail />
    </div>
  )
}
