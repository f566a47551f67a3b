/**
 * What the draft needs from the figure finder and the unit registry: the one
 * finder (src/lib/figures.ts) and the one registry (src/lib/units.ts), so a
 * drafted figure is read exactly as validation will read it.
 */
import { unit, type Dimension } from '../../lib/units.ts';

export { findFigures } from '../../lib/figures.ts';

/** The dimension of a unit id ('currency', 'count', 'price' for CNY/Wh …); throws on ids the registry does not know. */
export const dimensionOf = (id: string): Dimension => unit(id).dimension;
