/** How many times one figure is another, rounded the way a reader says it: 33, 16.7, 2.3. */
import { format } from 'd3-format';

const oneDecimal = format('.1~f');

export function times(a: number, b: number): string {
  const r = a / b;
  return r >= 10 ? String(Math.round(r)) : oneDecimal(r);
}
