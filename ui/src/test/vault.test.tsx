import { describe, expect, it } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderApp } from "./render";

// The recovery key every recording shows (the recorder replaces the random one).
const RECOVERY_KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789";

describe("first run", () => {
  it("creates a vault and shows the recovery key once; continue needs the checkbox", async () => {
    const { fake, user } = renderApp("vault_first_run");

    expect(await screen.findByRole("heading", { level: 1, name: "Nieuwe kluis aanmaken" })).toBeInTheDocument();
    expect(screen.getByText(/voorgoed verloren/)).toBeInTheDocument();

    const pass = screen.getByLabelText("Wachtwoord");
    expect(pass).toHaveAttribute("id", "new-passphrase");
    expect(pass).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("Herhaal het wachtwoord")).toHaveAttribute("type", "password");

    await user.type(pass, "kort");
    expect(screen.getByText(/zwak/)).toBeInTheDocument();
    await user.clear(pass);
    await user.type(pass, "paarse olifant fietst 42 keer");
    expect(screen.getByText("Sterkte: sterk")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Herhaal het wachtwoord"), "paarse olifant fietst 42 keer");
    await user.click(screen.getByRole("button", { name: "Kluis aanmaken" }));

    const key = await screen.findByText(RECOVERY_KEY);
    expect(key).toHaveAttribute("id", "recovery-key");
    expect(fake.callsOf("vault_create")).toEqual([
      { passphrase: "paarse olifant fietst 42 keer", passphraseRepeat: "paarse olifant fietst 42 keer" },
    ]);

    const cont = screen.getByRole("button", { name: "Verder naar Ibis" });
    expect(cont).toHaveAttribute("id", "recovery-continue");
    expect(cont).toBeDisabled();
    expect(screen.getByRole("button", { name: "Afdrukken" })).toBeInTheDocument();

    const saved = screen.getByLabelText(/Ik heb de herstelsleutel op papier of op een veilige plek bewaard/);
    await user.click(saved);
    expect(cont).toBeEnabled();
    await user.click(saved);
    expect(cont).toBeDisabled();
    await user.click(saved);
    await user.click(cont);

    expect(await screen.findByRole("heading", { level: 1, name: "Leerlingen" })).toBeInTheDocument();
    expect(screen.queryByText(RECOVERY_KEY)).not.toBeInTheDocument();
    expect(document.getElementById("recovery-key")).toBeNull();
    expect(screen.getByRole("button", { name: "Vergrendelen" })).toHaveAttribute("id", "lock-button");
  });

  it("shows the backend's passphrase errors under the field", async () => {
    const { user } = renderApp("vault_first_run");
    await user.type(await screen.findByLabelText("Wachtwoord"), "veel te kor");
    await user.type(screen.getByLabelText("Herhaal het wachtwoord"), "iets anders!");
    await user.click(screen.getByRole("button", { name: "Kluis aanmaken" }));
    const field = screen.getByLabelText("Wachtwoord");
    await waitFor(() => expect(field).toHaveAttribute("aria-invalid", "true"));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("De twee wachtwoorden zijn niet gelijk."));
    await waitFor(() => expect(field).toHaveFocus());
  });
});

describe("unlock", () => {
  it("shows the Dutch alert for a wrong passphrase and opens after the right one", async () => {
    const { fake, user } = renderApp("vault_unlock");
    const input = await screen.findByLabelText("Wachtwoord");
    expect(input).toHaveAttribute("id", "unlock-passphrase");
    await user.type(input, "fout wachtwoord{Enter}");

    const alert = await screen.findByText(/Onjuist wachtwoord/);
    expect(alert).toHaveAttribute("id", "unlock-error");
    expect(alert).toHaveAttribute("role", "alert");
    expect(fake.callsOf("vault_unlock")).toEqual([{ passphrase: "fout wachtwoord" }]);

    await user.clear(input);
    await user.type(input, "juiste wachtwoordzin");
    await user.click(screen.getByRole("button", { name: "Ontgrendelen" }));
    // "Vandaag" is the first screen after unlocking.
    expect(await screen.findByRole("heading", { level: 1, name: "Vandaag" })).toBeInTheDocument();
  });

  it("says the vault is damaged for `corrupt`", async () => {
    // Recorded on a vault whose database file was damaged after it was locked.
    const { user } = renderApp("vault_corrupt");
    await user.type(await screen.findByLabelText("Wachtwoord"), "juiste wachtwoordzin{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(/beschadigd/);
  });

  it("sets a new passphrase with the recovery key", async () => {
    const { fake, user } = renderApp("vault_recover");
    await user.click(await screen.findByRole("button", { name: "Wachtwoord vergeten? Herstelsleutel gebruiken" }));
    await user.type(screen.getByLabelText("Herstelsleutel"), RECOVERY_KEY.toLowerCase());
    await user.type(screen.getByLabelText("Nieuw wachtwoord"), "nieuwe lange zin 2025");
    await user.type(screen.getByLabelText("Herhaal het nieuwe wachtwoord"), "nieuwe lange zin 2025");
    await user.click(screen.getByRole("button", { name: "Nieuw wachtwoord instellen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Vandaag" })).toBeInTheDocument();
    expect(fake.callsOf("vault_recover")).toMatchObject([{ newPassphrase: "nieuwe lange zin 2025" }]);
  });
});
