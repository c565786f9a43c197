import { defineConfig } from '@playwright/test'
import { chooseTarget } from './e2e/support/target'

// One config for both targets; e2e/support/target.ts decides per run (DOSSIER_E2E_TARGET, else
// electron when its binary is installed, else web). Specs never branch on the target. The specs in
// e2e/electron/ test the real shell (its window, menus, OS file hand-over, quitting) and are
// collected only on the electron target: on the web target they are not part of the run at all.
const target = chooseTarget()

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [{ name: target, testIgnore: target === 'electron' ? [] : ['electron/**'] }],
})
