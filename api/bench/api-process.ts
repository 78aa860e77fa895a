/**
 * The API under test, in its own process (the load generator must not share its event loop),
 * and a small keep-alive GraphQL client for it. Loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const HOST = '127.0.0.1';

export interface ApiProcess {
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout so far (kept only when `captureStdout`). */
  stdout(): string;
  /** The last lines of its output, for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

/** Processes started here, killed on any exit of the bench process. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startApi(options: { mainJs: string; cwd: string; env: Record<string, string>; nodeArgs?: string[]; captureStdout?: boolean; label: string }): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.mainJs], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let captured = '';
  let tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    if (options.captureStdout) captured += text;
    tail = [...tail, ...text.split('\n')].slice(-40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: string | null = null;
  const exitPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
      running.delete(child);
      resolve();
    }),
  );

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${options.label} API ${exited} before becoming healthy:\n${tail.join('\n')}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.label} API not healthy after 60 s:\n${tail.join('\n')}`);
    }
    try {
      const res = await fetch(`http://${HOST}:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return { port, child, stdout: () => captured, tail: () => tail.join('\n'), stop };
}

export interface GraphQLResponse {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs pre-serialised GraphQL bodies over keep-alive connections (one socket per concurrent client). */
export class GraphQLClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  static body(query: string, variables: Record<string, unknown> = {}): Buffer {
    return Buffer.from(JSON.stringify({ query, variables }));
  }

  request(body: Buffer, token?: string): Promise<GraphQLResponse> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': body.length };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request({ host: HOST, port: this.port, path: '/graphql', method: 'POST', agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            const json = JSON.parse(text) as GraphQLResponse;
            if (json.errors?.length) reject(new Error(`GraphQL error (HTTP ${res.statusCode}): ${json.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`));
            else resolve(json);
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          }
        });
      });
      req.setTimeout(30_000, () => req.destroy(new Error('request timed out after 30 s')));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Where the SQL-capturing preload lives (see capture-sql.mjs): `node --import` it into the API. */
export const CAPTURE_SQL_HOOK = fileURLToPath(new URL('./capture-sql.mjs', import.meta.url));
const CAPTURE_MARK = '[bench-sql] ';

/**
 * The SQL statements an API preloaded with capture-sql.mjs sent, in order, exactly as node-postgres
 * received them (MikroORM inlines the parameters itself, so each text is the whole statement).
 * A statement sent with separate parameters could not be replayed as text: refused.
 */
export function capturedStatements(output: string): string[] {
  const out: string[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith(CAPTURE_MARK)) continue;
    const { text, values } = JSON.parse(line.slice(CAPTURE_MARK.length)) as { text: string; values: unknown[] };
    if (values.length) throw new Error(`a statement was sent with bound parameters, which the raw replay does not carry: ${text}`);
    out.push(text.trim());
  }
  return out;
}

/**
 * Sends one request to an API preloaded with capture-sql.mjs and returns the statements it ran:
 * from its `begin` to its `commit` (or `rollback`). Requests must not overlap.
 */
export async function captureStatements(api: ApiProcess, client: GraphQLClient, body: Buffer, token: string): Promise<{ response: GraphQLResponse; statements: string[] }> {
  const from = api.stdout().length;
  const response = await client.request(body, token);
  const deadline = Date.now() + 3000;
  for (;;) {
    // Only whole lines: the last one may still be arriving.
    const output = api.stdout().slice(from);
    const statements = capturedStatements(output.slice(0, output.lastIndexOf('\n') + 1));
    const start = statements.findIndex((s) => /^begin\b/i.test(s));
    const end = statements.findIndex((s, i) => i > start && /^(commit|rollback)\b/i.test(s));
    if (start >= 0 && end > start) return { response, statements: statements.slice(start, end + 1) };
    if (Date.now() > deadline) throw new Error(`no complete transaction captured for the request; captured:\n${statements.join('\n')}`);
    await sleep(20);
  }
}
