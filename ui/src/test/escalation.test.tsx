import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./render";
import { fixture } from "./replay";
import type { Template } from "../ipc/bindings/Template";
import { href, parseRoute } from "../app/router";

/** Replaces a field's text (date fields start with today). */
async function retype(user: ReturnType<typeof renderApp>["user"], field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

const VEILIG_THUIS = /veilig[\s-]*thuis|vt-melding|\bamk\b/i;

function recordedTemplate(scenario: string): Template {
  const call = fixture(scenario).calls.find((c) => c.command === "template_get");
  return call!.response as Template;
}

describe("Geschillen", () => {
  it("sends the answer 'veiligheid' to the meldcode route without opening a geschil", async () => {
    const { fake, ids, user } = renderApp("escalation", (i) => `#/leerlingen/${i.pupil}/geschillen`);
    expect(await screen.findByText("Er is nog geen geschil vastgelegd.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Geschil openen" }));

    const question = screen.getByRole("form", { name: "Geschil openen" });
    const group = within(question).getByRole("group", { name: "Gaat het om zorg over de veiligheid van de leerling, of om een meningsverschil?" });
    const safety = within(group).getByRole("radio", { name: "Zorg over de veiligheid van de leerling" });
    // Keyboard first: the first answer has focus; "Verder" without an answer says so.
    await waitFor(() => expect(safety).toHaveFocus());
    await user.click(within(question).getByRole("button", { name: "Verder" }));
    expect(within(question).getByText("Kies eerst een antwoord.")).toBeInTheDocument();
    await user.keyboard(" ");
    expect(safety).toBeChecked();
    await user.click(within(question).getByRole("button", { name: "Verder" }));

    await waitFor(() => expect(window.location.hash).toBe(`#/leerlingen/${ids.pupil}/meldcode?vanuit=geschil`));
    expect(fake.callsOf("escalation_open")).toEqual([]);
    // The rule is the core's: asked to open a geschil for safety, it refuses with the meldcode.
    const refused = fixture("escalation").calls.find((c) => c.command === "escalation_open" && c.error);
    expect(refused?.error?.code).toBe("safety_follows_meldcode");
    expect(refused?.error?.field).toBe("concern");
  });

  it("opens an OPP geschil (a wrong date at its field), records a step, skips one and shows the GPO termijn", async () => {
    const { user } = renderApp("escalation", (i) => `#/leerlingen/${i.pupil}/geschillen`);
    await user.click(await screen.findByRole("button", { name: "Geschil openen" }));
    await user.click(screen.getByRole("radio", { name: "Een meningsverschil tussen ouders en school" }));
    await user.click(screen.getByRole("button", { name: "Verder" }));

    const form = screen.getByRole("form", { name: "Nieuw geschil" });
    await waitFor(() => expect(within(form).getByLabelText("Onderwerp")).toHaveFocus());
    expect(within(form).getByLabelText("Onderwerp")).toHaveValue("opp");
    expect(within(form).getByLabelText(/^Datum van het besluit/)).toHaveAccessibleDescription(/Hier beginnen de termijnen van zes weken/);
    await retype(user, within(form).getByLabelText(/^Datum van het besluit/), "20-10-2026");
    await retype(user, within(form).getByLabelText("Geopend op"), "31-11-2026");
    await user.type(within(form).getByLabelText("Geopend door"), "intern begeleider");
    await user.type(within(form).getByLabelText("Waar gaat het meningsverschil over?"), "Ouders stemmen niet in met het handelingsdeel van het OPP.");
    await user.click(within(form).getByRole("button", { name: "Geschil openen" }));

    // The core refuses the impossible date at its field.
    const openedOn = within(form).getByLabelText("Geopend op");
    await waitFor(() => expect(openedOn).toHaveFocus());
    expect(openedOn).toHaveAttribute("aria-invalid", "true");
    await user.clear(openedOn);
    await retype(user, openedOn, "02-11-2026");
    await user.click(within(form).getByRole("button", { name: "Geschil openen" }));

    const card = await screen.findByRole("region", { name: "Geschil over vaststellen of bijstellen van het OPP" });
    expect(within(card).getByTestId("escalation-status")).toHaveTextContent("open");
    const steps = () => within(card).getAllByTestId("escalation-step");
    expect(steps()[0]).toHaveTextContent("Gesprek met leerkracht of mentor — hier staat het nu");
    expect(steps()[0]).toHaveAttribute("aria-current", "step");
    expect(steps().map((s) => s.querySelector("strong")?.textContent)).not.toContain("Bezwaar tegen het TLV-besluit (samenwerkingsverband, advies LBT)");
    const gpo = within(card).getByTestId("escalation-clock-gpo");
    expect(gpo).toHaveTextContent("01-12-2026 (loopt)");
    expect(gpo).toHaveTextContent("onderwijsgeschillen.nl");

    // A dated record that finishes the first step.
    await user.click(within(card).getByRole("button", { name: "Stap vastleggen" }));
    const record = within(card).getByRole("form", { name: "Stap vastleggen" });
    await waitFor(() => expect(within(record).getByLabelText("Stap")).toHaveFocus());
    expect(within(record).getByLabelText("Stap")).toHaveValue("gesprek_leerkracht");
    await retype(user, within(record).getByLabelText("Datum"), "03-11-2026");
    await user.type(within(record).getByLabelText("Wie"), "ouders, leerkracht");
    await user.type(within(record).getByLabelText("Wat is er besproken of gedaan?"), "Gesprek over de doelen.");
    await user.click(within(record).getByLabelText("Deze stap is hiermee afgerond"));
    await user.click(within(record).getByRole("button", { name: "Vastleggen" }));
    await waitFor(() => expect(steps()[0]).toHaveTextContent("Gesprek met leerkracht of mentor — gedaan"));
    expect(within(steps()[0]!).getByTestId("escalation-record")).toHaveTextContent("03-11-2026 — ouders, leerkracht: Gesprek over de doelen.");

    // Skipping the next step with its reason.
    await user.click(within(card).getByRole("button", { name: "Stap overslaan" }));
    const skip = within(card).getByRole("form", { name: "Stap overslaan" });
    expect(within(skip).getByLabelText("Stap")).toHaveValue("gesprek_school");
    await retype(user, within(skip).getByLabelText("Datum"), "04-11-2026");
    await user.type(within(skip).getByLabelText("Reden"), "De directeur was bij het eerste gesprek.");
    await user.click(within(skip).getByRole("button", { name: "Overslaan" }));
    await waitFor(() => expect(steps()[1]).toHaveTextContent("overgeslagen"));
    expect(within(steps()[1]!).getByTestId("escalation-skip")).toHaveTextContent("Overgeslagen op 04-11-2026: De directeur was bij het eerste gesprek.");
    expect(steps()[2]).toHaveTextContent("Schoolbestuur: klacht of bezwaar — hier staat het nu");
    expect(within(card).getByTestId("escalation-clock-gpo")).toHaveTextContent("01-12-2026 (loopt)");

    // The rendered ladder never offers Veilig Thuis.
    expect(within(card).getByTestId("escalation-ladder").textContent).not.toMatch(VEILIG_THUIS);
    expect(document.body.textContent).not.toMatch(VEILIG_THUIS);
  });

  it("never has Veilig Thuis as a step or contact in the template the page works from", () => {
    for (const scenario of ["escalation", "escalation_closed"]) {
      const template = recordedTemplate(scenario);
      expect(template.escalation.steps.length).toBeGreaterThan(1);
      for (const step of template.escalation.steps) {
        expect(`${step.key} ${step.label} ${step.plain}`).not.toMatch(VEILIG_THUIS);
      }
      for (const contact of template.contacts) {
        expect(`${contact.key} ${contact.name} ${contact.help}`).not.toMatch(VEILIG_THUIS);
      }
    }
  });

  it("closes a geschil with its outcome; it is read-only afterwards", async () => {
    const { user } = renderApp("escalation_closed", (i) => `#/leerlingen/${i.pupil}/geschillen`);
    const card = await screen.findByRole("region", { name: "Geschil over vaststellen of bijstellen van het OPP" });
    await user.click(within(card).getByRole("button", { name: "Geschil afsluiten" }));
    const form = within(card).getByRole("form", { name: "Geschil afsluiten" });
    await waitFor(() => expect(within(form).getByLabelText("Uitkomst")).toHaveFocus());
    expect(within(form).getByLabelText("Uitkomst")).toHaveValue("resolved_at_school");
    await retype(user, within(form).getByLabelText("Datum"), "10-11-2026");
    await user.type(within(form).getByLabelText(/^Toelichting/), "Afspraken over de doelen gemaakt.");
    await user.click(within(form).getByRole("button", { name: "Afsluiten" }));

    await waitFor(() => expect(within(card).getByTestId("escalation-status")).toHaveTextContent("gesloten op 10-11-2026: opgelost op school"));
    expect(within(card).queryByRole("button", { name: "Stap vastleggen" })).not.toBeInTheDocument();
    expect(within(card).getByText("Dit geschil is afgesloten en kan niet meer worden gewijzigd.")).toBeInTheDocument();
    expect(within(card).queryByText(/hier staat het nu/)).not.toBeInTheDocument();
    expect(within(card).getByTestId("escalation-clock-gpo")).toHaveTextContent("(loopt niet)");
  });

  it("arrives from the OPP or TLV page with the subject and what it is about filled in", async () => {
    const route = parseRoute("#/leerlingen/p1/geschillen?onderwerp=opp&over=opp_version:v9");
    expect(route).toEqual({ name: "escalation", id: "p1", subject: "opp", link: { kind: "opp_version", id: "v9" } });
    expect(href(route)).toBe("#/leerlingen/p1/geschillen?onderwerp=opp&over=opp_version%3Av9");
    expect(parseRoute(href(route))).toEqual(route);
    expect(parseRoute("#/leerlingen/p1/geschillen")).toEqual({ name: "escalation", id: "p1", subject: null, link: null });

    const { user } = renderApp("escalation", (i) => `#/leerlingen/${i.pupil}/geschillen?onderwerp=tlv`);
    // The safety question comes first, also from a prefill.
    await user.click(await screen.findByRole("radio", { name: "Een meningsverschil tussen ouders en school" }));
    await user.click(screen.getByRole("button", { name: "Verder" }));
    expect(within(screen.getByRole("form", { name: "Nieuw geschil" })).getByLabelText("Onderwerp")).toHaveValue("tlv");
  });

  it("lists the GPO termijn on Vandaag with its rule and source, linked to the geschillen page", async () => {
    const { ids } = renderApp("escalation_today", "#/vandaag");
    const item = (await screen.findAllByTestId("dashboard-item")).find((i) => i.textContent?.includes("Geschil: termijn Geschillencommissie Passend Onderwijs"))!;
    expect(item).toHaveTextContent("Geschil over vaststellen of bijstellen van het OPP: besluit van 20-10-2026");
    expect(item).toHaveTextContent("uiterlijk over 11 dagen");
    expect(item).toHaveTextContent("Waarom: Ouders kunnen tot zes weken na de datum van het besluit");
    expect(item).toHaveTextContent("Bron: Geschillencommissie Passend Onderwijs, procedure (onderwijsgeschillen.nl)");
    expect(within(item).getByRole("link")).toHaveAttribute("href", `#/leerlingen/${ids.pupil}/geschillen`);
  });

  it("opens a geschil from an OPP the parents did not agree with, about that version", async () => {
    const { ids, user } = renderApp("opp_dispute", (i) => `#/leerlingen/${i.pupil}/opp`);
    const link = await screen.findByRole("link", { name: "Geschil openen" });
    expect(link).toHaveAttribute("href", `#/leerlingen/${ids.pupil}/geschillen?onderwerp=opp&over=opp_version%3A${ids.version}`);
    await user.click(link);
    await user.click(await screen.findByRole("radio", { name: "Een meningsverschil tussen ouders en school" }));
    await user.click(screen.getByRole("button", { name: "Verder" }));
    const form = screen.getByRole("form", { name: "Nieuw geschil" });
    expect(within(form).getByLabelText("Onderwerp")).toHaveValue("opp");
    expect(within(form).getByLabelText("Gaat over")).toHaveDisplayValue("OPP versie 1, vastgesteld 28-02-2025");
    await retype(user, within(form).getByLabelText("Geopend op"), "04-03-2025");
    await user.type(within(form).getByLabelText("Geopend door"), "intern begeleider");
    await user.type(within(form).getByLabelText("Waar gaat het meningsverschil over?"), "De ouders willen meer uren begeleiding buiten de groep.");
    await user.click(within(form).getByRole("button", { name: "Geschil openen" }));
    const card = await screen.findByRole("region", { name: "Geschil over vaststellen of bijstellen van het OPP" });
    // The decision date comes from the vaststelling: the GPO termijn runs from 28 February.
    expect(card).toHaveTextContent("OPP versie 1, vastgesteld 28-02-2025");
    expect(within(card).getByTestId("escalation-clock-gpo")).toHaveTextContent("11-04-2025 (loopt)");
  });
});
