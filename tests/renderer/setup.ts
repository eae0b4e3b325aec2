import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/react'

// The screens here call the real handlers on a real store, and CI runs these files beside the
// Chromium end-to-end tests on two cores: under that load a screen can take longer than Testing
// Library's default second to show what a findBy waits for. What is asserted does not change.
configure({ asyncUtilTimeout: 5_000 })
