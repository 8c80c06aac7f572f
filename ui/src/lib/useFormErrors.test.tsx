import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { useFormErrors } from "./useFormErrors";
import { errorText } from "../i18n";
import type { IpcError } from "../ipc/client";

const FIELD_IDS = { firstName: "f-first", birthDate: "f-birth", grade: "f-grade" } as const;

let raise: (error: unknown) => void = () => undefined;

function Form() {
  const errors = useFormErrors(FIELD_IDS);
  raise = errors.setError;
  return (
    <form>
      {Object.entries(FIELD_IDS).map(([field, id]) => (
        <div key={id}>
          <input id={id} aria-label={field} />
          {errors.fieldError(field) ? <p data-testid={`${field}-error`}>{errors.fieldError(field)}</p> : null}
        </div>
      ))}
      {errors.formError ? <p role="alert">{errors.formError}</p> : null}
    </form>
  );
}

describe("useFormErrors", () => {
  it("shows every failing field the core reports and focuses the first", () => {
    render(<Form />);
    const error: IpcError = {
      code: "required",
      message: "3 fields break rules",
      field: "firstName",
      fields: [
        { field: "firstName", code: "required" },
        { field: "birthDate", code: "invalid_date" },
        { field: "grade", code: "grade_out_of_range" },
      ],
    };
    act(() => raise(error));
    expect(screen.getByTestId("firstName-error").textContent).toBe(errorText("required"));
    expect(screen.getByTestId("birthDate-error").textContent).toBe(errorText("invalid_date"));
    expect(screen.getByTestId("grade-error").textContent).toBe(errorText("grade_out_of_range"));
    expect(document.activeElement?.id).toBe("f-first");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps working for an error that names one field only", () => {
    render(<Form />);
    act(() => raise({ code: "invalid_date", message: "", field: "birthDate" }));
    expect(screen.getByTestId("birthDate-error").textContent).toBe(errorText("invalid_date"));
    expect(document.activeElement?.id).toBe("f-birth");
  });
});
