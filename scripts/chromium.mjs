// Finds and launches Chromium the way a user's machine has it: one place for every browser test,
// benchmark and end-to-end script of the repo.
import { existsSync } from 'node:fs';

/** Flags that work on these machines: as root Chromium needs --no-sandbox, and the network is closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH if set, else Debian's /usr/bin/chromium; exits with one clear line if none. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      'No Chromium found: install it (apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  return found;
}
