import { describe, expect, it } from "vitest";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { App } from "../app/App";
import { forgetViews } from "../features/stepplan/viewMemory";
import { renderApp } from "./render";
import type { Replay } from "./replay";

const CASE = (ids: Record<string, string>) => `#/casussen/${ids.case}`;
const keyOf = (ids: Record<string, string>) => `case/${ids.case}/signal/new`;
/** The form state of the last draft the UI wrote. */
function lastDraft(fake: Replay): Record<string, unknown> | undefined {
  const saves = fake.callsOf("draft_save") as Array<{ payload: string }>;
  const last = saves.at(-1);
  return last ? (JSON.parse(last.payload) as { state: Record<string, unknown> }).state : undefined;
}
const observation = () => screen.getByLabelText(/Wat is er waargenomen/);

describe("drafts", () => {
  it("autosaves the signal form, restores it on reopen, and deletes it after saving", async () => {
    const { fake, ids, user } = renderApp("drafts_restore", CASE);
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    await user.type(observation(), "Kijkt veel naar buiten.");
    // Debounced: written shortly after typing stops, without leaving the field.
    await waitFor(() => expect(lastDraft(fake)?.observation).toBe("Kijkt veel naar buiten."));
    await waitFor(() => expect(observation()).toHaveFocus());
    expect(fake.callsOf("draft_save")).toMatchObject([{ key: keyOf(ids) }]);
    // Every autosave of one opened form carries the same form session (audited once by the core).
    const sessions = fake.callsOf("draft_save").map((req) => (req as { formSession: string }).formSession);
    expect(new Set(sessions).size).toBe(1);
    expect(sessions[0]).toMatch(/^[0-9a-f-]{36}$/);

    await user.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(screen.queryByLabelText(/Wat is er waargenomen/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Signaal toevoegen" }));
    expect(await screen.findByText(/^Concept hersteld van 01-03-2025 om \d\d:\d\d\.$/)).toBeInTheDocument();
    expect(observation()).toHaveValue("Kijkt veel naar buiten.");

    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "01-03-2025");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await screen.findByTestId("record-item");
    expect(fake.callsOf("draft_delete")).toEqual([{ key: keyOf(ids) }]);
  });

  it("writes a pending draft before locking, and brings the form back after unlocking", async () => {
    const { fake, user } = renderApp("drafts_lock", CASE);
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    await user.type(observation(), "Zit onrustig");
    await user.click(screen.getByRole("button", { name: "Vergrendelen" }));
    await screen.findByRole("heading", { level: 1, name: "Kluis ontgrendelen" });
    const order = fake.calls.map((c) => c.cmd).filter((c) => c === "draft_save" || c === "vault_lock");
    expect(order.at(-1)).toBe("vault_lock");
    expect(order).toContain("draft_save");
    expect(lastDraft(fake)?.observation).toBe("Zit onrustig");

    await user.type(screen.getByLabelText("Wachtwoord"), "juiste wachtwoordzin{Enter}");
    expect(await screen.findByText(/Concept hersteld van/)).toBeInTheDocument();
    expect(observation()).toHaveValue("Zit onrustig");
  });

  it("keeps the draft across an app restart and can throw it away", async () => {
    const { fake, user } = renderApp("drafts_restart", CASE);
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    await user.type(observation(), "Leest niet graag voor.");
    // Auto-lock comes after minutes without activity: the debounced draft is written by then.
    await waitFor(() => expect(lastDraft(fake)?.observation).toBe("Leest niet graag voor."));
    await act(async () => {
      await fake.autoLock();
    });
    // The window closes: the app's memory is gone, the vault (with the draft) stays.
    cleanup();
    forgetViews();
    render(<App />);
    await user.type(await screen.findByLabelText("Wachtwoord"), "juiste wachtwoordzin{Enter}");
    await user.click(await screen.findByRole("button", { name: "Signaal toevoegen" }));
    expect(await screen.findByText(/Concept hersteld van/)).toBeInTheDocument();
    expect(observation()).toHaveValue("Leest niet graag voor.");

    await user.click(screen.getByRole("button", { name: "Concept weggooien" }));
    expect(observation()).toHaveValue("");
    expect(screen.queryByText(/Concept hersteld van/)).not.toBeInTheDocument();
    await waitFor(() => expect(fake.callsOf("draft_delete")).toHaveLength(1));
  });
});
