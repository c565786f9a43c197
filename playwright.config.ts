import { defineConfig } from '@playwright/test'

// One config for both targets; e2e/fixtures.ts decides per run (DOSSIER_E2E_TARGET, else
// electron when its binary is installed, else web). Specs never branch on the target.
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
})
