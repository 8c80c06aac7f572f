import { describe, expect, it } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Instellingen → Sjabloon", () => {
  it("shows a broken file's line and field, imports the example and makes it active", async () => {
    const { fake, ids, user } = renderApp("templates", "#/instellingen");
    const section = await screen.findByRole("region", { name: "Sjabloon" });
    const rows = await within(section).findAllByTestId("template-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Landelijk");
    expect(rows[0]).toHaveTextContent("Ingebouwd");
    expect(rows[0]).toHaveTextContent("Actief");
    expect(within(section).getByText(/bestaande casussen houden het hunne/)).toBeInTheDocument();

    // A broken file: the core's refusal with line and field, and no Importeren button.
    await user.click(within(section).getByRole("button", { name: "Kies een sjabloonbestand" }));
    const problem = await within(section).findByRole("alert");
    expect(problem).toHaveTextContent("regel 433, veld ‘escalation.steps[8].clock’: onbekende waarde ‘geschil’");
    expect(within(section).queryByRole("button", { name: "Importeren" })).toBeNull();

    // The good file: the check's summary first, then Importeren.
    await user.click(within(section).getByRole("button", { name: "Kies een sjabloonbestand" }));
    const summary = await within(section).findByText("Samenwerkingsverband De Lindeboom (fictief voorbeeld)");
    expect(summary).toBeInTheDocument();
    expect(within(section).getByText(/Ouderadviseur van De Lindeboom \(fictief\)/)).toBeInTheDocument();
    expect(within(section).getByText(/Zorg signaleren · Analyseren · Plan van aanpak/)).toBeInTheDocument();
    expect(within(section).queryByRole("alert")).toBeNull();
    await user.click(within(section).getByRole("button", { name: "Importeren" }));
    expect(await within(section).findByText("De Lindeboom (fictief voorbeeld) (versie 1) is geïmporteerd.")).toBeInTheDocument();
    expect(within(section).getAllByTestId("template-row")).toHaveLength(2);
    expect(fake.callsOf("template_import")).toEqual([{ path: "/tmp/ibis-fixture/exports/sjabloon.toml" }]);

    // Actief maken: by keyboard, the button names what it activates.
    const activate = within(section).getByRole("button", { name: "De Lindeboom (fictief voorbeeld) (versie 1) actief maken" });
    activate.focus();
    await user.keyboard("{Enter}");
    expect(await within(section).findByText(/is nu actief\. Nieuwe casussen gebruiken dit sjabloon/)).toBeInTheDocument();
    expect(fake.callsOf("template_activate")).toEqual([{ id: "swv-lindeboom", version: 1 }]);
    const [landelijk, lindeboom] = within(section).getAllByTestId("template-row");
    expect(lindeboom).toHaveTextContent("Actief");
    expect(within(landelijk!).getByRole("button", { name: "Landelijk (versie 1) actief maken" })).toBeInTheDocument();
    // The app fetches the active template again.
    await waitFor(() => expect(fake.callsOf("template_get")).toHaveLength(2));

    // A casus made before keeps landelijk: its page asks for its own template.
    act(() => {
      window.location.hash = `#/casussen/${ids.case}`;
    });
    await screen.findByRole("heading", { level: 2, name: "Stap 1: Signaleren" });
    expect(screen.getAllByTestId("step-label").map((e) => e.textContent)).toEqual([
      "Signaleren", "Begrijpen", "Plannen", "Realiseren", "Vastleggen", "Evalueren",
    ]);
    expect(fake.callsOf("case_template_get")).toEqual([{ id: ids.case }]);
  });
});
