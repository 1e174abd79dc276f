import { validationError } from './api-error.js';

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

/**
 * A newest-first page of `collection` (by creation order), keeping the items `visible` lets through. The
 * cursor is the id of the previous page's last item, looked up in the whole collection so that it stays
 * valid when that item is hidden since.
 */
export function paginate<Item extends { id: string; seq: number }>(
  collection: ReadonlyMap<string, Item>,
  query: PageQuery | undefined,
  visible: (item: Item) => boolean = () => true,
): { page: Item[]; nextCursor: string | null } {
  const limit = query?.limit ?? 20;
  let after = Number.POSITIVE_INFINITY;
  if (query?.cursor !== undefined) {
    const anchor = collection.get(query.cursor);
    if (!anchor) {
      throw validationError([
        { path: 'query.cursor', message: 'Unknown cursor; pass the nextCursor of the previous page.' },
      ]);
    }
    after = anchor.seq;
  }
  const items = [...collection.values()]
    .filter((item) => item.seq < after && visible(item))
    .sort((a, b) => b.seq - a.seq);
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: items.length > limit && last ? last.id : null };
}
