/** A variable of `env`, where an empty or blank value counts as unset, as in the SDK (`RUNLET_API_KEY= runlet …`). */
export function envValue(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
