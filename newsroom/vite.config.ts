import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The newsroom app: served by the Vistka server at /newsroom/ from newsroom/dist. */
export default defineConfig(() => ({
  root: import.meta.dirname,
  base: '/newsroom/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    manifest: true, // .vite/manifest.json: which chunks each route loads (the size test reads it)
    emptyOutDir: true,
    target: 'es2022',
    // Every browser we support has modulepreload; the polyfill would be dead code.
    modulePreload: { polyfill: false },
    // Without it Vite inlines small assets as data: URLs; the CSP allows them for images only.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
}))
