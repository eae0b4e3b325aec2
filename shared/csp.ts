/**
 * The one Content-Security-Policy for the renderer, written into the built index.html and sent as
 * a header (with frame-ancestors) by the app:// protocol and by browser mode. Nothing remote: no CDN, no fonts, no
 * analytics. React sets styles through the CSSOM, which style-src does not restrict, so no
 * 'unsafe-inline' is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** The header form adds what browsers honour only in a header: no page may frame the app. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
