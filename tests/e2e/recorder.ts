// A small HTTP server on 127.0.0.1 that records every request it receives: a test that hands
// its address to the page can then say "nothing was sent" with evidence.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorder {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
    res.end('recorded');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
