const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

// Characters XML 1.0 forbids outright; they can't be escaped, only dropped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

/** Escapes text for XML content and attribute values. */
export const escapeXml = (s: string): string => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string)
