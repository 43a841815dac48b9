// Builds the page into web/dist: plain static files (HTML, JS, CSS, the wasm and the sample
// catalogs), with relative URLs so any static host can serve them from any path.
import { fileURLToPath } from "node:url";
import { createLogger, defineConfig } from "vite";

const repo = fileURLToPath(new URL("..", import.meta.url));

// PGlite's modules carry its Node code paths (node:fs, eval for emscripten), which never run in the
// page: Vite's and Rollup's warnings about them are noise, and only theirs are dropped.
const fromPGlite = (text) => /@electric-sql[\\/]pglite/.test(text);
const logger = createLogger("warn");
const warn = logger.warn;
logger.warn = (message, options) => {
  if (!fromPGlite(message)) warn(message, options);
};

export default defineConfig({
  base: "./",
  customLogger: logger,
  resolve: {
    alias: {
      // The npm package migra-wasm, straight from the repository (its package.json `browser`
      // export, which loads npm/pkg-web); not an npm dependency, so that this package's lockfile
      // does not change whenever npm/package.json does.
      "migra-wasm": `${repo}npm`,
    },
  },
  worker: { format: "es" },
  // PGlite loads its .wasm and data files relative to its own modules: Vite's dependency
  // pre-bundling (dev server only) would move the modules away from them.
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // The sample catalogs stay files of their own instead of being inlined as data URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn(warning, handle) {
        if (!fromPGlite(`${warning.id ?? ""} ${warning.message}`)) handle(warning);
      },
    },
  },
  server: { host: "127.0.0.1", fs: { allow: [repo] } },
  preview: { host: "127.0.0.1" },
});
