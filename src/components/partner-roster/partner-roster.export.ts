/**
 * Partners as CSV with the header the roster reads: `council,name,role,share,joined,services,email,phone`.
 * Names and services are free text, so one that a spreadsheet would run as a formula is made safe.
 */
import { safeCell, toCsv } from '../../format/csv.js';
import type { RosterRow } from './partner-roster.data.js';

export function rosterCsv(rows: readonly RosterRow[]): string {
  const body = rows.map((r) => [
    r.code,
    safeCell(r.name),
    r.role ?? '',
    r.share === undefined ? '' : String(r.share),
    r.joined?.label ?? '',
    safeCell(r.services.join('; ')),
    r.contact.email ?? '',
    r.contact.phone ?? ''
  ]);
  return toCsv([['council', 'name', 'role', 'share', 'joined', 'services', 'email', 'phone'], ...body]);
}
