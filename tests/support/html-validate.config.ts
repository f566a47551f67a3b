/**
 * html-validate configuration for the built pages: the recommended preset.
 * A rule is turned off here only with a written reason next to it.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // (no rule is turned off)
  },
});
