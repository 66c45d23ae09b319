import type { McpTool } from './mcp-types.js';
import { fingerprintTool } from './tool-fingerprint.js';

/**
 * Where one tool stands against its pin. `pinned` is null for a tool never listed; a pinned tool
 * whose current definition is unknown (absent from the lists seen) counts as changed.
 */
export interface PinStatus {
  readonly fingerprint: string | null;
  readonly pinned: string | null;
  readonly isChanged: boolean;
}

/** A difference a `tools/list` showed against the pins: a changed or a newly added tool. */
export interface PinChange {
  readonly server: string;
  readonly tool: string;
  readonly change: 'changed' | 'added';
  readonly fingerprint: string;
  readonly pinned_fingerprint: string | null;
}

/** Pinned fingerprints, by server and tool name; what {@link ToolPins.snapshot} returns. */
export type PinSnapshot = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Tool-list pinning against "rug pulls": the first definition seen of each tool is pinned, later
 * lists are compared with the pins, and only {@link ToolPins.approve} moves a pin. Share one
 * instance between the clients (or proxies) that talk to the same servers.
 */
export interface ToolPins {
  /** Records a server's listed tools: pins first sightings and returns what changed. */
  observe(server: string, tools: readonly McpTool[]): PinChange[];
  /** The current and pinned fingerprints of a tool. */
  status(server: string, tool: string): PinStatus;
  /** Re-pins a tool to its current definition; false when the tool was never listed. */
  approve(server: string, tool: string): boolean;
  /** The pins, e.g. to persist them and pass them back through `pinned`. */
  snapshot(): PinSnapshot;
}

/** Options for {@link createToolPins}. */
export interface ToolPinsOptions {
  /** Pins reviewed earlier (from {@link ToolPins.snapshot}); first sightings are pinned on top. */
  readonly pinned?: PinSnapshot;
}

/** Creates an in-memory {@link ToolPins}. */
export function createToolPins(options: ToolPinsOptions = {}): ToolPins {
  const pins = new Map<string, Map<string, string>>();
  const current = new Map<string, Map<string, string>>();
  const table = (tables: Map<string, Map<string, string>>, server: string) => {
    const found = tables.get(server) ?? new Map<string, string>();
    tables.set(server, found);
    return found;
  };
  for (const [server, tools] of Object.entries(options.pinned ?? {})) {
    for (const [tool, fingerprint] of Object.entries(tools))
      table(pins, server).set(tool, fingerprint);
  }
  return {
    observe(server, tools) {
      const pinned = table(pins, server);
      const seen = table(current, server);
      const isFirstList = pinned.size === 0;
      const changes: PinChange[] = [];
      for (const tool of tools) {
        const fingerprint = fingerprintTool(tool);
        seen.set(tool.name, fingerprint);
        const pin = pinned.get(tool.name);
        if (pin === undefined) {
          pinned.set(tool.name, fingerprint);
          if (!isFirstList)
            changes.push({
              server,
              tool: tool.name,
              change: 'added',
              fingerprint,
              pinned_fingerprint: null,
            });
        } else if (pin !== fingerprint) {
          changes.push({
            server,
            tool: tool.name,
            change: 'changed',
            fingerprint,
            pinned_fingerprint: pin,
          });
        }
      }
      return changes;
    },
    status(server, tool) {
      const fingerprint = current.get(server)?.get(tool) ?? null;
      const pinned = pins.get(server)?.get(tool) ?? null;
      return { fingerprint, pinned, isChanged: pinned !== null && fingerprint !== pinned };
    },
    approve(server, tool) {
      const fingerprint = current.get(server)?.get(tool);
      if (fingerprint === undefined) return false;
      table(pins, server).set(tool, fingerprint);
      return true;
    },
    snapshot() {
      const out: Record<string, Record<string, string>> = {};
      for (const [server, tools] of pins) out[server] = Object.fromEntries(tools);
      return out;
    },
  };
}
