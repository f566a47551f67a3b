/**
 * An input problem the editor can fix. Each problem is one line naming the
 * file, the place (line:column or JSON path), what is wrong and the fix; one
 * error can carry every problem of a file, so the editor sees them all at once.
 */
export class IngestError extends Error {
  /** One line per problem. */
  readonly problems: string[];
  constructor(message: string | string[]) {
    const problems = Array.isArray(message) ? message : [message];
    super(problems.join('\n'));
    this.name = 'IngestError';
    this.problems = problems;
  }

  static line(file: string, problem: string, fix: string, place?: string | number): string {
    return `${file}${place !== undefined ? `:${place}` : ''}: ${problem.replace(/\.$/, '')}. Fix: ${fix.replace(/\.$/, '')}.`;
  }

  static at(file: string, problem: string, fix: string, place?: string | number): IngestError {
    return new IngestError(IngestError.line(file, problem, fix, place));
  }

  /** Several errors as one, in order (e.g. the meta file, the dataset and the charts of one report). */
  static all(errors: IngestError[]): IngestError {
    return new IngestError(errors.flatMap((e) => e.problems));
  }
}

/**
 * The message of an editor's error, or undefined for any other error. By name,
 * not instanceof: pages are bundled, and their copy of the class is another one.
 * No stack trace unless DEBUG is set: the message says all there is.
 */
export function editorMessage(e: unknown): string | undefined {
  const err = e as { name?: unknown; problems?: unknown; message?: string; stack?: string } | null;
  if (!err || err.name !== 'IngestError' || !Array.isArray(err.problems)) return undefined;
  return process.env.DEBUG ? `${err.message}\n${err.stack}` : err.message;
}
