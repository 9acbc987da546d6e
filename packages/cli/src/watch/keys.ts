/**
 * What a terminal sends, as keys: raw input is bytes, where an arrow is an escape sequence and a
 * lone escape byte is the Esc key. A printable key is itself ("h", "/"); the others have names
 * ("up", "enter", "ctrl-c"), longer than one character.
 */
const SEQUENCES: Record<string, string> = {
  '\u001b[A': 'up',
  '\u001b[B': 'down',
  '\u001b[C': 'right',
  '\u001b[D': 'left',
  '\u001bOA': 'up',
  '\u001bOB': 'down',
  '\u001b[5~': 'page-up',
  '\u001b[6~': 'page-down',
  '\u001b[H': 'home',
  '\u001b[F': 'end',
  '\u001b[1~': 'home',
  '\u001b[4~': 'end',
  '\r': 'enter',
  '\n': 'enter',
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\u0003': 'ctrl-c',
  ' ': 'space',
  '\t': 'tab',
}

/** The keys in one chunk of terminal input. */
export function keysOf(data: string): string[] {
  const keys: string[] = []
  for (let at = 0; at < data.length;) {
    const sequence = Object.keys(SEQUENCES).find((prefix) => data.startsWith(prefix, at))
    if (sequence) {
      keys.push(SEQUENCES[sequence] as string)
      at += sequence.length
    } else if (data[at] === '\u001b') {
      // Esc alone, or a sequence we do not know: skip what follows it up to its final letter.
      // eslint-disable-next-line no-control-regex -- terminal input is control characters
      const unknown = /^\u001b(?:\[[0-9;]*[~A-Za-z]|O[A-Za-z])/.exec(data.slice(at))
      if (unknown) at += unknown[0].length
      else {
        keys.push('escape')
        at += 1
      }
    } else {
      const char = String.fromCodePoint(data.codePointAt(at) as number)
      if (char >= ' ') keys.push(char)
      at += char.length
    }
  }
  return keys
}

/** A line typed without a terminal: its first letter, or Enter for an empty line. */
export const keyOfLine = (line: string) => line.trim().slice(0, 1) || 'enter'
