/** The current time as stored: ISO-8601 in UTC. */
export function nowIso(): string {
  return new Date().toISOString();
}
