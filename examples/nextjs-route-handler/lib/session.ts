/** The signed-in user of a request. */
export interface SessionUser {
  id: string;
}

/**
 * Your auth goes here (Auth.js, Clerk, your own session cookie…). This demo signs in every visitor of the page
 * as `demo-user`: the `session` cookie that proxy.ts sets.
 */
export async function getSession(request: Request): Promise<SessionUser | undefined> {
  const id = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return id ? { id } : undefined;
}
