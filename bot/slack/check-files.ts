/**
 * The files a person uploaded in the `/vpn check` modal: files.info gives each file's private download URL,
 * fetched with the bot token (https://docs.slack.dev/messaging/working-with-files#authenticating). Sizes are
 * refused before downloading from what Slack declares, and cut off while downloading; contents are never
 * logged. All of it runs before the submission is acknowledged, so it is bounded by a deadline.
 */
import type { webApi } from '@slack/bolt';
import type { InputFile } from '../../shared/check/input';
import { checkPolicy } from '../../shared/check/policy';
import { describeSlackError, withRateLimitRetry } from './web-api';

/** `message` is for the person; `detail` (Slack's error, never the file) for the log. */
export type Downloaded = { ok: true; files: InputFile[] } | { ok: false; message: string; detail?: string };

/** A file name is reported back in findings; longer than a file system allows is not a file name. */
const FILE_NAME_MAX = 255;
/**
 * Checked files are UTF-8 JSON, where a character is at least one byte: more bytes than check reads
 * characters is refused unread. Azure's JSON is ASCII, so in practice the two limits are the same.
 */
const MAX_FILE_BYTES = checkPolicy.maxInputBytes;

class DownloadProblem extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const sizeText = (n: number) => n.toLocaleString('en-US');

/** Whether the bot token may be sent to `url`: Slack's own hosts over https, or the Slack API's origin (tests, proxies). */
function isSlackFileUrl(url: string, apiUrl: string): boolean {
  try {
    const u = new URL(url);
    if (u.origin === new URL(apiUrl).origin) return true;
    return u.protocol === 'https:' && (u.hostname === 'slack.com' || u.hostname.endsWith('.slack.com'));
  } catch {
    return false;
  }
}

function deadline<T>(p: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DownloadProblem(`Slack did not hand over ${what} in time; please submit again, or paste the JSON.`));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function readCapped(res: Response, label: string): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FILE_BYTES) {
      await reader.cancel();
      throw new DownloadProblem(
        `${label} is over ${sizeText(MAX_FILE_BYTES)} bytes; check reads at most that. Give it the gateway's own JSON.`,
      );
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

async function downloadOne(client: webApi.WebClient, fileId: string, index: number, signal: AbortSignal): Promise<InputFile> {
  const fallbackName = `upload-${index + 1}.json`;
  let info: webApi.FilesInfoResponse;
  try {
    // Read-only: repeating it is harmless, but the deadline leaves no time for a long Retry-After.
    info = await deadline(
      withRateLimitRetry(() => client.files.info({ file: fileId }), { maxRetryAfterSeconds: 1, retries: 1 }),
      signal,
      'the file',
    );
  } catch (e) {
    if (e instanceof DownloadProblem) throw e;
    const code = (e as { data?: { error?: unknown } })?.data?.error;
    throw new DownloadProblem(
      `Slack did not give me the uploaded file${typeof code === 'string' ? ` (${code})` : ''}; please upload it again, or paste the JSON.`,
      `files.info: ${describeSlackError(e)}`,
    );
  }
  const f = info.file;
  const name = typeof f?.name === 'string' && f.name.trim() && f.name.length <= FILE_NAME_MAX ? f.name.trim() : fallbackName;
  if (typeof f?.size === 'number' && f.size > MAX_FILE_BYTES)
    throw new DownloadProblem(
      `${name} is ${sizeText(f.size)} bytes; check reads at most ${sizeText(MAX_FILE_BYTES)}. Give it the gateway's own JSON, not a whole export.`,
    );
  const url = f?.url_private_download ?? f?.url_private;
  if (typeof url !== 'string' || !isSlackFileUrl(url, client.slackApiUrl))
    throw new DownloadProblem(`Slack gave me no download link for ${name}; please upload it again, or paste the JSON.`);
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${client.token ?? ''}` }, signal });
  } catch (e) {
    const timedOut = signal.aborted || (e as { name?: unknown })?.name === 'TimeoutError';
    throw new DownloadProblem(
      timedOut
        ? `Slack did not hand over ${name} in time; please submit again, or paste the JSON.`
        : `Downloading ${name} from Slack failed; please submit again, or paste the JSON.`,
    );
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new DownloadProblem(`Slack refused to hand over ${name} (HTTP ${res.status}); please upload it again, or paste the JSON.`);
  }
  // Without the files:read scope Slack answers a download with its sign-in page.
  if (/text\/html/i.test(res.headers.get('content-type') ?? '')) {
    await res.body?.cancel();
    throw new DownloadProblem(
      `Slack sent a web page instead of ${name}: the app may be missing the files:read permission. Paste the JSON instead.`,
    );
  }
  return { name, text: await readCapped(res, name) };
}

/** Downloads every uploaded file within `deadlineMs`; the first problem is a message for the person. */
export async function downloadUploadedFiles(client: webApi.WebClient, fileIds: readonly string[], deadlineMs: number): Promise<Downloaded> {
  const signal = AbortSignal.timeout(deadlineMs);
  try {
    return { ok: true, files: await Promise.all(fileIds.map((id, i) => downloadOne(client, id, i, signal))) };
  } catch (e) {
    if (e instanceof DownloadProblem) return { ok: false, message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
    throw e;
  }
}
