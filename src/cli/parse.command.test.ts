import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { parseCommand } from './parse.command.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

// The command reads no configuration; a stand-in is enough.
const config = {} as Config;

async function run(...args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await parseCommand.run(args, { config, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('projectory parse', () => {
  it('prints budget lines as JSON with exact decimal amounts', async () => {
    const text =
      'Indicative budget at beginning of project: Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.';
    const { code, stdout, stderr } = await run('budget', text);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('\n  "sure": true');
    expect(JSON.parse(stdout)).toEqual({
      text,
      sure: true,
      lines: [
        {
          label: 'Total',
          amount: '70600000',
          amountCents: 7_060_000_000,
          currency: 'USD',
          isTotal: true,
        },
        {
          label: 'Sub-Programme 2',
          amount: '18300000',
          amountCents: 1_830_000_000,
          currency: 'USD',
          isTotal: false,
        },
      ],
      shares: [],
      notes: [],
    });
  });

  it('joins words given without quotes, and shows cents and shares', async () => {
    const { code, stdout } = await run(
      'budget',
      'EUR',
      '1.234.567,89',
      '(EU',
      'contribution:',
      '90%)',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.lines[0]).toMatchObject({ amount: '1234567.89', currency: 'EUR' });
    expect(json.shares).toEqual([{ label: 'EU contribution', percentage: 90 }]);
  });

  it('prints an unsure budget with its notes', async () => {
    const { code, stdout } = await run('budget', 'USD 5-6 million');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.sure).toBe(false);
    expect(json.lines).toEqual([]);
    expect(json.notes.join()).toContain('range');
  });

  it('prints a period with the precision of each end', async () => {
    const { code, stdout } = await run('period', 'январь 2015 г. – 2019 г.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      text: 'январь 2015 г. – 2019 г.',
      sure: true,
      start: { year: 2015, month: 1, precision: 'month', key: '2015-01' },
      end: { year: 2019, precision: 'year', key: '2019' },
      notes: [],
    });
  });

  it('prints an open period with a null end', async () => {
    const json = JSON.parse((await run('period', 'since March 2018')).stdout);
    expect(json).toMatchObject({ sure: true, start: { key: '2018-03' }, end: null });
  });

  it.each([[[]], [['budget']], [['period', '   ']], [['money', 'USD 5']]])(
    'exits 2 with the usage on bad arguments %j',
    async (args) => {
      const { code, stdout, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: projectory parse budget');
    },
  );
});
