import { describe, expect, it } from "vitest";
import { act, screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

describe("app shell", () => {
  it("shows the demo banner when demo is true", async () => {
    renderApp("shell_demo");
    const banner = await screen.findByText(/Demo-kluis — fictieve gegevens, wordt niet bewaard/);
    expect(banner).toHaveAttribute("id", "demo-banner");
  });

  it("has no demo banner for a real vault", async () => {
    renderApp("shell_today");
    await screen.findByRole("heading", { level: 1, name: "Vandaag" });
    expect(document.getElementById("demo-banner")).toBeNull();
  });

  it("goes to the unlock screen on the vault-locked event and returns to the same page", async () => {
    const { fake, user } = renderApp("shell_auto_lock", (ids) => `#/leerlingen/${ids.pupil}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Mila Smit" })).toBeInTheDocument();

    await act(async () => {
      await fake.autoLock();
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(screen.queryByText("Mila Smit")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Vergrendelen" })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Wachtwoord"), "juiste wachtwoordzin{Enter}");
    expect(await screen.findByRole("heading", { level: 1, name: "Mila Smit" })).toBeInTheDocument();
  });

  it("treats a `locked` error from any command as a lock", async () => {
    // The recording locks the vault offstage (behind the UI's back, no event) before pupil_get.
    const { ids, user } = renderApp("shell_locked_error", "#/leerlingen");
    const link = await screen.findByRole("link", { name: /Jansen/ });
    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/leerlingen/${ids.pupil}`);
  });

  it("locks with the Vergrendelen button", async () => {
    const { fake, user } = renderApp("shell_today");
    await user.click(await screen.findByRole("button", { name: "Vergrendelen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(fake.callsOf("vault_lock")).toHaveLength(1);
  });

  it("sends session_touch on activity, at most once per 30 seconds", async () => {
    const { fake, user } = renderApp("shell_today");
    await screen.findByRole("heading", { level: 1, name: "Vandaag" });
    const realNow = Date.now;
    let now = 1_000_000;
    Date.now = () => now;
    try {
      await user.keyboard("a");
      await user.keyboard("b");
      expect(fake.callsOf("session_touch")).toHaveLength(1);
      now += 29_000;
      await user.keyboard("c");
      expect(fake.callsOf("session_touch")).toHaveLength(1);
      now += 2_000;
      await user.keyboard("d");
      expect(fake.callsOf("session_touch")).toHaveLength(2);
    } finally {
      Date.now = realNow;
    }
  });

  it("opens on Vandaag with the nav link first, and keeps Leerlingen one link away", async () => {
    const { user } = renderApp("shell_today");
    expect(await screen.findByRole("heading", { level: 1, name: "Vandaag" })).toBeInTheDocument();
    expect(await screen.findByText("woensdag 5 maart 2025")).toBeInTheDocument();
    const links = screen.getAllByRole("link").filter((a) => a.id.startsWith("nav-"));
    expect(links.map((a) => a.id)).toEqual(["nav-today", "nav-pupils", "nav-settings"]);
    expect(links[0]).toHaveAttribute("aria-current", "page");
    expect(screen.getByText(/Er is vandaag niets dat aandacht vraagt/)).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Leerlingen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Leerlingen" })).toBeInTheDocument();
  });

  it("has a skip link and focuses the page heading", async () => {
    renderApp("shell_today");
    const heading = await screen.findByRole("heading", { level: 1, name: "Vandaag" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("link", { name: "Naar inhoud" })).toBeInTheDocument();
  });
});
