/**
 * Quantities: numbers with their unit, currency or percent, normalised to a value; and paired
 * units ("650 kilometers (400 miles)") checked against each other.
 */
import type { Quantity, UnitPairCheck } from '../../../shared/model/analysis'

const UNITS: [RegExp, string][] = [
  [/^(?:kilometers?|kilometres?|km)$/i, 'km'],
  [/^(?:miles?|mi)$/i, 'mi'],
  [/^(?:meters?|metres?|m)$/i, 'm'],
  [/^(?:feet|foot|ft)$/i, 'ft'],
  [/^(?:centimeters?|centimetres?|cm)$/i, 'cm'],
  [/^(?:inch|inches|in)$/, 'in'],
  [/^(?:kilograms?|kilos?|kg)$/i, 'kg'],
  [/^(?:pounds|lbs?)$/i, 'lb'],
  [/^(?:tonnes|metric tons)$/i, 't'],
  [/^(?:tons)$/i, 'short ton'],
  [/^(?:liters?|litres?|l)$/i, 'l'],
  [/^(?:gallons?|gal)$/i, 'gal'],
  [/^(?:hectares?|ha)$/i, 'ha'],
  [/^(?:acres?)$/i, 'acre'],
  [/^(?:square kilometers?|square kilometres?|sq km|km2|km²)$/i, 'km2'],
  [/^(?:square miles?|sq mi)$/i, 'mi2'],
  [/^(?:°C|degrees Celsius|Celsius|C)$/, 'C'],
  [/^(?:°F|degrees Fahrenheit|Fahrenheit|F)$/, 'F'],
  [/^(?:knots?)$/i, 'kn'],
  [/^(?:mph|miles per hour)$/i, 'mph'],
  [/^(?:km\/h|kph|kilometers per hour|kilometres per hour)$/i, 'kmh'],
]

/** Linear conversions: [from, to, factor] meaning 1 from = factor to. */
const CONVERSIONS: [string, string, number][] = [
  ['km', 'mi', 0.621371],
  ['m', 'ft', 3.28084],
  ['cm', 'in', 0.393701],
  ['kg', 'lb', 2.20462],
  ['t', 'short ton', 1.10231],
  ['l', 'gal', 0.264172],
  ['ha', 'acre', 2.47105],
  ['km2', 'mi2', 0.386102],
  ['kmh', 'mph', 0.621371],
  ['kn', 'kmh', 1.852],
  ['kn', 'mph', 1.15078],
]

const CURRENCIES: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₽': 'RUB',
  '₹': 'INR',
}
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  mn: 1e6,
}

const UNIT_WORDS =
  'square kilometers?|square kilometres?|square miles?|sq km|sq mi|km2|km²|kilometers? per hour|kilometres? per hour|miles per hour|kilometers?|kilometres?|km\\/h|kph|km|miles?|mi|meters?|metres?|feet|foot|ft|centimeters?|centimetres?|cm|inch(?:es)?|kilograms?|kilos?|kg|pounds|lbs?|metric tons|tonnes|tons|liters?|litres?|gallons?|hectares?|acres?|knots?|mph|°C|°F|degrees Celsius|degrees Fahrenheit|percent|per cent|%|dollars|euros|pounds sterling|yuan|won|rubles|roubles|yen|people|troops|soldiers|deaths|dead|votes|jobs|years|months|weeks|days|hours|minutes'

const QUANTITY = new RegExp(
  `(?:(?<cur>[$€£¥₩₽₹])\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn)\\b)?(?:[\\s-]?(?<unit>${UNIT_WORDS})(?![\\p{L}]))?`,
  'gu',
)

function unitOf(word: string | undefined): string | null {
  if (!word) return null
  for (const [re, unit] of UNITS) if (re.test(word)) return unit
  return word.toLowerCase()
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = []
  QUANTITY.lastIndex = 0
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g = m.groups ?? {}
    // Skip parts of times and dates like 11:43 or 2019-09-13.
    const before = text[m.index - 1]
    if (before === ':' || (before && /[\p{L}\d]/u.test(before) && !g.cur)) continue
    if (text[m.index + m[0].length] === ':' && !g.unit) continue
    let value = Number(g.num.replace(/,/g, ''))
    if (g.scale) value *= SCALE[g.scale.toLowerCase()]
    const rawUnit = g.unit
    const percent = !!rawUnit && /^(?:percent|per cent|%)$/i.test(rawUnit)
    let currency = g.cur ? CURRENCIES[g.cur] : null
    if (!currency && rawUnit && /^(?:dollars|euros|yuan|won|rubles|roubles|yen)$/i.test(rawUnit))
      currency =
        { dollars: 'USD', euros: 'EUR', yuan: 'CNY', won: 'KRW', rubles: 'RUB', roubles: 'RUB', yen: 'JPY' }[
          rawUnit.toLowerCase()
        ] ?? null
    const unit = percent ? 'percent' : currency ? currency : unitOf(rawUnit)
    const start = m.index + (m[0].length - m[0].trimStart().length)
    const end = m.index + m[0].trimEnd().length
    out.push({ start, end, text: text.slice(start, end), value, unit, currency, percent })
  }
  return out
}

export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value
  if (from === 'C' && to === 'F') return (value * 9) / 5 + 32
  if (from === 'F' && to === 'C') return ((value - 32) * 5) / 9
  for (const [a, b, f] of CONVERSIONS) {
    if (a === from && b === to) return value * f
    if (a === to && b === from) return value / f
  }
  return null
}

/** Half the rounding step a writer used: 400 → 50, 404 → 0.5, 12.5 → 0.05. */
export function roundingSlack(value: number): number {
  const s = String(value)
  if (s.includes('.')) return 0.5 * 10 ** -s.split('.')[1].length
  const zeros = /0*$/.exec(s)?.[0].length ?? 0
  return 0.5 * 10 ** zeros
}

/** Quantities followed by their conversion in parentheses, and whether the two agree. */
export function checkUnitPairs(text: string, quantities: Quantity[] = findQuantities(text)): UnitPairCheck[] {
  const out: UnitPairCheck[] = []
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]
    const b = quantities[i + 1]
    const between = text.slice(a.end, b.start)
    if (
      !/^\s*[([,—–-]\s*(?:about|around|roughly|some|nearly|almost|approximately|or|more than|over)?\s*$/.test(
        between,
      )
    )
      continue
    if (!a.unit || !b.unit || a.percent || b.percent || a.currency || b.currency) continue
    const converted = convert(a.value, a.unit, b.unit)
    if (converted === null || a.unit === b.unit) continue
    const slack = Math.max(
      roundingSlack(b.value),
      Math.abs(b.value) * 0.03,
      0.5 * convert(roundingSlack(a.value), a.unit, b.unit)!,
    )
    const consistent = Math.abs(converted - b.value) <= slack * 1.0001
    const end = text[b.end] === ')' || text[b.end] === ']' ? b.end + 1 : b.end
    out.push({
      start: a.start,
      end,
      text: text.slice(a.start, end),
      first: a,
      second: b,
      converted: Math.round(converted * 100) / 100,
      consistent,
    })
  }
  return out
}
