/**
 * Where the arrow keys, Home and End move the focus in a list of `count` items from item `index`
 * (kept inside the list), or null for any other key. The library, the search results and the
 * cases list move alike.
 */
export function listKeyTarget(key: string, index: number, count: number): number | null {
  const clamp = (to: number) => Math.max(0, Math.min(count - 1, to))
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1)
    case 'ArrowUp':
      return clamp(index - 1)
    case 'Home':
      return 0
    case 'End':
      return clamp(count - 1)
    default:
      return null
  }
}
