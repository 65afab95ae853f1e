/**
 * Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab, newline and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF. One in a title would make the whole feed or
 * sitemap unreadable, so they are dropped.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text escaped for XML element content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, { headers: { 'content-type': `${contentType}; charset=utf-8` } })
}
