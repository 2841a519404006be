/** How precise a place's point is: its address, its street, or only its town. */
export const POSITION_PRECISIONS = ['address', 'street', 'town'] as const;
export type PositionPrecision = (typeof POSITION_PRECISIONS)[number];
