/** A program and its arguments as `execFile` takes them. */
export interface Launch {
  file: string
  args: string[]
  /** Set when `args` are already quoted for the Windows command line, so Node must pass them as they are. */
  windowsVerbatimArguments?: boolean
}

// The characters cmd.exe gives a meaning to; a caret before one makes it literal.
const CMD_META = /([()\][%!^"`<>&|;, *?])/g

/**
 * One argument quoted for a program's command line (the rules of CommandLineToArgvW: backslashes double only before a
 * quote), then caret-escaped twice for cmd.exe: once for the `cmd /c` line, and once more for the batch file that
 * passes its arguments on (`%*`), whose line cmd.exe parses again.
 */
export function batchArgument(arg: string): string {
  const quoted = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1')}"`
  return quoted.replace(CMD_META, '^$1').replace(CMD_META, '^$1')
}

/**
 * How to start `command` with `args`. A Windows batch file (.cmd, .bat: what a command found through PATHEXT may be)
 * cannot be started directly (Node refuses, since a batch file's arguments are parsed by cmd.exe), so it is run through
 * cmd.exe with every argument escaped; anything else is started as it is.
 */
export function launchOf(
  command: string,
  args: string[],
  platform: NodeJS.Platform = process.platform,
  shell = process.env.ComSpec || 'cmd.exe',
): Launch {
  if (platform !== 'win32' || !/\.(cmd|bat)$/i.test(command)) return { file: command, args }
  const line = [command.replace(CMD_META, '^$1'), ...args.map(batchArgument)].join(' ')
  // /d: no AutoRun commands from the registry; /s /c "…": the outer quotes are removed and the rest run as it is.
  return { file: shell, args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true }
}
