/** The tool's version, replaced at build time from package.json (esbuild `define`). */
declare const __ROADMAP_VERSION__: string | undefined;
/** A digest of the sources and locked dependencies the bundle was built from (esbuild `define`). */
declare const __ROADMAP_BUILD__: string | undefined;

export const VERSION: string = typeof __ROADMAP_VERSION__ === 'string' ? __ROADMAP_VERSION__ : '0.0.0-dev';

/** Tells apart builds of one version, so that a cache never outlives the code that filled it. */
export const BUILD: string = typeof __ROADMAP_BUILD__ === 'string' ? __ROADMAP_BUILD__ : 'source';
