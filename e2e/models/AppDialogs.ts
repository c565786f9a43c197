import type { Locator, Page } from '@playwright/test'

/** Help → About Dossier and Settings, as a person reads and uses them. */
export class AppDialogs {
  constructor(readonly page: Page) {}
  about(): Locator {
    return this.page.getByRole('dialog', { name: 'About Dossier' })
  }
  /** The value About shows beside `label` ("Version", "Library folder"). */
  aboutFact(label: 'Version' | 'Library folder'): Locator {
    return this.about().locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]')
  }
  /** The row of a bundled library in About's licence table. */
  licenseRow(name: string): Locator {
    return this.about()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
  }
  settings(): Locator {
    return this.page.getByRole('dialog', { name: 'Settings' })
  }
  libraryFolder(): Locator {
    return this.settings().locator('[data-setting="library-folder"]')
  }
  moveLibraryButton(): Locator {
    return this.settings().getByRole('button', { name: 'Move Library…' })
  }
}
