/** The tool's version, replaced at build time from package.json (esbuild `define`). */
declare const __ROADMAP_VERSION__: string | undefined;
export const VERSION: string = typeof __ROADMAP_VERSION__ === 'string' ? __ROADMAP_VERSION__ : '0.0.0-dev';
