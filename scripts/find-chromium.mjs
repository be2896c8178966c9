// Finds a Chromium for the tests: CHROME_PATH, then /usr/bin/chromium. On Debian as root it
// installs Debian's package; anywhere else it stops with one line that says what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium({ install = true } = {}) {
  for (const path of candidates) if (path && existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (install && isRoot && isDebian) {
    console.error('dots-flows: no Chromium found, installing Debian\'s chromium package (about a minute)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error('dots-flows: no Chromium found. Install it (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.');
  process.exit(1);
}

/** Flags that keep Chromium quiet on a closed network and working as root in a container. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The test runner opens two pages at once; without these a background page never gets
  // animation frames and `nextFrame()` hangs.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
