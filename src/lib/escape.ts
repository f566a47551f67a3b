/**
 * The one HTML/SVG escaper for markup the site writes as strings (SVG charts,
 * embed code, QR labels). Text escapes & < >; attribute values also ", so any
 * string is safe in a double-quoted attribute or between tags.
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => TEXT[c]);
export const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => TEXT[c]);
