// A one-time message for the pupil page after a hoorrecht form saved or deleted and went back
// there (the page mounts afresh on the route change, so it cannot be told through props).
let pending: string | null = null;

export function setFlash(text: string): void {
  pending = text;
}

/** The pending message, once. */
export function takeFlash(): string | null {
  const text = pending;
  pending = null;
  return text;
}
