/**
 * The browser version's local web server: serves a built renderer folder on 127.0.0.1 only, with the
 * same Content-Security-Policy and MIME types as Electron's app:// protocol, no directory listing and
 * no way out of the folder. Requests naming another host are refused, so a web page cannot reach it
 * through DNS rebinding. Used by `npm run web`, `npm start` without Electron, and the e2e fixture.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS, staticResponse } from '../node/static-files.js';

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function allowedHost(header: string | undefined, port: number): boolean {
  return header === `${HOST}:${port}` || header === `localhost:${port}`;
}

async function respond(root: string, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = (status: number, body: string) =>
    res
      .writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(req.method === 'HEAD' ? undefined : body);
  if (!allowedHost(req.headers.host, port)) return void text(421, 'Misdirected request');
  if (req.method !== 'GET' && req.method !== 'HEAD') return void text(405, 'Method not allowed');
  const url = req.url ?? '/';
  if (!url.startsWith('/')) return void text(400, 'Bad request');
  const result = await staticResponse(root, url);
  res.writeHead(result.status, result.headers).end(req.method === 'HEAD' ? undefined : result.body);
}

/**
 * Serves `dir` at http://127.0.0.1:`port` (0 picks a free port). Resolves once listening.
 * @throws when the port is taken, with a message saying which port and what to do.
 */
export async function startStaticServer(dir: string, port = 0): Promise<RunningServer> {
  let actualPort = port;
  const server = createServer((req, res) => {
    respond(dir, actualPort, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use; set PORT to another number (e.g. PORT=5174).`)
          : err,
      ),
    );
    server.listen(port, HOST, () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
