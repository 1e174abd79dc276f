// Your backend: it holds the secret key, serves the page and mints short-lived client tokens for it.
import { fileURLToPath } from 'node:url';
import { createTokenHandler, Runlet, toNodeHandler } from '@runlet/node';
import express from 'express';

const runlet = new Runlet(); // RUNLET_API_KEY (with tokens:create and the scopes below), server-side only

const runletToken = createTokenHandler({
  client: runlet,
  authorize: (request) => {
    // Your auth goes here. This demo "signs in" whoever loaded the page (the cookie set below).
    const user = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    if (!user) return null; // → 401, final for the browser: it stops asking
    // No allowedOrigins: the token is bound to the page's Origin.
    return { scopes: ['sandbox:create', 'sandbox:execute', 'sandbox:delete'], ttlSeconds: 600, subject: user };
  },
});

const app = express();
app.post('/api/runlet-token', toNodeHandler(runletToken));
// Where the page's client sends API calls: only needed when it is not https://api.runlet.dev (the default).
app.get('/api/runlet-config', (_req, res) => {
  res.json({ baseURL: process.env.RUNLET_BASE_URL ?? null });
});
app.get('/', (_req, res, next) => {
  res.cookie('session', 'demo-user', { httpOnly: true, sameSite: 'strict' });
  next();
});
app.use(express.static(fileURLToPath(new URL('public', import.meta.url))));

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : process.env.PORT;
  console.log(`example app on http://127.0.0.1:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close());
