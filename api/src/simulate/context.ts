/**
 * The month being simulated: the seeded city it happens in, the 30-day window ending on
 * `today`, and the pension period the payment file covers.
 */
import { isoDay, parseIsoDay } from '../seed/calendar.js';
import { buildCity, type CityModel, type CommunityModel } from '../seed/city.js';
import { populationContext, type PopulationContext } from '../seed/population.js';
import { FULL_CITY_RETIREES } from './rates.js';

export const WINDOW_DAYS = 30;

export interface SimulationContext {
  seed: number;
  retirees: number;
  /** `full`, `small`, `tiny` or the number: names output folders and idempotency keys. */
  sizeLabel: string;
  today: number;
  todayIso: string;
  /** First day of the window (today − 29). */
  windowStart: number;
  city: CityModel;
  population: PopulationContext;
  communityById: Map<number, CommunityModel>;
  /** The latest period the seed has paid by today (today's month once its pay day has passed). */
  paymentMonth: number;
  paymentPeriod: string;
  paymentPaidDate: string;
  /** retirees / 330,000: turns full-city monthly counts into this city's. */
  scale: number;
  signalCoverage: number;
}

export function simulationContext(options: { seed: number; retirees: number; sizeLabel: string; today: string; signalCoverage: number }): SimulationContext {
  const today = parseIsoDay(options.today);
  const city = buildCity(options.seed);
  const population = populationContext(options.seed, today, city);
  const lastSlot = population.paydays.length - 1;
  const slot = population.paydays[lastSlot]! <= today ? lastSlot : lastSlot - 1;
  return {
    seed: options.seed,
    retirees: options.retirees,
    sizeLabel: options.sizeLabel,
    today,
    todayIso: isoDay(today),
    windowStart: today - (WINDOW_DAYS - 1),
    city,
    population,
    communityById: new Map(city.communities.map((c) => [c.unit.id, c])),
    paymentMonth: population.firstMonth + slot,
    paymentPeriod: population.periods[slot]!,
    paymentPaidDate: population.paidDates[slot]!,
    scale: options.retirees / FULL_CITY_RETIREES,
    signalCoverage: options.signalCoverage,
  };
}
