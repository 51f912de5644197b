/**
 * Fetching a data file: the format chosen by `format`, else the response's content type, else the
 * URL's extension; a timeout with its own message; the caller's AbortSignal cancels it.
 */
import type { Format } from './parse.js';
import type { Problem } from './problem.js';

export interface Fetched {
  text: string;
  format: Format;
}

/** A load failure, located and ready to be put into words. */
export class LoadError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.text?.key ?? 'load');
    this.name = 'LoadError';
  }
}

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

/** Fetches `url` as text. Rejects with a `LoadError` (HTTP status, network, timeout) or an AbortError. */
export async function fetchText(
  url: string,
  { signal, timeoutMs, format }: { signal: AbortSignal; timeoutMs: number; format?: string | null }
): Promise<Fetched> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const seconds = Math.round((timeoutMs / 1000) * 10) / 10;
  const fail = (key: 'http' | 'network' | 'timeout', values: Record<string, string | number> = {}) =>
    new LoadError({ path: '', text: { key, values: { src: url, seconds, ...values } } });
  try {
    const response = await fetch(url, { signal: AbortSignal.any([signal, timeout.signal]), credentials: 'same-origin' });
    if (!response.ok) throw fail('http', { status: response.status, statusText: response.statusText });
    const text = await response.text();
    return { text, format: chooseFormat(format, response.headers.get('content-type'), url) };
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.signal.aborted) throw fail('timeout');
    if (error instanceof LoadError) throw error;
    throw fail('network');
  } finally {
    clearTimeout(timer);
  }
}
