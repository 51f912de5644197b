/**
 * Fetching a data file: the format chosen by `format`, else the response's content type, else the
 * URL's extension; a timeout with its own message; the caller's AbortSignal cancels it.
 */
import type { Format } from './parse.js';
import type { Problem } from './problem.js';

export interface Fetched {
  text: string;
  format: Format;
  /** What the server said identifies this version (`ETag`, `Last-Modified`), for asking again (`refresh`). */
  validators?: Validators;
  /** True when a conditional request was answered 304 Not Modified (then `text` is empty). */
  notModified?: boolean;
}

/** A response's `ETag` and `Last-Modified`, sent back as `If-None-Match` and `If-Modified-Since`. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * The largest file a widget reads (the README's limits): 100 MiB, room for the chart's 2,000,000
 * points as CSV or a dataset of 1,000,000 as JSON. A larger one is refused with a message: when
 * the server says its size, before it is downloaded; else as soon as that much has arrived. Nothing
 * past the limit is read, parsed or kept.
 */
export const MAX_BYTES = 100 * 1024 * 1024;

/** A size in words for messages: `100 MB`. */
export const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A load failure, located and ready to be put into words. */
export class LoadError extends Error {
  /**
   * `status`: the HTTP status, when the server answered; `retryAfterMs`: how long its `Retry-After`
   * asked to wait (429 and 503 answers usually carry one).
   */
  constructor(
    readonly problem: Problem,
    readonly status?: number,
    readonly retryAfterMs?: number
  ) {
    super(problem.text?.key ?? 'load');
    this.name = 'LoadError';
  }
}

/** `Retry-After` as milliseconds from `now`: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A response's body as text, read in pieces; undefined as soon as more than `maxBytes` have arrived (the rest is not downloaded). */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * A body taken for CSV by its content type or extension that starts with `{` or `[` is JSON (a
 * server sending JSON as `text/csv`): no CSV the widgets read starts so. `format="csv"` is obeyed.
 */
export const sniff = (chosen: Format, explicit: string | null | undefined, text: string): Format =>
  chosen === 'csv' && explicit?.trim().toLowerCase() !== 'csv' && /^\uFEFF?\s*[{[]/.test(text) ? 'json' : chosen;

/** `format` attribute, else content type, else extension; JSON when nothing says otherwise. */
export function chooseFormat(explicit: string | null | undefined, contentType: string | null, url: string): Format {
  const named = explicit?.trim().toLowerCase();
  if (named === 'json' || named === 'csv') return named;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv')) return 'csv';
  if (type.includes('json')) return 'json';
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase();
  return path.endsWith('.csv') ? 'csv' : 'json';
}

/**
 * The request for a refresh: the last version's validators as `If-None-Match` / `If-Modified-Since`
 * on a same-origin URL; across origins (where those headers would need a CORS preflight) the
 * browser's cache is asked to revalidate instead (`no-cache`), which sends them itself.
 */
function conditional(url: string, validators: Validators | undefined): RequestInit {
  if (!validators) return {};
  const sameOrigin = typeof location !== 'undefined' && new URL(url, location.href).origin === location.origin;
  if (!sameOrigin) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return { cache: 'no-cache', headers };
}

/** An element's `timeout` (seconds) in milliseconds: 15 seconds unless it is a positive finite number. */
export const timeoutMs = (seconds: number): number => (Number.isFinite(seconds) && seconds > 0 ? seconds : 15) * 1000;

/**
 * Fetches `url` as text. Rejects with a `LoadError` (HTTP status, network, timeout) or an AbortError.
 * With `validators` (a refresh), an unchanged file is answered 304 and comes back as `notModified`.
 */
export async function fetchText(
  url: string,
  { signal, timeoutMs, format, validators, maxBytes = MAX_BYTES }: { signal: AbortSignal; timeoutMs: number; format?: string | null; validators?: Validators; maxBytes?: number }
): Promise<Fetched> {
  const timeout = new AbortController();
  // A timer holds at most 2^31 - 1 ms (about 24.8 days): a longer `timeout` would overflow and fire at once.
  const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, 2 ** 31 - 1));
  const seconds = Math.round((timeoutMs / 1000) * 10) / 10;
  const fail = (key: 'http' | 'network' | 'timeout' | 'tooLarge', values: Record<string, string | number> = {}, status?: number, wait?: number) =>
    new LoadError({ path: '', text: { key, values: { src: url, seconds, ...values } } }, status, wait);
  try {
    const response = await fetch(url, { signal: AbortSignal.any([signal, timeout.signal]), credentials: 'same-origin', ...conditional(url, validators) });
    const kind = chooseFormat(format, response.headers.get('content-type'), url);
    if (response.status === 304 && validators) return { text: '', format: kind, validators, notModified: true };
    if (!response.ok) {
      const wait = retryAfter(response.headers.get('retry-after'));
      throw fail('http', { status: response.status, statusText: response.statusText }, response.status, wait);
    }
    const tooLarge = () => fail('tooLarge', { max: megabytes(maxBytes) });
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const text = await readText(response, maxBytes);
    if (text === undefined) throw tooLarge();
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    const found: Validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    return { text, format: sniff(kind, format, text), ...(etag || lastModified ? { validators: found } : {}) };
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.signal.aborted) throw fail('timeout');
    if (error instanceof LoadError) throw error;
    throw fail('network');
  } finally {
    clearTimeout(timer);
  }
}
