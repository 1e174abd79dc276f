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
        // fetch resolves `.` and `..` segments: `keys.retrieve('..')` would send GET /v1/.
        if (value === '.' || value === '..') {
          throw new TypeError(
            `Path parameter "${name}" for ${method} ${template} is "${value}", which would change the path sent; ` +
              'pass the id itself.',
          );
        }
        return encodeURIComponent(String(value));
      });
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value == null) continue;
    for (const item of [value].flat()) {
      if (item == null) continue;
      const date = item instanceof Date;
      const wrong = date
        ? Number.isNaN(+item) && 'an invalid Date'
        : (typeof item === 'object' && 'an object') || (typeof item === 'function' && 'a function');
      if (wrong) {
        throw new TypeError(
          `Query parameter "${key}" for ${method} ${template} is ${wrong}; ` +
            'query values are strings, numbers, booleans or dates. Call options (headers, signal, timeout…) go in ' +
            'the last argument.',
        );
      }
      search.append(key, date ? item.toISOString() : String(item));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
