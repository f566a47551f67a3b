/**
 * npm run schemas [-- --check]
 *
 * Writes the JSON Schemas generated from the zod schemas to public/data/schema/:
 * editors' JSON files point at them ("$schema") and the site publishes them as
 * they are. --check writes nothing and exits 1 when a file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMAS, schemaText } from '../src/data/json-schema.ts';

const SCHEMA_DIR = 'public/data/schema';
const check = process.argv.includes('--check');

let stale = 0;
mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [name, generate] of Object.entries(JSON_SCHEMAS)) {
  const file = join(SCHEMA_DIR, name);
  const text = schemaText(generate());
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    console.error(`stale: ${file}`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale) {
  console.error(`schemas --check: ${stale} file(s) out of date. Fix: run npm run schemas and commit the result.`);
  process.exit(1);
}
if (check) console.log(`schemas --check: ${Object.keys(JSON_SCHEMAS).length} schema(s) up to date.`);
