import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";
import { href, parseRoute } from "../app/router";

const oppPage = (ids: Record<string, string>) => `#/leerlingen/${ids.pupil}/opp`;
const GAP_REASON = "Lotte was drie weken ziek; het gesprek volgt in april.";

/** Replaces a field's text with `text` (the user selects all and types). */
async function retype(user: ReturnType<typeof renderApp>["user"], field: HTMLElement, text: string) {
  await user.clear(field);
  if (text !== "") await user.type(field, text);
}

describe("the OPP route", () => {
  it("is #/leerlingen/<id>/opp both ways", () => {
    expect(parseRoute("#/leerlingen/abc/opp")).toEqual({ name: "opp", id: "abc" });
    expect(href({ name: "opp", id: "abc" })).toBe("#/leerlingen/abc/opp");
  });
});

describe("Vandaag", () => {
  it("opens the OPP page from an OPP not vastgesteld in time, where the deadline says it is late", async () => {
    const { user, ids } = renderApp("opp_dashboard", "#/vandaag");
    const item = await screen.findByTestId("dashboard-item");
    const link = within(item).getByRole("link");
    expect(link).toHaveAttribute("href", `#/leerlingen/${ids.pupil}/opp`);
    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: "Ontwikkelingsperspectief (OPP) van Noor" })).toBeInTheDocument();
    const deadline = screen.getByTestId("opp-deadline");
    // Late in words, not by colour alone.
    expect(deadline).toHaveTextContent("Te laat — Vaststellen: uiterlijk 21-02-2025");
    expect(deadline).toHaveClass("opp-deadline-overdue");
  });
});

