import { defineConfig } from '@playwright/test'

// `npm run shots`: screenshots of the app for the README and for looking at what we build.
export default defineConfig({
  testDir: './e2e/shots',
  testMatch: '**/*.shots.ts',
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
  outputDir: 'test-results/shots',
})
