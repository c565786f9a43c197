import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import type { Result } from 'axe-core'

/** One line per violation and element: rule, impact, where, and what axe says is wrong. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'no impact'}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() || v.help}`,
    ),
  )
}

/** Every axe rule run on what the page shows now, as `describeViolations` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return describeViolations(violations)
}

/**
 * Runs every axe rule on what the page shows now and fails the test with a readable list of the
 * violations. `view` names the state of the app being checked, for the failure message. The
 * failure is soft, so that one run reports every view of a story.
 */
export async function expectNoAxeViolations(page: Page, view: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe violations in ${view}`).toEqual([])
}
