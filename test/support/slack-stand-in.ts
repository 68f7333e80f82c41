/**
 * A local stand-in for Slack's side, on 127.0.0.1: the Web API (`<apiUrl><method>`) and response_urls
 * (`/response/<id>`). It records every request and can be told, per method or per response_url, to answer
 * 500, 429 with Retry-After, slowly, never (hang until the client gives up), or with a Slack error;
 * otherwise it answers like Slack does, including `invalid_blocks` for a message whose blocks are over one
 * of Slack's limits, and `invalid_arguments` for a modal over one of its limits (views.open).
 * `closedPortUrl()` gives a Slack that refuses connections.
 * Files added with `addFile` are described by files.info and served at their `url_private_download`
 * (`/files/<id>`) only to a request bearing the token they were added with, as Slack serves private files.
 * It never records the token itself, only whether one was sent (or, for a download, whether it was the right one).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'ok'; body?: Record<string, unknown> }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'rate_limited'; retryAfter: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang' }
  | { kind: 'slack_error'; error: string };

export const behave = {
  ok: (body?: Record<string, unknown>): Behaviour => ({ kind: 'ok', body }),
  status: (status: number, body?: string): Behaviour => ({ kind: 'status', status, body }),
  rateLimited: (retryAfter: number): Behaviour => ({ kind: 'rate_limited', retryAfter }),
  slow: (delayMs: number): Behaviour => ({ kind: 'slow', delayMs }),
  /** Reads the request and never answers: only the client's timeout (or close()) ends it. */
  hang: (): Behaviour => ({ kind: 'hang' }),
  slackError: (error: string): Behaviour => ({ kind: 'slack_error', error }),
};

interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** An `Authorization: Bearer …` header was sent (its value is not kept). */
  authorized: boolean;
  /**
   * How the stand-in answered; a slow answer becomes 'ok' once sent (a real Slack would have posted it even
   * if the client had gone: 'abandoned' says the client had), a hung one 'abandoned' once the client leaves.
   */
  answered: Behaviour['kind'] | 'abandoned';
  at: number;
}

interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
  answered: Behaviour['kind'] | 'abandoned';
  at: number;
}

/** A file someone uploaded (e.g. in a modal's file_input), as files.info describes it. */
interface StandInFile {
  id: string;
  name: string;
  content: string | Buffer;
  /** Only a request with `Authorization: Bearer <token>` gets the content; others get 403. */
  token: string;
  /** What files.info declares as the size; default the content's byte length. */
  declaredSize?: number;
  /** Content-Type of the download; default application/json. */
  contentType?: string;
}

interface FileDownload {
  id: string;
  /** The request bore the file's token. */
  authorized: boolean;
  status: number;
}

export interface SlackStandIn {
  /** Web API base, as SLACK_API_URL: `http://127.0.0.1:<port>/api/`. */
  apiUrl: string;
  responseUrl(id: string): string;
  calls: RecordedCall[];
  responsePosts: ResponsePost[];
  /** What `apps.connections.open` returns as `url` (Socket Mode). */
  socketUrl: string;
  /** Downloads of added files, in order. */
  downloads: FileDownload[];
  addFile(file: StandInFile): void;
  /** Queue behaviours for the next calls of a Web API method; after them, normal answers. */
  plan(method: string, ...behaviours: Behaviour[]): void;
  planResponseUrl(id: string, ...behaviours: Behaviour[]): void;
  /** Calls of a method that the stand-in answered successfully. */
  succeeded(method: string): RecordedCall[];
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The Web API methods that post a message, whose blocks Slack checks. */
const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);

function defaultBody(
  method: string,
  params: Record<string, unknown>,
  socketUrl: string,
  fileInfo: (id: unknown) => Record<string, unknown> | undefined,
): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://example.slack.com/',
        team: 'Example',
        user: 'vpn-advisor',
        team_id: 'T0TEAM',
        user_id: 'U0BOT',
        bot_id: 'B0BOT',
      };
    case 'chat.postMessage':
      return {
        ok: true,
        channel: params.channel,
        ts: `1700000100.${String(Date.now() % 1e6).padStart(6, '0')}`,
        message: { text: params.text },
      };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: '1700000200.000100' };
    case 'views.publish':
      return { ok: true, view: { id: 'V0HOME', type: 'home' } };
    case 'views.open':
      return { ok: true, view: { id: 'V0MODAL', type: 'modal' } };
    case 'files.info': {
      const file = fileInfo(params.file);
      return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
    }
    case 'apps.connections.open':
      return { ok: true, url: socketUrl };
    default:
      return { ok: true };
  }
}

/**
 * Slack's Block Kit limits, checked the way Slack does on every message it is sent (chat.postMessage,
 * chat.postEphemeral, response_urls): the texts as sent, after escaping and percent-encoding. Kept apart
 * from the renderer's own measuring on purpose. Returns what is over a limit; empty when Slack would accept.
 */
