/**
 * The site's identity from content/site.json (CONTENT_DIR/site.json), read and
 * validated once. Nothing in code names a report or a subject: strings take the
 * site's name, tagline and search examples from here.
 */
import { existsSync } from 'node:fs';
import { IngestError } from '../ingest/errors.ts';
import { readJson } from '../ingest/load.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { contentPaths } from './paths.ts';

export function loadSiteConfig(file = contentPaths().site): Required<Omit<SiteConfig, '$schema'>> {
  if (!existsSync(file))
    throw IngestError.at(
      file,
      'the site has no identity file',
      'create it with {"name": "…", "shortName": "…", "tagline": "…", "searchExamples": ["…"]} (see README, "Site identity")',
    );
  const { $schema: _pointer, ...config } = readJson(file, siteConfigSchema, 'the site identity file');
  return { ...config, publisher: config.publisher ?? config.name, traditionalEdition: config.traditionalEdition ?? true };
}

export const siteConfig = loadSiteConfig();
