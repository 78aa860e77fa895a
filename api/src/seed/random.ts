/**
 * A small seeded PRNG for the synthetic city. Math.random cannot be seeded, and the city must be
 * byte-identical for the same seed, so every random choice goes through `Random`.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state,
 * passes PractRand), seeded through splitmix32 so that nearby seeds give unrelated streams.
 */

/** Mixes any number of 32-bit integers into one well-spread 32-bit seed (splitmix32 finaliser). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    h = (h + 0x6d2b79f5) | 0;
  }
  return h >>> 0;
}

/** A 32-bit FNV-1a hash of a string: turns labels ("family", a code) into stream numbers. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `parts` are mixed into the seed: `new Random(seed, retireeIndex, STREAM)` gives an independent stream. */
  constructor(...parts: number[]) {
    this.a = mixSeed(...parts, 1);
    this.b = mixSeed(...parts, 2);
    this.c = mixSeed(...parts, 3);
    this.d = mixSeed(...parts, 4);
    // sfc32 wants a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal by Box–Muller (one value per call, so the stream stays simple to reason about). */
  gaussian(): number {
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  normal(mean: number, sd: number): number {
    return mean + sd * this.gaussian();
  }

  /** Right-skewed positive values: `median` × e^(sigma·N(0,1)). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.gaussian());
  }

  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(48 + Math.floor(this.next() * 10));
    return out;
  }
}

/** Weighted choice in O(log n): cumulative weights plus a binary search. */
export class WeightedTable<T> {
  private readonly items: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: Iterable<readonly [T, number]>) {
    const items: T[] = [];
    const weights: number[] = [];
    for (const [item, weight] of entries) {
      if (!(weight >= 0)) throw new Error(`weight must be >= 0, got ${weight}`);
      if (weight === 0) continue;
      items.push(item);
      weights.push(weight);
    }
    if (items.length === 0) throw new Error('WeightedTable needs at least one positive weight');
    this.items = items;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
    this.total = sum;
  }

  pick(rng: Random): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }

  get size(): number {
    return this.items.length;
  }
}

/** Builds a table from a `{ value: weight }` record (handy for string choices). */
export function weighted<K extends string>(weights: Record<K, number>): WeightedTable<K> {
  return new WeightedTable(Object.entries(weights) as [K, number][]);
}
