/** The query of a list call: page size (1–100, default 20) and the cursor of the page to fetch. */
export type ListQuery = { limit?: number; cursor?: string };
