// The shape every server action answers with; safe to import from client components.
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      message: string;
      // Per field, already in the reader's language.
      fieldErrors?: Record<string, string[]>;
    };
