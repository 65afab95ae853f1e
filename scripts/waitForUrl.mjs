/**
 * Waits until `url` answers with a 2xx, asking every 200 ms for up to `seconds`: for the scripts and
 * the e2e server that start servers and must not go on before those listen.
 */
export async function waitForUrl(url, { seconds, what }) {
  for (let i = 0; i < seconds * 5; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${what} did not come up at ${url} within ${seconds} s.`)
}
