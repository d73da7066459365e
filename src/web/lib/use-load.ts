import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

/** The state of data loaded for a page. */
export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** Replaces the data after a change the server answered with the new value. */
  setData: (data: T) => void;
}

/** Loads data when the page opens or its inputs change; errors become ApiErrors for display. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!live) return;
        setError(reason instanceof ApiError ? reason : new ApiError(0, 'internal', String(reason)));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // The caller lists what the load depends on, as with useEffect.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}

/** Sets the browser tab's title: "Page – Redovisa". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Redovisa` : 'Redovisa';
  }, [title]);
}
