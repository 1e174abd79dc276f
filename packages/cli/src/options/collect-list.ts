/**
 * Commander parser of a repeatable option whose values may also be comma-separated:
 * `--ip 10.0.0.1 --ip 10.0.0.2,10.0.0.3` gives all three.
 */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...(previous ?? []), ...items];
}
