// A screen that takes the whole window (gespreksmodus): while one is shown, the shell hides its
// header and navigation, so nothing but that screen is visible (a child may look along).
import { createContext, useContext, useEffect } from "react";

/** Set by the shell; a full-window screen switches it on while it is mounted. */
export const FullWindowContext = createContext<(on: boolean) => void>(() => undefined);

/** Hides the app's header and navigation while the calling component is mounted. */
export function useFullWindow(): void {
  const setFullWindow = useContext(FullWindowContext);
  useEffect(() => {
    setFullWindow(true);
    return () => setFullWindow(false);
  }, [setFullWindow]);
}
