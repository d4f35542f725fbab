/** Binary search over items kept in line order. */

/**
 * The first index at which `atOrAfter` holds, in an array where it holds from some index on (the
 * array's length when it never does).
 */
export function firstIndex<T>(items: readonly T[], atOrAfter: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (atOrAfter(items[mid])) high = mid; else low = mid + 1;
  }
  return low;
}
