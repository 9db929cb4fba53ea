import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded SQLite file on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'sqlite',
      filename: expect.stringMatching(/data\/projectory\.db$/),
    });
  });

  it('reads PostgreSQL and SQLite URLs', () => {
    expect(parseDatabaseUrl('postgres://u@h:5432/db').kind).toBe('postgres');
    expect(parseDatabaseUrl('sqlite:/tmp/x.db', '/')).toEqual({
      kind: 'sqlite',
      filename: '/tmp/x.db',
    });
    expect(parseDatabaseUrl('x.db', '/w')).toEqual({ kind: 'sqlite', filename: '/w/x.db' });
  });

  it('names DATABASE_URL when it is malformed', () => {
    for (const bad of ['postgres://', 'postgres://host', 'mysql://h/db', 'sqlite:']) {
      expect(() => parseDatabaseUrl(bad)).toThrow(ConfigError);
      expect(() => parseDatabaseUrl(bad)).toThrow(/DATABASE_URL/);
    }
  });

  it('names PORT when it is not a port', () => {
    for (const bad of ['abc', '-1', '70000', '3.5']) {
      expect(() => loadConfig({ PORT: bad })).toThrow(/PORT/);
    }
  });
});
