import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.topojson': 'application/json',
  '.xml': 'application/xml',
};

/** One rule of a `_headers` file (Netlify / Cloudflare Pages format). */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a `_headers` file: a path pattern on its own line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match && rules.length) rules.at(-1)!.headers.push([match[1]!.trim(), match[2]!.trim()]);
  }
  return rules;
}

/** The headers a static host would send for a path: every matching rule applies; repeated names are joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/**
 * Serves a build folder on 127.0.0.1 (random port) as a static host would, under a base path,
 * applying its `_headers` file (so the Content-Security-Policy is enforced in browser tests).
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(base) ? path.join(dir, pathname.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const sitePath = `/${pathname.slice(base.length)}`;
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    // Text is sent compressed when the browser accepts it, as static hosts and CDNs do.
    const gzip = /text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}), ...headersFor(rules, sitePath) });
    (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
