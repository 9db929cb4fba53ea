import type { AddressInfo } from 'node:net';
import { createTestApp } from '../helpers/app.ts';

/** The seeded app listening on a free loopback port, for a browser to visit. */
export async function startTestServer() {
  const t = await createTestApp('sqlite');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return { ...t, origin: `http://127.0.0.1:${port}` };
}
