import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import { printSetupLinkIfNoAdmin } from '../services/auth/setup-link.ts';
import { isDatabaseEmpty, seedDemoData } from '../services/seed.service.ts';
import { createServices } from '../services/services.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the site (creates, migrates and seeds an empty database first)',
  usage: 'projectory serve',
  async run(_args, { config, stdout, stderr }) {
    const handle = await openDatabase(config.database);
    await migrateToLatest(handle);
    if (await isDatabaseEmpty(handle.db)) {
      const report = await seedDemoData(handle.db);
      stdout.write(`first start: loaded ${report.projects} demo projects\n`);
    }
    await printSetupLinkIfNoAdmin(handle.db, config.publicUrl, stdout);
    const services = createServices(handle);
    const app = await buildApp({
      services,
      publicUrl: config.publicUrl,
      logLevel: config.logLevel,
    });
    // A running upload import finishes before the database closes (hooks run in order).
    app.addHook('onClose', () => services.admin.imports.whenIdle());
    app.addHook('onClose', () => handle.close());
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') {
        stderr.write(
          `projectory: port ${config.port} is already in use; set PORT to another port\n`,
        );
        return 1;
      }
      if (code === 'EACCES') {
        stderr.write(
          `projectory: not allowed to listen on port ${config.port}; set PORT to a port above 1024\n`,
        );
        return 1;
      }
      throw error;
    }
    // Load the in-memory search index now rather than on the first visitor's search.
    services.search
      .warm()
      .catch((error: unknown) => app.log.error({ err: error }, 'search warm-up failed'));
    stdout.write(
      `Projectory is serving at http://localhost:${config.port} (${handle.dialect.name})\n`,
    );
    const stop = async () => {
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return 0;
  },
};
