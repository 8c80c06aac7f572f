import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Aanmelding", () => {
  it("refuses a second extension and a refusal without another school, each naming the rule", async () => {
    const { fake, ids, user } = renderApp("enrolment_refused", (i) => `#/leerlingen/${i.pupil}/aanmelding`);
    const card = await screen.findByRole("region", { name: "Aanmelding ontvangen op 01-09-2026" });
    expect(within(card).getByTestId("enrolment-deadline")).toHaveTextContent("Besluit uiterlijk 03-11-2026");
    expect(within(card).getByTestId("enrolment-deadline")).toHaveTextContent("WPO art. 40 lid 6");
    expect(within(card).getByTestId("enrolment-extension")).toHaveTextContent("Verlengd op 01-10-2026 tot 03-11-2026");

    // A second extension: the core refuses it with the legal rule.
    const extend = within(card).getByRole("form", { name: "Beslistermijn verlengen" });
    await user.type(within(extend).getByLabelText(/Datum van verlenging/), "20-10-2026");
    await user.type(within(extend).getByLabelText(/Reden van de verlenging/), "Nog meer tijd nodig");
    await user.type(within(extend).getByLabelText(/Nieuwe beslisdatum/), "10-11-2026");
    await user.click(within(extend).getByRole("button", { name: "Termijn verlengen" }));
    expect(
      await within(extend).findByText(
        "De beslistermijn van een aanmelding mag maar één keer met ten hoogste vier weken worden verlengd (WPO art. 40 lid 6).",
      ),
    ).toBeInTheDocument();

    // Refusing without another school: the zorgplicht, under the school field, which gets focus.
    const decide = within(card).getByRole("form", { name: "Besluit vastleggen" });
    await user.selectOptions(within(decide).getByLabelText(/^Besluit/), "afgewezen");
    await user.type(within(decide).getByLabelText(/Datum van het besluit/), "20-10-2026");
    await user.click(within(decide).getByRole("button", { name: "Besluit vastleggen" }));
    expect(await within(decide).findByText(/zorgplicht, WPO art\. 40 lid 4/)).toBeInTheDocument();
    await waitFor(() => expect(within(decide).getByLabelText(/School die de leerling toelaat/)).toHaveFocus());

    // With the other school named, the refusal is recorded.
    await user.type(within(decide).getByLabelText(/School die de leerling toelaat/), "SBO De Brug");
    await user.click(within(decide).getByRole("button", { name: "Besluit vastleggen" }));
    expect(await screen.findByTestId("enrolment-decision")).toHaveTextContent(
      "Afgewezen op 20-10-2026; de leerling wordt toegelaten op SBO De Brug.",
    );
    expect(fake.callsOf("enrolment_decide")).toHaveLength(2);
    expect(fake.callsOf("enrolment_extend")).toEqual([
      { id: ids.enrolment, extension: { extendedOn: "2026-10-20", reason: "Nog meer tijd nodig", newDecisionDate: "2026-11-10" } },
    ]);
  });

  it("Vandaag lists a decision due and a tijdelijke plaatsing with rule and source, linked to the Aanmelding page", async () => {
    const { ids } = renderApp("dashboard_enrolment", "#/vandaag");
    const items = await screen.findAllByTestId("dashboard-item");
    const dueItem = items.find((i) => i.textContent?.startsWith("Besluit op aanmelding"));
    // Seen on Friday, due on Monday: binnenkort (deze week ends on Sunday), as the core grouped it.
    expect(within(screen.getByRole("region", { name: /Binnenkort/ })).getByText("Besluit op aanmelding")).toBeInTheDocument();
    expect(dueItem).toHaveTextContent("uiterlijk over 3 dagen");
    expect(dueItem).toHaveTextContent("WPO art. 40 lid 6");
    expect(within(dueItem!).getByRole("link")).toHaveAttribute("href", `#/leerlingen/${ids.due}/aanmelding`);
    const placedItem = within(screen.getByRole("region", { name: /Te laat/ }))
      .getAllByTestId("dashboard-item")
      .find((i) => i.textContent?.startsWith("Tijdelijke plaatsing na aanmelding"));
    expect(placedItem).toHaveTextContent("tijdelijk geplaatst, geen besluit tot en met 10-11-2026");
    expect(placedItem).toHaveTextContent("WPO art. 40 lid 7");
    expect(within(placedItem!).getByRole("link")).toHaveAttribute("href", `#/leerlingen/${ids.placed}/aanmelding`);
  });

  it("corrects an aanmelding (the core moves its deadline) and deletes it after confirming, by keyboard", async () => {
    const { fake, ids, user } = renderApp("enrolment_edit", (i) => `#/leerlingen/${i.pupil}/aanmelding`);
    const card = await screen.findByRole("region", { name: "Aanmelding ontvangen op 01-09-2026" });
    expect(within(card).getByTestId("enrolment-deadline")).toHaveTextContent("Besluit te laat: uiterlijk 13-10-2026");

    const edit = within(card).getByRole("button", { name: "Aanmelding van 01-09-2026 bewerken" });
    edit.focus();
    await user.keyboard("{Enter}");
    expect(edit).toHaveAttribute("aria-expanded", "true");
    const form = within(card).getByRole("form", { name: "Aanmelding bewerken" });
    const date = within(form).getByLabelText(/Datum van ontvangst/);
    expect(date).toHaveValue("01-09-2026");
    expect(within(form).getByLabelText(/Ondersteuningsvraag/)).toHaveValue("Ondersteuning bij lezen");
    await user.clear(date);
    await user.type(date, "08-09-2026");
    await user.type(within(form).getByLabelText(/Ondersteuningsvraag/), " en rekenen");
    await user.type(within(form).getByLabelText(/Onderzoek/), "Gesprek met de ouders");
    await user.click(within(form).getByRole("button", { name: "Aanmelding opslaan" }));
    expect(fake.callsOf("enrolment_save")).toEqual([
      {
        id: ids.enrolment,
        pupilId: ids.pupil,
        details: { receivedOn: "2026-09-08", supportQuestion: "Ondersteuning bij lezen en rekenen", research: "Gesprek met de ouders" },
      },
    ]);
    const moved = await screen.findByRole("region", { name: "Aanmelding ontvangen op 08-09-2026" });
    expect(within(moved).getByTestId("enrolment-deadline")).toHaveTextContent("Besluit uiterlijk 20-10-2026");
    expect(screen.getByText("De aanmelding is gewijzigd.")).toBeInTheDocument();
    expect(within(moved).queryByRole("form", { name: "Aanmelding bewerken" })).not.toBeInTheDocument();

    // Delete: a confirm step first (focus on Annuleren; Escape goes back), then the core deletes.
    const remove = within(moved).getByRole("button", { name: "Aanmelding van 08-09-2026 verwijderen" });
    await user.click(remove);
    await waitFor(() => expect(within(moved).getByRole("button", { name: "Annuleren" })).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(within(moved).getByRole("button", { name: "Aanmelding van 08-09-2026 verwijderen" })).toHaveFocus());
    expect(fake.callsOf("enrolment_delete")).toHaveLength(0);
    await user.click(within(moved).getByRole("button", { name: "Aanmelding van 08-09-2026 verwijderen" }));
    await user.click(within(moved).getByRole("button", { name: "Verwijderen" }));
    expect(await screen.findByText("Er is nog geen aanmelding vastgelegd.")).toBeInTheDocument();
    expect(fake.callsOf("enrolment_delete")).toEqual([{ id: ids.enrolment }]);
  });
});
