import type { Locator, Page } from '@playwright/test'

// The name is matched as written: code names may hold regular-expression characters (an imported "(a)", "C++").
const codeName = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+ passages?`)

/** The Codes view in the centre: the codebook tree and the selected code. */
export class CodesView {
  constructor(readonly page: Page) {}
  tab(): Locator {
    return this.page.getByRole('tab', { name: 'Codes' })
  }
  tree(): Locator {
    return this.page.getByRole('region', { name: 'Codebook' })
  }
  /** The row of a code in the tree (its button, named by the code and its counts). */
  code(name: string): Locator {
    return this.tree().getByRole('button', { name: codeName(name) })
  }
  row(name: string): Locator {
    return this.tree()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: codeName(name) }) })
  }
  detail(): Locator {
    return this.page.locator('.code-detail')
  }
  passages(): Locator {
    return this.page.getByRole('list', { name: 'Coded passages' }).getByRole('listitem')
  }
  /** The "code this passage as…" combobox. */
  coding(): Locator {
    return this.page.getByRole('combobox', { name: /^Code .* as…$/ })
  }
}