interface SentBlock {
  type?: unknown;
  text?: unknown;
  elements?: unknown;
}

export function blockKitProblems(blocks: unknown): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const problems: string[] = [];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  const text = (where: string, o: unknown, max: number) => {
    const t = (o as { text?: unknown } | undefined)?.text;
    if (typeof t !== 'string') problems.push(`${where}: no text`);
    else if (t.length > max) problems.push(`${where}: text is ${t.length} characters (max ${max})`);
  };
  blocks.forEach((b: SentBlock, i) => {
    const where = `blocks[${i}] (${b?.type})`;
    switch (b?.type) {
      case 'header':
        text(where, b.text, 150);
        break;
      case 'section':
        text(where, b.text, 3000);
        break;
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length > 10) problems.push(`${where}: elements`);
        else
          b.elements.forEach((x: unknown, j: number) => {
            text(`${where}.elements[${j}]`, x, 3000);
          });
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length > 25) problems.push(`${where}: elements`);
        else
          b.elements.forEach((x: { text?: unknown; value?: unknown }, j: number) => {
            text(`${where}.elements[${j}]`, x.text, 75);
            if (typeof x.value === 'string' && x.value.length > 2000) problems.push(`${where}.elements[${j}]: value over 2000`);
          });
        break;
      case 'rich_text':
        if (!Array.isArray(b.elements) || b.elements.length === 0) problems.push(`${where}: elements`);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${where}: unknown block type`);
    }
  });
  return problems;
}

/**
 * Slack's limits on a modal (https://docs.slack.dev/reference/views/modal-views and the element pages),
 * as views.open checks them: empty when Slack would open it.
 */
function modalProblems(view: unknown): string[] {
  const v = view as {
    type?: unknown;
    title?: { text?: unknown };
    submit?: { text?: unknown };
    private_metadata?: unknown;
    blocks?: unknown;
  };
  if (v?.type !== 'modal') return ['not a modal'];
  const problems: string[] = [];
  const short = (where: string, t: unknown, max: number) => {
    if (typeof t !== 'string' || !t || t.length > max) problems.push(`${where}: text missing or over ${max}`);
  };
  short('title', v.title?.text, 24);
  if (v.submit) short('submit', v.submit.text, 24);
  if (typeof v.private_metadata === 'string' && v.private_metadata.length > 3000) problems.push('private_metadata over 3000');
  if (!Array.isArray(v.blocks) || v.blocks.length > 100) return [...problems, 'blocks'];
  v.blocks.forEach((block: unknown, i: number) => {
    const b = block as { type?: unknown; label?: { text?: unknown }; hint?: { text?: unknown }; element?: Record<string, unknown> };
    if (b?.type !== 'input') return;
    short(`blocks[${i}].label`, b.label?.text, 2000);
    if (b.hint) short(`blocks[${i}].hint`, b.hint.text, 2000);
    const el = b.element ?? {};
    const within = (n: unknown, min: number, max: number) => n === undefined || (typeof n === 'number' && n >= min && n <= max);
    if (el.type === 'plain_text_input' && !within(el.max_length, 1, 3000)) problems.push(`blocks[${i}]: max_length over 3000`);
    if (el.type === 'file_input' && !within(el.max_files, 1, 10)) problems.push(`blocks[${i}]: max_files not in 1–10`);
    if (el.type === 'multi_static_select' && (!Array.isArray(el.options) || el.options.length > 100))
      problems.push(`blocks[${i}]: options`);
  });
  return problems;
}

/** Web API bodies are form-encoded with JSON-encoded objects (blocks, view), or JSON. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (k === 'token') continue;
    out[k] = /^[[{]/.test(v)
      ? (() => {
          try {
            return JSON.parse(v);
          } catch {
            return v;
          }
        })()
      : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A Web API base (ends with /) on 127.0.0.1 where nothing listens: every connection is refused before
 * anything is sent. (The port was free a moment ago; nothing else on a test machine takes it that fast.)
 */
/**
 * chat.unfurl as Slack checks it (https://api.slack.com/methods/chat.unfurl): a message (channel + ts) or a
 * composer link (unfurl_id + source), and `unfurls` an object of URL → attachment whose blocks pass the
 * Block Kit limits. Returns Slack's error code, or undefined when Slack would accept.
 */
function unfurlProblem(params: Record<string, unknown>): string | undefined {
  const byMessage = typeof params.channel === 'string' && typeof params.ts === 'string';
  const byComposer = typeof params.unfurl_id === 'string' && (params.source === 'composer' || params.source === 'conversations_history');
  if (!byMessage && !byComposer) return 'invalid_arguments';
  const unfurls = params.unfurls;
  if (!unfurls || typeof unfurls !== 'object' || Array.isArray(unfurls)) return 'invalid_unfurls_format';
  for (const [url, u] of Object.entries(unfurls)) {
    if (!/^https?:\/\//.test(url)) return 'invalid_unfurl_url';
    if (blockKitProblems((u as { blocks?: unknown }).blocks).length) return 'invalid_blocks';
  }
  return undefined;
}

export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return `http://127.0.0.1:${port}/api/`;
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const responsePosts: ResponsePost[] = [];
  const files = new Map<string, StandInFile>();
  const downloads: FileDownload[] = [];
  const plans = new Map<string, Behaviour[]>();
  const timers = new Set<NodeJS.Timeout>();
  const state = { socketUrl: '' };

  const sleep = (ms: number) => new Promise<void>((r) => timers.add(setTimeout(r, ms)));
  const next = (key: string): Behaviour => plans.get(key)?.shift() ?? { kind: 'ok' };

  async function answer(
    res: ServerResponse,
    b: Behaviour,
    okBody: () => Record<string, unknown>,
    rec: { answered: RecordedCall['answered'] },
  ): Promise<void> {
    if (b.kind === 'hang') {
      res.on('close', () => {
        rec.answered = 'abandoned';
      });
      return;
    }
    if (b.kind === 'slow') await sleep(b.delayMs);
    if (res.destroyed || res.socket?.destroyed) {
      rec.answered = 'abandoned'; // the client gave up (its timeout)
      return;
    }
    switch (b.kind) {
      case 'status':
        res.writeHead(b.status, { 'content-type': 'text/plain' }).end(b.body ?? '');
        return;
      case 'rate_limited':
        res
          .writeHead(429, { 'retry-after': String(b.retryAfter), 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      case 'slack_error':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: b.error }));
        return;
      case 'ok':
      case 'slow':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(b.kind === 'ok' && b.body ? b.body : okBody()));
        rec.answered = 'ok';
        return;
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        const params = parseParams(raw, req.headers['content-type']);
        // Like Slack: a message with a block over a limit is refused whole.
        const invalid = MESSAGE_METHODS.has(method) && blockKitProblems(params.blocks).length > 0;
        const invalidView = method === 'views.open' && modalProblems(params.view).length > 0;
        const unfurlError = method === 'chat.unfurl' ? unfurlProblem(params) : undefined;
        const b = invalid
          ? behave.slackError('invalid_blocks')
          : invalidView
            ? behave.slackError('invalid_arguments')
            : unfurlError
              ? behave.slackError(unfurlError)
              : next(method);
        const rec: RecordedCall = {
          method,
          params,
          authorized: /^Bearer \S+/.test(String(req.headers.authorization ?? '')),
          answered: b.kind,
          at: Date.now(),
        };
        calls.push(rec);
        return answer(res, b, () => defaultBody(method, params, state.socketUrl, fileInfo), rec);
      }
      if (path.startsWith('/files/')) {
        const file = files.get(decodeURIComponent(path.slice('/files/'.length)));
        const authorized = !!file && req.headers.authorization === `Bearer ${file.token}`;
        const status = !file ? 404 : authorized ? 200 : 403;
        if (file) downloads.push({ id: file.id, authorized, status });
        if (status !== 200) return void res.writeHead(status, { 'content-type': 'text/plain' }).end('not allowed');
        return void res.writeHead(200, { 'content-type': file!.contentType ?? 'application/json' }).end(file!.content);
      }
      if (path.startsWith('/response/')) {
        const id = decodeURIComponent(path.slice('/response/'.length));
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          body = { unparsed: raw };
        }
        const b = blockKitProblems(body.blocks).length > 0 ? behave.slackError('invalid_blocks') : next(`response:${id}`);
        const rec: ResponsePost = { id, body, answered: b.kind, at: Date.now() };
        responsePosts.push(rec);
        return answer(res, b, () => ({ ok: true }), rec);
      }
      res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  function fileInfo(id: unknown): Record<string, unknown> | undefined {
    const f = typeof id === 'string' ? files.get(id) : undefined;
    if (!f) return undefined;
    const url = `${base}/files/${encodeURIComponent(f.id)}`;
    const size = f.declaredSize ?? Buffer.byteLength(f.content);
    return {
      id: f.id,
      name: f.name,
      title: f.name,
      filetype: 'json',
      mimetype: 'application/json',
      size,
      url_private: url,
      url_private_download: url,
    };
  }

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    calls,
    responsePosts,
    downloads,
    addFile: (f) => {
      files.set(f.id, f);
    },
    get socketUrl() {
      return state.socketUrl;
    },
    set socketUrl(url: string) {
      state.socketUrl = url;
    },
    plan: (method, ...b) => plans.set(method, [...(plans.get(method) ?? []), ...b]),
    planResponseUrl: (id, ...b) => plans.set(`response:${id}`, [...(plans.get(`response:${id}`) ?? []), ...b]),
    succeeded: (method) => calls.filter((c) => c.method === method && c.answered === 'ok'),
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error('slack stand-in: condition not met in time');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
