import { COMMANDS } from './cli/commands.ts';
import { ConfigError, loadConfig } from './config.ts';

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return `Usage: projectory <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Composition root: configuration first, then the chosen command. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`projectory: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  // Every command's --help, before its own arguments are read (no database is needed).
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  const config = loadConfig();
  return command.run(args, { config, stdout: process.stdout, stderr: process.stderr });
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`projectory: configuration error: ${error.message}\n`);
    } else {
      process.stderr.write(`projectory: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
