import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Makes sure Debian's chromium is there before any browser test runs. */
export default function setup() {
  if (!existsSync('/usr/bin/chromium')) {
    execFileSync('bash', ['scripts/install-chromium.sh'], { stdio: 'inherit' });
  }
}
