const mytuple = ['apple', 'banana', 'cherry'] as const
for (const x of mytuple) {
  console.log(x)
}
