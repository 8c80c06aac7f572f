import { useCallback, useEffect, useRef, useState } from "react";
import { call, onVaultLocked, toIpcError, type IpcError } from "../ipc/client";
import type { AppStatus } from "../ipc/bindings/AppStatus";
import { errorText, t } from "../i18n";
import { FormAlert } from "../components/ErrorText";
import { CreateVault } from "../features/vault/CreateVault";
import { UnlockScreen } from "../features/vault/UnlockScreen";
import { navigate, routeKey, useRoute } from "./router";
import { Routes } from "./Routes";
import { Header } from "./Header";
import { useSessionTouch } from "./useSessionTouch";
import { flushDrafts } from "../lib/drafts";
import { TemplateProvider } from "../features/stepplan/TemplateContext";
import { FullWindowContext } from "./fullWindow";
import "./shell.css";

/**
 * The app shell: asks `app_status` which screen to show, keeps the header, and sends the user
 * to the unlock screen whenever the vault gets locked (the hash route is kept, so after
 * unlocking the user is back where they were).
 */
export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<IpcError | null>(null);
  const [locking, setLocking] = useState(false);
  // Gespreksmodus: no header, navigation or skip link while it is on screen.
  const [fullWindow, setFullWindow] = useState(false);
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);

  const loadStatus = useCallback(() => {
    setLoadError(null);
    call("app_status", null).then(
      (s) => setStatus(s),
      (e: unknown) => setLoadError(toIpcError(e)),
    );
  }, []);

  useEffect(loadStatus, [loadStatus]);

  useEffect(
    () =>
      onVaultLocked(() => {
        // Only an unlocked vault can become locked; during first run (the recovery key is on
        // screen) the status stays `no_vault` until the user continues.
        setStatus((s) => (s && s.vault === "unlocked" ? { ...s, vault: "locked" } : s));
      }),
    [],
  );

  const unlocked = status?.vault === "unlocked";
  useSessionTouch(unlocked);

  // Minimising or closing the window: write what was typed now rather than after the debounce.
  useEffect(() => {
    const onHidden = (): void => {
      if (document.visibilityState === "hidden") void flushDrafts();
    };
    const onPageHide = (): void => void flushDrafts();
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, []);

  async function lock() {
    if (locking) return;
    setLocking(true);
    try {
      // Typed text first: once the vault is locked, drafts can no longer be written.
      await flushDrafts();
      setStatus(await call("vault_lock", null));
    } catch (e) {
      const err = toIpcError(e);
      // Already locked is fine; anything else: lock the UI anyway, the data is no longer shown.
      if (err.code !== "locked") console.error("vault_lock failed", err.code);
      setStatus((s) => (s ? { ...s, vault: "locked" } : s));
    } finally {
      setLocking(false);
    }
  }

  let content;
  if (loadError) {
    content = (
      <div className="narrow">
        <h1 className="page-heading">{t("app.statusFailed")}</h1>
        <FormAlert text={errorText(loadError.code)} />
        <button type="button" className="button button-primary" onClick={loadStatus}>
          {t("app.retry")}
        </button>
      </div>
    );
  } else if (status === null) {
    content = (
      <p className="loading" role="status">
        {t("app.loading")}
      </p>
    );
  } else if (status.vault === "no_vault") {
    content = (
      <CreateVault
        onDone={() => {
          // A new vault has nothing for "Vandaag" yet: start where the first pupil is added.
          navigate({ name: "pupils" });
          loadStatus();
        }}
      />
    );
  } else if (status.vault === "locked") {
    content = <UnlockScreen onUnlocked={(s) => setStatus(s)} />;
  } else {
    content = (
      <TemplateProvider>
        <FullWindowContext.Provider value={setFullWindow}>
          <Routes
            key={routeKey(route)}
            route={route}
            status={status}
            onAutoLockChanged={(m) => setStatus((s) => (s ? { ...s, autoLockMinutes: m } : s))}
          />
        </FullWindowContext.Provider>
      </TemplateProvider>
    );
  }

  const showChrome = !(fullWindow && unlocked);
  return (
    <div className={showChrome ? "app" : "app app-full-window"}>
      {showChrome ? (
        <>
          <a
            className="skip-link"
            href="#inhoud"
            onClick={(e) => {
              e.preventDefault();
              mainRef.current?.focus();
            }}
          >
            {t("app.skipLink")}
          </a>
          <Header route={route} unlocked={unlocked} locking={locking} onLock={() => void lock()} demo={status?.demo ?? false} />
        </>
      ) : null}
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="main">
        {content}
      </main>
    </div>
  );
}
