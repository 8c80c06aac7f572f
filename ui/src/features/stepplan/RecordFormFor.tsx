import type { Template } from "../../ipc/bindings/Template";
import type { RecordKind } from "./records";
import type { RecordFormProps } from "./RecordFormShell";
import { KINDS } from "./kinds/registry";

/** The form for one record kind (new when `record` is null). */
export function RecordFormFor({ kind, ...props }: RecordFormProps & { kind: RecordKind; template: Template }) {
  const { Form } = KINDS[kind];
  return <Form {...props} />;
}
