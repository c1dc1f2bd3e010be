import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The newsroom app: served by the Vistka server at /newsroom/ from newsroom/dist. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/newsroom/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser we support has modulepreload; the polyfill would be dead code.
    modulePreload: { polyfill: false },
    // Without it Vite inlines small assets as data: URLs; the CSP allows them for images only.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
})
