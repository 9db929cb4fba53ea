import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { sameSecret } from '../../services/auth/tokens.ts';
import { requireImporter } from '../../services/import-runs/import-run.ts';
import type { UploadedFile } from '../../services/import-runs/import-runs.service.ts';
import { actorOf, CSRF_FIELD, CSRF_HEADER, CsrfError } from '../auth/session.ts';

/** What an upload form sent: its text fields and its files, each saved to a temporary file. */
export interface ReceivedUpload {
  fields: Record<string, string>;
  files: UploadedFile[];
  /** Names of files over the size limit (not kept). */
  tooLarge: string[];
  /** The upload broke a count limit (files, fields) or could not be parsed. */
  broken: 'too-many' | 'unreadable' | null;
  /** Removes the temporary files. */
  cleanup(): Promise<void>;
}

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    upload?: ReceivedUpload;
  }
}

const countLimit = (error: unknown) =>
  ['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'].includes(
    (error as { code?: string }).code ?? '',
  );

/** Counts the bytes that pass. */
function counter() {
  const c = new Transform({
    transform(chunk: Buffer, _enc, done) {
      c.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  c.bytes = 0;
  return c;
}

/**
 * A route's preValidation hook for a multipart upload form. It runs before the scope's CSRF
 * check, which reads a parsed body, so it makes sure of the right person and the form's CSRF
 * token (the form sends it before the files) before a single byte of a file is stored. Each
 * file streams to its own temporary file; a file over the limit is cut off, dropped and named
 * in `tooLarge`, and the rest of the request is still read so the browser gets the answer.
 */
export function receiveUpload(limits: UploadLimits) {
  return async (request: FastifyRequest) => {
    requireImporter(actorOf(request));
    if (!request.isMultipart()) return;
    const dir = await mkdtemp(join(tmpdir(), 'projectory-upload-'));
    const upload: ReceivedUpload = {
      fields: {},
      files: [],
      tooLarge: [],
      broken: null,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
    const expected = request.auth?.session.csrfSecret ?? '';
    const csrfOk = () => {
      const sent =
        upload.fields[CSRF_FIELD] ?? (request.headers[CSRF_HEADER] as string | undefined);
      return !!sent && !!expected && sameSecret(sent, expected);
    };
    try {
      // The plugin is registered with throwFileSizeLimit off: a cut-off file is marked truncated.
      const parts = request.parts({
        limits: {
          fileSize: limits.maxFileBytes,
          files: limits.maxFiles,
          fields: 20,
          fieldSize: 10_000,
          parts: limits.maxFiles + 20,
        },
      });
      for await (const part of parts) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') upload.fields[part.fieldname] = part.value;
          continue;
        }
        if (!csrfOk())
          throw new CsrfError('CSRF token missing or wrong (it must come before the files)');
        if (!part.filename) {
          part.file.resume();
          continue;
        }
        const path = join(dir, String(upload.files.length + upload.tooLarge.length));
        const bytes = counter();
        await pipeline(part.file, bytes, createWriteStream(path));
        if (part.file.truncated) {
          upload.tooLarge.push(part.filename);
          await rm(path, { force: true });
        } else upload.files.push({ path, name: part.filename, size: bytes.bytes });
      }
    } catch (error) {
      if (error instanceof CsrfError) {
        await upload.cleanup();
        throw error;
      }
      upload.broken = countLimit(error) ? 'too-many' : 'unreadable';
      request.log.warn({ err: error }, 'upload not read');
    }
    request.upload = upload;
    // The scope's CSRF check reads the token from the body, as for every other form.
    request.body = { ...upload.fields };
  };
}
