/* Timing helpers the benchmarks share: medians of repeated runs, percentiles of sorted times, a clean heap. */
import v8 from 'node:v8'
import vm from 'node:vm'

v8.setFlagsFromString('--expose-gc')
/** V8's full collection, exposed as `gc` to contexts made after the flag is set. */
const fullGc = vm.runInNewContext('gc') as () => void

/**
 * Collects this isolate's garbage, so that a timed run starts from a clean heap and pays for its own garbage only,
 * not for what the run before it left behind.
 */
export function collectGarbage(): void {
  fullGc()
}

/** The value at fraction `p` (0..1) of `sorted`, which is in ascending order. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]

/** `n` to two decimals, for the report. */
export const round = (n: number): number => Math.round(n * 100) / 100

/** The median time in ms of `times` runs of `run`; `warmUp` runs it once untimed first (caches, prepared plans). */
export function medianOf(run: () => unknown, times: number, warmUp = false): number {
  if (warmUp) run()
  const ms: number[] = []
  for (let i = 0; i < times; i++) {
    const t = performance.now()
    run()
    ms.push(performance.now() - t)
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]
}
