/**
 * Lines that content scrapers and "save as text" leave around an article. Any one of them marks
 * the text as scraped, which switches on the bolder cleaning in plainText.ts.
 */
const MARKERS = [
  /^\[ad_\d+\]$/i,
  /^\[(?:\/)?(?:ad|advert|advertisement)[^\]]*\]$/i,
  /^(?:source link|source|read more|read the full (?:article|story)|continue reading|advertisement|ad|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|share this(?: article| story)?|related(?: articles| stories| content)?:?|more from .{1,40}|click here to read more|skip to (?:main )?content|subscribe(?: now)?)\.?$/i,
]

export function isScraperMarker(line: string): boolean {
  return MARKERS.some((marker) => marker.test(line))
}

/** "Home TRAVEL BLOGS <headline>", "Home » World » <headline>": a site's breadcrumb trail. */
export function isBreadcrumb(line: string, title: string | null): boolean {
  if (!/^Home\b/.test(line)) return false
  if (/^Home\s*[>»/|›]/.test(line)) return true
  return title !== null && line.length > title.length && line.endsWith(title)
}

/** A view or share counter left as a line of its own. */
export function isCounter(line: string): boolean {
  return /^[\d.,]+[KkMm]?$/.test(line)
}

/** A line with no letters or digits: separators, bullets, the dash of a split dateline. */
export function isLonePunctuation(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line)
}
