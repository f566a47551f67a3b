/**
 * Hostile text for the property tests (the .property.test.ts files of tests/unit on
 * the producers, tests/site/hostile-build.property.test.ts through a build): pieces
 * that look like markup, MDX, CSV formulas, URL schemes and odd Unicode, mixed with
 * random strings; and the hast helpers both read the output with.
 */
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';

export const FRAGMENTS = [
  '<script>alert(1)</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '"',
  "'",
  '`',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '{',
  '}',
  '{`${x}`}',
  'javascript:alert(1)',
  'data:text/html,x',
  '<a href="javascript:x">',
  '=1+1',
  '+cmd',
  '-2',
  '@SUM(A1)',
  '\t',
  '\n',
  '\u2028',
  '\u200B',
  '\u00A0',
  '👩\u200D💻',
  '𠮷',
  '<svg onload=x>',
  '</p>',
  '<style>',
  'AI工程师薪酬',
  '*粗*',
  '[链接](https://example.com)',
  '# 标题',
  '---',
  'import x from "y"',
  '<wbr>',
];

const pieces = (maxLength: number) => fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }));

/** Strings an HTML parser keeps as they are (it turns CR into LF and NUL into U+FFFD by design). */
export const hostileText = fc.array(pieces(8), { maxLength: 8 }).map((parts) => parts.join('').replace(/[\r\0]/g, ''));

/** One line of text (a new line would be a new paragraph of a report), as an editor could type it. */
export const hostileLine = fc
  .array(pieces(6), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('').replace(/[\r\n\0\u2028\u2029\u0085\u000b\u000c]/g, ' '));

/** Every element below a node, the node first. */
export const elements = (node: Root | RootContent): Element[] =>
  node.type === 'element' ? [node, ...node.children.flatMap(elements)] : 'children' in node ? node.children.flatMap(elements) : [];
/** Every text below a node, in document order. */
export const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
