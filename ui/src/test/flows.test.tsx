import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";
import { formatDate, todayIso } from "../lib/dates";


describe("pupil page", () => {
  it("shows the pupil and adds, edits and removes a guardian", async () => {
    const { fake, user } = renderApp("pupil_page", (ids) => `#/leerlingen/${ids.pupil}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Lotte Meijer" })).toBeInTheDocument();
    expect(screen.getByText("Voortgezet onderwijs (vo), leerjaar 2")).toBeInTheDocument();
    // A vo pupil gets secondary wording from the core's stage: leerjaar and mentor.
    expect(screen.getByText("Mevr. Kok").previousElementSibling).toHaveTextContent("Mentor");
    expect(screen.getByText("Nog geen ouders of verzorgers vastgelegd.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Ouder/verzorger toevoegen" }));
    await waitFor(() => expect(screen.getByLabelText(/Voornaam of voorletters/)).toHaveFocus());
    await user.type(screen.getByLabelText(/Voornaam of voorletters/), "Eva");
    await user.type(screen.getByLabelText("Achternaam"), "Meijer");
    await user.type(screen.getByLabelText(/E-mail/), "eva-at-example");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Dit is geen geldig e-mailadres.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/E-mail/)).toHaveFocus());

    await user.clear(screen.getByLabelText(/E-mail/));
    await user.type(screen.getByLabelText(/E-mail/), "eva@example.nl");
    await user.type(screen.getByLabelText(/Telefoon/), "0612345678{Enter}");
    const row = await screen.findByTestId("guardian-row");
    expect(within(row).getByText("Eva Meijer")).toBeInTheDocument();
    expect(within(row).getByText("moeder")).toBeInTheDocument();
    expect(within(row).getByText("ja")).toBeInTheDocument();
    expect(within(row).getByText("0612345678")).toBeInTheDocument();

    await user.click(within(row).getByRole("button", { name: "Eva Meijer bewerken" }));
    await user.selectOptions(screen.getByLabelText("Relatie"), "legal_guardian");
    await user.click(screen.getByLabelText("Heeft gezag"));
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(within(screen.getByTestId("guardian-row")).getByText("voogd")).toBeInTheDocument());
    expect(within(screen.getByTestId("guardian-row")).getByText("nee")).toBeInTheDocument();

    // Remove: Escape cancels the confirm step; "Ja, verwijderen" removes.
    await user.click(screen.getByRole("button", { name: "Eva Meijer verwijderen" }));
    expect(screen.getByText("Weet je zeker dat je Eva Meijer wilt verwijderen?")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Annuleren" })).toHaveFocus());
    await user.keyboard("{Escape}");
    expect(screen.queryByText(/wilt verwijderen/)).not.toBeInTheDocument();
    expect(fake.callsOf("guardian_remove")).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Eva Meijer verwijderen" }));
    await user.click(screen.getByRole("button", { name: "Ja, verwijderen" }));
    expect(await screen.findByText("Nog geen ouders of verzorgers vastgelegd.")).toBeInTheDocument();
    expect(fake.callsOf("guardian_remove")).toHaveLength(1);
  });

  it("archives and restores", async () => {
    const { user } = renderApp("pupil_page", (ids) => `#/leerlingen/${ids.pupil}`);
    await user.click(await screen.findByRole("button", { name: "Archiveren" }));
    expect(await screen.findByText("Deze leerling is gearchiveerd.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Terugzetten uit archief" }));
    expect(await screen.findByRole("button", { name: "Archiveren" })).toBeInTheDocument();
  });

  it("edits a pupil and keeps Escape as cancel", async () => {
    const { fake, ids, user } = renderApp("pupil_page", (ids) => `#/leerlingen/${ids.pupil}/bewerken`);
    expect(await screen.findByLabelText("Voornaam")).toHaveValue("Lotte");
    expect(screen.getByLabelText("Geboortedatum")).toHaveValue("04-05-2012");
    expect(screen.getByLabelText("Leerjaar")).toHaveValue(2);
    await user.clear(screen.getByLabelText("Voornaam"));
    await user.type(screen.getByLabelText("Voornaam"), "Lotje");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lotje Meijer" })).toBeInTheDocument();
    expect(fake.callsOf("pupil_update")).toMatchObject([{ id: ids.pupil, pupil: { firstName: "Lotje" } }]);

    window.location.hash = `#/leerlingen/${ids.pupil}/bewerken`;
    await user.click(await screen.findByLabelText("School"));
    await user.keyboard("{Escape}");
    expect(await screen.findByRole("heading", { level: 1, name: "Lotje Meijer" })).toBeInTheDocument();
  });
});

