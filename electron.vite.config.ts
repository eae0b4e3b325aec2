import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CALL_NAMES } from './shared/contract'
import { CONTENT_SECURITY_POLICY } from './shared/csp'

/**
 * Writes the CSP into the built index.html as well as sending it as a header. Only at build time:
 * the dev server needs its own inline preamble, and the desktop shell's app:// protocol and browser
 * mode send the header either way.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'care-audit-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      )
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          web: resolve(__dirname, 'electron/web/index.ts')
        }
      }
    }
  },
  preload: {
    define: { __CALL_NAMES__: JSON.stringify(CALL_NAMES) },
    build: {
      // The sandboxed preload can require only 'electron': bundle everything else into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    }
  }
})
