import { metrics, type Span, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { createDecisionTelemetry } from './decision-telemetry.js';

interface FakeSpan {
  name: string;
  attributes: Record<string, unknown>;
  isEnded: boolean;
}

function installFakes() {
  const spans: FakeSpan[] = [];
  const points: { instrument: string; value: number; attributes: unknown }[] = [];
  trace.setGlobalTracerProvider({
    getTracer: () =>
      ({
        startSpan(name: string) {
          const span: FakeSpan = { name, attributes: {}, isEnded: false };
          spans.push(span);
          return {
            isRecording: () => true,
            setAttribute(key: string, value: unknown) {
              span.attributes[key] = value;
              return this;
            },
            end() {
              span.isEnded = true;
            },
          } as unknown as Span;
        },
      }) as never,
  });
  const instrument = (name: string) => ({
    add: (value: number, attributes: unknown) =>
      points.push({ instrument: name, value, attributes }),
    record: (value: number, attributes: unknown) =>
      points.push({ instrument: name, value, attributes }),
  });
  metrics.setGlobalMeterProvider({
    getMeter: () =>
      ({
        createCounter: (name: string) => instrument(name),
        createHistogram: (name: string) => instrument(name),
      }) as never,
  });
  return { spans, points };
}

afterEach(() => {
  trace.disable();
  metrics.disable();
});

describe('createDecisionTelemetry', () => {
  it('is a no-op without a provider', () => {
    const telemetry = createDecisionTelemetry();
    const span = telemetry.start({ kind: 'tool.call' });
    expect(span.isRecording()).toBe(false);
    expect(() => telemetry.end(span, { effect: 'allow', reasons: [] }, 1)).not.toThrow();
  });

  it('records a kitelogik.decide span, a decision count and a latency', () => {
    const { spans, points } = installFakes();
    const telemetry = createDecisionTelemetry();
    const span = telemetry.start({ kind: 'tool.call', tool: 'fs.write' });
    telemetry.end(span, { effect: 'deny', reasons: [{ code: 'fs.outside', message: 'm' }] }, 2.5);
    expect(spans).toEqual([
      {
        name: 'kitelogik.decide',
        isEnded: true,
        attributes: {
          'kitelogik.kind': 'tool.call',
          'kitelogik.tool': 'fs.write',
          'kitelogik.effect': 'deny',
          'kitelogik.reason_codes': ['fs.outside'],
          'kitelogik.latency_ms': 2.5,
        },
      },
    ]);
    expect(points).toEqual([
      { instrument: 'kitelogik.decisions', value: 1, attributes: { 'kitelogik.effect': 'deny' } },
      {
        instrument: 'kitelogik.decision.duration',
        value: 2.5,
        attributes: { 'kitelogik.effect': 'deny' },
      },
    ]);
  });
});
