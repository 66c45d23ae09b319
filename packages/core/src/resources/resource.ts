/** A file a tool call touches: an absolute, normalised POSIX path and the operation. */
export interface FileResource {
  readonly type: 'file';
  readonly path: string;
  /** `read`, `write` or `access` (see {@link inferFileOp}). */
  readonly op: string;
}

/**
 * A URL a tool call reaches, as {@link canonicalizeUrl} produced it. `url` carries no
 * userinfo and no fragment; `port` is `null` for the scheme's default; the host flags come
 * from {@link classifyHost}.
 */
export interface UrlResource {
  readonly type: 'url';
  readonly url: string;
  readonly scheme: string;
  readonly host: string;
  readonly port: number | null;
  readonly path: string;
  readonly op: string;
  readonly ip: boolean;
  readonly private: boolean;
  readonly loopback: boolean;
  readonly link_local: boolean;
  readonly metadata: boolean;
}

/** A command a tool call runs, as argv (see {@link parseCommand}). */
export interface CommandResource {
  readonly type: 'command';
  readonly argv: readonly string[];
  /** The basename of `argv[0]`: `/bin/rm` and `./rm` are both `rm`. */
  readonly program: string;
  /** True when a shell that received the command text would interpret a metacharacter. */
  readonly shell_metacharacters: boolean;
  /**
   * True when an unquoted `* ? [ { ~` would make a shell expand a word into others, so the argv
   * a policy sees is not what runs (`git {push,origin}` runs `git push origin`).
   */
  readonly shell_expansion: boolean;
  /** True when `program` runs another program (`env`, `sudo`, `sh -c`, `VAR=x cmd`, …). */
  readonly wrapper: boolean;
  /** Best-effort name of the program a wrapper runs, or `null`. */
  readonly wrapped_program: string | null;
}

/**
 * An argument that looked like a resource but could not be canonicalised; policies deny
 * on it rather than guess. `arg` names the argument (`paths[1]`), `reason` is a stable
 * snake_case code such as `control_character` or `ambiguous_encoding`.
 */
export interface InvalidResource {
  readonly type: 'invalid';
  readonly arg: string;
  readonly reason: string;
}

/** A resource in the canonical form policies judge (`action.resources` of `tool.call`). */
export type Resource = FileResource | UrlResource | CommandResource | InvalidResource;

/** The result of canonicalising untrusted text: a value, or a reason it was refused. */
export type CanonicalResult<TValue> =
  | { readonly ok: true; readonly value: TValue }
  | { readonly ok: false; readonly reason: string };
