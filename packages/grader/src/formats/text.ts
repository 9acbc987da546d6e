/**
 * The one place where text from students (ids, file names, messages, console output) is made safe
 * for where it goes. Every format uses it: nothing it writes can rewrite a terminal or a log (C0
 * and C1 controls, DEL), reorder what is shown (bidi overrides and the other invisible format
 * characters), stand for bytes that are not UTF-8, or grow without bound; a CSV cell is never a
 * formula, and a folder name is one every common file system takes.
 */

/**
 * Never shown as they are: controls, format characters (bidi, zero-width…), line and paragraph
 * separators, lone surrogates. The zero-width joiners are kept in text: emoji and some scripts
 * need them (an id shows them escaped, see shownId).
 */
const HIDDEN = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

/** The lone surrogates that stand for the bytes of a name that is not UTF-8 (see decodeName). */
const BYTE_BASE = 0xdc00
const isByte = (code: number) => code >= 0xdc80 && code <= 0xdcff

function escapeChar(char: string): string {
  const code = char.codePointAt(0) as number
  if (isByte(code)) return `\\x${(code - BYTE_BASE).toString(16).toUpperCase()}`
  const hex = code.toString(16).toUpperCase()
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`
}

/** The text with every hidden character written out as an escape (`\u202E`, `\xEB` for a byte). */
export const visible = (text: string) => text.replace(HIDDEN, escapeChar)

/** Shown escaped in an id too: spaces other than the plain one (a no-break space looks like a space), zero-width joiners. */
const LOOKALIKES = /[\u200c\u200d]|[^\P{Zs} ]/gu

/**
 * A student's id as the gradebook and the log show it: visible, lookalikes escaped too, and one to
 * one (a backslash is doubled), so no two ids look alike and the shown id tells the real one.
 */
export const shownId = (id: string) =>
  visible(id.replaceAll('\\', '\\\\')).replace(LOOKALIKES, escapeChar)

/** Messages and console output are cut at this many characters. */
export const TEXT_LIMIT = 4_000

/**
 * A message or console output as the gradebook keeps it: at most `limit` characters, with a notice
 * when cut; line breaks (a bare `\r` is one) and tabs kept; every other hidden character visible.
 */
export function cleanText(text: string, limit = TEXT_LIMIT): string {
  const cut = text.length > limit
  const kept = (cut ? text.slice(0, limit) : text)
    .replace(/\r\n?/g, '\n')
    .replace(HIDDEN, (char) => (char === '\n' || char === '\t' ? char : escapeChar(char)))
  const bounded = kept.length > limit ? kept.slice(0, limit) : kept
  return cut ? `${bounded}\n… (cut: ${text.length} characters in all)` : bounded
}

/**
 * A text cell of grades.csv (OWASP's rule for CSV injection): one a spreadsheet could take for a
 * formula gets an apostrophe in front, which spreadsheets show as text. That is a cell that starts
 * with = + - @, a tab or a carriage return, also after leading spaces or as full-width forms (＝).
 * A cell that starts with an apostrophe gets one too, so `=1+1` and `'=1+1` stay two ids.
 */
export function csvText(text: string): string {
  const start = text.trimStart().slice(0, 2).normalize('NFKC')
  return /^[=+\-@\t\r\n]/.test(start) || text.startsWith("'") ? `'${text}` : text
}

/** Bytes of a folder name, so that a ` (2)` still fits under the usual 255. */
export const NAME_BYTES = 200

/**
 * A folder name for an id that every common file system takes: hidden characters escaped, none
 * of `/ \ : * ? " < > |`, no trailing dot or space, not a name Windows keeps for devices (CON,
 * NUL…), at most NAME_BYTES bytes. Making it unique among the others is the caller's job.
 */
export function fileName(id: string): string {
  let name = ''
  for (const char of visible(id).replace(/[/\\:*?"<>|]/g, '_')) {
    if (Buffer.byteLength(name + char) > NAME_BYTES) break
    name += char
  }
  name = name.replace(/[. ]+$/, (tail) => '_'.repeat(tail.length))
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name) ? `_${name}` : name
}

/**
 * A file name read as bytes, as a string: UTF-8 where it is valid, and each byte that is not as a
 * lone surrogate (U+DC80 to U+DCFF, as Python's "surrogateescape"), which no valid name holds, so
 * two names never give the same string and encodeName gives the bytes back.
 */
export function decodeName(bytes: Buffer): string {
  let text = ''
  let index = 0
  while (index < bytes.length) {
    const length = validSequence(bytes, index)
    if (length === 0) {
      text += String.fromCharCode(BYTE_BASE + (bytes[index] as number))
      index += 1
    } else {
      text += bytes.toString('utf8', index, index + length)
      index += length
    }
  }
  return text
}

/** The bytes of a name decodeName gave. */
export function encodeName(name: string): Buffer {
  const parts: Buffer[] = []
  for (const char of name) {
    const code = char.codePointAt(0) as number
    parts.push(isByte(code) ? Buffer.from([code - BYTE_BASE]) : Buffer.from(char, 'utf8'))
  }
  return Buffer.concat(parts)
}

/** The length of the valid UTF-8 sequence at `index`, or 0 (RFC 3629: no overlong form, no surrogate, nothing past U+10FFFF). */
function validSequence(bytes: Buffer, index: number): number {
  const lead = bytes[index] as number
  if (lead < 0x80) return 1
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0]
  if (length === 0 || index + length > bytes.length) return 0
  const second = bytes[index + 1] as number
  if (second < low || second > high) return 0
  for (let next = index + 2; next < index + length; next += 1) {
    const byte = bytes[next] as number
    if (byte < 0x80 || byte > 0xbf) return 0
  }
  return length
}

/**
 * JSON with every hidden character written as `\u` escapes, which JSON reads back as the same
 * text: exact (an id stays the id), and safe to print. JSON.stringify itself escapes C0 controls
 * and lone surrogates; the line breaks it leaves are its own indentation.
 */
export const jsonText = (value: unknown, indent?: number) =>
  JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu, (char) =>
    [...Array(char.length).keys()]
      .map((unit) => `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`)
      .join(''),
  )
