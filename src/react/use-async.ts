import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown }

/**
 * Runs an async loader and exposes its state plus `reload`. The loader gets an AbortSignal that fires when
 * inputs change or the component unmounts, so stale answers never land.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load
  useEffect(() => {
    const controller = new AbortController()
    // A reload keeps showing the previous value until the new one lands, so everything below (an
    // inventory in memory, an open step) stays mounted; only a first load shows "loading".
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    loadRef.current(controller.signal).then(
      (value) => !controller.signal.aborted && setState({ status: 'ready', value }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    )
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the loader's inputs as deps
  }, [generation, ...deps])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { ...state, reload }
}
