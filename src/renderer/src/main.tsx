import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles/theme.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/workspace.css'
import './styles/library.css'
import './styles/cases.css'
import './styles/reader.css'
import './styles/notes.css'
import './styles/analysis.css'
import './styles/help.css'
import './styles/codebook.css'
import './styles/verdicts.css'
import './styles/libraryList.css'
import './styles/palette.css'
import './styles/tags.css'
import './styles/export.css'
import './styles/unplaced.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
