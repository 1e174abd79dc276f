/** A variable of `env`, where an empty or blank value counts as unset, as in `RUNLET_API_KEY= node app.js`. */
export function envValue(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
