/**
 * Preloaded into a build (node --import) to move its clock: `new Date()` and
 * `Date.now()` run CLOCK_SHIFT_MS ahead. A build whose output changes with it
 * takes a date from the clock instead of from the content.
 */
const shift = Number(process.env.CLOCK_SHIFT_MS ?? 0);
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...(args as [string | number | Date]));
  }
  static override now() {
    return RealDate.now() + shift;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;
