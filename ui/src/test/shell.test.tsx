import { describe, expect, it } from "vitest";
import { act, screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

describe("app shell", () => {
  it("shows the demo banner when demo is true", async () => {
    renderApp({ demo: true });
    const banner = await screen.findByText(/Demo-kluis — fictieve gegevens, wordt niet bewaard/);
    expect(banner).toHaveAttribute("id", "demo-banner");
  });

  it("has no demo banner for a real vault", async () => {
    renderApp({ demo: false });
    await screen.findByRole("heading", { level: 1, name: "Vandaag" });
    expect(document.getElementById("demo-banner")).toBeNull();
  });

  it("goes to the unlock screen on the vault-locked event and returns to the same page", async () => {
    const { fake, user } = renderApp({ pupils: [{ id: "p42", firstName: "Mila", lastName: "Smit" }] });
    window.location.hash = "#/leerlingen/p42";
    expect(await screen.findByRole("heading", { level: 1, name: "Mila Smit" })).toBeInTheDocument();

    await act(async () => {
      await fake.autoLock();
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(screen.queryByText("Mila Smit")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Vergrendelen" })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Wachtwoord"), `${fake.passphrase}{Enter}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Mila Smit" })).toBeInTheDocument();
  });

  it("treats a `locked` error from any command as a lock", async () => {
    window.location.hash = "#/leerlingen";
    const { fake, user } = renderApp({ pupils: [{ id: "p1" }] });
    const link = await screen.findByRole("link", { name: /Jansen/ });
    fake.vault = "locked"; // locked behind the UI's back, no event
    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(window.location.hash).toBe("#/leerlingen/p1");
  });

  it("locks with the Vergrendelen button", async () => {
    const { fake, user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "Vergrendelen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" })).toBeInTheDocument();
    expect(fake.vault).toBe("locked");
  });

  it("sends session_touch on activity, at most once per 30 seconds", async () => {
    const { fake, user } = renderApp();
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
    const { user } = renderApp({ today: "2025-03-01" });
    expect(await screen.findByRole("heading", { level: 1, name: "Vandaag" })).toBeInTheDocument();
    expect(await screen.findByText("zaterdag 1 maart 2025")).toBeInTheDocument();
    const links = screen.getAllByRole("link").filter((a) => a.id.startsWith("nav-"));
    expect(links.map((a) => a.id)).toEqual(["nav-today", "nav-pupils", "nav-settings"]);
    expect(links[0]).toHaveAttribute("aria-current", "page");
    expect(screen.getByText(/Er is vandaag niets dat aandacht vraagt/)).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Leerlingen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Leerlingen" })).toBeInTheDocument();
  });

  it("has a skip link and focuses the page heading", async () => {
    renderApp();
    const heading = await screen.findByRole("heading", { level: 1, name: "Vandaag" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("link", { name: "Naar inhoud" })).toBeInTheDocument();
  });
});
