// The one polling wait of the e2e tests: until read() gives a value ok() accepts, or a failure
// that names what was awaited and the last value seen.

/** Waits until `read()` returns a value `ok` accepts (truthy by default); returns that value. */
export async function until(read, ok = Boolean, what = 'condition', timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
