import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'bring the database schema up to date',
  usage: 'projectory migrate',
  async run(_args, { config, stdout }) {
    const handle = await openDatabase(config.database);
    try {
      const applied = await migrateToLatest(handle);
      stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
      return 0;
    } finally {
      await handle.close();
    }
  },
};
