/** Runs a piece of work `runs` times and prints its median time; returns the last result. */
export async function timed<T>(
  label: string,
  runs: number,
  work: () => Promise<T> | T,
): Promise<T> {
  const times: number[] = []
  let result!: T
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    result = await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  console.log(`${label.padEnd(62)} median ${median.toFixed(1).padStart(7)} ms  (n=${runs})`)
  return result
}
