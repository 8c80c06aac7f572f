import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, within, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

describe("pupil form", () => {
  it("shows date_in_future under Geboortedatum and keeps what was typed", async () => {
    const { fake, user } = renderApp("pupil_form", "#/leerlingen/nieuw");

    expect(await screen.findByRole("heading", { level: 1, name: "Leerling toevoegen" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Voornaam"), "Fleur");
    await user.type(screen.getByLabelText(/Tussenvoegsel/), "de");
    await user.type(screen.getByLabelText("Achternaam"), "Vries");
    await user.type(screen.getByLabelText("Geboortedatum"), "5-9-2030");
    await user.type(await screen.findByLabelText("Groep"), "4");
    await user.type(screen.getByLabelText("School"), "De Regenboog");
    await user.type(screen.getByLabelText(/Notities/), "Kijkt graag naar vogels.");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    const birth = screen.getByLabelText("Geboortedatum");
    expect(await screen.findByText("Deze datum ligt in de toekomst.")).toHaveAttribute("id", "pupil-birthDate-error");
    expect(birth).toHaveAttribute("aria-invalid", "true");
    expect(birth.getAttribute("aria-describedby")).toContain("pupil-birthDate-error");
    await waitFor(() => expect(birth).toHaveFocus());

    // The Dutch date went over IPC as ISO.
    expect(fake.callsOf("pupil_create")).toEqual([
      {
        firstName: "Fleur", surnamePrefix: "de", lastName: "Vries", birthDate: "2030-09-05", educationType: "po", grade: 4,
        school: "De Regenboog", contactPerson: null, notes: "Kijkt graag naar vogels.",
      },
    ]);
    // Nothing typed is lost.
    expect(birth).toHaveValue("5-9-2030");
    expect(screen.getByLabelText("Voornaam")).toHaveValue("Fleur");
    expect(screen.getByLabelText(/Tussenvoegsel/)).toHaveValue("de");
    expect(screen.getByLabelText("Achternaam")).toHaveValue("Vries");
    expect(screen.getByLabelText("Groep")).toHaveValue(4);
    expect(screen.getByLabelText("School")).toHaveValue("De Regenboog");
    expect(screen.getByLabelText(/Notities/)).toHaveValue("Kijkt graag naar vogels.");

    // Fix the date and save: on to the pupil page.
    await user.clear(birth);
    await user.type(birth, "05-09-2016");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Fleur de Vries" })).toBeInTheDocument();
    expect(screen.getByText("05-09-2016")).toBeInTheDocument();
  });

  it("switches Groep to Leerjaar and shows Mentor for vo and pro", async () => {
    const { fake, user } = renderApp("pupil_form", "#/leerlingen/nieuw");
    await screen.findByRole("heading", { level: 1, name: "Leerling toevoegen" });
    expect(await screen.findByLabelText("Groep")).toHaveAttribute("max", "8");
    expect(screen.queryByLabelText(/Mentor/)).not.toBeInTheDocument();
    for (const type of ["vo", "pro"]) {
      await user.selectOptions(screen.getByLabelText("Onderwijstype"), type);
      expect(screen.getByLabelText("Leerjaar")).toHaveAttribute("id", "pupil-grade");
      expect(screen.getByLabelText("Leerjaar")).toHaveAttribute("max", "6");
      expect(screen.getByLabelText(/Mentor/)).toHaveAttribute("id", "pupil-contactPerson");
    }
    expect(fake.callsOf("education_types")).toHaveLength(1);
  });

  it("sends impossible dates as ISO and shows the backend's invalid_date", async () => {
    const { fake, user } = renderApp("pupil_form", "#/leerlingen/nieuw");
    await screen.findByRole("heading", { level: 1, name: "Leerling toevoegen" });
    await user.type(screen.getByLabelText("Voornaam"), "Ada");
    await user.type(screen.getByLabelText("Achternaam"), "Bos");
    await user.type(screen.getByLabelText("Geboortedatum"), "31-02-2015");
    await user.type(screen.getByLabelText("Groep"), "5");
    await user.type(screen.getByLabelText("School"), "Het Anker{Enter}");
    expect(await screen.findByText(/Dit is geen geldige datum/)).toBeInTheDocument();
    expect(fake.callsOf("pupil_create")).toMatchObject([{ birthDate: "2015-02-31" }]);
  });
});

describe("pupil form errors", () => {
  it("shows every field the core refuses at once and focuses the first", async () => {
    const { fake, user } = renderApp("pupil_form_errors", "#/leerlingen/nieuw");
    await screen.findByRole("heading", { level: 1, name: "Leerling toevoegen" });
    await user.type(screen.getByLabelText("Achternaam"), "Bos");
    await user.type(screen.getByLabelText("Geboortedatum"), "1-1-2030");
    await user.type(await screen.findByLabelText("Groep"), "12");
    await user.type(screen.getByLabelText("School"), "Het Anker");
    await user.click(screen.getByRole("button", { name: "Opslaan" }));

    const first = screen.getByLabelText("Voornaam");
    await waitFor(() => expect(first).toHaveFocus());
    for (const [label, id] of [["Voornaam", "pupil-firstName"], ["Geboortedatum", "pupil-birthDate"], ["Groep", "pupil-grade"]] as const) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute("aria-invalid", "true");
      expect(document.getElementById(`${id}-error`)).not.toBeNull();
      expect(field.getAttribute("aria-describedby")).toContain(`${id}-error`);
    }
    expect(screen.getByText("Deze datum ligt in de toekomst.")).toHaveAttribute("id", "pupil-birthDate-error");
    expect(screen.getByLabelText("School")).not.toHaveAttribute("aria-invalid", "true");
    expect(fake.callsOf("pupil_create")).toHaveLength(1);
  });
});

describe("pupil list", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("calls pupil_list with the query after the debounce", async () => {
    // Fake timers for the debounce only. Typing goes through fireEvent: user-event's async
    // wrapper waits on a real setTimeout, which fake timers would never fire.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { fake } = renderApp("pupil_list", "#/leerlingen");
    const type = (text: string) => {
      const input = screen.getByLabelText("Zoek op naam");
      for (let i = 1; i <= text.length; i++) fireEvent.change(input, { target: { value: text.slice(0, i) } });
    };
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getAllByTestId("pupil-row")).toHaveLength(2);
    expect(fake.callsOf("pupil_list")).toEqual([{ query: null, includeArchived: false, limit: null }]);

    type("noor");
    act(() => {
      vi.advanceTimersByTime(150);
    });
    // Typing alone does not search yet: the 200 ms debounce is still running.
    expect(fake.callsOf("pupil_list")).toHaveLength(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(250);
    });
    expect(fake.callsOf("pupil_list")).toEqual([
      { query: null, includeArchived: false, limit: null },
      { query: "noor", includeArchived: false, limit: null },
    ]);
    const rows = screen.getAllByTestId("pupil-row");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(within(row).getByRole("link", { name: /Bakker/ })).toHaveAttribute("href", expect.stringMatching(/^#\/leerlingen\//));
    expect(within(row).getByText("04-05-2016")).toBeInTheDocument();
    expect(within(row).getByText("po, groep 3")).toBeInTheDocument();

    type("xyz");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(250);
    });
    expect(screen.getByText("Geen leerlingen gevonden voor ‘xyz’")).toBeInTheDocument();
    expect(screen.queryAllByTestId("pupil-row")).toHaveLength(0);
  });

  it("shows list names in the order the core sends, with the stage's words", async () => {
    renderApp("pupil_list_names", "#/leerlingen");
    await screen.findAllByTestId("pupil-row");
    const names = screen.getAllByTestId("pupil-row").map((row) => within(row).getByRole("link").textContent);
    // The core sorts on the surname without its tussenvoegsel: "de Groot" under G. No sort
    // the UI could do on its own fields gives this order (first name: Anna first; surname
    // with tussenvoegsel: "de Groot" before Evers), so the UI keeps the core's.
    expect(names).toEqual(["Bakker, Emma", "Evers, Fleur", "Groot, Daan de", "Grootveld, Anna"]);
    expect(screen.getByText("pro, leerjaar 2")).toBeInTheDocument();
    expect(screen.getAllByText("po, groep 3")).toHaveLength(3);
  });

  it("shows the empty state and the add button", async () => {
    const { user } = renderApp("pupil_list_empty", "#/leerlingen");
    expect(await screen.findByText("Nog geen leerlingen. Voeg de eerste toe.")).toBeInTheDocument();
    const add = screen.getByRole("button", { name: "Leerling toevoegen" });
    expect(add).toHaveAttribute("id", "add-pupil");
    await user.click(add);
    expect(await screen.findByRole("heading", { level: 1, name: "Leerling toevoegen" })).toHaveFocus();
  });
});