describe("starting an OPP on the pupil page", () => {
  it("pre-sets the start form from the casus decision and sends what it shows", async () => {
    const { user, fake, ids } = renderApp("opp_start", (i) => `#/leerlingen/${i.pupil}`);
    const section = await screen.findByTestId("opp-section");
    expect(within(section).getByRole("heading", { level: 2, name: "Ontwikkelingsperspectief (OPP)" })).toBeInTheDocument();
    expect(await within(section).findByText(/binnen zes weken vastgesteld/)).toBeInTheDocument();
    expect(within(section).getByLabelText("Start van de termijn")).toHaveValue("28-02-2025");
    expect(within(section).getByLabelText("Gestart met")).toHaveDisplayValue("besluit tot extra ondersteuning");
    expect(within(section).getByLabelText("Casus")).toHaveDisplayValue("Leesproblemen (03-02-2025)");

    await user.click(within(section).getByRole("button", { name: "OPP starten" }));
    expect(fake.callsOf("opp_start")).toEqual([
      { pupilId: ids.pupil, caseId: ids.case, clockStart: "2025-02-28", clockBasis: "extra_support_decision" },
    ]);
    const open = await within(section).findByRole("link", { name: "OPP openen" });
    await waitFor(() => expect(open).toHaveFocus());
    expect(within(section).getByTestId("opp-status")).toHaveTextContent("Versie 1 · concept · nog geen vastgestelde versie");
    const deadline = within(section).getByTestId("opp-deadline");
    expect(deadline).toHaveTextContent("Vaststellen: uiterlijk 11-04-2025");
    expect(deadline).toHaveTextContent(/WPO art\. 40a lid 2/);
    expect(deadline).not.toHaveTextContent("Te laat");
    expect(within(section).getByTestId("opp-rod-begin")).toHaveTextContent("nog niet vastgesteld");
  });

  it("opens the pre-filled draft with its sources, and shows the core's row errors at their fields", async () => {
    const { user, fake, ids } = renderApp("opp_start", (i) => `#/leerlingen/${i.pupil}`);
    const section = await screen.findByTestId("opp-section");
    await user.click(await within(section).findByRole("button", { name: "OPP starten" }));
    await user.click(await within(section).findByRole("link", { name: "OPP openen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Ontwikkelingsperspectief (OPP) van Lotte" })).toBeInTheDocument();

    // Two clearly separated parts.
    const perspective = await screen.findByTestId("opp-perspective");
    const action = screen.getByTestId("opp-action");
    expect(within(perspective).getByRole("heading", { name: "Perspectiefdeel" })).toBeInTheDocument();
    expect(within(action).getByRole("heading", { name: "Handelingsdeel" })).toBeInTheDocument();

    // Every pre-filled item says where it came from and stays editable.
    const goal = within(action).getByRole("group", { name: "Doel 1" });
    expect(within(goal).getByTestId("opp-source")).toHaveTextContent("uit: Stappenplan ‘Leesproblemen’, cyclus 1, stap Plannen");
    expect(within(goal).getByLabelText("Doel 1")).toHaveValue("Leest AVI M4 vlot.");
    const need = within(perspective).getByRole("group", { name: "Onderwijsbehoefte 1" });
    expect(within(need).getByTestId("opp-source")).toHaveTextContent("uit: Stappenplan ‘Leesproblemen’, cyclus 1, stap Begrijpen");
    const childGoal = screen.getByRole("group", { name: "Kinddoel 1" });
    expect(within(childGoal).getByTestId("opp-source")).toHaveTextContent("uit: Hoorgesprek van 27-02-2025 met Anouk Jansen, intern begeleider");
    expect(within(childGoal).getByLabelText("Kinddoel 1")).toHaveValue("Ik lees elke dag een bladzijde");
    expect(screen.getByRole("heading", { name: "Wat vindt Lotte zelf?" })).toBeInTheDocument();

    // What vaststellen still needs, each leading to its field.
    const missing = screen.getByTestId("opp-missing");
    expect(within(missing).getByRole("button", { name: "Uitstroombestemming" })).toBeInTheDocument();
    await user.click(within(missing).getByRole("button", { name: "Ontwikkelingsgebied van doel 1" }));
    expect(within(goal).getByLabelText("Ontwikkelingsgebied (doel 1)")).toHaveFocus();

    // A vrijstelling asks for its vak; aangepaste onderwijstijd for until and a return plan.
    await retype(user, within(goal).getByLabelText("Evaluatiedatum (doel 1)"), "31-02-2025");
    await user.click(within(action).getByRole("button", { name: "Afwijking toevoegen" }));
    const kind = within(action).getByLabelText("Soort afwijking (afwijking 1)");
    expect(kind).toHaveFocus();
    expect(within(action).getByLabelText("Vak (afwijking 1)")).toBeInTheDocument();
    await user.selectOptions(kind, "aangepaste onderwijstijd");
    expect(within(action).queryByLabelText(/Vak \(afwijking 1\)/)).not.toBeInTheDocument();
    expect(within(action).getByLabelText("Tot wanneer (afwijking 1)")).toBeInTheDocument();
    expect(within(action).getByLabelText("Plan terug naar het volledige programma (afwijking 1)")).toBeInTheDocument();
    await user.selectOptions(kind, "vrijstelling van een vak");
    await user.type(within(action).getByLabelText("Omschrijving (afwijking 1)"), "Geen Engels");

    await user.click(screen.getByRole("button", { name: "Concept opslaan" }));
    expect(fake.callsOf("opp_save_draft")).toHaveLength(1);
    const date = within(goal).getByLabelText("Evaluatiedatum (doel 1)");
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(expect.stringContaining("Dit is geen geldige datum."));
    const subject = within(action).getByLabelText("Vak (afwijking 1)");
    expect(subject).toHaveAttribute("aria-invalid", "true");
    expect(subject).toHaveAccessibleDescription(expect.stringContaining("Dit veld is verplicht."));
    // What was typed stays on the form, and is kept as the form's draft.
    expect(within(action).getByLabelText("Omschrijving (afwijking 1)")).toHaveValue("Geen Engels");
    await waitFor(() => expect(fake.callsOf("draft_save")).toContainEqual(expect.objectContaining({ key: `opp/${ids.version}` })));
  });
});

