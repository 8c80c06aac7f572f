import { useCallback, useEffect, useRef, useState } from "react";
import { toIpcError, type IpcError } from "../ipc/client";

export interface Loaded<T> {
  data: T | null;
  error: IpcError | null;
  loading: boolean;
  setData: (data: T) => void;
  reload: () => void;
}

/** Loads data once per `key`; late answers for an old key are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    loadRef.current().then(
      (d) => {
        if (!current) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        setError(toIpcError(e));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((d: T) => {
    setData(d);
    setError(null);
  }, []);
  return { data, error, loading, setData: set, reload };
}
