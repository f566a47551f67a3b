/** Runs `astro build` in a child process with the site's env knobs (SITE, BASE, CONTENT_DIR, OUT_DIR). */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
  status: number | null;
  output: string;
  ms: number;
}

/**
 * The environment of a plain `npm run build` plus env. Vitest puts BASE_URL=/ and
 * NODE_ENV=test into process.env, and Vite reads them: BASE_URL would override
 * the BASE the build is given, so they are dropped here.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|BASE_URL|NODE_ENV|MODE|DEV|PROD|SSR)$/.test(k)));
  return { ...clean, ...env };
}

export function astroBuild(env: Record<string, string>, nodeArgs: string[] = []): BuildResult {
  const start = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, 'node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, ms: performance.now() - start };
}
