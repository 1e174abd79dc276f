// A seeded source of randomness, so that a stress run can be repeated exactly from the seed it prints.

/** mulberry32: a small, fast 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed from an environment variable, else a fresh one. */
export function seedFrom(value: string | undefined): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) ? parsed : Math.floor(Math.random() * 2 ** 31);
}

/** A whole number from an environment variable, else the default. */
export function countFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Picks one of `choices` with probability proportional to its weight. */
export function pickWeighted<T extends string>(random: () => number, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [choice, weight] of entries) {
    roll -= weight;
    if (roll < 0) return choice;
  }
  return (entries.at(-1) as [T, number])[0];
}
