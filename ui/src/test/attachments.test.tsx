import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Bijlagen", () => {
  it("refuses a password-protected PDF with the core's text, then adds, views, changes and deletes one", async () => {
    const { fake, ids, user } = renderApp("attachments", (ids) => `#/leerlingen/${ids.pupil}/bijlagen`);
    expect(await screen.findByRole("heading", { level: 1, name: "Bijlagen" })).toBeInTheDocument();
    expect(await screen.findByText("Nog geen bijlagen.")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Bijlage toevoegen" });

    await user.click(within(form).getByRole("button", { name: "Bijlage toevoegen" }));
    const chooser = within(form).getByRole("button", { name: /Bestand/ });
    await waitFor(() => expect(chooser).toHaveFocus());
    expect(chooser).toHaveAccessibleDescription(/verplicht/);

    await user.click(chooser);
    expect(await within(form).findByText("bijlage.pdf")).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Titel/)).toHaveValue("bijlage");
    await user.type(within(form).getByLabelText(/Datum van het document/), "01-10-2026");
    await user.type(within(form).getByLabelText(/^Bron/), "GGD");
    await user.click(within(form).getByRole("button", { name: "Bijlage toevoegen" }));
    await waitFor(() => expect(chooser).toHaveFocus());
    expect(chooser).toHaveAccessibleDescription(
      /Dit PDF-bestand is met een wachtwoord beveiligd. Sla het zonder wachtwoord op en probeer het opnieuw./,
    );
    expect(screen.queryAllByTestId("attachment-row")).toHaveLength(0);

    // The user saved the file without a password under the same name and tries again.
    await user.click(within(form).getByRole("button", { name: "Bijlage toevoegen" }));
    const [row] = await screen.findAllByTestId("attachment-row");
    expect(row).toHaveTextContent("bijlage");
    expect(row).toHaveTextContent("Onderzoeksverslag");
    expect(row).toHaveTextContent("01-10-2026");
    expect(row).toHaveTextContent("3 blz.");
    expect(screen.getByText("De bijlage is toegevoegd.")).toBeInTheDocument();

    await user.click(within(row!).getByRole("button", { name: "bijlage bekijken" }));
    expect(await screen.findByText("‘bijlage’ is geopend in de standaardviewer.")).toBeInTheDocument();
    expect(fake.callsOf("attachment_view")).toEqual([{ id: ids.attachment }]);

    await user.click(within(row!).getByRole("button", { name: "bijlage wijzigen" }));
    const edit = screen.getByRole("form", { name: "Bijlage ‘bijlage’ wijzigen" });
    await user.clear(within(edit).getByLabelText(/^Titel/));
    await user.type(within(edit).getByLabelText(/^Titel/), "Verslag GGD");
    await user.selectOptions(within(edit).getByLabelText(/^Soort/), "deskundigenadvies");
    await user.click(within(edit).getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("De bijlage is gewijzigd.")).toBeInTheDocument();
    const [changed] = screen.getAllByTestId("attachment-row");
    expect(changed).toHaveTextContent("Verslag GGD");
    expect(changed).toHaveTextContent("Deskundigenadvies");

    await user.click(within(changed!).getByRole("button", { name: "Verslag GGD verwijderen" }));
    expect(within(changed!).getByRole("button", { name: "Annuleren" })).toHaveFocus();
    await user.click(within(changed!).getByRole("button", { name: "Verwijderen" }));
    expect(await screen.findByText("Nog geen bijlagen.")).toBeInTheDocument();
  });
});
