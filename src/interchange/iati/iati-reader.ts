import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { DomainError } from '../../domain/errors.ts';
import { ActivityBuilder, type FileDefaults } from './activity-builder.ts';
import type { IatiActivity } from './iati-activity.ts';
import { normaliseLanguage } from './iati-codes.ts';

export type IatiReadProblem = 'malformed' | 'not-iati' | 'dtd' | 'encoding';

/** The file cannot be read as IATI activities; `line` and `column` (1-based) say where, when known. */
export class IatiReadError extends DomainError {
  readonly code = 'iati_unreadable';
  constructor(
    readonly problem: IatiReadProblem,
    readonly reason: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(line === null ? reason : `line ${line}, column ${column}: ${reason}`);
    this.name = 'IatiReadError';
  }
}

export interface ReadOptions {
  /** Called after each chunk with the number of bytes read so far. */
  onBytes?: (bytesRead: number) => void;
}

const ORGANISATION_FILE_ROOT = 'iati-organisations';

/** Chooses the text decoder from the byte-order mark or the XML declaration; UTF-8 by default. */
function decoderFor(head: Buffer): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  const declared = /^(?:\uFEFF)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    head.subarray(0, 200).toString('latin1'),
  )?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new IatiReadError('encoding', `unsupported character encoding "${declared}"`, 1, 1);
  }
}

function toBuffer(chunk: Buffer | Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/**
 * Streams `<iati-activity>` elements out of an IATI 1.0x or 2.0x activity file, one plain object
 * at a time; memory holds one chunk's activities, never the document. A malformed or truncated
 * file, a root other than `<iati-activities>`, or any DTD (and so any entity declaration) ends
 * the iteration with an IatiReadError naming line and column.
 */
// saxes does not name the entity; the usual culprit is HTML's, pasted into a narrative.
const UNDEFINED_ENTITY =
  'undefined entity: XML knows only &amp; &lt; &gt; &quot; &apos; and numeric ones (HTML names such as &nbsp; are not XML: write &#160;)';

export async function* readIatiActivities(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  options: ReadOptions = {},
): AsyncGenerator<IatiActivity, void, undefined> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const fail = (problem: IatiReadProblem, reason: string): never => {
    throw new IatiReadError(problem, reason, parser.line, parser.column + 1);
  };
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    fail('malformed', message === 'undefined entity.' ? UNDEFINED_ENTITY : message);
  });
  parser.on('doctype', () => {
    fail('dtd', 'a DOCTYPE was found: DTDs and entity declarations are refused');
  });

  let ready: IatiActivity[] = [];
  const file: FileDefaults = { version: null, language: null, currency: null };
  const builder = new ActivityBuilder(file, (activity) => {
    ready.push(activity);
  });
  let sawRoot = false;

  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (sawRoot) {
      builder.open(tag.name, attrs, parser.line);
      return;
    }
    if (tag.name === ORGANISATION_FILE_ROOT) {
      fail('not-iati', 'this is an IATI organisation file; only activity files can be imported');
    }
    if (tag.name !== 'iati-activities') {
      fail(
        'not-iati',
        `not an IATI activity file: the root element is <${tag.name}>, not <iati-activities>`,
      );
    }
    sawRoot = true;
    file.version = attrs.version?.trim() || null;
    file.language = normaliseLanguage(attrs['xml:lang']);
    file.currency = attrs['default-currency']?.trim().toUpperCase() || null;
  });
  const onText = (text: string) => builder.onText(text);
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => builder.close());

  let decoder: TextDecoder | null = null;
  let bytesRead = 0;
  for await (const raw of input) {
    const chunk = toBuffer(raw);
    bytesRead += chunk.length;
    decoder ??= decoderFor(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
    options.onBytes?.(bytesRead);
    if (ready.length > 0) {
      const batch = ready;
      ready = [];
      yield* batch;
    }
  }
  if (decoder) parser.write(decoder.decode());
  if (bytesRead === 0) throw new IatiReadError('malformed', 'the file is empty', null, null);
  parser.close();
  yield* ready;
}
