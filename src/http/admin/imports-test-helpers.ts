import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { adminTestBed, TestSession } from './admin-test-helpers.ts';

export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; content: Buffer | string; type?: string };

/** A multipart/form-data body as a browser sends it, parts in the given order. */
export function multipartBody(parts: Part[]) {
  const boundary = `----projectory${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'value' in p
        ? `content-disposition: form-data; name="${p.name}"\r\n\r\n`
        : `content-disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\ncontent-type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}`));
    chunks.push(Buffer.from('value' in p ? p.value : p.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** A file part from a path on disk. */
export function filePart(name: string, path: string): Part {
  return { name, filename: basename(path), content: readFileSync(path) };
}

/** Uploads to an import form as `who`, the CSRF field first as the page's form sends it. */
export function upload(
  bed: Awaited<ReturnType<typeof adminTestBed>>,
  who: TestSession | null,
  url: string,
  parts: Part[],
  o: { csrf?: string | null; json?: boolean } = {},
) {
  const token = o.csrf === undefined ? who?.csrf : o.csrf;
  const body = multipartBody([...(token ? [{ name: '_csrf', value: token }] : []), ...parts]);
  return bed.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': body.contentType,
      ...(who ? { cookie: who.cookie } : {}),
      ...(o.json ? { accept: 'application/json' } : {}),
    },
    payload: body.payload,
  });
}

/** The run id a redirect after an upload points to. */
export function runIdOf(location: string | string[] | number | undefined): number {
  const match = /\/imports\/(\d+)/.exec(String(location));
  if (!match) throw new Error(`no import run in ${String(location)}`);
  return Number(match[1]);
}