describe("starting an OPP on the OPP page", () => {
  it("offers the start when Vandaag leads to a decision without an OPP, then shows the draft", async () => {
    const { user, fake, ids } = renderApp("opp_start_page", oppPage);
    expect(await screen.findByTestId("opp-none")).toHaveTextContent("Deze leerling heeft geen lopend OPP.");
    expect(screen.getByLabelText("Start van de termijn")).toHaveValue("28-02-2025");
    expect(screen.getByLabelText("Casus")).toHaveDisplayValue("De casus van het besluit tot extra ondersteuning");
    await user.click(screen.getByRole("button", { name: "OPP starten" }));
    expect(fake.callsOf("opp_start")).toEqual([
      { pupilId: ids.pupil, caseId: ids.case, clockStart: "2025-02-28", clockBasis: "extra_support_decision" },
    ]);
    const heading = await screen.findByRole("heading", { level: 2, name: "Versie 1 — concept" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText("Het OPP is gestart met een concept (versie 1).")).toBeInTheDocument();
    expect(screen.getByTestId("opp-perspective")).toBeInTheDocument();
  });
});

describe("vaststellen", () => {
  it("asks why there is no hoorgesprek before confirming, sends the reason, and leaves no inputs in the version", async () => {
    const { user, fake, ids } = renderApp("opp_gap", oppPage);
    expect(await screen.findByTestId("opp-missing-none")).toHaveTextContent("Compleet");
    await user.click(screen.getByRole("button", { name: "Vaststellen…" }));
    const panel = screen.getByTestId("opp-establish");
    // The soft gate is explained up front, with the way to a hoorgesprek; it is no hard block.
    expect(within(panel).getByText("Er is geen hoorgesprek voor dit moment; geef aan waarom — de reden komt in het OPP.")).toBeInTheDocument();
    expect(within(panel).getByRole("link", { name: "Eerst een hoorgesprek vastleggen" })).toHaveAttribute(
      "href",
      `#/leerlingen/${ids.pupil}/hoorgesprekken/nieuw`,
    );
    expect(within(panel).getByLabelText("Reden")).toHaveFocus();
    await retype(user, within(panel).getByLabelText("Vastgesteld op"), "01-03-2025");

    await user.click(within(panel).getByRole("button", { name: "Vaststellen" }));
    const gap = within(panel).getByLabelText("Waarom is er geen hoorgesprek?");
    await waitFor(() => expect(gap).toHaveFocus());
    expect(gap).toHaveAccessibleDescription(expect.stringContaining("Dit veld is verplicht."));

    await user.type(gap, GAP_REASON);
    await user.click(within(panel).getByRole("button", { name: "Vaststellen" }));
    expect(fake.callsOf("opp_establish")).toEqual([
      { versionId: ids.version, reason: "opstellen", establishedOn: "2025-03-01", hearingGapReason: null },
      { versionId: ids.version, reason: "opstellen", establishedOn: "2025-03-01", hearingGapReason: GAP_REASON },
    ]);
    const version = await screen.findByTestId("opp-version-text");
    expect(screen.getByRole("heading", { level: 2, name: "Versie 1 — vastgesteld op 01-03-2025" })).toHaveFocus();
    expect(screen.getByText("Versie 1 is vastgesteld.")).toBeInTheDocument();
    expect(document.getElementById("opp-form")).toBeNull();
    expect(screen.queryByRole("button", { name: "Concept opslaan" })).not.toBeInTheDocument();
    expect(within(version).queryAllByRole("textbox")).toHaveLength(0);
    expect(within(version).queryAllByRole("combobox")).toHaveLength(0);
    expect(version).toHaveTextContent("Leert het best door te doen; lezen blijft traag.");
    expect(screen.getByTestId("opp-hearing")).toHaveTextContent(`Zonder hoorgesprek vastgesteld. Reden: ${GAP_REASON}`);
    expect(screen.getByTestId("opp-rod-begin")).toHaveTextContent("01-03-2025");
    expect(fake.callsOf("draft_delete")).toEqual([{ key: `opp/${ids.version}` }]);
  });
});

describe("OOGO and instemming", () => {
  it("records the OOGO, and offers only guardians with gezag for the instemming", async () => {
    const { user, fake, ids } = renderApp("opp_consent", oppPage);
    const oogo = await screen.findByTestId("opp-oogo");
    expect(within(oogo).getByText("Bijvoorbeeld: ouders, leerkracht, intern begeleider.")).toBeInTheDocument();
    // OOGO is with the parents: every guardian may have taken part.
    expect(within(oogo).getByLabelText("Karin Meijer (verzorger)")).toBeInTheDocument();
    await user.type(within(oogo).getByLabelText("Besproken met ouders op"), "28-02-2025");
    await user.type(within(oogo).getByLabelText("Wie waren erbij"), "moeder, leerkracht, intern begeleider");
    await user.click(within(oogo).getByLabelText("Eva Meijer (moeder)"));
    await user.type(within(oogo).getByLabelText(/Wat vinden de ouders/), "Wij herkennen het beeld.");
    await user.click(within(oogo).getByRole("button", { name: "OOGO opslaan" }));
    expect(await within(oogo).findByText("Het OOGO is opgeslagen.")).toBeInTheDocument();

    const consent = screen.getByTestId("opp-consent");
    await user.selectOptions(within(consent).getByLabelText("Stand van de instemming"), "ingestemd");
    const who = within(consent).getByRole("group", { name: "Wie gaven antwoord" });
    expect(within(who).getAllByRole("checkbox").map((c) => c.id)).toEqual([
      `opp-consent-guardian-${ids.eva}`,
      `opp-consent-guardian-${ids.johan}`,
    ]);
    expect(within(consent).queryByLabelText(/Karin/)).not.toBeInTheDocument();
    expect(within(consent).queryByLabelText("De leerling (18+) stemt zelf in")).not.toBeInTheDocument();
    await user.type(within(consent).getByLabelText("Voorgelegd op"), "28-02-2025");
    await user.type(within(consent).getByLabelText("Antwoord op"), "01-03-2025");
    await user.click(within(who).getByLabelText("Eva Meijer (moeder)"));
    await user.click(within(who).getByLabelText("Johan Meijer (vader)"));
    await user.selectOptions(within(consent).getByLabelText("Hoe"), "getekend op papier");
    await user.click(within(consent).getByRole("button", { name: "Instemming opslaan" }));
    expect(await within(consent).findByText("De instemming is opgeslagen.")).toBeInTheDocument();
    expect(fake.callsOf("opp_record_consent")).toEqual([
      {
        versionId: ids.version,
        consent: {
          status: "ingestemd", presentedOn: "2025-02-28", decidedOn: "2025-03-01",
          guardianIds: [ids.eva, ids.johan], byPupil: false, method: "papier", note: null,
        },
      },
    ]);
    expect(screen.getAllByTestId("opp-status")[0]).toHaveTextContent("instemming: ingestemd");
  });

  it("points to the dispute route when the parents do not agree", async () => {
    const { user } = renderApp("opp_consent", oppPage);
    const consent = await screen.findByTestId("opp-consent");
    expect(within(consent).queryByTestId("opp-dispute")).not.toBeInTheDocument();
    await user.selectOptions(within(consent).getByLabelText("Stand van de instemming"), "niet ingestemd");
    const notice = within(consent).getByTestId("opp-dispute");
    expect(notice).toHaveTextContent("onderwijsconsulent");
    expect(notice).toHaveTextContent("Geschillencommissie Passend Onderwijs");
    await user.selectOptions(within(consent).getByLabelText("Stand van de instemming"), "deels ingestemd");
    expect(within(consent).getByLabelText("Met welk deel wel, en met welk deel niet?")).toBeInTheDocument();
  });

  it("lets a vso pupil of 18+ answer in the parents' place", async () => {
    const { user, fake, ids } = renderApp("opp_adult", oppPage);
    const consent = await screen.findByTestId("opp-consent");
    // A vso school's words.
    expect(within(screen.getByTestId("opp-oogo")).getByText("Bijvoorbeeld: ouders, docent, ondersteuningscoördinator.")).toBeInTheDocument();
    await user.selectOptions(within(consent).getByLabelText("Stand van de instemming"), "ingestemd");
    await user.click(within(consent).getByLabelText("De leerling (18+) stemt zelf in"));
    expect(within(consent).queryByRole("group", { name: "Wie gaven antwoord" })).not.toBeInTheDocument();
    await user.type(within(consent).getByLabelText("Voorgelegd op"), "28-02-2025");
    await user.type(within(consent).getByLabelText("Antwoord op"), "01-03-2025");
    await user.selectOptions(within(consent).getByLabelText("Hoe"), "mondeling");
    await user.click(within(consent).getByRole("button", { name: "Instemming opslaan" }));
    expect(await within(consent).findByText("De instemming is opgeslagen.")).toBeInTheDocument();
    expect(fake.callsOf("opp_record_consent")).toEqual([
      {
        versionId: ids.version,
        consent: {
          status: "ingestemd", presentedOn: "2025-02-28", decidedOn: "2025-03-01",
          guardianIds: [], byPupil: true, method: "mondeling", note: null,
        },
      },
    ]);
  });
});

describe("versions", () => {
  it("says there are no changes between a new version and the one it was made from", async () => {
    const { user } = renderApp("opp_versions", oppPage);
    await user.click(await screen.findByRole("button", { name: "Nieuwe versie maken (bijstellen of evalueren)" }));
    const compare = await screen.findByTestId("opp-compare-section");
    await user.click(within(compare).getByRole("button", { name: "Vergelijken" }));
    expect(await within(compare).findByText("Geen wijzigingen tussen versie 1 en versie 2.")).toBeInTheDocument();
    expect(within(compare).queryByTestId("opp-diff-section")).not.toBeInTheDocument();
  });

  it("makes a new version, saves it and names the changed sections with Nieuw and Vervallen", async () => {
    const { user, fake, ids } = renderApp("opp_versions", oppPage);
    await user.click(await screen.findByRole("button", { name: "Nieuwe versie maken (bijstellen of evalueren)" }));
    expect(fake.callsOf("opp_new_version")).toEqual([{ id: ids.opp }]);
    const heading = await screen.findByRole("heading", { level: 2, name: "Versie 2 — concept" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText("Reden")).toHaveDisplayValue("bijstellen");

    await retype(user, screen.getByLabelText("Onderbouwing"), "Leest nu vlotter; vmbo-kb blijft haalbaar.");
    await user.click(screen.getByRole("button", { name: "Ondersteuning toevoegen" }));
    await user.type(screen.getByLabelText("Wat (ondersteuning 2)"), "Voorleessoftware bij toetsen");
    await user.type(screen.getByLabelText(/^Wie \(ondersteuning 2\)/), "mentor");
    await user.type(screen.getByLabelText(/^Vanaf \(ondersteuning 2\)/), "03-03-2025");
    await user.click(screen.getByRole("button", { name: "Concept opslaan" }));
    expect(await screen.findByText("Het concept is opgeslagen.")).toBeInTheDocument();
    expect(fake.callsOf("opp_save_draft")).toHaveLength(1);

    const compare = screen.getByTestId("opp-compare-section");
    expect(within(compare).getByLabelText("Oude versie")).toHaveDisplayValue("Versie 1");
    expect(within(compare).getByLabelText("Nieuwe versie")).toHaveDisplayValue("Versie 2");
    await user.click(within(compare).getByRole("button", { name: "Vergelijken" }));
    expect(fake.callsOf("opp_diff")).toEqual([{ oppId: ids.opp, from: 1, to: 2 }]);
    const sections = await within(compare).findAllByTestId("opp-diff-section");
    expect(sections.map((s) => within(s).getByRole("heading").textContent)).toEqual([
      "Onderbouwing",
      "Ondersteuning en begeleiding",
    ]);
    const reasoning = within(sections[0]!).getAllByRole("listitem");
    expect(reasoning[0]).toHaveTextContent("Vervallen: Leert het best door te doen; lezen blijft traag.");
    expect(reasoning[1]).toHaveTextContent("Nieuw: Leest nu vlotter; vmbo-kb blijft haalbaar.");
    expect(within(sections[1]!).getByRole("listitem")).toHaveTextContent("Nieuw: Voorleessoftware bij toetsen, door mentor, vanaf 03-03-2025");
  });
});

describe("the OPP clock", () => {
  it("moves the clock start and ends the OPP, each only after confirming", async () => {
    const { user, fake, ids } = renderApp("opp_clock", oppPage);
    const clock = await screen.findByTestId("opp-clock");
    expect(within(clock).getByTestId("opp-clock-start-text")).toHaveTextContent("10-01-2025 (inschrijving)");

    await user.click(within(clock).getByRole("button", { name: "Startdatum wijzigen" }));
    const start = within(clock).getByLabelText("Start van de termijn");
    expect(start).toHaveFocus();
    await retype(user, start, "10-02-2025");
    await user.selectOptions(within(clock).getByLabelText("Gestart met"), "anders");
    await user.click(within(clock).getByRole("button", { name: "Startdatum opslaan" }));
    expect(fake.callsOf("opp_set_clock")).toEqual([]);
    expect(within(clock).getByRole("button", { name: "Annuleren" })).toHaveFocus();
    await user.click(within(clock).getByRole("button", { name: "Startdatum opslaan" }));
    expect(fake.callsOf("opp_set_clock")).toEqual([{ oppId: ids.opp, clockStart: "2025-02-10", clockBasis: "other" }]);
    expect(await within(clock).findByText("10-02-2025 (anders)")).toBeInTheDocument();
    expect(within(clock).getByRole("button", { name: "Startdatum wijzigen" })).toHaveFocus();

    await user.click(within(clock).getByRole("button", { name: "OPP beëindigen" }));
    await retype(user, within(clock).getByLabelText("Einddatum"), "01-03-2025");
    await user.type(within(clock).getByLabelText("Reden van beëindigen"), "Noor is verhuisd.");
    await user.click(within(clock).getByRole("button", { name: "OPP beëindigen" }));
    expect(fake.callsOf("opp_end")).toEqual([]);
    await user.click(within(clock).getByRole("button", { name: "OPP beëindigen" }));
    expect(fake.callsOf("opp_end")).toEqual([{ oppId: ids.opp, endedOn: "2025-03-01", reason: "Noor is verhuisd." }]);
    expect(await screen.findByTestId("opp-none")).toHaveTextContent("Deze leerling heeft geen lopend OPP.");
    const ended = screen.getByTestId("opp-ended");
    expect(within(ended).getByTestId("opp-rod-end")).toHaveTextContent("01-03-2025");
    expect(ended).toHaveTextContent("Noor is verhuisd.");
  });
});

describe("printing a version", () => {
  it("exports the plan and the ouderblad of the shown version, each named with initials", async () => {
    const { user, fake, ids } = renderApp("opp_export", oppPage);
    const plan = await screen.findByRole("region", { name: "Afdrukken (OPP)" });
    expect(plan).toHaveTextContent("niet versleuteld");
    await user.click(within(plan).getByRole("button", { name: "Maak het OPP (PDF)" }));
    expect(await within(plan).findByText("Opgeslagen als opp-LM-versie-1-2025-03-01.pdf (3 pagina’s).")).toBeInTheDocument();
    expect(fake.callsOf("export_opp")).toEqual([{ versionId: ids.version }]);
    const sheet = screen.getByRole("region", { name: "Ouderblad" });
    await user.click(within(sheet).getByRole("button", { name: "Maak het ouderblad (PDF)" }));
    expect(await within(sheet).findByText("Opgeslagen als ouderblad-opp-LM-2025-03-01.pdf (2 pagina’s).")).toBeInTheDocument();
    expect(fake.callsOf("export_opp_parent_sheet")).toEqual([{ versionId: ids.version }]);
    await user.click(within(sheet).getByRole("button", { name: "Openen" }));
    expect(fake.callsOf("export_open_last")).toHaveLength(1);
  });
});

describe("a hoorgesprek held after the draft", () => {
  it("says its words are not in the plan yet and takes them over, with what was typed", async () => {
    const { user, fake, ids } = renderApp("opp_take_over", oppPage);
    const note = await screen.findByTestId("opp-take-over");
    expect(note).toHaveTextContent("Het hoorgesprek van 01-03-2025 met juf Anouk staat nog niet in het plan.");
    await user.click(within(note).getByRole("button", { name: "Woorden uit het hoorgesprek overnemen" }));
    await waitFor(() => expect(fake.callsOf("opp_take_over_hearing")).toHaveLength(1));
    const request = fake.callsOf("opp_take_over_hearing")[0] as { versionId: string; hearingId: string; content: { perspective: { exitDestination: string } } };
    expect(request.versionId).toBe(ids.version);
    expect(request.hearingId).toBe(ids.hearing);
    // The typed plan goes along, so nothing typed is lost.
    expect(request.content.perspective.exitDestination).toBe("vmbo_kb");
    await waitFor(() => expect(screen.queryByTestId("opp-take-over")).not.toBeInTheDocument());
    expect(screen.getByDisplayValue("Als het stil is.")).toBeInTheDocument();
  });
});
