/** A data source as a link a page can safely show: only http(s) and mailto addresses become links. */
import type { Source } from '../data/fields.js';

export interface SourceLink {
  text: string;
  href?: string;
}

/** `href` when `url` is an http(s) or mailto address (relative ones resolved against `base`). */
export function safeHref(url: string, base: string): string | undefined {
  try {
    const parsed = new URL(url.trim(), base);
    // Spaces in a path are common in council document links; in a host name they mean a typo.
    if (/%|\s/.test(parsed.hostname)) return undefined;
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const looksLikeUrl = (s: string) => /^(https?:\/\/|mailto:|\/|\.\.?\/)/i.test(s.trim());

/** Link text is the source's name, else the address's host name; text that is not an address stays text. */
export function sourceLink(source: Source | undefined, base: string): SourceLink | undefined {
  if (source === undefined) return undefined;
  const name = typeof source === 'string' ? undefined : source.name?.trim();
  const url = typeof source === 'string' ? (looksLikeUrl(source) ? source : undefined) : source.url;
  const href = url ? safeHref(url, base) : undefined;
  const text = name || (href ? new URL(href).hostname || href : typeof source === 'string' ? source.trim() : '');
  if (!text) return undefined;
  return href ? { text, href } : { text };
}
