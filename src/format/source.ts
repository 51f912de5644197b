/** A data source as a link a page can safely show: only http(s) and mailto addresses become links. */
/** A source as the data gives it (data/fields.ts checks it): a web address, or a name and an address. */
export type Source = string | { name?: string | undefined; url?: string | undefined };

export interface SourceLink {
  text: string;
  href?: string;
}

/**
 * One email address and nothing else: no second address, no `?cc=`, `?body=`, user name or password.
 * Not valibot's `email()`: it refuses addresses councils use (`o'brien@council.gov.uk`, `a!b@…`,
 * internationalised domains such as `…@münchen.de`); and its `rfcEmail()` lets `?`, `&` and `%`
 * into the name, which would write a `?body=` into a `mailto:` link.
 */
export const isMailbox = (address: string): boolean => /^[^\s@:/?#&,;%]+@[^\s@:/?#&,;%.]+(\.[^\s@:/?#&,;%.]+)+$/.test(address);

/** `href` when `url` is an http(s) or mailto address (relative ones resolved against `base`). */
export function safeHref(url: string, base: string): string | undefined {
  try {
    const parsed = new URL(url.trim(), base);
    // Spaces in a path are common in council document links; in a host name they mean a typo.
    if (/%|\s/.test(parsed.hostname)) return undefined;
    // No user names or passwords (`https://www.gov.uk@elsewhere.example/` reads as gov.uk).
    if (parsed.username || parsed.password) return undefined;
    // One plain address: no other recipients, subject or body written in (`?cc=…&body=…`).
    if (parsed.protocol === 'mailto:') return isMailbox(parsed.pathname) && !parsed.search && !parsed.hash ? parsed.href : undefined;
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : undefined;
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
