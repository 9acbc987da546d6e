const empty: number[] = []

try {
  empty.reduce((sum, n) => sum + n)
} catch (error) {
  console.log((error as Error).name)
}
console.log(empty.reduce((sum, n) => sum + n, 0))
