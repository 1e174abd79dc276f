/** Fills `{name}` placeholders (encoded) and appends the query; returns the path and query as sent. */
export function buildPath(
  template: string,
  pathParams: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
  method: string,
): string {
  const path = !template.includes('{')
    ? template
    : template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = pathParams?.[name];
        if (value == null || value === '') {
          throw new TypeError(
            `Missing path parameter "${name}" for ${method} ${template}: pass params: { path: { ${name} } }.`,
          );
        }
        return encodeURIComponent(String(value));
      });
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value == null) continue;
    for (const item of [value].flat()) {
      if (typeof item === 'object' && item !== null && !(item instanceof Date)) {
        throw new TypeError(
          `Query parameter "${key}" for ${method} ${template} is an object; query values are strings, numbers or ` +
            'booleans. Call options (headers, signal, timeout…) go in the last argument.',
        );
      }
      search.append(key, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