describe("cases", () => {
  it("opens a case (start date defaults to today), closes and reopens it", async () => {
    const { fake, ids, user } = renderApp("case_open_close", (ids) => `#/leerlingen/${ids.pupil}`);
    await user.click(await screen.findByRole("button", { name: "Casus openen" }));
    expect(screen.getByLabelText("Startdatum")).toHaveValue(formatDate(todayIso()));
    await user.clear(screen.getByLabelText("Startdatum"));
    await user.type(screen.getByLabelText("Startdatum"), "3-2-2025");
    await user.type(screen.getByLabelText("Titel"), "Zorgen over concentratie{Enter}");

    expect(await screen.findByRole("heading", { level: 1, name: "Zorgen over concentratie" })).toBeInTheDocument();
    expect(fake.callsOf("case_open")).toEqual([
      { pupilId: ids.pupil, title: "Zorgen over concentratie", startDate: "2025-02-03", templateId: null },
    ]);
    expect(screen.getByText("Landelijk")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Lotte Meijer" })).toHaveAttribute("href", `#/leerlingen/${ids.pupil}`);
    // A new casus starts the stappenplan at Signaleren.
    expect(await screen.findByRole("button", { name: /Signaleren/ })).toHaveAttribute("aria-current", "step");
    await user.click(screen.getByRole("tab", { name: "Tijdlijn" }));
    expect(screen.getAllByTestId("timeline-entry").map((li) => li.textContent)).toEqual(["03-02-2025Casus geopend"]);

    // Closing asks for the date and the reason (issue 7, item 3).
    await user.click(screen.getByRole("button", { name: "Casus afsluiten" }));
    // The date defaults to the real today; the recording lives on 01-03-2025.
    expect(screen.getByLabelText("Afgesloten op")).toHaveValue(formatDate(todayIso()));
    await user.clear(screen.getByLabelText("Afgesloten op"));
    await user.type(screen.getByLabelText("Afgesloten op"), "1-3-2025");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Dit veld is verplicht.")).toHaveAttribute("id", "case-closeReason-error");
    await user.type(screen.getByLabelText("Reden van afsluiten"), "Verhuisd naar een andere school");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("De casus is afgesloten.")).toBeInTheDocument();
    expect(screen.getAllByTestId("timeline-entry").map((li) => li.textContent)).toEqual([
      "03-02-2025Casus geopend",
      "01-03-2025Casus geslotenReden: Verhuisd naar een andere school",
    ]);
    expect(fake.callsOf("case_close").at(-1)).toMatchObject({ closedOn: "2025-03-01", reason: "Verhuisd naar een andere school" });
    expect(fake.callsOf("case_update")).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Casus heropenen" }));
    expect(await screen.findByText("De casus is heropend.")).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Lotte Meijer" }));
    const row = await screen.findByTestId("case-row");
    expect(within(row).getByText("03-02-2025")).toBeInTheDocument();
    expect(within(row).getByText("open")).toBeInTheDocument();
  });
});

describe("settings", () => {
  it("saves the auto-lock time and changes the passphrase", async () => {
    const { fake, user } = renderApp("settings", "#/instellingen");
    const minutes = await screen.findByLabelText(/Vergrendelen na/);
    await waitFor(() => expect(minutes).toHaveValue(5));
    await user.clear(minutes);
    await user.type(minutes, "20");
    await user.click(screen.getAllByRole("button", { name: "Opslaan" })[0]!);
    expect(await screen.findByText("Deze waarde valt buiten het toegestane bereik.")).toBeInTheDocument();
    await user.clear(minutes);
    await user.type(minutes, "10{Enter}");
    expect(await screen.findByText("De instelling is opgeslagen.")).toBeInTheDocument();
    expect(fake.callsOf("settings_update")).toEqual([{ autoLockMinutes: 20 }, { autoLockMinutes: 10 }]);

    await user.type(screen.getByLabelText("Huidig wachtwoord"), "verkeerd wachtwoord");
    await user.type(screen.getByLabelText("Nieuw wachtwoord"), "nieuwe wachtwoordzin");
    await user.type(screen.getByLabelText("Herhaal het nieuwe wachtwoord"), "nieuwe wachtwoordzin");
    await user.click(screen.getByRole("button", { name: "Wachtwoord wijzigen" }));
    expect(await screen.findByText("Onjuist wachtwoord. Probeer het opnieuw.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText("Huidig wachtwoord")).toHaveFocus());
    await user.clear(screen.getByLabelText("Huidig wachtwoord"));
    await user.type(screen.getByLabelText("Huidig wachtwoord"), "oude wachtwoordzin");
    await user.click(screen.getByRole("button", { name: "Wachtwoord wijzigen" }));
    expect(await screen.findByText(/Het wachtwoord is gewijzigd/)).toBeInTheDocument();
    expect(fake.callsOf("vault_change_passphrase")).toMatchObject([
      { currentPassphrase: "verkeerd wachtwoord" },
      { currentPassphrase: "oude wachtwoordzin", newPassphrase: "nieuwe wachtwoordzin" },
    ]);
  });
});
