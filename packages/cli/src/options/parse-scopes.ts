import { InvalidArgumentError } from 'commander';
import { collectList } from './collect-list.js';

/** Scopes that exist but that `allowed` leaves out, and what they are left out of (`a client token`). */
export interface Excluded {
  scopes: readonly string[];
  on: string;
}

/**
 * A commander parser of a repeatable, comma-separated scope list (`--scope keys:read,sandbox:*`) that
 * accepts only `allowed` scopes, says when a scope exists but is not allowed here (`excluded`), and
 * suggests the closest one for a typo.
 */
export function parseScopes<S extends string>(allowed: readonly S[], excluded?: Excluded) {
  return (value: string, previous: S[] | undefined): S[] => {
    const scopes = collectList(value, previous);
    for (const scope of scopes) {
      if ((allowed as readonly string[]).includes(scope)) continue;
      if (excluded?.scopes.includes(scope)) {
        throw new InvalidArgumentError(
          `Scope "${scope}" is not allowed on ${excluded.on}. Allowed on ${excluded.on}: ${allowed.join(', ')}.`,
        );
      }
      const close = closest(scope, allowed);
      throw new InvalidArgumentError(
        `Unknown scope "${scope}".${close ? ` Did you mean ${close}?` : ''} Scopes: ${allowed.join(', ')}.`,
      );
    }
    return [...new Set(scopes)] as S[];
  };
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
