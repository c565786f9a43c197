// What only the real shell can show: the window's hardening as Electron applied it, the CSP header
// the session adds, and navigation, new windows and permissions refused by main.
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp'
import { expect, test } from './fixtures'

test("the window's web preferences, read back from the running renderer: sandboxed, isolated, no Node", async ({
  shell,
}) => {
  const { page } = await shell.launch()
  // The preload runs in Electron's isolated world; there its `process` says how the renderer was made.
  const cdp = await page.context().newCDPSession(page)
  const contexts: Array<{ id: number; name: string }> = []
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context))
  await cdp.send('Runtime.enable')
  const isolated = contexts.find((c) => c.name === 'Electron Isolated Context')
  expect(isolated, `execution contexts: ${contexts.map((c) => c.name).join(', ')}`).toBeTruthy()
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: isolated!.id,
    expression: 'JSON.stringify({ sandboxed: process.sandboxed, contextIsolated: process.contextIsolated })',
    returnByValue: true,
  })
  expect(JSON.parse(result.value as string)).toEqual({ sandboxed: true, contextIsolated: true })
  // The page's own world has no Node (nodeIntegration false) and reaches main only through the contract.
  const pageWorld = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { dossier: object }).dossier).includes('articles'),
    ipcRenderer: 'ipcRenderer' in (window as unknown as { dossier: object }).dossier,
  }))
  expect(pageWorld).toEqual({ require: 'undefined', process: 'undefined', bridge: true, ipcRenderer: false })
})

test('the page arrives with the CSP as a header, the same as its meta tag', async ({ shell }) => {
  const { page } = await shell.launch()
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/renderer/index.html')),
    page.reload(),
  ])
  expect(await response.headerValue('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toBe(CONTENT_SECURITY_POLICY)
  // And it holds: an inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
})

test('navigation away and window.open are denied; a web link goes to the OS browser only', async ({
  shell,
}) => {
  const { electronApp, page } = await shell.launch()
  const appUrl = page.url()
  await electronApp.evaluate(({ shell: osShell }) => {
    const opened: string[] = []
    ;(globalThis as { openedExternally?: string[] }).openedExternally = opened
    osShell.openExternal = async (url: string) => void opened.push(url)
  })
  await page.evaluate(() => {
    window.location.href = 'https://example.org/elsewhere'
  })
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hosts'
  })
  const popup = await page.evaluate(() => window.open('https://example.org/popup') === null)
  const localPopup = await page.evaluate(() => window.open('http://127.0.0.1:8080/') === null)
  expect([popup, localPopup]).toEqual([true, true])
  await expect
    .poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
    .toBe(1)
  expect(page.url()).toBe(appUrl)
  await expect
    .poll(() => electronApp.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally))
    .toEqual(['https://example.org/elsewhere', 'https://example.org/popup'])
})

test('every permission request is denied', async ({ shell }) => {
  const { page } = await shell.launch()
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied')
  const geolocation = await page.evaluate(
    () =>
      new Promise<number | 'granted'>((done) =>
        navigator.geolocation.getCurrentPosition(
          () => done('granted'),
          (error) => done(error.code),
        ),
      ),
  )
  expect(geolocation).toBe(1) // GeolocationPositionError.PERMISSION_DENIED
  expect(
    await page.evaluate(() => navigator.permissions.query({ name: 'geolocation' }).then((s) => s.state)),
  ).toBe('denied')
})
