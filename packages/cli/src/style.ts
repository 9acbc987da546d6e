/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
import pc from 'picocolors'

export type Style = ReturnType<typeof pc.createColors>

export function styleFor(stream: { isTTY?: boolean }, env = process.env): Style {
  return pc.createColors(Boolean(stream.isTTY) && !env.NO_COLOR)
}
