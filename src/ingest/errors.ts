/**
 * An input problem the editor can fix. Each line names the file, the place
 * (line or JSON path), the problem and the fix.
 */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }

  static at(file: string, problem: string, fix: string, place?: string | number): IngestError {
    return new IngestError(`${file}${place !== undefined ? `:${place}` : ''}: ${problem}. Fix: ${fix}.`);
  }
}
