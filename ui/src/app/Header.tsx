import { t } from "../i18n";
import { href, type Route } from "./router";

interface HeaderProps {
  route: Route;
  unlocked: boolean;
  locking: boolean;
  demo: boolean;
  onLock: () => void;
}

function isPupilArea(route: Route): boolean {
  return route.name !== "settings" && route.name !== "today";
}

export function Header({ route, unlocked, locking, demo, onLock }: HeaderProps) {
  return (
    <header className="header">
      <div className="header-inner">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t("app.name")}
        </span>
        {unlocked ? (
          <nav aria-label={t("app.navLabel")} className="nav">
            <a
              id="nav-today"
              href={href({ name: "today" })}
              className={route.name === "today" ? "nav-active" : undefined}
              aria-current={route.name === "today" ? "page" : undefined}
            >
              {t("app.navToday")}
            </a>
            <a
              id="nav-pupils"
              href={href({ name: "pupils" })}
              className={isPupilArea(route) ? "nav-active" : undefined}
              aria-current={route.name === "pupils" ? "page" : undefined}
            >
              {t("app.navPupils")}
            </a>
            <a
              id="nav-settings"
              href={href({ name: "settings" })}
              className={route.name === "settings" ? "nav-active" : undefined}
              aria-current={route.name === "settings" ? "page" : undefined}
            >
              {t("app.navSettings")}
            </a>
          </nav>
        ) : null}
        {unlocked ? (
          <button id="lock-button" type="button" className="button button-header" onClick={onLock} disabled={locking}>
            <span className="lock-icon" aria-hidden="true" />
            {locking ? t("app.locking") : t("app.lock")}
          </button>
        ) : null}
      </div>
      {demo ? (
        <div id="demo-banner" className="demo-banner" role="note">
          {t("app.demoBanner")}
        </div>
      ) : null}
    </header>
  );
}
