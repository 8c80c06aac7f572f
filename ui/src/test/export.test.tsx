import { describe, expect, it } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

async function openCase() {
  const app = renderApp("export", (ids) => `#/leerlingen/${ids.pupil}`);
  await app.user.click(await screen.findByRole("button", { name: "Casus openen" }));
  // The recording opened the casus on its own "today".
  await app.user.clear(screen.getByLabelText("Startdatum"));
  await app.user.type(screen.getByLabelText("Startdatum"), "09-03-2026");
  await app.user.type(screen.getByLabelText("Titel"), "Rekenen{Enter}");
  await screen.findByRole("heading", { level: 1, name: "Rekenen" });
  return app;
}

describe("casusoverzicht export", () => {
  it("warns that the PDF is unencrypted, exports, reports the file and opens it", async () => {
    const { fake, user } = await openCase();
    expect(screen.getByText(/Die PDF is niet versleuteld/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Openen" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Exporteer als PDF" }));
    expect(await screen.findByText("Opgeslagen als casusoverzicht-LM-2026-03-09.pdf (2 pagina’s).")).toBeInTheDocument();
    expect(fake.callsOf("export_case_summary")).toHaveLength(1);
    const open = screen.getByRole("button", { name: "Openen" });
    await waitFor(() => expect(open).toHaveFocus());
    await user.click(open);
    expect(fake.callsOf("export_open_last")).toHaveLength(1);
  });

  it("stays quiet when the save dialog is cancelled", async () => {
    const { fake, user } = await openCase();
    // The native save dialog's "Annuleren" cannot be recorded from the core: stand-in answer.
    fake.stubs.export_case_summary = () => ({ saved: null });
    await user.click(screen.getByRole("button", { name: "Exporteer als PDF" }));
    expect(await screen.findByRole("button", { name: "Exporteer als PDF" })).toBeEnabled();
    expect(screen.queryByText(/Opgeslagen als/)).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Openen" })).not.toBeInTheDocument();
  });

  it("shows the Dutch error when the folder cannot be written", async () => {
    const { fake, user } = await openCase();
    // A read-only folder is chosen in the native dialog, which the core cannot record: the
    // stand-in throws the error the core gives then (src-tauri/core/tests/export covers it).
    fake.stubs.export_case_summary = () => {
      throw { code: "export_failed", message: "read-only folder", field: null };
    };
    await user.click(screen.getByRole("button", { name: "Exporteer als PDF" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "De PDF kon niet worden opgeslagen in deze map (alleen-lezen, schijf vol of de map bestaat niet).",
    );
    expect(screen.queryByRole("button", { name: "Openen" })).not.toBeInTheDocument();
  });
});

describe("‘Wat jij hebt verteld’ export", () => {
  it("offers the child's sheet on a saved hoorgesprek, says it is unencrypted, exports and opens it", async () => {
    const { fake, user } = renderApp("hearing_export", (ids) => `#/leerlingen/${ids.pupil}/hoorgesprekken/${ids.hearing}`);
    const card = await screen.findByRole("region", { name: "Wat jij hebt verteld" });
    expect(card).toHaveTextContent("niet versleuteld");
    await user.click(screen.getByRole("button", { name: "Maak het blad voor de leerling (PDF)" }));
    expect(await screen.findByText("Opgeslagen als wat-jij-hebt-verteld-SdV-2026-11-20.pdf (1 pagina).")).toBeInTheDocument();
    expect(fake.callsOf("export_hearing_summary")).toEqual([{ hearingId: fake.ids.hearing }]);
    const open = screen.getByRole("button", { name: "Openen" });
    await waitFor(() => expect(open).toHaveFocus());
    await user.click(open);
    expect(fake.callsOf("export_open_last")).toHaveLength(1);
  });
});
