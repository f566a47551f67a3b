/** Sizes of the PNG icons drawn from public/favicon.svg for the web manifest. */
export const ICON_SIZES = [192, 512] as const;
