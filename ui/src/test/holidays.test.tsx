import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Instellingen → Schoolvakanties", () => {
  it("adds a holiday with Dutch dates sent as ISO, lists it and removes it", async () => {
    const { fake, ids, user } = renderApp("holidays", "#/instellingen");
    const section = await screen.findByRole("region", { name: "Schoolvakanties" });
    expect(await within(section).findByText(/nog geen schoolvakanties ingevoerd/)).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByLabelText(/Schooljaar/)).toHaveValue("2026-2027"));
    await user.type(within(section).getByLabelText(/Naam/), "Kerstvakantie");
    await user.type(within(section).getByLabelText(/Eerste vakantiedag/), "19-12-2026");
    await user.type(within(section).getByLabelText(/Laatste vakantiedag/), "3-1-2027");
    await user.click(within(section).getByRole("button", { name: "Vakantie toevoegen" }));
    expect(await within(section).findByText("Kerstvakantie is toegevoegd.")).toBeInTheDocument();
    const add = fake.calls.find((c) => c.cmd === "holiday_add");
    expect(add?.req).toEqual({ schoolYear: "2026-2027", name: "Kerstvakantie", firstDay: "2026-12-19", lastDay: "2027-01-03" });
    const [row] = within(section).getAllByTestId("holiday-row");
    expect(row).toHaveTextContent("19-12-2026");
    expect(row).toHaveTextContent("03-01-2027");
    await user.click(within(row!).getByRole("button", { name: "Kerstvakantie verwijderen" }));
    expect(await within(section).findByText("Kerstvakantie is verwijderd.")).toBeInTheDocument();
    expect(within(section).queryAllByTestId("holiday-row")).toHaveLength(0);
    expect(fake.callsOf("holiday_remove")).toEqual([{ id: ids.christmas }]);
  });

  it("shows the core's refusal under the field it names and focuses it", async () => {
    const { fake, user } = renderApp("holidays_refused", "#/instellingen");
    const section = await screen.findByRole("region", { name: "Schoolvakanties" });
    await waitFor(() => expect(within(section).getByLabelText(/Schooljaar/)).toHaveValue("2026-2027"));
    await user.type(within(section).getByLabelText(/Naam/), "Zomervakantie");
    await user.type(within(section).getByLabelText(/Eerste vakantiedag/), "17-7-2027");
    await user.type(within(section).getByLabelText(/Laatste vakantiedag/), "29-8-2027");
    await user.click(within(section).getByRole("button", { name: "Vakantie toevoegen" }));
    expect(
      await within(section).findByText("Deze datum valt buiten het schooljaar (1 augustus tot en met 31 juli)."),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByLabelText(/Laatste vakantiedag/)).toHaveFocus());
    expect(fake.callsOf("holiday_add")).toEqual([
      { schoolYear: "2026-2027", name: "Zomervakantie", firstDay: "2027-07-17", lastDay: "2027-08-29" },
    ]);
    // Nothing changed: still no holidays, and what was typed stays.
    expect(within(section).queryAllByTestId("holiday-row")).toHaveLength(0);
    expect(within(section).getByLabelText(/Laatste vakantiedag/)).toHaveValue("29-8-2027");
  });
});
