import { APIPromise } from '../client/api-promise.js';
import { RunletError } from '../errors/runlet-error.js';

/** Fetches the page that starts at `cursor`. */
export type FetchPage<T> = (cursor: string) => PagePromise<T>;

/** One page of a list, from `{ data, nextCursor }`. Iterating a page walks it and every page after it. */
export class Page<T> implements AsyncIterable<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
  readonly #fetchPage: FetchPage<T>;

  constructor(body: { data: T[]; nextCursor: string | null }, fetchPage: FetchPage<T>) {
    this.data = body.data;
    this.nextCursor = body.nextCursor;
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    return !!this.nextCursor;
  }

  /** The next page; throws when this is the last one (check `hasNextPage()` first). */
  getNextPage(): PagePromise<T> {
    if (!this.nextCursor) throw new RunletError('This is the last page: check page.hasNextPage() first.');
    return this.#fetchPage(this.nextCursor);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of pages(this)) yield* page.data;
  }
}

async function* pages<T>(first: Page<T>): AsyncGenerator<Page<T>> {
  for (let next: Page<T> | undefined = first; next; next = next.hasNextPage() ? await next.getNextPage() : undefined) {
    yield next;
  }
}

/**
 * A list call: `await` it for the first page, `for await (const item of …)` for every item across pages,
 * or `for await (const page of ….pages())` for the pages.
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  async *pages(): AsyncGenerator<Page<T>> {
    yield* pages(await this);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* await this;
  }
}
