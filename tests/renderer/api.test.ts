import { describe, expect, it } from 'vitest'
import { takeToken } from '../../renderer/src/api'

describe('the browser-mode token', () => {
  it('is taken from the address once, kept for the tab, and removed from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&view=x#top')
    window.sessionStorage.clear()
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123')
    expect(window.location.search).toBe('?view=x')
    expect(window.location.hash).toBe('#top')
    // A reload of the cleaned address still finds it for this tab.
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123')
  })

  it('is null when the page was opened without one', () => {
    window.history.replaceState(null, '', '/')
    window.sessionStorage.clear()
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBeNull()
  })
})
