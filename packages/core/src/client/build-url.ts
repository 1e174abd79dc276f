/** Fills `{name}` placeholders (encoded) and appends the query; returns the path and query as sent. */
export function buildPath(
  template: string,
  pathParams: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
  method: string,
): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(
        `Missing path parameter "${name}" for ${method} ${template}: pass params: { path: { ${name} } }.`,
      );
    }
    return encodeURIComponent(String(value));
  });
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
