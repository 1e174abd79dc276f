// The benchmark's API server, run in its own process so that it does not share the client's event loop.
import { createServer } from 'node:http';
import { list, small, streamOfEvents } from './payloads.ts';

const server = createServer((req, res) => {
  if (req.url?.endsWith('/events')) {
    // A long run's event stream, written in 64 KiB pieces as a server flushes them.
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    const body = streamOfEvents;
    let offset = 0;
    const write = () => {
      while (offset < body.length) {
        const piece = body.subarray(offset, offset + 65_536);
        offset += piece.length;
        if (!res.write(piece)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
    return;
  }
  const body = req.url?.startsWith('/v1/keys') ? list : small;
  req.resume();
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': 'req_0123456789abcdef',
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': '1767229200',
  });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
