// The record payloads as the UI handles them: the generated `RecordData` union, tagged by
// `kind` (a conversation's own kind is `conversationKind`, a factor's `factorKind`).
import type { RecordData } from "../../ipc/bindings/RecordData";
import type { RecordView } from "../../ipc/bindings/RecordView";

export type RecordPayload = RecordData;
export type RecordKind = RecordPayload["kind"];

export function payloadOf(record: RecordView): RecordPayload {
  return record.data;
}

export function toWire(payload: RecordPayload): RecordData {
  return payload;
}
