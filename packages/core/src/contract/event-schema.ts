import type { JsonSchema } from './json-schema.js';

const stringArray: JsonSchema = { type: 'array', items: { type: 'string' } };
const freeObject: JsonSchema = { type: 'object' };

const dimension: JsonSchema = {
  type: 'object',
  required: ['used', 'reserved', 'limit', 'remaining'],
  properties: {
    used: { type: 'number', minimum: 0 },
    reserved: { type: 'number', minimum: 0 },
    limit: { type: ['number', 'null'] },
    remaining: { type: ['number', 'null'] },
  },
};

const childAgent: JsonSchema = {
  type: 'object',
  required: ['name', 'requested_scopes'],
  properties: {
    name: { type: 'string', minLength: 1 },
    requested_scopes: stringArray,
    tools: stringArray,
    budget: {
      type: 'object',
      properties: {
        tokens: { type: 'number', minimum: 0 },
        tool_calls: { type: 'number', minimum: 0 },
        cost_usd: { type: 'number', minimum: 0 },
        wall_ms: { type: 'number', minimum: 0 },
      },
    },
  },
};

const spawnProperties: Readonly<Record<string, JsonSchema>> = {
  child: { $ref: '#/$defs/childAgent' },
  granted_scopes: stringArray,
  escalated_scopes: stringArray,
};

/** Binds one `kind` to the schema of its `action` (one branch of the `oneOf`). */
function actionFor(kind: string, action: JsonSchema): JsonSchema {
  return { properties: { kind: { const: kind }, action } };
}

/**
 * The JSON Schema (draft 2020-12) of a governance event, the `input` document policies read.
 *
 * It mirrors {@link validateEvent}, which is the check the core actually runs (hand-written
 * for speed); this constant exists for documentation, editors and other languages. Unknown
 * extra fields are allowed, since the contract may grow; unknown `kind` or `framework` are not.
 */
export const governanceEventSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kitelogik.dev/schema/governance-event.json',
  title: 'GovernanceEvent',
  description: 'The input document of the kitelogik policy contract (version 1).',
  type: 'object',
  required: ['version', 'kind', 'id', 'time', 'framework', 'session', 'agent', 'budget', 'action'],
  properties: {
    version: { const: 1 },
    kind: { enum: ['tool.call', 'agent.spawn', 'agent.delegate', 'agent.plan', 'model.call'] },
    id: { type: 'string', minLength: 1 },
    time: { type: 'string', minLength: 1 },
    framework: { enum: ['langgraph', 'openai-agents', 'ai-sdk', 'mcp', 'core'] },
    session: {
      type: 'object',
      required: ['id', 'principal', 'data_labels', 'labels'],
      properties: {
        id: { type: 'string', minLength: 1 },
        principal: {
          type: 'object',
          required: ['id', 'roles'],
          properties: {
            id: { type: 'string', minLength: 1 },
            roles: stringArray,
            tenant: { type: ['string', 'null'] },
            attributes: freeObject,
          },
        },
        data_labels: stringArray,
        labels: freeObject,
      },
    },
    agent: {
      type: 'object',
      required: ['id', 'name', 'depth', 'lineage', 'scopes'],
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string' },
        depth: { type: 'integer', minimum: 0 },
        lineage: stringArray,
        scopes: stringArray,
      },
    },
    budget: {
      type: 'object',
      required: ['tokens', 'tool_calls', 'cost_usd', 'wall_ms'],
      properties: {
        tokens: { $ref: '#/$defs/dimension' },
        tool_calls: { $ref: '#/$defs/dimension' },
        cost_usd: { $ref: '#/$defs/dimension' },
        wall_ms: { $ref: '#/$defs/dimension' },
      },
    },
    action: freeObject,
  },
  oneOf: [
    actionFor('tool.call', {
      type: 'object',
      required: ['call_id', 'tool', 'args', 'resources'],
      properties: {
        call_id: { type: 'string', minLength: 1 },
        tool: {
          type: 'object',
          required: ['name', 'source', 'server', 'tier', 'annotations'],
          properties: {
            name: { type: 'string', minLength: 1 },
            source: { enum: ['native', 'mcp'] },
            server: { type: ['string', 'null'] },
            tier: { enum: ['internal', 'external'] },
            annotations: freeObject,
          },
        },
        args: freeObject,
        resources: { type: 'array', items: { $ref: '#/$defs/resource' } },
      },
    }),
    actionFor('agent.spawn', {
      type: 'object',
      required: ['child', 'granted_scopes', 'escalated_scopes'],
      properties: spawnProperties,
    }),
    actionFor('agent.delegate', {
      type: 'object',
      required: ['child', 'granted_scopes', 'escalated_scopes', 'mode'],
      properties: { ...spawnProperties, mode: { enum: ['handoff', 'as_tool'] } },
    }),
    actionFor('agent.plan', {
      type: 'object',
      required: ['steps', 'step_count', 'tool_counts'],
      properties: {
        steps: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool', 'args'],
            properties: { tool: { type: 'string', minLength: 1 }, args: freeObject },
          },
        },
        step_count: { type: 'integer', minimum: 0 },
        tool_counts: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
      },
    }),
    actionFor('model.call', {
      type: 'object',
      required: ['model', 'estimated_input_tokens'],
      properties: {
        model: { type: 'string', minLength: 1 },
        estimated_input_tokens: { type: 'number', minimum: 0 },
      },
    }),
  ],
  $defs: {
    dimension,
    childAgent,
    resource: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: ['file', 'url', 'command', 'invalid'] } },
      oneOf: [
        {
          properties: {
            type: { const: 'file' },
            path: { type: 'string' },
            op: { type: 'string' },
          },
          required: ['type', 'path', 'op'],
        },
        {
          properties: {
            type: { const: 'url' },
            url: { type: 'string' },
            scheme: { type: 'string' },
            host: { type: 'string' },
            op: { type: 'string' },
          },
          required: ['type', 'url', 'scheme', 'host', 'op'],
        },
        {
          properties: {
            type: { const: 'command' },
            argv: stringArray,
            program: { type: 'string' },
            shell_metacharacters: { type: 'boolean' },
          },
          required: ['type', 'argv', 'program', 'shell_metacharacters'],
        },
        { properties: { type: { const: 'invalid' } }, required: ['type'] },
      ],
    },
  },
};
