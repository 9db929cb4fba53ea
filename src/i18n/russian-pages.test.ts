import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { en } from './messages/en.ts';
import { ru } from './messages/ru.ts';

/** Every English interface string, with functions called on a placeholder. */
function strings(messages: unknown, out: string[] = []): string[] {
  if (typeof messages === 'string') out.push(messages.replace(/\{n\}/g, '').trim());
  else if (typeof messages === 'function') out.push(...String(messages('§', '§', '§')).split('§'));
  else if (messages && typeof messages === 'object')
    for (const v of Object.values(messages)) strings(v, out);
  return out;
}

const russianToo = new Set(strings(ru));
// Phrases of at least two Latin words that the Russian catalogue does not share.
// The editor's catalogue (admin) is not shown on public pages; its single words ("State")
// would only match names in the data.
const { admin: _admin, ...publicEnglish } = en as Record<string, unknown>;
const ENGLISH = [
  ...new Set(strings(publicEnglish).map((s) => s.replace(/[\s:.,·–→←()]+$|^[\s:.,·–→←()]+/g, ''))),
]
  .filter(
    (s) => /[A-Za-z]{3,}\s+[A-Za-z]/.test(s) || (/^[A-Z][a-z]{3,}$/.test(s) && !russianToo.has(s)),
  )
  .filter((s) => !russianToo.has(s));

/** What a reader sees: text, and the attributes a screen reader speaks. */
function visibleText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|placeholder|title|alt)="([^"]*)"/g)].map(
    (m) => m[1],
  );
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/, (head) => /<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '')
    // Content shown in its original language is marked with lang="en"; it is data, not interface.
    .replace(/<(\w+)[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return `${body} ${attributes.join(' ')}`
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the Russian interface', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t?.close());

  /** A published English project with no translation at all. */
  function untranslatedProject() {
    return t.database.db
      .selectFrom('projects')
      .select(['slug', 'title'])
      .where('state', '=', 'published')
      .where('language', '=', 'en')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('project_translations')
              .select('project_id')
              .whereRef('project_id', '=', 'projects.id'),
          ),
        ),
      )
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  it('has English phrases to look for', () => {
    expect(ENGLISH).toContain('Back to list');
    expect(ENGLISH).toContain('Type of project');
    expect(ENGLISH.length).toBeGreaterThan(30);
  });

  it('leaves no English interface string on any public page', async () => {
    const untranslated = await untranslatedProject();
    const paths = [
      '/ru',
      '/ru/projects',
      '/ru/projects?page=2',
      '/ru/projects/unodc-programme-for-central-asia-2015-2019',
      `/ru/projects/${untranslated.slug}`,
      '/ru/projects/no-such-project',
      '/ru/no-such-page',
    ];
    for (const path of paths) {
      const res = await t.app.inject(path);
      expect(res.statusCode, path).toBeLessThan(500);
      const text = visibleText(res.body);
      const leftovers = ENGLISH.filter((phrase) =>
        new RegExp(
          `(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`,
        ).test(text),
      );
      expect(leftovers, `${path} shows English interface text`).toEqual([]);
    }
  });

  it('shows a visible note when a project is not translated, and falls back to the original', async () => {
    const untranslated = await untranslatedProject();
    const body = (await t.app.inject(`/ru/projects/${untranslated.slug}`)).body;
    expect(body).toContain('Этот проект ещё не переведён на русский язык');
    expect(body).toContain('<article class="project" lang="en">');
    const seed = (await t.app.inject('/ru/projects/unodc-programme-for-central-asia-2015-2019'))
      .body;
    expect(seed).not.toContain('ещё не переведён');
  });

  it("labels the seed's budget components in Russian, as its Russian budget text does", async () => {
    const path = 'projects/unodc-programme-for-central-asia-2015-2019';
    const lines = (body: string) =>
      /<ul class="budget-lines"[^>]*>(.*?)<\/ul>/s.exec(body)?.[1]?.replace(/<[^>]+>/g, ' ');
    const russian = lines((await t.app.inject(`/ru/${path}`)).body);
    expect(russian).toContain('Подпрограмма 2:');
    expect(russian).not.toContain('Sub-Programme');
    expect(lines((await t.app.inject(`/${path}`)).body)).toContain('Sub-Programme 2:');
  });

  it('keeps the page and its query when switching language', async () => {
    const body = (await t.app.inject('/projects?page=2&country=KZ')).body;
    expect(body).toContain('href="/ru/projects?page=2&amp;country=KZ" hreflang="ru"');
    const back = (await t.app.inject('/ru/projects?page=2')).body;
    expect(back).toContain('href="/projects?page=2" hreflang="en"');
    expect(back).toContain(
      '<link rel="alternate" hreflang="ru" href="http://localhost/ru/projects?page=2">',
    );
  });

  it('lets Accept-Language choose only on the first visit to the front page', async () => {
    const first = await t.app.inject({
      url: '/',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' },
    });
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/ru/');
    const returning = await t.app.inject({
      url: '/',
      headers: { 'accept-language': 'ru', cookie: 'lang=en' },
    });
    expect(returning.statusCode).toBe(200);
    const english = await t.app.inject({ url: '/', headers: { 'accept-language': 'en-GB' } });
    expect(english.statusCode).toBe(200);
    expect(english.headers['set-cookie']).toContain('lang=en');
    const inner = await t.app.inject({ url: '/projects', headers: { 'accept-language': 'ru' } });
    expect(inner.statusCode).toBe(200);
  });

  it('answers an unknown language prefix with 404', async () => {
    expect((await t.app.inject('/de/projects')).statusCode).toBe(404);
    expect((await t.app.inject('/kk/')).statusCode).toBe(404);
  });
});
