/**
 * `shared-services-widgets/councils`: the council register for page scripts. Every UK council code
 * valid in any year from 2014 to 2025, with its names, kind, region, county, years, what replaced it
 * and a label point; and the checks the widgets make of a dataset's council codes. The register's
 * data is inside this module (about 8 KB gzip); the widgets themselves fetch it as `geo/councils.json`
 * only when a page shows a dataset.
 *
 * ```js
 * import { findCouncil, councilsIn } from 'shared-services-widgets/councils';
 * findCouncil('E06000019').shortName; // "Herefordshire"
 * ```
 */
import file from './geo/councils.json';
import { Register, type RegisterFile } from './register.js';

export { Register, editDistance, nameKey, type CouncilEntry, type CouncilKind, type Country, type RegisterFile } from './register.js';
export { checkCouncils, partnershipYears, type Checked } from './checks.js';

/** The register built into this module. */
export const register = new Register(file as unknown as RegisterFile);

/** The register's entry for a GSS code, if it was a UK council in any year from 2014 to 2025. */
export const findCouncil = (code: string) => register.get(code.trim().toUpperCase());

/** The councils of one year. */
export const councilsIn = (year: number) => register.liveIn(year);

/** The attribution the source asks for wherever its boundaries or names are shown. */
export const attribution = register.attribution;
