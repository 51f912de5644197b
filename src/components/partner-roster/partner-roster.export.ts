/** Partners as CSV with the header the roster reads: `council,name,role,share,joined,services,email,phone`. */
import { csvFormatRows } from 'd3-dsv';
import type { RosterRow } from './partner-roster.data.js';

export function rosterCsv(rows: readonly RosterRow[]): string {
  const body = rows.map((r) => [
    r.code,
    r.name,
    r.role ?? '',
    r.share === undefined ? '' : String(r.share),
    r.joined?.label ?? '',
    r.services.join('; '),
    r.contact.email ?? '',
    r.contact.phone ?? ''
  ]);
  return csvFormatRows([['council', 'name', 'role', 'share', 'joined', 'services', 'email', 'phone'], ...body]) + '\n';
}
