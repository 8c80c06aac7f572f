import { describe, expect, it } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

const PUPIL = { id: "p7", firstName: "Lotte", lastName: "Meijer", educationType: "po" as const, grade: 6 };

async function openCase() {
  window.location.hash = "#/leerlingen/p7";
  const app = renderApp({ pupils: [PUPIL], today: "2026-03-09" });
  await app.user.click(await screen.findByRole("button", { name: "Casus openen" }));
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
    expect(fake.opened).toEqual(["casusoverzicht-LM-2026-03-09.pdf"]);
  });

  it("stays quiet when the save dialog is cancelled", async () => {
    const { fake, user } = await openCase();
    fake.exportOutcome = "cancel";
    await user.click(screen.getByRole("button", { name: "Exporteer als PDF" }));
    expect(await screen.findByRole("button", { name: "Exporteer als PDF" })).toBeEnabled();
    expect(screen.queryByText(/Opgeslagen als/)).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Openen" })).not.toBeInTheDocument();
  });

  it("shows the Dutch error when the folder cannot be written", async () => {
    const { fake, user } = await openCase();
    fake.exportOutcome = "export_failed";
    await user.click(screen.getByRole("button", { name: "Exporteer als PDF" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "De PDF kon niet worden opgeslagen in deze map (alleen-lezen, schijf vol of de map bestaat niet).",
    );
    expect(screen.queryByRole("button", { name: "Openen" })).not.toBeInTheDocument();
  });
});
