import { describe, expect, it } from 'vitest'
import { batchArgument, launchOf } from './batchLaunch'

describe('launchOf', () => {
  it('starts a program as it is, on every platform', () => {
    expect(launchOf('/usr/bin/chromium', ['--headless'], 'linux')).toEqual({
      file: '/usr/bin/chromium',
      args: ['--headless'],
    })
    expect(launchOf('C:\\Chrome\\chrome.exe', ['--headless'], 'win32')).toEqual({
      file: 'C:\\Chrome\\chrome.exe',
      args: ['--headless'],
    })
    // Only Windows runs batch files through cmd.exe.
    expect(launchOf('/opt/chromium.cmd', ['a'], 'darwin')).toEqual({ file: '/opt/chromium.cmd', args: ['a'] })
  })

  it('runs a Windows batch file through cmd.exe, every argument quoted and escaped', () => {
    expect(
      launchOf('C:\\bin\\chromium.CMD', ['--headless', 'file:///C:/a%20b/r.html'], 'win32', 'C:\\cmd.exe'),
    ).toEqual({
      file: 'C:\\cmd.exe',
      args: [
        '/d',
        '/s',
        '/c',
        '"C:\\bin\\chromium.CMD ^^^"--headless^^^" ^^^"file:///C:/a^^^%20b/r.html^^^""',
      ],
      windowsVerbatimArguments: true,
    })
    expect(launchOf('C:\\Program Files\\x.bat', [], 'win32', 'cmd.exe').args[3]).toBe(
      '"C:\\Program^ Files\\x.bat"',
    )
  })
})

describe('batchArgument', () => {
  it('quotes for the program and escapes cmd.exe’s characters twice', () => {
    expect(batchArgument('plain')).toBe('^^^"plain^^^"')
    expect(batchArgument('a & b')).toBe('^^^"a^^^ ^^^&^^^ b^^^"')
    expect(batchArgument('100%')).toBe('^^^"100^^^%^^^"')
  })

  it('doubles backslashes only before a quote, and at the end where the closing quote follows', () => {
    expect(batchArgument('C:\\dir\\')).toBe('^^^"C:\\dir\\\\^^^"')
    expect(batchArgument('say \\"hi\\"')).toBe('^^^"say^^^ \\\\\\^^^"hi\\\\\\^^^"^^^"')
    expect(batchArgument('C:\\a\\b')).toBe('^^^"C:\\a\\b^^^"')
  })
})
