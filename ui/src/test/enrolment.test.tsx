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
});
