/**
 * A small RFC 4180 reader written apart from the exporter, so that tests read its CSV back as a spreadsheet would:
 * fields split on commas, records on CRLF (or LF), quoted fields may hold commas, quotes ("") and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else field += ch
      i += 1
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      i += 1
      continue
    } else if (ch === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else if (ch === '"') throw new Error(`A quote inside an unquoted field at ${i}`)
    else field += ch
    i += 1
  }
  if (quoted) throw new Error('The CSV ends inside a quoted field')
  if (field !== '' || record.length) {
    record.push(field)
    records.push(record)
  }
  return records
}
