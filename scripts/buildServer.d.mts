/** The entry points whose source exists, as esbuild's `{ out: in }`. */
export function serverEntryPoints(root: string): Record<string, string>
/** Bundles the server's entry points into `outDir` (scripts/buildServer.mjs). */
export function buildServer(opts: { root: string; outDir: string }): Promise<unknown>
