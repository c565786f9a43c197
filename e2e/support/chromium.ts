import { existsSync } from 'node:fs'

/**
 * Playwright cannot download its own browser on these machines; Debian's Chromium is used
 * instead. The flags keep it from reaching for the network on start-up (the machines have none,
 * and a test must be able to prove that nothing leaves the page).
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }
}
