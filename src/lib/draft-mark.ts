/**
 * The `drafted` mark: a 12-hex SHA-256 of the record as the draft tool wrote
 * it (all fields but `drafted`, keys sorted at every level, so the order of
 * keys in the file does not matter). A record counts as checked by an editor
 * when it has no mark, or when its content no longer hashes to the mark.
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function draftHash(record: object): string {
  const { drafted: _, ...rest } = record as { drafted?: string };
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex')
    .slice(0, 12);
}

/** True when an editor has confirmed (removed the mark) or edited the record. */
export function isEditorChecked(record: object): boolean {
  const mark = (record as { drafted?: unknown }).drafted;
  return mark === undefined || draftHash(record) !== mark;
}
