import { InvalidArgumentError } from 'commander';

/** A commander parser of a whole number from `min` to `max`. */
export function parseInteger(min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
      throw new InvalidArgumentError(`Write a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}
