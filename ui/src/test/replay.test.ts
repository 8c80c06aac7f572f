import { describe, expect, it } from "vitest";
import { call } from "../ipc/client";
import { checkNoUnrecordedRequests, installReplay } from "./replay";

describe("replay of recorded core answers", () => {
  it("answers a repeated request in scenario order: before and after a change", async () => {
    const { ids } = installReplay("pupil_page");
    const lotte = await call("pupil_get", { id: ids.pupil! });
    expect(lotte.pupil.firstName).toBe("Lotte");
    const { id, archivedAt, createdAt, updatedAt, fullName, listName, stage, ...input } = lotte.pupil;
    expect([id, archivedAt, createdAt, updatedAt, fullName, listName, stage]).toEqual([
      ids.pupil, null, expect.any(String), expect.any(String), "Lotte Meijer", "Meijer, Lotte", "secondary",
    ]);
    const lotje = await call("pupil_update", { id: ids.pupil!, pupil: { ...input, firstName: "Lotje" } });
    expect(lotje.pupil.firstName).toBe("Lotje");
    // The same read again, now after the change: the recording's later answer.
    expect((await call("pupil_get", { id: ids.pupil! })).pupil.firstName).toBe("Lotje");
    // And once more: the latest answer again (a repeated read).
    expect((await call("pupil_get", { id: ids.pupil! })).pupil.firstName).toBe("Lotje");
  });

  it("rejects with the recorded IpcError", async () => {
    installReplay("vault_unlock");
    await expect(call("vault_unlock", { passphrase: "fout wachtwoord" })).rejects.toMatchObject({
      code: "wrong_passphrase",
    });
  });

  it("fails the test loudly on a request no scenario recorded", async () => {
    installReplay("vault_unlock");
    await expect(call("vault_unlock", { passphrase: "iets anders" })).rejects.toMatchObject({ code: "internal" });
    expect(() => checkNoUnrecordedRequests()).toThrow(/vault_unlock \{"passphrase":"iets anders"\}/);
  });
});
