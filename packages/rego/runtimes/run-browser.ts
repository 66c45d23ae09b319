/**
 * Runs the bundled check in headless Chromium: a page and a module Web Worker, both served from
 * a local `node:http` server with a CSP whose `script-src` lacks `'unsafe-eval'`. The page posts
 * both results back to the server, so nothing depends on scraping the DOM.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { CheckBundle } from './bundle-check.ts';
import type { CheckResult } from './check-result.ts';

/** No `'unsafe-eval'`: `eval` and `new Function` throw. `'report-sample'` lets us tell the probe's own `eval` apart. */
const CSP =
  "default-src 'none'; script-src 'self' 'report-sample'; worker-src 'self'; connect-src 'self'";
const PAGE =
  '<!doctype html><meta charset="utf-8"><title>rego smoke</title><body>running<script type="module" src="/browser-page.js"></script>';
const TIMEOUT_MS = 60_000;
/** The sample a CSP violation carries when it comes from `isCodeGenerationBlocked`'s probe. */
const PROBE_SAMPLE = 'sample "1 + 1"';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Posted {
  readonly page: CheckResult | { error: string };
  readonly worker:
    | (CheckResult & { violations?: string[] })
    | { error: string; violations?: string[] };
  readonly violations: string[];
}

/** `Chromium 156.0.8078.108 built on Debian…` becomes `chromium 156.0.8078.108`. */
function readVersion(chromium: string): string {
  const text = execFileSync(chromium, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const match = /(\d+\.\d+\.\d+\.\d+)/.exec(text);
  return `chromium ${match?.[1] ?? text.trim()}`;
}

function serveFile(bundle: CheckBundle, url: string, res: ServerResponse): void {
  const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
  if (url === '/') {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return;
  }
  const file = normalize(join(bundle.dir, url));
  if (!file.startsWith(bundle.dir) || !file.endsWith('.js')) {
    res.writeHead(404, headers).end();
    return;
  }
  try {
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(body);
  } catch {
    res.writeHead(404, headers).end();
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Turns one posted result into a {@link CheckResult}, failing it on any CSP violation but the probe's. */
function toResult(
  posted: CheckResult | { error: string },
  violations: readonly string[],
): CheckResult {
  if ('error' in posted) {
    return {
      runtime: 'chromium',
      isCodeGenerationBlocked: false,
      ok: false,
      checks: [],
      notes: [posted.error],
    };
  }
  const unexpected = violations.filter((v) => !v.includes(PROBE_SAMPLE));
  const notes = [
    posted.isCodeGenerationBlocked
      ? 'CSP blocked eval'
      : 'CSP did not block eval: the run proves nothing about eval',
    ...unexpected.map((v) => `CSP violation: ${v}`),
  ];
  return {
    ...posted,
    ok: posted.ok && posted.isCodeGenerationBlocked && unexpected.length === 0,
    notes,
  };
}

/** Runs the check in Chromium's page and worker; resolves with both results. */
export async function runBrowser(chromium: string, bundle: CheckBundle): Promise<CheckResult[]> {
  const version = readVersion(chromium);
  const profile = mkdtempSync(join(tmpdir(), 'kl-chromium-'));
  let settle: (posted: Posted | Error) => void = () => {};
  const outcome = new Promise<Posted | Error>((resolve) => {
    settle = resolve;
  });
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/result') {
      readBody(req).then((body) => {
        res.writeHead(204).end();
        settle(JSON.parse(body) as Posted);
      }, settle);
      return;
    }
    serveFile(bundle, req.url ?? '/', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const child = spawn(
    chromium,
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  child.on('exit', (code) => settle(new Error(`chromium exited early (code ${code}): ${stderr}`)));
  const timer = setTimeout(
    () => settle(new Error(`no result from chromium after ${TIMEOUT_MS} ms`)),
    TIMEOUT_MS,
  );
  const posted = await outcome;
  clearTimeout(timer);
  child.kill();
  server.close();
  await new Promise((resolve) => child.once('close', resolve).once('error', resolve));
  rmSync(profile, { recursive: true, force: true });
  if (posted instanceof Error) throw posted;
  const { violations: workerViolations = [], ...worker } = posted.worker;
  // The user agent string is frozen at 156.0.0.0; `chromium --version` gives the real build.
  return [
    {
      ...toResult(posted.page, posted.violations),
      runtime: `${version} (page, CSP without unsafe-eval)`,
    },
    {
      ...toResult(worker as CheckResult | { error: string }, workerViolations),
      runtime: `${version} (module Web Worker, same CSP)`,
    },
  ];
}
