/**
 * What browsers and SingleFile write into a page they save: the address it came from and when it
 * was saved. Chrome's "Webpage, complete" adds `<!-- saved from url=(0043)https://… -->` (the
 * "mark of the web"); SingleFile adds a comment with `url:` and `saved date:` lines. The save
 * date is when the analyst captured the page, never its publication date.
 */
import { httpUrl } from './urls'

export interface SavedPageInfo {
  url: string | null
  captured: string | null
}

/** Only the head of the file is looked at: both comments come before or just after <html>. */
const HEAD_CHARS = 8192

export function savedPageInfo(html: string): SavedPageInfo {
  const head = html.slice(0, HEAD_CHARS)
  const markOfTheWeb = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)
  const singleFile = /<!--\s*Page saved with SingleFile([\s\S]*?)-->/i.exec(head)
  const singleFileUrl = singleFile && /^\s*url:\s*(\S+)/im.exec(singleFile[1])
  const savedDate = singleFile && /^\s*saved date:\s*(.+)$/im.exec(singleFile[1])
  return {
    url: httpUrl(markOfTheWeb?.[1]) ?? httpUrl(singleFileUrl?.[1]),
    captured: savedDate ? dateTimeIso(savedDate[1]) : null,
  }
}

/** A date in JavaScript's Date#toString form ("Tue Mar 12 2024 10:00:00 GMT+0100 (CET)") as ISO 8601 UTC. */
export function dateTimeIso(value: string): string | null {
  const time = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, '').trim())
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}
