// The token endpoint of a Next.js app (App Router route handler): createTokenHandler is already a
// `(Request) => Promise<Response>`, so it is the POST export as it is.
import { createTokenHandler, Runlet } from '@runlet/node';
import { getSession } from '../../../lib/session';

export const POST = createTokenHandler({
  client: new Runlet(), // RUNLET_API_KEY, server-side only: it needs tokens:create and the scopes granted below
  authorize: async (request) => {
    const user = await getSession(request);
    if (!user) return null; // → 401, final for the browser: it stops asking
    // No allowedOrigins: the token is bound to the page's Origin.
    return { scopes: ['sandbox:create', 'sandbox:execute', 'sandbox:delete'], ttlSeconds: 600, subject: user.id };
  },
});
