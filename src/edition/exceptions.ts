/** The site's exceptions for the 繁體 converter, read and validated (errors name the file, the place and the fix). */
import { existsSync } from 'node:fs';
import { readJson } from '../ingest/load.ts';
import { hantExceptionsSchema } from '../schemas/hant-exceptions.ts';
import { contentPaths } from '../site/paths.ts';
import type { HantException } from './hant.ts';

export function loadHantExceptions(contentDir?: string): HantException[] {
  const file = contentPaths(contentDir).hantExceptions;
  return existsSync(file) ? readJson(file, hantExceptionsSchema, 'the 繁體 exceptions file').entries : [];
}
