/** An import that cannot go ahead, worded for the person who chose the file. */
export class ImportError extends Error {
  readonly file: string
  readonly reason: string

  constructor(file: string, reason: string) {
    super(`Could not import “${file}”: ${reason}.`)
    this.name = 'ImportError'
    this.file = file
    this.reason = reason
  }
}

/**
 * Thrown by a format's reader, which does not know the file's name: the reason, worded for the
 * person, which extractArticle turns into an ImportError naming the file.
 */
export class Unreadable extends Error {
  readonly reason: string

  constructor(reason: string) {
    super(reason)
    this.name = 'Unreadable'
    this.reason = reason
  }
}
