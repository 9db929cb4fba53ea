import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'projectory-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI as a child process; resolves with its exit code and output. */
async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...args],
      {
        env: { ...process.env, LOG_LEVEL: 'silent', ...env },
        timeout: 90_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('command line', { timeout: 180_000 }, () => {
  it("prints each command's usage for --help, without touching a database", async () => {
    for (const name of ['export', 'import', 'parse']) {
      const result = await cli([name, '--help'], { DATABASE_URL: 'postgres://nowhere.invalid/x' });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: projectory ${name}`);
    }
  });

  it('migrates and seeds a new SQLite file, and seeding again keeps one copy', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'a.db')}` };
    const first = await cli(['seed'], env);
    expect(first.code).toBe(0);
    const count = Number(
      /seed: (\d+) created, 0 updated, 0 unchanged of \1 projects/.exec(first.stdout)?.[1],
    );
    expect(count).toBeGreaterThanOrEqual(41);
    const again = await cli(['seed'], env);
    expect(again.stdout).toContain(
      `seed: 0 created, 0 updated, ${count} unchanged of ${count} projects`,
    );
    expect(again.stdout).not.toContain('left alone');
    const wrong = await cli(['seed', '--rest'], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown option --rest');
    const migrate = await cli(['migrate'], env);
    expect(migrate.stdout).toContain('schema is up to date');
  });

  it('names DATABASE_URL when it is malformed or unreachable', async () => {
    const malformed = await cli(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/configuration error: DATABASE_URL: unsupported scheme/);
    const unreachable = await cli(['migrate'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x',
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/DATABASE_URL: cannot reach the postgres database/);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });

  it('says clearly that the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const res = await cli(['serve'], {
        PORT: String(port),
        DATABASE_URL: `sqlite:${join(dir, 'b.db')}`,
      });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`port ${port} is already in use`);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('rejects an unknown command with the usage', async () => {
    const res = await cli(['frobnicate'], {});
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('unknown command "frobnicate"');
  });
});
