import { useEffect, useRef } from "react";
import { call } from "../ipc/client";

export const TOUCH_INTERVAL_MS = 30_000;

/**
 * Tells the backend the user is active (postpones auto-lock) on keydown/pointerdown,
 * at most once per 30 s. Only while `active` (the vault is unlocked).
 */
export function useSessionTouch(active: boolean): void {
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (!active) {
      last.current = null;
      return undefined;
    }
    const onActivity = (): void => {
      const now = Date.now();
      if (last.current !== null && now - last.current < TOUCH_INTERVAL_MS) return;
      last.current = now;
      // A `locked` answer reaches the shell through onVaultLocked; nothing else matters here.
      call("session_touch", null).catch(() => undefined);
    };
    window.addEventListener("keydown", onActivity, { capture: true, passive: true });
    window.addEventListener("pointerdown", onActivity, { capture: true, passive: true });
    return () => {
      window.removeEventListener("keydown", onActivity, { capture: true });
      window.removeEventListener("pointerdown", onActivity, { capture: true });
    };
  }, [active]);
}
