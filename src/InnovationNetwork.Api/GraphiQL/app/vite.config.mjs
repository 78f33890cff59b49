// Builds GraphiQL into the Api's wwwroot so the service can serve it with no internet access.
// The MSBuild target BuildGraphiQL in InnovationNetwork.Api.csproj runs this before every build that needs it.
import { defineConfig } from 'vite';

export default defineConfig({
  // GraphiQLExtensions.MapGraphiQLAssets serves the bundle under this path.
  base: '/graphiql/',
  build: {
    outDir: '../../wwwroot/graphiql',
    emptyOutDir: true,
    // Monaco alone is a few megabytes; the bundle is served once and then cached, so the warning says nothing useful.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      onwarn(warning, warn) {
        // framer-motion marks its modules "use client" for React Server Components; a browser bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: {
    // Monaco's workers import shared modules; ES workers let vite split them like the page's own chunks.
    format: 'es',
  },
});
