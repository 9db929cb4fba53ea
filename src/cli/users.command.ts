import { ValidationError } from '../domain/errors.ts';
import { isRole, ROLES } from '../domain/users/user.ts';
import { createAuthService } from '../services/auth/auth.service.ts';
import { generatePassword } from '../services/auth/password.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const USAGE = `projectory users add --email <email> --name <name> --role <${ROLES.join('|')}> [--password-stdin]
projectory users list
projectory users set-role --email <email> --role <role>
projectory users reset-password --email <email> [--password-stdin]`;

export const usersCommand: Command = {
  name: 'users',
  summary: 'add users, list them, change roles, reset passwords',
  usage: USAGE,
  async run(args, { config, stdout, stderr }) {
    const [sub, ...rest] = args;
    const email = option(rest, 'email');
    const role = option(rest, 'role');
    const password = async () =>
      rest.includes('--password-stdin') ? await readStdin() : generatePassword();
    const generated = !rest.includes('--password-stdin');
    try {
      return await withDatabase(config, async ({ db }) => {
        const auth = createAuthService(db);
        if (sub === 'list') {
          for (const u of await auth.listUsers())
            stdout.write(`${u.email}\t${u.role}${u.disabled ? '\tdisabled' : ''}\t${u.name}\n`);
          return 0;
        }
        const target = async () => {
          const user = (await auth.listUsers()).find(
            (u) => u.email === email?.trim().toLowerCase(),
          );
          if (!user) throw new ValidationError([{ field: 'email', message: `no user ${email}` }]);
          return user;
        };
        if (sub === 'add') {
          if (!email || !role || !isRole(role)) {
            stderr.write(`usage:\n${USAGE}\n`);
            return 2;
          }
          const pw = await password();
          const user = await auth.createUser(
            { email, name: option(rest, 'name') ?? email, role, password: pw },
            null,
          );
          stdout.write(`added ${user.email} (${user.role})\n`);
          if (generated) stdout.write(`password (shown once): ${pw}\n`);
          return 0;
        }
        if (sub === 'set-role' && role && isRole(role)) {
          const user = await target();
          await auth.changeUser(null, user.id, { role });
          stdout.write(`${user.email} is now ${role}\n`);
          return 0;
        }
        if (sub === 'reset-password') {
          const user = await target();
          const pw = await password();
          await auth.changeUser(null, user.id, { password: pw });
          stdout.write(`password of ${user.email} changed\n`);
          if (generated) stdout.write(`password (shown once): ${pw}\n`);
          return 0;
        }
        stderr.write(`usage:\n${USAGE}\n`);
        return 2;
      });
    } catch (error) {
      if (error instanceof ValidationError) {
        stderr.write(`projectory users: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
