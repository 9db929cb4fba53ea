import type { Command } from './command.ts';
import { exportCommand } from './export.command.ts';
import { importCommand } from './import.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { parseCommand } from './parse.command.ts';
import { seedCommand } from './seed.command.ts';
import { serveCommand } from './serve.command.ts';
import { usersCommand } from './users.command.ts';

/** Every command of the `projectory` CLI, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  parseCommand,
  usersCommand,
  importCommand,
  exportCommand,
];
