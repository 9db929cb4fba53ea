import { resolve } from 'node:path';

/** Where the database lives: an embedded SQLite file or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; connectionString: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  /** Public origin used in absolute links (feeds, sitemaps, exports). */
  readonly publicUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_SQLITE_FILE = 'data/projectory.db';

/** Parses DATABASE_URL: `postgres://…`, `sqlite:path`, `file:path`, `:memory:` or a bare path. */
export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const raw = value?.trim();
  if (!raw) return { kind: 'sqlite', filename: resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', `"${raw}" is not a valid PostgreSQL URL`);
    }
    if (!url.hostname && !url.searchParams.get('host')) {
      throw new ConfigError('DATABASE_URL', 'the PostgreSQL URL names no host');
    }
    if (url.pathname.length <= 1) {
      throw new ConfigError('DATABASE_URL', 'the PostgreSQL URL names no database');
    }
    return { kind: 'postgres', connectionString: raw };
  }
  if (raw === ':memory:') return { kind: 'sqlite', filename: ':memory:' };
  const path = raw.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && path === raw) {
    throw new ConfigError(
      'DATABASE_URL',
      `unsupported scheme in "${raw}"; use postgres://… or sqlite:path/to/file.db`,
    );
  }
  if (!path) throw new ConfigError('DATABASE_URL', 'the SQLite URL names no file');
  return { kind: 'sqlite', filename: path === ':memory:' ? path : resolve(cwd, path) };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `"${value}" is not a port number (0–65535)`);
  }
  return port;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

/** Reads and validates the environment once; the only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT);
  const host = env.HOST?.trim() || '0.0.0.0';
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `"${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  return Object.freeze({
    port,
    host,
    database: parseDatabaseUrl(env.DATABASE_URL),
    publicUrl,
    logLevel,
  });
}

/** The test database URL for the PostgreSQL half of the suite, if one is set. */
export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL?.trim() || undefined;
}
