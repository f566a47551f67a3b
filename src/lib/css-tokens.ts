/**
 * Custom properties of a stylesheet's first `:root { … }` block: the light
 * theme's tokens, for places that cannot use CSS (web manifest colours).
 */
export function rootTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!block) throw new Error('no :root { … } block in the stylesheet');
  return Object.fromEntries([...block[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
