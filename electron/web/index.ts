import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { closeAppContext, createAppContext, scheduleDailyBackups } from '../context'
import { createHandlers } from '../handlers'
import { seedDemoIfEmpty } from '../services/demo'
import { defaultStorePath } from '../store/location'
import { APP_VERSION } from '../version'
import { startWebServer } from './server'

const USAGE = `Usage: npm run web -- [--port PORT] [--db PATH] [--demo]

Serves Care Plan Audit to a browser on this computer only (127.0.0.1).
  --port PORT  port to listen on (default: a free port)
  --db PATH    audit store to open (default: the desktop app's store)
  --demo       fill a store that has no cases with synthetic demo data first`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      demo: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port)}`
    )
  }
  const storePath = values.db ?? defaultStorePath()
  const context = await createAppContext({ transport: 'browser', version: APP_VERSION, storePath })
  if (context.storeError) console.error(`Warning: ${context.storeError.message}`)
  if (values.demo) console.log(seedDemoIfEmpty(context).message)
  scheduleDailyBackups(context)
  const web = await startWebServer({
    handlers: createHandlers(context),
    rendererRoot: join(__dirname, '../renderer'),
    port
  })
  console.log(`Care Plan Audit (browser mode) is serving the store ${storePath}`)
  console.log(`Open this address in a browser on this computer:`)
  console.log(`  ${web.url}`)
  console.log('Press Ctrl+C to stop.')

  const stop = (): void => {
    void web.close().then(() => {
      closeAppContext(context)
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(
    `Browser mode could not start: ${error instanceof Error ? error.message : String(error)}`
  )
  process.exit(1)
})
