/**
 * Partners as CSV with the header the roster reads: `council,name,role,share,joined,services,email,phone`.
 * Names and services are free text: `toCsv` makes a cell a spreadsheet would run as a formula safe,
 * and each service after the first (its own item when read back) is made safe here, so that the
 * roster reads its own file back as it was.
 */
import { safeCell, toCsv } from '../../format/csv.js';
import type { RosterRow } from './partner-roster.data.js';

export function rosterCsv(rows: readonly RosterRow[]): string {
  const body = rows.map((r) => [
    r.code,
    r.name,
    r.role ?? '',
    r.share === undefined ? '' : String(r.share),
    r.joined?.label ?? '',
    r.services.map((s, i) => (i ? safeCell(s) : s)).join('; '),
    r.contact.email ?? '',
    r.contact.phone ?? ''
  ]);
  return toCsv([['council', 'name', 'role', 'share', 'joined', 'services', 'email', 'phone'], ...body]);
}
