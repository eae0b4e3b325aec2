import { defineConfig } from 'vitest/config'

// Benchmarks measure and print; they never assert on time (shared machines make timings flaky).
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.measure.ts'],
    globalSetup: ['tests/global-setup.ts', 'tests/bench/summary.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default']
  }
})
