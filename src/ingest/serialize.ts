/**
 * Serializes an article tree to MDX with mdast-util-to-markdown and the MDX,
 * GFM and front matter extensions, which escape anything in the text that MDX
 * would otherwise read as syntax.
 */
import type { Root } from 'mdast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';

/**
 * MDX reads a paragraph that starts with `import` or `export` as ESM, and the
 * MDX extension does not escape it: encode the first letter as a character
 * reference so the sentence stays text.
 */
const esmAtLineStart: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

export function toMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown(), { unsafe: esmAtLineStart }],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    resourceLink: true,
  });
}
