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
