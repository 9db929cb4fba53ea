import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The official schemas, copied into the repository (test/fixtures/iati/schema/README.md).
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const IATI_ACTIVITIES_XSD = join(
  REPO,
  'test',
  'fixtures',
  'iati',
  'schema',
  'iati-activities-schema.xsd',
);

/**
 * Validates XML text against the IATI 2.03 activities schema with Debian's xmllint
 * (scripts/install-xmllint.sh installs it). Returns xmllint's complaints; empty when valid.
 */
export function iatiSchemaErrors(xml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'iati-xsd-'));
  const file = join(dir, 'activities.xml');
  try {
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', IATI_ACTIVITIES_XSD, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    return stderr
      .split('\n')
      .filter((l) => l.trim() && !l.endsWith('fails to validate') && !l.endsWith(' validates'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
