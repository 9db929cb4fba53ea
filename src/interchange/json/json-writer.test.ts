import { describe, expect, it } from 'vitest';
import { MemoryOutput } from '../csv/memory-output.ts';
import { projectStream, sampleProject } from '../csv/project.fixture.ts';
import { writeProjectsJson } from './json-writer.ts';
import { presentProjectJson } from './project-json.ts';

const present = (p: Parameters<typeof presentProjectJson>[0]) =>
  presentProjectJson(p, 'https://projects.example.org');

describe('writeProjectsJson', () => {
  it('writes an empty array for no projects', async () => {
    const out = new MemoryOutput();
    await writeProjectsJson(projectStream([]), out, present);
    expect(JSON.parse(out.text())).toEqual([]);
  });

  it('writes one element per project through the presenter', async () => {
    const out = new MemoryOutput();
    const result = await writeProjectsJson(
      projectStream([sampleProject(), sampleProject({ id: 2, slug: 'two' })]),
      out,
      present,
    );
    const parsed = JSON.parse(out.text());
    expect(result.rows).toBe(2);
    expect(parsed).toHaveLength(2);
    expect(parsed[1].slug).toBe('two');
    expect(parsed[0]).toMatchObject({
      slug: 'judicial-reform-support',
      url: 'https://projects.example.org/projects/judicial-reform-support',
      period: { start: '2015-01', end: '2019-12' },
      countries: [
        { code: 'KZ', percentage: 60 },
        { code: 'KG', percentage: 40 },
      ],
      budgetLines: [
        {
          label: 'Total',
          amount: '70600000',
          amountCents: 7_060_000_000,
          currency: 'USD',
          isTotal: true,
        },
        { label: 'Sub-Programme 2', amount: '18300000', currency: 'USD', isTotal: false },
      ],
      organisations: [
        { role: 'donor', slug: 'unodc', acronym: 'UNODC' },
        { slug: 'eu' },
        { role: 'implementing' },
      ],
      source: { kind: 'manual', iatiIdentifier: null },
    });
  });

  it('leaves out what is not on the allow-list', async () => {
    const json = present(sampleProject());
    expect(Object.keys(json)).not.toContain('id');
    expect(Object.keys(json)).not.toContain('version');
    expect(Object.keys(json)).not.toContain('state');
    expect(json.organisations[0]).not.toHaveProperty('id');
  });
});
