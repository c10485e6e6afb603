/**
 * Runs `load` for each item with at most `concurrency` in flight and yields the results in input order.
 * The request scheduler decides the actual pace; a few loads in flight keep its queue from running dry
 * while the export works on the previous ticket.
 */
export async function* prefetchInOrder<T, R>(items: readonly T[], load: (item: T) => Promise<R>, concurrency = 4): AsyncGenerator<R> {
  const pending: Promise<R>[] = []
  let next = 0
  const fill = () => {
    while (pending.length < concurrency && next < items.length) pending.push(load(items[next++] as T))
  }
  fill()
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<R>)
    fill()
    yield result
  }
}
