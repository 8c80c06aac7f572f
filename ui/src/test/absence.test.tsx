import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

describe("Verzuim en thuiszitten", () => {
  it("registers verzuim, shows the core's field errors, the report due and its recording", async () => {
    const { fake, ids, user } = renderApp("absence", (ids) => `#/leerlingen/${ids.pupil}/verzuim`);
    expect(await screen.findByRole("heading", { level: 1, name: "Verzuim en thuiszitten" })).toBeInTheDocument();
    expect(await screen.findByText("Ongeoorloofd verzuim in de laatste 4 lesweken: 0 uur")).toBeInTheDocument();
    const form = screen.getByRole("region", { name: "Verzuim registreren" });

    await user.type(within(form).getByLabelText(/Datum/), "19-11-2026");
    await user.type(within(form).getByLabelText(/Aantal uur/), "9");
    await user.click(within(form).getByRole("button", { name: "Verzuim opslaan" }));
    await waitFor(() => expect(within(form).getByLabelText(/Aantal uur/)).toHaveFocus());
    expect(within(form).getByLabelText(/Soort verzuim/)).toHaveAccessibleDescription(/verplicht/i);

    await user.clear(within(form).getByLabelText(/Aantal uur/));
    await user.type(within(form).getByLabelText(/Aantal uur/), "8");
    await user.selectOptions(within(form).getByLabelText(/Soort verzuim/), "unauthorised");
    await user.click(within(form).getByRole("button", { name: "Verzuim opslaan" }));
    expect(await screen.findByText("Ongeoorloofd verzuim in de laatste 4 lesweken: 8 uur")).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/Datum/), "20-11-2026");
    await user.type(within(form).getByLabelText(/Aantal uur/), "8");
    await user.selectOptions(within(form).getByLabelText(/Soort verzuim/), "unauthorised");
    await user.type(within(form).getByLabelText(/Reden/), "Zonder bericht");
    await user.click(within(form).getByRole("button", { name: "Verzuim opslaan" }));
    expect(await screen.findByText("Melden bij DUO-verzuimregister uiterlijk 27-11-2026")).toBeInTheDocument();
    expect(screen.getAllByTestId("absence-row")).toHaveLength(2);

    const summary = screen.getByTestId("absence-summary");
    await user.type(within(summary).getByLabelText(/Gemeld bij DUO op/), "23-11-2026");
    await user.click(within(summary).getByRole("button", { name: "Melding vastleggen" }));
    expect(await within(summary).findByText("Gemeld bij DUO op 23-11-2026")).toBeInTheDocument();
    expect(screen.queryByText(/Melden bij DUO-verzuimregister uiterlijk/)).not.toBeInTheDocument();
    expect(fake.callsOf("absence_report")).toEqual([{ pupilId: ids.pupil, reportedOn: "2026-11-23" }]);
  });

  it("keeps a period at home with its deviation plan and records the return", async () => {
    const { user } = renderApp("absence", (ids) => `#/leerlingen/${ids.pupil}/verzuim`);
    const section = await screen.findByRole("region", { name: "Thuiszitten" });
    await user.type(within(section).getByLabelText(/Thuis sinds/), "19-10-2026");
    await user.type(within(section).getByLabelText(/^Reden/), "Angstklachten");
    await user.selectOptions(within(section).getByLabelText(/Vrijstelling/), "requested");
    await user.type(within(section).getByLabelText(/Plan terug/), "Eerst twee ochtenden per week");
    await user.click(within(section).getByRole("button", { name: "Periode opslaan" }));
    await waitFor(() => expect(within(section).getByLabelText(/Afwijking duurt tot en met/)).toHaveFocus());
    await user.type(within(section).getByLabelText(/Afwijking duurt tot en met/), "29-1-2027");
    await user.click(within(section).getByRole("button", { name: "Periode opslaan" }));
    const [stay] = await within(section).findAllByTestId("home-stay");
    expect(stay).toHaveTextContent("Thuis sinds 19-10-2026");
    expect(stay).toHaveTextContent("Langer dan vier weken thuis");
    expect(stay).toHaveTextContent("tot en met 29-01-2027");
    await user.type(within(stay!).getByLabelText(/Terug op school op/), "23-11-2026");
    await user.click(within(stay!).getByRole("button", { name: "Terug op school vastleggen" }));
    expect(await within(section).findByText("Terug op school sinds 23-11-2026")).toBeInTheDocument();
  });

  it("corrects a verzuim registration and a period at home, each in its own form", async () => {
    const { fake, ids, user } = renderApp("absence_edit", (i) => `#/leerlingen/${i.pupil}/verzuim`);
    const edit = await screen.findByRole("button", { name: "Verzuim van 19-11-2026 bewerken" });
    await user.click(edit);
    expect(edit).toHaveAttribute("aria-expanded", "true");
    const form = screen.getByRole("form", { name: "Verzuim van 19-11-2026 bewerken" });
    const hours = within(form).getByLabelText(/Aantal uur/);
    expect(hours).toHaveValue("8");
    expect(within(form).getByLabelText(/Soort verzuim/)).toHaveValue("unauthorised");
    await user.clear(hours);
    await user.type(hours, "6");
    await user.type(within(form).getByLabelText(/Reden/), "Ziek gemeld");
    await user.click(within(form).getByRole("button", { name: "Verzuim opslaan" }));
    expect(await screen.findByText("Het verzuim is gewijzigd.")).toBeInTheDocument();
    expect(fake.callsOf("absence_save")).toEqual([
      { id: ids.absence, pupilId: ids.pupil, absence: { date: "2026-11-19", hours: "6", kind: "unauthorised", reason: "Ziek gemeld" } },
    ]);
    expect(screen.getAllByTestId("absence-row")[0]).toHaveTextContent("Ziek gemeld");
    expect(screen.queryByRole("form", { name: "Verzuim van 19-11-2026 bewerken" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Periode thuis sinds 19-10-2026 bewerken" }));
    const stayForm = screen.getByRole("form", { name: "Periode thuis bewerken" });
    expect(within(stayForm).getByLabelText(/Reden/)).toHaveValue("Angstklachten");
    await user.selectOptions(within(stayForm).getByLabelText(/Vrijstelling/), "requested");
    await user.click(within(stayForm).getByRole("button", { name: "Periode opslaan" }));
    expect(await screen.findByText("De periode thuis is gewijzigd.")).toBeInTheDocument();
    expect(fake.callsOf("home_stay_save")).toEqual([
      { id: ids.stay, pupilId: ids.pupil, stay: { since: "2026-10-19", reason: "Angstklachten", exemption: "requested" } },
    ]);
  });
});
