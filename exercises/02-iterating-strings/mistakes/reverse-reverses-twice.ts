// Breaks 3.3: reduceRight goes backwards and also puts each character in front, so the two
// reversals cancel and the text comes back unchanged.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  return [...text].reduceRight((reversed, point) => point + reversed, '')
}
