import type { FastifyInstance } from 'fastify';
import {
  createTestDatabase,
  type DialectName,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import type { Role } from '../../domain/users/user.ts';
import { createServices } from '../../services/services.ts';
import { buildApp } from '../app.ts';

/** A client of the test app: its cookies and CSRF token. */
export interface TestSession {
  cookie: string;
  csrf: string;
  userId?: number;
}

export const PASSWORD = 'correct horse battery';

function cookiesOf(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** A fresh database and app, with one user of each role logged in and an anonymous visitor. */
export async function adminTestBed(dialect: DialectName) {
  const db: TestDatabase = await createTestDatabase(dialect);
  const services = createServices(db);
  const app: FastifyInstance = await buildApp({
    services,
    publicUrl: 'http://localhost',
    logLevel: 'silent',
  });

  async function anonymous(): Promise<TestSession> {
    const res = await app.inject({ method: 'GET', url: '/admin/login' });
    const cookie = cookiesOf(res.headers['set-cookie']);
    return { cookie, csrf: /projectory_csrf=([^;]+)/.exec(cookie)![1]! };
  }

  async function login(email: string, password = PASSWORD): Promise<TestSession> {
    const anon = await anonymous();
    const res = await app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { cookie: anon.cookie, accept: 'application/json' },
      payload: { email, password, _csrf: anon.csrf },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    return { cookie: cookiesOf(res.headers['set-cookie']), csrf: res.json().csrfToken };
  }

  async function userWithRole(role: Role, email = `${role}@example.org`) {
    const user = await services.admin.auth.createUser(
      { email, name: `The ${role}`, role, password: PASSWORD },
      null,
    );
    return { ...(await login(email)), userId: user.id };
  }

  /** Sends a form as `who`, with their CSRF token unless `csrf` says otherwise. */
  function post(
    who: TestSession | null,
    url: string,
    form: Record<string, string | string[]> = {},
    csrf?: string | null,
  ) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    const token = csrf === undefined ? who?.csrf : csrf;
    if (token !== null && token !== undefined) body.append('_csrf', token);
    return app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(who ? { cookie: who.cookie } : {}),
      },
      payload: body.toString(),
    });
  }

  function get(who: TestSession | null, url: string) {
    return app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
  }

  return {
    db,
    app,
    services,
    anonymous,
    login,
    userWithRole,
    post,
    get,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The minimal valid project form. */
export function projectForm(title: string, extra: Record<string, string | string[]> = {}) {
  return {
    title,
    language: 'en',
    'budget.0.label': 'Total',
    'budget.0.amount': '1000.50',
    'budget.0.currency': 'USD',
    'budget.0.total': 'on',
    ...extra,
  };
}
