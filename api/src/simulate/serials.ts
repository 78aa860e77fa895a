/**
 * Serial ranges the month feeds into the seed's number bijections (identifiers.ts). The seed uses
 * serial = retiree index (< retirees) for accounts, cards and retirees' phones, and 20,000,000 +
 * relative id for relatives' phones; these ranges lie above both, so a new number is never a
 * seeded one (distinct serials give distinct numbers).
 */
export const SIM_SERIALS = {
  CHANGED_PHONE: 40_000_000,
  NEW_RETIREE_PHONE: 45_000_000,
  NEW_RETIREE_CARD: 60_000_000,
  CHANGED_ACCOUNT: 700_000_000,
  NEW_RETIREE_ACCOUNT: 800_000_000,
} as const;

/** The seed's own ranges stay below this many retirees. */
export const MAX_SIMULATED_RETIREES = 20_000_000;
