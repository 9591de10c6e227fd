/**
 * The site's content security policy: everything from the site itself, nothing inline,
 * nothing from third parties. Delivered in every page as a `<meta>` tag; servers should
 * also send it as a header, with the directives a meta tag cannot carry (see README).
 */

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The same policy as an HTTP header, with the directives only a header can carry. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
