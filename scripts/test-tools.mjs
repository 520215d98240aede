// Before `npm test`: the suite uses real parts — Debian's Chromium for browser tests, a
// PostgreSQL server for the storage suite, poppler's pdftotext to read back generated PDFs, LibreOffice
// to open generated Word files. Installs them with apt when run as root (CI, fresh machines of ours);
// otherwise says exactly what to install and stops.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils'); // reads back the PDFs we make
if (!existsSync('/usr/bin/libreoffice')) missing.push('libreoffice-writer-nogui'); // opens the Word reports we make
const pgRoot = '/usr/lib/postgresql';
const hasPostgres = existsSync(pgRoot) && readdirSync(pgRoot).some((v) => existsSync(`${pgRoot}/${v}/bin/initdb`));
if (!hasPostgres && !process.env.TEST_DATABASE_URL) missing.push('postgresql');

if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('which', ['apt-get']).status === 0;
if (!isRoot || !hasApt) {
  console.error(`Bộ kiểm thử cần ${missing.join(', ')} (the test suite needs ${missing.join(', ')}): sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Cài đặt ${missing.join(', ')} cho bộ kiểm thử (installing ${missing.join(', ')} for the tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
