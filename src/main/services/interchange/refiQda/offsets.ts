/*
 * REFI-QDA counts PlainTextSelection positions in characters (Unicode code points) of the plain text source;
 * Dossier counts in UTF-16 units of `article.text`. They differ after every character outside the BMP (an
 * emoji counts 1 there and 2 here). Export converts here; import maps back while storing the text (qdpxImport.ts).
 */

/** The code point index of UTF-16 index `utf16` in `text`. */
export function toCodePoints(text: string, utf16: number): number {
  let points = 0
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const unit = text.charCodeAt(i)
    // The low half of a surrogate pair adds nothing: its pair was counted at the high half.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++
  }
  return points
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}
