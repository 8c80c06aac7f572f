import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("TLV", () => {
  it("starts an aanvraag with a row error at its field, then shows the checklist, the warning and a manual tick", async () => {
    const { fake, ids, user } = renderApp("tlv", (i) => `#/leerlingen/${i.pupil}/tlv`);
    expect(await screen.findByText("Er is nog geen TLV-aanvraag vastgelegd.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "TLV-aanvraag starten" }));

    const form = screen.getByRole("form", { name: "Nieuwe TLV-aanvraag" });
    await waitFor(() => expect(within(form).getByLabelText("Soort")).toHaveFocus());
    await user.selectOptions(within(form).getByLabelText("Soort"), "so_cluster3");
    await user.type(
      within(form).getByLabelText("Ondersteuningsvraag"),
      "Sem heeft een passende plek nodig waar hij in een kleine groep met veel structuur kan leren.",
    );
    expect(within(form).getByLabelText("Ondersteuningsvraag")).toHaveAccessibleDescription(/de commissie leest dit eerst/);
    await user.type(within(form).getByLabelText(/^Aanvraagdatum/), "01-10-2026");
    expect(within(form).getByLabelText(/Verlenging van een eerdere TLV/)).not.toBeChecked();

    await user.click(within(form).getByRole("button", { name: "Deskundige toevoegen" }));
    const first = within(form).getByRole("group", { name: "Deskundige 1" });
    await waitFor(() => expect(within(first).getByLabelText("Naam")).toHaveFocus());
    await user.type(within(first).getByLabelText("Naam"), "Drs. A. de Vries");
    await user.type(within(first).getByLabelText("Datum van het advies"), "15-09-2026");
    await user.click(within(form).getByRole("button", { name: "Deskundige toevoegen" }));
    const second = within(form).getByRole("group", { name: "Deskundige 2" });
    await user.type(within(second).getByLabelText("Naam"), "Dr. B. Smit");
    await user.selectOptions(within(second).getByLabelText("Discipline"), "kinderpsychiater");
    await user.click(within(second).getByLabelText("Onafhankelijk van de school"));
    await user.type(within(second).getByLabelText(/^Advies/), "Past bij cluster 3.");
    await user.click(within(form).getByLabelText("instemming"));
    await user.type(within(form).getByLabelText(/^Datum van het standpunt/), "30-09-2026");

    // The second deskundige has no date of advice: the core's error lands at that row's field.
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    const secondDate = within(second).getByLabelText("Datum van het advies");
    await waitFor(() => expect(secondDate).toHaveFocus());
    expect(secondDate).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    expect(within(first).getByLabelText("Datum van het advies")).not.toHaveAttribute("aria-invalid");
    await user.type(secondDate, "22-09-2026");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));

    const card = await screen.findByRole("region", { name: "TLV speciaal onderwijs (so), cluster 3" });
    expect(screen.queryByRole("form", { name: "Nieuwe TLV-aanvraag" })).not.toBeInTheDocument();
    expect(within(card).getByTestId("tlv-status")).toHaveTextContent("aangevraagd");
    expect(within(card).getByTestId("tlv-warnings")).toHaveTextContent("De kinderpsychiater is niet onafhankelijk van de school");

    // The checklist: ✓ with where Ibis found it, or "ontbreekt".
    const line = (label: string) => within(card).getAllByTestId("tlv-check").find((li) => li.textContent?.includes(label))!;
    expect(line("Advies van twee deskundigen")).toHaveTextContent("✓ Advies van twee deskundigen — uit: Aanvraag: advies orthopedagoog; Aanvraag: advies kinderpsychiater");
    expect(line("Actueel vastgesteld OPP")).toHaveTextContent("✗ Actueel vastgesteld OPP — ontbreekt");
    expect(within(card).getByTestId("tlv-checklist-count")).toHaveTextContent("2 van 10 onderdelen compleet");

    // A manual item is a checkbox; ticking it saves the aanvraag with its key.
    const manual = within(card).getByRole("checkbox", { name: "Aanmeldformulier, ondertekend door het bevoegd gezag" });
    expect(manual).not.toBeChecked();
    await user.click(manual);
    await waitFor(() => expect(within(card).getByTestId("tlv-checklist-count")).toHaveTextContent("3 van 10 onderdelen compleet"));
    expect(manual).toBeChecked();
    expect(fake.callsOf("tlv_save").at(-1)).toMatchObject({ id: ids.tlv, request: { checked: ["aanmeldformulier"] } });
  });

  it("refuses a wrong beschikkingsnummer at its field, shows the einddatum 31 July, then a bezwaar and its outcome", async () => {
    const { fake, ids, user } = renderApp("tlv_decision", (i) => `#/leerlingen/${i.pupil}/tlv`);
    const card = await screen.findByRole("region", { name: "TLV speciaal onderwijs (so), cluster 3" });
    expect(within(card).getByTestId("tlv-status")).toHaveTextContent("aangevraagd");
    expect(screen.queryByRole("button", { name: "TLV-aanvraag starten" })).not.toBeInTheDocument();

    // A beschikkingsnummer of the wrong shape: the core's Dutch rule at the field, which gets focus.
    const decide = within(card).getByRole("form", { name: "Besluit vastleggen" });
    await user.type(within(decide).getByLabelText(/^Datum van het besluit/), "16-11-2026");
    await user.type(within(decide).getByLabelText("Beschikkingsnummer"), "PO2701-26-42");
    await user.selectOptions(within(decide).getByLabelText("Categorie (bekostiging)"), "midden");
    await user.type(within(decide).getByLabelText(/^Ingangsdatum/), "01-12-2026");
    await user.type(within(decide).getByLabelText("Aantal schooljaren"), "2");
    await user.click(within(decide).getByRole("button", { name: "Besluit vastleggen" }));
    const number = within(decide).getByLabelText("Beschikkingsnummer");
    await waitFor(() => expect(number).toHaveFocus());
    expect(number).toHaveAccessibleDescription(/Dit is geen beschikkingsnummer\. Het heeft 17 tekens.*PO2701-2026-00042/);
    await user.clear(number);
    await user.type(number, "PO2701-2026-00042");
    await user.click(within(decide).getByRole("button", { name: "Besluit vastleggen" }));

    // The einddatum the core computed: 31 July, with its rule and source.
    const ends = await within(card).findByTestId("tlv-ends-on");
    expect(ends).toHaveTextContent("31-07-2029");
    expect(ends).toHaveTextContent("eindigt altijd op 31 juli");
    expect(within(card).getByTestId("tlv-decision")).toHaveTextContent("toegekend op 16-11-2026, beschikkingsnummer PO2701-2026-00042");
    expect(within(card).getByTestId("tlv-decision")).toHaveTextContent("Categorie: midden (M)");
    // A disagreement about the decision opens a geschil about this TLV (issue 11).
    expect(within(within(card).getByTestId("tlv-open-dispute")).getByRole("link", { name: "Geschil openen" })).toHaveAttribute(
      "href",
      `#/leerlingen/${ids.pupil}/geschillen?onderwerp=tlv&over=tlv%3A${ids.tlv}`,
    );
    expect(within(card).getByTestId("tlv-objection-until")).toHaveTextContent("28-12-2026 (de termijn loopt)");
    expect(within(card).getByTestId("tlv-renewal-due")).toHaveTextContent("15-04-2029");
    expect(within(card).queryByRole("form", { name: "Besluit vastleggen" })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "Aanvraag verwijderen" })).not.toBeInTheDocument();

    // A bezwaar by the parents.
    const objection = within(card).getByRole("form", { name: "Bezwaar vastleggen" });
    await user.type(within(objection).getByLabelText(/^Ingediend op/), "19-11-2026");
    await user.type(within(objection).getByLabelText("Ingediend door"), "ouders");
    await user.click(within(objection).getByRole("button", { name: "Bezwaar vastleggen" }));
    expect(await within(card).findByTestId("tlv-objection")).toHaveTextContent("Ingediend op 19-11-2026 door ouders");
    expect(within(card).getByTestId("tlv-status")).toHaveTextContent("toegekend, in bezwaar");

    // How the bezwaar ended.
    const outcome = within(card).getByRole("form", { name: "Afloop van het bezwaar" });
    await user.selectOptions(within(outcome).getByLabelText("Uitkomst"), "ongegrond");
    await user.type(within(outcome).getByLabelText(/^Datum van het besluit op bezwaar/), "20-11-2026");
    await user.click(within(outcome).getByRole("button", { name: "Afloop vastleggen" }));
    await waitFor(() => expect(within(card).getByTestId("tlv-objection")).toHaveTextContent("Besluit op bezwaar: ongegrond op 20-11-2026"));
    expect(within(card).getByTestId("tlv-status")).toHaveTextContent(/^Stand: toegekend$/);
    expect(within(card).queryByRole("form", { name: "Afloop van het bezwaar" })).not.toBeInTheDocument();
    expect(within(card).queryByRole("form", { name: "Bezwaar vastleggen" })).not.toBeInTheDocument();
    expect(fake.callsOf("tlv_decide")).toHaveLength(2);
    expect(fake.callsOf("tlv_objection")).toHaveLength(2);

    // With a granted TLV a new aanvraag starts as a renewal (the core's suggestion).
    await user.click(screen.getByRole("button", { name: "TLV-aanvraag starten" }));
    const renewal = screen.getByRole("form", { name: "Nieuwe TLV-aanvraag" });
    expect(within(renewal).getByLabelText("Verlenging van een eerdere TLV")).toBeChecked();
    await user.click(within(renewal).getByRole("button", { name: "Annuleren" }));
    expect(screen.queryByRole("form", { name: "Nieuwe TLV-aanvraag" })).not.toBeInTheDocument();
  });

  it("edits an undecided aanvraag, then deletes it after a confirm", async () => {
    const { fake, ids, user } = renderApp("tlv_delete", (i) => `#/leerlingen/${i.pupil}/tlv`);
    const card = await screen.findByRole("region", { name: "TLV speciaal basisonderwijs (sbo)" });
    expect(within(card).getByTestId("tlv-status")).toHaveTextContent("in voorbereiding");
    expect(within(card).getByTestId("tlv-deadlines")).toHaveTextContent("De termijnen volgen uit het besluit");
    expect(within(card).queryByRole("form", { name: "Besluit vastleggen" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "TLV-aanvraag starten" })).not.toBeInTheDocument();

    // The edit form opens with what is stored.
    await user.click(within(card).getByRole("button", { name: "Aanvraag bewerken" }));
    const form = within(card).getByRole("form", { name: "TLV-aanvraag bewerken" });
    expect(within(form).getByLabelText("Soort")).toHaveValue("sbo");
    expect(within(form).getByLabelText("nog niet bekend")).toBeChecked();
    const question = within(form).getByLabelText("Ondersteuningsvraag");
    expect(question).toHaveValue("Lina leert beter in een kleine groep.");
    await user.clear(question);
    await user.type(question, "Lina leert beter in een kleine groep met vaste begeleiding.");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(await within(card).findByText("Lina leert beter in een kleine groep met vaste begeleiding.")).toBeInTheDocument();
    expect(within(card).queryByRole("form", { name: "TLV-aanvraag bewerken" })).not.toBeInTheDocument();
    expect(fake.callsOf("tlv_save")).toMatchObject([{ id: ids.tlv, request: { kind: "sbo", checked: [] } }]);

    await user.click(within(card).getByRole("button", { name: "Aanvraag verwijderen" }));
    const confirm = within(card).getByRole("group", { name: /Deze TLV-aanvraag verwijderen\?/ });
    await waitFor(() => expect(within(confirm).getByRole("button", { name: "Annuleren" })).toHaveFocus());
    expect(fake.callsOf("tlv_delete")).toEqual([]);
    await user.click(within(confirm).getByRole("button", { name: "Aanvraag verwijderen" }));
    expect(await screen.findByText("Er is nog geen TLV-aanvraag vastgelegd.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("De TLV-aanvraag is verwijderd.");
    expect(fake.callsOf("tlv_delete")).toEqual([{ id: ids.tlv }]);
    expect(screen.getByRole("button", { name: "TLV-aanvraag starten" })).toBeInTheDocument();
  });

  it("is reached from a link card on the pupil page", async () => {
    const { ids } = renderApp("pupil_page", (i) => `#/leerlingen/${i.pupil}`);
    const section = await screen.findByRole("region", { name: "Toelaatbaarheidsverklaring (TLV)" });
    expect(within(section).getByRole("link", { name: "TLV-dossier openen" })).toHaveAttribute("href", `#/leerlingen/${ids.pupil}/tlv`);
  });
});
