import type { Db } from '../../db/database.ts';
import { createAuthService } from './auth.service.ts';

/**
 * On a start with no enabled admin, prints a one-time link (valid 24 hours) that creates the
 * first admin account; prints nothing when an admin exists. Returns the link, if any.
 */
export async function printSetupLinkIfNoAdmin(
  db: Db,
  publicUrl: string,
  out: NodeJS.WritableStream,
): Promise<string | undefined> {
  const token = await createAuthService(db).issueSetupToken();
  if (!token) return undefined;
  const link = `${publicUrl}/admin/setup/${token}`;
  out.write(
    `No administrator yet. Create one with this one-time link (valid 24 hours):\n  ${link}\n` +
      'or run: projectory users add --role admin --email <email> --name <name>\n',
  );
  return link;
}
