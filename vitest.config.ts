import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Unit tests sit beside the code. Renderer tests pick happy-dom with a
// `// @vitest-environment happy-dom` line; everything else runs in Node.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'eslint-rules/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
