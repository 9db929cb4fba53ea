import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import type { Actor } from '../../domain/editing/policy.ts';
import type { PublicationState } from '../../domain/projects/project.ts';
import { adminTestBed, projectForm, type TestSession } from './admin-test-helpers.ts';

type Who = 'anonymous' | 'contributor' | 'editor' | 'admin';
const WHO: Who[] = ['anonymous', 'contributor', 'editor', 'admin'];

interface Fixture {
  slug: string;
  version: number;
}

interface Case {
  name: string;
  /** Builds what the request needs (a project in some state), returns the URL and form. */
  setup: (f: Fixtures) => Promise<{ url: string; form?: Record<string, string | string[]> }>;
  expect: Record<Who, number>;
}

interface Fixtures {
  project(state: PublicationState, owner?: 'contributor' | 'editor'): Promise<Fixture>;
  organisation(): Promise<string>;
  userId(): Promise<number>;
}

const ADMIN_ONLY = { anonymous: 401, contributor: 403, editor: 403, admin: 303 };
const EDITORS = { anonymous: 401, contributor: 403, editor: 303, admin: 303 };
const EVERYONE = { anonymous: 401, contributor: 303, editor: 303, admin: 303 };

const CASES: Case[] = [
  {
    name: 'create a project',
    setup: async () => ({ url: '/admin/projects', form: projectForm('New one') }),
    expect: EVERYONE,
  },
  {
    name: 'edit own draft',
    setup: async (f) => {
      const p = await f.project('draft');
      return {
        url: `/admin/projects/${p.slug}`,
        form: projectForm('Changed', { version: String(p.version) }),
      };
    },
    expect: EVERYONE,
  },
  {
    name: "edit someone else's draft",
    setup: async (f) => {
      const p = await f.project('draft', 'editor');
      return {
        url: `/admin/projects/${p.slug}`,
        form: projectForm('Changed', { version: String(p.version) }),
      };
    },
    expect: EDITORS,
  },
  {
    name: 'edit a published project',
    setup: async (f) => {
      const p = await f.project('published');
      return {
        url: `/admin/projects/${p.slug}`,
        form: projectForm('Changed', { version: String(p.version) }),
      };
    },
    expect: EDITORS,
  },
  {
    name: 'submit own draft',
    setup: async (f) => ({ url: `/admin/projects/${(await f.project('draft')).slug}/submit` }),
    expect: EVERYONE,
  },
  {
    name: 'publish',
    setup: async (f) => ({ url: `/admin/projects/${(await f.project('submitted')).slug}/publish` }),
    expect: EDITORS,
  },
  {
    name: 'send back',
    setup: async (f) => ({
      url: `/admin/projects/${(await f.project('submitted')).slug}/send-back`,
      form: { comment: 'Add the budget' },
    }),
    expect: EDITORS,
  },
  {
    name: 'archive',
    setup: async (f) => ({ url: `/admin/projects/${(await f.project('published')).slug}/archive` }),
    expect: EDITORS,
  },
  {
    name: 'reopen',
    setup: async (f) => ({ url: `/admin/projects/${(await f.project('archived')).slug}/reopen` }),
    expect: EDITORS,
  },
  {
    name: 'delete',
    setup: async (f) => ({ url: `/admin/projects/${(await f.project('draft')).slug}/delete` }),
    expect: EDITORS,
  },
  {
    name: 'restore a revision of own draft',
    setup: async (f) => {
      const p = await f.project('draft');
      return {
        url: `/admin/projects/${p.slug}/restore`,
        form: { revision: '1', version: String(p.version) },
      };
    },
    expect: EVERYONE,
  },
  {
    name: 'preview Markdown',
    setup: async () => ({ url: '/admin/preview', form: { markdown: '**hi**' } }),
    expect: { anonymous: 401, contributor: 200, editor: 200, admin: 200 },
  },
  {
    name: 'add an organisation',
    setup: async () => ({ url: '/admin/organisations', form: { name: `Org ${Math.random()}` } }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'edit an organisation',
    setup: async (f) => ({
      url: `/admin/organisations/${await f.organisation()}`,
      form: { name: 'Renamed' },
    }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'merge organisations',
    setup: async (f) => ({
      url: '/admin/organisations/merge',
      form: { keep: await f.organisation(), drop: await f.organisation() },
    }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'add a project type',
    setup: async () => ({
      url: '/admin/types',
      form: { 'name.en': `Type ${Date.now()}${Math.random()}`.replace('.', '') },
    }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'edit a project type',
    setup: async () => ({
      url: '/admin/types/matrix-type',
      form: { 'name.en': 'Matrix type', dacCodes: '15130' },
    }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'add a user',
    setup: async () => ({
      url: '/admin/users',
      form: {
        email: `u${Math.random()}@example.org`.replace('0.', ''),
        name: 'U',
        role: 'editor',
        password: 'a long password',
      },
    }),
    expect: ADMIN_ONLY,
  },
  {
    name: "change a user's role",
    setup: async (f) => ({ url: `/admin/users/${await f.userId()}`, form: { role: 'editor' } }),
    expect: ADMIN_ONLY,
  },
];

for (const dialect of DIALECTS) {
  describe(`${dialect}: role × route matrix`, () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    const sessions = {} as Record<Who, TestSession>;
    const actors = {} as Record<'contributor' | 'editor' | 'admin', Actor>;
    let n = 0;

    beforeAll(async () => {
      bed = await adminTestBed(dialect);
      sessions.anonymous = await bed.anonymous();
      for (const role of ['contributor', 'editor', 'admin'] as const) {
        sessions[role] = await bed.userWithRole(role);
        actors[role] = { id: sessions[role].userId!, role };
      }
    });
    afterAll(async () => {
      await bed?.close();
    });

    const fixtures: Fixtures = {
      async project(state, owner = 'contributor') {
        const editing = bed.services.admin.editing;
        let p = await editing.create(actors[owner], projectForm(`Matrix ${++n}`), null);
        p = (
          await editing.update(
            actors[owner],
            p.slug,
            projectForm(`Matrix ${n} v2`),
            p.version,
            null,
          )
        ).project;
        const steps: Record<PublicationState, ('submit' | 'publish' | 'archive')[]> = {
          draft: [],
          submitted: ['submit'],
          published: ['submit', 'publish'],
          archived: ['submit', 'publish', 'archive'],
        };
        for (const step of steps[state])
          p = await editing.transition(actors.editor, p.slug, step, {});
        return { slug: p.slug, version: p.version };
      },
      async organisation() {
        const o = await bed.services.admin.vocabularies.saveOrganisation(actors.admin, {
          name: `Organisation ${++n}`,
        });
        return o.slug;
      },
      async userId() {
        const u = await bed.services.admin.auth.createUser(
          {
            email: `target${++n}@example.org`,
            name: 'Target',
            role: 'contributor',
            password: 'a long password',
          },
          null,
        );
        return u.id;
      },
    };

    for (const c of CASES) {
      for (const who of WHO) {
        it(`${c.name} as ${who} → ${c.expect[who]}`, async () => {
          const { url, form } = await c.setup(fixtures);
          const res = await bed.post(sessions[who], url, form);
          expect(res.statusCode, res.body.slice(0, 300)).toBe(c.expect[who]);
        });
      }
    }

    it('log out → 303 for everyone, and the session is gone', async () => {
      const s = await bed.userWithRole('editor', 'leaving@example.org');
      const res = await bed.post(s, '/admin/logout');
      expect(res.statusCode).toBe(303);
      expect((await bed.get(s, '/admin/projects')).statusCode).toBe(303);
      expect((await bed.post(sessions.anonymous, '/admin/logout')).statusCode).toBe(303);
    });

    it('pages: anonymous is sent to log in; contributors cannot read users or the audit log', async () => {
      const res = await bed.get(null, '/admin/projects');
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toMatch(/^\/admin\/login\?next=/);
      expect((await bed.get(sessions.contributor, '/admin/audit')).statusCode).toBe(403);
      expect((await bed.get(sessions.contributor, '/admin/users')).statusCode).toBe(403);
      expect((await bed.get(sessions.editor, '/admin/organisations')).statusCode).toBe(403);
      expect((await bed.get(sessions.admin, '/admin/audit')).statusCode).toBe(200);
      expect((await bed.get(sessions.admin, '/ru/admin/projects')).statusCode).toBe(200);
    });

    it("a contributor sees only their own projects and cannot open others'", async () => {
      const other = await fixtures.project('draft', 'editor');
      const mine = await fixtures.project('draft');
      const list = await bed.get(sessions.contributor, '/admin/projects?q=matrix');
      expect(list.body).toContain(mine.slug);
      expect(list.body).not.toContain(`/admin/projects/${other.slug}/edit`);
      expect(
        (await bed.get(sessions.contributor, `/admin/projects/${other.slug}/edit`)).statusCode,
      ).toBe(403);
    });
  });
}
