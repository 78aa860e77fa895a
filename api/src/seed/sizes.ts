/** Named sizes of the synthetic city and the default seed, shared by the CLI and start scripts. */
export const CITY_SIZES = { full: 330_000, small: 20_000, tiny: 2_000 } as const;
export type CitySize = keyof typeof CITY_SIZES;

export const DEFAULT_SEED = 20261129;

/** `full` | `small` | `tiny` | a positive number of retirees (underscores allowed: 50_000). */
export function parseCitySize(raw: string): number {
  if (Object.hasOwn(CITY_SIZES, raw)) return CITY_SIZES[raw as CitySize];
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`size must be full, small, tiny or a positive number of retirees, got "${raw}"`);
  return n;
}
