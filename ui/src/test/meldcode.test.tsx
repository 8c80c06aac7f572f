import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";

/** Replaces a field's text (date fields start with today). */
async function retype(user: ReturnType<typeof renderApp>["user"], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

describe("Meldcode", () => {
  it("asks the passphrase again, shows a wrong one at the field, then the five steps with entry, done step and decision", async () => {
    const { fake, ids, user } = renderApp("meldcode", (i) => `#/leerlingen/${i.pupil}/meldcode`);
    expect(await screen.findByRole("heading", { level: 1, name: "Meldcode huiselijk geweld en kindermishandeling" })).toBeInTheDocument();
    expect(screen.getByTestId("meldcode-apart")).toHaveTextContent(
      "Deze gegevens staan los van het leerlingdossier en komen in geen enkele export; Ibis verstuurt niets.",
    );
    expect(screen.queryByTestId("meldcode-from-dispute")).not.toBeInTheDocument();

    // The dialog: a labelled passphrase field with focus; Enter submits.
    const dialog = screen.getByRole("form", { name: "Meldcode openen" });
    const field = within(dialog).getByLabelText("Uw wachtwoord");
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute("type", "password");
    expect(screen.queryByTestId("meldcode-step")).not.toBeInTheDocument();
    await user.type(field, "verkeerd wachtwoord{Enter}");
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Onjuist wachtwoord\. Probeer het opnieuw\./));
    expect(field).toHaveFocus();
    expect(field).toHaveValue("");
    expect(screen.queryByTestId("meldcode-step")).not.toBeInTheDocument();

    await user.type(field, "juiste wachtwoordzin{Enter}");
    const start = await screen.findByRole("form", { name: "Meldcoderoute openen" });
    expect(screen.queryByRole("form", { name: "Meldcode openen" })).not.toBeInTheDocument();
    expect(within(start).getByRole("group", { name: "Gaat het om zorg over de veiligheid van de leerling, of om een meningsverschil?" })).toBeInTheDocument();

    // "Meningsverschil" leads to the escalatieladder, not to a route.
    await user.click(within(start).getByLabelText("Een meningsverschil tussen ouders en school"));
    expect(within(start).getByRole("note")).toHaveTextContent("geen melding bij Veilig Thuis");
    expect(within(start).queryByRole("button", { name: "Route openen" })).not.toBeInTheDocument();

    // "Veiligheid": a missing name is the core's error at its field.
    await user.click(within(start).getByLabelText("Zorg over de veiligheid van de leerling"));
    await retype(user, within(start).getByLabelText(/^Datum/), "16-11-2026");
    await user.click(within(start).getByRole("button", { name: "Route openen" }));
    const by = within(start).getByLabelText("Beantwoord door");
    await waitFor(() => expect(by).toHaveFocus());
    expect(by).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    await user.type(by, "Intern begeleider");
    await user.click(within(start).getByRole("button", { name: "Route openen" }));

    const route = await screen.findByRole("region", { name: "Lopende route" });
    expect(within(route).getByTestId("meldcode-question")).toHaveTextContent(
      "Vraag beantwoord op 16-11-2026 door Intern begeleider: Zorg over de veiligheid van de leerling.",
    );
    const steps = within(route).getAllByTestId("meldcode-step");
    expect(steps.map((s) => within(s).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Stap 1: Signalen in kaart brengen",
      "Stap 2: Collegiale consultatie en zo nodig advies van Veilig Thuis",
      "Stap 3: Gesprek met de leerling en/of de ouders",
      "Stap 4: Wegen met het afwegingskader",
      "Stap 5: Beslissen: hulp organiseren en/of melden",
    ]);
    expect(steps[1]).toHaveTextContent("een adviesvraag is geen melding");

    // An entry in step 1, then step 1 marked done.
    const signals = steps[0]!;
    await user.click(within(signals).getByRole("button", { name: "Vastlegging toevoegen" }));
    const entry = within(signals).getByRole("form", { name: "Vastlegging bij stap 1" });
    await waitFor(() => expect(within(entry).getByLabelText(/^Datum/)).toHaveFocus());
    await retype(user, within(entry).getByLabelText(/^Datum/), "17-11-2026");
    await user.type(within(entry).getByLabelText("Wie"), "Leerkracht groep 3");
    await user.type(within(entry).getByLabelText("Wat"), "Signalen vastgelegd");
    await user.type(within(entry).getByLabelText(/^Aantekeningen/), "Blauwe plek op de arm gezien bij de gymles.");
    await user.click(within(entry).getByRole("button", { name: "Vastlegging opslaan" }));
    await waitFor(() => expect(within(signals).getByTestId("meldcode-entry")).toHaveTextContent("17-11-2026 — Signalen vastgelegd (door Leerkracht groep 3)"));
    expect(fake.callsOf("meldcode_add_entry").at(-1)).toMatchObject({ pupilId: ids.pupil, step: "signals" });

    const done = within(signals).getByRole("form", { name: "Stap 1 afronden" });
    await retype(user, within(done).getByLabelText(/^Afgerond op/), "18-11-2026");
    await user.click(within(done).getByRole("button", { name: "Stap afronden" }));
    await waitFor(() => expect(within(signals).getByTestId("meldcode-step-state")).toHaveTextContent("Afgerond op 18-11-2026"));

    // Step 5 is done only after its decision: the core says so at the date field.
    const decisionStep = within(route).getAllByTestId("meldcode-step")[4]!;
    const doneFive = within(decisionStep).getByRole("form", { name: "Stap 5 afronden" });
    await retype(user, within(doneFive).getByLabelText(/^Afgerond op/), "19-11-2026");
    await user.click(within(doneFive).getByRole("button", { name: "Stap afronden" }));
    await waitFor(() =>
      expect(within(doneFive).getByLabelText(/^Afgerond op/)).toHaveAccessibleDescription(/Leg eerst de beslissing vast/),
    );

    const decision = within(decisionStep).getByRole("form", { name: "Beslissing" });
    expect(within(decision).getByLabelText("Beslissing")).toHaveDisplayValue("Hulp organiseren en effecten volgen");
    await retype(user, within(decision).getByLabelText(/^Datum van de beslissing/), "19-11-2026");
    await user.type(within(decision).getByLabelText("Besloten door"), "Directeur");
    await user.click(within(decision).getByRole("button", { name: "Beslissing vastleggen" }));
    await waitFor(() =>
      expect(within(decisionStep).getByTestId("meldcode-decision")).toHaveTextContent(
        "Beslissing op 19-11-2026 door Directeur: Hulp organiseren en effecten volgen.",
      ),
    );
  });

  it("explains the way from a dispute", async () => {
    renderApp("meldcode", (i) => `#/leerlingen/${i.pupil}/meldcode?vanuit=geschil`);
    expect(await screen.findByTestId("meldcode-from-dispute")).toHaveTextContent("U komt hier vanuit een geschil");
    expect(screen.getByRole("form", { name: "Meldcode openen" })).toBeInTheDocument();
  });

  it("brings the passphrase dialog back when the access lapsed", async () => {
    const { user } = renderApp("meldcode_lapsed", (i) => `#/leerlingen/${i.pupil}/meldcode`);
    const field = await screen.findByLabelText("Uw wachtwoord");
    await user.type(field, "juiste wachtwoordzin{Enter}");
    const start = await screen.findByRole("form", { name: "Meldcoderoute openen" });
    await user.click(within(start).getByLabelText("Zorg over de veiligheid van de leerling"));
    await retype(user, within(start).getByLabelText(/^Datum/), "16-11-2026");
    await user.type(within(start).getByLabelText("Beantwoord door"), "Intern begeleider");
    await user.click(within(start).getByRole("button", { name: "Route openen" }));

    const dialog = await screen.findByRole("form", { name: "Meldcode openen" });
    expect(screen.getByRole("alert")).toHaveTextContent("De meldcode is afgeschermd. Open hem opnieuw met uw wachtwoord.");
    await user.type(within(dialog).getByLabelText("Uw wachtwoord"), "juiste wachtwoordzin{Enter}");
    expect(await screen.findByRole("form", { name: "Meldcoderoute openen" })).toBeInTheDocument();
  });
});
