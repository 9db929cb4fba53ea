import { execFileSync } from 'node:child_process';

/** Makes sure Debian's xmllint is there: the IATI export tests validate against the XSD with it. */
export default function setup() {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    execFileSync('bash', ['scripts/install-xmllint.sh'], { stdio: 'inherit' });
  }
}
