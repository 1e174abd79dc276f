// The reference server in a process of its own, so that a memory run measures the client alone. It sends its
// URL and admin credentials to the parent and exits when the parent goes.
import { createRunletBackend } from '@runlet/testing';
import { startRunletMockServer } from '@runlet/testing/server';

const server = await startRunletMockServer({
  backend: createRunletBackend({ rateLimits: false, maxLoggedRequests: 100 }),
});
process.send?.({ url: server.url, adminKey: server.adminKey, signingSecret: server.signingSecret });
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
